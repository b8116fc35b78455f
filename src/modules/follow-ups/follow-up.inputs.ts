import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsPeriod } from '../../common/period';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { ExportFormat } from '../strategy/strategy.enums';
import { IsEnum, IsISO8601, IsNumber, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ImplementationLevel, PlanPartKind, ProgressStatus } from './follow-up.enums';

const dateOnly = () => IsISO8601({ strict: true }, { message: '$property must be a date YYYY-MM-DD' });

@InputType({ description: 'Progress of a PMI action (avance).' })
export class ActionProgressInput {
  @Field(() => ID, { description: 'The PMI action (acción), by its stable id.' })
  @IsUUID()
  actionId: string;

  @Field(() => ProgressStatus, { description: 'State.' })
  @IsEnum(ProgressStatus)
  status: ProgressStatus;

  @Field(() => Int, { description: 'Percent done, 0–100 (100 for DONE, 0 for NOT_STARTED).' })
  @Min(0)
  @Max(100)
  percent: number;

  @Field(() => String, { nullable: true, description: 'Evidence (evidencia): document reference or link; required for DONE.' })
  @IsOptional()
  @Length(0, 2000)
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@InputType({ description: 'A measurement of a PMI indicator (medición).' })
export class IndicatorMeasurementInput {
  @Field(() => ID, { description: 'The PMI indicator, by its stable id.' })
  @IsUUID()
  indicatorId: string;

  @Field(() => Float, { description: 'Value, in the indicator’s unit.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field({ description: 'Date measured (YYYY-MM-DD), not in the future.' })
  @dateOnly()
  measuredOn: string;

  @Field({ description: 'Source (fuente de verificación).' })
  @Length(2, 500)
  source: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@InputType({ description: 'A corrective action to the PMI agreed with the school (acción correctiva).' })
export class PlanCorrectiveActionInput {
  @Field(() => ID, { description: 'The plan (PMI).' })
  @IsUUID()
  planId: string;

  @Field(() => ID, { nullable: true, description: 'The PMI action it corrects.' })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The PMI indicator it concerns.' })
  @IsOptional()
  @IsUUID()
  indicatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The assistance session where it was agreed.' })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @Field({ description: 'What will be done.' })
  @Length(3, 2000)
  description: string;

  @Field({ description: 'Responsible at the school.' })
  @Length(2, 200)
  responsible: string;

  @Field({ description: 'Due date (YYYY-MM-DD), not before agreedOn.' })
  @dateOnly()
  dueOn: string;

  @Field({ description: 'Date agreed with the school (YYYY-MM-DD).' })
  @dateOnly()
  agreedOn: string;
}

@InputType({ description: 'A coaching note on a part of a PMI.' })
export class CoachingNoteInput {
  @Field(() => ID, { description: 'The plan (PMI).' })
  @IsUUID()
  planId: string;

  @Field(() => PlanPartKind, { description: 'Part commented; PLAN for the plan as a whole.' })
  @IsEnum(PlanPartKind)
  partKind: PlanPartKind;

  @Field(() => ID, { nullable: true, description: 'Id of the part (required unless PLAN).' })
  @IsOptional()
  @IsUUID()
  partId?: string | null;

  @Field({ description: 'The comment.' })
  @Length(2, 5000)
  body: string;
}

@InputType({ description: 'An answer to a coaching note.' })
export class CoachingReplyInput {
  @Field(() => ID, { description: 'The note.' })
  @IsUUID()
  noteId: string;

  @Field({ description: 'The answer.' })
  @Length(2, 5000)
  body: string;
}

@InputType({ description: 'Rating of one goal (meta) in the self-evaluation.' })
export class GoalRatingInput {
  @Field(() => ID, { description: 'The goal.' })
  @IsUUID()
  goalId: string;

  @Field(() => ImplementationLevel, { description: 'Implementation level; FULL needs evidence.' })
  @IsEnum(ImplementationLevel)
  level: ImplementationLevel;

  @Field(() => String, { nullable: true, description: 'Evidence.' })
  @IsOptional()
  @Length(0, 2000)
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  @IsOptional()
  @Length(0, 2000)
  comment?: string | null;
}

@InputType({ description: 'The school’s evaluation of its PMI (autoevaluación del PMI).' })
export class PlanSelfEvaluationInput {
  @Field(() => ID, { description: 'The plan (PMI).' })
  @IsUUID()
  planId: string;

  @Field({ description: 'Date (YYYY-MM-DD), not in the future.' })
  @dateOnly()
  evaluatedOn: string;

  @Field(() => [GoalRatingInput], { description: 'Rating of each goal of the current version (every goal, once).' })
  @ValidateNested({ each: true })
  goalRatings: GoalRatingInput[];

  @Field({ defaultValue: '', description: 'Achievements (logros).' })
  @Length(0, 5000)
  achievements: string = '';

  @Field({ defaultValue: '', description: 'Difficulties (dificultades).' })
  @Length(0, 5000)
  difficulties: string = '';

  @Field({ defaultValue: '', description: 'Adjustments proposed (ajustes).' })
  @Length(0, 5000)
  adjustments: string = '';
}

@ArgsType()
export class FollowUpRecordArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV or XLSX.' })
  @IsEnum(ExportFormat)
  format: ExportFormat = ExportFormat.CSV;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles must name it; others get their own).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code); a school gets its own.' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'school must be a 12-digit DANE code' })
  school?: string | null;
}
