import type { Context } from '../../context';
import { filterText } from '../../common/text';
import { School } from '../schools/school.entity';
import { getSchool } from '../schools/school.service';
import { settingsFor } from '../settings/settings.service';
import { SIGNALS_SQL, signalParams, type SignalRow } from './signals';
import { scopeOf } from '../../common/scope';
import { badInput } from '../../common/errors';
import { decodeKeysetCursor, encodeCursor } from '../../common/pagination';
import { groupBy } from '../../common/loaders';
import type { JurisdictionAnalysisArgs, SchoolAnalysis } from './analysis.types';
import type { ManagementArea } from '../../common/management-area';
import type { NeedRule } from '../needs/need.enums';
import type { Evidence } from '../needs/support-need.entity';

/**
 * Self-evaluation by area of a page of schools ($3, DANE codes), each at its latest year up to the period ($2) in the
 * secretariat ($1); $4 the low score. Rows: school_dane, year, area, average (float), components and low (int), by
 * school and area. The latest year is one backward probe of uq_self_evaluation_score_key per school of the page (as
 * signals.ts's se_year): aggregated over the page with a secretariat filter, PostgreSQL intersected the page's scores
 * with the secretariat's 212,000 (BitmapAnd) and spent 20–90 ms of a 30–60 ms request there (jurisdictionAnalysis at
 * 2,281 schools, `npm run bench`; issue 14). test/scale/optimisations.test.ts compares it with the plain aggregate.
 */
export const SELF_EVALUATION_BY_AREA_SQL = `WITH y AS MATERIALIZED (
         SELECT d.school_dane, (SELECT max(e.year) FROM self_evaluation_score e
                                 WHERE e.school_dane = d.school_dane AND e.year <= $2 AND e.secretariat_code = $1) AS year
           FROM (SELECT DISTINCT unnest($3::text[]::bpchar[]) AS school_dane) d)
       SELECT y.school_dane, y.year, a.area, a.average, a.components, a.low
         FROM y CROSS JOIN LATERAL (
              SELECT e.area, avg(e.score)::float AS average, count(*)::int AS components,
                     count(*) FILTER (WHERE e.score <= $4)::int AS low
                FROM self_evaluation_score e WHERE e.school_dane = y.school_dane AND e.year = y.year
               GROUP BY e.area) a
        ORDER BY y.school_dane, a.area`;

/**
 * Profiles for a set of schools of one secretariat, in a fixed number of queries: signals, self-evaluation by area,
 * latest characterization, PMI state and open requests, each for all the schools at once.
 */
/** Signals of one rule shown per school in a profile (`SchoolAnalysis.signals`); identifyNeeds counts them all. */
export const MAX_SIGNALS_PER_RULE = 100;

