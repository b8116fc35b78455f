import { wallClock } from '../../common/time-zone';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { readsDrafts } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, invalidState, notFound } from '../../common/errors';
import { keysetPage, type PageArgs } from '../../common/pagination';
import { EventType } from '../../events/catalogue';
import { settingsFor } from '../settings/settings.service';
import { School } from '../schools/school.entity';
import { IrregularityReport, IrregularityReportSchool } from './irregularity-report.entity';
import { IrregularityOrigin, IrregularityReportStatus } from './irregularity.enums';
import { evaluateIrregularities, listedByRule } from './irregularity-rule';

/**
 * Activity 10 (reportar EE al área de inspección y vigilancia por indicios de irregularidades): the hub drafts the
 * annual F01.03.F01 from the evidence (irregularity-rule.ts), the líder de calidad adds or removes schools with a reason
 * and signs it; a signed report is immutable and is sent to F01.03 as the event irregularity_report.signed.
 */

const tenant = (r: IrregularityReport) => ({ secretariat: r.secretariatCode });

export async function getReport(ctx: Context, id: string): Promise<IrregularityReport> {
  const report = await ctx.runtime.db.manager.findOneBy(IrregularityReport, { id });
  const visible = scopeOf(ctx).visible(report, 'IrregularityReport', id, tenant);
  if (visible.status !== IrregularityReportStatus.SIGNED && !readsDrafts(callerOf(ctx).role)) throw notFound('IrregularityReport', id);
  return visible;
}

/** The report of a year, or null; national callers name the secretariat. */
export async function reportOfYear(ctx: Context, year: string, secretariat?: string | null): Promise<IrregularityReport | null> {
  const scope = scopeOf(ctx, secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  const report = await ctx.runtime.db.manager.findOneBy(IrregularityReport, { secretariatCode: scope.secretariat, year });
  return report && (report.status === IrregularityReportStatus.SIGNED || readsDrafts(callerOf(ctx).role)) ? report : null;
}

/** Reports visible to the caller, ordered by id (stable keyset). */
export async function listReports(ctx: Context, args: PageArgs & { secretariat?: string | null; status?: IrregularityReportStatus | null }) {
  const qb = ctx.runtime.db.manager.createQueryBuilder(IrregularityReport, 'r');
  scopeOf(ctx, args.secretariat).apply(qb, 'r.secretariat_code', 'none');
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  if (!readsDrafts(callerOf(ctx).role)) qb.andWhere('r.status = :signed', { signed: IrregularityReportStatus.SIGNED });
  return keysetPage(qb, 'r.id', (r) => r.id, args);
}

/** Schools of a report: included first, then by DANE code (bounded: one row per school of the secretariat at most). */
export async function schoolsOf(ctx: Context, report: IrregularityReport, includedOnly = false): Promise<IrregularityReportSchool[]> {
  return ctx.runtime.db.manager.find(IrregularityReportSchool, {
    where: { reportId: report.id, ...(includedOnly ? { included: true } : {}) },
    order: { included: 'DESC', schoolDane: 'ASC' },
  });
}

function assertDraft(report: IrregularityReport) {
  if (report.status !== IrregularityReportStatus.DRAFT) {
    throw invalidState(`The irregularities report ${report.year} is signed and cannot change`, { status: report.status });
  }
}

/**
 * Drafts (or re-drafts) the report of a year from the evidence. Re-drafting keeps the leader's decisions: a school
 * the leader removed stays removed, one the leader added stays; rule rows no longer supported by the evidence go.
 */
export async function draftReport(ctx: Context, year: string): Promise<IrregularityReport> {
  const caller = callerOf(ctx);
  const secretariat = scopeOf(ctx).writeTo();
  // An accusation about a year that has not begun would rest on no evidence at all.
  if (Number(year) > wallClock(new Date()).y) throw badInput('year', `The year ${year} has not begun: the report covers a year under way or past`);
  return unitOfWork(ctx, async (uow) => {
    const settings = await settingsFor(uow.tx, secretariat);
    let report = await uow.tx.findOne(IrregularityReport, { where: { secretariatCode: secretariat, year }, lock: { mode: 'pessimistic_write' } });
    if (report) assertDraft(report);
    report = await uow.tx.save(
      IrregularityReport,
      Object.assign(report ?? new IrregularityReport(), {
        secretariatCode: secretariat,
        year,
        status: IrregularityReportStatus.DRAFT,
        consecutivePeriods: settings.irregularityConsecutivePeriods,
        minDoneShare: settings.irregularityMinDoneShare,
        draftedAt: new Date(),
        draftedBy: caller.subject,
      }),
    );
    const all = await evaluateIrregularities(uow.tx, secretariat, year, report.consecutivePeriods, report.minDoneShare);
    const listed = new Map(listedByRule(all).map((s) => [s.schoolDane, s]));
    const found = new Map(all.map((s) => [s.schoolDane, s]));
    const existing = await uow.tx.find(IrregularityReportSchool, { where: { reportId: report.id } });
    const kept = new Set<string>();
    for (const row of existing) {
      const rule = listed.get(row.schoolDane);
      if (row.origin === IrregularityOrigin.RULE && !rule && !row.decidedBy) {
        await uow.tx.delete(IrregularityReportSchool, { id: row.id });
        continue;
      }
      const ev = found.get(row.schoolDane);
      // A school the leader added keeps the indicios found for it (as when it was added), not none because the rule
      // does not list it.
      const reasons = rule?.reasons ?? (row.origin === IrregularityOrigin.LEADER && ev?.accompanied ? ev.reasons : []);
      Object.assign(row, { reasons, evidence: ev?.evidence ?? [], assistance: ev?.assistance ?? [] });
      await uow.tx.save(IrregularityReportSchool, row);
      kept.add(row.schoolDane);
    }
    const added = [...listed.values()].filter((s) => !kept.has(s.schoolDane));
    if (added.length) {
      await uow.tx.insert(
        IrregularityReportSchool,
        added.map((s) => ({
          reportId: report.id,
          secretariatCode: secretariat,
          schoolDane: s.schoolDane,
          origin: IrregularityOrigin.RULE,
          included: true,
          reasons: s.reasons,
          evidence: s.evidence,
          assistance: s.assistance,
        })),
      );
    }
    await uow.record({
      operation: 'draftIrregularityReport',
      entity: 'IrregularityReport',
      entityId: report.id,
      secretariat,
      change: { year, listedByRule: [...listed.keys()], consecutivePeriods: report.consecutivePeriods, minDoneShare: report.minDoneShare },
    });
    return report;
  });
}

/** The report, locked for the change, when the caller's scope sees it (NOT_FOUND otherwise). */
async function lockReport(ctx: Context, tx: EntityManager, id: string): Promise<IrregularityReport> {
  return scopeOf(ctx).visible(await tx.findOne(IrregularityReport, { where: { id }, lock: { mode: 'pessimistic_write' } }), 'IrregularityReport', id, tenant);
}

/** The leader puts a school on the report (with a reason), or puts back one it removed. */
export async function addSchool(ctx: Context, reportId: string, schoolDane: string, reason: string): Promise<IrregularityReportSchool> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const report = await lockReport(ctx, uow.tx, reportId);
    assertDraft(report);
    const school = await uow.tx.findOneBy(School, { daneCode: schoolDane, secretariatCode: report.secretariatCode });
    if (!school) throw badInput('input.schoolDane', `No school ${schoolDane} in secretariat ${report.secretariatCode}`);
    let row = await uow.tx.findOneBy(IrregularityReportSchool, { reportId, schoolDane });
    if (row?.included) throw invalidState(`School ${schoolDane} is already on the report`);
    if (!row) {
      const [ev] = await evaluateIrregularities(uow.tx, report.secretariatCode, report.year, report.consecutivePeriods, report.minDoneShare, [schoolDane]);
      row = Object.assign(new IrregularityReportSchool(), {
        reportId,
        secretariatCode: report.secretariatCode,
        schoolDane,
        origin: IrregularityOrigin.LEADER,
        reasons: ev && ev.accompanied ? ev.reasons : [],
        evidence: ev?.evidence ?? [],
        assistance: ev?.assistance ?? [],
      });
    }
    Object.assign(row, { included: true, leaderReason: reason, decidedBy: caller.subject, decidedAt: new Date() });
    row = await uow.tx.save(IrregularityReportSchool, row);
    await uow.record({
      operation: 'addSchoolToIrregularityReport',
      entity: 'IrregularityReportSchool',
      entityId: row.id,
      secretariat: report.secretariatCode,
      school: schoolDane,
      change: { reportId, schoolDane, included: true, reason },
    });
    return row;
  });
}

