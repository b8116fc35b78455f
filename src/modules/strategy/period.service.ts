import type { EntityManager } from 'typeorm';
import { percentText } from '../../records/record';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, invalidState } from '../../common/errors';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { ActivityStatus, AssistanceModality, StrategyStatus } from './strategy.enums';
import { getStrategy } from './strategy.queries';
import { lockStrategyRow, moveStrategy } from './strategy-lifecycle';

/**
 * Activity 6's decision (seed, activity 6): "if the period set for evaluating results is over, or the activities
 * have finished, go on to the next activity; if activities are pending and the period has not ended, go back to
 * activity 5". The evaluation period is the strategy's period (to 31 December) unless the secretariat set its own
 * end (evaluationPeriodEndsOn). An activity is done when it is marked DONE, or when each school it serves has a
 * current session HELD or CANCELLED and none still PROGRAMMED or RESCHEDULED (domain brief §8).
 */

export enum PendingReason {
  NO_SESSION = 'NO_SESSION',
  PROGRAMMED = 'PROGRAMMED',
  RESCHEDULED = 'RESCHEDULED',
}

export interface PendingSchool {
  schoolDane: string;
  reason: PendingReason;
  /** Date it is programmed or rescheduled for, when known. */
  on: string | null;
}
export interface PendingActivity {
  activity: AssistanceActivity;
  schools: PendingSchool[];
}
export interface PeriodStatusView {
  strategy: AssistanceStrategy;
  periodEndsOn: string;
  periodEnded: boolean;
  activities: number;
  activitiesDone: number;
  allActivitiesDone: boolean;
  readyForEvaluation: boolean;
  pending: PendingActivity[];
}

export interface CurrentSession {
  activity_id: string;
  school_dane: string;
  status: string;
  scheduled_on: string;
  rescheduled_to: string | null;
}

export const periodEndsOn = (s: AssistanceStrategy) => s.evaluationPeriodEndsOn ?? `${s.period}-12-31`;
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

/** The rule itself, on loaded rows (pure). */
export function evaluatePeriod(strategy: AssistanceStrategy, activities: AssistanceActivity[], sessions: CurrentSession[], today: string): PeriodStatusView {
  const ends = periodEndsOn(strategy);
  const active = activities.filter((a) => a.status !== ActivityStatus.CANCELLED);
  const byPair = new Map<string, CurrentSession[]>();
  for (const s of sessions) {
    const key = `${s.activity_id}|${s.school_dane.trim()}`;
    byPair.set(key, [...(byPair.get(key) ?? []), s]);
  }
  const pending: PendingActivity[] = [];
  for (const a of active) {
    if (a.status === ActivityStatus.DONE) continue;
    const schools: PendingSchool[] = [];
    for (const dane of a.schoolDanes.map((d) => d.trim())) {
      const list = byPair.get(`${a.id}|${dane}`) ?? [];
      const open = list.find((s) => s.status === 'PROGRAMMED' || s.status === 'RESCHEDULED');
      const closed = list.some((s) => s.status === 'HELD' || s.status === 'CANCELLED');
      if (open) {
        schools.push({
          schoolDane: dane,
          reason: open.status === 'RESCHEDULED' ? PendingReason.RESCHEDULED : PendingReason.PROGRAMMED,
          on: open.status === 'RESCHEDULED' ? open.rescheduled_to : open.scheduled_on,
        });
      } else if (!closed) schools.push({ schoolDane: dane, reason: PendingReason.NO_SESSION, on: null });
    }
    if (schools.length) pending.push({ activity: a, schools });
  }
  const periodEnded = today > ends;
  const allActivitiesDone = pending.length === 0;
  return {
    strategy,
    periodEndsOn: ends,
    periodEnded,
    activities: active.length,
    activitiesDone: active.length - pending.length,
    allActivitiesDone,
    readyForEvaluation: periodEnded || allActivitiesDone,
    pending,
  };
}

