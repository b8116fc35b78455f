import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { followUpWorld, heldSession, isoDay, type FollowUpWorld } from '../support/follow-up-factories';
import { Role } from '../../src/common/auth/roles';
import {
  AddCoachingNoteDocument,
  AssistanceSessionsDocument,
  AssistanceStrategyDocument,
  PlanFollowUpDocument,
  RecordActionProgressDocument,
  RecordAssistanceSessionDocument,
  RecordIndicatorMeasurementDocument,
  RecordPlanCorrectiveActionDocument,
  RecordPlanSelfEvaluationDocument,
  ReplyToCoachingNoteDocument,
} from '../generated/graphql';
import { updatePlan } from '../../src/modules/improvement-plans/improvement-plan.service';
import { schoolContext } from '../support/improvement-plans-factories';

let hub: TestHub;
let w: FollowUpWorld;
let staff: string;
let leader: string;
let otherStaff: string;
let schoolA: string;
let schoolB: string;

beforeAll(async () => {
  hub = await startTestHub();
  w = await followUpWorld(hub);
  const other = (await createSecretariat(hub)).code;
  staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: w.secretariat, sub: 'tecnico.calidad' });
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  otherStaff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: other });
  schoolA = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.a });
  schoolB = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.b });
}, 120_000);
afterAll(() => hub.stop());

const count = async (sql: string, params: unknown[]) => (await hub.runtime.db.query(sql, params))[0].n as number;

