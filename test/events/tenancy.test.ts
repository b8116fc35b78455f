import { startTestHub, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { EventCollector, emitEvents, newEvent, replayAll } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import type { NewEvent } from '../../src/events/event-log';
import { EventsDocument } from '../generated/graphql';

let hub: TestHub;
let start: string;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
let emitted: NewEvent[];

/** For each secretariat: a registry event per school, an evaluation (E02.01) at school 0, a signed report (F01.03). */
function eventsOf(secretariat: string, schools: string[]): NewEvent[] {
  return [
    ...schools.map((s) => newEvent({ secretariat, school: s, type: EventType.SCHOOL_UPDATED })),
    newEvent({ secretariat, school: schools[0], type: EventType.ASSISTANCE_EVALUATION_SUBMITTED }),
    newEvent({ secretariat, school: null, type: EventType.IRREGULARITY_REPORT_SIGNED }),
  ];
}

/** Only this file's fixture events (the registry events of createTwoTenants may or may not lie after `start`). */
const ids = (events: { entityId: string }[]) => events.map((e) => e.entityId).filter((id) => id.startsWith('test-'));
const idsWhere = (pred: (e: NewEvent) => boolean) => emitted.filter(pred).map((e) => e.entityId);

beforeAll(async () => {
  hub = await startTestHub();
  tenants = await createTwoTenants(hub, 2);
  start = (await replayAll(hub, await hub.token({ role: Role.MINISTRY }))).endCursor;
});
afterAll(() => hub.stop());

/** Emits the fixture events once; subscriptions started before it see them live. */
async function emitFixture() {
  const { a, b, schoolsA, schoolsB } = tenants;
  emitted = [
    ...eventsOf(a.code, schoolsA.map((s) => s.daneCode)),
    ...eventsOf(b.code, schoolsB.map((s) => s.daneCode)),
  ];
  await emitEvents(hub, emitted);
}

async function tokens() {
  const { a, schoolsA } = tenants;
  return {
    leaderA: await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code }),
    schoolA0: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: schoolsA[0].daneCode }),
    e0201A: await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['read:E02.01'] }),
    ingestOnlyA: await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:D01.03'] }),
    ministry: await hub.token({ role: Role.MINISTRY }),
  };
}

describe('event visibility', () => {
  it('tenancy:events subscription delivers only what each caller may see, live', async () => {
    const t = await tokens();
    const subs = {
      leaderA: new EventCollector(hub.ws(t.leaderA), { after: start }),
      schoolA0: new EventCollector(hub.ws(t.schoolA0), { after: start }),
      e0201A: new EventCollector(hub.ws(t.e0201A), { after: start }),
      e0201Preset: new EventCollector(hub.ws(t.e0201A), { after: start, consumer: 'E02_01' }),
      ministry: new EventCollector(hub.ws(t.ministry), { after: start }),
    };
    await emitFixture();
    const { a, schoolsA } = tenants;
    // The ministry sees everything; the others' last visible event bounds what they may receive.
    await subs.ministry.waitForCount(emitted.length);
    const expected = {
      leaderA: idsWhere((e) => e.secretariat === a.code),
      schoolA0: idsWhere((e) => e.school === schoolsA[0].daneCode),
      e0201A: idsWhere((e) => e.secretariat === a.code && e.type === EventType.ASSISTANCE_EVALUATION_SUBMITTED),
      e0201Preset: idsWhere((e) => e.secretariat === a.code && e.type === EventType.ASSISTANCE_EVALUATION_SUBMITTED),
      ministry: ids(emitted),
    };
    for (const [name, sub] of Object.entries(subs)) {
      await sub.waitForCount(expected[name as keyof typeof expected].length);
    }
    // A marker in secretariat A after everything else: once each A subscriber has it, nothing else is in flight.
    const [marker] = await emitEvents(hub, [newEvent({ secretariat: a.code, school: schoolsA[0].daneCode, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED })]);
    for (const [name, sub] of Object.entries(subs)) {
      await sub.waitForEntity(marker.entityId);
      expect(ids(sub.events)).toEqual([...expected[name as keyof typeof expected], marker.entityId]);
      sub.unsubscribe();
    }
  });

  it('tenancy:events replay query shows only what each caller may see', async () => {
    const t = await tokens();
    const { a, schoolsA } = tenants;
    const inA = (e: NewEvent) => e.secretariat === a.code;
    const leader = (await replayAll(hub, t.leaderA, { after: start })).events;
    expect(leader.every((e) => e.secretariatCode === a.code)).toBe(true);
    expect(ids(leader)).toEqual(expect.arrayContaining(idsWhere(inA)));
    expect(ids(leader)).not.toEqual(expect.arrayContaining(idsWhere((e) => !inA(e)).slice(0, 1)));

    const school = (await replayAll(hub, t.schoolA0, { after: start })).events;
    expect(school.length).toBeGreaterThan(0);
    expect(school.every((e) => e.schoolDane === schoolsA[0].daneCode)).toBe(true);

    const sub = (await replayAll(hub, t.e0201A, { after: start })).events;
    expect(sub.length).toBeGreaterThan(0);
    expect(sub.every((e) => e.secretariatCode === a.code && e.type === 'ASSISTANCE_EVALUATION_SUBMITTED')).toBe(true);

    const ministry = (await replayAll(hub, t.ministry, { after: start })).events;
    expect(ids(ministry)).toEqual(expect.arrayContaining(ids(emitted)));

    // A preset narrows a person's view too: the leader asking for F01.03 gets the signed report only.
    const f0103 = (await replayAll(hub, t.leaderA, { after: start, consumer: 'F01_03' })).events;
    expect(f0103.map((e) => e.type)).toEqual(f0103.map(() => 'IRREGULARITY_REPORT_SIGNED'));
    expect(f0103.length).toBeGreaterThan(0);
  });

  it('tenancy:events refuses SUBPROCESS clients without the matching read scope (FORBIDDEN)', async () => {
    const t = await tokens();
    expectError(await hub.gql(EventsDocument, {}, t.ingestOnlyA), 'FORBIDDEN');
    expectError(await hub.gql(EventsDocument, { consumer: 'F01_03' }, t.e0201A), 'FORBIDDEN');
    expectError(await hub.gql(EventsDocument, { types: ['IRREGULARITY_REPORT_SIGNED'] }, t.e0201A), 'FORBIDDEN');
    expectError(await hub.gql(EventsDocument, {}, null), 'UNAUTHENTICATED');

    for (const [token, variables] of [
      [t.ingestOnlyA, {}],
      [t.e0201A, { consumer: 'F01_03' as const }],
    ] as const) {
      const sub = new EventCollector(hub.ws(token), variables);
      await sub.waitForEnd();
      expect(sub.errorCode).toBe('FORBIDDEN');
      expect(sub.events).toEqual([]);
    }
    const anonymous = new EventCollector(hub.ws(null));
    await anonymous.waitForEnd();
    expect(anonymous.errorCode).toBe('UNAUTHENTICATED');
  });
});
