import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsPeriod } from '../../common/period';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { ActivityStatus, AssistanceModality, ExportFormat } from './strategy.enums';

const dateOnly = () => IsISO8601({ strict: true }, { message: '$property must be a date YYYY-MM-DD' });

@InputType({ description: 'A task of an activity.' })
export class ActivityTaskInput {
  @Field({ description: 'What is to be done.' })
  @Length(3, 500)
  description: string;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  @IsOptional()
  @dateOnly()
  dueOn?: string | null;

  @Field({ defaultValue: false, description: 'Done.' })
  @IsBoolean()
  done: boolean = false;
}

@InputType({ description: 'A programmed assistance activity (asistencia técnica programada).' })
export class AssistanceActivityInput {
  @Field({ description: 'Title.' })
  @Length(3, 250)
  title: string;

  @Field(() => AssistanceModality, { description: 'Modality.' })
  @IsEnum(AssistanceModality)
  modality: AssistanceModality;

  @Field({ description: 'Method (metodología).' })
  @Length(2, 250)
  method: string;

  @Field(() => [String], { description: 'DANE codes of the schools it serves (at least one).' })
  @ArrayMinSize(1)
  // Each code is checked at the boundary (src/common/input-guard.ts), its violation naming its index.
  schoolDanes: string[];

  @Field({ description: 'First day (YYYY-MM-DD), within the period.' })
  @dateOnly()
  startsOn: string;

  @Field({ description: 'Last day (YYYY-MM-DD), within the period and not before startsOn.' })
  @dateOnly()
  endsOn: string;

  @Field({ description: 'Responsible staff member (responsable).' })
  @Length(2, 200)
  responsible: string;

  @Field({ defaultValue: '', description: 'Resources (recursos).' })
  @Length(0, 2000)
  resources: string = '';

  @Field(() => [ActivityTaskInput], { defaultValue: [], description: 'Tasks.' })
  @ValidateNested({ each: true })
  tasks: ActivityTaskInput[];

  @Field(() => ID, { nullable: true, description: 'PAM action (acción del PAM, D02.01) of the same period it is part of.' })
  @IsOptional()
  @IsUUID()
  supportPlanActionId?: string | null;
}

@InputType({ description: 'Changes to an activity. While the strategy is approved only `status` and `tasks` may change (execution).' })
export class UpdateAssistanceActivityInput {
  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @Length(3, 250)
  title?: string;

  @Field(() => AssistanceModality, { nullable: true, description: 'Modality.' })
  @IsOptional()
  @IsEnum(AssistanceModality)
  modality?: AssistanceModality;

  @Field(() => String, { nullable: true, description: 'Method.' })
  @IsOptional()
  @Length(2, 250)
  method?: string;

  @Field(() => [String], { nullable: true, description: 'Schools.' })
  @IsOptional()
  @ArrayMinSize(1)
  // Each code is checked at the boundary (src/common/input-guard.ts), its violation naming its index.
  schoolDanes?: string[];

  @Field(() => String, { nullable: true, description: 'First day.' })
  @IsOptional()
  @dateOnly()
  startsOn?: string;

  @Field(() => String, { nullable: true, description: 'Last day.' })
  @IsOptional()
  @dateOnly()
  endsOn?: string;

  @Field(() => String, { nullable: true, description: 'Responsible staff member.' })
  @IsOptional()
  @Length(2, 200)
  responsible?: string;

  @Field(() => String, { nullable: true, description: 'Resources.' })
  @IsOptional()
  @Length(0, 2000)
  resources?: string;

  @Field(() => [ActivityTaskInput], { nullable: true, description: 'Tasks (replace the list).' })
  @IsOptional()
  @ValidateNested({ each: true })
  tasks?: ActivityTaskInput[];

  @Field(() => ID, { nullable: true, description: 'PAM action of the same period.' })
  @IsOptional()
  @IsUUID()
  supportPlanActionId?: string;

  @Field(() => ActivityStatus, { nullable: true, description: 'State.' })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;
}

@InputType({ description: 'Override of the proposed modality of a school, with its justification.' })
export class OverrideClassificationInput {
  @Field(() => ID, { description: 'The strategy.' })
  @IsUUID()
  strategyId: string;

  @Field({ description: 'DANE code of the classified school.' })
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be a 12-digit DANE code' })
  daneCode: string;

  @Field(() => AssistanceModality, { description: 'Modality to apply.' })
  @IsEnum(AssistanceModality)
  modality: AssistanceModality;

  @Field({ description: 'Justification (justificación), recorded with the proposal it overrides.' })
  @Length(10, 2000)
  justification: string;
}

@InputType({ description: 'Improvement action to align an activity with the PAM (acción de mejora).' })
export class AlignmentImprovementActionInput {
  @Field(() => ID, { description: 'The unaligned activity.' })
  @IsUUID()
  activityId: string;

  @Field({ description: 'What will be done.' })
  @Length(5, 2000)
  what: string;

  @Field({ description: 'Who is responsible.' })
  @Length(2, 200)
  who: string;

  @Field({ description: 'By when (YYYY-MM-DD).' })
  @dateOnly()
  dueOn: string;
}

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID, { description: 'The strategy.' })
  @IsUUID()
  strategyId: string;

  @Field(() => String, { nullable: true, description: 'Only activities serving this school (DANE code).' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'school must be a 12-digit DANE code' })
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Only activities of this responsible staff member.' })
  @IsOptional()
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'Only activities whose date window touches this month (YYYY-MM).' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month?: string | null;
}

@ArgsType()
export class StrategyOfArgs {
  @Field({ description: 'Period (vigencia).' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class ExportArgs {
  @Field(() => ID, { description: 'The approved strategy.' })
  @IsUUID()
  strategyId: string;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV or XLSX.' })
  @IsEnum(ExportFormat)
  format: ExportFormat = ExportFormat.CSV;
}


@ArgsType()
export class ReviseArgs {
  @Field(() => ID, { description: 'The approved strategy.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why it is revised (motivo del ajuste).' })
  @Length(5, 2000)
  reason: string;
}
