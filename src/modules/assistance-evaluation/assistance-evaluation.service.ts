import { hasViolation } from '../../common/validation';
import { assertNoViolations, takeDeferredViolations, type Violation } from '../../common/validation';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, conflict, invalidState, notFound } from '../../common/errors';
import { keysetPage } from '../../common/pagination';
import { EventType } from '../../events/catalogue';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { AssistanceStrategy } from '../strategy/assistance-strategy.entity';
import { AssistanceModality } from '../strategy/strategy.enums';
import { isUuid } from '../../common/input-guard';
import { CURRENT_SESSION_SQL } from '../execution/session.service';
import { EvaluationSettings, type EvaluationCriterion } from './evaluation-settings.entity';
import { AssistanceEvaluation, EvaluationConsolidation } from './assistance-evaluation.entity';
import { ConsolidationStatus, ObjectivesMet } from './assistance-evaluation.enums';
import type { ConsolidationFigures, ResponseFigures } from './consolidation.types';
import type {
  AssistanceEvaluationsArgs,
  EvaluationSettingsInput,
  SubmitAssistanceEvaluationInput,
} from './assistance-evaluation.inputs';

/**
 * D02.03 activity 7 — "Revisar evaluación de la asistencia técnica": the schools evaluate the assistance they
 * received before the secretariat's deadline (plazo máximo); after it the results are consolidated and reviewed by
 * the quality leader, and sent to E02.01 (events assistance_evaluation.submitted, assistance_evaluations.consolidated).
 */

// ---------------------------------------------------------------- rules and defaults

/** Domain brief §8: default criteria, each rated 1–5. */
export const DEFAULT_CRITERIA: EvaluationCriterion[] = [
  { code: 'PERTINENCE', name: 'Pertinencia (responde a las necesidades del EE)' },
  { code: 'TIMELINESS', name: 'Oportunidad' },
  { code: 'MASTERY', name: 'Dominio y claridad de quien asesora' },
  { code: 'MATERIALS', name: 'Utilidad de los materiales' },
  { code: 'OBJECTIVES', name: 'Cumplimiento de los objetivos' },
];

/** Domain brief §8: the default deadline is 15 days after the period ends — 15 January, end of day in Colombia (UTC−5). */
export const defaultDeadline = (period: string) => new Date(`${Number(period) + 1}-01-15T23:59:59.999-05:00`);

/** Why a submission or consolidation is refused (extensions.reason of INVALID_STATE). */
export enum EvaluationRefusal {
  /** The deadline (plazo máximo) has passed: no more evaluations for the period. */
  DEADLINE_PASSED = 'DEADLINE_PASSED',
  /** Consolidation waits until the deadline has passed. */
  DEADLINE_NOT_PASSED = 'DEADLINE_NOT_PASSED',
  /** The school did not receive this activity (yet), so it has nothing to evaluate. */
  NOT_RECEIVED = 'NOT_RECEIVED',
  /** The consolidation was reviewed: its figures are final. */
  ALREADY_REVIEWED = 'ALREADY_REVIEWED',
  /** Criteria cannot change once schools have rated them. */
  CRITERIA_IN_USE = 'CRITERIA_IN_USE',
}

/**
 * SQL condition "the school received the activity" over `a` (assistance_activity) and a school DANE expression: the
 * activity is not cancelled and the school has at least one HELD assistance session of it (activity 5), in its current
 * state (not replaced by a later change).
 */
export const receivedCondition = (dane: string) =>
  `a.status <> 'CANCELLED' AND EXISTS (SELECT 1 FROM assistance_session s WHERE s.strategy_id = a.strategy_id AND s.activity_id = a.id
     AND s.school_dane = ${dane} AND s.status = 'HELD' AND ${CURRENT_SESSION_SQL})`;

/** (activity, school) pairs of a strategy for which an evaluation is due. */
const DUE_PAIRS = `
  SELECT a.id AS activity_id, d.dane AS school_dane
    FROM assistance_activity a CROSS JOIN LATERAL unnest(a.school_danes) AS d(dane)
   WHERE a.strategy_id = $1 AND ${receivedCondition('d.dane')}`;

