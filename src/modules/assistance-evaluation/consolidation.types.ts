import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AssistanceModality } from '../strategy/strategy.enums';
import { ObjectivesMet } from './assistance-evaluation.enums';

/**
 * Figures of a consolidation (stored as JSON in evaluation_consolidation.figures). Averages are of the 1–5 ratings,
 * every rating counting once, rounded to 2 decimals; null when nothing was rated. Response rate = evaluations
 * received ÷ (activity, school) pairs due, as a fraction 0–1 rounded to 4 decimals; null when nothing was due.
 */
@ObjectType({ description: 'Count of answers on objectives met (cumplimiento de los objetivos).' })
export class ObjectivesMetCount {
  @Field(() => Int, { description: 'Sí.' })
  YES: number;

  @Field(() => Int, { description: 'Parcialmente.' })
  PARTLY: number;

  @Field(() => Int, { description: 'No.' })
  NO: number;
}

@ObjectType({ description: 'Evaluations due and received and their average rating.' })
export class ResponseFigures {
  @Field(() => Int, { description: 'Evaluations due: (activity, school) pairs where the school received the activity.' })
  due: number;

  @Field(() => Int, { description: 'Evaluations received.' })
  received: number;

  @Field(() => Float, { nullable: true, description: 'Response rate (tasa de respuesta) = received ÷ due, 0–1.' })
  responseRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Average of every rating given (1–5).' })
  average: number | null;

  @Field(() => ObjectivesMetCount, { description: 'Answers on objectives met.' })
  objectivesMet: ObjectivesMetCount;
}

@ObjectType({ description: 'Average per criterion (promedio por criterio).' })
export class CriterionFigure {
  @Field({ description: 'Criterion code.' })
  code: string;

  @Field({ description: 'Criterion name.' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Average rating 1–5.' })
  average: number | null;

  @Field(() => Int, { description: 'Ratings counted.' })
  ratings: number;
}

@ObjectType({ description: 'Figures of one assistance activity (por actividad).' })
export class ActivityFigure extends ResponseFigures {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'Title of the activity.' })
  title: string;

  @Field(() => AssistanceModality, { description: 'Modality.' })
  modality: AssistanceModality;

  @Field({ description: 'Responsible staff member (responsable).' })
  responsible: string;
}

@ObjectType({ description: 'Figures of one staff member (por funcionario responsable).' })
export class StaffFigure extends ResponseFigures {
  @Field({ description: 'Responsible staff member, as named in the activities.' })
  responsible: string;

  @Field(() => Int, { description: 'Activities of this staff member with evaluations due.' })
  activities: number;
}

@ObjectType({ description: 'Figures of one modality (por modalidad).' })
export class ModalityFigure extends ResponseFigures {
  @Field(() => AssistanceModality, { description: 'Modality.' })
  modality: AssistanceModality;

  @Field(() => Int, { description: 'Activities of this modality with evaluations due.' })
  activities: number;
}

@ObjectType({ description: "A school's comment (observación) on an activity." })
export class EvaluationComment {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Field(() => ObjectivesMet, { description: 'Objectives met, as the school answered.' })
  objectivesMet: ObjectivesMet;

  @Field({ description: 'The comment.' })
  comments: string;
}

@ObjectType({ description: 'Consolidated figures of the evaluation of the assistance (resultados consolidados).' })
export class ConsolidationFigures {
  @Field(() => ResponseFigures, { description: 'Whole period.' })
  overall: ResponseFigures;

  @Field(() => [CriterionFigure], { description: 'Per criterion, in the order of the settings.' })
  byCriterion: CriterionFigure[];

  @Field(() => [ActivityFigure], { description: 'Per activity with evaluations due, by start date then id.' })
  byActivity: ActivityFigure[];

  @Field(() => [StaffFigure], { description: 'Per staff member, by name.' })
  byStaff: StaffFigure[];

  @Field(() => [ModalityFigure], { description: 'Per modality, in the order INTEGRAL, PUNCTUAL, TRAINING, OTHER.' })
  byModality: ModalityFigure[];

  @Field(() => [EvaluationComment], { description: 'Non-empty comments, by activity then school.' })
  comments: EvaluationComment[];
}
