import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';

import { EventType } from '../../events/catalogue';
import { badInput, conflict, invalidState, notFound } from '../../common/errors';
import { keysetPageBy } from '../../common/pagination';
import { rowTenant, schoolTenant, scopeOf } from '../../common/scope';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.service';
import { ImprovementPlan } from './improvement-plan.entity';
import { ImprovementPlanStatus, PlanActionStatus } from './improvement-plan.enums';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './plan-content.entity';
import { PlanVersion } from './plan-version.entity';
import { PlanReview } from './plan-review.entity';
import type {
  ImprovementPlanContentInput,
  ImprovementPlansArgs,
  RegisterImprovementPlanInput,
  ReviewImprovementPlanInput,
  UpdateImprovementPlanInput,
} from './improvement-plan.inputs';
import { assertWindowOpen } from './modification-window.service';
import { assertNoFollowUps } from '../follow-ups/plan-part-guard';

// ---------------------------------------------------------------- reads

export async function listPlans(ctx: Context, args: ImprovementPlansArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = scope.apply(ctx.runtime.db.getRepository(ImprovementPlan).createQueryBuilder('p'), 'p.secretariat_code', 'p.school_dane');
  if (args.school) qb.andWhere('p.school_dane = :school', { school: args.school });
  if (args.period) qb.andWhere('p.period = :period', { period: args.period });
  if (args.status) qb.andWhere('p.status = :status', { status: args.status });
  if (args.pertinent !== undefined && args.pertinent !== null) qb.andWhere('p.pertinent = :pt', { pt: args.pertinent });
  // Documented order: by school (DANE code), then period, then id.
  return keysetPageBy(
    qb,
    [
      { column: 'p.school_dane', of: (p) => p.schoolDane, kind: 'text' },
      { column: 'p.period', of: (p) => p.period, kind: 'text' },
      { column: 'p.id', of: (p) => p.id, kind: 'uuid' },
    ],
    args,
  );
}

export async function getPlan(ctx: Context, id: string): Promise<ImprovementPlan> {
  const plan = isUuid(id) ? await ctx.runtime.db.getRepository(ImprovementPlan).findOneBy({ id }) : null;
  return scopeOf(ctx).visible(plan, 'ImprovementPlan', id, rowTenant);
}

/** The PMI of a school for a period; null when the school has none (yet). Another tenant's school is NOT_FOUND. */
export async function getPlanOf(ctx: Context, daneCode: string, period: string): Promise<ImprovementPlan | null> {
  scopeOf(ctx).visible(await schoolLoader(ctx).load(daneCode), 'School', daneCode, schoolTenant);
  return ctx.runtime.db.getRepository(ImprovementPlan).findOneBy({ schoolDane: daneCode, period });
}

export async function getPlanVersion(ctx: Context, id: string, version: number): Promise<PlanVersion> {
  const plan = await getPlan(ctx, id);
  const row = await ctx.runtime.db.getRepository(PlanVersion).findOneBy({ planId: plan.id, version });
  if (!row) throw notFound('ImprovementPlan version', `${id}@${version}`);
  return row;
}

// ---------------------------------------------------------------- writes

