import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { scopeOf } from '../../common/scope';
import { validateWithService } from '../../common/validation';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { SchoolClassification } from './school-classification.entity';
import { AlignmentImprovementAction, StrategyRevision } from './alignment-improvement-action.entity';
import { AlignmentBlockerKind, StrategyWarningKind } from './strategy.enums';
import {
  AlignmentImprovementActionInput,
  AssistanceActivityInput,
  ExportArgs,
  OverrideClassificationInput,
  ReviseArgs,
  ScheduleArgs,
  StrategyOfArgs,
  UpdateAssistanceActivityInput,
} from './strategy.inputs';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './strategy.service';
import * as queries from './strategy.queries';
import { ClassificationCount, classificationCounts } from './classification.counts';
import * as classification from './classification';
import * as alignment from './alignment.service';
import { PeriodArgs } from '../../common/period';
import { programmingRecord } from './programming-record';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';
import { invalidState } from '../../common/errors';
import { isApprovedOrLater } from './strategy-lifecycle';

@ObjectType({ description: 'A warning (alerta) on the strategy: staff overload or a school without activities.' })
export class StrategyWarning {
  @Field(() => StrategyWarningKind, { description: 'Kind.' })
  kind: StrategyWarningKind;

  @Field({ description: 'Explanation.' })
  message: string;

  @Field(() => String, { nullable: true, description: 'Staff member concerned (overload).' })
  responsible: string | null;

  @Field(() => String, { nullable: true, description: 'Month concerned (YYYY-MM).' })
  month: string | null;

  @Field(() => Int, { nullable: true, description: 'Activities counted (overload).' })
  count: number | null;

  @Field(() => String, { nullable: true, description: 'School concerned (DANE code).' })
  schoolDane: string | null;
}

@ObjectType({ description: 'An activity not linked to an action of the PAM, with the improvement actions recorded for it.' })
export class UnalignedActivity {
  @Field(() => AssistanceActivity, { description: 'The activity.' })
  activity: AssistanceActivity;

  @Field(() => [AlignmentImprovementAction], { description: 'Improvement actions (acciones de mejora) recorded to align it.' })
  improvementActions: AlignmentImprovementAction[];
}

@ObjectType({ description: 'Why a strategy cannot be approved yet, in the style of StrategyWarning: a stable kind and an explanation.' })
export class AlignmentBlocker {
  @Field(() => AlignmentBlockerKind, { description: 'Kind.' })
  kind: AlignmentBlockerKind;

  @Field({ description: 'Explanation.' })
  message: string;

  @Field(() => Int, { description: 'Activities concerned (0 for NO_ACTIVITIES).' })
  count: number;
}

@ObjectType({ description: 'Alignment of the strategy with the PAM (verificación de la alineación con el Plan de Apoyo al Mejoramiento, activity 4).' })
export class StrategyAlignment {
  @Field(() => AssistanceStrategy, { description: 'The strategy.' })
  strategy: AssistanceStrategy;

  @Field(() => [AssistanceActivity], { description: 'Activities linked to a PAM action of the same period.' })
  aligned: AssistanceActivity[];

  @Field(() => [UnalignedActivity], { description: 'Activities without a valid PAM action.' })
  unaligned: UnalignedActivity[];

  @Field({ description: 'True when the strategy has active activities and every one is aligned (approval possible); otherwise `blockers` says why.' })
  approvable: boolean;

  @Field(() => [AlignmentBlocker], { description: 'Why approval is not possible yet, each with its kind and an explanation; empty exactly when `approvable`.' })
  blockers: AlignmentBlocker[];
}

@ObjectType({ description: 'An exported record (registro) as a file.' })
export class ExportedRecord {
  @Field({ description: 'File name.' })
  filename: string;

  @Field({ description: 'MIME type.' })
  mimeType: string;

  @Field({ description: 'File content, base64-encoded.' })
  contentBase64: string;
}

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];
const PLANNERS = [Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL];

