import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { Jurisdiction, craftedJurisdiction } from '../support/reports-factories';
import { Role } from '../../src/common/auth/roles';
import { PmiResultsDocument, PmiResultsNationalDocument, PublishedPmiResultsDocument, PublishPmiResultsDocument } from '../generated/graphql';

/** Secretariat J (department Antioquia) holds the crafted jurisdiction; K (Cundinamarca) one school and one PMI; L (Antioquia) nothing. */
let hub: TestHub;
let j: Jurisdiction;
let k: string;
let l: string;
const tk: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const sj = await createSecretariat(hub, { code: 'R0001', name: 'Secretaría J', department: 'Antioquia' });
  k = (await createSecretariat(hub, { code: 'R0002', name: 'Secretaría K', department: 'Cundinamarca' })).code;
  l = (await createSecretariat(hub, { code: 'R0003', name: 'Secretaría L', department: 'Antioquia' })).code;
  j = new Jurisdiction(hub, sj.code);
  const s = {} as Record<'A' | 'B' | 'C' | 'D' | 'E', string>;
  for (const x of ['A', 'B', 'C', 'D', 'E'] as const) s[x] = (await createSchool(hub, sj.code)).daneCode;
  await craftedJurisdiction(j, s);
  const jk = new Jurisdiction(hub, k);
  const kSchool = (await createSchool(hub, k)).daneCode;
  const pk = await jk.plan(kSchool, '2026');
  await jk.indicator(pk, { baseline: 0, target: 10, measurements: [10] });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: sj.code });
  tk.inspectionK = await hub.token({ role: Role.INSPECTION, secretariat: k });
  tk.men = await hub.token({ role: Role.SUBPROCESS, secretariat: sj.code, scopes: ['read:MEN'] });
});

afterAll(() => hub?.stop());

const J = {
  secretariatCode: 'R0001',
  secretariatName: 'Secretaría J',
  department: 'Antioquia',
  period: '2026',
  schools: 5,
  plansRegistered: 2,
  plansReviewed: 1,
  plansPertinent: 1,
  plansFollowedUp: 2,
  plansEvaluated: 1,
  indicators: 3,
  indicatorsMeasured: 2,
  indicatorsAchieved: 1,
  averageIndicatorProgress: 0.75,
};

test('tenancy:pmiResults — MINISTRY reads every secretariat, with exact figures, paginated by code and filtered by department', async () => {
  const all = expectData(await hub.gql(PmiResultsDocument, { period: '2026', first: 2 }, tk.ministry)).pmiResults;
  expect(all.totalCount).toBe(3);
  expect(all.edges.map((e) => e.node.secretariatCode)).toEqual(['R0001', 'R0002']);
  expect(all.edges[0].node).toEqual(J);
  expect(all.edges[1].node).toMatchObject({ schools: 1, plansRegistered: 1, plansPertinent: 1, plansFollowedUp: 1, indicatorsAchieved: 1, averageIndicatorProgress: 1 });
  expect(all.pageInfo.hasNextPage).toBe(true);
  const next = expectData(await hub.gql(PmiResultsDocument, { period: '2026', first: 2, after: all.pageInfo.endCursor }, tk.ministry)).pmiResults;
  expect(next.edges.map((e) => e.node)).toEqual([
    expect.objectContaining({ secretariatCode: l, schools: 0, plansRegistered: 0, averageIndicatorProgress: null }),
  ]);
  expect(next.pageInfo.hasNextPage).toBe(false);
  const antioquia = expectData(await hub.gql(PmiResultsDocument, { period: '2026', department: 'Antioquia' }, tk.ministry)).pmiResults;
  expect(antioquia.edges.map((e) => e.node.secretariatCode)).toEqual(['R0001', l]);
  expect(antioquia.totalCount).toBe(2);
  // The department filter ignores case, accents and surrounding spaces, as name search does.
  const typed = expectData(await hub.gql(PmiResultsDocument, { period: '2026', department: ' antióquia ' }, tk.ministry)).pmiResults;
  expect([typed.totalCount, typed.edges.map((e) => e.node.secretariatCode)]).toEqual([2, ['R0001', l]]);
  // A secretariat-bound caller reads its own row only: naming another is NOT_FOUND.
  expectError(await hub.gql(PmiResultsDocument, { period: '2026', secretariat: 'R0001' }, tk.inspectionK), 'NOT_FOUND');
  const own = expectData(await hub.gql(PmiResultsDocument, { period: '2026' }, tk.inspectionK)).pmiResults;
  expect(own.edges.map((e) => e.node.secretariatCode)).toEqual([k]);
  expect(expectData(await hub.gql(PmiResultsDocument, { period: '2026' }, tk.men)).pmiResults.edges[0].node).toEqual(J);
});

