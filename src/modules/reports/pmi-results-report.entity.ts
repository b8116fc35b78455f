import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Unique } from 'typeorm';
import { SecretariatPeriodRecord } from '../../common/secretariat-record';

/** PMI formulation results of one secretariat and period (resultados de gestión de formulación de los PMI), for MEN. */
@ObjectType({
  description:
    'PMI formulation results (resultados de gestión de formulación de los PMI) of a secretariat and period, as reported to the Ministry (MEN).',
})
export class PmiResultsFigures {
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;

  @Field({ description: 'Secretariat name.' })
  secretariatName: string;

  @Field(() => String, { nullable: true, description: 'Department (departamento) of the secretariat.' })
  department: string | null;

  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field(() => Int, { description: 'Active schools (establecimientos educativos) of the secretariat.' })
  schools: number;

  @Field(() => Int, { description: 'PMIs registered (registrados) for the period.' })
  plansRegistered: number;

  @Field(() => Int, { description: 'PMIs reviewed (revisados) by the secretariat.' })
  plansReviewed: number;

  @Field(() => Int, { description: 'PMIs reviewed as pertinent (revisados como pertinentes).' })
  plansPertinent: number;

  @Field(() => Int, { description: 'PMIs followed up (con seguimiento): at least one action progress or indicator measurement.' })
  plansFollowedUp: number;

  @Field(() => Int, { description: 'PMIs evaluated (evaluados) by their school (autoevaluación del PMI).' })
  plansEvaluated: number;

  @Field(() => Int, { description: 'Indicators (indicadores) of the PMIs.' })
  indicators: number;

  @Field(() => Int, { description: 'Indicators with a measurement.' })
  indicatorsMeasured: number;

  @Field(() => Int, { description: 'Indicators whose latest measurement reached the target.' })
  indicatorsAchieved: number;

  @Field(() => Float, { nullable: true, description: 'Average indicator progress 0–1 (see ConsolidatedFigures).' })
  averageIndicatorProgress: number | null;
}

/** A published version of the PMI results (immutable), sent to the Ministry as the event pmi_results.published. */
@Entity()
@Unique('uq_pmi_results_report_version', ['secretariatCode', 'period', 'version'])
@ObjectType({ description: 'Published PMI results for the Ministry (reporte al MEN): an immutable snapshot, version by version.' })
export class PmiResultsReport extends SecretariatPeriodRecord {
  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Version: 1, then +1 each time the secretariat publishes again.' })
  version: number;

  @Column({ type: 'jsonb' })
  @Field(() => PmiResultsFigures, { description: 'The figures published.' })
  figures: PmiResultsFigures;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When it was published.' })
  publishedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who published it.' })
  publishedBy: string;
}
