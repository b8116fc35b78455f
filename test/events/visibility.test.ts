import { eventFilter, matches, assertStillAuthorized, project, readableSources } from '../../src/events/visibility';
import { HubEvent as HubEventEntity } from '../../src/events/event.entity';
import { scopeOf, rowTenant } from '../../src/common/scope';
import { authChecker } from '../../src/common/auth/auth-checker';
import { EventType } from '../../src/events/catalogue';
import { EventConsumer, PRESETS } from '../../src/events/presets';
import { Role } from '../../src/common/auth/roles';
import type { Caller } from '../../src/common/auth/caller';
import type { HubEvent } from '../../src/events/event.entity';
import type { Context } from '../../src/context';
import type { AuthCheckerFn } from 'type-graphql';

/**
 * The visibility and tenancy rules as functions, case by case (the integration tests in tenancy.test.ts check them
 * through HTTP and WebSocket). Fast enough for mutation testing (`npm run mutate`) to run for every mutant.
 */
const caller = (c: Partial<Caller> & { role: Role }): Caller => ({
  subject: 'u',
  secretariat: '05001',
  school: null,
  scopes: [],
  client: null,
  expiresAt: null,
  ...c,
});
const event = (e: Partial<HubEvent>): HubEvent =>
  ({ secretariatCode: '05001', schoolDane: null, type: EventType.SCHOOL_UPDATED, ...e }) as HubEvent;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code ?? String(err);
  }
};

