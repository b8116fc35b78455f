import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hasViolation, type Violation } from '../../common/validation';
import { isUuid } from '../../common/input-guard';
import type { ImprovementPlan } from './improvement-plan.entity';
import { PlanActionStatus } from './improvement-plan.enums';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './plan-content.entity';
import type { ImprovementPlanContentInput } from './improvement-plan.inputs';
import { followUpViolations } from '../follow-ups/plan-part-guard';

/**
 * The content of a PMI (factores críticos, objetivos, metas, indicadores, acciones): loading it, applying an input
 * over it (diffing by id), its frozen snapshot per version and what Guía 34 expects before a review. The lifecycle
 * that calls it (register, update, submit, review) is in improvement-plan.service.ts.
 */

export interface PlanContent {
  criticalFactors: PlanCriticalFactor[];
  objectives: PlanObjective[];
  goals: PlanGoal[];
  indicators: PlanIndicator[];
  actions: PlanAction[];
}

export const emptyContent = (): PlanContent => ({ criticalFactors: [], objectives: [], goals: [], indicators: [], actions: [] });

export async function loadContent(tx: EntityManager, planId: string): Promise<PlanContent> {
  const order = { position: 'ASC' } as const;
  // One after the other: a transaction has a single connection, and pg refuses overlapping queries on one client.
  const criticalFactors = await tx.find(PlanCriticalFactor, { where: { planId }, order });
  const objectives = await tx.find(PlanObjective, { where: { planId }, order });
  const goals = await tx.find(PlanGoal, { where: { planId }, order });
  const indicators = await tx.find(PlanIndicator, { where: { planId }, order });
  const actions = await tx.find(PlanAction, { where: { planId }, order });
  return { criticalFactors, objectives, goals, indicators, actions };
}

/**
 * Ids the client sends back must be parts of this plan, each used once; otherwise the field at fault is named. An id
 * already at fault in the input's own checks (not a uuid) is left to that violation.
 */
function idViolations(items: { id?: string | null }[], known: Set<string>, seen: Set<string>, path: string, found: Violation[]): Violation[] {
  const v: Violation[] = [];
  items.forEach((item, i) => {
    const field = `${path}.${i}.id`;
    if (!item.id || hasViolation(found, field)) return;
    if (!known.has(item.id)) v.push({ field, message: `${item.id} is not a part of this plan` });
    else if (seen.has(item.id)) v.push({ field, message: `${item.id} appears twice` });
    seen.add(item.id);
  });
  return v;
}

/**
 * The content rules of an input over the current content (empty for a new plan), every one of them at once: ids of
 * the plan's parts (known, each once, across goals for indicators and actions) and each action's dates in order.
 * `found` are the input's own violations: a field already at fault is not checked again.
 */
export function contentViolations(input: ImprovementPlanContentInput, current: PlanContent, found: Violation[]): Violation[] {
  const v: Violation[] = [];
  if (input.criticalFactors) {
    v.push(...idViolations(input.criticalFactors, new Set(current.criticalFactors.map((r) => r.id)), new Set(), 'input.criticalFactors', found));
  }
  if (input.objectives) {
    v.push(...idViolations(input.objectives, new Set(current.objectives.map((r) => r.id)), new Set(), 'input.objectives', found));
  }
  if (input.goals) {
    v.push(...idViolations(input.goals, new Set(current.goals.map((r) => r.id)), new Set(), 'input.goals', found));
    const knownIndicators = new Set(current.indicators.map((r) => r.id));
    const knownActions = new Set(current.actions.map((r) => r.id));
    const seenIndicators = new Set<string>();
    const seenActions = new Set<string>();
    input.goals.forEach((g, gi) => {
      v.push(...idViolations(g.indicators ?? [], knownIndicators, seenIndicators, `input.goals.${gi}.indicators`, found));
      v.push(...idViolations(g.actions ?? [], knownActions, seenActions, `input.goals.${gi}.actions`, found));
      (g.actions ?? []).forEach((a, ai) => {
        const at = `input.goals.${gi}.actions.${ai}`;
        if (hasViolation(found, `${at}.startDate`) || hasViolation(found, `${at}.endDate`)) return;
        if (a.endDate < a.startDate) v.push({ field: `${at}.endDate`, message: 'endDate must not be before startDate' });
      });
    });
  }
  return v;
}

/**
 * Rule "follow-up history survives a new PMI version" for an input (plan-part-guard.ts): the actions and indicators
 * with follow-ups that the input's goals leave out. Only when the goals are given (otherwise nothing is removed).
 */
export function removedPartsViolations(tx: EntityManager, planId: string, input: ImprovementPlanContentInput): Promise<Violation[]> {
  if (!input.goals) return Promise.resolve([]);
  // Ids that are not uuids are at fault already (the input's own check) and keep nothing.
  const kept = (items: { id?: string | null }[]) => items.map((r) => r.id).filter((id): id is string => !!id && isUuid(id));
  return followUpViolations(
    tx,
    planId,
    kept(input.goals.flatMap((g) => g.actions ?? [])),
    kept(input.goals.flatMap((g) => g.indicators ?? [])),
  );
}

/**
 * Applies the given lists over the current rows: listed ids are kept and updated, new items get new ids, omitted
 * items are deleted. Only the lists present in the input are touched. The caller has refused the input's violations
 * first ({@link contentViolations}, {@link removedPartsViolations}), all at once.
 */