// ---------------------------------------------------------------- settings

/** The period's settings, or the defaults (id '') when the secretariat has not set them. */
export async function settingsFor(db: EntityManager, secretariat: string, period: string): Promise<EvaluationSettings> {
  const found = await db.findOneBy(EvaluationSettings, { secretariatCode: secretariat, period });
  if (found) return found;
  return Object.assign(new EvaluationSettings(), {
    id: '',
    secretariatCode: secretariat,
    period,
    deadline: defaultDeadline(period),
    criteria: DEFAULT_CRITERIA,
    updatedBy: 'default',
    updatedAt: new Date(0),
  });
}

/** A secretariat-bound caller reads its own; national roles name the secretariat. */
export function readSecretariat(ctx: Context, requested?: string | null): string {
  const scope = scopeOf(ctx, requested);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  return scope.secretariat;
}

export async function getSettings(ctx: Context, period: string, secretariat?: string | null) {
  return settingsFor(ctx.runtime.db.manager, readSecretariat(ctx, secretariat), period);
}

/** Rule: criteria codes are unique; criteria cannot change once a school has rated them (CRITERIA_IN_USE). */
export async function setSettings(ctx: Context, input: EvaluationSettingsInput) {
  const secretariat = scopeOf(ctx).writeTo(input.secretariat);
  const criteria = input.criteria?.map((c) => ({ code: c.code, name: c.name.trim() }));
  // Every problem at once: the input's own (deadline, names…) and duplicate codes.
  const found = takeDeferredViolations(input);
  if (criteria) {
    const seen = new Set<string>();
    criteria.forEach((c, i) => {
      if (seen.has(c.code) && !hasViolation(found, `input.criteria.${i}.code`)) found.push({ field: `input.criteria.${i}.code`, message: `Criterion ${c.code} is listed twice` });
      seen.add(c.code);
    });
  }
  assertNoViolations(found);
  return unitOfWork(ctx, async (uow) => {
    const current = await settingsFor(uow.tx, secretariat, input.period);
    const nextCriteria = criteria ?? current.criteria;
    if (JSON.stringify(nextCriteria) !== JSON.stringify(current.criteria)) {
      const used = await uow.tx.countBy(AssistanceEvaluation, { secretariatCode: secretariat, period: input.period });
      if (used > 0) {
        throw invalidState(`${used} evaluation(s) of ${input.period} already rate the current criteria; they cannot change`, {
          reason: EvaluationRefusal.CRITERIA_IN_USE,
        });
      }
    }
    const saved = await uow.tx.save(
      Object.assign(current.id ? current : uow.tx.create(EvaluationSettings, { secretariatCode: secretariat, period: input.period }), {
        deadline: new Date(input.deadline),
        criteria: nextCriteria,
        updatedBy: callerOf(ctx).subject,
      }),
    );
    await uow.record({
      operation: 'setEvaluationSettings',
      entity: 'EvaluationSettings',
      entityId: saved.id,
      secretariat,
      change: {
        period: input.period,
        deadline: { from: current.id ? current.deadline.toISOString() : null, to: saved.deadline.toISOString() },
        criteria: nextCriteria.map((c) => c.code),
      },
    });
    return saved;
  });
}

// ---------------------------------------------------------------- submission

/** Ratings must cover every criterion exactly once (score 1–5 is checked by the input's validation). */
function checkRatings(criteria: EvaluationCriterion[], ratings: SubmitAssistanceEvaluationInput['ratings'], given: Violation[] = []) {
  const known = new Set(criteria.map((c) => c.code));
  const seen = new Set<string>();
  const violations: { field: string; message: string }[] = [];
  ratings.forEach((r, i) => {
    if (!known.has(r.criterion)) violations.push({ field: `input.ratings.${i}.criterion`, message: `Unknown criterion ${r.criterion} (known: ${[...known].join(', ')})` });
    else if (seen.has(r.criterion)) violations.push({ field: `input.ratings.${i}.criterion`, message: `Criterion ${r.criterion} is rated twice` });
    seen.add(r.criterion);
  });
  for (const c of criteria) {
    if (!seen.has(c.code)) violations.push({ field: 'input.ratings', message: `Criterion ${c.code} (${c.name}) is not rated` });
  }
  // With the input's own violations (e.g. a score out of 1–5, an empty comment): every problem at once.
  assertNoViolations([...given, ...violations.filter((v) => !given.some((k) => k.field === v.field))]);
}

