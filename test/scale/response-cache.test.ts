import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { buildSchema, getNamedType, isInterfaceType, isObjectType, isUnionType, parse, type GraphQLNamedType } from 'graphql';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { createTwoTenants } from '../support/factories';
import { createWindow, registerPlan, review, submit } from '../support/improvement-plans-factories';
import { selfEvaluation } from '../support/activities-factories';
import { Role } from '../../src/common/auth/roles';
import { TokenService } from '../../src/common/auth/jwt';
import { loadConfig } from '../../src/config';
import { metricsOf } from '../../src/observability/metrics';
import { unitOfWork } from '../../src/common/unit-of-work';
import { CACHED_ROOT_FIELDS, canonicalJson, isCacheable } from '../../src/http/response-cache';
import { SCHEMA_FILE } from '../../src/schema';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY } from '../bench/support/floor-sql';

/**
 * The response cache of read queries (src/http/response-cache.ts, docs/performance.md "Response cache"): the same
 * answers as without it, never across tenants, roles, schools or scopes, and never stale after a committed change,
 * made on this instance, on a second hub on the same database, or in another process; also for changes that emit no
 * event. Three hubs share one database: `hub` and `other` with the cache on (the default), `off` with it off.
 */
jest.setTimeout(180_000);

let hub: TestHub;
let other: TestHub;
let off: TestHub;
let a: string;
let b: string;
let schoolsA: string[];
let schoolsB: string[];
let planA0: string;
const tok: Record<string, string> = {};

const SCHOOLS_Q = `query S($first: Int!) { schools(first: $first) { totalCount edges { node { daneCode name secretariat { code name } } } } }`;
const SCHOOL_Q = `query One($d: String!) { school(daneCode: $d) { daneCode name secretariat { name } } }`;
const PROFILE_Q = `query P($d: String!, $p: String!) { schoolProfile(daneCode: $d, period: $p) { selfEvaluationYear selfEvaluation { area average components lowComponents } signals { rule area } } }`;
const PLANS_TOTAL_Q = `query T($period: String!) { improvementPlans(first: 50, period: $period) { totalCount edges { node { id schoolDane status } } } }`;
const RESULTS_Q = `query R($period: String!) { pmiResults(period: $period, first: 10) { totalCount edges { node { secretariatCode secretariatName schools plansRegistered plansReviewed } } } }`;

/**
 * Tables the allow-listed fields read (read from their services and SQL: the plans and their parts, the registry,
 * settings, the inputs behind the signals, the catalogue, support requests, follow-ups): every write to them must come
 * with an audit row in its transaction. Watched during this file by a statement trigger (the last test checks).
 */
const READ_TABLES = [
  'school', 'secretariat', 'secretariat_settings', 'improvement_plan', 'improvement_plan_goal', 'improvement_plan_indicator',
  'improvement_plan_action', 'improvement_plan_critical_factor', 'improvement_plan_objective', 'improvement_plan_review',
  'improvement_plan_version', 'self_evaluation_score_all', 'characterization_all', 'saber_result', 'curriculum_change_all',
  'education_model_adoption_all', 'inspection_finding_all', 'inspection_finding_action', 'pei_update_all',
  'self_evaluation_catalogue', 'self_evaluation_process', 'self_evaluation_component', 'support_request',
  'plan_action_progress', 'indicator_measurement', 'indicator_latest_measurement', 'plan_self_evaluation',
];
/** Transactions of this file that write outside the hub on purpose (SQL): no audit row expected. */
const outsideHub: string[] = [];

async function lookups(h: TestHub) {
  const values = (await metricsOf(h.runtime).responseCache.get()).values;
  const of = (r: string) => values.find((v) => v.labels.result === r)?.value ?? 0;
  return { hit: of('hit'), miss: of('miss'), stale: of('stale'), shared: of('shared') };
}

const rename = (h: TestHub, dane: string, name: string) =>
  h.gql(`mutation($d: String!, $n: String) { updateSchool(daneCode: $d, input: { name: $n }) { name } }`, { d: dane, n: name }, tok.admin);

