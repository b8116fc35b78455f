import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from 'type-graphql';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsISO8601,
  IsDate,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsPeriod } from '../../common/period';
import { ManagementArea } from '../../common/management-area';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { ImprovementPlanStatus, IndicatorFrequency, PlanActionStatus } from './improvement-plan.enums';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const idDescription = 'Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one.';

@InputType({ description: 'A critical factor (factor crítico) with its prioritisation; priority is computed.' })
export class CriticalFactorInput {
  @Field(() => ID, { nullable: true, description: idDescription })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  @IsEnum(ManagementArea)
  area: ManagementArea;

  @Field({ description: 'Description (factor crítico).' })
  @Length(3, 2000)
  description: string;

  @Field(() => Int, { description: 'Urgency (urgencia), 1–5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  urgency: number;

  @Field(() => Int, { description: 'Trend (tendencia), 1–5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  trend: number;

  @Field(() => Int, { description: 'Impact (impacto), 1–5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  impact: number;
}

@InputType({ description: 'An objective (objetivo) of the PMI.' })
export class ObjectiveInput {
  @Field(() => ID, { nullable: true, description: idDescription })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  @IsEnum(ManagementArea)
  area: ManagementArea;

  @Field({ description: 'Objective (objetivo).' })
  @Length(3, 2000)
  description: string;
}

@InputType({ description: 'An indicator (indicador) of a goal.' })
export class IndicatorInput {
  @Field(() => ID, { nullable: true, description: idDescription })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: 'Name (nombre del indicador).' })
  @Length(3, 500)
  name: string;

  @Field(() => Float, { description: 'Baseline (línea base).' })
  baseline: number;

  @Field(() => Float, { description: 'Target (meta) at the end of the period.' })
  target: number;

  @Field({ description: 'Unit (unidad de medida), e.g. "%".' })
  @Length(1, 60)
  unit: string;

  @Field(() => IndicatorFrequency, { description: 'Measuring frequency (periodicidad).' })
  @IsEnum(IndicatorFrequency)
  frequency: IndicatorFrequency;
}

@InputType({ description: 'An action or task (acción / actividad) of a goal.' })
export class PlanActionInput {
  @Field(() => ID, { nullable: true, description: idDescription })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ description: 'What is to be done (acción).' })
  @Length(3, 2000)
  description: string;

  @Field({ description: 'Responsible person or team (responsable).' })
  @Length(2, 200)
  responsible: string;

  @Field({ description: 'Start date (fecha de inicio), YYYY-MM-DD.' })
  @Matches(ISO_DAY, { message: 'startDate must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a valid date' })
  startDate: string;

  @Field({ description: 'End date (fecha de terminación), YYYY-MM-DD; not before the start.' })
  @Matches(ISO_DAY, { message: 'endDate must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a valid date' })
  endDate: string;

  @Field(() => String, { nullable: true, description: 'Resources (recursos).' })
  @IsOptional()
  @MaxLength(2000)
  resources?: string | null;

  @Field(() => PlanActionStatus, { defaultValue: PlanActionStatus.NOT_STARTED, description: 'Progress (estado).' })
  @IsEnum(PlanActionStatus)
  status: PlanActionStatus = PlanActionStatus.NOT_STARTED;

  @Field(() => String, {
    nullable: true,
    description: 'External id of the F01.03 corrective/preventive action this action answers (acción de control del servicio).',
  })
  @IsOptional()
  @Length(1, 120)
  inspectionActionRef?: string | null;
}

@InputType({ description: 'A goal (meta) in one management area, with its indicators and actions.' })
export class GoalInput {
  @Field(() => ID, { nullable: true, description: idDescription })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  @IsEnum(ManagementArea)
  area: ManagementArea;

  @Field({ description: 'Goal (meta).' })
  @Length(3, 2000)
  description: string;

  @Field(() => [IndicatorInput], { defaultValue: [], description: 'Indicators (indicadores) of the goal.' })
  @ValidateNested({ each: true })
  indicators: IndicatorInput[];

  @Field(() => [PlanActionInput], { defaultValue: [], description: 'Actions (acciones) of the goal.' })
  @ValidateNested({ each: true })
  actions: PlanActionInput[];
}

/**
 * The content of a PMI. On update, an omitted list stays as it is; a given list replaces the current one: items
 * with an `id` keep it, items without one are added, current items left out are removed.
 */
@InputType({ description: 'Content of a PMI (contenido, Guía 34).' })
export class ImprovementPlanContentInput {
  @Field(() => [CriticalFactorInput], { nullable: true, description: 'Critical factors (factores críticos) with urgency, trend and impact.' })
  @IsOptional()
  @ValidateNested({ each: true })
  criticalFactors?: CriticalFactorInput[] | null;

  @Field(() => [ObjectiveInput], { nullable: true, description: 'Objectives (objetivos).' })
  @IsOptional()
  @ValidateNested({ each: true })
  objectives?: ObjectiveInput[] | null;

  @Field(() => [GoalInput], { nullable: true, description: 'Goals (metas) per management area, with indicators and actions.' })
  @IsOptional()
  @ValidateNested({ each: true })
  goals?: GoalInput[] | null;

  @Field(() => String, { nullable: true, description: 'How the plan is shared with the community (socialización a la comunidad educativa).' })
  @IsOptional()
  @MaxLength(4000)
  communication?: string | null;
}

@InputType({ description: 'A school registers its PMI for a period (registro del PMI).' })
export class RegisterImprovementPlanInput extends ImprovementPlanContentInput {
  @Field(() => String, { nullable: true, description: "DANE code of the school; defaults to the caller's own school." })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be exactly 12 digits (código DANE)' })
  daneCode?: string | null;

  @Field({ description: 'Period (vigencia), e.g. "2026".' })
  @IsPeriod()
  period: string;
}

@InputType({ description: 'Changes to a PMI: omitted parts stay as they are (see ImprovementPlanContentInput).' })
export class UpdateImprovementPlanInput extends ImprovementPlanContentInput {}

/** An optional free-text observation of at most 4,000 characters. */
function Observation(description: string): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key as string);
    MaxLength(4000)(target, key as string);
  };
}

