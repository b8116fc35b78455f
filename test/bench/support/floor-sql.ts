import { sqlSearchable } from '../../../src/common/text';

/**
 * The SQL floor of the national benchmark (issue 14): the dashboard reads written by hand as one statement each, with
 * PostgreSQL building the very JSON the hub answers (same keys, same order of items), sent to the client as text.
 * Authorization is reduced to the secretariat filter a leader's scope adds (`$2`, null for the Ministry). A page after
 * the first starts after a DANE code (the last of the previous page: the plans of one period are one per school).
 */
export const FLOOR_PLANS_SQL = `
SELECT json_build_object('data', json_build_object('improvementPlans', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
  'id', p.id, 'schoolDane', p.school_dane, 'period', p.period, 'status', p.status, 'version', p.version, 'pertinent', p.pertinent,
  'school', json_build_object('daneCode', s.dane_code, 'name', s.name, 'sector', s.sector, 'zone', s.zone, 'municipality', s.municipality,
                              'secretariat', json_build_object('code', sec.code, 'name', sec.name)),
  'goals', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'area', g.area, 'description', g.description,
              'indicators', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'name', i.name, 'baseline', i.baseline, 'target', i.target,
                               'unit', i.unit, 'frequency', i.frequency) ORDER BY i.position, i.id), '[]') FROM improvement_plan_indicator i WHERE i.goal_id = g.id),
              'actions', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'description', a.description, 'responsible', a.responsible,
                               'startDate', a.start_date, 'endDate', a.end_date, 'status', a.status) ORDER BY a.position, a.id), '[]')
                            FROM improvement_plan_action a WHERE a.goal_id = g.id)
            ) ORDER BY g.position, g.id), '[]') FROM improvement_plan_goal g WHERE g.plan_id = p.id)
)) ORDER BY p.school_dane, p.period, p.id), '[]'))))::text AS body
  FROM (SELECT * FROM improvement_plan WHERE period = $1 AND ($2::text IS NULL OR secretariat_code = $2)
           AND ($4::char(12) IS NULL OR school_dane > $4::char(12))
         ORDER BY school_dane, period, id LIMIT $3) p
  JOIN school s ON s.dane_code = p.school_dane JOIN secretariat sec ON sec.code = s.secretariat_code`;

export const FLOOR_SCHOOLS_SQL = `
SELECT json_build_object('data', json_build_object('schools', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
  'daneCode', s.dane_code, 'name', s.name, 'sector', s.sector, 'zone', s.zone, 'municipality', s.municipality, 'regime', s.regime,
  'secretariat', json_build_object('code', sec.code, 'name', sec.name))) ORDER BY s.dane_code), '[]'))))::text AS body
  FROM (SELECT * FROM school WHERE ($1::text IS NULL OR secretariat_code = $1) AND ($3::char(12) IS NULL OR dane_code > $3::char(12))
         ORDER BY dane_code LIMIT $2) s
  JOIN secretariat sec ON sec.code = s.secretariat_code`;

/**
 * The Ministry's national aggregate (pmiResultsNational with NATIONAL_QUERY's selection), $1 period, $2 department in
 * its searchable form (as the hub passes it) or null. The figures of bench:ministry's plain-SQL reference, with the
 * hub's semantics (src/modules/reports/pmi-results.service.ts): the secretariats of the department, their active
 * schools; PMIs of the period, REVIEWED and pertinent, followed up (an action progress or a measurement); progress from
 * each indicator's latest measurement (indicator_latest_measurement). The hub averages per secretariat, rounds each to
 * 4 decimals and weights them by measured indicators in JavaScript, then rounds again: done here in the same order with
 * float8 (sum … ORDER BY code adds as its reduce does; floor(x + 0.5) is Math.round) so the number is the same double.
 */
