import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Index, Unique, Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { StrategyStatus } from './strategy.enums';
import { SecretariatPeriodRecord } from '../../common/secretariat-record';

@Entity()
@Index('IDX_assistance_strategy_status', ['status'])
@Unique('uq_assistance_strategy_period', ['secretariatCode', 'period'])
@ObjectType({
  description:
    'Technical assistance strategy (estrategia de asistencia técnica / acompañamiento) of a secretariat for a period: classification of schools and programmed activities.',
})
export class AssistanceStrategy extends SecretariatPeriodRecord {
  @Column({ type: 'varchar', default: StrategyStatus.DRAFT })
  @Field(() => StrategyStatus, { description: 'State: DRAFT → SUBMITTED → APPROVED → EXECUTION → EVALUATION.' })
  status: StrategyStatus;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Revision number: 1, then +1 each time an approved strategy is revised.' })
  revision: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason of the current revision (motivo del ajuste).' })
  revisionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted.' })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was approved.' })
  approvedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who approved it (líder de calidad).' })
  approvedBy: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Last day of the evaluation period (periodo de evaluación) when the secretariat sets its own; null: the period ends on 31 December.',
  })
  evaluationPeriodEndsOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it entered EXECUTION (ejecución, activity 5).' })
  executionStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it entered EVALUATION (evaluación, activity 7 on).' })
  evaluationStartedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Created.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}
