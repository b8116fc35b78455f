import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ManagementArea } from '../../common/management-area';
import { AssistanceModality } from '../strategy/strategy.enums';

/**
 * Figures of the consolidated report (informe de análisis consolidado, activity 9), computed from the evidence of one
 * secretariat and period and stored as JSON with the report, so a published report keeps the figures it was published with.
 */

@ObjectType({ description: 'Coverage of one modality (cobertura): schools planned vs accompanied.' })
export class CoverageByModality {
  @Field(() => AssistanceModality, { description: 'Modality (modalidad) of the programmed activities.' })
  modality: AssistanceModality;

  @Field(() => Int, { description: 'Schools programmed (planeados): in at least one non-cancelled activity of this modality.' })
  planned: number;

  @Field(() => Int, { description: 'Schools accompanied (acompañados): at least one HELD session of an activity of this modality.' })
  accompanied: number;
}

@ObjectType({ description: 'Coverage (cobertura) of the strategy: schools planned vs accompanied, in total and by modality.' })
export class CoverageFigures {
  @Field(() => Int, { description: 'Distinct schools programmed in any modality.' })
  planned: number;

  @Field(() => Int, { description: 'Distinct schools with at least one HELD session.' })
  accompanied: number;

  @Field(() => [CoverageByModality], { description: 'By modality, in the order INTEGRAL, PUNCTUAL, TRAINING, OTHER (only modalities programmed).' })
  byModality: CoverageByModality[];
}

@ObjectType({
  description:
    'Fulfilment of the programming (cumplimiento de la programación), counted per programmed activity and school: done on time (a HELD session within the window), late (HELD only after the window), not done.',
})
export class ProgrammingFigures {
  @Field(() => Int, { description: 'Programmed activity–school pairs (activities not cancelled).' })
  programmed: number;

  @Field(() => Int, { description: 'Done on time (realizadas a tiempo): held on or before the activity’s end date.' })
  onTime: number;

  @Field(() => Int, { description: 'Done late (realizadas con retraso): held only after the end date.' })
  late: number;

  @Field(() => Int, { description: 'Not done (no realizadas): no HELD session.' })
  notDone: number;

  @Field(() => Int, { description: 'Activities cancelled by the secretariat (canceladas), not counted above.' })
  cancelledActivities: number;
}

@ObjectType({ description: 'Average rating of one evaluation criterion (criterio), 1–5.' })
export class ConsolidatedCriterionFigure {
  @Field({ description: 'Criterion code.' })
  code: string;

  @Field({ description: 'Criterion name (nombre), in Spanish.' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Average rating 1–5, two decimals; null without ratings.' })
  average: number | null;

  @Field(() => Int, { description: 'Ratings received.' })
  responses: number;
}

@ObjectType({ description: 'Results of the schools’ evaluation of the assistance (evaluación de asesoría, activity 7).' })
export class EvaluationFigures {
  @Field(() => Int, { description: 'Evaluations received.' })
  received: number;

  @Field(() => Int, { description: 'Evaluations expected: held activity–school pairs.' })
  expected: number;

  @Field(() => Float, { nullable: true, description: 'Response rate (tasa de respuesta) 0–1, received ÷ expected; null when none expected.' })
  responseRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Average of every rating, 1–5, two decimals.' })
  averageRating: number | null;

  @Field(() => Int, { description: 'Objectives met: YES (sí).' })
  objectivesMet: number;

  @Field(() => Int, { description: 'Objectives met: PARTLY (parcialmente).' })
  objectivesPartlyMet: number;

  @Field(() => Int, { description: 'Objectives met: NO.' })
  objectivesNotMet: number;

  @Field(() => [ConsolidatedCriterionFigure], { description: 'Per criterion, ordered by code.' })
  criteria: ConsolidatedCriterionFigure[];
}

@ObjectType({ description: 'Progress of the PMIs of the period (avance de los PMI): indicators and actions (activities 5–6).' })
export class PlanProgressFigures {
  @Field(() => Int, { description: 'PMIs of the period.' })
  plans: number;

  @Field(() => Int, { description: 'Indicators (indicadores) of those PMIs.' })
  indicators: number;

  @Field(() => Int, { description: 'Indicators with at least one measurement (medición).' })
  measured: number;

  @Field(() => Int, { description: 'Indicators whose latest measurement reached the target (meta).' })
  achieved: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average progress of the measured indicators, 0–1: (latest − baseline) ÷ (target − baseline), capped to 0–1.',
  })
  averageProgress: number | null;

