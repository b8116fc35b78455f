import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { activityFor, heldSession, hoursFromNow, strategyFor } from '../support/evaluation-factories';
import { Role } from '../../src/common/auth/roles';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';
import { DEFAULT_REQUIREMENTS } from '../../src/modules/verification/verification.service';
import {
  AddQualityActionDocument,
  AssistanceEvaluationRecordDocument,
  AssistanceEvaluationsDocument,
  CompleteQualityActionDocument,
  ConsolidateAssistanceEvaluationsDocument,
  EvaluationConsolidationDocument,
  EvaluationSettingsDocument,
  NonconformitiesDocument,
  NonconformityDocument,
  OverdueQualityActionsDocument,
  RecordVerificationDocument,
  ReviewEvaluationConsolidationDocument,
  ServiceRequirementsDocument,
  SetEvaluationSettingsDocument,
  SetServiceRequirementsDocument,
  SubmitAssistanceEvaluationDocument,
  VerificationSheetDocument,
} from '../generated/graphql';

/**
 * Secretariat B has evaluations (two schools), a reviewed consolidation, a custom ficha, a verification with an open
 * nonconformity and an overdue action. Callers of A, and B's other school, must not see or touch what is not theirs.
 */
let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const tk: Record<string, string> = {};
let activityB: string;
let activityB2: string;
let ncB: string;
let actionB: string;
const PERIOD = '2026';
const ratings = ['PERTINENCE', 'TIMELINESS', 'MASTERY', 'MATERIALS', 'OBJECTIVES'].map((criterion) => ({ criterion, score: 4 }));

beforeAll(async () => {
  hub = await startTestHub();
  t = await createTwoTenants(hub, 2);
  const [a, b] = [t.a.code, t.b.code];
  for (const [name, role, se] of [
    ['leaderA', Role.QUALITY_LEADER, a],
    ['staffA', Role.QUALITY_STAFF, a],
    ['leaderB', Role.QUALITY_LEADER, b],
    ['profB', Role.IMPROVEMENT_PROFESSIONAL, b],
    ['staffB', Role.QUALITY_STAFF, b],
    ['inspectionB', Role.INSPECTION, b],
    ['citizenB', Role.CITIZEN_SERVICE, b],
  ] as const) {
    tk[name] = await hub.token({ role, secretariat: se });
  }
  tk.schoolA = await hub.token({ role: Role.SCHOOL, secretariat: a, school: t.schoolsA[0].daneCode });
  tk.schoolB1 = await hub.token({ role: Role.SCHOOL, secretariat: b, school: t.schoolsB[0].daneCode });
  tk.schoolB2 = await hub.token({ role: Role.SCHOOL, secretariat: b, school: t.schoolsB[1].daneCode });
  tk.subprocessB = await hub.token({ role: Role.SUBPROCESS, secretariat: b, scopes: ['read:E02.01'] });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  tk.admin = await hub.token({ role: Role.ADMIN });

  const strategy = await strategyFor(hub, b, PERIOD);
  const act = await activityFor(hub, b, strategy.id, [t.schoolsB[0].daneCode, t.schoolsB[1].daneCode], { modality: AssistanceModality.PUNCTUAL });
  const act2 = await activityFor(hub, b, strategy.id, [t.schoolsB[1].daneCode], { modality: AssistanceModality.INTEGRAL });
  for (const s of t.schoolsB) await heldSession(hub, act, s.daneCode);
  await heldSession(hub, act2, t.schoolsB[1].daneCode);
  [activityB, activityB2] = [act.id, act2.id];
  expectData(await hub.gql(SetEvaluationSettingsDocument, { input: { period: PERIOD, deadline: hoursFromNow(1) } }, tk.leaderB));
  for (const who of ['schoolB1', 'schoolB2']) {
    expectData(await hub.gql(SubmitAssistanceEvaluationDocument, { input: { activityId: activityB, ratings, objectivesMet: 'YES', comments: `Comentario de ${who}` } }, tk[who]));
  }
  const v = expectData(
    await hub.gql(
      RecordVerificationDocument,
      {
        input: {
          activityId: activityB,
          results: DEFAULT_REQUIREMENTS.map((r) => ({
            requirementCode: r.code,
            met: r.code !== 'ATTENDANCE',
            evidence: 'Acta',
            action: r.code === 'ATTENDANCE' ? { kind: 'CORRECTIVE' as const, description: 'Registrar asistencia', owner: 'Ana', dueOn: '2026-01-15' } : null,
          })),
        },
      },
      tk.leaderB,
    ),
  ).recordVerification;
  ncB = v.raisedNonconformities[0].id;
  actionB = v.raisedNonconformities[0].actions[0].id;
});
afterAll(() => hub.stop());