/**
 * A school evaluates an activity it received. Rules, in order: the activity serves the caller's school (else
 * NOT_FOUND); the deadline has not passed (INVALID_STATE, reason DEADLINE_PASSED, extensions.deadline); the school
 * received it (INVALID_STATE, NOT_RECEIVED); every criterion rated once, 1–5 (BAD_USER_INPUT with violations); one
 * evaluation per activity and school (CONFLICT on input.activityId). Emits assistance_evaluation.submitted (E02.01).
 */
export async function submitEvaluation(ctx: Context, input: SubmitAssistanceEvaluationInput) {
  const scope = scopeOf(ctx);
  const school = scope.school;
  if (!school) throw badInput('input', 'Only a school evaluates the assistance it received');
  // The activity is looked up first: its id must be valid before anything else is checked.
  const known = takeDeferredViolations(input, ['input.activityId']);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const activity = isUuid(input.activityId) ? await tx.findOneBy(AssistanceActivity, { id: input.activityId }) : null;
    if (!activity || !scope.canSee(activity.secretariatCode, school) || !activity.schoolDanes.includes(school)) {
      throw notFound('AssistanceActivity', input.activityId);
    }
    const strategy = (await tx.findOneBy(AssistanceStrategy, { id: activity.strategyId })) as AssistanceStrategy;
    const settings = await settingsFor(tx, activity.secretariatCode, strategy.period);
    const now = new Date();
    if (now > settings.deadline) {
      throw invalidState(`The deadline (plazo máximo) for evaluating the assistance of ${strategy.period} was ${settings.deadline.toISOString()}`, {
        reason: EvaluationRefusal.DEADLINE_PASSED,
        deadline: settings.deadline.toISOString(),
      });
    }
    const received = await tx.query(`SELECT 1 FROM assistance_activity a, unnest(a.school_danes) AS d(dane) WHERE a.id = $1 AND d.dane = $2 AND ${receivedCondition('d.dane')}`, [
      activity.id,
      school,
    ]);
    if (received.length === 0) {
      throw invalidState('The school has not received this activity yet: there is nothing to evaluate', { reason: EvaluationRefusal.NOT_RECEIVED });
    }
    checkRatings(settings.criteria, input.ratings, known);
    if (await tx.existsBy(AssistanceEvaluation, { activityId: activity.id, schoolDane: school })) {
      throw conflict('input.activityId', 'The school already evaluated this activity');
    }
    const ratings = Object.fromEntries(settings.criteria.map((c) => [c.code, input.ratings.find((r) => r.criterion === c.code)!.score]));
    const evaluation = await tx.save(
      tx.create(AssistanceEvaluation, {
        secretariatCode: activity.secretariatCode,
        strategyId: strategy.id,
        period: strategy.period,
        activityId: activity.id,
        schoolDane: school,
        ratings,
        objectivesMet: input.objectivesMet,
        comments: input.comments.trim(),
        submittedAt: now,
        submittedBy: callerOf(ctx).subject,
      }),
    );
    await uow.record({
      operation: 'submitAssistanceEvaluation',
      entity: 'AssistanceEvaluation',
      entityId: evaluation.id,
      secretariat: activity.secretariatCode,
      school,
      change: { activityId: activity.id, ratings, objectivesMet: input.objectivesMet },
      event: {
        type: EventType.ASSISTANCE_EVALUATION_SUBMITTED,
        payload: {
          evaluationId: evaluation.id,
          activityId: activity.id,
          strategyId: strategy.id,
          period: strategy.period,
          daneCode: school,
          modality: activity.modality,
          responsible: activity.responsible,
          ratings,
          objectivesMet: input.objectivesMet,
          comments: evaluation.comments,
        },
      },
    });
    return evaluation;
  });
}

