import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { Role } from '../../common/auth/roles';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { SchoolClassification } from './school-classification.entity';
import { StrategyRevision } from './alignment-improvement-action.entity';
import { ActivityStatus, StrategyStatus } from './strategy.enums';
import type { AssistanceActivityInput, UpdateAssistanceActivityInput } from './strategy.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { EventType } from '../../events/catalogue';
import { conflict, invalidState, notFound } from '../../common/errors';
import { scopeOf } from '../../common/scope';
import { assertNoViolations, hasViolation, takeDeferredViolations, type Violation } from '../../common/validation';
import { classify } from './classification';
import { acceptsExecution, isApprovedOrLater } from './strategy-lifecycle';

/**
 * Writes of the assistance strategy (activities 3–4): create, program and change activities, submit, revise; each one
 * unit of work. Reads: strategy.queries.ts; approval and alignment with the PAM: alignment.service.ts.
 */

export async function lockStrategy(ctx: Context, tx: EntityManager, id: string) {
  const strategy = await tx.findOne(AssistanceStrategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!strategy || !scopeOf(ctx).canSee(strategy.secretariatCode) || callerOf(ctx).role === Role.ADMIN) {
    throw notFound('AssistanceStrategy', id);
  }
  return strategy;
}

/** Programming changes need a strategy that is not approved; a change to a submitted one returns it to draft. */
export async function openForChanges(tx: EntityManager, strategy: AssistanceStrategy) {
  if (isApprovedOrLater(strategy.status)) {
    throw invalidState(`The strategy is ${strategy.status}: open a revision (reviseAssistanceStrategy) with a reason before changing it`);
  }
  if (strategy.status === StrategyStatus.SUBMITTED) {
    strategy.status = StrategyStatus.DRAFT;
    await tx.save(strategy);
  }
}

export async function createStrategy(ctx: Context, period: string) {
  const secretariat = scopeOf(ctx).writeTo();
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const existing = await tx.findOneBy(AssistanceStrategy, { secretariatCode: secretariat, period });
    if (existing) {
      throw conflict('period', `The secretariat already has a strategy for ${period}: ${existing.id}; open it with assistanceStrategy(id: "${existing.id}")`, {
        entity: 'AssistanceStrategy',
        id: existing.id,
        key: { secretariat, period },
      });
    }
    const strategy = await tx.save(tx.create(AssistanceStrategy, { secretariatCode: secretariat, period, status: StrategyStatus.DRAFT, revision: 1 }));
    await classify(tx, strategy);
    await uow.record({
      operation: 'createAssistanceStrategy',
      entity: 'AssistanceStrategy',
      entityId: strategy.id,
      secretariat,
      change: { period },
    });
    return strategy;
  });
}

/** The one message for a school outside the strategy's classification (activities and overrides alike). */
export const notClassifiedMessage = (dane: string) =>
  `School ${dane} is not classified in this strategy: record its need (addSupportNeed) and re-run classifySchools first`;

/**
 * Checks the schools belong to the secretariat and are classified in the strategy, the window lies in the period, and the PAM action is of the same
 * period; throws every problem at once, with `known` (the input's own violations, src/common/validation.ts).
 */
async function checkActivity(
  tx: EntityManager,
  strategy: AssistanceStrategy,
  a: { schoolDanes?: string[]; startsOn?: string; endsOn?: string; supportPlanActionId?: string | null },
  prefix: string,
  known: Violation[] = [],
) {
  const found: Violation[] = [...known];
  const ok = (field: string) => !hasViolation(known, `${prefix}.${field}`);
  if (a.schoolDanes && ok('schoolDanes')) {
    const unique = [...new Set(a.schoolDanes)];
    // The strategy serves the schools it classifies (docs/activities.md, "Who a strategy serves").
    const rows: { dane_code: string; classified: boolean }[] = await tx.query(
      `SELECT s.dane_code, EXISTS (SELECT 1 FROM school_classification c WHERE c.strategy_id = $3 AND c.school_dane = s.dane_code) AS classified
         FROM school s WHERE s.secretariat_code = $1 AND s.dane_code = ANY($2)`,
      [strategy.secretariatCode, unique, strategy.id],
    );
    const present = new Map(rows.map((r) => [r.dane_code.trim(), r.classified]));
    for (const d of unique) {
      const field = `${prefix}.schoolDanes.${a.schoolDanes.indexOf(d)}`;
      if (!present.has(d)) found.push({ field, message: `No school ${d} in this secretariat` });
      else if (!present.get(d)) found.push({ field, message: notClassifiedMessage(d) });
    }
  }
  if (a.startsOn && ok('startsOn') && !a.startsOn.startsWith(strategy.period)) {
    found.push({ field: `${prefix}.startsOn`, message: `The activity must start within the period ${strategy.period}` });
  }
  if (a.endsOn && ok('endsOn') && !a.endsOn.startsWith(strategy.period)) {
    found.push({ field: `${prefix}.endsOn`, message: `The activity must end within the period ${strategy.period}` });
  }
  if (a.startsOn && a.endsOn && ok('startsOn') && ok('endsOn') && a.endsOn < a.startsOn) {
    found.push({ field: `${prefix}.endsOn`, message: 'endsOn is before startsOn' });
  }
  if (a.supportPlanActionId && ok('supportPlanActionId')) {
    const rows = await tx.query('SELECT 1 FROM support_plan_action WHERE id = $1 AND secretariat_code = $2 AND period = $3', [
      a.supportPlanActionId,
      strategy.secretariatCode,
      strategy.period,
    ]);
    if (rows.length === 0) {
      found.push({ field: `${prefix}.supportPlanActionId`, message: `No PAM action ${a.supportPlanActionId} of this secretariat for ${strategy.period}` });
    }
  }
  assertNoViolations(found);
}

