import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ImprovementPlanStatus } from './improvement-plan.enums';

/**
 * The current state of a school's PMI for one period. Its parts (critical factors, objectives, goals, indicators,
 * actions) live in their own tables with stable ids; every version also keeps a JSONB snapshot
 * (improvement_plan_version.content), so earlier versions stay readable after the current rows change.
 */
@Entity()
@Unique('uq_improvement_plan_school_period', ['schoolDane', 'period'])
@Index('IDX_improvement_plan_secretariat_period', ['secretariatCode', 'period', 'status'])
@ObjectType({ description: 'Improvement plan (Plan de Mejoramiento Institucional, PMI) of a school for one period (vigencia).' })
export class ImprovementPlan {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Code of the secretariat (Secretaría de Educación) of the school.' })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code (código DANE) of the school (establecimiento educativo) the plan belongs to.' })
  schoolDane: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Period (vigencia), a year such as "2026".' })
  period: string;

  @Column({ type: 'varchar' })
  @Field(() => ImprovementPlanStatus, { description: 'State of the current version (estado).' })
  status: ImprovementPlanStatus;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Number of the current version (versión); the first is 1.' })
  version: number;

  @Column({ type: 'boolean', nullable: true })
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Outcome of the latest review (Revisión de los PMI): true pertinente, false no pertinente, null never reviewed. ' +
      'A later draft version keeps it until that version is reviewed.',
  })
  pertinent: boolean | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Version the latest review was about.' })
  reviewedVersion: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the PMI was last reviewed (fecha de la última revisión).' })
  lastReviewedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the current version was submitted (radicado), if it was.' })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How the plan is shared with the educational community (socialización / divulgación a la comunidad).',
  })
  communication: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the school registered the plan.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}