export async function currentSessions(db: EntityManager, strategyId: string): Promise<CurrentSession[]> {
  return db.query(
    `SELECT s.activity_id, s.school_dane, s.status, to_char(s.scheduled_on, 'YYYY-MM-DD') AS scheduled_on,
            to_char(s.rescheduled_to, 'YYYY-MM-DD') AS rescheduled_to
       FROM assistance_session s
      WHERE s.strategy_id = $1 AND NOT EXISTS (SELECT 1 FROM assistance_session r WHERE r.replaces_id = s.id)`,
    [strategyId],
  );
}

export async function computePeriodStatus(db: EntityManager, strategy: AssistanceStrategy, today = isoToday()): Promise<PeriodStatusView> {
  const activities = await db.find(AssistanceActivity, { where: { strategyId: strategy.id }, order: { startsOn: 'ASC', id: 'ASC' } });
  return evaluatePeriod(strategy, activities, await currentSessions(db, strategy.id), today);
}

/** periodStatus(strategyId): whether the strategy may move to EVALUATION, or what is pending (loop back to activity 5). */
export async function periodStatus(ctx: Context, strategyId: string): Promise<PeriodStatusView> {
  const strategy = await getStrategy(ctx, strategyId);
  return computePeriodStatus(ctx.runtime.db.manager, strategy);
}

/**
 * The quality leader moves a strategy in EXECUTION to EVALUATION (activity 6 → 7). Refused (INVALID_STATE, with
 * `extensions.pending`) while the period has not ended and activities are pending: the loop goes back to activity 5.
 */
export async function moveToEvaluation(ctx: Context, strategyId: string): Promise<AssistanceStrategy> {
  return unitOfWork(ctx, async (uow) => {
    const strategy = scopeOf(ctx).visible(await lockStrategyRow(uow.tx, strategyId), 'AssistanceStrategy', strategyId, (s) => ({ secretariat: s.secretariatCode }));
    if (strategy.status !== StrategyStatus.EXECUTION) {
      throw invalidState(`Only a strategy in EXECUTION moves to EVALUATION; this strategy is ${strategy.status}`);
    }
    const status = await computePeriodStatus(uow.tx, strategy);
    if (!status.readyForEvaluation) {
      const n = status.pending.length;
      throw invalidState(
        `The strategy stays in EXECUTION: its evaluation period ends on ${status.periodEndsOn} and ${n} activit${n === 1 ? 'y is' : 'ies are'} pending`,
        { pending: status.pending.map((p) => ({ activityId: p.activity.id, schoolDanes: p.schools.map((s) => s.schoolDane) })) },
      );
    }
    return moveStrategy(uow, strategy, StrategyStatus.EVALUATION, 'moveStrategyToEvaluation', {
      trigger: 'LEADER',
      periodEnded: status.periodEnded,
      allActivitiesDone: status.allActivitiesDone,
    });
  });
}

/** The secretariat sets its own end of the evaluation period (default: 31 December of the period). */
export async function setEvaluationPeriodEnd(ctx: Context, strategyId: string, endsOn: string | null): Promise<AssistanceStrategy> {
  return unitOfWork(ctx, async (uow) => {
    const strategy = scopeOf(ctx).visible(await lockStrategyRow(uow.tx, strategyId), 'AssistanceStrategy', strategyId, (s) => ({ secretariat: s.secretariatCode }));
    if (strategy.status === StrategyStatus.EVALUATION) throw invalidState('The strategy is already in EVALUATION');
    if (endsOn && !/^\d{4}-\d{2}-\d{2}$/.test(endsOn)) throw badInput('endsOn', 'endsOn must be a date YYYY-MM-DD');
    if (endsOn && (endsOn < `${strategy.period}-01-01` || endsOn > `${Number(strategy.period) + 1}-12-31`)) {
      throw badInput('endsOn', `The evaluation period of ${strategy.period} ends between ${strategy.period}-01-01 and ${Number(strategy.period) + 1}-12-31`);
    }
    const before = strategy.evaluationPeriodEndsOn;
    strategy.evaluationPeriodEndsOn = endsOn;
    const saved = await uow.tx.save(strategy);
    await uow.record({
      operation: 'setEvaluationPeriodEnd',
      entity: 'AssistanceStrategy',
      entityId: strategy.id,
      secretariat: strategy.secretariatCode,
      change: { evaluationPeriodEndsOn: { from: before, to: endsOn }, by: callerOf(ctx).subject },
    });
    return saved;
  });
}

