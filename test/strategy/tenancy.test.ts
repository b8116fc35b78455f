import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { selfEvaluation, supportPlan } from '../support/activities-factories';
import {
  AddSupportNeedDocument,
  ApproveAssistanceStrategyDocument,
  AssistanceProgrammingRecordDocument,
  AssistanceScheduleDocument,
  AssistanceStrategyDocument,
  AssistanceStrategyOfDocument,
  ClassifySchoolsDocument,
  CreateAssistanceStrategyDocument,
  DismissSupportNeedDocument,
  IdentifyNeedsDocument,
  JurisdictionAnalysisDocument,
  OverrideSchoolClassificationDocument,
  ProgramAssistanceActivityDocument,
  RecordAlignmentImprovementActionDocument,
  ReviseAssistanceStrategyDocument,
  SchoolProfileDocument,
  SecretariatSettingsDocument,
  StrategyAlignmentDocument,
  SubmitAssistanceStrategyDocument,
  SupportNeedsDocument,
  UpdateAssistanceActivityDocument,
  UpdateSecretariatSettingsDocument,
  UpdateSupportNeedDocument,
} from '../generated/graphql';

/** Secretariat B has needs, an approved strategy and an activity; callers of A must not see or touch any of it. */
let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const tk: Record<string, string> = {};
let strategyB: string;
let activityB: string;
let needB: string;

beforeAll(async () => {
  hub = await startTestHub();
  t = await createTwoTenants(hub, 1);
  const b = t.b.code;
  for (const [name, role, se] of [
    ['leaderA', Role.QUALITY_LEADER, t.a.code],
    ['profA', Role.IMPROVEMENT_PROFESSIONAL, t.a.code],
    ['staffA', Role.QUALITY_STAFF, t.a.code],
    ['leaderB', Role.QUALITY_LEADER, b],
    ['profB', Role.IMPROVEMENT_PROFESSIONAL, b],
    ['staffB', Role.QUALITY_STAFF, b],
    ['citizenB', Role.CITIZEN_SERVICE, b],
    ['inspectionB', Role.INSPECTION, b],
  ] as const) {
    tk[name] = await hub.token({ role, secretariat: se });
  }
  tk.schoolB = await hub.token({ role: Role.SCHOOL, secretariat: b, school: t.schoolsB[0].daneCode });
  tk.subprocessB = await hub.token({ role: Role.SUBPROCESS, secretariat: b, scopes: ['read:D02.01', 'ingest:D02.01'] });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  tk.admin = await hub.token({ role: Role.ADMIN });

  await selfEvaluation(hub, b, t.schoolsB[0].daneCode, { 'DIR-01-01': 1 });
  const pam = await supportPlan(hub, b, [1]);
  expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, tk.leaderB));
  needB = expectData(await hub.gql(SupportNeedsDocument, { period: '2026' }, tk.leaderB)).supportNeeds.edges[0].node.id;
  strategyB = expectData(await hub.gql(CreateAssistanceStrategyDocument, { period: '2026' }, tk.profB)).createAssistanceStrategy.id;
  activityB = expectData(
    await hub.gql(
      ProgramAssistanceActivityDocument,
      {
        strategyId: strategyB,
        input: { title: 'Visita', modality: 'INTEGRAL', method: 'Visita', schoolDanes: [t.schoolsB[0].daneCode], startsOn: '2026-04-01', endsOn: '2026-04-02', responsible: 'Eva', supportPlanActionId: pam['A-1'] },
      },
      tk.profB,
    ),
  ).programAssistanceActivity.id;
  expectData(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyB }, tk.profB));
  expectData(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyB }, tk.leaderB));
});
afterAll(() => hub.stop());

const activityInput = (school: string) => ({ title: 'Intrusa', modality: 'PUNCTUAL' as const, method: 'x1', schoolDanes: [school], startsOn: '2026-05-01', endsOn: '2026-05-02', responsible: 'Mallory' });

