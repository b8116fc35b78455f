import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Printable } from '../../records/printable';
import { ArrayMinSize, IsEnum, IsISO8601, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsPeriod } from '../../common/period';
import { PageArgs } from '../../common/pagination';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { ExportFormat } from '../strategy/strategy.enums';
import { ObjectivesMet } from './assistance-evaluation.enums';

export const CRITERION_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

@InputType({ description: 'A criterion of the evaluation (criterio), rated 1–5 by the schools.' })
export class EvaluationCriterionInput {
  @Field({ description: 'Stable code: capital letters, digits and _ (2–32), e.g. PERTINENCE.' })
  @Matches(CRITERION_CODE, { message: 'code must be 2–32 capital letters, digits or _, starting with a letter' })
  code: string;

  @Field({ description: 'Name shown to the school (Spanish); printed in the consolidated report (PDF): a character its font cannot show is BAD_USER_INPUT.' })
  @Length(2, 200)
  @Printable()
  name: string;
}

@InputType({ description: "The evaluation settings of a period: deadline (plazo máximo) and criteria." })
export class EvaluationSettingsInput {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field({ description: 'Deadline (plazo máximo), ISO 8601 date-time with offset, e.g. 2027-01-15T23:59:59-05:00.' })
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO 8601 date-time' })
  deadline: string;

  @Field(() => [EvaluationCriterionInput], {
    nullable: true,
    description: 'Criteria (1–20), in the order shown; omitted: the current ones (or the defaults). Cannot change once evaluations exist.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  criteria?: EvaluationCriterionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Secretariat (administrators only; others write to their own).' })
  @IsOptional()
  secretariat?: string | null;
}

@InputType({ description: 'The rating of one criterion.' })
export class CriterionRatingInput {
  @Field({ description: 'Criterion code, as in the period\'s settings.' })
  @Length(1, 32)
  criterion: string;

  @Field(() => Int, { description: 'Score 1 (lowest) to 5 (highest).' })
  @Min(1, { message: 'score must be between 1 and 5' })
  @Max(5, { message: 'score must be between 1 and 5' })
  score: number;
}

@InputType({ description: 'A school\'s evaluation of an assistance activity it received (evaluación de asesoría).' })
export class SubmitAssistanceEvaluationInput {
  @Field(() => ID, { description: 'The assistance activity evaluated.' })
  @IsUUID()
  activityId: string;

  @Field(() => [CriterionRatingInput], { description: 'One rating per criterion of the period, 1–5.' })
  @ValidateNested({ each: true })
  ratings: CriterionRatingInput[];

  @Field(() => ObjectivesMet, { description: 'Objectives met: YES, PARTLY or NO.' })
  @IsEnum(ObjectivesMet)
  objectivesMet: ObjectivesMet;

  @Field({ defaultValue: '', description: 'Comments (observaciones), up to 4,000 characters.' })
  @Length(0, 4000)
  comments: string = '';
}

@ArgsType()
export class EvaluationPeriodArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class AssistanceEvaluationsArgs extends PageArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the evaluations of this activity.' })
  @IsOptional()
  @IsUUID()
  activityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code); a school user always sees its own.' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'school must be a 12-digit DANE code' })
  school?: string | null;
}

@ArgsType()
export class ReviewConsolidationArgs extends EvaluationPeriodArgs {
  @Field({ description: "The leader's conclusions on the results (análisis), 3–4,000 characters." })
  @Length(3, 4000)
  notes: string;
}

@ArgsType()
export class EvaluationRecordArgs extends EvaluationPeriodArgs {
  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV or XLSX.' })
  @IsEnum(ExportFormat)
  format: ExportFormat = ExportFormat.CSV;
}
