import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { activityFor, heldSession, hoursFromNow, strategyFor } from '../support/evaluation-factories';
import { Role } from '../../src/common/auth/roles';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';
import { DEFAULT_REQUIREMENTS } from '../../src/modules/verification/verification.service';
import {
  AddQualityActionDocument,
  CompleteQualityActionDocument,
  NonconformitiesDocument,
  NonconformityDocument,
  OverdueQualityActionsDocument,
  RecordVerificationDocument,
  ServiceRequirementsDocument,
  SetEvaluationSettingsDocument,
  SetServiceRequirementsDocument,
  SubmitAssistanceEvaluationDocument,
  VerificationSheetDocument,
  type RequirementResultInput,
} from '../generated/graphql';

/** Activity 8: requirement by requirement, nonconformity and action, re-verification, closure; overdue actions. */
let hub: TestHub;
let se: string;
let s: string[];
let punctual: { id: string };
let training: { id: string };
const tk: Record<string, string> = {};

const allMet = (except: Record<string, Partial<RequirementResultInput>> = {}): RequirementResultInput[] =>
  DEFAULT_REQUIREMENTS.map((r) => ({ requirementCode: r.code, met: true, evidence: `Evidencia de ${r.code}`, ...(except[r.code] ?? {}) }));

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  s = [(await createSchool(hub, se)).daneCode, (await createSchool(hub, se)).daneCode];
  const strategy = await strategyFor(hub, se);
  const p = await activityFor(hub, se, strategy.id, s, { modality: AssistanceModality.PUNCTUAL, title: 'Asesoría puntual' });
  const t = await activityFor(hub, se, strategy.id, [s[0]], { modality: AssistanceModality.TRAINING, title: 'Taller' });
  for (const d of s) await heldSession(hub, p, d);
  [punctual, training] = [p, t];
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se });
  tk.staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: se });
  tk.s1 = await hub.token({ role: Role.SCHOOL, secretariat: se, school: s[0] });
  tk.s2 = await hub.token({ role: Role.SCHOOL, secretariat: se, school: s[1] });
  // Activity 7 feeds the verification: one good and one poor evaluation of the punctual activity.
  expectData(await hub.gql(SetEvaluationSettingsDocument, { input: { period: '2026', deadline: hoursFromNow(1) } }, tk.leader));
  const ratings = (n: number) => ['PERTINENCE', 'TIMELINESS', 'MASTERY', 'MATERIALS', 'OBJECTIVES'].map((criterion) => ({ criterion, score: criterion === 'MATERIALS' ? 1 : n }));
  expectData(await hub.gql(SubmitAssistanceEvaluationDocument, { input: { activityId: punctual.id, ratings: ratings(4), objectivesMet: 'YES' } }, tk.s1));
  expectData(await hub.gql(SubmitAssistanceEvaluationDocument, { input: { activityId: punctual.id, ratings: ratings(3), objectivesMet: 'PARTLY', comments: 'No recibimos las guías' } }, tk.s2));
});
afterAll(() => hub.stop());