export const FLOOR_NATIONAL_SQL = `
WITH sec AS (
  SELECT code FROM secretariat WHERE ($2::text IS NULL OR ${sqlSearchable('department')} = $2)
), pl AS (
  SELECT count(*)::int AS registered, count(*) FILTER (WHERE p.status = 'REVIEWED' AND p.pertinent)::int AS pertinent,
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM plan_action_progress g WHERE g.plan_id = p.id)
                             OR EXISTS (SELECT 1 FROM indicator_measurement m WHERE m.plan_id = p.id))::int AS followed
    FROM improvement_plan p JOIN sec ON sec.code = p.secretariat_code WHERE p.period = $1
), ia AS (
  SELECT p.secretariat_code AS code, count(*)::int AS measured,
         round(avg(least(1, greatest(0, CASE WHEN i.target = i.baseline THEN (lm.value::float >= i.target)::int
                                             ELSE (lm.value::float - i.baseline) / (i.target - i.baseline) END)))::numeric, 4)::float AS progress
    FROM improvement_plan p JOIN sec ON sec.code = p.secretariat_code
    JOIN improvement_plan_indicator i ON i.plan_id = p.id
    JOIN indicator_latest_measurement lm ON lm.indicator_id = i.id
   WHERE p.period = $1 GROUP BY 1
), w AS (
  SELECT sum(measured)::float8 AS measured, sum(progress * measured::float8 ORDER BY code) AS weighted FROM ia
)
SELECT json_build_object('data', json_build_object('pmiResultsNational', json_build_object(
  'secretariats', (SELECT count(*)::int FROM sec),
  'schools', (SELECT count(*)::int FROM school s JOIN sec ON sec.code = s.secretariat_code WHERE s.active),
  'plansRegistered', pl.registered, 'plansPertinent', pl.pertinent, 'plansFollowedUp', pl.followed,
  'averageIndicatorProgress', CASE WHEN w.measured > 0 THEN floor(w.weighted / w.measured * 10000::float8 + 0.5::float8) / 10000::float8 END
)))::text AS body
  FROM pl, w`;

/** The GraphQL documents the floor answers, with the same selection. */
export const PLANS_QUERY = `query Plans($period: String!, $first: Int!) { improvementPlans(first: $first, period: $period) { edges { node {
  id schoolDane period status version pertinent
  school { daneCode name sector zone municipality secretariat { code name } }
  goals { id area description indicators { id name baseline target unit frequency } actions { id description responsible startDate endDate status } }
} } } }`;

export const SCHOOLS_QUERY = `query Schools($first: Int!) { schools(first: $first) { edges { node {
  daneCode name sector zone municipality regime secretariat { code name }
} } } }`;

export const ANALYSIS_QUERY = `query Analysis($period: String!, $first: Int!) { jurisdictionAnalysis(first: $first, period: $period) { nodes {
  school { daneCode name } saber11Category improvementPlanStatus improvementPlanPertinent openSupportRequests selfEvaluationYear
  selfEvaluation { area average components lowComponents } signals { rule area }
} } }`;

export const NATIONAL_QUERY = `query National($period: String!) { pmiResultsNational(period: $period) {
  secretariats schools plansRegistered plansPertinent plansFollowedUp averageIndicatorProgress } }`;

/** The same plans through PostGraphile 4's generated schema (its names; no authorization: the leader's filter is a condition). */
export const POSTGRAPHILE_PLANS_QUERY = `query Plans($period: String!, $first: Int!, $secretariat: String) {
  allImprovementPlans(first: $first, condition: { period: $period, secretariatCode: $secretariat }, orderBy: [SCHOOL_DANE_ASC, PERIOD_ASC, ID_ASC]) { nodes {
    id schoolDane period status version pertinent
    school: schoolBySchoolDane { daneCode name sector zone municipality secretariat: secretariatBySecretariatCode { code name } }
    goals: improvementPlanGoalsByPlanId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id area description
      indicators: improvementPlanIndicatorsByGoalId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id name baseline target unit frequency } }
      actions: improvementPlanActionsByGoalId(orderBy: [POSITION_ASC, ID_ASC]) { nodes { id description responsible startDate endDate status } } } }
  } } }`;

export const POSTGRAPHILE_SCHOOLS_QUERY = `query Schools($first: Int!, $secretariat: String) {
  allSchools(first: $first, condition: { secretariatCode: $secretariat }, orderBy: [DANE_CODE_ASC]) { nodes {
    daneCode name sector zone municipality regime secretariat: secretariatBySecretariatCode { code name } } } }`;
