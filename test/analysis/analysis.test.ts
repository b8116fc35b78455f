import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { characterization, finding, selfEvaluation } from '../support/activities-factories';
import { createSupportRequest } from '../support/support-requests-factories';
import { JurisdictionAnalysisDocument, SchoolProfileDocument } from '../generated/graphql';

let hub: TestHub;
let se: string;
let staff: string;
const s: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({ EXPOSE_SQL_COUNT: 'true' });
  se = (await createSecretariat(hub)).code;
  staff = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: se });
  for (let i = 0; i < 5; i++) s.push((await createSchool(hub, se, { name: `IE Análisis ${i}` })).daneCode);
  await selfEvaluation(hub, se, s[0], { 'DIR-01-01': 1, 'ACA-01-01': 3, 'ACA-04-05': 4 }, '2025');
  await characterization(hub, se, s[0], 'D', [{ grade: 9, subject: 'MATHEMATICS', share: 40 }], '2025');
  await finding(hub, se, s[1], 7);
  await createSupportRequest(hub, se, s[2]);
});
afterAll(() => hub.stop());

describe('analysis of the characterization and profile (activity 1)', () => {
  it('profiles a school with every signal and its evidence, using the latest data up to the period', async () => {
    const p = expectData(await hub.gql(SchoolProfileDocument, { daneCode: s[0], period: '2026' }, staff)).schoolProfile;
    expect(p.selfEvaluationYear).toBe('2025');
    expect(p.saber11Category).toBe('D');
    expect(p.improvementPlanStatus).toBeNull();
    const rules = p.signals.map((x) => x.rule).sort();
    expect(rules).toEqual(['LOW_SABER_11', 'LOW_SABER_LEVEL', 'LOW_SELF_EVALUATION', 'PMI_MISSING']);
    const self = p.signals.find((x) => x.rule === 'LOW_SELF_EVALUATION');
    expect(self).toMatchObject({ area: 'DIRECTIVE', evidence: { source: 'D01.03', record: 'SelfEvaluationScore', value: 'DIR-01-01 = 1', date: '2025' } });
    expect(self?.evidence.recordId).toMatch(/^[0-9a-f-]{36}$/);
    expect(p.signals.find((x) => x.rule === 'LOW_SABER_LEVEL')?.evidence.value).toBe('grado 9 Matemáticas: 40% insuficiente');
    const directive = p.selfEvaluation.find((a) => a.area === 'DIRECTIVE');
    expect(directive).toMatchObject({ average: 1, components: 1, lowComponents: 1 });
    // Data of a later year does not leak into an earlier period.
    const before = expectData(await hub.gql(SchoolProfileDocument, { daneCode: s[0], period: '2024' }, staff)).schoolProfile;
    expect(before.signals.map((x) => x.rule)).toEqual(['PMI_MISSING']);
  });

  it('counts open support requests and F01.03 actions missing from the PMI', async () => {
    const withRequest = expectData(await hub.gql(SchoolProfileDocument, { daneCode: s[2], period: '2026' }, staff)).schoolProfile;
    expect(withRequest.openSupportRequests).toBe(1);
    const withFinding = expectData(await hub.gql(SchoolProfileDocument, { daneCode: s[1], period: '2026' }, staff)).schoolProfile;
    expect(withFinding.signals.filter((x) => x.rule === 'INSPECTION_ACTION_NOT_IN_PMI').map((x) => x.evidence.source)).toEqual(['F01.03', 'F01.03']);
  });

  it('pages through the jurisdiction and filters by rule, in a fixed number of statements per page', async () => {
    const page1 = await hub.gql(JurisdictionAnalysisDocument, { period: '2026', first: 2 }, staff);
    const d1 = expectData(page1).jurisdictionAnalysis;
    expect(d1.totalCount).toBe(5);
    expect(d1.nodes).toHaveLength(2);
    const d2 = expectData(await hub.gql(JurisdictionAnalysisDocument, { period: '2026', first: 2, after: d1.endCursor }, staff)).jurisdictionAnalysis;
    expect(d2.nodes.map((n) => n.school.daneCode)).toEqual(s.slice(2, 4));
    const byRule = expectData(await hub.gql(JurisdictionAnalysisDocument, { period: '2026', rule: 'LOW_SABER_11' }, staff)).jurisdictionAnalysis;
    expect(byRule.nodes.map((n) => n.school.daneCode)).toEqual([s[0]]);
    const small = (await hub.gql(JurisdictionAnalysisDocument, { period: '2026', first: 1 }, staff)).extensions?.sqlStatements;
    const large = (await hub.gql(JurisdictionAnalysisDocument, { period: '2026', first: 5 }, staff)).extensions?.sqlStatements;
    expect(large).toBe(small);
  });

  it('lets a school see its own profile only', async () => {
    const school = await hub.token({ role: Role.SCHOOL, secretariat: se, school: s[0] });
    expect(expectData(await hub.gql(SchoolProfileDocument, { daneCode: s[0], period: '2026' }, school)).schoolProfile.school.daneCode).toBe(s[0]);
    expectError(await hub.gql(SchoolProfileDocument, { daneCode: s[1], period: '2026' }, school), 'NOT_FOUND');
    expectError(await hub.gql(JurisdictionAnalysisDocument, { period: '2026' }, school), 'FORBIDDEN');
  });
});
