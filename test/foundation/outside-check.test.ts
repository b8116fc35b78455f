import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import { newDaneCode } from '../support/factories';

/**
 * Faults an outside reviewer found on the merged hub (issue 8's kinds): drafts read outside the secretariat's staff,
 * events beyond what a role's queries allow, made-up cursors accepted, lone surrogates stored as U+FFFD.
 */
let hub: TestHub;
let leader: string;
let inspection: string;
let ministry: string;
let admin: string;
const encode = (raw: string) => Buffer.from(raw, 'utf8').toString('base64url');

beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoData(hub.runtime);
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
  inspection = await hub.token({ role: Role.INSPECTION, secretariat: DEMO_SECRETARIAT });
  ministry = await hub.token({ role: Role.MINISTRY });
  admin = await hub.token({ role: Role.ADMIN });
});
afterAll(() => hub.stop());

describe('a draft F01.03.F01 is the secretariat staff’s, not inspection’s or the Ministry’s', () => {
  it('INSPECTION and MINISTRY get no draft report (by year, by id, in the list); staff do', async () => {
    const draft = expectData(await hub.gql(`mutation { draftIrregularityReport(year: "2019") { id status } }`, {}, leader)) as {
      draftIrregularityReport: { id: string; status: string };
    };
    const id = draft.draftIrregularityReport.id;
    expect(draft.draftIrregularityReport.status).toBe('DRAFT');
    const byYear = expectData(await hub.gql(`{ irregularityReport(year: "2019") { id } }`, {}, inspection)) as { irregularityReport: unknown };
    expect(byYear.irregularityReport).toBeNull();
    const ministryYear = expectData(await hub.gql(`{ irregularityReport(year: "2019", secretariat: "${DEMO_SECRETARIAT}") { id } }`, {}, ministry)) as {
      irregularityReport: unknown;
    };
    expect(ministryYear.irregularityReport).toBeNull();
    expectError(await hub.gql(`{ irregularityReportFile(id: "${id}", format: CSV) { filename } }`, {}, inspection), 'NOT_FOUND');
    const listed = expectData(await hub.gql(`{ irregularityReports(first: 50) { edges { node { id status } } } }`, {}, inspection)) as {
      irregularityReports: { edges: { node: { id: string; status: string } }[] };
    };
    expect(listed.irregularityReports.edges.map((e) => e.node.status).every((s) => s === 'SIGNED')).toBe(true);
    const staff = expectData(await hub.gql(`{ irregularityReport(year: "2019") { id } }`, {}, leader)) as { irregularityReport: { id: string } };
    expect(staff.irregularityReport.id).toBe(id);
  });
});

describe('events: a role receives only what its queries allow', () => {
  it('INSPECTION replays only F01.03 event types and is refused support-request events', async () => {
    const page = expectData(await hub.gql(`{ events(after: "1:0", first: 500) { nodes { type } } }`, {}, inspection)) as {
      events: { nodes: { type: string }[] };
    };
    const allowed = new Set(['IRREGULARITY_REPORT_SIGNED', 'IMPROVEMENT_PLAN_REVIEWED', 'NONCONFORMITY_RAISED', 'CONSOLIDATED_REPORT_PUBLISHED']);
    expect(page.events.nodes.length).toBeGreaterThan(0);
    expect(page.events.nodes.filter((n) => !allowed.has(n.type))).toEqual([]);
    expectError(await hub.gql(`{ events(after: "1:0", types: [SUPPORT_REQUEST_REGISTERED]) { nodes { type } } }`, {}, inspection), 'FORBIDDEN');
  });
});

describe('made-up cursors on the lists of activities 8 and the Ministry report', () => {
  it.each([
    ['overdueQualityActions', (c: string) => `{ overdueQualityActions(first: 5, after: "${c}") { totalCount } }`, () => leader],
    ['pmiResults', (c: string) => `{ pmiResults(period: "2026", first: 5, after: "${c}") { totalCount } }`, () => ministry],
  ])('%s refuses cursors it never returned as BAD_USER_INPUT on after', async (_name, doc, who) => {
    for (const raw of ['c:xyz', 'c:|', 'c:2026-99-99|00000000-0000-4000-8000-000000000000', 'c:["2026-99-99","x"]']) {
      expectError(await hub.gql(doc(encode(raw)), {}, who()), 'BAD_USER_INPUT', 'after');
    }
  });
});

describe('text that is not valid Unicode', () => {
  it('a lone surrogate is refused with its field, never stored as U+FFFD, and no SQLSTATE leaks', async () => {
    const dane = newDaneCode();
    const res = await hub.gql(
      `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { daneCode } }`,
      {
        input: { daneCode: dane, secretariat: DEMO_SECRETARIAT, name: 'IE abc \ud800 def', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín', municipalityCode: '05001' },
      },
      admin,
    );
    const err = expectError(res, 'BAD_USER_INPUT', 'input.name');
    expect(JSON.stringify(err.extensions)).not.toMatch(/sqlState/i);
    expect(await hub.runtime.db.query('SELECT 1 FROM school WHERE dane_code = $1', [dane])).toEqual([]);
  });
});
