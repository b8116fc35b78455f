import { startTestHub, expectData, type TestHub } from '../support/hub';
import { Role } from '../../src/common/auth/roles';
import { loadDemoData, DEMO_SCHOOLS, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { ImprovementPlanDocument, ImprovementPlansDocument, ModificationWindowsDocument, SupportRequestsDocument } from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('demo data for PMIs and support requests', () => {
  it('gives secretariat 05001 an open window, PMIs in every state and a few support requests', async () => {
    expect(await loadDemoData(hub.runtime)).toBe(true);
    const period = String(new Date().getUTCFullYear());
    const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
    const windows = expectData(await hub.gql(ModificationWindowsDocument, { period }, leader)).modificationWindows;
    expect(windows.map((w) => w.open)).toEqual([true]);

    const plans = expectData(await hub.gql(ImprovementPlansDocument, { period, first: 50 }, leader)).improvementPlans;
    expect(plans.totalCount).toBe(10);
    const withPlan = new Set(plans.edges.map((e) => e.node.schoolDane));
    expect(DEMO_SCHOOLS.filter(([dane]) => !withPlan.has(dane))).toHaveLength(2);
    const states = plans.edges.map((e) => `${e.node.status}/${e.node.pertinent}/v${e.node.version}`).sort();
    expect(states).toEqual(
      [
        'DRAFT/null/v1',
        'DRAFT/null/v1',
        'DRAFT/true/v2',
        'REVIEWED/false/v1',
        'REVIEWED/false/v1',
        'REVIEWED/true/v1',
        'REVIEWED/true/v1',
        'SUBMITTED/false/v2',
        'SUBMITTED/null/v1',
        'SUBMITTED/null/v1',
      ].sort(),
    );
    const twoVersions = plans.edges.find((e) => e.node.version === 2)!.node.id;
    const full = expectData(await hub.gql(ImprovementPlanDocument, { id: twoVersions }, leader)).improvementPlan;
    expect(full.versions.map((v) => v.version)).toEqual([1, 2]);

    const requests = expectData(await hub.gql(SupportRequestsDocument, { first: 20 }, leader)).supportRequests;
    expect(requests.totalCount).toBe(5);
    expect(new Set(requests.edges.map((e) => e.node.channel))).toEqual(new Set(['DIRECT', 'CITIZEN_SERVICE']));
    expect(requests.edges.filter((e) => e.node.status === 'OPEN')).toHaveLength(3);
  });
});