test('tenancy:pmiResultsNational — the national aggregate sums every secretariat; only MINISTRY and ADMIN read it', async () => {
  const n = expectData(await hub.gql(PmiResultsNationalDocument, { period: '2026' }, tk.ministry)).pmiResultsNational;
  expect(n).toEqual({
    period: '2026',
    department: null,
    secretariats: 3,
    schools: 6,
    plansRegistered: 3,
    plansReviewed: 2,
    plansPertinent: 2,
    plansFollowedUp: 3,
    plansEvaluated: 1,
    indicators: 4,
    indicatorsMeasured: 3,
    indicatorsAchieved: 2,
    averageIndicatorProgress: 0.8333,
  });
  const ant = expectData(await hub.gql(PmiResultsNationalDocument, { period: '2026', department: 'Antioquia' }, tk.ministry)).pmiResultsNational;
  expect(ant).toMatchObject({ secretariats: 2, schools: 5, plansRegistered: 2, averageIndicatorProgress: 0.75 });
  expectError(await hub.gql(PmiResultsNationalDocument, { period: '2026' }, tk.leader), 'FORBIDDEN');
});

test('tenancy:publishPmiResults tenancy:publishedPmiResults — the leader publishes an immutable version for MEN; MINISTRY writes nothing', async () => {
  expectError(await hub.gql(PublishPmiResultsDocument, { period: '2026' }, tk.ministry), 'FORBIDDEN');
  expectError(await hub.gql(PublishPmiResultsDocument, { period: '2026' }, tk.inspectionK), 'FORBIDDEN');
  const v1 = expectData(await hub.gql(PublishPmiResultsDocument, { period: '2026' }, tk.leader)).publishPmiResults;
  expect(v1).toMatchObject({ secretariatCode: 'R0001', version: 1, figures: { plansRegistered: 2, plansPertinent: 1 } });
  // A double submission (here three at once) sends MEN one version: unchanged figures return the latest version.
  const again = await Promise.all([1, 2, 3].map(() => hub.gql(PublishPmiResultsDocument, { period: '2026' }, tk.leader)));
  expect(again.map((r) => expectData(r).publishPmiResults.id)).toEqual([v1.id, v1.id, v1.id]);
  // Nothing to send: a period not begun, or one without PMIs — every problem named on `period`.
  expectError(await hub.gql(PublishPmiResultsDocument, { period: String(new Date().getUTCFullYear() + 1) }, tk.leader), 'BAD_USER_INPUT', 'period');
  expectError(await hub.gql(PublishPmiResultsDocument, { period: '1990' }, tk.leader), 'BAD_USER_INPUT', 'period');
  await hub.runtime.db.query(
    `UPDATE improvement_plan SET status = 'REVIEWED', pertinent = true WHERE secretariat_code = 'R0001' AND period = '2026' AND NOT coalesce(pertinent, false)`,
  );
  const v2 = expectData(await hub.gql(PublishPmiResultsDocument, { period: '2026' }, tk.leader)).publishPmiResults;
  expect(v2).toMatchObject({ version: 2, figures: { plansPertinent: 2 } });
  await expect(hub.runtime.db.query(`UPDATE pmi_results_report SET version = 9 WHERE id = $1`, [v1.id])).rejects.toThrow(/cannot change/);
  const events: Array<{ payload: { period: string; version: number; figures: { plansRegistered: number } } }> = await hub.runtime.db.query(
    `SELECT payload FROM event WHERE type = 'pmi_results.published' ORDER BY id`,
  );
  expect(events.map((e) => [e.payload.period, e.payload.version, e.payload.figures.plansRegistered])).toEqual([
    ['2026', 1, 2],
    ['2026', 2, 2],
  ]);
  const listed = expectData(await hub.gql(PublishedPmiResultsDocument, { period: '2026' }, tk.ministry)).publishedPmiResults;
  expect(listed.edges.map((e) => e.node.version)).toEqual([1, 2]);
  expect(expectData(await hub.gql(PublishedPmiResultsDocument, { period: '2026' }, tk.ministry)).publishedPmiResults.totalCount).toBe(2);
  expect(expectData(await hub.gql(PublishedPmiResultsDocument, { period: '2026' }, tk.inspectionK)).publishedPmiResults.totalCount).toBe(0);
});