describe('event visibility rules', () => {
  it('national roles see every secretariat; others only their own; a SCHOOL user only its school', () => {
    const national = eventFilter(caller({ role: Role.MINISTRY, secretariat: null }), {});
    expect(national).toEqual({ secretariat: null, school: null, types: null, parts: null });
    expect(eventFilter(caller({ role: Role.ADMIN, secretariat: null }), {}).secretariat).toBeNull();
    const leader = eventFilter(caller({ role: Role.QUALITY_LEADER }), {});
    expect(leader).toEqual({ secretariat: '05001', school: null, types: null, parts: null });
    const school = eventFilter(caller({ role: Role.SCHOOL, school: '105001000011' }), {});
    expect(school).toEqual({ secretariat: '05001', school: '105001000011', types: null, parts: null });

    expect(matches(national, event({ secretariatCode: '11001' }))).toBe(true);
    expect(matches(leader, event({}))).toBe(true);
    expect(matches(leader, event({ secretariatCode: '11001' }))).toBe(false);
    // Staff receive the events about each school of their secretariat; a school claim on a staff token narrows nothing.
    expect(matches(leader, event({ schoolDane: '105001000011' }))).toBe(true);
    expect(eventFilter(caller({ role: Role.QUALITY_LEADER, school: '105001000011' }), {}).school).toBeNull();
    expect(matches(school, event({ schoolDane: '105001000011' }))).toBe(true);
    expect(matches(school, event({ schoolDane: '105001000029' }))).toBe(false);
    expect(matches(school, event({ schoolDane: null }))).toBe(false);
    expect(matches(school, event({ secretariatCode: '11001', schoolDane: '105001000011' }))).toBe(false);
  });

  it('types and a consumer preset select; given both, the intersection', () => {
    const who = caller({ role: Role.QUALITY_LEADER });
    const byTypes = eventFilter(who, { types: [EventType.SCHOOL_UPDATED] });
    expect([...byTypes.types!]).toEqual([EventType.SCHOOL_UPDATED]);
    expect(matches(byTypes, event({ type: EventType.SCHOOL_UPDATED }))).toBe(true);
    expect(matches(byTypes, event({ type: EventType.SCHOOL_REGISTERED }))).toBe(false);
    const preset = eventFilter(who, { consumer: EventConsumer.MEN });
    expect([...preset.types!].sort()).toEqual([...PRESETS[EventConsumer.MEN].types].sort());
    const both = eventFilter(who, { consumer: EventConsumer.MEN, types: [EventType.SCHOOL_UPDATED, EventType.STRATEGY_APPROVED] });
    expect([...both.types!]).toEqual([EventType.SCHOOL_UPDATED]);
    expect(eventFilter(who, { types: [] }).types).toBeNull();
  });

  it('a SUBPROCESS reads only the types of the presets its read: scopes grant', () => {
    const none = caller({ role: Role.SUBPROCESS, scopes: ['ingest:D01.03'] });
    expect(codeOf(() => eventFilter(none, {}))).toBe('FORBIDDEN');
    const men = caller({ role: Role.SUBPROCESS, scopes: ['read:MEN'] });
    expect([...eventFilter(men, {}).types!].sort()).toEqual([...PRESETS[EventConsumer.MEN].types].sort());
    expect(codeOf(() => eventFilter(men, { consumer: EventConsumer.MEN }))).toBe('OK');
    expect(codeOf(() => eventFilter(men, { consumer: EventConsumer.E02_01 }))).toBe('FORBIDDEN');
    expect(codeOf(() => eventFilter(men, { types: [EventType.SCHOOL_UPDATED] }))).toBe('OK');
    expect(codeOf(() => eventFilter(men, { types: [EventType.SCHOOL_UPDATED, EventType.STRATEGY_APPROVED] }))).toBe('FORBIDDEN');
    expect([...eventFilter(men, { types: [EventType.SCHOOL_UPDATED] }).types!]).toEqual([EventType.SCHOOL_UPDATED]);
    expect(eventFilter(men, {}).secretariat).toBe('05001');
  });

  it('input.* events reach a sibling system only for the sources its read:/ingest: scopes name; other callers get them all', () => {
    expect([...readableSources(['read:F01.03', 'ingest:D01.03', 'write:D02.01', 'unread:D02.02', 'read:D01.04\nx'])].sort()).toEqual(['D01.03', 'F01.03']);
    const f0103 = eventFilter(caller({ role: Role.SUBPROCESS, scopes: ['read:F01.03'] }), {});
    expect([...f0103.inputSources!]).toEqual(['F01.03']);
    const retracted = (payload: unknown) => event({ type: EventType.INPUT_RETRACTED, payload: payload as Record<string, unknown> });
    expect(matches(f0103, retracted({ source: 'F01.03' }))).toBe(true);
    expect(matches(f0103, retracted({ source: 'D01.03' }))).toBe(false);
    expect(matches(f0103, retracted(null))).toBe(false);
    expect(matches(f0103, event({ type: EventType.IMPROVEMENT_PLAN_REVIEWED, payload: null as never }))).toBe(true);
    const leader = eventFilter(caller({ role: Role.QUALITY_LEADER }), {});
    expect(leader.inputSources).toBeUndefined();
    expect(matches(leader, retracted({ source: 'D01.03' }))).toBe(true);
  });

  it('roles that read part of the workflow receive only its event types, and are refused others by name', () => {
    const inspection = caller({ role: Role.INSPECTION });
    expect([...eventFilter(inspection, {}).types!].sort()).toEqual([...PRESETS[EventConsumer.F01_03].types].sort());
    expect([...eventFilter(inspection, { types: [EventType.IMPROVEMENT_PLAN_REVIEWED] }).types!]).toEqual([EventType.IMPROVEMENT_PLAN_REVIEWED]);
    expect(codeOf(() => eventFilter(inspection, { types: [EventType.IMPROVEMENT_PLAN_REVIEWED, EventType.SCHOOL_UPDATED] }))).toBe('FORBIDDEN');
    // A preset narrows within the role's types: MEN's types that inspection also receives.
    const viaPreset = eventFilter(inspection, { consumer: EventConsumer.MEN });
    expect([...viaPreset.types!].sort()).toEqual(PRESETS[EventConsumer.MEN].types.filter((t) => PRESETS[EventConsumer.F01_03].types.includes(t)).sort());
    const citizen = eventFilter(caller({ role: Role.CITIZEN_SERVICE }), {});
    expect([...citizen.types!].sort()).toEqual([EventType.SUPPORT_REQUEST_REGISTERED, EventType.SUPPORT_REQUEST_UPDATED].sort());
    expect(matches(citizen, event({ type: EventType.SCHOOL_UPDATED }))).toBe(false);
  });

  it('a payload with parts per consumer keeps only the caller\'s parts (sibling systems by their read: scopes, inspection F01.03)', () => {
    const parts = { 'F01.03': { a: 1 }, 'I02.04': { b: 2 }, MEN: { c: 3 } };
    const e = Object.assign(new HubEventEntity(), { secretariatCode: '05001', schoolDane: null, type: EventType.CONSOLIDATED_REPORT_PUBLISHED, payload: { period: '2026', parts } });
    const inspection = eventFilter(caller({ role: Role.INSPECTION }), {});
    expect([...inspection.parts!]).toEqual(['F01.03']);
    const seen = project(inspection, e);
    expect(seen.payload).toEqual({ period: '2026', parts: { 'F01.03': { a: 1 } } });
    expect(seen).toBeInstanceOf(HubEventEntity);
    expect(e.payload).toEqual({ period: '2026', parts }); // the stored event is not changed
    const infra = eventFilter(caller({ role: Role.SUBPROCESS, scopes: ['read:I02.04', 'ingest:D01.03'] }), {});
    expect([...infra.parts!]).toEqual(['I02.04']);
    expect(project(infra, e).payload).toEqual({ period: '2026', parts: { 'I02.04': { b: 2 } } });
    // Everyone else receives the event as stored; so does anyone for a payload without parts.
    const leader = eventFilter(caller({ role: Role.QUALITY_LEADER }), {});
    expect(leader.parts).toBeNull();
    expect(project(leader, e)).toBe(e);
    for (const payload of [null, { period: '2026' }, { parts: null }, { parts: 'x' }]) {
      const plain = { ...e, payload } as unknown as HubEvent;
      expect(project(inspection, plain)).toBe(plain);
    }
  });

  it('a token that has expired ends the subscription with UNAUTHENTICATED, at its expiry and not before', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    const who = caller({ role: Role.QUALITY_LEADER, expiresAt: at });
    expect(codeOf(() => assertStillAuthorized(who, at.getTime() - 1))).toBe('OK');
    expect(codeOf(() => assertStillAuthorized(who, at.getTime()))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertStillAuthorized(caller({ role: Role.QUALITY_LEADER }), Date.now()))).toBe('OK');
  });
});

