import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { AssistanceModality } from './strategy.enums';
import { SupportPlanAction } from '../inputs/support-plan.entity';
import * as service from './period.service';
import { PendingReason } from './period.service';

registerEnumType(PendingReason, {
  name: 'PendingReason',
  description: 'Why a school of an activity is still pending (pendiente).',
  valuesConfig: {
    NO_SESSION: { description: 'No session recorded yet' },
    PROGRAMMED: { description: 'A session is programmed and not yet held' },
    RESCHEDULED: { description: 'The session was rescheduled' },
  },
});

@ObjectType({ description: 'A school still pending in an activity.' })
export class PendingSchool {
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Field(() => PendingReason, { description: 'Why it is pending.' })
  reason: PendingReason;

  @Field(() => String, { nullable: true, description: 'Date programmed or rescheduled to (YYYY-MM-DD), when known.' })
  on: string | null;
}

@ObjectType({ description: 'An activity with schools still pending (actividad pendiente).' })
export class PendingActivity {
  @Field(() => AssistanceActivity, { description: 'The activity.' })
  activity: AssistanceActivity;

  @Field(() => [PendingSchool], { description: 'Schools pending, in the activity’s order.' })
  schools: PendingSchool[];
}

@ObjectType({
  description:
    'Whether the strategy goes on to evaluation (activity 6): its evaluation period ended or every activity is done; otherwise what is pending (back to activity 5).',
})
export class PeriodStatus {
  @Field(() => AssistanceStrategy, { description: 'The strategy.' })
  strategy: AssistanceStrategy;

  @Field({ description: 'Last day of the evaluation period (YYYY-MM-DD).' })
  periodEndsOn: string;

  @Field({ description: 'True once that day has passed.' })
  periodEnded: boolean;

  @Field(() => Int, { description: 'Activities not cancelled.' })
  activities: number;

  @Field(() => Int, { description: 'Of those, activities done.' })
  activitiesDone: number;

  @Field({ description: 'True when every activity is done (held or cancelled with each school).' })
  allActivitiesDone: boolean;

  @Field({ description: 'periodEnded or allActivitiesDone: the strategy moves (or has moved) to EVALUATION.' })
  readyForEvaluation: boolean;

  @Field(() => [PendingActivity], { description: 'Pending activities by start date.' })
  pending: PendingActivity[];
}

@ObjectType({ description: 'Figures of the follow-up of a route or PAM action (seguimiento), computed from what was recorded.' })
export class FollowUpFigures {
  @Field(() => Int, { description: 'Activities (not cancelled).' })
  activities: number;

  @Field(() => Int, { description: 'Schools served.' })
  schools: number;

  @Field(() => Int, { description: 'Activity × school pairs (sessions expected).' })
  sessionsExpected: number;

  @Field(() => Int, { description: 'Pairs with a session held (realizada).' })
  sessionsHeld: number;

  @Field(() => Int, { description: 'Pairs whose session was cancelled and none held.' })
  sessionsCancelled: number;

  @Field(() => Float, { nullable: true, description: 'sessionsHeld ÷ sessionsExpected (0–1).' })
  heldRate: number | null;

  @Field(() => Int, { description: 'Schools with at least one session held (acompañados).' })
  schoolsAccompanied: number;

  @Field(() => Int, { description: 'Tasks of the activities done.' })
  tasksDone: number;

  @Field(() => Int, { description: 'Tasks of the activities.' })
  tasksTotal: number;

  @Field(() => Float, { nullable: true, description: 'Average percent done of the PMI actions of the schools accompanied (0–100).' })
  pmiAveragePercent: number | null;

  @Field(() => [String], { description: 'Strengths (fortalezas), in Spanish.' })
  strengths: string[];

  @Field(() => [String], { description: 'Improvement opportunities (oportunidades de mejora), in Spanish.' })
  improvementOpportunities: string[];
}

@ObjectType({ description: 'Follow-up of one route of accompaniment (ruta de acompañamiento: integral, puntual, …).' })
export class RouteFollowUp {
  @Field(() => AssistanceModality, { description: 'The route (modalidad).' })
  modality: AssistanceModality;

  @Field(() => FollowUpFigures, { description: 'Figures.' })
  figures: FollowUpFigures;
}

@ObjectType({ description: 'Follow-up of one PAM action tied to the accompaniment (acción del PAM).' })
export class SupportActionFollowUp {
  @Field(() => ID, { description: 'The PAM action id.' })
  supportPlanActionId: string;

  @Field(() => FollowUpFigures, { description: 'Figures of the activities linked to it.' })
  figures: FollowUpFigures;
}

@ObjectType({ description: 'Follow-up of the support actions (seguimiento a las acciones de apoyo, activity 6).' })
export class SupportFollowUp {
  @Field(() => AssistanceStrategy, { description: 'The strategy.' })
  strategy: AssistanceStrategy;

  @Field(() => [RouteFollowUp], { description: 'Per route: INTEGRAL, PUNCTUAL, TRAINING, OTHER (those with activities).' })
  routes: RouteFollowUp[];

  @Field(() => [SupportActionFollowUp], { description: 'Per PAM action linked to an activity, by id.' })
  actions: SupportActionFollowUp[];
}

const READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@Resolver()
export class PeriodResolver {
  @Authorized(...READERS)
  @Query(() => PeriodStatus, { description: 'periodStatus: whether the strategy moves to EVALUATION or what is pending (activity 6).' })
  periodStatus(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context) {
    return service.periodStatus(ctx, strategyId);
  }

  @Authorized(...READERS)
  @Query(() => SupportFollowUp, { description: 'Follow-up of the support actions per route and PAM action, with strengths and improvement opportunities (activity 6).' })
  supportActionsFollowUp(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context) {
    return service.supportFollowUp(ctx, strategyId);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => AssistanceStrategy, {
    description:
      'Moves a strategy in EXECUTION to EVALUATION (líder de calidad) when its evaluation period ended or every activity is done; otherwise INVALID_STATE with extensions.pending. Emits strategy.evaluation_started.',
  })
  moveStrategyToEvaluation(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context) {
    return service.moveToEvaluation(ctx, strategyId);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => AssistanceStrategy, { description: 'Sets the last day of the evaluation period (null: 31 December of the period).' })
  setEvaluationPeriodEnd(
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('endsOn', () => String, { nullable: true, description: 'YYYY-MM-DD, or null.' }) endsOn: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.setEvaluationPeriodEnd(ctx, strategyId, endsOn ?? null);
  }
}

@Resolver(() => SupportActionFollowUp)
export class SupportActionFollowUpResolver {
  @FieldResolver(() => SupportPlanAction, { nullable: true, description: 'The PAM action (D02.01), with its indicators and tasks.' })
  action(@Root() a: SupportActionFollowUp, @Ctx() ctx: Context) {
    return ctx.runtime.db.getRepository(SupportPlanAction).findOneBy({ id: a.supportPlanActionId });
  }
}
