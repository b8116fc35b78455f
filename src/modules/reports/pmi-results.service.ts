import { badInput } from '../../common/errors';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { connectionOf, decodeKeysetCursor, keysetPageBy, type PageArgs } from '../../common/pagination';
import { isDeepStrictEqual } from 'node:util';
import { searchable, sqlSearchable } from '../../common/text';
import { assertNoViolations } from '../../common/validation';
import { periodNotBegun, resultsWithoutPlans } from './reports.rules';
import { EventType } from '../../events/catalogue';
import { PmiResultsFigures, PmiResultsReport } from './pmi-results-report.entity';
import type { PmiResultsNational } from './pmi-results.types';

/**
 * PMI formulation results for the Ministry (resultados de gestión de formulación de los PMI, activity 9), per
 * secretariat and period, in one set-based query whatever the number of secretariats:
 *  - schools: active schools; plansRegistered: PMIs of the period; plansReviewed / plansPertinent: REVIEWED (pertinent);
 *  - plansFollowedUp: ≥ 1 action progress or indicator measurement; plansEvaluated: ≥ 1 self-evaluation of the PMI;
 *  - indicators: measured, achieved and average progress as in the consolidated report (INDICATOR_PROGRESS).
 * Parameters: $1 period, $2 department (`searchable` form: case and accents ignored) or NULL, $3 secretariat codes or NULL, $4 after this code or NULL, $5 limit or NULL.
 */
export const PMI_RESULTS_SQL = `
WITH sec AS (
  SELECT code, name, department FROM secretariat
   WHERE ($2::text IS NULL OR ${sqlSearchable('department')} = $2) AND ($3::text[] IS NULL OR code = ANY($3::text[]))
     AND ($4::text IS NULL OR code > $4)
   ORDER BY code LIMIT $5
), sch AS (
  SELECT s.secretariat_code, count(*) AS n FROM school s JOIN sec ON sec.code = s.secretariat_code WHERE s.active GROUP BY 1
), pl AS (
  SELECT p.secretariat_code, count(*) AS registered,
         count(*) FILTER (WHERE p.status = 'REVIEWED') AS reviewed,
         count(*) FILTER (WHERE p.status = 'REVIEWED' AND p.pertinent) AS pertinent,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM plan_action_progress g WHERE g.plan_id = p.id)
                             OR EXISTS (SELECT 1 FROM indicator_measurement m WHERE m.plan_id = p.id)) AS followed,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM plan_self_evaluation e WHERE e.plan_id = p.id)) AS evaluated
    FROM improvement_plan p JOIN sec ON sec.code = p.secretariat_code
   WHERE p.period = $1 GROUP BY 1
), ind AS (
  SELECT p.secretariat_code, i.baseline, i.target, lm.value::float AS latest
    FROM improvement_plan p JOIN sec ON sec.code = p.secretariat_code
    JOIN improvement_plan_indicator i ON i.plan_id = p.id
    LEFT JOIN indicator_latest_measurement lm ON lm.indicator_id = i.id  -- kept by PostgreSQL (migration LatestIndicatorMeasurement)
   WHERE p.period = $1
), ia AS (
  SELECT secretariat_code, count(*) AS indicators, count(latest) AS measured,
         count(*) FILTER (WHERE latest IS NOT NULL AND CASE WHEN target >= baseline THEN latest >= target ELSE latest <= target END) AS achieved,
         avg(least(1, greatest(0, CASE WHEN target = baseline THEN (latest >= target)::int
                                       ELSE (latest - baseline) / (target - baseline) END))) FILTER (WHERE latest IS NOT NULL) AS progress
    FROM ind GROUP BY 1
)
SELECT sec.code AS "secretariatCode", sec.name AS "secretariatName", sec.department, $1::text AS period,
       coalesce(sch.n, 0)::int AS schools, coalesce(pl.registered, 0)::int AS "plansRegistered",
       coalesce(pl.reviewed, 0)::int AS "plansReviewed", coalesce(pl.pertinent, 0)::int AS "plansPertinent",
       coalesce(pl.followed, 0)::int AS "plansFollowedUp", coalesce(pl.evaluated, 0)::int AS "plansEvaluated",
       coalesce(ia.indicators, 0)::int AS indicators, coalesce(ia.measured, 0)::int AS "indicatorsMeasured",
       coalesce(ia.achieved, 0)::int AS "indicatorsAchieved", round(ia.progress::numeric, 4)::float AS "averageIndicatorProgress"
  FROM sec LEFT JOIN sch ON sch.secretariat_code = sec.code LEFT JOIN pl ON pl.secretariat_code = sec.code
  LEFT JOIN ia ON ia.secretariat_code = sec.code
 ORDER BY sec.code`;

export interface PmiResultsFilter {
  period: string;
  department?: string | null;
  codes?: string[] | null;
  after?: string | null;
  limit?: number | null;
}

export function pmiResultsFigures(db: EntityManager, f: PmiResultsFilter): Promise<PmiResultsFigures[]> {
  return db.query(PMI_RESULTS_SQL, [f.period, f.department ? searchable(f.department) : null, f.codes ?? null, f.after ?? null, f.limit ?? null]);
}

