import type { Client } from 'pg';
import { useGeneratedCountry } from '../support/generated-country';
import type { TestHub } from '../support/hub';
import { everyPage, type ConnectionPage } from '../support/pages';
import { Role } from '../../src/common/auth/roles';
import {
  byMunicipality,
  byMunicipalityFromCounts,
  classificationTable,
  classificationTableFromCounts,
  heldMonth,
  isPertinent,
  isReviewed,
  needsByArea,
  needsByAreaFromCounts,
  programmedMonth,
  sessionsByMonth,
  sessionsByMonthFromCounts,
} from '../../src/dashboard/app/aggregate';
import {
  DashNeedCountsDocument,
  DashNeedsDocument,
  DashPlanCountsDocument,
  DashPlansDocument,
  DashSchoolCountsDocument,
  DashSchoolsDocument,
  DashSessionCountsDocument,
  DashSessionsDocument,
  DashStrategyCountsDocument,
  DashStrategyDocument,
} from '../../src/dashboard/app/generated/graphql';

/**
 * The dashboard's counts (issue 14: schoolCounts, improvementPlanCounts, supportNeedCounts, assistanceSessionCounts,
 * AssistanceStrategy.classificationCounts) against the plain path — walking every page of the lists they summarise
 * and counting in the dashboard's own functions — for every role over HTTP, on a generated country with inactive
 * schools, cancelled, rescheduled and replaced sessions, needs without area and unclassified schools.
 */
