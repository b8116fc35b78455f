import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ImprovementPlanStatus } from './improvement-plan.enums';

/**
 * One version of a PMI (SIGCE "generar nueva versión"). The current version's snapshot is rewritten while it is a
 * draft; once reviewed it is frozen and the next change opens version n + 1.
 */
@Entity({ name: 'improvement_plan_version' })
@Unique('uq_improvement_plan_version_plan_version', ['planId', 'version'])
@ObjectType({ description: 'A version of a PMI (versión del Plan de Mejoramiento Institucional) with its full content as it stood.' })
export class PlanVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The plan (PMI).' })
  planId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Version number (versión), from 1.' })
  version: number;

  @Column({ type: 'varchar' })
  @Field(() => ImprovementPlanStatus, { description: 'State of this version.' })
  status: ImprovementPlanStatus;

  @Column({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Review outcome of this version: pertinente / no pertinente; null until reviewed.' })
  pertinent: boolean | null;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, {
    description:
      'Snapshot of the content (contenido): { criticalFactors, objectives, goals: [{ indicators, actions }], communication }, with the ids of each part.',
  })
  content: Record<string, unknown>;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject of the user who created this version.' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When this version was created.' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'Last change to this version’s content (only drafts change).' })
  changedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this version was submitted (radicado).' })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When this version was reviewed.' })
  reviewedAt: Date | null;
}