describe('tenancy rules (scopeOf)', () => {
  const leader = caller({ role: Role.QUALITY_LEADER });
  const school = caller({ role: Role.SCHOOL, school: '105001000011' });
  const ministry = caller({ role: Role.MINISTRY, secretariat: null });
  const admin = caller({ role: Role.ADMIN, secretariat: null });
  const ctx = (c: Caller) => ({ caller: c }) as unknown as Context;
  const scope = (c: Caller, requested?: string | null) => scopeOf(ctx(c), requested);

  it('national roles any secretariat (or the one asked for); others their own; SCHOOL its school', () => {
    expect([scope(ministry).secretariat, scope(ministry).school]).toEqual([null, null]);
    expect(scope(ministry, '11001').secretariat).toBe('11001');
    expect([scope(leader, '05001').secretariat, scope(leader).school, scope(leader).isSchool]).toEqual(['05001', null, false]);
    // Naming another secretariat is refused as a record of another tenant (NOT_FOUND), never narrowed silently.
    expect(codeOf(() => scope(leader, '11001'))).toBe('NOT_FOUND');
    expect([scope(school).secretariat, scope(school).school, scope(school).isSchool]).toEqual(['05001', '105001000011', true]);
  });

  it('canSee and visible: another tenant or school answers NOT_FOUND, as a missing record', () => {
    expect(scope(ministry).canSee('11001')).toBe(true);
    expect(scope(leader).canSee('05001')).toBe(true);
    expect(scope(leader).canSee('11001')).toBe(false);
    expect(scope(school).canSee('05001', '105001000011')).toBe(true);
    expect(scope(school).canSee('05001', '105001000029')).toBe(false);
    expect(scope(school).canSee('05001', null)).toBe(false);
    expect(scope(school).canSee('05001', 'none')).toBe(true);
    expect(scope(school).canSee('11001', '105001000011')).toBe(false);
    const row = { secretariatCode: '11001', schoolDane: null };
    expect(codeOf(() => scope(leader).visible(row, 'School', 'x', rowTenant))).toBe('NOT_FOUND');
    expect(codeOf(() => scope(leader).visible(null, 'School', 'x', rowTenant))).toBe('NOT_FOUND');
    expect(scope(ministry).visible(row, 'School', 'x', rowTenant)).toBe(row);
    expect(scope(school).isOwnSchool('05001', '105001000011')).toBe(true);
    expect(scope(school).isOwnSchool('11001', '105001000011')).toBe(false);
    expect(scope(leader).isOwnSchool('05001', '105001000011')).toBe(false);
    const rows = [{ s: '105001000011' }, { s: '105001000029' }, { s: null }];
    expect(scope(school).ownRows(rows, (r) => r.s)).toEqual([{ s: '105001000011' }]);
    expect(scope(leader).ownRows(rows, (r) => r.s)).toEqual(rows);
    // Rows of several schools (an activity's schools): kept when one of them is the caller's.
    const activities = [{ s: ['105001000029', '105001000011'] }, { s: ['105001000029'] }, { s: [] }];
    expect(scope(school).ownRows(activities, (r) => r.s)).toEqual([activities[0]]);
  });

  it('writeTo: the Ministry writes nothing, ADMIN names one, others write to their own only', () => {
    expect(codeOf(() => scope(ministry).writeTo('05001'))).toBe('FORBIDDEN');
    expect(codeOf(() => scope(admin).writeTo())).toBe('FORBIDDEN');
    expect(scope(admin).writeTo('11001')).toBe('11001');
    expect(scope(leader).writeTo()).toBe('05001');
    expect(scope(leader).writeTo('05001')).toBe('05001');
    expect(codeOf(() => scope(leader).writeTo('11001'))).toBe('NOT_FOUND');
  });
  it('authChecker: listed roles pass; scopes count only for SUBPROCESS clients; no caller is UNAUTHENTICATED', () => {
    // type-graphql denies a field when the checker returns false as when it throws: tell a false from a pass.
    const check = (c: Caller | null, allowed: string[]) =>
      codeOf(() => {
        const passed = (authChecker as AuthCheckerFn<Context>)({ context: { caller: c } as unknown as Context, root: {}, args: {}, info: {} as never }, allowed);
        if (passed !== true) throw new Error(`checker returned ${String(passed)}`);
      });
    expect(check(null, [])).toBe('UNAUTHENTICATED');
    expect(check(leader, [])).toBe('OK');
    expect(check(leader, [Role.QUALITY_LEADER])).toBe('OK');
    expect(check(leader, [Role.ADMIN])).toBe('FORBIDDEN');
    const sub = caller({ role: Role.SUBPROCESS, scopes: ['ingest:D01.03'] });
    expect(check(sub, ['scope:ingest:D01.03'])).toBe('OK');
    expect(check(sub, ['scope:ingest:D02.01'])).toBe('FORBIDDEN');
    // One listed scope among others is enough.
    expect(check(caller({ role: Role.SUBPROCESS, scopes: ['read:D02.01', 'ingest:D01.03'] }), ['scope:ingest:D01.03'])).toBe('OK');
    expect(check(caller({ role: Role.QUALITY_STAFF, scopes: ['ingest:D01.03'] }), ['scope:ingest:D01.03'])).toBe('FORBIDDEN');
  });
});