@Resolver(() => AssistanceStrategy)
export class StrategyResolver {
  @Authorized(...READERS)
  @Query(() => AssistanceStrategy, { description: 'A strategy by id; a school sees only its own classification and activities.' })
  assistanceStrategy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return queries.getStrategy(ctx, id);
  }

  @Authorized(...READERS)
  @Query(() => AssistanceStrategy, { nullable: true, description: "The secretariat's strategy for a period, if any." })
  assistanceStrategyOf(@Args() args: StrategyOfArgs, @Ctx() ctx: Context) {
    return queries.strategyOf(ctx, args.period, args.secretariat);
  }

  @Authorized(...READERS)
  @Query(() => [AssistanceActivity], { description: 'Schedule (cronograma) of a strategy by school, staff member and/or month. Order: by first day, then id.' })
  assistanceSchedule(@Args() args: ScheduleArgs, @Ctx() ctx: Context) {
    return queries.schedule(ctx, args);
  }

  @Authorized(...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN)
  @Query(() => StrategyAlignment, { description: 'Aligned and unaligned activities of a strategy against the PAM (activity 4).' })
  strategyAlignment(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context) {
    return alignment.alignment(ctx, strategyId);
  }

  @Authorized(...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN)
  @Query(() => ExportedRecord, { description: 'Record "Programación de la Asistencia Técnica" of an approved strategy, as CSV or XLSX.' })
  async assistanceProgrammingRecord(@Args() args: ExportArgs, @Ctx() ctx: Context): Promise<ExportedRecord> {
    const strategy = await queries.getStrategy(ctx, args.strategyId);
    if (!isApprovedOrLater(strategy.status)) throw invalidState('Only an approved strategy is exported as the programming record');
    const file = await programmingRecord(ctx.runtime.db.manager, strategy, args.format);
    return { filename: file.filename, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  }

  @Authorized(...PLANNERS)
  @Mutation(() => AssistanceStrategy, { description: 'Creates the strategy of a period and classifies the schools by the rules (activity 3).' })
  createAssistanceStrategy(@Args() { period }: PeriodArgs, @Ctx() ctx: Context) {
    return service.createStrategy(ctx, period);
  }

  @Authorized(...PLANNERS)
  @Mutation(() => AssistanceStrategy, { description: 'Re-runs the classification after needs changed; overrides are kept.' })
  classifySchools(@Arg('strategyId', () => ID) strategyId: string, @Ctx() ctx: Context) {
    return classification.reclassify(ctx, strategyId);
  }

  @Authorized(...PLANNERS)
  @Mutation(() => SchoolClassification, { description: "Overrides a school's proposed modality with a justification; the proposal is kept." })
  overrideSchoolClassification(@Arg('input', { validateFn: validateWithService }) input: OverrideClassificationInput, @Ctx() ctx: Context) {
    return classification.overrideClassification(ctx, input);
  }

  @Authorized(...PLANNERS)
  @Mutation(() => AssistanceActivity, { description: 'Programs an assistance activity in the strategy.' })
  programAssistanceActivity(@Arg('strategyId', () => ID) strategyId: string, @Arg('input', { validateFn: validateWithService }) input: AssistanceActivityInput, @Ctx() ctx: Context) {
    return service.programActivity(ctx, strategyId, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => AssistanceActivity, { description: 'Changes an activity: programming (planners, not while approved) or execution (status, tasks).' })
  updateAssistanceActivity(@Arg('id', () => ID) id: string, @Arg('input', { validateFn: validateWithService }) input: UpdateAssistanceActivityInput, @Ctx() ctx: Context) {
    return service.updateActivity(ctx, id, input);
  }

  @Authorized(...PLANNERS)
  @Mutation(() => AssistanceStrategy, { description: 'Submits the strategy to the quality leader. Emits strategy.submitted.' })
  submitAssistanceStrategy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.submitStrategy(ctx, id);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => AssistanceStrategy, {
    description:
      'Approves a submitted strategy (líder de calidad). Refused with STRATEGY_NOT_ALIGNED (extensions.unalignedActivityIds) while any activity lacks a PAM action; the refusal emits strategy.alignment_failed.',
  })
  approveAssistanceStrategy(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return alignment.approveStrategy(ctx, id);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => AssistanceStrategy, { description: 'Opens a new revision of an approved strategy, with its reason; the approved one is kept.' })
  reviseAssistanceStrategy(@Args() { id, reason }: ReviseArgs, @Ctx() ctx: Context) {
    return service.reviseStrategy(ctx, id, reason);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => AlignmentImprovementAction, { description: 'Records an improvement action to align an activity with the PAM.' })
  recordAlignmentImprovementAction(@Arg('input') input: AlignmentImprovementActionInput, @Ctx() ctx: Context) {
    return alignment.recordImprovementAction(ctx, input);
  }

  @FieldResolver(() => [SchoolClassification], { description: 'Classification of the schools (a school sees its own). Order: by DANE code.' })
  classifications(@Root() s: AssistanceStrategy, @Ctx() ctx: Context) {
    return queries.classificationsOf(ctx, s);
  }

  @FieldResolver(() => [ClassificationCount], {
    description:
      'The classification counted: active schools (EE) of the secretariat by municipality, sector, zone and modality in force (null: sin clasificar), with those of inclusión obligatoria (a school counts only itself). Order: municipality, sector, zone, modality.',
  })
  classificationCounts(@Root() s: AssistanceStrategy, @Ctx() ctx: Context) {
    return classificationCounts(ctx, s);
  }

  @FieldResolver(() => [AssistanceActivity], { description: 'Programmed activities (a school sees those serving it). Order: by first day, then id.' })
  activities(@Root() s: AssistanceStrategy, @Ctx() ctx: Context) {
    return queries.activitiesOf(ctx, s);
  }

  @FieldResolver(() => [StrategyWarning], { description: 'Warnings: staff overload per month, schools without activities.' })
  warnings(@Root() s: AssistanceStrategy, @Ctx() ctx: Context) {
    return queries.warningsOf(ctx, s);
  }

  @FieldResolver(() => [StrategyRevision], { description: 'Earlier approved revisions, kept when the strategy was revised. Order: by revision number.' })
  revisions(@Root() s: AssistanceStrategy, @Ctx() ctx: Context) {
    return queries.revisionsOf(ctx, s);
  }
}

@Resolver(() => SchoolClassification)
export class SchoolClassificationResolver {
  @FieldResolver(() => School, { description: 'The school (EE).' })
  school(@Root() c: SchoolClassification, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(c.schoolDane);
  }
}

@Resolver(() => AssistanceActivity)
export class AssistanceActivityResolver {
  @FieldResolver(() => [School], { description: 'The schools (EE) it serves, by DANE code (a school sees only itself).' })
  async schools(@Root() a: AssistanceActivity, @Ctx() ctx: Context) {
    const danes = scopeOf(ctx).ownRows([...a.schoolDanes].sort(), (d) => d);
    return (await schoolLoader(ctx).loadMany(danes)).filter((s): s is School => !!s && !(s instanceof Error));
  }

  @FieldResolver(() => [String], { description: 'DANE codes of the schools it serves, ascending (a school sees only its own).' })
  schoolDanes(@Root() a: AssistanceActivity, @Ctx() ctx: Context) {
    return scopeOf(ctx).ownRows([...a.schoolDanes].sort(), (d) => d);
  }
}
