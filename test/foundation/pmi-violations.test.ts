import { randomUUID } from 'node:crypto';
import { startTestHub, expectData, expectViolations, type TestHub } from '../support/hub';
import { createSchool } from '../support/factories';
import { followUpWorld, isoDay, type FollowUpWorld } from '../support/follow-up-factories';
import { newPlanInput, registerPlan, submit } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  RecordActionProgressDocument,
  RecordPlanCorrectiveActionDocument,
  RecordPlanSelfEvaluationDocument,
  RegisterImprovementPlanDocument,
  ReviewImprovementPlanDocument,
  UpdateImprovementPlanDocument,
} from '../generated/graphql';

/**
 * "All problems at once" for the PMI (README, Errors; issue 8 §8): registration, changes in place and as a new
 * version, review, and the plan's follow-up records each answer an input with several problems — the input's own
 * (class-validator) and the PMI's rules (ids of the plan's parts, action dates, parts with follow-ups, the submitted
 * version, the goals rated) — with one BAD_USER_INPUT listing every field at fault. Nothing is written.
 */
let hub: TestHub;
let w: FollowUpWorld;
const tk: Record<string, string> = {};
/** School D has no PMI (registration); E a draft (change in place); F a submitted one (review). */
let d: string;
let draft: { id: string; actionId: string; indicatorId: string };
let submitted: { id: string };

beforeAll(async () => {
  hub = await startTestHub();
  w = await followUpWorld(hub);
  d = (await createSchool(hub, w.secretariat)).daneCode;
  const e = (await createSchool(hub, w.secretariat)).daneCode;
  const f = (await createSchool(hub, w.secretariat)).daneCode;
  const plan = await registerPlan(hub, w.secretariat, e, w.period);
  const [row] = await hub.runtime.db.query(
    'SELECT a.id AS action_id, i.id AS indicator_id FROM improvement_plan_action a JOIN improvement_plan_indicator i ON i.goal_id = a.goal_id WHERE a.plan_id = $1',
    [plan.id],
  );
  draft = { id: plan.id, actionId: row.action_id, indicatorId: row.indicator_id };
  submitted = await registerPlan(hub, w.secretariat, f, w.period);
  await submit(hub, w.secretariat, f, submitted.id);
  tk.d = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: d });
  tk.e = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: e });
  tk.a = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.a });
  tk.staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: w.secretariat });
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  // School A's (reviewed) plan has a follow-up on its action: that action may not be removed by a new version.
  expectData(await hub.gql(RecordActionProgressDocument, { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 40 } } as never, tk.staff));
});
afterAll(() => hub.stop());

const q = async (sql: string, params: unknown[] = []) => (await hub.runtime.db.query(sql, params))[0];

/** An action of the plan's content input, between two days of the period. */
const action = (startDate: string, endDate: string, extra: Record<string, unknown> = {}) => ({
  description: 'Plan de nivelación',
  responsible: 'Coordinación académica',
  startDate,
  endDate,
  ...extra,
});
const goal = (extra: Record<string, unknown> = {}) => ({ area: 'ACADEMIC', description: 'Reducir el nivel insuficiente', indicators: [], actions: [], ...extra });

it('registerImprovementPlan: the input\'s own problems (urgency, objective) with every content rule (an id not of the plan, two actions ending before they start)', async () => {
  const base = newPlanInput(w.period);
  const res = await hub.gql(
    RegisterImprovementPlanDocument,
    {
      input: {
        period: w.period,
        criticalFactors: [{ ...base.criticalFactors![0], urgency: 9 }],
        objectives: [{ area: 'ACADEMIC', description: 'x' }],
        goals: [
          goal({ id: randomUUID(), actions: [action(`${w.period}-06-01`, `${w.period}-02-01`)] }),
          goal({ actions: [action(`${w.period}-02-01`, `${w.period}-03-01`), action(`${w.period}-09-01`, `${w.period}-08-01`)] }),
        ],
        communication: 'Asamblea de padres',
      },
    } as never,
    tk.d,
  );
  const v = expectViolations(res, [
    'input.criticalFactors.0.urgency',
    'input.objectives.0.description',
    'input.goals.0.id',
    'input.goals.0.actions.0.endDate',
    'input.goals.1.actions.1.endDate',
  ]);
  expect(v.find((x) => x.field === 'input.goals.0.id')!.message).toContain('is not a part of this plan');
  expect((await q('SELECT count(*)::int AS n FROM improvement_plan WHERE school_dane = $1', [d])).n).toBe(0);
});

it('registerImprovementPlan: the content rules alone still report together (an indicator id twice, two bad action dates)', async () => {
  const id = randomUUID();
  const indicator = { name: 'Estudiantes en nivel insuficiente', baseline: 34, target: 20, unit: '%', frequency: 'ANNUAL' };
  const res = await hub.gql(
    RegisterImprovementPlanDocument,
    {
      input: {
        period: w.period,
        goals: [
          goal({ indicators: [{ ...indicator, id }, { ...indicator, id }], actions: [action(`${w.period}-06-01`, `${w.period}-02-01`)] }),
          goal({ actions: [action(`${w.period}-09-01`, `${w.period}-08-01`)] }),
        ],
      },
    } as never,
    tk.d,
  );
  // The first id is not a part of a new plan; the second is that and a repetition: both on their own path.
  expectViolations(res, ['input.goals.0.indicators.0.id', 'input.goals.0.indicators.1.id', 'input.goals.0.actions.0.endDate', 'input.goals.1.actions.0.endDate']);
  expect((await q('SELECT count(*)::int AS n FROM improvement_plan WHERE school_dane = $1', [d])).n).toBe(0);
});