describe('assistance sessions (activity 5)', () => {
  it('tenancy:recordAssistanceSession the first session moves the APPROVED strategy to EXECUTION once; other tenants and schools cannot record', async () => {
    expectError(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.a) }, otherStaff), 'NOT_FOUND');
    expectError(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.a) }, schoolA), 'FORBIDDEN');
    const s = expectData(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.a) }, staff)).recordAssistanceSession;
    expect(s).toMatchObject({ status: 'HELD', schoolDane: w.schools.a, heldOn: isoDay(-1), createdBy: 'tecnico.calidad' });
    const strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: w.strategyId }, leader)).assistanceStrategy;
    expect(strategy.status).toBe('EXECUTION');
    expect(await count(`SELECT count(*)::int AS n FROM event WHERE type = 'strategy.execution_started' AND entity_id = $1`, [w.strategyId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM event WHERE type = 'follow_up.recorded' AND entity_id = $1`, [s.id])).toBe(1);
  });

  it('reports every missing part of a held session at once, and a school the activity does not serve', async () => {
    const res = await hub.gql(
      RecordAssistanceSessionDocument,
      { input: { activityId: w.integralId, schoolDane: w.schools.c, status: 'HELD', scheduledOn: isoDay(-2), staff: 'x.y' } },
      staff,
    );
    const err = expectError(res, 'BAD_USER_INPUT', 'input.schoolDane');
    expect((err.extensions?.violations as { field: string }[]).map((v) => v.field)).toEqual([
      'input.schoolDane',
      'input.heldOn',
      'input.attendees',
      'input.topics',
    ]);
  });

  it('keeps the history: programmed → rescheduled → held are three rows; the current list shows the last with its history', async () => {
    const base = { activityId: w.integralId, schoolDane: w.schools.b, scheduledOn: isoDay(-10), staff: 'tecnico.calidad' };
    const p = expectData(await hub.gql(RecordAssistanceSessionDocument, { input: { ...base, status: 'PROGRAMMED' } }, staff)).recordAssistanceSession;
    const r = expectData(
      await hub.gql(
        RecordAssistanceSessionDocument,
        { input: { ...base, status: 'RESCHEDULED', replacesId: p.id, rescheduledTo: isoDay(-2), cancelReason: 'Paro' } },
        staff,
      ),
    ).recordAssistanceSession;
    // A replaced state cannot be replaced again (the chain has one head).
    expectError(await hub.gql(RecordAssistanceSessionDocument, { input: { ...base, status: 'CANCELLED', replacesId: p.id, cancelReason: 'x y z' } }, staff), 'CONFLICT');
    const h = expectData(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.b, { replacesId: r.id }) }, staff))
      .recordAssistanceSession;
    expectError(await hub.gql(RecordAssistanceSessionDocument, { input: { ...base, status: 'CANCELLED', replacesId: h.id, cancelReason: 'x y z' } }, staff), 'INVALID_STATE');
    const current = expectData(await hub.gql(AssistanceSessionsDocument, { strategyId: w.strategyId, school: w.schools.b }, staff)).assistanceSessions;
    expect(current.edges.map((e) => e.node.id)).toEqual([h.id]);
    expect(current.edges[0].node.history.map((x) => x.status)).toEqual(['RESCHEDULED', 'PROGRAMMED']);
    const all = expectData(await hub.gql(AssistanceSessionsDocument, { strategyId: w.strategyId, school: w.schools.b, current: false }, staff)).assistanceSessions;
    expect(all.totalCount).toBe(3);
  });

  it('tenancy:assistanceSessions a school sees only its own sessions; another secretariat sees none', async () => {
    const mine = expectData(await hub.gql(AssistanceSessionsDocument, { strategyId: w.strategyId, current: false }, schoolA)).assistanceSessions;
    expect(mine.totalCount).toBeGreaterThan(0);
    expect(new Set(mine.edges.map((e) => e.node.schoolDane))).toEqual(new Set([w.schools.a]));
    expectError(await hub.gql(AssistanceSessionsDocument, { strategyId: w.strategyId, school: w.schools.b }, schoolA), 'NOT_FOUND');
    expectError(await hub.gql(AssistanceSessionsDocument, { strategyId: w.strategyId }, otherStaff), 'NOT_FOUND');
  });
});

describe('PMI follow-ups (activity 5)', () => {
  it('tenancy:recordActionProgress DONE without evidence is refused; the school writes its own, never another school’s; history is kept', async () => {
    const done = { actionId: w.plans.a.actionId, status: 'DONE' as const, percent: 90 };
    const err = expectError(await hub.gql(RecordActionProgressDocument, { input: done }, schoolA), 'BAD_USER_INPUT', 'input.evidence');
    expect((err.extensions?.violations as { field: string }[]).map((v) => v.field)).toEqual(['input.evidence', 'input.percent']);
    expectError(await hub.gql(RecordActionProgressDocument, { input: { ...done, evidence: 'acta.pdf', percent: 100 } }, schoolB), 'NOT_FOUND');
    expectError(await hub.gql(RecordActionProgressDocument, { input: { ...done, evidence: 'acta.pdf', percent: 100 } }, otherStaff), 'NOT_FOUND');
    const first = expectData(await hub.gql(RecordActionProgressDocument, { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 40 } }, staff))
      .recordActionProgress;
    expect(first.recorderRole).toBe('QUALITY_STAFF');
    const second = expectData(await hub.gql(RecordActionProgressDocument, { input: { ...done, percent: 100, evidence: 'https://x/acta.pdf' } }, schoolA))
      .recordActionProgress;
    expect(second).toMatchObject({ status: 'DONE', recorderRole: 'SCHOOL', planVersion: 1 });
    const view = expectData(await hub.gql(PlanFollowUpDocument, { planId: w.plans.a.id }, schoolA)).planFollowUp;
    const action = view.actions.find((x) => x.action.id === w.plans.a.actionId)!;
    expect(action.current).toMatchObject({ status: 'DONE', percent: 100, evidence: 'https://x/acta.pdf' });
    expect(action.history.map((x) => x.percent)).toEqual([40, 100]);
    expect(view.actionsDone).toBe(1);
  });

  it('tenancy:recordIndicatorMeasurement records a measurement; a future date is refused; another school cannot', async () => {
    const input = { indicatorId: w.plans.a.indicatorId, value: 30.5, measuredOn: isoDay(-5), source: 'SIMAT' };
    expectError(await hub.gql(RecordIndicatorMeasurementDocument, { input: { ...input, measuredOn: isoDay(2) } }, schoolA), 'BAD_USER_INPUT', 'input.measuredOn');
    expectError(await hub.gql(RecordIndicatorMeasurementDocument, { input }, schoolB), 'NOT_FOUND');
    const m = expectData(await hub.gql(RecordIndicatorMeasurementDocument, { input }, schoolA)).recordIndicatorMeasurement;
    expect(m.value).toBe(30.5);
  });

  it('tenancy:recordPlanCorrectiveAction staff record it for their secretariat; schools may not; another tenant sees nothing', async () => {
    const input = { planId: w.plans.a.id, actionId: w.plans.a.actionId, description: 'Reprogramar la acción', responsible: 'Coordinación', agreedOn: isoDay(-1), dueOn: isoDay(30) };
    expectError(await hub.gql(RecordPlanCorrectiveActionDocument, { input }, schoolA), 'FORBIDDEN');
    expectError(await hub.gql(RecordPlanCorrectiveActionDocument, { input }, otherStaff), 'NOT_FOUND');
    expectError(await hub.gql(RecordPlanCorrectiveActionDocument, { input: { ...input, actionId: w.plans.b.actionId } }, staff), 'BAD_USER_INPUT', 'input.actionId');
    expect(expectData(await hub.gql(RecordPlanCorrectiveActionDocument, { input }, staff)).recordPlanCorrectiveAction.planId).toBe(w.plans.a.id);
  });

  it('tenancy:addCoachingNote tenancy:replyToCoachingNote staff comment a plan part; the school answers on its own plan only', async () => {
    const input = { planId: w.plans.a.id, partKind: 'INDICATOR' as const, partId: w.plans.a.indicatorId, body: 'Definan la fuente' };
    expectError(await hub.gql(AddCoachingNoteDocument, { input }, schoolA), 'FORBIDDEN');
    expectError(await hub.gql(AddCoachingNoteDocument, { input }, otherStaff), 'NOT_FOUND');
    const note = expectData(await hub.gql(AddCoachingNoteDocument, { input }, staff)).addCoachingNote;
    expect(note.partText).toBe('Estudiantes en nivel insuficiente');
    expectError(await hub.gql(ReplyToCoachingNoteDocument, { input: { noteId: note.id, body: 'Usaremos el SIMAT' } }, schoolB), 'NOT_FOUND');
    expectError(await hub.gql(ReplyToCoachingNoteDocument, { input: { noteId: note.id, body: 'Usaremos el SIMAT' } }, otherStaff), 'NOT_FOUND');
    expectData(await hub.gql(ReplyToCoachingNoteDocument, { input: { noteId: note.id, body: 'Usaremos el SIMAT' } }, schoolA));
    const view = expectData(await hub.gql(PlanFollowUpDocument, { planId: w.plans.a.id }, schoolA)).planFollowUp;
    expect(view.coachingNotes.find((n) => n.id === note.id)!.replies).toEqual([{ body: 'Usaremos el SIMAT', authorRole: 'SCHOOL' }]);
  });

  it('tenancy:recordPlanSelfEvaluation only the school evaluates its own PMI, every goal rated, FULL with evidence', async () => {
    const input = { planId: w.plans.a.id, evaluatedOn: isoDay(0), goalRatings: [{ goalId: w.plans.a.goalId, level: 'FULL' as const }] };
    expectError(await hub.gql(RecordPlanSelfEvaluationDocument, { input }, staff), 'FORBIDDEN');
    expectError(await hub.gql(RecordPlanSelfEvaluationDocument, { input }, schoolB), 'NOT_FOUND');
    expectError(await hub.gql(RecordPlanSelfEvaluationDocument, { input }, schoolA), 'BAD_USER_INPUT', 'input.goalRatings.0.evidence');
    expectError(await hub.gql(RecordPlanSelfEvaluationDocument, { input: { ...input, goalRatings: [] } }, schoolA), 'BAD_USER_INPUT', 'input.goalRatings');
    const ok = { ...input, goalRatings: [{ goalId: w.plans.a.goalId, level: 'FULL' as const, evidence: 'Actas' }] };
    expect(expectData(await hub.gql(RecordPlanSelfEvaluationDocument, { input: ok }, schoolA)).recordPlanSelfEvaluation.planVersion).toBe(1);
  });

  it('tenancy:planFollowUp a school reads only its own plan’s follow-up; other tenants get NOT_FOUND', async () => {
    expectError(await hub.gql(PlanFollowUpDocument, { planId: w.plans.a.id }, schoolB), 'NOT_FOUND');
    expectError(await hub.gql(PlanFollowUpDocument, { planId: w.plans.a.id }, otherStaff), 'NOT_FOUND');
    const view = expectData(await hub.gql(PlanFollowUpDocument, { planId: w.plans.a.id }, leader)).planFollowUp;
    expect(view.indicators[0].latest?.value).toBe(30.5);
    expect(view.selfEvaluations).toHaveLength(1);
  });

  it('a new PMI version cannot drop an action or indicator that has follow-ups (their history survives)', async () => {
    const ctx = schoolContext(hub, w.secretariat, w.schools.a);
    const goal = { area: 'ACADEMIC', description: 'Otra meta', indicators: [{ name: 'Nuevo', baseline: 1, target: 2, unit: '%', frequency: 'ANNUAL' }], actions: [] };
    await expect(updatePlan(ctx, w.plans.a.id, { goals: [goal] } as never)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.goals' } });
    expect(await count('SELECT count(*)::int AS n FROM improvement_plan_action WHERE id = $1', [w.plans.a.actionId])).toBe(1);
  });
});