  @Field(() => Int, { description: 'Actions (acciones) of those PMIs.' })
  actions: number;

  @Field(() => Int, { description: 'Actions whose latest follow-up is DONE.' })
  actionsDone: number;
}

@ObjectType({ description: 'Needs of one management area (necesidades recurrentes por área de gestión, Guía 34).' })
export class NeedsByArea {
  @Field(() => ManagementArea, { nullable: true, description: 'Management area; null for needs without an area.' })
  area: ManagementArea | null;

  @Field(() => Int, { description: 'Needs identified in the period (open or resolved, not dismissed).' })
  needs: number;

  @Field(() => Int, { description: 'Schools with at least one such need.' })
  schools: number;

  @Field(() => Int, { description: 'Recurrent (recurrentes): schools that also had a need of this area in the previous period.' })
  recurrentSchools: number;
}

@ObjectType({ description: 'Infrastructure needs of a school (necesidades de infraestructura), for I02.04.' })
export class InfrastructureNeedFigure {
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Field({ description: 'School name.' })
  schoolName: string;

  @Field(() => String, { nullable: true, description: 'Infrastructure condition (estado de la planta física) as D01.04 reported it.' })
  condition: string | null;

  @Field(() => [String], { description: 'Needs found (necesidades).' })
  needs: string[];

  @Field({ description: 'Year of the characterization the needs come from.' })
  year: string;
}

@ObjectType({ description: 'Characterization items of one school for D01.04 (ítems de la caracterización).' })
export class CharacterizationItem {
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Field(() => AssistanceModality, { nullable: true, description: 'Modality it was classified in (null: not in the strategy).' })
  modality: AssistanceModality | null;

  @Field({ description: 'Accompanied in the period (≥ 1 HELD session).' })
  accompanied: boolean;

  @Field({ description: 'Its PMI of the period was reviewed as pertinent.' })
  pmiPertinent: boolean;

  @Field(() => Float, { nullable: true, description: 'Share of its PMI actions done, 0–1 (null: no PMI actions).' })
  actionsDoneShare: number | null;
}

@ObjectType({ description: 'Every figure of the consolidated report (cifras del informe consolidado).' })
export class ConsolidatedFigures {
  @Field(() => String, { nullable: true, description: 'Strategy the figures come from (null: no strategy for the period).' })
  strategyId: string | null;

  @Field(() => CoverageFigures, { description: 'Coverage, planned vs accompanied.' })
  coverage: CoverageFigures;

  @Field(() => ProgrammingFigures, { description: 'Fulfilment of the programming.' })
  programming: ProgrammingFigures;

  @Field(() => EvaluationFigures, { description: 'Evaluation results.' })
  evaluation: EvaluationFigures;

  @Field(() => PlanProgressFigures, { description: 'PMI indicator and action progress.' })
  planProgress: PlanProgressFigures;

  @Field(() => [NeedsByArea], { description: 'Needs by management area (areas in Guía 34 order, then no area).' })
  needsByArea: NeedsByArea[];

  @Field(() => [InfrastructureNeedFigure], { description: 'Infrastructure needs, school by school (by DANE code).' })
  infrastructure: InfrastructureNeedFigure[];

  @Field(() => [CharacterizationItem], { description: 'Characterization items for D01.04, school by school (by DANE code).' })
  characterization: CharacterizationItem[];
}