// ---------------------------------------------------------------- reading

/** Evaluations of a period, by id; a SCHOOL user sees only its own school's. */
export async function listEvaluations(ctx: Context, args: AssistanceEvaluationsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = ctx.runtime.db.getRepository(AssistanceEvaluation).createQueryBuilder('e').where('e.period = :period', { period: args.period });
  scope.apply(qb, 'e.secretariat_code', 'e.school_dane');
  if (args.activityId) qb.andWhere('e.activity_id = :activity', { activity: args.activityId });
  if (args.school) qb.andWhere('e.school_dane = :school', { school: args.school });
  return keysetPage(qb, 'e.id', (e) => e.id, args);
}

/** Ratings in the order of the period's criteria (then any other code, by code): jsonb does not keep key order. */
export function orderedRatings(e: AssistanceEvaluation, criteria: EvaluationCriterion[]): { criterion: string; score: number }[] {
  const order = new Map(criteria.map((c, i) => [c.code, i]));
  return Object.entries(e.ratings)
    .map(([criterion, score]) => ({ criterion, score }))
    .sort((a, b) => (order.get(a.criterion) ?? 99) - (order.get(b.criterion) ?? 99) || a.criterion.localeCompare(b.criterion));
}

// ---------------------------------------------------------------- consolidation

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
const avg = (sum: number, count: number) => (count > 0 ? round(sum / count, 2) : null);
const rate = (received: number, due: number) => (due > 0 ? round(received / due, 4) : null);

interface ActivityRow {
  activity_id: string;
  title: string;
  modality: AssistanceModality;
  responsible: string;
  due: number;
  received: number;
  rating_sum: number;
  rating_count: number;
  yes: number;
  partly: number;
  no: number;
}

/**
 * The figures of a strategy's evaluations: three statements whatever the number of schools (per activity, per
 * criterion, comments); staff and modality figures are sums of the activity rows, so every average stays exact
 * (each rating counts once).
 */
