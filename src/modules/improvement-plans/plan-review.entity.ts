import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/auth/roles';

/** Observations of a review, one per part of the PMI; stored as columns `observation_<part>`. */
@ObjectType({ description: 'Observations of a PMI review per part (observaciones de la Revisión de los PMI).' })
export class PlanReviewObservations {
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On the critical factors and their prioritisation (factores críticos).' })
  criticalFactors: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On the objectives (objetivos).' })
  objectives: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On the goals (metas).' })
  goals: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On the indicators (indicadores).' })
  indicators: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On the actions, responsible people, schedule and resources (acciones).' })
  actions: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'On how the plan is shared with the community (socialización).' })
  communication: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'General observations (observaciones generales).' })
  general: string | null;
}

@Entity({ name: 'improvement_plan_review' })
@Index('IDX_improvement_plan_review_plan', ['planId', 'version'])
@ObjectType({ description: 'A review of one PMI version by the secretariat (Revisión de los PMI): pertinent or not, with observations.' })
export class PlanReview {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The plan (PMI).' })
  planId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Version reviewed (versión revisada).' })
  version: number;

  @Column({ type: 'boolean' })
  @Field({ description: 'True pertinente, false no pertinente.' })
  pertinent: boolean;

  @Column(() => PlanReviewObservations, { prefix: 'observation' })
  @Field(() => PlanReviewObservations, { description: 'Observations per part (observaciones).' })
  observations: PlanReviewObservations;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject of the reviewer (revisor).' })
  reviewer: string;

  @Column({ type: 'varchar' })
  @Field(() => Role, { description: 'Role of the reviewer.' })
  reviewerRole: Role;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'Date of the review (fecha de revisión).' })
  reviewedAt: Date;
}