/** Activity "registro del PMI": the school itself, for its own school, while the window is open. */
export async function registerPlan(ctx: Context, input: RegisterImprovementPlanInput): Promise<ImprovementPlan> {
  const caller = callerOf(ctx);
  const daneCode = input.daneCode ?? caller.school;
  if (!daneCode) throw badInput('input.daneCode', 'daneCode is required');
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const school = await tx.findOneBy(School, { daneCode });
    if (!school || !scopeOf(ctx).isOwnSchool(school.secretariatCode, school.daneCode)) throw notFound('School', daneCode);
    if (!school.active) throw invalidState(`School ${daneCode} is closed (inactive) in the registry`);
    await assertWindowOpen(tx, school.secretariatCode, input.period);
    const existing = await tx.findOneBy(ImprovementPlan, { schoolDane: daneCode, period: input.period });
    if (existing) {
      throw conflict('input.period', `School ${daneCode} already has a PMI for period ${input.period}: ${existing.id}; change it with updateImprovementPlan`, {
        entity: 'ImprovementPlan',
        id: existing.id,
        key: { daneCode, period: input.period },
      });
    }
    const plan = await tx.save(
      tx.create(ImprovementPlan, {
        secretariatCode: school.secretariatCode,
        schoolDane: daneCode,
        period: input.period,
        status: ImprovementPlanStatus.DRAFT,
        version: 1,
        pertinent: null,
        reviewedVersion: null,
        lastReviewedAt: null,
        submittedAt: null,
        communication: input.communication?.trim() || null,
      }),
    );
    const content = await writeContent(tx, plan, input, emptyContent());
    await tx.insert(PlanVersion, {
      planId: plan.id,
      version: 1,
      status: ImprovementPlanStatus.DRAFT,
      pertinent: null,
      content: snapshot(plan, content) as never,
      createdBy: caller.subject,
    });
    await uow.record({
      operation: 'registerImprovementPlan',
      entity: 'ImprovementPlan',
      entityId: plan.id,
      secretariat: plan.secretariatCode,
      school: daneCode,
      change: { daneCode, period: plan.period, version: 1, content: snapshot(plan, content) },
      event: {
        type: EventType.IMPROVEMENT_PLAN_REGISTERED,
        payload: { planId: plan.id, daneCode, period: plan.period, version: 1 },
      },
    });
    return plan;
  });
}

/**
 * Changes the content. A draft changes in place; a reviewed plan (pertinent or not) gets a new version, and the
 * reviewed one stays as it was. A submitted plan waits for its review.
 */
export async function updatePlan(ctx: Context, id: string, input: UpdateImprovementPlanInput): Promise<ImprovementPlan> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const plan = await lockOwnPlan(ctx, tx, id);
    await assertWindowOpen(tx, plan.secretariatCode, plan.period);
    if (plan.status === ImprovementPlanStatus.SUBMITTED) {
      throw invalidState(`PMI ${id} (version ${plan.version}) is submitted and waiting for the secretariat's review; it cannot change until reviewed`);
    }
    const before = await loadContent(tx, plan.id);
    const beforeSnapshot = snapshot(plan, before);
    const newVersion = plan.status === ImprovementPlanStatus.REVIEWED;
    if (input.communication !== undefined) plan.communication = input.communication?.trim() || null;
    const content = await writeContent(tx, plan, input, before);
    const after = snapshot(plan, content);
    if (newVersion) {
      plan.version += 1;
      plan.status = ImprovementPlanStatus.DRAFT;
      plan.submittedAt = null;
      await tx.insert(PlanVersion, {
        planId: plan.id,
        version: plan.version,
        status: ImprovementPlanStatus.DRAFT,
        pertinent: null,
        content: after as never,
        createdBy: caller.subject,
      });
    } else {
      await tx.update(PlanVersion, { planId: plan.id, version: plan.version }, { content: after as never, changedAt: new Date() });
    }
    plan.updatedAt = new Date();
    const saved = await tx.save(plan);
    await uow.record({
      operation: 'updateImprovementPlan',
      entity: 'ImprovementPlan',
      entityId: plan.id,
      secretariat: plan.secretariatCode,
      school: plan.schoolDane,
      change: { version: plan.version, newVersion, before: beforeSnapshot, after },
      event: {
        type: EventType.IMPROVEMENT_PLAN_UPDATED,
        payload: { planId: plan.id, daneCode: plan.schoolDane, period: plan.period, version: plan.version, newVersion },
      },
    });
    return saved;
  });
}

