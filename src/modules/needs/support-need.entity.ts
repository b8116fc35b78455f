import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Unique, Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { NeedPriority, NeedResolutionReason, NeedRule, NeedSource, NeedStatus } from './need.enums';
import { SecretariatPeriodRecord } from '../../common/secretariat-record';

@ObjectType({ description: 'Evidence (evidencia) behind a signal or need: which record of which source says what.' })
export class Evidence {
  @Field({ description: 'Source (fuente): a subprocess code (D01.03, D01.04, F01.03, D02.02, C02.02, D02.05), PMI or REQUEST.' })
  source: string;

  @Field({ description: 'Kind of record, e.g. SelfEvaluationScore.' })
  record: string;

  @Field({ description: 'Id of the record in the hub.' })
  recordId: string;

  @Field(() => String, { nullable: true, description: 'What the record says, e.g. "DIR-01-02 = 1" or "C".' })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the record (YYYY-MM-DD) or its year.' })
  date: string | null;

  @Field(() => String, { nullable: true, description: 'Human description.' })
  description: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the source withdrew this record (evidencia retirada); set on a resolved need’s evidence.',
  })
  retracted?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the source withdrew the record (motivo del retiro), when retracted.' })
  retractionReason?: string | null;
}

@Entity()
@Unique('uq_support_need_need_key', ['secretariatCode', 'period', 'needKey'])
@Index(['secretariatCode', 'period', 'schoolDane'])
@ObjectType({ description: 'Support need (necesidad de apoyo) of a school, from a rule over its inputs or a request.' })
export class SupportNeed extends SecretariatPeriodRecord {
  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (EE).' })
  schoolDane: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => ManagementArea, { nullable: true, description: 'Management area (área de gestión); null when transversal.' })
  area: ManagementArea | null;

  @Column({ type: 'varchar' })
  @Field(() => NeedSource, { description: 'Origin: rule, request or staff.' })
  source: NeedSource;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => NeedRule, { nullable: true, description: 'The rule that produced it (source ANALYSIS).' })
  rule: NeedRule | null;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The support request it comes from (source REQUEST).' })
  supportRequestId: string | null;

  /** Identity for idempotent re-runs: rule + school + area, REQUEST:<id> or MANUAL:<uuid>. */
  @Column({ type: 'varchar' })
  needKey: string;

  @Column({ type: 'text' })
  @Field({ description: 'Description (descripción de la necesidad).' })
  description: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [Evidence], { description: 'Evidence the need stands on.' })
  evidence: Evidence[];

  @Column({ type: 'varchar' })
  @Field(() => NeedPriority, { description: 'Priority.' })
  priority: NeedPriority;

  @Column({ type: 'varchar' })
  @Field(() => NeedStatus, { description: 'State.' })
  status: NeedStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why staff dismissed it (motivo del descarte).' })
  dismissReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a re-run found its signal gone.' })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => NeedResolutionReason, {
    nullable: true,
    description: 'Why a run resolved it (motivo de la resolución): signal gone, or evidence retracted by its source.',
  })
  resolutionReason: NeedResolutionReason | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When a run last confirmed it.' })
  lastIdentifiedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was first identified.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}

