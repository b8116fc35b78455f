import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, Unique } from 'typeorm';
import { AssistanceModality } from '../strategy/strategy.enums';
import { IrregularityOrigin, IrregularityReason, IrregularityReportStatus } from './irregularity.enums';
import { SecretariatRecord } from '../../common/secretariat-record';

/** One piece of evidence (evidencia) of an irregularity in one period. */
@ObjectType({ description: 'Evidence (evidencia) of an irregularity in one period: the record it comes from.' })
export class IrregularityEvidence {
  @Field({ description: 'Period (vigencia) the evidence belongs to.' })
  period: string;

  @Field(() => IrregularityReason, { description: 'Irregularity it supports.' })
  reason: IrregularityReason;

  @Field({ description: 'Source: PMI, F01.03 or D02.03 (follow-up).' })
  source: string;

  @Field({ description: 'Record kind, e.g. ImprovementPlan, InspectionFindingAction.' })
  record: string;

  @Field(() => String, { nullable: true, description: 'Id of the record (null when the evidence is an absence, e.g. no PMI).' })
  recordId: string | null;

  @Field({ description: 'What the evidence shows, in Spanish.' })
  description: string;
}

/** One assistance the school received in the periods considered. */
@ObjectType({ description: 'Assistance received (asistencia técnica recibida) by the school: an activity and its held sessions.' })
export class AssistanceReceived {
  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field({ description: 'Assistance activity id.' })
  activityId: string;

  @Field({ description: 'Activity title.' })
  title: string;

  @Field(() => AssistanceModality, { description: 'Modality.' })
  modality: AssistanceModality;

  @Field(() => [String], { description: 'Dates of the HELD sessions with this school (YYYY-MM-DD, ascending).' })
  heldOn: string[];
}

/** Annual report of schools with signs of irregularities (F01.03.F01 Reporte de indicios de irregularidades). */
@Entity()
@Unique('uq_irregularity_report_year', ['secretariatCode', 'year'])
@ObjectType({
  description:
    'Irregularities report (F01.03.F01 Reporte de indicios de irregularidades, activity 10) of a secretariat and year: schools that, after the assistance, keep irregularities systematically. Signed = immutable and sent to F01.03.',
})
export class IrregularityReport extends SecretariatRecord {
  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Year reported (año).' })
  year: string;

  @Column({ type: 'varchar', default: IrregularityReportStatus.DRAFT })
  @Field(() => IrregularityReportStatus, { description: 'DRAFT → SIGNED.' })
  status: IrregularityReportStatus;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Consecutive periods (años consecutivos) an irregularity had to persist, from the settings when drafted.' })
  consecutivePeriods: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Share of PMI actions done (0–1) below which a PMI is mostly undone, from the settings when drafted.' })
  minDoneShare: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When the hub last drafted it from the evidence.' })
  draftedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who asked for the draft.' })
  draftedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was signed (fecha de firma).' })
  signedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Subject of the signer (líder de calidad).' })
  signedBy: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the signer as printed on the record.' })
  signerName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Created.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}

/** A school on (or taken off) the irregularities report. */
@Entity()
@Unique('uq_irregularity_report_school', ['reportId', 'schoolDane'])
@ObjectType({
  description:
    'A school on the irregularities report (establecimiento reportado), with its evidence and the assistance it received; a school the leader removed stays listed with included = false and the reason.',
})
export class IrregularityReportSchool {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => IrregularityReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: IrregularityReport;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Column({ type: 'varchar' })
  @Field(() => IrregularityOrigin, { description: 'RULE (drafted from the evidence) or LEADER (added by the leader).' })
  origin: IrregularityOrigin;

  @Column({ type: 'boolean' })
  @Field({ description: 'On the report (incluido); false when the leader removed a drafted school.' })
  included: boolean;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  @Field(() => [IrregularityReason], { description: 'Irregularities found by the rule (empty for a school the leader added without them).' })
  reasons: IrregularityReason[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [IrregularityEvidence], { description: 'Evidence, by period then reason.' })
  evidence: IrregularityEvidence[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [AssistanceReceived], { description: 'Assistance received in the periods considered, by period then activity start.' })
  assistance: AssistanceReceived[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason the leader gave for adding or removing it (justificación).' })
  leaderReason: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who decided (the leader), when the leader added or removed it.' })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the leader decided.' })
  decidedAt: Date | null;
}
