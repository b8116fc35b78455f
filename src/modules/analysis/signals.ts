import type { SecretariatSettings } from '../settings/secretariat-settings.entity';
import { NEED_RULES } from '../needs/need.rules';

/**
 * Activity 1 (analizar la caracterización y el perfil): every signal the inputs give about a school in a period,
 * as one set-based SQL query (no query per school). Each row: rule, school, management area (or null) and one
 * piece of evidence (source, record, id, value, date, description); one SELECT per rule of the catalogue
 * (src/modules/needs/need.rules.ts). Activity 2 groups these rows into needs.
 *
 * Data of a period P is the latest year up to P that a school reported (self-evaluation and characterization are
 * usually the previous year's). Changes to the PEI, the education model and the curriculum count when they are later
 * than the last review of the school's PMI for P.
 *
 * A reviewed version of a PMI stands until a newer version is reviewed: a school whose reviewed version 1 is followed
 * by a version 2 in draft or submitted is judged by version 1's review (`pertinent`, `reviewed_version`), never as
 * "PMI missing". Only a plan never reviewed and still a draft counts as missing.
 *
 * Parameters: $1 secretariat, $2 period, $3 school DANE codes to restrict to (or NULL for all),
 * $4 low self-evaluation score, $5 low Saber 11 categories, $6 insufficient share in percent.
 */
/**
 * `$3` is compared as char(12), the column's type: compared as text the column's statistics do not apply, the planner
 * expects a quarter of the secretariat's schools instead of the page's 50 and hashes every low self-evaluation score
 * of the secretariat (jurisdictionAnalysis at 2,281 schools: 150–550 ms → 30–60 ms, `npm run bench`).
 */
export const SCOPED_SCHOOLS_SQL = 'dane_code = ANY($3::text[]::bpchar[])';

export const SIGNALS_SQL = `
WITH scope AS (
  SELECT dane_code, sector, regime FROM school
   WHERE secretariat_code = $1 AND active AND ($3::text[] IS NULL OR ${SCOPED_SCHOOLS_SQL})
), plan AS (
  SELECT p.* FROM improvement_plan p JOIN scope s ON s.dane_code = p.school_dane WHERE p.period = $2
), se_year AS MATERIALIZED (
  -- One backward probe of uq_self_evaluation_score_key per school instead of aggregating every score of the secretariat.
  -- MATERIALIZED: computed once per school; inlined, PostgreSQL re-ran the probe for every low score of the school
  -- (identifyNeeds over all 96 ETCs of the generated country: signals 77 s → 43 s, the same rows; issue 14).
  SELECT s.dane_code AS school_dane, y.year FROM scope s
   CROSS JOIN LATERAL (SELECT max(e.year) AS year FROM self_evaluation_score e
                        WHERE e.school_dane = s.dane_code AND e.year <= $2 AND e.secretariat_code = $1) y
   WHERE y.year IS NOT NULL
), ch AS (
  SELECT DISTINCT ON (c.school_dane) c.* FROM characterization c JOIN scope s ON s.dane_code = c.school_dane
   WHERE c.secretariat_code = $1 AND c.year <= $2
   ORDER BY c.school_dane, c.year DESC
)
${NEED_RULES.map((r) => r.signalSql).join('\nUNION ALL\n')}
`;

export interface SignalRow {
  rule: string;
  school_dane: string;
  area: string | null;
  evidence: Record<string, unknown>;
  severity: number;
}

export function signalParams(settings: SecretariatSettings, period: string, schools: string[] | null) {
  return [
    settings.secretariatCode,
    period,
    schools,
    settings.lowSelfEvaluationScore,
    settings.lowSaber11Categories,
    settings.saberInsufficientShare * 100,
  ];
}
