import { Arg, Args, Authorized, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role, SECRETARIAT_STAFF, scope } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { RecordFile, toRecordFile } from '../../records/record-file';
import { ConsolidatedReport } from './consolidated-report.entity';
import { PmiResultsFigures, PmiResultsReport } from './pmi-results-report.entity';
import { PmiResultsNational } from './pmi-results.types';
import {
  ConsolidatedReportAnalysisInput,
  ConsolidatedReportsArgs,
  GenerateConsolidatedReportInput,
  PmiResultsArgs,
  PmiResultsNationalArgs,
  PublishedPmiResultsArgs,
  PublishPmiResultsArgs,
  ReportIdArgs,
  RevisionRecordArgs,
} from './reports.inputs';
import { revisionRecordFor } from './revision-record';
import { ExportedRecord } from '../strategy/strategy.resolver';
import { ExportFormat } from '../strategy/strategy.enums';
import { RecordFormat } from '../../records/record';
import * as consolidated from './consolidated-report.service';
import * as results from './pmi-results.service';
import { consolidatedReportPdf } from './consolidated-report.pdf';

/** Consumers of the consolidated report (domain brief §5) read it with their `read:<code>` scope. */
const CONSUMERS = ['D01.04', 'D02.01', 'D02.02', 'F01.03', 'I02.04'].map((c) => scope(`read:${c}`));
/** Staff read drafts too; INSPECTION, the Ministry and sibling systems read published reports only. */
const REPORT_READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN, ...CONSUMERS];
/** Readers of the period records (Revisión de los PMI), as of "Evaluación de asesoría". */
const RECORD_READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];
const RESULTS_READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN, scope('read:MEN')];

@ObjectType({ description: 'A page of consolidated reports.' })
export class ConsolidatedReportConnection extends ConnectionType(ConsolidatedReport) {}
@ObjectType({ description: 'A page of PMI formulation results, one secretariat per item.' })
export class PmiResultsConnection extends ConnectionType(PmiResultsFigures, 'PmiResults') {}
@ObjectType({ description: 'A page of published PMI results.' })
export class PmiResultsReportConnection extends ConnectionType(PmiResultsReport) {}

@Resolver(() => ConsolidatedReport)
export class ConsolidatedReportResolver {
  @Authorized(...REPORT_READERS)
  @Query(() => ConsolidatedReportConnection, { description: 'Consolidated reports visible to the caller, ordered by id (stable).' })
  consolidatedReports(@Args() args: ConsolidatedReportsArgs, @Ctx() ctx: Context) {
    return consolidated.listReports(ctx, args);
  }

  @Authorized(...REPORT_READERS)
  @Query(() => ConsolidatedReport, { description: 'A consolidated report (informe de análisis consolidado) by id; NOT_FOUND outside the caller’s scope.' })
  consolidatedReport(@Args() { id }: ReportIdArgs, @Ctx() ctx: Context) {
    return consolidated.getReport(ctx, id);
  }

  @Authorized(...REPORT_READERS)
  @Query(() => RecordFile, { description: 'The consolidated report as its printed form (PDF); decode contentBase64.' })
  async consolidatedReportFile(@Args() { id }: ReportIdArgs, @Ctx() ctx: Context) {
    return toRecordFile(await consolidatedReportPdf(ctx.runtime.db.manager, await consolidated.getReport(ctx, id)));
  }

  @Authorized(...RECORD_READERS)
  @Query(() => ExportedRecord, {
    description: 'Record "Revisión de los PMI" of a period, as CSV or XLSX: every review of the period\'s PMIs (revisiones), by DANE code then review time.',
  })
  async pmiRevisionRecord(@Args() args: RevisionRecordArgs, @Ctx() ctx: Context): Promise<ExportedRecord> {
    const file = await revisionRecordFor(ctx, args.period, args.format === ExportFormat.XLSX ? RecordFormat.XLSX : RecordFormat.CSV, args.secretariat);
    return { filename: file.filename, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
  }

  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL)
  @Mutation(() => ConsolidatedReport, {
    description: 'Generates the draft consolidated report of a period from the evidence (activity 9), or regenerates the existing draft. BAD_USER_INPUT on `input.period` for a period not begun.',
  })
  generateConsolidatedReport(@Arg('input') input: GenerateConsolidatedReportInput, @Ctx() ctx: Context) {
    return consolidated.generateReport(ctx, input.period, input.correctionReason);
  }

  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL)
  @Mutation(() => ConsolidatedReport, { description: 'Writes the analysis and conclusions of a draft consolidated report.' })
  updateConsolidatedReportAnalysis(@Arg('input') input: ConsolidatedReportAnalysisInput, @Ctx() ctx: Context) {
    return consolidated.updateAnalysis(ctx, input.id, input.analysis);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => ConsolidatedReport, {
    description:
      'The líder de calidad publishes a draft: immutable from then on; D01.04, D02.01, D02.02, F01.03 and I02.04 receive their parts (consolidated_report.published, infrastructure_need.reported). BAD_USER_INPUT (all at once) when the analysis is empty (`analysis`) or the period has no assistance strategy (`period`).',
  })
  publishConsolidatedReport(@Args() { id }: ReportIdArgs, @Ctx() ctx: Context) {
    return consolidated.publishReport(ctx, id);
  }
}

@Resolver(() => PmiResultsReport)
export class PmiResultsResolver {
  @Authorized(...RESULTS_READERS)
  @Query(() => PmiResultsConnection, {
    description:
      'PMI formulation results (resultados de gestión de formulación de los PMI) per secretariat for a period, ordered by secretariat code; MINISTRY reads every secretariat, others their own.',
  })
  pmiResults(@Args() args: PmiResultsArgs, @Ctx() ctx: Context) {
    return results.listResults(ctx, args);
  }

  @Authorized(Role.MINISTRY, Role.ADMIN)
  @Query(() => PmiResultsNational, { description: 'National aggregate of the PMI formulation results for a period (Ministry).' })
  pmiResultsNational(@Args() { period, department }: PmiResultsNationalArgs, @Ctx() ctx: Context) {
    return results.nationalResults(ctx, period, department);
  }

  @Authorized(...RESULTS_READERS)
  @Query(() => PmiResultsReportConnection, { description: 'Published versions of the PMI results (reportes al MEN), ordered by secretariat, period and version.' })
  publishedPmiResults(@Args() args: PublishedPmiResultsArgs, @Ctx() ctx: Context) {
    return results.listPublished(ctx, args);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => PmiResultsReport, { description: 'Publishes the period’s PMI results to the Ministry (pmi_results.published): an immutable new version; figures equal to the latest version return that version (no event). BAD_USER_INPUT on `period` for a period not begun or without PMIs.' })
  publishPmiResults(@Args() { period }: PublishPmiResultsArgs, @Ctx() ctx: Context) {
    return results.publishResults(ctx, period);
  }
}
