import { validateWithService } from '../../common/validation';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import { assertPeriod } from '../../common/period';
import type { Context } from '../../context';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';
import { ImprovementPlan } from './improvement-plan.entity';
import {
  ImprovementPlansArgs,
  ModificationWindowsArgs,
  OpenModificationWindowInput,
  RegisterImprovementPlanInput,
  ReviewImprovementPlanInput,
  UpdateImprovementPlanInput,
} from './improvement-plan.inputs';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './plan-content.entity';
import { PlanVersion } from './plan-version.entity';
import { PlanReview } from './plan-review.entity';
import { ModificationWindow } from './modification-window.entity';
import * as service from './improvement-plan.service';
import * as queries from './improvement-plan.queries';
import * as windows from './modification-window.service';
import * as loaders from './improvement-plan.loaders';
import { ImprovementPlanCounts, ImprovementPlanCountsArgs, planCounts } from './improvement-plan.counts';

/** Who may read PMIs; tenancy (own secretariat, own school) is applied in the service. */
const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@ObjectType({ description: 'A page of improvement plans (PMI).' })
export class ImprovementPlanConnection extends ConnectionType(ImprovementPlan) {}

@Resolver(() => ImprovementPlan)
export class ImprovementPlanResolver {
  @Authorized(...READERS)
  @Query(() => ImprovementPlanConnection, {
    description: "PMIs the caller may see: its secretariat's, its own school's for a SCHOOL user, all for the Ministry. Order: by school (DANE code), then period, then id.",
  })
  improvementPlans(@Args() args: ImprovementPlansArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return queries.listPlans(ctx, args, info);
  }