beforeAll(async () => {
  hub = await startTestHub();
  other = await startTestHub({}, hub.database);
  off = await startTestHub({ RESPONSE_CACHE_MAX_BYTES: '0' }, hub.database);
  const watch = new Client({ connectionString: hub.database.url });
  await watch.connect();
  await watch.query(`CREATE TABLE test_cache_watch (tx bigint NOT NULL, tbl text NOT NULL);
    CREATE FUNCTION test_cache_watch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN INSERT INTO test_cache_watch VALUES (pg_current_xact_id()::text::bigint, TG_TABLE_NAME); RETURN NULL; END $$`);
  for (const t of READ_TABLES) {
    await watch.query(`CREATE TRIGGER test_cache_watch AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION test_cache_watch()`);
  }
  await watch.end();
  const t = await createTwoTenants(hub, 2);
  a = t.a.code;
  b = t.b.code;
  schoolsA = t.schoolsA.map((s) => s.daneCode);
  schoolsB = t.schoolsB.map((s) => s.daneCode);
  await createWindow(hub, a);
  await createWindow(hub, b);
  planA0 = (await registerPlan(hub, a, schoolsA[0])).id;
  await registerPlan(hub, a, schoolsA[1]);
  await registerPlan(hub, b, schoolsB[0]);
  await submit(hub, a, schoolsA[0], planA0);
  await review(hub, a, planA0, true);
  await selfEvaluation(hub, a, schoolsA[0], { 'DIR-01-01': 2, 'ACA-01-01': 3, 'ACA-04-05': 4 }, '2026');
  tok.leaderA = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a });
  tok.leaderB = await hub.token({ role: Role.QUALITY_LEADER, secretariat: b });
  tok.professionalA = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: a });
  tok.ministry = await hub.token({ role: Role.MINISTRY });
  tok.admin = await hub.token({ role: Role.ADMIN });
  tok.schoolA0 = await hub.token({ role: Role.SCHOOL, secretariat: a, school: schoolsA[0] });
  tok.schoolA1 = await hub.token({ role: Role.SCHOOL, secretariat: a, school: schoolsA[1] });
  tok.men = await hub.token({ role: Role.SUBPROCESS, secretariat: a, scopes: ['read:MEN', 'ingest:D01.03'], client: 'sub' });
  tok.menSorted = await hub.token({ role: Role.SUBPROCESS, secretariat: a, scopes: ['ingest:D01.03', 'read:MEN'], client: 'sub' });
  tok.f0103 = await hub.token({ role: Role.SUBPROCESS, secretariat: a, scopes: ['read:F01.03', 'ingest:D01.03'], client: 'sub' });
});
afterAll(async () => {
  await off?.stop();
  await other?.stop();
  await hub?.stop();
});

