import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, Unique } from 'typeorm';
import { ConsolidationStatus, ObjectivesMet } from './assistance-evaluation.enums';
import { SecretariatPeriodRecord } from '../../common/secretariat-record';

@ObjectType({ description: 'The rating of one criterion (calificación por criterio), 1–5.' })
export class CriterionRating {
  @Field({ description: 'Criterion code.' })
  criterion: string;

  @Field(() => Int, { description: 'Score 1 (lowest) to 5 (highest).' })
  score: number;
}

@Entity()
@Unique('uq_assistance_evaluation_school', ['activityId', 'schoolDane'])
@Index(['secretariatCode', 'period', 'schoolDane'])
@ObjectType({
  description:
    'Evaluation of the assistance by a school (evaluación de asesoría / de la asistencia técnica, activity 7): one per assistance activity the school received.',
})
export class AssistanceEvaluation extends SecretariatPeriodRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The assistance strategy (estrategia de asistencia técnica).' })
  strategyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The assistance activity evaluated (asistencia técnica).' })
  activityId: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (EE) that evaluated.' })
  schoolDane: string;

  /** `{ criterionCode: 1..5 }`, one entry per criterion of the period's settings. */
  @Column({ type: 'jsonb' })
  ratings: Record<string, number>;

  @Column({ type: 'varchar' })
  @Field(() => ObjectivesMet, { description: 'Objectives met (cumplimiento de los objetivos): YES, PARTLY or NO.' })
  objectivesMet: ObjectivesMet;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Comments (observaciones) of the school.' })
  comments: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When it was submitted (before the deadline).' })
  submittedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: "Who submitted it (the school's user)." })
  submittedBy: string;
}

@Entity()
@Unique('uq_evaluation_consolidation_period', ['secretariatCode', 'period'])
@ObjectType({
  description:
    'Consolidated results of the evaluation of the assistance (consolidado de la evaluación de asesoría) of a secretariat and period, reviewed by the quality leader.',
})
export class EvaluationConsolidation extends SecretariatPeriodRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The assistance strategy of the period.' })
  strategyId: string;

  /** The figures as computed (see ConsolidationFigures in assistance-evaluation.service.ts). */
  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'The figures as stored (raw JSON); the typed fields below read the same data.' })
  figures: Record<string, unknown>;

  @Column({ type: 'varchar', default: ConsolidationStatus.DRAFT })
  @Field(() => ConsolidationStatus, { description: 'DRAFT until the quality leader reviews it, then REVIEWED.' })
  status: ConsolidationStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When the figures were computed.' })
  computedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who computed them.' })
  computedBy: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Quality leader (líder de calidad) who reviewed it.' })
  reviewedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was reviewed.' })
  reviewedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The leader's conclusions (análisis de los resultados)." })
  reviewNotes: string | null;
}