/** The school sends its draft for review (radicar); it must be complete enough to be reviewed. */
export async function submitPlan(ctx: Context, id: string): Promise<ImprovementPlan> {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const plan = await lockOwnPlan(ctx, tx, id);
    await assertWindowOpen(tx, plan.secretariatCode, plan.period);
    if (plan.status === ImprovementPlanStatus.SUBMITTED) {
      throw invalidState(`PMI ${id} version ${plan.version} was already submitted and waits for review`);
    }
    if (plan.status === ImprovementPlanStatus.REVIEWED) {
      throw invalidState(`PMI ${id} version ${plan.version} was already reviewed; change it to create a new version, then submit that`);
    }
    const missing = missingParts(plan, await loadContent(tx, plan.id));
    if (missing.length > 0) {
      throw invalidState(`PMI ${id} is incomplete and cannot be submitted: ${missing.join('; ')}`, { missing });
    }
    const now = new Date();
    plan.status = ImprovementPlanStatus.SUBMITTED;
    plan.submittedAt = now;
    const saved = await tx.save(plan);
    await tx.update(PlanVersion, { planId: plan.id, version: plan.version }, { status: ImprovementPlanStatus.SUBMITTED, submittedAt: now });
    await uow.record({
      operation: 'submitImprovementPlan',
      entity: 'ImprovementPlan',
      entityId: plan.id,
      secretariat: plan.secretariatCode,
      school: plan.schoolDane,
      change: { status: { from: ImprovementPlanStatus.DRAFT, to: ImprovementPlanStatus.SUBMITTED }, version: plan.version },
      event: {
        type: EventType.IMPROVEMENT_PLAN_SUBMITTED,
        payload: { planId: plan.id, daneCode: plan.schoolDane, period: plan.period, version: plan.version },
      },
    });
    return saved;
  });
}

/** Revisión de los PMI: staff of the plan's secretariat record pertinent / not pertinent with observations. */
export async function reviewPlan(ctx: Context, id: string, input: ReviewImprovementPlanInput): Promise<ImprovementPlan> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const plan = isUuid(id) ? await tx.findOne(ImprovementPlan, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!plan || !scopeOf(ctx).canSee(plan.secretariatCode, plan.schoolDane)) throw notFound('ImprovementPlan', id);
    if (plan.status !== ImprovementPlanStatus.SUBMITTED) {
      throw invalidState(`Only a submitted PMI can be reviewed; PMI ${id} version ${plan.version} is ${plan.status}`);
    }
    if (input.version != null && input.version !== plan.version) {
      throw badInput('input.version', `The submitted version is ${plan.version}, not ${input.version}`);
    }
    const now = new Date();
    const o = input.observations ?? {};
    const review = await tx.save(
      tx.create(PlanReview, {
        planId: plan.id,
        version: plan.version,
        pertinent: input.pertinent,
        observations: {
          criticalFactors: text(o.criticalFactors),
          objectives: text(o.objectives),
          goals: text(o.goals),
          indicators: text(o.indicators),
          actions: text(o.actions),
          communication: text(o.communication),
          general: text(o.general),
        },
        reviewer: caller.subject,
        reviewerRole: caller.role,
        reviewedAt: now,
      }),
    );
    plan.status = ImprovementPlanStatus.REVIEWED;
    plan.pertinent = input.pertinent;
    plan.reviewedVersion = plan.version;
    plan.lastReviewedAt = now;
    const saved = await tx.save(plan);
    await tx.update(
      PlanVersion,
      { planId: plan.id, version: plan.version },
      { status: ImprovementPlanStatus.REVIEWED, pertinent: input.pertinent, reviewedAt: now },
    );
    await uow.record({
      operation: 'reviewImprovementPlan',
      entity: 'ImprovementPlan',
      entityId: plan.id,
      secretariat: plan.secretariatCode,
      school: plan.schoolDane,
      change: { reviewId: review.id, version: plan.version, pertinent: input.pertinent, observations: review.observations },
      event: {
        type: EventType.IMPROVEMENT_PLAN_REVIEWED,
        payload: { planId: plan.id, daneCode: plan.schoolDane, period: plan.period, version: plan.version, pertinent: input.pertinent },
      },
    });
    return saved;
  });
}

// ---------------------------------------------------------------- content

export interface PlanContent {
  criticalFactors: PlanCriticalFactor[];
  objectives: PlanObjective[];
  goals: PlanGoal[];
  indicators: PlanIndicator[];
  actions: PlanAction[];
}

const emptyContent = (): PlanContent => ({ criticalFactors: [], objectives: [], goals: [], indicators: [], actions: [] });