// ---------------------------------------------------------------- activity 6: follow-up of the support actions

/** Default thresholds of the strengths / improvement opportunities (fortalezas / oportunidades de mejora). */
export const FOLLOW_UP_THRESHOLDS = { strongRate: 0.8, weakRate: 0.5, strongPmiPercent: 60, weakPmiPercent: 30 } as const;

export interface FollowUpFigures {
  activities: number;
  schools: number;
  sessionsExpected: number;
  sessionsHeld: number;
  sessionsCancelled: number;
  heldRate: number | null;
  schoolsAccompanied: number;
  tasksDone: number;
  tasksTotal: number;
  pmiAveragePercent: number | null;
  strengths: string[];
  improvementOpportunities: string[];
}

/** A share (0–1) in the one percent form of the records (`percentText`, one decimal): `0,0 %`, `83,3 %`. */
const pct = (x: number) => percentText(x * 100, 1);

/** Figures of a group of activities (a route or a PAM action), from the current sessions and the PMI progress. */
export function figuresOf(activities: AssistanceActivity[], sessions: CurrentSession[], pmiPercentBySchool: Map<string, number>): FollowUpFigures {
  const ids = new Set(activities.map((a) => a.id));
  const mine = sessions.filter((s) => ids.has(s.activity_id));
  const pairs = activities.flatMap((a) => a.schoolDanes.map((d) => `${a.id}|${d.trim()}`));
  const held = new Set(mine.filter((s) => s.status === 'HELD').map((s) => `${s.activity_id}|${s.school_dane.trim()}`));
  const cancelled = new Set(
    mine.filter((s) => s.status === 'CANCELLED').map((s) => `${s.activity_id}|${s.school_dane.trim()}`).filter((k) => !held.has(k)),
  );
  const schools = new Set(activities.flatMap((a) => a.schoolDanes.map((d) => d.trim())));
  const accompanied = new Set([...held].map((k) => k.split('|')[1]));
  const tasks = activities.flatMap((a) => a.tasks ?? []);
  const tasksDone = tasks.filter((t) => t.done).length;
  const pmi = [...accompanied].map((d) => pmiPercentBySchool.get(d)).filter((v): v is number => v !== undefined);
  const pmiAveragePercent = pmi.length ? Math.round((pmi.reduce((a, b) => a + b, 0) / pmi.length) * 10) / 10 : null;
  const heldRate = pairs.length ? held.size / pairs.length : null;
  const strengths: string[] = [];
  const opportunities: string[] = [];
  const t = FOLLOW_UP_THRESHOLDS;
  if (heldRate !== null && heldRate >= t.strongRate) strengths.push(`Sesiones realizadas: ${pct(heldRate)} de las programadas`);
  if (heldRate !== null && heldRate < t.weakRate) opportunities.push(`Baja ejecución de la programación: ${pct(heldRate)} de las sesiones realizadas`);
  if (cancelled.size) opportunities.push(`${cancelled.size} sesión(es) cancelada(s) sin realizar`);
  const unserved = [...schools].filter((d) => !accompanied.has(d));
  if (unserved.length) opportunities.push(`${unserved.length} establecimiento(s) aún sin sesión realizada`);
  if (tasks.length && tasksDone / tasks.length >= t.strongRate) strengths.push(`Tareas de las actividades cumplidas: ${tasksDone} de ${tasks.length}`);
  if (tasks.length && tasksDone / tasks.length < t.weakRate) opportunities.push(`Tareas de las actividades pendientes: ${tasks.length - tasksDone} de ${tasks.length}`);
  if (pmiAveragePercent !== null && pmiAveragePercent >= t.strongPmiPercent) strengths.push(`Avance promedio de los PMI acompañados: ${percentText(pmiAveragePercent, 1)}`);
  if (pmiAveragePercent !== null && pmiAveragePercent < t.weakPmiPercent) opportunities.push(`Avance bajo de los PMI acompañados: ${percentText(pmiAveragePercent, 1)}`);
  return {
    activities: activities.length,
    schools: schools.size,
    sessionsExpected: pairs.length,
    sessionsHeld: held.size,
    sessionsCancelled: cancelled.size,
    heldRate: heldRate === null ? null : Math.round(heldRate * 1000) / 1000,
    schoolsAccompanied: accompanied.size,
    tasksDone,
    tasksTotal: tasks.length,
    pmiAveragePercent,
    strengths,
    improvementOpportunities: opportunities,
  };
}

