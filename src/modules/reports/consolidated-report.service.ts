import type { Context } from '../../context';
import { callerOf } from '../../context';
import { readsDrafts } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { invalidState, notFound, badInput } from '../../common/errors';
import { keysetPage, type PageArgs } from '../../common/pagination';
import { EventType } from '../../events/catalogue';
import type { Change } from '../../common/unit-of-work';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ConsolidatedReportStatus } from './reports.enums';
import { computeConsolidatedFigures } from './consolidated-figures.service';
import { consolidatedReportDocument } from './consolidated-report.pdf';
import { assertPrintable } from '../../records/pdf';
import { periodNotBegun, reportWithoutAnalysis, reportWithoutStrategy } from './reports.rules';
import { assertNoViolations } from '../../common/validation';

/**
 * Activity 9: the consolidated report (informe de análisis consolidado). The profesional de mejoramiento generates a
 * draft from the evidence (and regenerates it while it is a draft) and writes the analysis; the líder de calidad
 * publishes it. A published report never changes: a correction is a new version that names the one it replaces.
 * Publishing sends each consumer its part (CONSOLIDATED_REPORT_PUBLISHED, parts by consumer code) and I02.04 one
 * INFRASTRUCTURE_NEED_REPORTED per school with infrastructure needs.
 */

const tenant = (r: ConsolidatedReport) => ({ secretariat: r.secretariatCode });

export async function getReport(ctx: Context, id: string): Promise<ConsolidatedReport> {
  const report = scopeOf(ctx).visible(await ctx.runtime.db.manager.findOneBy(ConsolidatedReport, { id }), 'ConsolidatedReport', id, tenant);
  if (report.status !== ConsolidatedReportStatus.PUBLISHED && !readsDrafts(callerOf(ctx).role)) throw notFound('ConsolidatedReport', id);
  return report;
}

/** Reports visible to the caller (drafts only for staff), ordered by id (stable keyset). */
export async function listReports(
  ctx: Context,
  args: PageArgs & { secretariat?: string | null; period?: string | null; status?: ConsolidatedReportStatus | null },
) {
  const qb = ctx.runtime.db.manager.createQueryBuilder(ConsolidatedReport, 'r');
  scopeOf(ctx, args.secretariat).apply(qb, 'r.secretariat_code', 'none');
  if (args.period) qb.andWhere('r.period = :period', { period: args.period });
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  if (!readsDrafts(callerOf(ctx).role)) qb.andWhere(`r.status = 'PUBLISHED'`);
  return keysetPage(qb, 'r.id', (r) => r.id, args);
}

/**
 * Generates the draft of a period from the evidence: a new draft (version 1, or the next version with
 * `correctionReason` when a published one exists), or fresh figures for the existing draft.
 */
export async function generateReport(ctx: Context, period: string, correctionReason?: string | null): Promise<ConsolidatedReport> {
  const caller = callerOf(ctx);
  const secretariat = scopeOf(ctx).writeTo();
  assertNoViolations([periodNotBegun(period, 'input.period')].filter((v) => v !== null));
  return unitOfWork(ctx, async (uow) => {
    // Serialise generation per secretariat and period (two drafts at once would both take the next version).
    await uow.tx.query(`SELECT pg_advisory_xact_lock(hashtext('consolidated_report:' || $1 || ':' || $2))`, [secretariat, period]);
    const versions = await uow.tx.find(ConsolidatedReport, { where: { secretariatCode: secretariat, period }, order: { version: 'DESC' } });
    const figures = await computeConsolidatedFigures(uow.tx, secretariat, period);
    const draft = versions.find((v) => v.status === ConsolidatedReportStatus.DRAFT);
    let report: ConsolidatedReport;
    if (draft) {
      draft.figures = figures;
      if (correctionReason && draft.replacesId) draft.correctionReason = correctionReason;
      report = await uow.tx.save(ConsolidatedReport, draft);
    } else {
      const published = versions.find((v) => v.status === ConsolidatedReportStatus.PUBLISHED);
      if (published && !correctionReason?.trim()) {
        throw badInput('input.correctionReason', `Version ${published.version} of ${period} is published: a correction needs its reason (motivo de la corrección)`);
      }
      report = await uow.tx.save(
        ConsolidatedReport,
        Object.assign(new ConsolidatedReport(), {
          secretariatCode: secretariat,
          period,
          version: (versions[0]?.version ?? 0) + 1,
          status: ConsolidatedReportStatus.DRAFT,
          replacesId: published?.id ?? null,
          correctionReason: published ? correctionReason!.trim() : null,
          figures,
          analysis: '',
          createdBy: caller.subject,
        }),
      );
    }
    await uow.record({
      operation: 'generateConsolidatedReport',
      entity: 'ConsolidatedReport',
      entityId: report.id,
      secretariat,
      change: { period, version: report.version, replacesId: report.replacesId, regenerated: !!draft },
    });
    return report;
  });
}