describe('tenancy of activities 1–4', () => {
  it('tenancy:secretariatSettings and tenancy:updateSecretariatSettings stay within the secretariat', async () => {
    // Naming another secretariat is NOT_FOUND for a secretariat-bound caller (never narrowed to its own silently).
    expectError(await hub.gql(SecretariatSettingsDocument, { secretariat: t.b.code }, tk.staffA), 'NOT_FOUND');
    expect(expectData(await hub.gql(SecretariatSettingsDocument, {}, tk.staffA)).secretariatSettings.secretariatCode).toBe(t.a.code);
    expect(expectData(await hub.gql(SecretariatSettingsDocument, { secretariat: t.b.code }, tk.ministry)).secretariatSettings.secretariatCode).toBe(t.b.code);
    expectData(await hub.gql(UpdateSecretariatSettingsDocument, { input: { integralNeedsThreshold: 5 } }, tk.leaderA));
    expect(expectData(await hub.gql(SecretariatSettingsDocument, {}, tk.leaderB)).secretariatSettings.integralNeedsThreshold).toBe(3);
    for (const who of ['profA', 'schoolB', 'ministry', 'admin']) {
      expectError(await hub.gql(UpdateSecretariatSettingsDocument, { input: { integralNeedsThreshold: 4 } }, tk[who]), 'FORBIDDEN');
    }
    expectError(await hub.gql(SecretariatSettingsDocument, {}, tk.schoolB), 'FORBIDDEN');
  });

  it('tenancy:schoolProfile and tenancy:jurisdictionAnalysis show only the caller\'s secretariat', async () => {
    expectError(await hub.gql(SchoolProfileDocument, { daneCode: t.schoolsB[0].daneCode, period: '2026' }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(JurisdictionAnalysisDocument, { period: '2026', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    const mine = expectData(await hub.gql(JurisdictionAnalysisDocument, { period: '2026' }, tk.leaderA)).jurisdictionAnalysis;
    expect(mine.nodes.map((n) => n.school.daneCode)).toEqual([t.schoolsA[0].daneCode]);
    const ministry = expectData(await hub.gql(JurisdictionAnalysisDocument, { period: '2026', secretariat: t.b.code }, tk.ministry)).jurisdictionAnalysis;
    expect(ministry.nodes.map((n) => n.school.daneCode)).toEqual([t.schoolsB[0].daneCode]);
    for (const who of ['citizenB', 'subprocessB']) expectError(await hub.gql(JurisdictionAnalysisDocument, { period: '2026' }, tk[who]), 'FORBIDDEN');
  });

  it('tenancy:supportNeeds and tenancy:identifyNeeds never cross secretariats', async () => {
    expectError(await hub.gql(SupportNeedsDocument, { period: '2026', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(SupportNeedsDocument, { period: '2026' }, tk.schoolB)).supportNeeds.edges.every((e) => e.node.schoolDane === t.schoolsB[0].daneCode)).toBe(true);
    const runA = expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, tk.leaderA)).identifyNeeds;
    expect(runA.resolved).toBe(0);
    expect(expectData(await hub.gql(SupportNeedsDocument, { period: '2026' }, tk.leaderB)).supportNeeds.edges[0].node.status).toBe('OPEN');
    for (const who of ['staffA', 'schoolB', 'ministry', 'admin', 'subprocessB']) {
      expectError(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, tk[who]), 'FORBIDDEN');
    }
  });

  it('tenancy:addSupportNeed, tenancy:updateSupportNeed and tenancy:dismissSupportNeed refuse other secretariats\' needs and schools', async () => {
    expectError(
      await hub.gql(AddSupportNeedDocument, { input: { period: '2026', daneCode: t.schoolsB[0].daneCode, description: 'Intrusión', priority: 'LOW' } }, tk.staffA),
      'BAD_USER_INPUT',
      'input.daneCode',
    );
    expectError(await hub.gql(UpdateSupportNeedDocument, { id: needB, input: { priority: 'LOW' } }, tk.staffA), 'NOT_FOUND');
    expectError(await hub.gql(DismissSupportNeedDocument, { input: { id: needB, reason: 'Intrusión ajena' } }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['schoolB', 'citizenB', 'ministry']) {
      expectError(await hub.gql(DismissSupportNeedDocument, { input: { id: needB, reason: 'No autorizado' } }, tk[who]), 'FORBIDDEN');
    }
  });

  it('tenancy:assistanceStrategy, tenancy:assistanceStrategyOf, tenancy:assistanceSchedule and tenancy:strategyAlignment hide other secretariats\' strategies', async () => {
    expectError(await hub.gql(AssistanceStrategyDocument, { id: strategyB }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(AssistanceStrategyOfDocument, { period: '2026', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(AssistanceScheduleDocument, { strategyId: strategyB }, tk.staffA), 'NOT_FOUND');
    expectError(await hub.gql(StrategyAlignmentDocument, { strategyId: strategyB }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyB }, tk.inspectionB)).assistanceStrategy.id).toBe(strategyB);
    expect(expectData(await hub.gql(AssistanceStrategyOfDocument, { period: '2026', secretariat: t.b.code }, tk.ministry)).assistanceStrategyOf?.id).toBe(strategyB);
    expectError(await hub.gql(AssistanceStrategyDocument, { id: strategyB }, tk.citizenB), 'FORBIDDEN');
  });

  it('tenancy:assistanceProgrammingRecord exports only the caller\'s secretariat', async () => {
    expectError(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId: strategyB, format: 'CSV' }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId: strategyB, format: 'CSV' }, tk.inspectionB)).assistanceProgrammingRecord.filename).toMatch(/\.csv$/);
    expectError(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId: strategyB, format: 'CSV' }, tk.schoolB), 'FORBIDDEN');
  });

  it('tenancy:createAssistanceStrategy, tenancy:classifySchools and tenancy:overrideSchoolClassification act only on the own secretariat', async () => {
    const a = expectData(await hub.gql(CreateAssistanceStrategyDocument, { period: '2026' }, tk.profA)).createAssistanceStrategy;
    expect(a.secretariatCode).toBe(t.a.code);
    expectError(await hub.gql(ClassifySchoolsDocument, { strategyId: strategyB }, tk.profA), 'NOT_FOUND');
    expectError(
      await hub.gql(OverrideSchoolClassificationDocument, { input: { strategyId: strategyB, daneCode: t.schoolsB[0].daneCode, modality: 'OTHER', justification: 'Intrusión desde otra secretaría' } }, tk.leaderA),
      'NOT_FOUND',
    );
    for (const who of ['staffA', 'schoolB', 'ministry', 'admin']) {
      expectError(await hub.gql(CreateAssistanceStrategyDocument, { period: '2027' }, tk[who]), 'FORBIDDEN');
      expectError(await hub.gql(ClassifySchoolsDocument, { strategyId: strategyB }, tk[who]), 'FORBIDDEN');
    }
  });

  it('tenancy:programAssistanceActivity and tenancy:updateAssistanceActivity refuse other secretariats\' strategies and schools', async () => {
    expectError(await hub.gql(ProgramAssistanceActivityDocument, { strategyId: strategyB, input: activityInput(t.schoolsA[0].daneCode) }, tk.profA), 'NOT_FOUND');
    const a = expectData(await hub.gql(AssistanceStrategyOfDocument, { period: '2026' }, tk.profA)).assistanceStrategyOf;
    expectError(
      await hub.gql(ProgramAssistanceActivityDocument, { strategyId: a?.id as string, input: activityInput(t.schoolsB[0].daneCode) }, tk.profA),
      'BAD_USER_INPUT',
      'input.schoolDanes.0',
    );
    expectError(await hub.gql(UpdateAssistanceActivityDocument, { id: activityB, input: { status: 'CANCELLED' } }, tk.staffA), 'NOT_FOUND');
    expectError(await hub.gql(UpdateAssistanceActivityDocument, { id: activityB, input: { status: 'CANCELLED' } }, tk.schoolB), 'FORBIDDEN');
  });

  it('tenancy:submitAssistanceStrategy, tenancy:approveAssistanceStrategy, tenancy:reviseAssistanceStrategy and tenancy:recordAlignmentImprovementAction stay within the secretariat', async () => {
    expectError(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyB }, tk.profA), 'NOT_FOUND');
    expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyB }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(ReviseAssistanceStrategyDocument, { id: strategyB, reason: 'Intrusión ajena' }, tk.leaderA), 'NOT_FOUND');
    expectError(
      await hub.gql(RecordAlignmentImprovementActionDocument, { input: { activityId: activityB, what: 'Intrusión ajena', who: 'Mallory', dueOn: '2026-05-01' } }, tk.leaderA),
      'NOT_FOUND',
    );
    for (const who of ['profB', 'staffB', 'ministry', 'admin', 'schoolB']) {
      expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyB }, tk[who]), 'FORBIDDEN');
      expectError(await hub.gql(ReviseAssistanceStrategyDocument, { id: strategyB, reason: 'No autorizado' }, tk[who]), 'FORBIDDEN');
    }
    expect(expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyB }, tk.leaderB)).assistanceStrategy.status).toBe('APPROVED');
  });
});