/**
 * The input's own problems of an activity; malformed DANE codes (each named by its index) are reported at once with
 * the others, before the strategy is looked up or its state checked (a NOT_FOUND or INVALID_STATE would hide them).
 */
const activityInputViolations = (input: object) => takeDeferredViolations(input, ['input.schoolDanes']);

export async function programActivity(ctx: Context, strategyId: string, input: AssistanceActivityInput) {
  const known = activityInputViolations(input);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, strategyId);
    await openForChanges(tx, strategy);
    await checkActivity(tx, strategy, input, 'input', known);
    const activity = await tx.save(
      tx.create(AssistanceActivity, {
        strategyId: strategy.id,
        secretariatCode: strategy.secretariatCode,
        title: input.title,
        modality: input.modality,
        method: input.method,
        schoolDanes: [...new Set(input.schoolDanes)],
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        responsible: input.responsible,
        resources: input.resources,
        tasks: (input.tasks ?? []).map((t) => ({ description: t.description, dueOn: t.dueOn ?? null, done: t.done ?? false })),
        supportPlanActionId: input.supportPlanActionId ?? null,
        status: ActivityStatus.PROGRAMMED,
      }),
    );
    await uow.record({
      operation: 'programAssistanceActivity',
      entity: 'AssistanceActivity',
      entityId: activity.id,
      secretariat: strategy.secretariatCode,
      change: diff(null, { ...input }),
    });
    return activity;
  });
}

const EXECUTION_FIELDS = new Set(['status', 'tasks']);

export async function updateActivity(ctx: Context, id: string, input: UpdateAssistanceActivityInput) {
  const known = activityInputViolations(input);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const found = await tx.findOneBy(AssistanceActivity, { id });
    if (!found || !scopeOf(ctx).canSee(found.secretariatCode)) throw notFound('AssistanceActivity', id);
    const strategy = await lockStrategy(ctx, tx, found.strategyId);
    const activity = (await tx.findOneBy(AssistanceActivity, { id })) as AssistanceActivity;
    const changed = Object.entries(input).filter(([, v]) => v !== undefined && v !== null).map(([k]) => k);
    // Execution (status, tasks) goes on after approval; programming changes need a revision.
    if (changed.some((k) => !EXECUTION_FIELDS.has(k))) await openForChanges(tx, strategy);
    const merged = {
      schoolDanes: input.schoolDanes,
      startsOn: input.startsOn ?? activity.startsOn,
      endsOn: input.endsOn ?? activity.endsOn,
      supportPlanActionId: input.supportPlanActionId,
    };
    await checkActivity(tx, strategy, merged, 'input', known);
    const before = { ...activity };
    for (const key of changed) {
      const value = (input as Record<string, unknown>)[key];
      if (key === 'tasks') activity.tasks = (value as AssistanceActivityInput['tasks']).map((t) => ({ description: t.description, dueOn: t.dueOn ?? null, done: t.done }));
      else if (key === 'schoolDanes') activity.schoolDanes = [...new Set(value as string[])];
      else (activity as unknown as Record<string, unknown>)[key] = value;
    }
    const saved = await tx.save(activity);
    await uow.record({
      operation: 'updateAssistanceActivity',
      entity: 'AssistanceActivity',
      entityId: id,
      secretariat: strategy.secretariatCode,
      change: diff(before, Object.fromEntries(changed.map((k) => [k, (saved as unknown as Record<string, unknown>)[k]]))),
    });
    return saved;
  });
}

export async function submitStrategy(ctx: Context, id: string) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, id);
    if (strategy.status !== StrategyStatus.DRAFT) throw invalidState(`Only a draft can be submitted; this strategy is ${strategy.status}`);
    const active = await tx.countBy(AssistanceActivity, { strategyId: id, status: In([ActivityStatus.PROGRAMMED, ActivityStatus.DONE]) });
    if (active === 0) throw invalidState('Program at least one activity before submitting the strategy');
    strategy.status = StrategyStatus.SUBMITTED;
    strategy.submittedAt = new Date();
    const saved = await tx.save(strategy);
    await uow.record({
      operation: 'submitAssistanceStrategy',
      entity: 'AssistanceStrategy',
      entityId: id,
      secretariat: strategy.secretariatCode,
      change: { status: { from: 'DRAFT', to: 'SUBMITTED' } },
      event: {
        type: EventType.STRATEGY_SUBMITTED,
        payload: { strategyId: id, period: strategy.period, revision: strategy.revision },
      },
    });
    return saved;
  });
}

export async function reviseStrategy(ctx: Context, id: string, reason: string) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, id);
    if (!acceptsExecution(strategy.status)) throw invalidState('Only an approved strategy (or one in execution) is revised; change a draft directly');
    const snapshot = {
      strategy: { ...strategy },
      classifications: await tx.find(SchoolClassification, { where: { strategyId: id }, order: { schoolDane: 'ASC' } }),
      activities: await tx.find(AssistanceActivity, { where: { strategyId: id }, order: { startsOn: 'ASC', id: 'ASC' } }),
    };
    await tx.save(tx.create(StrategyRevision, { strategyId: id, revision: strategy.revision, reason, snapshot, revisedBy: callerOf(ctx).subject }));
    strategy.status = StrategyStatus.DRAFT;
    strategy.revision += 1;
    strategy.revisionReason = reason;
    strategy.approvedAt = null;
    strategy.approvedBy = null;
    const saved = await tx.save(strategy);
    await uow.record({
      operation: 'reviseAssistanceStrategy',
      entity: 'AssistanceStrategy',
      entityId: id,
      secretariat: strategy.secretariatCode,
      change: { revision: { from: strategy.revision - 1, to: strategy.revision }, reason },
    });
    return saved;
  });
}