export async function computeFigures(db: EntityManager, strategyId: string, criteria: EvaluationCriterion[]): Promise<ConsolidationFigures> {
  const rows: ActivityRow[] = await db.query(
    `WITH due AS (SELECT p.activity_id, count(*)::int AS n FROM (${DUE_PAIRS}) p GROUP BY p.activity_id),
          ev AS (SELECT e.activity_id, count(*)::int AS received, sum(x.s)::int AS s, sum(x.n)::int AS n,
                        count(*) FILTER (WHERE e.objectives_met = 'YES')::int AS yes,
                        count(*) FILTER (WHERE e.objectives_met = 'PARTLY')::int AS partly,
                        count(*) FILTER (WHERE e.objectives_met = 'NO')::int AS no
                   FROM assistance_evaluation e
                   CROSS JOIN LATERAL (SELECT sum(r.value::int) AS s, count(*) AS n FROM jsonb_each_text(e.ratings) r) x
                  WHERE e.strategy_id = $1 GROUP BY e.activity_id)
     SELECT a.id AS activity_id, a.title, a.modality, a.responsible, coalesce(due.n, 0) AS due, coalesce(ev.received, 0) AS received,
            coalesce(ev.s, 0) AS rating_sum, coalesce(ev.n, 0) AS rating_count,
            coalesce(ev.yes, 0) AS yes, coalesce(ev.partly, 0) AS partly, coalesce(ev.no, 0) AS no
       FROM assistance_activity a
       LEFT JOIN due ON due.activity_id = a.id
       LEFT JOIN ev ON ev.activity_id = a.id
      WHERE a.strategy_id = $1 AND (due.n > 0 OR ev.received > 0)
      ORDER BY a.starts_on, a.id`,
    [strategyId],
  );
  const perCriterion: { code: string; s: number; n: number }[] = await db.query(
    `SELECT r.key AS code, sum(r.value::int)::int AS s, count(*)::int AS n
       FROM assistance_evaluation e CROSS JOIN LATERAL jsonb_each_text(e.ratings) r
      WHERE e.strategy_id = $1 GROUP BY r.key`,
    [strategyId],
  );
  const comments: { activityId: string; schoolDane: string; objectivesMet: ObjectivesMet; comments: string }[] = await db.query(
    `SELECT e.activity_id AS "activityId", e.school_dane AS "schoolDane", e.objectives_met AS "objectivesMet", e.comments
       FROM assistance_evaluation e JOIN assistance_activity a ON a.id = e.activity_id
      WHERE e.strategy_id = $1 AND e.comments <> '' ORDER BY a.starts_on, a.id, e.school_dane`,
    [strategyId],
  );

  type Acc = { due: number; received: number; s: number; n: number; yes: number; partly: number; no: number; activities: number };
  const empty = (): Acc => ({ due: 0, received: 0, s: 0, n: 0, yes: 0, partly: 0, no: 0, activities: 0 });
  const add = (acc: Acc, r: ActivityRow) => {
    acc.due += r.due;
    acc.received += r.received;
    acc.s += r.rating_sum;
    acc.n += r.rating_count;
    acc.yes += r.yes;
    acc.partly += r.partly;
    acc.no += r.no;
    acc.activities += 1;
    return acc;
  };
  const figures = (acc: Acc): ResponseFigures => ({
    due: acc.due,
    received: acc.received,
    responseRate: rate(acc.received, acc.due),
    average: avg(acc.s, acc.n),
    objectivesMet: { YES: acc.yes, PARTLY: acc.partly, NO: acc.no },
  });
  const overall = empty();
  const staff = new Map<string, Acc>();
  const modality = new Map<AssistanceModality, Acc>();
  for (const r of rows) {
    add(overall, r);
    add(staff.get(r.responsible) ?? staff.set(r.responsible, empty()).get(r.responsible)!, r);
    add(modality.get(r.modality) ?? modality.set(r.modality, empty()).get(r.modality)!, r);
  }
  const crit = new Map(perCriterion.map((c) => [c.code, c]));
  return {
    overall: figures(overall),
    byCriterion: criteria.map((c) => ({ code: c.code, name: c.name, average: avg(crit.get(c.code)?.s ?? 0, crit.get(c.code)?.n ?? 0), ratings: crit.get(c.code)?.n ?? 0 })),
    byActivity: rows.map((r) => ({
      activityId: r.activity_id,
      title: r.title,
      modality: r.modality,
      responsible: r.responsible,
      ...figures(add(empty(), r)),
    })),
    byStaff: [...staff.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'es'))
      .map(([responsible, acc]) => ({ responsible, activities: acc.activities, ...figures(acc) })),
    byModality: Object.values(AssistanceModality)
      .filter((m) => modality.has(m))
      .map((m) => ({ modality: m, activities: modality.get(m)!.activities, ...figures(modality.get(m)!) })),
    comments: comments.map((c) => ({ ...c, schoolDane: c.schoolDane.trim() })),
  };
}

async function strategyOfPeriod(db: EntityManager, secretariat: string, period: string) {
  const strategy = await db.findOneBy(AssistanceStrategy, { secretariatCode: secretariat, period });
  if (!strategy) throw notFound('AssistanceStrategy', `${secretariat}/${period}`);
  return strategy;
}

/**
 * Computes (or recomputes) the period's consolidation as a DRAFT. Rules: only after the deadline
 * (DEADLINE_NOT_PASSED); not once reviewed (ALREADY_REVIEWED).
 */