export async function writeContent(
  tx: EntityManager,
  plan: ImprovementPlan,
  input: ImprovementPlanContentInput,
  current: PlanContent,
): Promise<PlanContent> {
  const next: PlanContent = { ...current };
  const planId = plan.id;

  if (input.criticalFactors) {
    next.criticalFactors = input.criticalFactors.map((f, position) =>
      tx.create(PlanCriticalFactor, {
        id: f.id ?? randomUUID(),
        planId,
        position,
        area: f.area,
        description: f.description.trim(),
        urgency: f.urgency,
        trend: f.trend,
        impact: f.impact,
        priority: f.urgency + f.trend + f.impact,
      }),
    );
    await replaceRows(tx, PlanCriticalFactor, planId, next.criticalFactors);
  }

  if (input.objectives) {
    next.objectives = input.objectives.map((o, position) =>
      tx.create(PlanObjective, { id: o.id ?? randomUUID(), planId, position, area: o.area, description: o.description.trim() }),
    );
    await replaceRows(tx, PlanObjective, planId, next.objectives);
  }

  if (input.goals) {
    next.goals = [];
    next.indicators = [];
    next.actions = [];
    input.goals.forEach((g, gi) => {
      const goalId = g.id ?? randomUUID();
      next.goals.push(tx.create(PlanGoal, { id: goalId, planId, position: gi, area: g.area, description: g.description.trim() }));
      const indicators = g.indicators ?? [];
      const actions = g.actions ?? [];
      indicators.forEach((ind, position) =>
        next.indicators.push(
          tx.create(PlanIndicator, {
            id: ind.id ?? randomUUID(),
            planId,
            goalId,
            position,
            name: ind.name.trim(),
            baseline: ind.baseline,
            target: ind.target,
            unit: ind.unit.trim(),
            frequency: ind.frequency,
          }),
        ),
      );
      actions.forEach((a, position) => {
        next.actions.push(
          tx.create(PlanAction, {
            id: a.id ?? randomUUID(),
            planId,
            goalId,
            position,
            description: a.description.trim(),
            responsible: a.responsible.trim(),
            startDate: a.startDate,
            endDate: a.endDate,
            resources: a.resources?.trim() || null,
            status: a.status ?? PlanActionStatus.NOT_STARTED,
            inspectionActionRef: a.inspectionActionRef?.trim() || null,
          }),
        );
      });
    });
    // Parts with follow-ups (seguimiento) were checked by the caller (removedPartsViolations); the foreign keys
    // (ON DELETE RESTRICT) back that up.
    // Goals in first and out last, so a kept indicator or action moved to another goal never loses its row.
    if (next.goals.length) await tx.upsert(PlanGoal, next.goals as never, ['id']);
    if (next.indicators.length) await tx.upsert(PlanIndicator, next.indicators as never, ['id']);
    if (next.actions.length) await tx.upsert(PlanAction, next.actions as never, ['id']);
    await deleteMissing(tx, PlanIndicator, planId, next.indicators);
    await deleteMissing(tx, PlanAction, planId, next.actions);
    await deleteMissing(tx, PlanGoal, planId, next.goals);
  }
  return next;
}

type PartEntity = typeof PlanCriticalFactor | typeof PlanObjective | typeof PlanGoal | typeof PlanIndicator | typeof PlanAction;

async function deleteMissing(tx: EntityManager, entity: PartEntity, planId: string, keep: { id: string }[]) {
  const qb = tx.createQueryBuilder().delete().from(entity).where('plan_id = :planId', { planId });
  if (keep.length) qb.andWhere('id NOT IN (:...keep)', { keep: keep.map((r) => r.id) });
  await qb.execute();
}

async function replaceRows(tx: EntityManager, entity: PartEntity, planId: string, rows: { id: string }[]) {
  await deleteMissing(tx, entity, planId, rows);
  if (rows.length) await tx.upsert(entity, rows as never, ['id']);
}

/** The JSON kept per version: every part with its id, goals holding their indicators and actions. */
export function snapshot(plan: ImprovementPlan, c: PlanContent): Record<string, unknown> {
  const strip = <T extends { planId?: string; goalId?: string; position?: number }>(r: T) => {
    const { planId: _p, goalId: _g, position: _pos, ...rest } = r;
    return rest;
  };
  return {
    criticalFactors: c.criticalFactors.map(strip),
    objectives: c.objectives.map(strip),
    goals: c.goals.map((g) => ({
      ...strip(g),
      indicators: c.indicators.filter((i) => i.goalId === g.id).sort(byPosition).map(strip),
      actions: c.actions.filter((a) => a.goalId === g.id).sort(byPosition).map(strip),
    })),
    communication: plan.communication,
  };
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** What Guía 34 expects before a PMI can be reviewed. */
export function missingParts(plan: ImprovementPlan, c: PlanContent): string[] {
  const missing: string[] = [];
  if (c.criticalFactors.length === 0) missing.push('no critical factors (factores críticos)');
  if (c.objectives.length === 0) missing.push('no objectives (objetivos)');
  if (c.goals.length === 0) missing.push('no goals (metas)');
  c.goals.forEach((g, i) => {
    if (!c.indicators.some((x) => x.goalId === g.id)) missing.push(`goal ${i + 1} has no indicator`);
    if (!c.actions.some((x) => x.goalId === g.id)) missing.push(`goal ${i + 1} has no action`);
  });
  if (!plan.communication) missing.push('no communication to the community (socialización)');
  return missing;
}