@InputType({ description: 'Observations of a review, per part of the PMI (observaciones).' })
export class PlanReviewObservationsInput {
  @Observation('On the critical factors (factores críticos).')
  criticalFactors?: string | null;

  @Observation('On the objectives (objetivos).')
  objectives?: string | null;

  @Observation('On the goals (metas).')
  goals?: string | null;

  @Observation('On the indicators (indicadores).')
  indicators?: string | null;

  @Observation('On the actions (acciones).')
  actions?: string | null;

  @Observation('On the communication to the community (socialización).')
  communication?: string | null;

  @Observation('General observations (observaciones generales).')
  general?: string | null;
}

@InputType({ description: 'The review of a submitted PMI version (Revisión de los PMI).' })
export class ReviewImprovementPlanInput {
  @Field({ description: 'True pertinente, false no pertinente.' })
  @IsBoolean()
  pertinent: boolean;

  @Field(() => Int, { nullable: true, description: 'Version being reviewed; when given it must be the submitted one (guards against reviewing a newer text).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @Field(() => PlanReviewObservationsInput, { defaultValue: {}, description: 'Observations per part.' })
  @ValidateNested()
  observations: PlanReviewObservationsInput;
}

@ArgsType()
export class ImprovementPlansArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this period (vigencia).' })
  @IsOptional()
  @IsPeriod()
  period?: string | null;

  @Field(() => ImprovementPlanStatus, { nullable: true, description: 'Only plans whose current version is in this state.' })
  @IsOptional()
  status?: ImprovementPlanStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only plans whose latest review was pertinent (true) or not pertinent (false).' })
  @IsOptional()
  pertinent?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code).' })
  @IsOptional()
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others see their own).' })
  @IsOptional()
  secretariat?: string | null;
}

@InputType({ description: 'Opens a modification window (periodo de modificación de los PMI) for a period.' })
export class OpenModificationWindowInput {
  @Field({ description: 'Period (vigencia) whose PMIs may be changed.' })
  @IsPeriod()
  period: string;

  @Field(() => GraphQLISODateTime, { description: 'Opening date and time (fecha de inicio).' })
  @IsDate()
  opensAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'Closing date and time (fecha de cierre), after the opening.' })
  @IsDate()
  closesAt: Date;
}

@ArgsType()
export class ModificationWindowsArgs {
  @Field(() => String, { nullable: true, description: 'Only this period (vigencia).' })
  @IsOptional()
  @IsPeriod()
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others see their own).' })
  @IsOptional()
  secretariat?: string | null;
}
