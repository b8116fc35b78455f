import { validateWithService } from '../../common/validation';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import { ImprovementPlan } from '../improvement-plans/improvement-plan.entity';
import { PlanAction, PlanIndicator } from '../improvement-plans/plan-content.entity';
import {
  CoachingNote,
  CoachingNoteReply,
  IndicatorMeasurement,
  PlanActionProgress,
  PlanCorrectiveAction,
  PlanSelfEvaluation,
} from './follow-up.entity';
import {
  ActionProgressInput,
  CoachingNoteInput,
  CoachingReplyInput,
  FollowUpRecordArgs,
  IndicatorMeasurementInput,
  PlanCorrectiveActionInput,
  PlanSelfEvaluationInput,
} from './follow-up.inputs';
import * as service from './follow-up.service';
import { ExportedRecord } from '../strategy/strategy.resolver';

@ObjectType({ description: 'Follow-up of one PMI action (seguimiento de la acción): current progress and every recorded progress.' })
export class ActionFollowUp {
  @Field(() => PlanAction, { description: 'The action.' })
  action: PlanAction;

  @Field(() => PlanActionProgress, { nullable: true, description: 'Current progress: the latest recorded (null: none yet).' })
  current: PlanActionProgress | null;

  @Field(() => [PlanActionProgress], { description: 'Every recorded progress, oldest first (history, never overwritten).' })
  history: PlanActionProgress[];
}

@ObjectType({ description: 'Follow-up of one PMI indicator (seguimiento del indicador): its measurements by date.' })
export class IndicatorFollowUp {
  @Field(() => PlanIndicator, { description: 'The indicator.' })
  indicator: PlanIndicator;

  @Field(() => IndicatorMeasurement, { nullable: true, description: 'Latest measurement by date.' })
  latest: IndicatorMeasurement | null;

  @Field(() => [IndicatorMeasurement], { description: 'Measurements, by date measured.' })
  measurements: IndicatorMeasurement[];
}

@ObjectType({ description: 'Follow-up of a PMI (seguimiento del Plan de Mejoramiento Institucional, activity 5).' })
export class PlanFollowUp {
  @Field(() => ImprovementPlan, { description: 'The plan (PMI).' })
  plan: ImprovementPlan;

  @Field(() => [ActionFollowUp], { description: 'Actions of the current version by goal and position, with progress.' })
  actions: ActionFollowUp[];

  @Field(() => [IndicatorFollowUp], { description: 'Indicators of the current version by goal and position, with measurements.' })
  indicators: IndicatorFollowUp[];

  @Field(() => [PlanCorrectiveAction], { description: 'Corrective actions agreed with the school, oldest first.' })
  correctiveActions: PlanCorrectiveAction[];

  @Field(() => [CoachingNote], { description: 'Coaching notes of the staff, oldest first.' })
  coachingNotes: CoachingNote[];

  @Field(() => [PlanSelfEvaluation], { description: 'The school’s self-evaluations, oldest first (the last is current).' })
  selfEvaluations: PlanSelfEvaluation[];

  @Field(() => Float, { nullable: true, description: 'Average percent done over the actions not cancelled (an action without progress counts 0); null when none.' })
  averagePercent: number | null;

  @Field(() => Int, { description: 'Actions whose current progress is DONE.' })
  actionsDone: number;
}

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];
const WRITERS = [...SECRETARIAT_STAFF, Role.SCHOOL];

@Resolver(() => PlanFollowUp)
export class FollowUpResolver {
  @Authorized(...READERS)
  @Query(() => PlanFollowUp, { description: 'Follow-up of a PMI (seguimiento): progress, measurements, corrective actions, notes, self-evaluations.' })
  planFollowUp(@Arg('planId', () => ID) planId: string, @Ctx() ctx: Context) {
    return service.planFollowUp(ctx, planId);
  }

  @Authorized(...READERS)
  @Query(() => ExportedRecord, {
    description: 'Record "Seguimiento de los PMI" of a period as CSV or XLSX: one row per action and indicator of each PMI (a school gets its own).',
  })
  pmiFollowUpRecord(@Args() args: FollowUpRecordArgs, @Ctx() ctx: Context) {
    return service.followUpRecordFile(ctx, args);
  }

  @Authorized(...WRITERS)
  @Mutation(() => PlanActionProgress, {
    description: 'Records progress of a PMI action (the school, or its secretariat’s staff). DONE needs evidence and 100 %. Emits follow_up.recorded.',
  })
  recordActionProgress(@Arg('input', { validateFn: validateWithService }) input: ActionProgressInput, @Ctx() ctx: Context) {
    return service.recordActionProgress(ctx, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => IndicatorMeasurement, { description: 'Records a measurement of a PMI indicator (value, date, source). Emits follow_up.recorded.' })
  recordIndicatorMeasurement(@Arg('input', { validateFn: validateWithService }) input: IndicatorMeasurementInput, @Ctx() ctx: Context) {
    return service.recordIndicatorMeasurement(ctx, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => PlanCorrectiveAction, { description: 'Records a corrective action to the PMI agreed with the school. Emits follow_up.recorded.' })
  recordPlanCorrectiveAction(@Arg('input', { validateFn: validateWithService }) input: PlanCorrectiveActionInput, @Ctx() ctx: Context) {
    return service.recordCorrectiveAction(ctx, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => CoachingNote, { description: 'Adds a coaching note on a part of a school’s PMI; the school reads and answers it. Emits follow_up.recorded.' })
  addCoachingNote(@Arg('input', { validateFn: validateWithService }) input: CoachingNoteInput, @Ctx() ctx: Context) {
    return service.addCoachingNote(ctx, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => CoachingNoteReply, { description: 'Answers a coaching note (the school on its own plan, or the staff). Emits follow_up.recorded.' })
  replyToCoachingNote(@Arg('input') input: CoachingReplyInput, @Ctx() ctx: Context) {
    return service.replyToCoachingNote(ctx, input);
  }

  @Authorized(Role.SCHOOL)
  @Mutation(() => PlanSelfEvaluation, { description: 'Records the school’s own evaluation of its PMI (every goal rated). Emits follow_up.recorded.' })
  recordPlanSelfEvaluation(@Arg('input', { validateFn: validateWithService }) input: PlanSelfEvaluationInput, @Ctx() ctx: Context) {
    return service.recordSelfEvaluation(ctx, input);
  }
}

@Resolver(() => CoachingNote)
export class CoachingNoteResolver {
  @FieldResolver(() => [CoachingNoteReply], { description: 'Answers, oldest first.' })
  replies(@Root() note: CoachingNote, @Ctx() ctx: Context) {
    return service.repliesOf(ctx, note);
  }
}
