import type { TestHub } from './hub';
import { createSchool, createSecretariat } from './factories';
import { classifyForTest, supportPlan } from './activities-factories';
import { createWindow, registerPlan, review, submit } from './improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import { createStrategy, programActivity, submitStrategy } from '../../src/modules/strategy/strategy.service';
import { approveStrategy } from '../../src/modules/strategy/alignment.service';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';

export const thisPeriod = () => String(new Date().getUTCFullYear());
export const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export interface FollowUpWorld {
  secretariat: string;
  period: string;
  /** Schools A and B in the integral activity, C in the punctual one. */
  schools: { a: string; b: string; c: string };
  plans: Record<'a' | 'b' | 'c', { id: string; actionId: string; indicatorId: string; goalId: string }>;
  strategyId: string;
  integralId: string;
  punctualId: string;
  pam: Record<string, string>;
}

/**
 * A secretariat with three schools, each with a reviewed PMI, a PAM of two actions and an APPROVED strategy of the
 * current period: an integral activity for A and B (PAM action 1), a punctual one for C (PAM action 2).
 */
export async function followUpWorld(hub: TestHub): Promise<FollowUpWorld> {
  const period = thisPeriod();
  const secretariat = (await createSecretariat(hub)).code;
  const a = (await createSchool(hub, secretariat)).daneCode;
  const b = (await createSchool(hub, secretariat)).daneCode;
  const c = (await createSchool(hub, secretariat)).daneCode;
  await createWindow(hub, secretariat, period);
  const plans = {} as FollowUpWorld['plans'];
  for (const [k, dane] of Object.entries({ a, b, c }) as ['a' | 'b' | 'c', string][]) {
    const plan = await registerPlan(hub, secretariat, dane, period);
    await submit(hub, secretariat, dane, plan.id);
    await review(hub, secretariat, plan.id, true);
    const [row] = await hub.runtime.db.query(
      `SELECT a.id AS action_id, i.id AS indicator_id, g.id AS goal_id FROM improvement_plan_goal g
         JOIN improvement_plan_action a ON a.goal_id = g.id JOIN improvement_plan_indicator i ON i.goal_id = g.id
        WHERE g.plan_id = $1 ORDER BY g.position LIMIT 1`,
      [plan.id],
    );
    plans[k] = { id: plan.id, actionId: row.action_id, indicatorId: row.indicator_id, goalId: row.goal_id };
  }
  const pam = await supportPlan(hub, secretariat, [1, 2], period);
  const codes = Object.keys(pam).sort();
  const professional = hub.system({ subject: 'test:professional', role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  const leader = hub.system({ subject: 'test:leader', role: Role.QUALITY_LEADER, secretariat });
  const strategy = await createStrategy(professional, period);
  await classifyForTest(hub, strategy.id, [a, b], 'INTEGRAL');
  await classifyForTest(hub, strategy.id, [c], 'PUNCTUAL');
  const common = { resources: 'Transporte', method: 'Visita in situ', responsible: 'tecnico.calidad', startsOn: `${period}-03-02`, endsOn: `${period}-06-26` };
  const integral = await programActivity(professional, strategy.id, {
    ...common,
    title: 'Acompañamiento integral',
    modality: AssistanceModality.INTEGRAL,
    schoolDanes: [a, b],
    tasks: [
      { description: 'Acta de la visita', dueOn: null, done: true },
      { description: 'Informe', dueOn: null, done: false },
    ],
    supportPlanActionId: pam[codes[0]],
  } as never);
  const punctual = await programActivity(professional, strategy.id, {
    ...common,
    title: 'Asesoría puntual',
    modality: AssistanceModality.PUNCTUAL,
    schoolDanes: [c],
    tasks: [],
    supportPlanActionId: pam[codes[1]],
  } as never);
  await submitStrategy(professional, strategy.id);
  await approveStrategy(leader, strategy.id);
  return { secretariat, period, schools: { a, b, c }, plans, strategyId: strategy.id, integralId: integral.id, punctualId: punctual.id, pam };
}

/** A HELD session input (everything a held session needs). */
export const heldSession = (activityId: string, schoolDane: string, extra: Record<string, unknown> = {}) => ({
  activityId,
  schoolDane,
  status: 'HELD' as const,
  scheduledOn: isoDay(-3),
  heldOn: isoDay(-1),
  staff: 'tecnico.calidad',
  attendees: [{ role: 'Rector', count: 1 }],
  topics: 'Avance del PMI',
  agreements: 'Cargar evidencias',
  ...extra,
});