  @Authorized(...READERS)
  @Query(() => ImprovementPlanCounts, {
    description:
      'Counts of the PMIs of a period the caller may list with `improvementPlans` (same scope: a SCHOOL user counts its own; another secretariat named by a secretariat-bound role is NOT_FOUND): registered, reviewed, pertinent, by municipality.',
  })
  improvementPlanCounts(@Args() args: ImprovementPlanCountsArgs, @Ctx() ctx: Context) {
    return planCounts(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => ImprovementPlan, { description: 'One PMI (Plan de Mejoramiento Institucional) by id.' })
  improvementPlan(@Arg('id', () => ID, { description: 'Plan id.' }) id: string, @Ctx() ctx: Context) {
    return queries.getPlan(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => ImprovementPlan, { nullable: true, description: 'The PMI of a school (by DANE code) for a period (vigencia); null when it has none.' })
  improvementPlanOf(
    @Arg('daneCode', { description: 'DANE code of the school (código DANE).' }) daneCode: string,
    @Arg('period', { description: 'Period (vigencia), e.g. "2026".' }) period: string,
    @Ctx() ctx: Context,
  ) {
    return queries.getPlanOf(ctx, daneCode, assertPeriod(period));
  }

  @Authorized(...READERS)
  @Query(() => PlanVersion, { description: 'One version of a PMI as it stood (versión), including versions since replaced.' })
  improvementPlanVersion(
    @Arg('id', () => ID, { description: 'Plan id.' }) id: string,
    @Arg('version', () => Int, { description: 'Version number (from 1).' }) version: number,
    @Ctx() ctx: Context,
  ) {
    return queries.getPlanVersion(ctx, id, version);
  }

  @Authorized(...READERS)
  @Query(() => [ModificationWindow], { description: 'Modification windows (periodos de modificación de los PMI) of the secretariat, newest first.' })
  modificationWindows(@Args() args: ModificationWindowsArgs, @Ctx() ctx: Context) {
    return windows.listWindows(ctx, args);
  }

  @Authorized(Role.SCHOOL)
  @Mutation(() => ImprovementPlan, {
    description: 'A school registers its PMI for a period (version 1, draft) while the modification window is open. Emits improvement_plan.registered.',
  })
  registerImprovementPlan(@Arg('input', { validateFn: validateWithService }) input: RegisterImprovementPlanInput, @Ctx() ctx: Context) {
    return service.registerPlan(ctx, input);
  }

  @Authorized(Role.SCHOOL)
  @Mutation(() => ImprovementPlan, {
    description:
      'A school changes its PMI while the window is open: a draft changes in place; a reviewed plan gets a new version (generar nueva versión). Emits improvement_plan.updated.',
  })
  updateImprovementPlan(
    @Arg('id', () => ID, { description: 'Plan id.' }) id: string,
    @Arg('input', { validateFn: validateWithService }) input: UpdateImprovementPlanInput,
    @Ctx() ctx: Context,
  ) {
    return service.updatePlan(ctx, id, input);
  }

  @Authorized(Role.SCHOOL)
  @Mutation(() => ImprovementPlan, { description: 'A school submits its draft PMI for review (radicar). Emits improvement_plan.submitted.' })
  submitImprovementPlan(@Arg('id', () => ID, { description: 'Plan id.' }) id: string, @Ctx() ctx: Context) {
    return service.submitPlan(ctx, id);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => ImprovementPlan, {
    description: 'Records the review of a submitted PMI (Revisión de los PMI): pertinent or not, observations per part. Emits improvement_plan.reviewed.',
  })
  reviewImprovementPlan(
    @Arg('id', () => ID, { description: 'Plan id.' }) id: string,
    @Arg('input', { validateFn: validateWithService }) input: ReviewImprovementPlanInput,
    @Ctx() ctx: Context,
  ) {
    return service.reviewPlan(ctx, id, input);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => ModificationWindow, { description: 'Opens the period in which schools may register and change their PMIs (periodo de modificación).' })
  openModificationWindow(@Arg('input', { validateFn: validateWithService }) input: OpenModificationWindowInput, @Ctx() ctx: Context) {
    return windows.openWindow(ctx, input);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => ModificationWindow, { description: 'Closes a modification window now, before its closing date.' })
  closeModificationWindow(@Arg('id', () => ID, { description: 'Window id.' }) id: string, @Ctx() ctx: Context) {
    return windows.closeWindow(ctx, id);
  }

  @FieldResolver(() => School, { description: 'The school (establecimiento educativo).' })
  async school(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(plan.schoolDane);
  }

  @FieldResolver(() => [PlanCriticalFactor], { description: 'Critical factors (factores críticos), as listed by the school.' })
  criticalFactors(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return loaders.criticalFactorsByPlan(ctx).load(plan.id);
  }

  @FieldResolver(() => [PlanObjective], { description: 'Objectives (objetivos).' })
  objectives(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return loaders.objectivesByPlan(ctx).load(plan.id);
  }

  @FieldResolver(() => [PlanGoal], { description: 'Goals (metas) per management area, with their indicators and actions.' })
  goals(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return loaders.goalsByPlan(ctx).load(plan.id);
  }

  @FieldResolver(() => [PlanVersion], { description: 'Every version (versiones), oldest first; the last is the current one.' })
  versions(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return loaders.versionsByPlan(ctx).load(plan.id);
  }

  @FieldResolver(() => [PlanReview], { description: 'Review history (historial de revisiones), oldest first, across versions.' })
  reviews(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return loaders.reviewsByPlan(ctx).load(plan.id);
  }

  @FieldResolver(() => PlanReview, { nullable: true, description: 'The latest review, if any.' })
  async lastReview(@Root() plan: ImprovementPlan, @Ctx() ctx: Context) {
    return (await loaders.reviewsByPlan(ctx).load(plan.id)).at(-1) ?? null;
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @FieldResolver(() => [PlanIndicator], { description: 'Indicators (indicadores) of the goal.' })
  indicators(@Root() goal: PlanGoal, @Ctx() ctx: Context) {
    return loaders.indicatorsByGoal(ctx).load(goal.id);
  }

  @FieldResolver(() => [PlanAction], { description: 'Actions (acciones) of the goal.' })
  actions(@Root() goal: PlanGoal, @Ctx() ctx: Context) {
    return loaders.actionsByGoal(ctx).load(goal.id);
  }
}

@Resolver(() => PlanVersion)
export class PlanVersionResolver {
  @FieldResolver(() => [PlanReview], { description: 'Reviews of this version (usually one).' })
  async reviews(@Root() v: PlanVersion, @Ctx() ctx: Context) {
    return (await loaders.reviewsByPlan(ctx).load(v.planId)).filter((r) => r.version === v.version);
  }
}