/** Average current percent of the PMI actions of each school's plan for the period (no progress counts 0). */
export async function pmiPercentBySchool(db: EntityManager, secretariat: string, period: string): Promise<Map<string, number>> {
  const rows: { school_dane: string; avg: string }[] = await db.query(
    `SELECT p.school_dane, avg(coalesce(cur.percent, 0)) AS avg
       FROM improvement_plan p
       JOIN improvement_plan_action a ON a.plan_id = p.id
       LEFT JOIN LATERAL (SELECT x.percent, x.status FROM plan_action_progress x WHERE x.action_id = a.id
                           ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1) cur ON true
      WHERE p.secretariat_code = $1 AND p.period = $2 AND (cur.status IS NULL OR cur.status <> 'CANCELLED')
      GROUP BY p.school_dane`,
    [secretariat, period],
  );
  return new Map(rows.map((r) => [r.school_dane.trim(), Math.round(Number(r.avg) * 10) / 10]));
}

export interface RouteFollowUpView {
  modality: AssistanceModality;
  figures: FollowUpFigures;
}
export interface SupportActionFollowUpView {
  supportPlanActionId: string;
  figures: FollowUpFigures;
}
export interface SupportFollowUpView {
  strategy: AssistanceStrategy;
  routes: RouteFollowUpView[];
  actions: SupportActionFollowUpView[];
}

/**
 * Activity 6: progress of the PAM actions tied to the accompaniment and of each route of accompaniment (modality),
 * computed from the sessions, the activities' tasks and the PMI progress of the schools accompanied.
 * Routes in the order INTEGRAL, PUNCTUAL, TRAINING, OTHER (those with activities); PAM actions by id.
 */
export async function supportFollowUp(ctx: Context, strategyId: string): Promise<SupportFollowUpView> {
  const strategy = await getStrategy(ctx, strategyId);
  const db = ctx.runtime.db.manager;
  const activities = (await db.find(AssistanceActivity, { where: { strategyId: strategy.id }, order: { startsOn: 'ASC', id: 'ASC' } })).filter(
    (a) => a.status !== ActivityStatus.CANCELLED,
  );
  const sessions = await currentSessions(db, strategy.id);
  const pmi = await pmiPercentBySchool(db, strategy.secretariatCode, strategy.period);
  const routes = Object.values(AssistanceModality)
    .map((modality) => ({ modality, list: activities.filter((a) => a.modality === modality) }))
    .filter((r) => r.list.length)
    .map((r) => ({ modality: r.modality, figures: figuresOf(r.list, sessions, pmi) }));
  const actionIds = [...new Set(activities.map((a) => a.supportPlanActionId).filter((x): x is string => !!x))].sort();
  const actions = actionIds.map((id) => ({ supportPlanActionId: id, figures: figuresOf(activities.filter((a) => a.supportPlanActionId === id), sessions, pmi) }));
  return { strategy, routes, actions };
}
