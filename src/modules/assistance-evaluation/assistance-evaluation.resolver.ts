import { validateWithService } from '../../common/validation';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF, scope } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { RecordFormat } from '../../records/record';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';
import { ExportFormat, AssistanceModality } from '../strategy/strategy.enums';
import { ExportedRecord } from '../strategy/strategy.resolver';
import { AssistanceEvaluation, CriterionRating, EvaluationConsolidation } from './assistance-evaluation.entity';
import { EvaluationSettings } from './evaluation-settings.entity';
import { ConsolidationFigures } from './consolidation.types';
import {
  AssistanceEvaluationsArgs,
  EvaluationPeriodArgs,
  EvaluationRecordArgs,
  EvaluationSettingsInput,
  ReviewConsolidationArgs,
  SubmitAssistanceEvaluationInput,
} from './assistance-evaluation.inputs';
import * as service from './assistance-evaluation.service';
import { evaluationRecordFor } from './evaluation-record';
import { settingsByPeriod } from './assistance-evaluation.loaders';
import { activityById } from '../strategy/strategy.loaders';

@ObjectType({ description: 'A page of evaluations of the assistance (evaluaciones de asesoría).' })
export class AssistanceEvaluationConnection extends ConnectionType(AssistanceEvaluation) {}

@ObjectType({ description: 'The assistance activity an evaluation is about (without the list of the other schools it served).' })
export class EvaluatedActivity {
  @Field(() => ID, { description: 'Id of the assistance activity.' })
  id: string;

  @Field({ description: 'Title (nombre de la actividad).' })
  title: string;

  @Field(() => AssistanceModality, { description: 'Modality (modalidad).' })
  modality: AssistanceModality;

  @Field({ description: 'Method (metodología).' })
  method: string;

  @Field({ description: 'Responsible staff member (responsable).' })
  responsible: string;

  @Field({ description: 'First day of the window (YYYY-MM-DD).' })
  startsOn: string;

  @Field({ description: 'Last day of the window (YYYY-MM-DD).' })
  endsOn: string;
}

/** E02.01 (satisfacción) reads the evaluations and their consolidation with `read:E02.01` (docs/outbound.md). */
const E02_01 = scope('read:E02.01');
const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN, E02_01];
const STAFF_READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN, E02_01];

@Resolver(() => AssistanceEvaluation)
export class AssistanceEvaluationResolver {
  @Authorized(...READERS)
  @Query(() => EvaluationSettings, {
    description: "The period's evaluation settings (deadline and criteria), or the defaults (15 days after the period; five criteria).",
  })
  evaluationSettings(@Args() args: EvaluationPeriodArgs, @Ctx() ctx: Context) {
    return service.getSettings(ctx, args.period, args.secretariat);
  }

  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL, Role.ADMIN)
  @Mutation(() => EvaluationSettings, {
    description: 'Sets the deadline (plazo máximo) and criteria of the evaluation of the assistance for a period. Criteria are fixed once rated (INVALID_STATE, reason CRITERIA_IN_USE).',
  })
  setEvaluationSettings(@Arg('input', { validateFn: validateWithService }) input: EvaluationSettingsInput, @Ctx() ctx: Context) {
    return service.setSettings(ctx, input);
  }

  @Authorized(Role.SCHOOL)
  @Mutation(() => AssistanceEvaluation, {
    description:
      'A school evaluates an assistance activity it received (evaluación de asesoría). Refused after the deadline: INVALID_STATE with extensions.reason DEADLINE_PASSED and extensions.deadline. Emits assistance_evaluation.submitted (E02.01).',
  })
  submitAssistanceEvaluation(@Arg('input', { validateFn: validateWithService }) input: SubmitAssistanceEvaluationInput, @Ctx() ctx: Context) {
    return service.submitEvaluation(ctx, input);
  }

  @Authorized(...READERS)
  @Query(() => AssistanceEvaluationConnection, { description: 'Evaluations of a period, by id; a school sees only its own.' })
  assistanceEvaluations(@Args() args: AssistanceEvaluationsArgs, @Ctx() ctx: Context) {
    return service.listEvaluations(ctx, args);
  }

  @Authorized(...SECRETARIAT_STAFF, Role.ADMIN)
  @Mutation(() => EvaluationConsolidation, {
    description:
      'Computes the consolidated results of the period (draft) after the deadline: averages per criterion, activity, staff member and modality, response rate, comments. INVALID_STATE before the deadline (DEADLINE_NOT_PASSED) or once reviewed (ALREADY_REVIEWED).',
  })
  consolidateAssistanceEvaluations(@Args() args: EvaluationPeriodArgs, @Ctx() ctx: Context) {
    return service.consolidate(ctx, args.period, args.secretariat);
  }

  @Authorized(...STAFF_READERS)
  @Query(() => EvaluationConsolidation, { nullable: true, description: 'The consolidated results of a period, if computed.' })
  evaluationConsolidation(@Args() args: EvaluationPeriodArgs, @Ctx() ctx: Context) {
    return service.getConsolidation(ctx, args.period, args.secretariat);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => EvaluationConsolidation, {
    description: 'The quality leader reviews the consolidated results with conclusions; they become final. Emits assistance_evaluations.consolidated (E02.01).',
  })
  reviewEvaluationConsolidation(@Args() args: ReviewConsolidationArgs, @Ctx() ctx: Context) {
    return service.reviewConsolidation(ctx, args.period, args.notes, args.secretariat);
  }

  @Authorized(...STAFF_READERS)
  @Query(() => ExportedRecord, { description: 'Record "Evaluación de asesoría" of a period, as CSV or XLSX.' })
  async assistanceEvaluationRecord(@Args() args: EvaluationRecordArgs, @Ctx() ctx: Context): Promise<ExportedRecord> {
    const file = await evaluationRecordFor(ctx, args.period, args.format === ExportFormat.XLSX ? RecordFormat.XLSX : RecordFormat.CSV, args.secretariat);
    return { filename: file.filename, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  }

  @FieldResolver(() => [CriterionRating], { description: 'Ratings per criterion, in the order of the period\'s criteria.' })
  async ratings(@Root() e: AssistanceEvaluation, @Ctx() ctx: Context) {
    const settings = await settingsByPeriod(ctx).load(`${e.secretariatCode}/${e.period}`);
    return service.orderedRatings(e, settings.criteria);
  }

  @FieldResolver(() => EvaluatedActivity, { description: 'The assistance activity evaluated.' })
  async activity(@Root() e: AssistanceEvaluation, @Ctx() ctx: Context) {
    return activityById(ctx).load(e.activityId);
  }

  @FieldResolver(() => School, { description: 'The school (EE) that evaluated.' })
  school(@Root() e: AssistanceEvaluation, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(e.schoolDane);
  }
}

@Resolver(() => EvaluationConsolidation)
export class EvaluationConsolidationResolver {
  @FieldResolver(() => ConsolidationFigures, { description: 'The figures, typed.' })
  results(@Root() c: EvaluationConsolidation) {
    return c.figures;
  }
}