export async function consolidate(ctx: Context, period: string, requested?: string | null) {
  const secretariat = scopeOf(ctx).writeTo(requested);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await strategyOfPeriod(tx, secretariat, period);
    const settings = await settingsFor(tx, secretariat, period);
    if (new Date() <= settings.deadline) {
      throw invalidState(`Evaluations of ${period} are received until ${settings.deadline.toISOString()}; consolidate after the deadline`, {
        reason: EvaluationRefusal.DEADLINE_NOT_PASSED,
        deadline: settings.deadline.toISOString(),
      });
    }
    const existing = await tx.findOne(EvaluationConsolidation, { where: { secretariatCode: secretariat, period }, lock: { mode: 'pessimistic_write' } });
    if (existing?.status === ConsolidationStatus.REVIEWED) {
      throw invalidState(`The consolidation of ${period} was reviewed on ${existing.reviewedAt?.toISOString()}; its figures are final`, {
        reason: EvaluationRefusal.ALREADY_REVIEWED,
      });
    }
    const figures = await computeFigures(tx, strategy.id, settings.criteria);
    const saved = await tx.save(
      Object.assign(existing ?? tx.create(EvaluationConsolidation, { secretariatCode: secretariat, period }), {
        strategyId: strategy.id,
        figures: { ...figures, criteria: settings.criteria, deadline: settings.deadline.toISOString() } as unknown as Record<string, unknown>,
        status: ConsolidationStatus.DRAFT,
        computedAt: new Date(),
        computedBy: callerOf(ctx).subject,
      }),
    );
    await uow.record({
      operation: 'consolidateAssistanceEvaluations',
      entity: 'EvaluationConsolidation',
      entityId: saved.id,
      secretariat,
      change: { period, due: figures.overall.due, received: figures.overall.received, responseRate: figures.overall.responseRate },
    });
    return saved;
  });
}

export async function getConsolidation(ctx: Context, period: string, requested?: string | null) {
  const secretariat = readSecretariat(ctx, requested);
  return ctx.runtime.db.manager.findOneBy(EvaluationConsolidation, { secretariatCode: secretariat, period });
}

/**
 * The quality leader reviews the DRAFT consolidation with conclusions; it becomes REVIEWED (final) and is sent to
 * E02.01 as assistance_evaluations.consolidated. Refused with NOT_FOUND when not computed, INVALID_STATE when reviewed.
 */
export async function reviewConsolidation(ctx: Context, period: string, notes: string, requested?: string | null) {
  const secretariat = scopeOf(ctx).writeTo(requested);
  return unitOfWork(ctx, async (uow) => {
    const c = await uow.tx.findOne(EvaluationConsolidation, { where: { secretariatCode: secretariat, period }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw notFound('EvaluationConsolidation', `${secretariat}/${period}`);
    if (c.status === ConsolidationStatus.REVIEWED) throw invalidState('The consolidation was already reviewed', { reason: EvaluationRefusal.ALREADY_REVIEWED });
    c.status = ConsolidationStatus.REVIEWED;
    c.reviewedAt = new Date();
    c.reviewedBy = callerOf(ctx).subject;
    c.reviewNotes = notes.trim();
    const saved = await uow.tx.save(c);
    const f = c.figures as unknown as ConsolidationFigures;
    await uow.record({
      operation: 'reviewEvaluationConsolidation',
      entity: 'EvaluationConsolidation',
      entityId: c.id,
      secretariat,
      change: { status: { from: ConsolidationStatus.DRAFT, to: ConsolidationStatus.REVIEWED }, notes: c.reviewNotes },
      event: {
        type: EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED,
        payload: {
          consolidationId: c.id,
          strategyId: c.strategyId,
          period,
          due: f.overall.due,
          received: f.overall.received,
          responseRate: f.overall.responseRate,
          average: f.overall.average,
          objectivesMet: f.overall.objectivesMet,
          byCriterion: f.byCriterion,
          byStaff: f.byStaff.map(({ responsible, average, responseRate }) => ({ responsible, average, responseRate })),
          byModality: f.byModality.map(({ modality, average, responseRate }) => ({ modality, average, responseRate })),
          reviewNotes: c.reviewNotes,
        },
      },
    });
    return saved;
  });
}