async function profiles(ctx: Context, secretariat: string, period: string, schools: School[]): Promise<SchoolAnalysis[]> {
  if (schools.length === 0) return [];
  const db = ctx.runtime.db.manager;
  const settings = await settingsFor(db, secretariat);
  const danes = schools.map((s) => s.daneCode);
  const [signals, selfEval, characterization, plans, requests] = await Promise.all([
    // At most MAX_SIGNALS_PER_RULE rows per school and rule leave PostgreSQL: one finding with 150,000 actions made
    // 150,000 signal rows of one school, read and kept whole (jurisdictionAnalysis { __typename }: 46 s, then out of memory).
    db.query(
      `SELECT rule, school_dane, area, evidence, severity FROM (
         SELECT s.*, row_number() OVER (PARTITION BY school_dane, rule ORDER BY evidence->>'value') AS n FROM (${SIGNALS_SQL}) s
       ) r WHERE n <= $7 ORDER BY school_dane, rule, evidence->>'value'`,
      [...signalParams(settings, period, danes), MAX_SIGNALS_PER_RULE],
    ) as Promise<SignalRow[]>,
    db.query(SELF_EVALUATION_BY_AREA_SQL, [secretariat, period, danes, settings.lowSelfEvaluationScore]),
    db.query(
      `SELECT DISTINCT ON (school_dane) school_dane, saber11_category FROM characterization
        WHERE secretariat_code = $1 AND year <= $2 AND school_dane = ANY($3) ORDER BY school_dane, year DESC`,
      [secretariat, period, danes],
    ),
    db.query(`SELECT school_dane, status, pertinent FROM improvement_plan WHERE period = $1 AND school_dane = ANY($2)`, [period, danes]),
    db.query(
      `SELECT school_dane, count(*)::int AS n FROM support_request
        WHERE school_dane = ANY($1) AND status IN ('OPEN', 'IN_PROGRESS') GROUP BY school_dane`,
      [danes],
    ),
  ]);
  const bySchool = groupBy(signals, (r) => r.school_dane.trim());
  const evalBySchool = groupBy(selfEval as { school_dane: string; year: string; area: ManagementArea; average: number; components: number; low: number }[], (r) => r.school_dane.trim());
  const chBySchool = new Map((characterization as { school_dane: string; saber11_category: string | null }[]).map((c) => [c.school_dane.trim(), c]));
  const planBySchool = new Map((plans as { school_dane: string; status: string; pertinent: boolean | null }[]).map((p) => [p.school_dane.trim(), p]));
  const reqBySchool = new Map((requests as { school_dane: string; n: number }[]).map((r) => [r.school_dane.trim(), r.n]));
  return schools.map((school) => {
    const evals = evalBySchool.get(school.daneCode) ?? [];
    const plan = planBySchool.get(school.daneCode);
    return {
      school,
      period,
      signals: (bySchool.get(school.daneCode) ?? []).map((r) => ({
        rule: r.rule as NeedRule,
        area: r.area as ManagementArea | null,
        evidence: { value: null, date: null, description: null, ...r.evidence } as unknown as Evidence,
      })),
      selfEvaluationYear: evals[0]?.year ?? null,
      selfEvaluation: evals.map((e) => ({ area: e.area, average: Math.round(e.average * 100) / 100, components: e.components, lowComponents: e.low })),
      saber11Category: chBySchool.get(school.daneCode)?.saber11_category ?? null,
      improvementPlanStatus: plan?.status ?? null,
      improvementPlanPertinent: plan?.pertinent ?? null,
      openSupportRequests: reqBySchool.get(school.daneCode) ?? 0,
    };
  });
}

export async function schoolProfile(ctx: Context, daneCode: string, period: string) {
  const school = await getSchool(ctx, daneCode); // NOT_FOUND outside the caller's tenant or own school
  const [profile] = await profiles(ctx, school.secretariatCode, period, [school]);
  return profile;
}

export async function jurisdictionAnalysis(ctx: Context, args: JurisdictionAnalysisArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat to analyse');
  const db = ctx.runtime.db;
  const qb = db.getRepository(School).createQueryBuilder('s').where('s.secretariat_code = :se AND s.active', { se: scope.secretariat });
  if (scope.school) qb.andWhere('s.dane_code = :own', { own: scope.school });
  if (args.sector) qb.andWhere('s.sector = :sector', { sector: args.sector });
  if (args.zone) qb.andWhere('s.zone = :zone', { zone: args.zone });
  const municipality = filterText(args.municipality);
  if (municipality) qb.andWhere('(s.municipality_code = :m OR lower(s.municipality) = lower(:m))', { m: municipality });
  if (args.withSignalsOnly || args.rule) {
    // Restrict to schools with (that kind of) signal, computed once for the whole secretariat.
    const settings = await settingsFor(db.manager, scope.secretariat);
    const rows: { school_dane: string }[] = await db.query(
      `SELECT DISTINCT school_dane FROM (${SIGNALS_SQL}) s WHERE $7::text IS NULL OR rule = $7`,
      [...signalParams(settings, args.period, null), args.rule ?? null],
    );
    qb.andWhere('s.dane_code = ANY(:withSignals)', { withSignals: rows.map((r) => r.school_dane) });
  }
  const totalCount = await qb.clone().getCount();
  if (args.after) qb.andWhere('s.dane_code > :after', { after: decodeKeysetCursor(args.after, ['dane'])![0] });
  const rows = await qb.orderBy('s.dane_code', 'ASC').limit(args.first + 1).getMany();
  const page = rows.slice(0, args.first);
  return {
    nodes: await profiles(ctx, scope.secretariat, args.period, page),
    totalCount,
    hasNextPage: rows.length > args.first,
    endCursor: page.length ? encodeCursor(page[page.length - 1].daneCode) : null,
  };
}
