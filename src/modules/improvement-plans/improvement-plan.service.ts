import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';
import { EventType } from '../../events/catalogue';
import { conflict, invalidState, notFound } from '../../common/errors';
import { assertNoViolations, hasViolation, takeDeferredViolations, violationsError } from '../../common/validation';
import { isUuid } from '../../common/input-guard';
import { scopeOf } from '../../common/scope';
import { School } from '../schools/school.entity';
import { ImprovementPlan } from './improvement-plan.entity';
import { ImprovementPlanStatus } from './improvement-plan.enums';
import { PlanVersion } from './plan-version.entity';
import { PlanReview } from './plan-review.entity';
import type { RegisterImprovementPlanInput, ReviewImprovementPlanInput, UpdateImprovementPlanInput } from './improvement-plan.inputs';
import { assertWindowOpen } from './modification-window.service';
import { contentViolations, emptyContent, loadContent, missingParts, removedPartsViolations, snapshot, writeContent } from './plan-content';

/**
 * The PMI's lifecycle: registro, changes (in place for a draft, a new version after a review), radicación and
 * revisión, each one unit of work. Reads: improvement-plan.queries.ts; the content diff: plan-content.ts.
 *
 * Every problem of an input at once (README, Errors): the input's own violations, deferred by the resolver
 * (`validateWithService`), and the content's rules answer together in one BAD_USER_INPUT, before the record's state
 * (window, status: INVALID_STATE) or a duplicate (CONFLICT) is looked at; those come alone.
 */

/** Activity "registro del PMI": the school itself, for its own school, while the window is open. */
export async function registerPlan(ctx: Context, input: RegisterImprovementPlanInput): Promise<ImprovementPlan> {
  const caller = callerOf(ctx);
  const daneCode = input.daneCode ?? caller.school;
  // A new plan has no parts yet: every rule of its content is checked without the database.
  const found = takeDeferredViolations(input);
  if (!daneCode && !hasViolation(found, 'input.daneCode')) found.push({ field: 'input.daneCode', message: 'daneCode is required' });
  found.push(...contentViolations(input, emptyContent(), found));
  if (!daneCode || found.length > 0) throw violationsError(found);
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
  const found = takeDeferredViolations(input);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const plan = await lockOwnPlan(ctx, tx, id);
    // The ids sent back are checked against the current parts, the parts left out against their follow-ups.
    const before = await loadContent(tx, plan.id);
    found.push(...contentViolations(input, before, found), ...(await removedPartsViolations(tx, plan.id, input)));
    assertNoViolations(found);
    await assertWindowOpen(tx, plan.secretariatCode, plan.period);
    if (plan.status === ImprovementPlanStatus.SUBMITTED) {
      throw invalidState(`PMI ${id} (version ${plan.version}) is submitted and waiting for the secretariat's review; it cannot change until reviewed`);
    }
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
  const found = takeDeferredViolations(input);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const plan = isUuid(id) ? await tx.findOne(ImprovementPlan, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!plan || !scopeOf(ctx).canSee(plan.secretariatCode, plan.schoolDane)) throw notFound('ImprovementPlan', id);
    // The version guard names the submitted version, so it applies to a submitted plan only (else INVALID_STATE below).
    const submitted = plan.status === ImprovementPlanStatus.SUBMITTED;
    if (submitted && input.version != null && !hasViolation(found, 'input.version') && input.version !== plan.version) {
      found.push({ field: 'input.version', message: `The submitted version is ${plan.version}, not ${input.version}` });
    }
    assertNoViolations(found);
    if (!submitted) {
      throw invalidState(`Only a submitted PMI can be reviewed; PMI ${id} version ${plan.version} is ${plan.status}`);
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

// ---------------------------------------------------------------- helpers

/** The plan, locked, when the caller is the SCHOOL that owns it; NOT_FOUND otherwise. */
async function lockOwnPlan(ctx: Context, tx: EntityManager, id: string): Promise<ImprovementPlan> {
  const plan = isUuid(id) ? await tx.findOne(ImprovementPlan, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  if (!plan || !scopeOf(ctx).isOwnSchool(plan.secretariatCode, plan.schoolDane)) {
    throw notFound('ImprovementPlan', id);
  }
  return plan;
}

const text = (s: string | null | undefined) => s?.trim() || null;