it('updateImprovementPlan (a draft, in place): an objective too short (input), an unknown indicator id, an action id twice and an action ending before it starts (rules)', async () => {
  const before = await q('SELECT content FROM improvement_plan_version WHERE plan_id = $1 AND version = 1', [draft.id]);
  const res = await hub.gql(
    UpdateImprovementPlanDocument,
    {
      id: draft.id,
      input: {
        objectives: [{ area: 'ACADEMIC', description: 'x' }],
        goals: [
          goal({
            indicators: [{ id: randomUUID(), name: 'Estudiantes en nivel insuficiente', baseline: 34, target: 20, unit: '%', frequency: 'ANNUAL' }],
            actions: [action(`${w.period}-02-01`, `${w.period}-03-01`, { id: draft.actionId }), action(`${w.period}-09-01`, `${w.period}-08-01`, { id: draft.actionId })],
          }),
        ],
      },
    } as never,
    tk.e,
  );
  const v = expectViolations(res, ['input.objectives.0.description', 'input.goals.0.indicators.0.id', 'input.goals.0.actions.1.id', 'input.goals.0.actions.1.endDate']);
  expect(v.find((x) => x.field === 'input.goals.0.actions.1.id')!.message).toContain('appears twice');
  const after = await q('SELECT content FROM improvement_plan_version WHERE plan_id = $1 AND version = 1', [draft.id]);
  expect(after.content).toEqual(before.content);
});

it('updateImprovementPlan (a reviewed plan, new version): a critical factor too short (input), an action with follow-ups left out and a new action ending before it starts (rules)', async () => {
  const res = await hub.gql(
    UpdateImprovementPlanDocument,
    {
      id: w.plans.a.id,
      input: {
        criticalFactors: [{ area: 'ACADEMIC', description: 'x', urgency: 3, trend: 3, impact: 3 }],
        goals: [goal({ id: w.plans.a.goalId, actions: [action(`${w.period}-09-01`, `${w.period}-08-01`)] })],
      },
    } as never,
    tk.a,
  );
  const v = expectViolations(res, ['input.criticalFactors.0.description', 'input.goals', 'input.goals.0.actions.0.endDate']);
  expect(v.find((x) => x.field === 'input.goals')!.message).toContain(`action ${w.plans.a.actionId} has follow-ups`);
  // No new version was started.
  expect(await q('SELECT version, status FROM improvement_plan WHERE id = $1', [w.plans.a.id])).toEqual({ version: 1, status: 'REVIEWED' });
});

it('reviewImprovementPlan: an observation too long (input) and a version that is not the submitted one (rule)', async () => {
  const res = await hub.gql(
    ReviewImprovementPlanDocument,
    { id: submitted.id, input: { pertinent: true, version: 7, observations: { general: 'a'.repeat(4001) } } } as never,
    tk.leader,
  );
  const v = expectViolations(res, ['input.observations.general', 'input.version']);
  expect(v.find((x) => x.field === 'input.version')!.message).toContain('The submitted version is 1, not 7');
  expect((await q('SELECT status FROM improvement_plan WHERE id = $1', [submitted.id])).status).toBe('SUBMITTED');
});

it('recordPlanCorrectiveAction: a description too short (input), an action not of the plan and a due date before the agreement (rules)', async () => {
  const before = (await q('SELECT count(*)::int AS n FROM plan_corrective_action')).n;
  const res = await hub.gql(
    RecordPlanCorrectiveActionDocument,
    {
      input: { planId: w.plans.b.id, actionId: w.plans.a.actionId, description: 'x', responsible: 'Rectoría', dueOn: isoDay(-10), agreedOn: isoDay(-5) },
    } as never,
    tk.staff,
  );
  expectViolations(res, ['input.description', 'input.actionId', 'input.dueOn']);
  expect((await q('SELECT count(*)::int AS n FROM plan_corrective_action')).n).toBe(before);
});

it('recordPlanSelfEvaluation: a malformed date (input), a goal not of the plan, FULL without evidence and a goal not rated (rules)', async () => {
  const before = (await q('SELECT count(*)::int AS n FROM plan_self_evaluation')).n;
  const res = await hub.gql(
    RecordPlanSelfEvaluationDocument,
    { input: { planId: w.plans.a.id, evaluatedOn: 'ayer', goalRatings: [{ goalId: randomUUID(), level: 'FULL' }] } } as never,
    tk.a,
  );
  expectViolations(res, ['input.evaluatedOn', 'input.goalRatings.0.goalId', 'input.goalRatings.0.evidence', 'input.goalRatings']);
  expect((await q('SELECT count(*)::int AS n FROM plan_self_evaluation')).n).toBe(before);
});