const closeWindow = () => hub.gql(SetEvaluationSettingsDocument, { input: { period: PERIOD, deadline: hoursFromNow(-1) } }, tk.leaderB);

describe('tenancy of activities 7–8', () => {
  it('tenancy:evaluationSettings reads the caller\'s own secretariat; national roles name one', async () => {
    expectData(await hub.gql(SetEvaluationSettingsDocument, { input: { period: '2027', deadline: '2028-02-01T00:00:00Z' } }, tk.leaderB));
    expect(expectData(await hub.gql(EvaluationSettingsDocument, { period: '2027' }, tk.schoolB1)).evaluationSettings.deadline).toBe('2028-02-01T00:00:00.000Z');
    // A secretariat-bound caller naming another secretariat is refused as a record of another tenant, never narrowed.
    expectError(await hub.gql(EvaluationSettingsDocument, { period: '2027', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(EvaluationSettingsDocument, { period: '2027' }, tk.ministry), 'BAD_USER_INPUT', 'secretariat');
    expect(expectData(await hub.gql(EvaluationSettingsDocument, { period: '2027', secretariat: t.b.code }, tk.ministry)).evaluationSettings.id).not.toBe('');
    expectError(await hub.gql(EvaluationSettingsDocument, { period: '2027' }, tk.citizenB), 'FORBIDDEN');
  });

  it('tenancy:setEvaluationSettings writes only to the caller\'s own secretariat, by planners only', async () => {
    const input = { period: '2027', deadline: '2030-01-01T00:00:00Z', secretariat: t.b.code };
    expectError(await hub.gql(SetEvaluationSettingsDocument, { input }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['staffB', 'schoolB1', 'ministry', 'subprocessB']) expectError(await hub.gql(SetEvaluationSettingsDocument, { input }, tk[who]), 'FORBIDDEN');
    expectError(await hub.gql(SetEvaluationSettingsDocument, { input: { ...input, secretariat: null } }, tk.admin), 'FORBIDDEN');
    expect(expectData(await hub.gql(EvaluationSettingsDocument, { period: '2027' }, tk.leaderB)).evaluationSettings.deadline).toBe('2028-02-01T00:00:00.000Z');
  });

  it('tenancy:submitAssistanceEvaluation: only a school, for an activity that serves it, in its secretariat', async () => {
    const input = { activityId: activityB2, ratings, objectivesMet: 'YES' as const };
    // B1 is not served by activity B2; A's school is of another secretariat: both as if it did not exist.
    expectError(await hub.gql(SubmitAssistanceEvaluationDocument, { input }, tk.schoolB1), 'NOT_FOUND');
    expectError(await hub.gql(SubmitAssistanceEvaluationDocument, { input }, tk.schoolA), 'NOT_FOUND');
    for (const who of ['leaderB', 'staffB', 'ministry', 'admin']) expectError(await hub.gql(SubmitAssistanceEvaluationDocument, { input }, tk[who]), 'FORBIDDEN');
  });

  it('tenancy:assistanceEvaluations: a school sees its own, other secretariats nothing', async () => {
    const own = expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD }, tk.schoolB1)).assistanceEvaluations;
    expect(own.edges.map((e) => e.node.schoolDane)).toEqual([t.schoolsB[0].daneCode]);
    expectError(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD, secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD, secretariat: t.b.code }, tk.ministry)).assistanceEvaluations.totalCount).toBe(2);
    expectError(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD }, tk.citizenB), 'FORBIDDEN');
  });

  it('tenancy:consolidateAssistanceEvaluations and tenancy:reviewEvaluationConsolidation act on the caller\'s own secretariat only', async () => {
    expectData(await closeWindow());
    expectError(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD, secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['schoolB1', 'ministry', 'inspectionB']) expectError(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD }, tk[who]), 'FORBIDDEN');
    expectData(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD }, tk.staffB));
    expectError(await hub.gql(ReviewEvaluationConsolidationDocument, { period: PERIOD, notes: 'Intruso', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['staffB', 'profB', 'schoolB1', 'ministry']) expectError(await hub.gql(ReviewEvaluationConsolidationDocument, { period: PERIOD, notes: 'Intruso' }, tk[who]), 'FORBIDDEN');
    expect(expectData(await hub.gql(ReviewEvaluationConsolidationDocument, { period: PERIOD, notes: 'Revisado' }, tk.leaderB)).reviewEvaluationConsolidation.status).toBe('REVIEWED');
  });

  it('tenancy:evaluationConsolidation is read by the secretariat\'s staff and national roles, not by schools', async () => {
    expectError(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD, secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD }, tk.inspectionB)).evaluationConsolidation?.status).toBe('REVIEWED');
    expect(expectData(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD, secretariat: t.b.code }, tk.ministry)).evaluationConsolidation?.results.overall.received).toBe(2);
    expectError(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD }, tk.schoolB1), 'FORBIDDEN');
    // E02.01 (satisfacción) reads its secretariat's evaluations and their consolidation, as docs/outbound.md shows.
    expect(expectData(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD }, tk.subprocessB)).evaluationConsolidation?.results.overall.received).toBe(2);
    expect(expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD }, tk.subprocessB)).assistanceEvaluations.totalCount).toBe(2);
    const noScope = await hub.token({ role: Role.SUBPROCESS, secretariat: t.b.code, scopes: ['read:I02.04'] });
    expectError(await hub.gql(EvaluationConsolidationDocument, { period: PERIOD }, noScope), 'FORBIDDEN');
  });

  it('tenancy:assistanceEvaluationRecord exports only the caller\'s own secretariat', async () => {
    expectError(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'CSV', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    const a = expectData(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'CSV' }, tk.leaderA)).assistanceEvaluationRecord;
    expect(a.filename).toContain(t.a.code);
    expect(Buffer.from(a.contentBase64, 'base64').toString('utf8').trim().split('\r\n')).toHaveLength(1);
    const b = expectData(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'CSV' }, tk.leaderB)).assistanceEvaluationRecord;
    expect(Buffer.from(b.contentBase64, 'base64').toString('utf8').trim().split('\r\n')).toHaveLength(3);
    expectError(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'CSV' }, tk.schoolB1), 'FORBIDDEN');
  });

  it('tenancy:serviceRequirements and tenancy:setServiceRequirements keep each secretariat\'s ficha to itself', async () => {
    expectData(await hub.gql(SetServiceRequirementsDocument, { input: { serviceKind: 'OTHER', requirements: [{ code: 'ONLY_B', text: 'Requisito de B' }] } }, tk.leaderB));
    expectError(await hub.gql(ServiceRequirementsDocument, { serviceKind: 'OTHER', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    const fromA = expectData(await hub.gql(ServiceRequirementsDocument, { serviceKind: 'OTHER' }, tk.leaderA)).serviceRequirements;
    expect(fromA.map((r) => r.code)).toEqual(DEFAULT_REQUIREMENTS.map((r) => r.code));
    expect(expectData(await hub.gql(ServiceRequirementsDocument, { serviceKind: 'OTHER', secretariat: t.b.code }, tk.ministry)).serviceRequirements.map((r) => r.code)).toEqual(['ONLY_B']);
    expectError(await hub.gql(ServiceRequirementsDocument, {}, tk.schoolB1), 'FORBIDDEN');
    const input = { serviceKind: 'OTHER' as const, requirements: [{ code: 'X_Y', text: 'Intruso' }], secretariat: t.b.code };
    expectError(await hub.gql(SetServiceRequirementsDocument, { input }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['staffB', 'schoolB1', 'ministry']) expectError(await hub.gql(SetServiceRequirementsDocument, { input }, tk[who]), 'FORBIDDEN');
  });

  it('tenancy:verificationSheet and tenancy:recordVerification: another secretariat\'s activity does not exist; schools and staff cannot verify', async () => {
    const missing = await hub.gql(VerificationSheetDocument, { activityId: '00000000-0000-4000-8000-000000000000' }, tk.leaderA);
    expectError(missing, 'NOT_FOUND');
    expectError(await hub.gql(VerificationSheetDocument, { activityId: activityB }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(VerificationSheetDocument, { activityId: activityB }, tk.schoolB1), 'FORBIDDEN');
    expect(expectData(await hub.gql(VerificationSheetDocument, { activityId: activityB }, tk.inspectionB)).verificationSheet.reverificationDue).toBe(true);
    const input = { activityId: activityB, results: DEFAULT_REQUIREMENTS.map((r) => ({ requirementCode: r.code, met: true, evidence: 'Acta' })) };
    expectError(await hub.gql(RecordVerificationDocument, { input }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['staffB', 'schoolB1', 'ministry', 'admin']) expectError(await hub.gql(RecordVerificationDocument, { input }, tk[who]), 'FORBIDDEN');
  });

  it('tenancy:nonconformities and tenancy:nonconformity: NOT_FOUND or empty for another secretariat', async () => {
    expectError(await hub.gql(NonconformityDocument, { id: ncB }, tk.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(NonconformityDocument, { id: ncB }, tk.schoolB1), 'FORBIDDEN');
    expect(expectData(await hub.gql(NonconformityDocument, { id: ncB }, tk.inspectionB)).nonconformity.status).toBe('OPEN');
    expectError(await hub.gql(NonconformitiesDocument, { secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(NonconformitiesDocument, { secretariat: t.b.code }, tk.ministry)).nonconformities.totalCount).toBe(1);
    expectError(await hub.gql(NonconformitiesDocument, {}, tk.schoolB1), 'FORBIDDEN');
  });

  it('tenancy:addQualityAction and tenancy:completeQualityAction: only the secretariat\'s own people', async () => {
    const input = { kind: 'PREVENTIVE' as const, description: 'Intrusa', owner: 'Mallory', dueOn: '2026-12-01' };
    expectError(await hub.gql(AddQualityActionDocument, { nonconformityId: ncB, input }, tk.leaderA), 'NOT_FOUND');
    for (const who of ['staffB', 'schoolB1', 'ministry']) expectError(await hub.gql(AddQualityActionDocument, { nonconformityId: ncB, input }, tk[who]), 'FORBIDDEN');
    const done = { doneOn: '2026-02-01', notes: 'Intruso' };
    expectError(await hub.gql(CompleteQualityActionDocument, { id: actionB, input: done }, tk.staffA), 'NOT_FOUND');
    for (const who of ['schoolB1', 'ministry', 'inspectionB']) expectError(await hub.gql(CompleteQualityActionDocument, { id: actionB, input: done }, tk[who]), 'FORBIDDEN');
    const nc = expectData(await hub.gql(NonconformityDocument, { id: ncB }, tk.leaderB)).nonconformity;
    expect(nc.actions.map((a) => a.status)).toEqual(['OPEN']);
  });

  it('tenancy:overdueQualityActions lists only the caller\'s own secretariat', async () => {
    expectError(await hub.gql(OverdueQualityActionsDocument, { asOf: '2026-06-01', secretariat: t.b.code }, tk.leaderA), 'NOT_FOUND');
    expect(expectData(await hub.gql(OverdueQualityActionsDocument, { asOf: '2026-06-01' }, tk.staffB)).overdueQualityActions.edges.map((e) => e.node.id)).toEqual([actionB]);
    expectError(await hub.gql(OverdueQualityActionsDocument, {}, tk.schoolB1), 'FORBIDDEN');
  });
});