async function lockDraft(ctx: Context, uowTx: import('typeorm').EntityManager, id: string) {
  const report = scopeOf(ctx).visible(
    await uowTx.findOne(ConsolidatedReport, { where: { id }, lock: { mode: 'pessimistic_write' } }),
    'ConsolidatedReport',
    id,
    tenant,
  );
  if (report.status !== ConsolidatedReportStatus.DRAFT) {
    throw invalidState(`Version ${report.version} of the consolidated report ${report.period} is published and cannot change; generate a correction`);
  }
  return report;
}

/** The profesional de mejoramiento writes the analysis (análisis y conclusiones) of a draft. */
export async function updateAnalysis(ctx: Context, id: string, analysis: string): Promise<ConsolidatedReport> {
  return unitOfWork(ctx, async (uow) => {
    const report = await lockDraft(ctx, uow.tx, id);
    const before = report.analysis;
    report.analysis = analysis;
    const saved = await uow.tx.save(ConsolidatedReport, report);
    await uow.record({
      operation: 'updateConsolidatedReportAnalysis',
      entity: 'ConsolidatedReport',
      entityId: id,
      secretariat: report.secretariatCode,
      change: { analysis: { before, after: analysis } },
    });
    return saved;
  });
}

/** The líder de calidad publishes a draft: it becomes immutable and every consumer receives its part. */
export async function publishReport(ctx: Context, id: string): Promise<ConsolidatedReport> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const report = await lockDraft(ctx, uow.tx, id);
    assertNoViolations(
      [reportWithoutAnalysis(report.analysis, 'analysis'), await reportWithoutStrategy(uow.tx, report.secretariatCode, report.period, 'period')].filter(
        (v) => v !== null,
      ),
    );
    Object.assign(report, { status: ConsolidatedReportStatus.PUBLISHED, publishedAt: new Date(), publishedBy: caller.subject });
    // Published is immutable and the report has no format but PDF: refuse now what its printed form could not show
    // (text stored before the write-time check, names in the figures), never a report no one can download.
    assertPrintable(await consolidatedReportDocument(uow.tx, report));
    const saved = await uow.tx.save(ConsolidatedReport, report);
    const f = report.figures;
    const head = { reportId: report.id, period: report.period, version: report.version, replacesId: report.replacesId };
    const changes: Change[] = [
      {
        operation: 'publishConsolidatedReport',
        entity: 'ConsolidatedReport',
        entityId: report.id,
        secretariat: report.secretariatCode,
        change: { status: ConsolidatedReportStatus.PUBLISHED, version: report.version },
        event: {
          type: EventType.CONSOLIDATED_REPORT_PUBLISHED,
          payload: {
            ...head,
            // Each consumer reads its own part (domain brief §5); the whole report is the query consolidatedReport.
            parts: {
              'D01.04': { coverage: f.coverage, characterizationItems: f.characterization },
              'D02.01': { coverage: f.coverage, programming: f.programming, evaluation: f.evaluation, planProgress: f.planProgress },
              'D02.02': { needsByArea: f.needsByArea },
              'F01.03': { planProgress: f.planProgress, coverage: f.coverage },
              'I02.04': { schoolsWithInfrastructureNeeds: f.infrastructure.length },
            },
          },
        },
      },
      ...f.infrastructure.map(
        (n): Change => ({
          operation: 'publishConsolidatedReport',
          entity: 'ConsolidatedReport',
          entityId: report.id,
          secretariat: report.secretariatCode,
          school: n.schoolDane,
          change: { infrastructureNeed: n.schoolDane },
          event: {
            type: EventType.INFRASTRUCTURE_NEED_REPORTED,
            payload: { ...head, daneCode: n.schoolDane, schoolName: n.schoolName, condition: n.condition, needs: n.needs, year: n.year },
          },
        }),
      ),
    ];
    await uow.recordMany(changes);
    return saved;
  });
}
