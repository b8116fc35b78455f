import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, UpdateDateColumn, Unique } from 'typeorm';
import { ConsolidatedReportStatus } from './reports.enums';
import { ConsolidatedFigures } from './consolidated-figures';
import { SecretariatPeriodRecord } from '../../common/secretariat-record';

/**
 * Consolidated report (informe de análisis consolidado de resultados del acompañamiento a los PMI, activity 9) of a
 * secretariat and period. Versions: the first is 1; a published report is immutable (service and database trigger),
 * and a correction is a new version whose `replacesId` names the one it replaces.
 */
@Entity()
@Unique('uq_consolidated_report_version', ['secretariatCode', 'period', 'version'])
@ObjectType({
  description:
    'Consolidated report (informe de análisis consolidado, activity 9) of a secretariat and period: coverage, programming fulfilment, evaluation results, PMI progress, needs by area, infrastructure needs. Published = immutable.',
})
export class ConsolidatedReport extends SecretariatPeriodRecord {
  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Version (versión): 1, then +1 for each correction.' })
  version: number;

  @Column({ type: 'varchar', default: ConsolidatedReportStatus.DRAFT })
  @Field(() => ConsolidatedReportStatus, { description: 'DRAFT → PUBLISHED.' })
  status: ConsolidatedReportStatus;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The published version this one corrects (reemplaza a), if any.' })
  replacesId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the previous version is corrected (motivo de la corrección).' })
  correctionReason: string | null;

  @Column({ type: 'jsonb' })
  @Field(() => ConsolidatedFigures, { description: 'The figures, as computed when the draft was last generated.' })
  figures: ConsolidatedFigures;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Analysis and conclusions written by the profesional de mejoramiento (análisis).' })
  analysis: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who created this version.' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Created.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change (figures regenerated or analysis edited).' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published (fecha de publicación).' })
  publishedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who published it (líder de calidad).' })
  publishedBy: string | null;
}