describe('compliance verification (activity 8)', () => {
  it('shows the default ficha técnica and the low ratings of the evaluations next to the requirements', async () => {
    const reqs = expectData(await hub.gql(ServiceRequirementsDocument, { serviceKind: 'PUNCTUAL' }, tk.staff)).serviceRequirements;
    expect(reqs.map((r) => r.code)).toEqual(DEFAULT_REQUIREMENTS.map((r) => r.code));
    const sheet = expectData(await hub.gql(VerificationSheetDocument, { activityId: punctual.id }, tk.leader)).verificationSheet;
    expect(sheet.evaluation).toMatchObject({ due: 2, received: 2 });
    // (4·4 + 1) + (3·4 + 1) = 30 over 10 ratings.
    expect(sheet.evaluation.average).toBe(3);
    expect(sheet.evaluation.byCriterion.find((c) => c.code === 'MATERIALS')).toEqual({ code: 'MATERIALS', average: 1, ratings: 2, low: true });
    expect(sheet.evaluation.byCriterion.find((c) => c.code === 'PERTINENCE')).toEqual({ code: 'PERTINENCE', average: 3.5, ratings: 2, low: false });
    expect(sheet.evaluation.lowRatings.map((l) => [l.schoolDane, l.criterion, l.score])).toEqual([
      [s[0], 'MATERIALS', 1],
      [s[1], 'MATERIALS', 1],
    ]);
    const hints = Object.fromEntries(sheet.requirements.map((r) => [r.requirement.code, r.hint]));
    expect(hints.EVALUATION_RECEIVED).toBe('2 de 2 evaluaciones recibidas');
    expect(hints.RATING_AVERAGE).toBe('Promedio 3 (bajo: < 3,5)');
    expect(sheet.reverificationDue).toBe(false);
  });

  it('refuses an incomplete verification, and an unmet requirement without an action, listing every problem', async () => {
    const results = allMet({ MATERIALS: { met: false } }).filter((r) => r.requirementCode !== 'AGREEMENTS');
    const err = expectError(await hub.gql(RecordVerificationDocument, { input: { activityId: punctual.id, results } }, tk.leader), 'BAD_USER_INPUT');
    const fields = (err.extensions?.violations as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual([`input.results.3.action`, 'input.results']);
    expect(err.extensions?.field).toBe('input.results.3.action');
  });

  let ncId: string;
  let firstVerification: string;
  it('an unmet requirement raises a nonconformity with its corrective action; a new verification is then due', async () => {
    const v = expectData(
      await hub.gql(
        RecordVerificationDocument,
        {
          input: {
            activityId: punctual.id,
            notes: 'Primera verificación',
            results: allMet({
              MATERIALS: { met: false, finding: 'Las guías no se entregaron a los EE', action: { kind: 'CORRECTIVE', description: 'Entregar las guías impresas', owner: 'Ana Gómez', dueOn: '2026-01-31' } },
            }),
          },
        },
        tk.leader,
      ),
    ).recordVerification;
    firstVerification = v.id;
    expect(v.passed).toBe(false);
    expect(v.results).toHaveLength(7);
    expect(v.raisedNonconformities).toHaveLength(1);
    const nc = v.raisedNonconformities[0];
    expect(nc).toMatchObject({ requirementCode: 'MATERIALS', status: 'OPEN' });
    expect(nc.actions).toEqual([expect.objectContaining({ kind: 'CORRECTIVE', owner: 'Ana Gómez', dueOn: '2026-01-31', status: 'OPEN' })]);
    ncId = nc.id;
    const sheet = expectData(await hub.gql(VerificationSheetDocument, { activityId: punctual.id }, tk.leader)).verificationSheet;
    expect(sheet.reverificationDue).toBe(true);
    expect(sheet.requirements.find((r) => r.requirement.code === 'MATERIALS')!.openNonconformity?.id).toBe(ncId);
    const events: { type: string; payload: Record<string, unknown> }[] = await hub.runtime.db.query(
      `SELECT type, payload FROM event WHERE secretariat_code = $1 AND type IN ('verification.recorded', 'nonconformity.raised') ORDER BY id`,
      [se],
    );
    expect(events.map((e) => e.type)).toEqual(['verification.recorded', 'nonconformity.raised']);
    expect(events[0].payload).toMatchObject({ verificationId: v.id, passed: false, unmet: ['MATERIALS'], raisedNonconformityIds: [ncId] });
    expect(events[1].payload).toMatchObject({ nonconformityId: ncId, requirementCode: 'MATERIALS', action: { kind: 'CORRECTIVE', dueOn: '2026-01-31' } });
  });

  it('the nonconformity cannot close without a passing re-verification: doing the action or failing again keeps it open', async () => {
    const nc = expectData(await hub.gql(NonconformityDocument, { id: ncId }, tk.staff)).nonconformity;
    expectError(await hub.gql(CompleteQualityActionDocument, { id: nc.actions[0].id, input: { doneOn: '2999-01-01', notes: 'Entregadas' } }, tk.staff), 'BAD_USER_INPUT', 'input.doneOn');
    expectData(await hub.gql(CompleteQualityActionDocument, { id: nc.actions[0].id, input: { doneOn: '2026-02-10', notes: 'Guías entregadas con acta' } }, tk.staff));
    expectError(await hub.gql(CompleteQualityActionDocument, { id: nc.actions[0].id, input: { doneOn: '2026-02-10', notes: 'Otra vez' } }, tk.staff), 'INVALID_STATE');
    expect(expectData(await hub.gql(NonconformityDocument, { id: ncId }, tk.staff)).nonconformity.status).toBe('OPEN');
    // Failing again: no action needed (one is open already), no second nonconformity.
    const again = expectData(await hub.gql(RecordVerificationDocument, { input: { activityId: punctual.id, results: allMet({ MATERIALS: { met: false } }) } }, tk.leader)).recordVerification;
    expect(again.passed).toBe(false);
    expect(again.raisedNonconformities).toEqual([]);
    const open = expectData(await hub.gql(NonconformitiesDocument, { activityId: punctual.id }, tk.leader)).nonconformities;
    expect(open.edges.map((e) => [e.node.id, e.node.status])).toEqual([[ncId, 'OPEN']]);
  });

  it('a re-verification that finds the requirement met closes it', async () => {
    const pass = expectData(await hub.gql(RecordVerificationDocument, { input: { activityId: punctual.id, results: allMet() } }, tk.leader)).recordVerification;
    expect(pass.passed).toBe(true);
    const nc = expectData(await hub.gql(NonconformityDocument, { id: ncId }, tk.staff)).nonconformity;
    expect(nc).toMatchObject({ status: 'CLOSED', closedByVerificationId: pass.id, verificationId: firstVerification });
    expectError(
      await hub.gql(AddQualityActionDocument, { nonconformityId: ncId, input: { kind: 'PREVENTIVE', description: 'Tarde', owner: 'Ana', dueOn: '2026-12-01' } }, tk.leader),
      'INVALID_STATE',
    );
    const sheet = expectData(await hub.gql(VerificationSheetDocument, { activityId: punctual.id }, tk.leader)).verificationSheet;
    expect(sheet.reverificationDue).toBe(false);
    expect(sheet.verifications.map((v) => v.passed)).toEqual([true, false, false]);
  });

  it('lists open actions past their due date, by due date, not those done or of closed nonconformities', async () => {
    // The training activity: its own ficha with two requirements, both unmet.
    expectData(
      await hub.gql(
        SetServiceRequirementsDocument,
        { input: { serviceKind: 'TRAINING', requirements: [{ code: 'ATTENDANCE', text: 'Lista de asistencia firmada' }, { code: 'CERTIFICATES', text: 'Certificados entregados' }] } },
        tk.leader,
      ),
    );
    const action = (dueOn: string) => ({ kind: 'CORRECTIVE' as const, description: 'Corregir', owner: 'Beto', dueOn });
    const v = expectData(
      await hub.gql(
        RecordVerificationDocument,
        {
          input: {
            activityId: training.id,
            results: [
              { requirementCode: 'CERTIFICATES', met: false, evidence: 'Sin certificados', action: action('2026-03-01') },
              { requirementCode: 'ATTENDANCE', met: false, evidence: 'Lista sin firmas', action: action('2026-02-01') },
            ],
          },
        },
        tk.leader,
      ),
    ).recordVerification;
    expect(v.results.map((r) => r.requirementCode)).toEqual(['ATTENDANCE', 'CERTIFICATES']);
    const certificates = v.raisedNonconformities.find((n) => n.requirementCode === 'CERTIFICATES')!;
    const later = expectData(
      await hub.gql(AddQualityActionDocument, { nonconformityId: certificates.id, input: { kind: 'PREVENTIVE', description: 'Plantilla de certificados', owner: 'Eva', dueOn: '2026-06-30' } }, tk.leader),
    ).addQualityAction;
    const overdue = expectData(await hub.gql(OverdueQualityActionsDocument, { asOf: '2026-04-01' }, tk.staff)).overdueQualityActions;
    expect(overdue.edges.map((e) => [e.node.dueOn, e.node.owner])).toEqual([
      ['2026-02-01', 'Beto'],
      ['2026-03-01', 'Beto'],
    ]);
    expect(overdue.edges.every((e) => e.node.overdue)).toBe(true);
    const july = expectData(await hub.gql(OverdueQualityActionsDocument, { asOf: '2026-07-01', first: 2 }, tk.staff)).overdueQualityActions;
    expect(july.totalCount).toBe(3);
    const rest = expectData(await hub.gql(OverdueQualityActionsDocument, { asOf: '2026-07-01', after: july.pageInfo.endCursor }, tk.staff)).overdueQualityActions;
    expect(rest.edges.map((e) => e.node.id)).toEqual([later.id]);
    // The first punctual action (due 2026-01-31) was done: not listed.
    expect(july.edges.some((e) => e.node.dueOn === '2026-01-31')).toBe(false);
    // A requirement with an open nonconformity cannot be removed from the ficha.
    expectError(
      await hub.gql(SetServiceRequirementsDocument, { input: { serviceKind: 'TRAINING', requirements: [{ code: 'ATTENDANCE', text: 'Lista de asistencia firmada' }] } }, tk.leader),
      'INVALID_STATE',
    );
  });
});