describe('response cache', () => {
  it('answers exactly as without the cache, for every allow-listed root field; the second ask is a hit', async () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['improvementPlans', PLANS_QUERY, { period: '2026', first: 50 }, tok.ministry],
      ['improvementPlans', PLANS_QUERY, { period: '2026', first: 50 }, tok.leaderA],
      ['improvementPlan', `query($id: ID!) { improvementPlan(id: $id) { id status version pertinent school { name } goals { description indicators { name } actions { description } } reviews { pertinent } versions { version } lastReview { pertinent } } }`, { id: planA0 }, tok.leaderA],
      ['improvementPlanOf', `query($d: String!) { improvementPlanOf(daneCode: $d, period: "2026") { id status } }`, { d: schoolsA[0] }, tok.schoolA0],
      ['schools', SCHOOLS_Q, { first: 50 }, tok.leaderA],
      ['school', SCHOOL_Q, { d: schoolsB[1] }, tok.ministry],
      ['secretariats', `{ secretariats(first: 100) { totalCount edges { node { code name department } } } }`, {}, tok.admin],
      ['secretariat', `query($c: String!) { secretariat(code: $c) { code name department } }`, { c: a }, tok.leaderA],
      ['jurisdictionAnalysis', ANALYSIS_QUERY, { period: '2026', first: 50 }, tok.leaderA],
      ['schoolProfile', PROFILE_Q, { d: schoolsA[0], p: '2026' }, tok.professionalA],
      ['pmiResults', RESULTS_Q, { period: '2026' }, tok.ministry],
      ['pmiResultsNational', NATIONAL_QUERY, { period: '2026' }, tok.ministry],
    ];
    expect([...new Set(cases.map((c) => c[0]))].sort()).toEqual([...CACHED_ROOT_FIELDS].sort());
    for (const [field, query, vars, token] of cases) {
      const plain = await off.gql(query, vars, token);
      expect(plain.errors).toBeUndefined();
      expect(plain.data?.[field as keyof typeof plain.data]).toBeTruthy();
      const before = await lookups(hub);
      const first = await hub.gql(query, vars, token);
      const second = await hub.gql(query, vars, token);
      const after = await lookups(hub);
      expect([field, first]).toEqual([field, plain]);
      expect([field, second]).toEqual([field, plain]);
      expect(after.hit - before.hit).toBeGreaterThanOrEqual(1);
    }
    // The hub without the cache never looked anything up.
    expect(await lookups(off)).toEqual({ hit: 0, miss: 0, stale: 0, shared: 0 });
  });

  it('variables nested thousands deep are answered without the cache, not with a 500 (the key is not built)', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const body = `{"query":"{ schools(first: 1) { totalCount } }","variables":{"unused":${deep}}}`;
    for (const h of [hub, off]) {
      const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tok.leaderA}` }, body });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { schools: { totalCount: schoolsA.length } } });
    }
  });

  it('two tenants asking the very same query get their own data, and the Ministry all of it', async () => {
    const danes = (r: { data?: unknown }) =>
      (r.data as { schools: { edges: { node: { daneCode: string } }[] } }).schools.edges.map((e) => e.node.daneCode).sort();
    const before = await lookups(hub);
    for (let i = 0; i < 2; i++) {
      expect(danes(await hub.gql(SCHOOLS_Q, { first: 20 }, tok.leaderA))).toEqual([...schoolsA].sort());
      expect(danes(await hub.gql(SCHOOLS_Q, { first: 20 }, tok.leaderB))).toEqual([...schoolsB].sort());
      expect(danes(await hub.gql(SCHOOLS_Q, { first: 20 }, tok.ministry))).toEqual(expect.arrayContaining([...schoolsA, ...schoolsB]));
    }
    const after = await lookups(hub);
    expect(after.hit - before.hit).toBe(3);
  });

  it("two schools' users see their own PMI only, from the same query", async () => {
    const plans = async (token: string) =>
      expectData(await hub.gql<{ improvementPlans: { edges: { node: { schoolDane: string } }[] } }, unknown>(PLANS_TOTAL_Q, { period: '2026' }, token)).improvementPlans.edges.map(
        (e) => e.node.schoolDane,
      );
    for (let i = 0; i < 2; i++) {
      expect(await plans(tok.schoolA0)).toEqual([schoolsA[0]]);
      expect(await plans(tok.schoolA1)).toEqual([schoolsA[1]]);
    }
  });

  it("a sibling system's scopes are part of the key: read:MEN reads the results, read:F01.03 is refused; scope order does not matter", async () => {
    const ok = expectData(await hub.gql(RESULTS_Q, { period: '2026' }, tok.men));
    expect(ok).toBeTruthy();
    const before = await lookups(hub);
    expectError(await hub.gql(RESULTS_Q, { period: '2026' }, tok.f0103), 'FORBIDDEN');
    expectError(await hub.gql(RESULTS_Q, { period: '2026' }, tok.f0103), 'FORBIDDEN');
    const mid = await lookups(hub);
    expect(mid.hit).toBe(before.hit); // refused twice, never served from the cache
    expect(expectData(await hub.gql(RESULTS_Q, { period: '2026' }, tok.menSorted))).toEqual(ok);
    expect((await lookups(hub)).hit).toBe(mid.hit + 1); // same scopes in another order: the same entry
  });

  it('a change through a mutation is seen by the next read on this instance and on another instance', async () => {
    const name = async (h: TestHub) => expectData(await h.gql<{ school: { name: string } }, unknown>(SCHOOL_Q, { d: schoolsA[1] }, tok.leaderA)).school.name;
    for (const h of [hub, other, hub, other]) await name(h); // cached on both
    const hits = (await lookups(hub)).hit;
    expectData(await rename(other, schoolsA[1], 'IE Renombrada en la otra instancia'));
    expect(await name(hub)).toBe('IE Renombrada en la otra instancia');
    expect(await name(other)).toBe('IE Renombrada en la otra instancia');
    expect((await lookups(hub)).hit).toBe(hits); // the read after the change was not a hit
    expectData(await rename(hub, schoolsA[1], 'IE Renombrada aquí'));
    expect(await name(hub)).toBe('IE Renombrada aquí');
    expect(await name(other)).toBe('IE Renombrada aquí');

    // A new PMI registered through the other instance's services: the list's count moves on both.
    const total = async (h: TestHub) => expectData(await h.gql<{ improvementPlans: { totalCount: number } }, unknown>(PLANS_TOTAL_Q, { period: '2026' }, tok.leaderB)).improvementPlans.totalCount;
    const n = await total(hub);
    expect(await total(hub)).toBe(n);
    await registerPlan(other, b, schoolsB[1]);
    expect(await total(hub)).toBe(n + 1);
    expect(await total(other)).toBe(n + 1);
  });

  it('changes that emit no event invalidate too: a secretariat renamed, new rule thresholds', async () => {
    const db = new Client({ connectionString: hub.database.url });
    await db.connect();
    try {
      const events = async () => Number((await db.query('SELECT count(*) AS n FROM event')).rows[0].n);
      const secretariatName = async (h: TestHub) =>
        expectData(await h.gql<{ schools: { edges: { node: { secretariat: { name: string } } }[] } }, unknown>(SCHOOLS_Q, { first: 20 }, tok.leaderA)).schools.edges[0].node.secretariat.name;
      await secretariatName(hub);
      await secretariatName(other);
      const e0 = await events();
      expectData(await other.gql(`mutation($c: String!) { updateSecretariat(code: $c, input: { name: "Secretaría renombrada" }) { name } }`, { c: a }, tok.admin));
      expect(await events()).toBe(e0); // the rename is audited, not published
      expect(await secretariatName(hub)).toBe('Secretaría renombrada');
      expect(await secretariatName(other)).toBe('Secretaría renombrada');

      // lowSelfEvaluationScore 2 → 3: the component scored 3 becomes a low one.
      const low = async (h: TestHub) =>
        expectData(await h.gql<{ schoolProfile: { selfEvaluation: { area: string; lowComponents: number }[] } }, unknown>(PROFILE_Q, { d: schoolsA[0], p: '2026' }, tok.professionalA))
          .schoolProfile.selfEvaluation.reduce((s, x) => s + x.lowComponents, 0);
      expect(await low(hub)).toBe(1);
      expect(await low(hub)).toBe(1);
      const e1 = await events();
      expectData(await other.gql(`mutation { updateSecretariatSettings(input: { lowSelfEvaluationScore: 3 }) { lowSelfEvaluationScore } }`, {}, tok.leaderA));
      expect(await events()).toBe(e1);
      expect(await low(hub)).toBe(2);
      expectData(await hub.gql(`mutation { updateSecretariatSettings(input: { lowSelfEvaluationScore: 2 }) { lowSelfEvaluationScore } }`, {}, tok.leaderA));
      expect(await low(hub)).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('an inbound ingestion and its retraction are seen by the next read, on either instance', async () => {
    const areas = async (h: TestHub) =>
      expectData(await h.gql<{ schoolProfile: { selfEvaluation: { area: string; components: number }[] } }, unknown>(PROFILE_Q, { d: schoolsA[0], p: '2026' }, tok.leaderA))
        .schoolProfile.selfEvaluation.map((x) => `${x.area}:${x.components}`)
        .join(' ');
    const start = await areas(hub);
    expect(await areas(hub)).toBe(start);
    expect(await areas(other)).toBe(start);
    const item = { daneCode: schoolsA[0], year: '2026', componentCode: 'ADM-02-01', score: 1, evidence: 'Acta', sourceTimestamp: '2026-05-01T10:00:00Z' };
    const ingested = expectData(
      await hub.gql<{ ingestSelfEvaluations: { items: { status: string }[] } }, unknown>(`mutation($i: SelfEvaluationBatchInput!) { ingestSelfEvaluations(input: $i) { items { status } } }`, { i: { items: [item] } }, tok.men),
    );
    expect(ingested.ingestSelfEvaluations.items[0].status).toBe('CREATED');
    const withNew = await areas(hub);
    expect(withNew).not.toBe(start);
    expect(withNew).toContain('ADMINISTRATIVE_FINANCIAL:1');
    expect(await areas(other)).toBe(withNew);
    const retracted = expectData(
      await other.gql<{ retractInputs: { items: { status: string }[] } }, unknown>(
        `mutation($i: RetractionBatchInput!) { retractInputs(input: $i) { items { status } } }`,
        { i: { kind: 'SELF_EVALUATION', items: [{ externalId: `${schoolsA[0]}:2026:ADM-02-01`, reason: 'Enviado por error', sourceTimestamp: '2026-05-02T10:00:00Z' }] } },
        tok.men,
      ),
    );
    expect(retracted.retractInputs.items[0].status).toBe('RETRACTED');
    expect(await areas(hub)).toBe(start);
    expect(await areas(other)).toBe(start);
  });

  it('a change still running when a miss takes its snapshot is seen once it commits', async () => {
    const original = expectData(await hub.gql<{ school: { name: string } }, unknown>(SCHOOL_Q, { d: schoolsB[1] }, tok.leaderB)).school.name;
    let release!: () => void;
    let written!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (written = r));
    // A unit of work of the other instance, held open after its writes and its audit row.
    const change = unitOfWork(other.system(), async (uow) => {
      await uow.tx.query('UPDATE school SET name = $1 WHERE dane_code = $2', ['IE cambiada en una transacción larga', schoolsB[1]]);
      await uow.record({ operation: 'test', entity: 'School', entityId: schoolsB[1], secretariat: b, change: { name: 'test' } });
      written();
      await gate;
    });
    await inside;
    // A later transaction completes meanwhile: the running one is then inside the snapshots' range (in their xip list),
    // not above it, so only the snapshot, not a transaction-id bound, tells it apart.
    expectData(await rename(hub, schoolsA[0], 'IE de A, cambio intermedio'));
    const q = SCHOOL_Q.replace('query One', 'query DuringTheChange'); // another text: the first read below is a miss
    const read = async () => expectData(await hub.gql<{ school: { name: string } }, unknown>(q, { d: schoolsB[1] }, tok.leaderB)).school.name;
    const h0 = (await lookups(hub)).hit;
    expect(await read()).toBe(original); // a miss: not committed yet, kept with a snapshot in which it runs
    expect(await read()).toBe(original); // a hit: still not committed
    expect((await lookups(hub)).hit).toBe(h0 + 1);
    release();
    await change;
    const stale0 = (await lookups(hub)).stale;
    expect(await read()).toBe('IE cambiada en una transacción larga');
    expect((await lookups(hub)).stale).toBe(stale0 + 1);
  });

  it('the snapshot is taken before execution: a change committed while a miss executes is not kept as if seen', async () => {
    const q = `query Blocked($d: String!) { school(daneCode: $d) { name secretariat { name } } }`;
    const read = () => hub.gql<{ school: { name: string; secretariat: { name: string } } }, unknown>(q, { d: schoolsB[0] }, tok.leaderB);
    const before = expectData(await hub.gql<{ school: { name: string } }, unknown>(SCHOOL_Q, { d: schoolsB[0] }, tok.leaderB)).school.name;
    let release!: () => void;
    let locked!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (locked = r));
    // The change renames the school and holds the secretariat table: the read gets the school's old row, then waits
    // for the secretariat's until the change commits.
    const change = unitOfWork(other.system(), async (uow) => {
      await uow.tx.query('LOCK TABLE secretariat IN ACCESS EXCLUSIVE MODE');
      await uow.tx.query('UPDATE school SET name = $1 WHERE dane_code = $2', ['IE cambiada durante la lectura', schoolsB[0]]);
      await uow.record({ operation: 'test', entity: 'School', entityId: schoolsB[0], secretariat: b, change: { name: 'test' } });
      locked();
      await gate;
    });
    await inside;
    const during = read();
    await new Promise((r) => setTimeout(r, 500)); // the read is now waiting for the lock
    release();
    await change;
    expect(expectData(await during).school.name).toBe(before); // read before the commit
    expect(expectData(await read()).school.name).toBe('IE cambiada durante la lectura');
  });

  it('identical requests arriving while one executes wait for its answer; a change made meanwhile still reaches them', async () => {
    const q = `query Together($first: Int!) { improvementPlans(first: $first, period: "2026") { totalCount edges { node { id goals { id indicators { id } } } } } }`;
    const before = await lookups(hub);
    const answers = await Promise.all(Array.from({ length: 8 }, () => hub.gql(q, { first: 7 }, tok.ministry)));
    const after = await lookups(hub);
    expect(after.miss - before.miss).toBe(1); // one executed
    expect(after.shared - before.shared + (after.hit - before.hit)).toBe(7); // the others got its answer
    expect(after.shared - before.shared).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]).toEqual(await off.gql(q, { first: 7 }, tok.ministry));

    // While the first of a new batch executes, a change commits: the waiting requests check the stored answer, find it
    // stale, and execute themselves.
    const total = async (r: Promise<{ data?: unknown }>) => ((await r).data as { improvementPlans: { totalCount: number } }).improvementPlans.totalCount;
    const n = await total(hub.gql(q, { first: 7 }, tok.ministry));
    let release!: () => void;
    let locked!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const inside = new Promise<void>((r) => (locked = r));
    // Hold the page's goal reads behind a lock; meanwhile a school is renamed (every Ministry answer depends on it).
    const change = unitOfWork(other.system(), async (uow) => {
      await uow.tx.query('LOCK TABLE improvement_plan_goal IN ACCESS EXCLUSIVE MODE');
      locked();
      await gate;
    });
    await inside;
    const q2 = q.replace('Together', 'Together2');
    const first = hub.gql(q2, { first: 7 }, tok.ministry);
    await new Promise((r) => setTimeout(r, 300));
    const rest = Array.from({ length: 3 }, () => hub.gql(q2, { first: 7 }, tok.ministry));
    await new Promise((r) => setTimeout(r, 300));
    expectData(await rename(other, schoolsB[1], 'IE renombrada mientras esperan'));
    const s0 = await lookups(hub);
    release();
    await change;
    expect(await total(first)).toBe(n);
    for (const r of rest) expect(await total(r)).toBe(n);
    // the change committed while they waited: the waiting requests found the first one's answer stale and executed
    const s1 = await lookups(hub);
    expect(s1.stale - s0.stale).toBeGreaterThanOrEqual(1);
    expect(s1.stale - s0.stale + (s1.miss - s0.miss)).toBe(3);
    expect(s1.shared).toBe(s0.shared);
    expect(s1.hit).toBe(s0.hit);
  });

  it("a change in another secretariat leaves a secretariat's answers cached, and invalidates the Ministry's", async () => {
    const read = (token: string) => hub.gql(SCHOOLS_Q, { first: 20 }, token);
    await read(tok.leaderA);
    await read(tok.ministry);
    const h0 = (await lookups(hub)).hit;
    expectData(await rename(hub, schoolsB[0], 'IE de B renombrada'));
    const leaderAnswer = await read(tok.leaderA);
    expect((await lookups(hub)).hit).toBe(h0 + 1); // B's change: A's answer still holds
    expect(JSON.stringify(leaderAnswer)).not.toContain('IE de B renombrada');
    expect(JSON.stringify(await read(tok.ministry))).toContain('IE de B renombrada');
    expect((await lookups(hub)).hit).toBe(h0 + 1);
  });

  it('answers with errors are never kept: not found, forbidden, partial data', async () => {
    const before = await lookups(hub);
    for (let i = 0; i < 2; i++) {
      expectError(await hub.gql(SCHOOL_Q, { d: schoolsB[0] }, tok.leaderA), 'NOT_FOUND'); // another tenant's school
      const partial = await hub.gql(`query($d: String!) { schools(first: 1) { totalCount } school(daneCode: $d) { name } }`, { d: '999999999999' }, tok.leaderA);
      expect(partial.data).toBeNull(); // school is non-null: the error nulls the whole data
      expectError(partial, 'NOT_FOUND');
      const jurisdiction = await hub.gql(ANALYSIS_QUERY, { period: '2026', first: 5 }, tok.ministry); // no secretariat named
      expectError(jurisdiction, 'BAD_USER_INPUT');
      // improvementPlanOf is nullable: data and an error side by side
      const both = await hub.gql(`query($d: String!) { schools(first: 1) { totalCount } improvementPlanOf(daneCode: $d, period: "2026") { id } }`, { d: schoolsB[0] }, tok.leaderA);
      expect(both.data).toEqual({ schools: { totalCount: 2 }, improvementPlanOf: null });
      expectError(both, 'NOT_FOUND');
    }
    const after = await lookups(hub);
    expect(after.hit).toBe(before.hit);
    expect(after.miss - before.miss).toBe(8);
  });

  it('a cached answer is never served to a request whose token is refused: expired, foreign, unknown tenant, none', async () => {
    expectData(await hub.gql(SCHOOLS_Q, { first: 20 }, tok.leaderA));
    const same = { sub: 'test:quality_leader', role: Role.QUALITY_LEADER, secretariat: a };
    const expired = await hub.runtime.tokens.mint(same, '-1h');
    const foreign = await new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'another-secret-for-pmi-hub-tests' })).mint(same);
    const unknownTenant = await hub.token({ role: Role.QUALITY_LEADER, secretariat: 'ZZ999' });
    const before = await lookups(hub);
    for (const token of [expired, foreign, unknownTenant]) {
      const r = await hub.gql(SCHOOLS_Q, { first: 20 }, token);
      expect(r.status).toBe(401);
      expect(r.data).toBeUndefined();
      expectError(r, 'UNAUTHENTICATED');
    }
    const anonymous = await hub.gql(SCHOOLS_Q, { first: 20 }, null);
    expect(anonymous.data).toBeNull();
    expectError(anonymous, 'UNAUTHENTICATED');
    expect(await lookups(hub)).toEqual(before); // refused before any lookup
    expectData(await hub.gql(SCHOOLS_Q, { first: 20 }, tok.leaderA));
    expect((await lookups(hub)).hit).toBe(before.hit + 1);
  });

  it('only queries of allow-listed root fields over HTTP: mutations, other fields and WebSocket operations never touch it', async () => {
    const op = (q: string) => {
      const d = parse(q);
      return isCacheable(d.definitions[0] as never, d);
    };
    expect(op('{ schools { totalCount } }')).toBe(true);
    expect(op('query { ...F } fragment F on Query { schools { totalCount } __typename }')).toBe(true);
    expect(op('query { ... on Query { schools { totalCount } } }')).toBe(true);
    expect(op('{ __typename }')).toBe(false);
    expect(op('{ schools { totalCount } auditTrail { totalCount } }')).toBe(false);
    expect(op('query { ...F } fragment F on Query { events(first: 1) { totalCount } }')).toBe(false);
    expect(op('mutation { updateSchool(daneCode: "1", input: {}) { name } }')).toBe(false);
    expect(op('subscription { events { id } }')).toBe(false);
    // Syntax alone: an operation type other than query is refused whatever its fields are called.
    expect(op('mutation { schools { totalCount } }')).toBe(false);
    expect(op('subscription { schools { totalCount } }')).toBe(false);
    expect(canonicalJson({ b: [1, { d: 1, c: null }], a: 'x', u: undefined })).toBe('{"a":"x","b":[1,{"c":null,"d":1}]}');

    const before = await lookups(hub);
    await hub.gql(`query { auditTrail(first: 1) { totalCount } }`, {}, tok.leaderA);
    const client = hub.ws(tok.leaderA);
    const viaWs = await new Promise<unknown>((resolve, reject) => {
      let result: unknown;
      client.subscribe({ query: SCHOOL_Q, variables: { d: schoolsA[0] } }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
    });
    expect((viaWs as { data: { school: { daneCode: string } } }).data.school.daneCode).toBe(schoolsA[0]);
    expect(await lookups(hub)).toEqual(before);
  });

  it('a change made outside the hub (SQL, no audit row) is seen after RESPONSE_CACHE_TTL_MS at the latest', async () => {
    const short = await startTestHub({ RESPONSE_CACHE_TTL_MS: '1500' }, hub.database);
    const db = new Client({ connectionString: hub.database.url });
    await db.connect();
    try {
      const name = async () => expectData(await short.gql<{ school: { name: string } }, unknown>(SCHOOL_Q, { d: schoolsA[0] }, tok.leaderA)).school.name;
      const original = await name();
      const t0 = Date.now();
      outsideHub.push((await db.query('UPDATE school SET name = $1 WHERE dane_code = $2 RETURNING pg_current_xact_id()::text AS x', ['IE cambiada por SQL', schoolsA[0]])).rows[0].x);
      const soon = await name();
      if (Date.now() - t0 < 1000) expect(soon).toBe(original); // the documented bound: unseen until the TTL
      await new Promise((r) => setTimeout(r, 1600));
      expect(await name()).toBe('IE cambiada por SQL');
    } finally {
      outsideHub.push((await db.query('UPDATE school SET name = $1 WHERE dane_code = $2 RETURNING pg_current_xact_id()::text AS x', ['IE restaurada', schoolsA[0]])).rows[0].x);
      await db.end();
      await short.stop();
    }
  });

  it('a hub in another process sees changes made here at once, and this hub sees its changes', async () => {
    let proc: HubProcess | null = null;
    try {
      proc = await spawnHub(hub.database.url, { LOG_LEVEL: 'info' });
      const doc = parse(SCHOOL_Q);
      const procName = async () => ((await proc!.gql(doc as never, { d: schoolsB[0] } as never, tok.leaderB)).data as { school: { name: string } }).school.name;
      const hereName = async () => expectData(await hub.gql<{ school: { name: string } }, unknown>(SCHOOL_Q, { d: schoolsB[0] }, tok.leaderB)).school.name;
      await procName();
      await procName();
      await hereName();
      expectData(await rename(hub, schoolsB[0], 'IE renombrada desde este proceso'));
      expect(await procName()).toBe('IE renombrada desde este proceso');
      await hereName();
      const r = await proc.gql(parse(`mutation($d: String!, $n: String) { updateSchool(daneCode: $d, input: { name: $n }) { name } }`) as never, { d: schoolsB[0], n: 'IE renombrada desde el otro proceso' } as never, tok.admin);
      expect(r.errors).toBeUndefined();
      expect(await hereName()).toBe('IE renombrada desde el otro proceso');
      const metrics = await (await fetch(proc.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/pmi_hub_response_cache_lookups_total\{result="hit"\} [1-9]/);
      expect(metrics).toMatch(/pmi_hub_response_cache_lookups_total\{result="stale"\} [1-9]/);
    } finally {
      await proc?.stop();
    }
  });

  it('every write this file made to a table the cached fields read has an audit row in its own transaction', async () => {
    // Through the paths exercised above: registry (ADMIN), secretariat and settings, PMI lifecycle, ingestion and
    // retraction, units of work of another instance and another process. A path that wrote one of these tables without
    // the unit of work's audit row would be a change the cache cannot see.
    const db = new Client({ connectionString: hub.database.url });
    await db.connect();
    try {
      const written = (await db.query(`SELECT DISTINCT tbl FROM test_cache_watch ORDER BY 1`)).rows.map((r) => r.tbl);
      expect(written).toEqual(expect.arrayContaining(['school', 'secretariat', 'secretariat_settings', 'improvement_plan', 'improvement_plan_goal', 'improvement_plan_review', 'improvement_plan_version', 'self_evaluation_score_all']));
      const unaudited = await db.query(
        `SELECT DISTINCT w.tx::text, w.tbl FROM test_cache_watch w
          WHERE NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.tx_id = w.tx) AND w.tx::text <> ALL($1::text[]) ORDER BY 2`,
        [outsideHub],
      );
      expect(unaudited.rows).toEqual([]);
      expect(outsideHub).toHaveLength(2); // the SQL of the TTL test was seen by the watch, and set aside
      expect((await db.query(`SELECT count(*)::int AS n FROM test_cache_watch WHERE tx::text = ANY($1::text[])`, [outsideHub])).rows[0].n).toBe(2);
    } finally {
      await db.end();
    }
  });

  it('the fields reachable from the allow-listed roots are the ones checked (a new one fails here until checked)', () => {
    // Each was read for its data source (tables written only through the unit of work, so with an audit row) and its
    // clock (none uses the current time); see docs/performance.md "Response cache".
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const reached = new Map<string, string>();
    const visit = (t: GraphQLNamedType) => {
      if (reached.has(t.name)) return;
      if (isUnionType(t)) return t.getTypes().forEach(visit);
      if (!isObjectType(t) && !isInterfaceType(t)) return;
      reached.set(t.name, Object.keys(t.getFields()).sort().join(' '));
      if (isInterfaceType(t)) schema.getPossibleTypes(t).forEach(visit);
      for (const f of Object.values(t.getFields())) visit(getNamedType(f.type));
    };
    const query = schema.getQueryType()!.getFields();
    for (const root of CACHED_ROOT_FIELDS) visit(getNamedType(query[root].type));
    expect(Object.fromEntries([...reached].sort())).toEqual(CHECKED_FIELDS);
  });
});

/** Every type and field reachable from CACHED_ROOT_FIELDS, as checked for the response cache. */
const CHECKED_FIELDS: Record<string, string> = {
  AreaSelfEvaluation: 'area average components lowComponents',
  Evidence: 'date description record recordId retracted retractionReason source value',
  ImprovementPlan: 'communication createdAt criticalFactors goals id lastReview lastReviewedAt objectives period pertinent reviewedVersion reviews school schoolDane secretariatCode status submittedAt updatedAt version versions',
  ImprovementPlanConnection: 'edges pageInfo totalCount',
  ImprovementPlanEdge: 'cursor node',
  PageInfo: 'endCursor hasNextPage hasPreviousPage startCursor',
  PlanAction: 'description endDate goalId id inspectionActionRef planId resources responsible startDate status',
  PlanCriticalFactor: 'area description id impact priority trend urgency',
  PlanGoal: 'actions area description id indicators planId',
  PlanIndicator: 'baseline frequency goalId id name planId target unit',
  PlanObjective: 'area description id',
  PlanReview: 'id observations pertinent planId reviewedAt reviewer reviewerRole version',
  PlanReviewObservations: 'actions communication criticalFactors general goals indicators objectives',
  PlanVersion: 'changedAt content createdAt createdBy pertinent planId reviewedAt reviews status submittedAt version',
  PmiResultsConnection: 'edges pageInfo totalCount',
  PmiResultsEdge: 'cursor node',
  PmiResultsFigures:
    'averageIndicatorProgress department indicators indicatorsAchieved indicatorsMeasured period plansEvaluated plansFollowedUp plansPertinent plansRegistered plansReviewed schools secretariatCode secretariatName',
  PmiResultsNational:
    'averageIndicatorProgress department indicators indicatorsAchieved indicatorsMeasured period plansEvaluated plansFollowedUp plansPertinent plansRegistered plansReviewed schools secretariats',
  School: 'active createdAt daneCode id municipality municipalityCode name regime secretariat secretariatCode sector updatedAt zone',
  SchoolAnalysis: 'improvementPlanPertinent improvementPlanStatus openSupportRequests period saber11Category school selfEvaluation selfEvaluationYear signals',
  SchoolAnalysisPage: 'endCursor hasNextPage nodes totalCount',
  SchoolConnection: 'edges pageInfo totalCount',
  SchoolEdge: 'cursor node',
  Secretariat: 'code createdAt department name updatedAt',
  SecretariatConnection: 'edges pageInfo totalCount',
  SecretariatEdge: 'cursor node',
  Signal: 'area evidence rule',
};