/** The leader takes a school off the report with a reason; the row stays (included = false) as the trace. */
export async function removeSchool(ctx: Context, reportId: string, schoolDane: string, reason: string): Promise<IrregularityReportSchool> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const report = await lockReport(ctx, uow.tx, reportId);
    assertDraft(report);
    const row = await uow.tx.findOneBy(IrregularityReportSchool, { reportId, schoolDane });
    if (!row || !row.included) throw notFound('IrregularityReportSchool', schoolDane);
    Object.assign(row, { included: false, leaderReason: reason, decidedBy: caller.subject, decidedAt: new Date() });
    const saved = await uow.tx.save(IrregularityReportSchool, row);
    await uow.record({
      operation: 'removeSchoolFromIrregularityReport',
      entity: 'IrregularityReportSchool',
      entityId: row.id,
      secretariat: report.secretariatCode,
      school: schoolDane,
      change: { reportId, schoolDane, included: false, reason },
    });
    return saved;
  });
}

/** The leader signs the report: it becomes immutable and F01.03 receives it (irregularity_report.signed). */
export async function signReport(ctx: Context, reportId: string, signerName: string): Promise<IrregularityReport> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const report = await lockReport(ctx, uow.tx, reportId);
    assertDraft(report);
    const schools = await uow.tx.find(IrregularityReportSchool, { where: { reportId, included: true }, order: { schoolDane: 'ASC' } });
    Object.assign(report, { status: IrregularityReportStatus.SIGNED, signedAt: new Date(), signedBy: caller.subject, signerName });
    const saved = await uow.tx.save(IrregularityReport, report);
    await uow.record({
      operation: 'signIrregularityReport',
      entity: 'IrregularityReport',
      entityId: report.id,
      secretariat: report.secretariatCode,
      change: { status: IrregularityReportStatus.SIGNED, schools: schools.map((s) => s.schoolDane) },
      event: {
        type: EventType.IRREGULARITY_REPORT_SIGNED,
        payload: {
          reportId: report.id,
          year: report.year,
          signedAt: saved.signedAt!.toISOString(),
          schools: schools.map((s) => ({ daneCode: s.schoolDane, origin: s.origin, reasons: s.reasons, leaderReason: s.leaderReason })),
        },
      },
    });
    return saved;
  });
}
