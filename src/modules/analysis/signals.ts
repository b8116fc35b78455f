import type { SecretariatSettings } from '../settings/secretariat-settings.entity';

/**
 * Activity 1 (analizar la caracterización y el perfil): every signal the inputs give about a school in a period,
 * as one set-based SQL query (no query per school). Each row: rule, school, management area (or null) and one
 * piece of evidence (source, record, id, value, date, description). Activity 2 groups these rows into needs.
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
export const SIGNALS_SQL = `
WITH scope AS (
  SELECT dane_code, sector, regime FROM school
   WHERE secretariat_code = $1 AND active AND ($3::text[] IS NULL OR dane_code = ANY($3::text[]))
), plan AS (
  SELECT p.* FROM improvement_plan p JOIN scope s ON s.dane_code = p.school_dane WHERE p.period = $2
), se_year AS (
  -- One backward probe of uq_self_evaluation_score_key per school instead of aggregating every score of the secretariat.
  SELECT s.dane_code AS school_dane, y.year FROM scope s
   CROSS JOIN LATERAL (SELECT max(e.year) AS year FROM self_evaluation_score e
                        WHERE e.school_dane = s.dane_code AND e.year <= $2 AND e.secretariat_code = $1) y
   WHERE y.year IS NOT NULL
), ch AS (
  SELECT DISTINCT ON (c.school_dane) c.* FROM characterization c JOIN scope s ON s.dane_code = c.school_dane
   WHERE c.secretariat_code = $1 AND c.year <= $2
   ORDER BY c.school_dane, c.year DESC
)
SELECT 'LOW_SELF_EVALUATION' AS rule, e.school_dane, e.area,
       jsonb_build_object('source', 'D01.03', 'record', 'SelfEvaluationScore', 'recordId', e.id,
         'value', e.component_code || ' = ' || e.score, 'date', e.year,
         'description', coalesce(c.name, e.component_code) || ' scored ' || e.score) AS evidence,
       CASE WHEN e.score = 1 THEN 1 ELSE 2 END AS severity
  FROM self_evaluation_score e
  JOIN se_year y ON y.school_dane = e.school_dane AND y.year = e.year
  LEFT JOIN self_evaluation_component c ON c.catalogue_version = e.catalogue_version AND c.code = e.component_code
 WHERE e.secretariat_code = $1 AND e.score <= $4
UNION ALL
SELECT 'LOW_SABER_11', ch.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D01.04', 'record', 'Characterization', 'recordId', ch.id,
         'value', ch.saber11_category, 'date', ch.year, 'description', 'Saber 11 category ' || ch.saber11_category),
       1
  FROM ch WHERE ch.saber11_category = ANY($5::text[])
UNION ALL
SELECT 'LOW_SABER_LEVEL', r.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D01.04', 'record', 'SaberResult', 'recordId', r.id,
         'value', 'grade ' || r.grade || ' ' || r.subject || ': ' || r.insufficient || '% insuficiente', 'date', r.year,
         'description', 'Saber ' || r.grade || ' ' || r.subject || ' with ' || r.insufficient || '% of students in insuficiente'),
       2
  FROM saber_result r JOIN ch ON ch.id = r.characterization_id
 WHERE r.insufficient >= $6
UNION ALL
SELECT 'INSPECTION_ACTION_NOT_IN_PMI', a.school_dane, f.area,
       jsonb_build_object('source', 'F01.03', 'record', 'InspectionFindingAction', 'recordId', a.id,
         'value', a.type || ' ' || a.external_id, 'date', f.found_on, 'description', a.description),
       1
  FROM inspection_finding_action a
  JOIN inspection_finding f ON f.id = a.finding_id
  JOIN scope s ON s.dane_code = a.school_dane
 WHERE a.secretariat_code = $1 AND f.found_on < make_date($2::int + 1, 1, 1)
   AND NOT EXISTS (SELECT 1 FROM improvement_plan_action pa JOIN plan p ON p.id = pa.plan_id
                    WHERE p.school_dane = a.school_dane AND pa.inspection_action_ref = a.external_id)
UNION ALL
SELECT 'PEI_CHANGED_SINCE_REVIEW', u.school_dane, 'DIRECTIVE',
       jsonb_build_object('source', 'D02.02', 'record', 'PeiUpdate', 'recordId', u.id, 'value', u.change_type,
         'date', u.changed_on, 'description', u.summary),
       3
  FROM pei_update u JOIN plan p ON p.school_dane = u.school_dane
 WHERE u.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND u.changed_on > p.last_reviewed_at::date
UNION ALL
SELECT 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW', m.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'C02.02', 'record', 'EducationModelAdoption', 'recordId', m.id, 'value', m.model_name,
         'date', m.implemented_on, 'description', 'New education model: ' || m.model_name),
       3
  FROM education_model_adoption m JOIN plan p ON p.school_dane = m.school_dane
 WHERE m.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND m.implemented_on > p.last_reviewed_at::date
UNION ALL
SELECT 'CURRICULUM_CHANGED_SINCE_REVIEW', d.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D02.05', 'record', 'CurriculumChange', 'recordId', d.id, 'value', array_to_string(d.areas, ', '),
         'date', d.changed_on, 'description', d.summary),
       3
  FROM curriculum_change d JOIN plan p ON p.school_dane = d.school_dane
 WHERE d.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND d.changed_on > p.last_reviewed_at::date
UNION ALL
SELECT 'PMI_MISSING', s.dane_code, NULL,
       jsonb_build_object('source', 'PMI', 'record', 'ImprovementPlan', 'recordId', coalesce(p.id::text, s.dane_code),
         'value', coalesce(p.status, 'NONE'), 'date', $2::text,
         'description', CASE WHEN p.id IS NULL THEN 'No PMI registered for ' || $2 ELSE 'PMI still a draft, never submitted' END),
       1
  FROM scope s LEFT JOIN plan p ON p.school_dane = s.dane_code
 WHERE p.id IS NULL OR (p.status = 'DRAFT' AND p.reviewed_version IS NULL)
UNION ALL
SELECT 'PMI_NOT_PERTINENT', p.school_dane, NULL,
       jsonb_build_object('source', 'PMI', 'record', 'ImprovementPlan', 'recordId', p.id, 'value', 'version ' || p.reviewed_version,
         'date', to_char(p.last_reviewed_at, 'YYYY-MM-DD'), 'description', 'PMI reviewed as not pertinent'),
       1
  FROM plan p WHERE p.reviewed_version IS NOT NULL AND p.pertinent = false
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