async function loadContent(tx: EntityManager, planId: string): Promise<PlanContent> {
  const order = { position: 'ASC' } as const;
  // One after the other: a transaction has a single connection, and pg refuses overlapping queries on one client.
  const criticalFactors = await tx.find(PlanCriticalFactor, { where: { planId }, order });
  const objectives = await tx.find(PlanObjective, { where: { planId }, order });
  const goals = await tx.find(PlanGoal, { where: { planId }, order });
  const indicators = await tx.find(PlanIndicator, { where: { planId }, order });
  const actions = await tx.find(PlanAction, { where: { planId }, order });
  return { criticalFactors, objectives, goals, indicators, actions };
}

/** Ids the client sends back must be parts of this plan, each used once; otherwise the field at fault is named. */
function checkIds(items: { id?: string | null }[], known: Set<string>, seen: Set<string>, path: string) {
  items.forEach((item, i) => {
    if (!item.id) return;
    if (!known.has(item.id)) throw badInput(`${path}.${i}.id`, `${item.id} is not a part of this plan`);
    if (seen.has(item.id)) throw badInput(`${path}.${i}.id`, `${item.id} appears twice`);
    seen.add(item.id);
  });
}

/**
 * Applies the given lists over the current rows: listed ids are kept and updated, new items get new ids, omitted
 * items are deleted. Only the lists present in the input are touched.
 */
async function writeContent(
  tx: EntityManager,
  plan: ImprovementPlan,
  input: ImprovementPlanContentInput,
  current: PlanContent,
): Promise<PlanContent> {
  const next: PlanContent = { ...current };
  const planId = plan.id;

  if (input.criticalFactors) {
    checkIds(input.criticalFactors, new Set(current.criticalFactors.map((r) => r.id)), new Set(), 'input.criticalFactors');
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
    checkIds(input.objectives, new Set(current.objectives.map((r) => r.id)), new Set(), 'input.objectives');
    next.objectives = input.objectives.map((o, position) =>
      tx.create(PlanObjective, { id: o.id ?? randomUUID(), planId, position, area: o.area, description: o.description.trim() }),
    );
    await replaceRows(tx, PlanObjective, planId, next.objectives);
  }

  if (input.goals) {
    checkIds(input.goals, new Set(current.goals.map((r) => r.id)), new Set(), 'input.goals');
    const knownIndicators = new Set(current.indicators.map((r) => r.id));
    const knownActions = new Set(current.actions.map((r) => r.id));
    const seenIndicators = new Set<string>();
    const seenActions = new Set<string>();
    next.goals = [];
    next.indicators = [];
    next.actions = [];
    input.goals.forEach((g, gi) => {
      const goalId = g.id ?? randomUUID();
      next.goals.push(tx.create(PlanGoal, { id: goalId, planId, position: gi, area: g.area, description: g.description.trim() }));
      const indicators = g.indicators ?? [];
      const actions = g.actions ?? [];
      checkIds(indicators, knownIndicators, seenIndicators, `input.goals.${gi}.indicators`);
      checkIds(actions, knownActions, seenActions, `input.goals.${gi}.actions`);
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
        if (a.endDate < a.startDate) {
          throw badInput(`input.goals.${gi}.actions.${position}.endDate`, 'endDate must not be before startDate');
        }
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
    // Parts with follow-ups (seguimiento) stay: their history must survive a new version (follow-ups/follow-up.service.ts).
    await assertNoFollowUps(tx, planId, next.actions.map((a) => a.id), next.indicators.map((i) => i.id));
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
function missingParts(plan: ImprovementPlan, c: PlanContent): string[] {
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

// ---------------------------------------------------------------- helpers

/** SCHOOL users write only their own school's plan; anything else looks like it does not exist. */
/** The plan, locked, when the caller is the SCHOOL that owns it; NOT_FOUND otherwise. */
async function lockOwnPlan(ctx: Context, tx: EntityManager, id: string): Promise<ImprovementPlan> {
  const plan = isUuid(id) ? await tx.findOne(ImprovementPlan, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!plan || !scopeOf(ctx).isOwnSchool(plan.secretariatCode, plan.schoolDane)) {
    throw notFound('ImprovementPlan', id);
  }
  return plan;
}

const text = (s: string | null | undefined) => s?.trim() || null;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