describe('dashboard counts equal the lists they summarise, for every role', () => {
  // Enough schools that the largest secretariat's lists take more than one page of 200.
  const country = useGeneratedCountry({ schools: 3000, seed: 11 });
  const period = '2026';
  let hub: TestHub;
  let db: Client;
  let mine: string;
  let other: string;
  let school: string;

  beforeAll(async () => {
    db = country.db;
    [mine, other] = await country.largestSecretariats(2);
    // Variety the generator does not produce, in both secretariats.
    await db.query(`UPDATE school SET active = false WHERE secretariat_code = ANY($1) AND right(dane_code, 1) IN ('3', '7')`, [[mine, other]]);
    await db.query(`UPDATE assistance_session SET status = 'CANCELLED', cancel_reason = 'lluvia', held_on = NULL WHERE id IN (SELECT id FROM assistance_session WHERE secretariat_code = ANY($1) ORDER BY id LIMIT 40)`, [[mine, other]]);
    await db.query(`UPDATE assistance_session SET rescheduled_to = scheduled_on + 45 WHERE id IN (SELECT id FROM assistance_session WHERE status = 'PROGRAMMED' AND secretariat_code = ANY($1) ORDER BY id DESC LIMIT 60)`, [[mine, other]]);
    // A replaced state (history): the old row must not be counted (current state only, as the list).
    await db.query(
      `INSERT INTO assistance_session (id, replaces_id, activity_id, strategy_id, secretariat_code, school_dane, status, mode, scheduled_on, held_on, rescheduled_to,
                                       created_by, attendees, commitments, staff, topics, agreements, next_steps, cancel_reason, created_at)
       SELECT gen_random_uuid(), id, activity_id, strategy_id, secretariat_code, school_dane, 'HELD', mode, scheduled_on, scheduled_on + 3, NULL,
              created_by, attendees, commitments, staff, topics, agreements, next_steps, NULL, now()
         FROM assistance_session WHERE status <> 'CANCELLED' AND rescheduled_to IS NULL AND secretariat_code = ANY($1) ORDER BY id LIMIT 30`,
      [[mine, other]],
    );
    await db.query(`DELETE FROM school_classification WHERE id IN (SELECT id FROM school_classification WHERE secretariat_code = ANY($1) ORDER BY id LIMIT 25)`, [[mine, other]]);
    await db.query(`UPDATE support_need SET area = NULL WHERE id IN (SELECT id FROM support_need WHERE secretariat_code = ANY($1) AND status = 'OPEN' ORDER BY id LIMIT 30)`, [[mine, other]]);
    hub = await country.startHub({ RESPONSE_CACHE_MAX_BYTES: '0' });
    school = (await db.query<{ s: string }>(
      `SELECT n.school_dane AS s FROM support_need n JOIN improvement_plan p USING (school_dane) JOIN school s ON s.dane_code = n.school_dane
        WHERE n.secretariat_code = $1 AND s.active GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [mine],
    )).rows[0].s;
  });

  const compared: (string | number)[][] = [];
  type Res<R> = { data?: R | null; errors?: readonly { extensions?: { code?: unknown } }[] };
  const code = (res: Res<unknown>) => (res.errors ? String(res.errors[0].extensions?.code) : null);
  const ask = <R, V>(doc: { toString(): string }, variables: V, token: string) => hub.gql<R, V>(doc.toString(), variables, token) as Promise<Res<R>>;

  /** Every page of a list (pages of 200), as the dashboard's all() does; the first error's code instead. */
  async function walk<N>(doc: { toString(): string }, variables: Record<string, unknown>, pick: (d: never) => ConnectionPage<N> & { totalCount: number }, token: string) {
    const failed: { error: string | null; message?: string } = { error: null };
    const { nodes, totalCount } = await everyPage<N>(async (after) => {
      const res = await ask<never, unknown>(doc, { ...variables, after }, token);
      if (!res.errors) return pick(res.data as never);
      Object.assign(failed, { error: code(res), message: JSON.stringify(res.errors).slice(0, 300) });
      return null;
    });
    return { ...failed, nodes, totalCount };
  }

  type Case = [name: string, claims: { role: Role; secretariat?: string | null; school?: string | null }, asked: () => string | null];
  const cases: Case[] = [
    ['quality leader', { role: Role.QUALITY_LEADER, secretariat: 'mine' }, () => null],
    ['improvement professional', { role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: 'mine' }, () => null],
    ['quality staff', { role: Role.QUALITY_STAFF, secretariat: 'mine' }, () => null],
    ['inspection', { role: Role.INSPECTION, secretariat: 'mine' }, () => null],
    ['citizen service (some lists refused)', { role: Role.CITIZEN_SERVICE, secretariat: 'mine' }, () => null],
    ['Ministry, one secretariat', { role: Role.MINISTRY }, () => mine],
    ['administrator, the other secretariat', { role: Role.ADMIN }, () => other],
    ['tenancy:schoolCounts tenancy:improvementPlanCounts tenancy:supportNeedCounts tenancy:assistanceSessionCounts: a school counts only itself', { role: Role.SCHOOL, secretariat: 'mine', school: 'school' }, () => null],
    ['tenancy:schoolCounts tenancy:improvementPlanCounts tenancy:supportNeedCounts tenancy:assistanceSessionCounts: a leader naming another secretariat (or its strategy) is NOT_FOUND as the lists', { role: Role.QUALITY_LEADER, secretariat: 'mine' }, () => other],
  ];

  it.each(cases)('%s', async (_name, claims, asked) => {
    const token = await hub.token({
      ...claims,
      secretariat: claims.secretariat === 'mine' ? mine : claims.secretariat,
      school: claims.school === 'school' ? school : claims.school,
    });
    const secretariat = asked();
    const plain = {
      schools: await walk<{ daneCode: string; name: string; municipality: string; sector: string; zone: string; active: boolean }>(DashSchoolsDocument, { secretariat }, (d: { schools: never }) => d.schools, token),
      plans: await walk<{ schoolDane: string; status: string; pertinent?: boolean | null }>(DashPlansDocument, { period, secretariat, school: null }, (d: { improvementPlans: never }) => d.improvementPlans, token),
      needs: await walk<{ schoolDane: string; area?: string | null }>(DashNeedsDocument, { period, secretariat, school: null }, (d: { supportNeeds: never }) => d.supportNeeds, token),
      strategy: await ask<{ assistanceStrategyOf: { id: string; classifications: { schoolDane: string; modality: string; mandatory: boolean }[] } | null }, unknown>(DashStrategyDocument, { period, secretariat }, token),
    };
    const counted = {
      schools: await ask<{ schoolCounts: { active: number; total: number; groups: { municipality: string; sector: string; zone: string; schools: number }[] } }, unknown>(DashSchoolCountsDocument, { secretariat }, token),
      plans: await ask<{ improvementPlanCounts: { plans: number; reviewed: number; pertinent: number; byMunicipality: { municipality: string; plans: number; pertinent: number }[] } }, unknown>(DashPlanCountsDocument, { period, secretariat }, token),
      needs: await ask<{ supportNeedCounts: { needs: number; byArea: { area?: string | null; needs: number }[]; byMunicipality: { municipality: string; needs: number }[] } }, unknown>(DashNeedCountsDocument, { period, secretariat }, token),
      strategy: await ask<{ assistanceStrategyOf: { id: string; classificationCounts: { municipality: string; sector: string; zone: string; modality?: string | null; schools: number; mandatory: number }[] } | null }, unknown>(DashStrategyCountsDocument, { period, secretariat }, token),
    };
    // Refused or NOT_FOUND exactly as the list.
    expect([code(counted.schools), code(counted.plans), code(counted.needs), code(counted.strategy)]).toEqual([plain.schools.error, plain.plans.error, plain.needs.error, code(plain.strategy)]);
    if (claims.role === Role.QUALITY_LEADER && secretariat === other) expect(plain.schools.error).toBe('NOT_FOUND');

    const schools = plain.schools.nodes;
    compared.push([claims.role, schools.length, plain.plans.nodes.length, plain.needs.nodes.length]);
    const classifications = plain.strategy.data?.assistanceStrategyOf?.classifications ?? [];
    const sc = counted.schools.data?.schoolCounts;
    if (!plain.schools.error) {
      expect(sc).toEqual(expect.objectContaining({ active: schools.filter((s) => s.active).length, total: plain.schools.totalCount }));
      if (claims.role === Role.SCHOOL) expect(sc!.total).toBe(1);
      const counts = counted.strategy.data?.assistanceStrategyOf ? counted.strategy.data.assistanceStrategyOf.classificationCounts : null;
      if (!code(plain.strategy)) expect(classificationTableFromCounts(counts, sc!.groups)).toEqual(classificationTable(schools, classifications));
    }
    if (!plain.plans.error) {
      const pc = counted.plans.data!.improvementPlanCounts;
      expect([pc.plans, pc.reviewed, pc.pertinent]).toEqual([plain.plans.totalCount, plain.plans.nodes.filter(isReviewed).length, plain.plans.nodes.filter(isPertinent).length]);
    }
    if (!plain.needs.error) {
      const nc = counted.needs.data!.supportNeedCounts;
      expect(nc.needs).toBe(plain.needs.totalCount);
      expect(needsByAreaFromCounts(nc.byArea)).toEqual(needsByArea(plain.needs.nodes));
    }

    // Sessions of the strategy (its id from the plain read), current state.
    const strategyId = plain.strategy.data?.assistanceStrategyOf?.id ?? (await db.query<{ id: string }>('SELECT id FROM assistance_strategy WHERE secretariat_code = $1 AND period = $2', [secretariat ?? mine, period])).rows[0]?.id;
    expect(strategyId).toBeTruthy();
    const sessions = await walk<{ schoolDane: string; status: string; scheduledOn: string; heldOn?: string | null; rescheduledTo?: string | null }>(DashSessionsDocument, { strategyId, school: null }, (d: { assistanceSessions: never }) => d.assistanceSessions, token);
    const sessionCounts = await ask<{ assistanceSessionCounts: { sessions: number; held: number; byMonth: { month: string; programmed: number; held: number }[]; byMunicipality: { municipality: string; held: number }[] } }, unknown>(DashSessionCountsDocument, { strategyId }, token);

    expect(code(sessionCounts)).toBe(sessions.error);
    if (!sessions.error) {
      const s = sessionCounts.data!.assistanceSessionCounts;
      compared.push([claims.role, 'sessions', sessions.nodes.length]);
      expect([s.sessions, s.held]).toEqual([sessions.totalCount, sessions.nodes.filter((x) => x.status === 'HELD').length]);
      expect(sessionsByMonthFromCounts(s.byMonth, period)).toEqual(sessionsByMonth(sessions.nodes, period));
      // Every month, also outside the period.
      const months = new Map<string, { programmed: number; held: number }>();
      const at = (m: string) => months.get(m) ?? months.set(m, { programmed: 0, held: 0 }).get(m)!;
      for (const x of sessions.nodes) {
        if (x.status !== 'CANCELLED') at(programmedMonth(x)).programmed++;
        const h = heldMonth(x);
        if (h) at(h).held++;
      }
      expect(s.byMonth).toEqual([...months].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, c]) => ({ month, ...c })));
      if (!plain.schools.error && !plain.plans.error && !plain.needs.error && !code(plain.strategy)) {
        const counts = counted.strategy.data!.assistanceStrategyOf?.classificationCounts ?? null;
        expect(
          byMunicipalityFromCounts(counted.schools.data!.schoolCounts.groups, counts, counted.plans.data!.improvementPlanCounts.byMunicipality, s.byMunicipality, counted.needs.data!.supportNeedCounts.byMunicipality),
        ).toEqual(byMunicipality(schools, classifications, plain.plans.nodes, sessions.nodes, plain.needs.nodes));
      }
    }
  });

  it('the data exercise what the counts must get right', async () => {
    // The leader's comparison covered hundreds of rows of each list (not a vacuous equality of empty lists).
    const leader = compared.filter((c) => c[0] === Role.QUALITY_LEADER);
    expect(leader[0].slice(1).every((n) => typeof n === 'number' && n > 100)).toBe(true);
    expect(Number(leader.find((c) => c[1] === 'sessions')?.[2])).toBeGreaterThan(50);
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM school WHERE NOT active AND secretariat_code = $1)::int AS inactive,
              (SELECT count(*) FROM assistance_session WHERE status = 'CANCELLED' AND secretariat_code = $1)::int AS cancelled,
              (SELECT count(*) FROM assistance_session WHERE replaces_id IS NOT NULL AND secretariat_code = $1)::int AS replaced,
              (SELECT count(*) FROM support_need WHERE area IS NULL AND status = 'OPEN' AND secretariat_code = $1 AND period = $2)::int AS no_area`,
      [mine, period],
    );
    expect(rows[0]).toEqual({ inactive: expect.any(Number), cancelled: expect.any(Number), replaced: expect.any(Number), no_area: expect.any(Number) });
    expect(Object.entries(rows[0] as Record<string, number>).filter(([, v]) => v === 0)).toEqual([]);
  });
});