/** Per secretariat, by code (keyset): MINISTRY and ADMIN see every secretariat, others their own. */
export async function listResults(ctx: Context, args: PageArgs & { period: string; department?: string | null; secretariat?: string | null }) {
  const scope = scopeOf(ctx, args.secretariat);
  const filter = { period: args.period, department: args.department, codes: scope.secretariat ? [scope.secretariat] : null };
  const [after] = decodeKeysetCursor(args.after, ['code']) ?? [null];
  // The key is a secretariat's code; one that names no secretariat is not a cursor this list returned.
  if (after !== null && (await ctx.runtime.db.query('SELECT 1 FROM secretariat WHERE code = $1', [after])).length === 0) {
    throw badInput('after', 'Malformed cursor: not a cursor of this list');
  }
  const [rows, [{ total }]] = await Promise.all([
    pmiResultsFigures(ctx.runtime.db.manager, { ...filter, after, limit: args.first + 1 }),
    ctx.runtime.db.query(
      `SELECT count(*)::int AS total FROM secretariat WHERE ($1::text IS NULL OR ${sqlSearchable('department')} = $1) AND ($2::text[] IS NULL OR code = ANY($2::text[]))`,
      [filter.department ? searchable(filter.department) : null, filter.codes],
    ),
  ]);
  return connectionOf(rows, args.first, total, (r) => [r.secretariatCode]);
}

/** The national aggregate (agregado nacional) of a period, optionally for one department. */
export async function nationalResults(ctx: Context, period: string, department?: string | null): Promise<PmiResultsNational> {
  const rows = await pmiResultsFigures(ctx.runtime.db.manager, { period, department });
  const sum = (k: keyof PmiResultsFigures) => rows.reduce((s, r) => s + Number(r[k] ?? 0), 0);
  const measured = sum('indicatorsMeasured');
  const weighted = rows.reduce((s, r) => s + (r.averageIndicatorProgress ?? 0) * r.indicatorsMeasured, 0);
  return {
    period,
    department: department ?? null,
    secretariats: rows.length,
    schools: sum('schools'),
    plansRegistered: sum('plansRegistered'),
    plansReviewed: sum('plansReviewed'),
    plansPertinent: sum('plansPertinent'),
    plansFollowedUp: sum('plansFollowedUp'),
    plansEvaluated: sum('plansEvaluated'),
    indicators: sum('indicators'),
    indicatorsMeasured: measured,
    indicatorsAchieved: sum('indicatorsAchieved'),
    averageIndicatorProgress: measured ? Math.round((weighted / measured) * 10000) / 10000 : null,
  };
}

/**
 * The líder de calidad publishes the period's results to the Ministry: an immutable version and pmi_results.published.
 * Figures identical to the latest published version are not sent again: that version is returned (a double
 * submission sends MEN one version). BAD_USER_INPUT on `period` for a period not begun or without PMIs.
 */
export async function publishResults(ctx: Context, period: string): Promise<PmiResultsReport> {
  const caller = callerOf(ctx);
  const secretariat = scopeOf(ctx).writeTo();
  return unitOfWork(ctx, async (uow) => {
    await uow.tx.query(`SELECT pg_advisory_xact_lock(hashtext('pmi_results_report:' || $1 || ':' || $2))`, [secretariat, period]);
    assertNoViolations([periodNotBegun(period, 'period'), await resultsWithoutPlans(uow.tx, secretariat, period, 'period')].filter((v) => v !== null));
    const [figures] = await pmiResultsFigures(uow.tx, { period, codes: [secretariat] });
    const latest = await uow.tx.findOne(PmiResultsReport, { where: { secretariatCode: secretariat, period }, order: { version: 'DESC' } });
    if (latest && isDeepStrictEqual({ ...latest.figures }, { ...figures })) return latest;
    const [{ v }] = await uow.tx.query(`SELECT coalesce(max(version), 0) + 1 AS v FROM pmi_results_report WHERE secretariat_code = $1 AND period = $2`, [
      secretariat,
      period,
    ]);
    const report = await uow.tx.save(
      PmiResultsReport,
      Object.assign(new PmiResultsReport(), { secretariatCode: secretariat, period, version: v, figures, publishedBy: caller.subject }),
    );
    await uow.record({
      operation: 'publishPmiResults',
      entity: 'PmiResultsReport',
      entityId: report.id,
      secretariat,
      change: { period, version: report.version },
      event: { type: EventType.PMI_RESULTS_PUBLISHED, payload: { reportId: report.id, period, version: report.version, figures: { ...figures } } },
    });
    return report;
  });
}

/** Published versions visible to the caller, by secretariat, period and version (keyset). */
export async function listPublished(ctx: Context, args: PageArgs & { period?: string | null; secretariat?: string | null }) {
  const qb = ctx.runtime.db.manager.createQueryBuilder(PmiResultsReport, 'r');
  scopeOf(ctx, args.secretariat).apply(qb, 'r.secretariat_code', 'none');
  if (args.period) qb.andWhere('r.period = :period', { period: args.period });
  return keysetPageBy(
    qb,
    [
      { column: 'r.secretariat_code', of: (r) => r.secretariatCode, kind: 'code' },
      { column: 'r.period', of: (r) => r.period, kind: 'period' },
      { column: 'r.version', of: (r) => r.version, kind: 'integer' },
    ],
    args,
  );
}
