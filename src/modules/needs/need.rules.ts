import { registerEnumType } from 'type-graphql';

/**
 * The rule catalogue of activities 1–2 (analizar la caracterización y el perfil; identificar necesidades): each rule
 * with its enum name, its description (the GraphQL enum value's), the SQL that finds its signals and the SQL text of
 * the need it yields. A reader finds a rule here by its name; `SIGNALS_SQL` (src/modules/analysis/signals.ts),
 * `identifyNeeds` (needs.service.ts) and the classification (src/modules/strategy/strategy.rules.ts) read it.
 */

/** The rule of activity 2 that produced a need; each is also a kind of analysis signal (activity 1). */
export enum NeedRule {
  LOW_SELF_EVALUATION = 'LOW_SELF_EVALUATION',
  LOW_SABER_11 = 'LOW_SABER_11',
  LOW_SABER_LEVEL = 'LOW_SABER_LEVEL',
  INSPECTION_ACTION_NOT_IN_PMI = 'INSPECTION_ACTION_NOT_IN_PMI',
  PEI_CHANGED_SINCE_REVIEW = 'PEI_CHANGED_SINCE_REVIEW',
  EDUCATION_MODEL_CHANGED_SINCE_REVIEW = 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW',
  CURRICULUM_CHANGED_SINCE_REVIEW = 'CURRICULUM_CHANGED_SINCE_REVIEW',
  PMI_MISSING = 'PMI_MISSING',
  PMI_NOT_PERTINENT = 'PMI_NOT_PERTINENT',
}

export interface NeedRuleDefinition {
  rule: NeedRule;
  /** What the rule detects; the description of the GraphQL enum value. */
  description: string;
  /**
   * One SELECT over the CTEs of SIGNALS_SQL (`scope`, `plan`, `se_year`, `ch`) answering
   * (rule, school_dane, area, evidence jsonb, severity 1 high … 3 low). Parameters as in SIGNALS_SQL.
   */
  signalSql: string;
  /** SQL text expression of the need, over the group `g` (g.items: count of signals, g.evidence: jsonb array). */
  needDescriptionSql: string;
}

/** The SQL literal of a rule's name, for the fragments below. */
// The texts the rules write (evidence descriptions and values, need descriptions) are read by people (secretariat
// staff, official records): they are in Spanish; the rule names and sources stay codes.
/** The Spanish name of a Saber 3/5/9 subject (`r.subject`), as in the SaberSubject enum's descriptions. */
const SUBJECT_ES = `CASE r.subject WHEN 'LANGUAGE' THEN 'Lenguaje' WHEN 'MATHEMATICS' THEN 'Matemáticas'
  WHEN 'NATURAL_SCIENCES' THEN 'Ciencias naturales' WHEN 'CITIZENSHIP' THEN 'Competencias ciudadanas' ELSE r.subject END`;
const lit = (rule: NeedRule) => `'${rule}'`;

/** The rules, in the order their signals are produced. */
export const NEED_RULES: readonly NeedRuleDefinition[] = [
  {
    rule: NeedRule.LOW_SELF_EVALUATION,
    description: 'Self-evaluation (autoevaluación, D01.03) components scored at or below the threshold (default 1–2)',
    signalSql: `SELECT ${lit(NeedRule.LOW_SELF_EVALUATION)} AS rule, e.school_dane, e.area,
       jsonb_build_object('source', 'D01.03', 'record', 'SelfEvaluationScore', 'recordId', e.id,
         'value', e.component_code || ' = ' || e.score, 'date', e.year,
         'description', coalesce(c.name, e.component_code) || ' con valoración ' || e.score) AS evidence,
       CASE WHEN e.score = 1 THEN 1 ELSE 2 END AS severity
  FROM self_evaluation_score e
  JOIN se_year y ON y.school_dane = e.school_dane AND y.year = e.year
  LEFT JOIN self_evaluation_component c ON c.catalogue_version = e.catalogue_version AND c.code = e.component_code
 WHERE e.secretariat_code = $1 AND e.score <= $4`,
    needDescriptionSql: `format('%s componente(s) de la autoevaluación con valoración igual o inferior a %s en esta gestión', g.items, $4::int)`,
  },
  {
    rule: NeedRule.LOW_SABER_11,
    description: 'Saber 11 category among the low ones (default C or D) (D01.04)',
    signalSql: `SELECT ${lit(NeedRule.LOW_SABER_11)}, ch.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D01.04', 'record', 'Characterization', 'recordId', ch.id,
         'value', ch.saber11_category, 'date', ch.year, 'description', 'Clasificación Saber 11 ' || ch.saber11_category),
       1
  FROM ch WHERE ch.saber11_category = ANY($5::text[])`,
    needDescriptionSql: `'Bajo desempeño en Saber 11 (clasificación ' || (g.evidence->0->>'value') || ')'`,
  },
  {
    rule: NeedRule.LOW_SABER_LEVEL,
    description: 'Share of students in insuficiente in Saber 3/5/9 at or above the threshold (default 25%) (D01.04)',
    signalSql: `SELECT ${lit(NeedRule.LOW_SABER_LEVEL)}, r.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D01.04', 'record', 'SaberResult', 'recordId', r.id,
         'value', 'grado ' || r.grade || ' ' || ${SUBJECT_ES} || ': ' || r.insufficient || '% insuficiente', 'date', r.year,
         'description', 'Saber ' || r.grade || ' ' || ${SUBJECT_ES} || ' con ' || r.insufficient || '% de estudiantes en nivel insuficiente'),
       2
  FROM saber_result r JOIN ch ON ch.id = r.characterization_id
 WHERE r.insufficient >= $6`,
    needDescriptionSql: `format('%s resultado(s) Saber 3/5/9 con una alta proporción de estudiantes en nivel insuficiente', g.items)`,
  },
  {
    rule: NeedRule.INSPECTION_ACTION_NOT_IN_PMI,
    description: 'F01.03 corrective/preventive action not yet in the PMI',
    signalSql: `SELECT ${lit(NeedRule.INSPECTION_ACTION_NOT_IN_PMI)}, a.school_dane, f.area,
       jsonb_build_object('source', 'F01.03', 'record', 'InspectionFindingAction', 'recordId', a.id,
         'value', CASE a.type WHEN 'CORRECTIVE' THEN 'correctiva' WHEN 'PREVENTIVE' THEN 'preventiva' ELSE a.type END || ' ' || a.external_id, 'date', f.found_on, 'description', a.description),
       1
  FROM inspection_finding_action a
  JOIN inspection_finding f ON f.id = a.finding_id
  JOIN scope s ON s.dane_code = a.school_dane
 WHERE a.secretariat_code = $1 AND f.found_on < make_date($2::int + 1, 1, 1)
   AND NOT EXISTS (SELECT 1 FROM improvement_plan_action pa JOIN plan p ON p.id = pa.plan_id
                    WHERE p.school_dane = a.school_dane AND pa.inspection_action_ref = a.external_id)`,
    needDescriptionSql: `format('%s acción(es) correctiva(s)/preventiva(s) del F01.03 aún no incluida(s) en el PMI', g.items)`,
  },
  {
    rule: NeedRule.PEI_CHANGED_SINCE_REVIEW,
    description: 'PEI adjusted or updated (D02.02) after the PMI was last reviewed',
    signalSql: `SELECT ${lit(NeedRule.PEI_CHANGED_SINCE_REVIEW)}, u.school_dane, 'DIRECTIVE',
       jsonb_build_object('source', 'D02.02', 'record', 'PeiUpdate', 'recordId', u.id, 'value', u.change_type,
         'date', u.changed_on, 'description', u.summary),
       3
  FROM pei_update u JOIN plan p ON p.school_dane = u.school_dane
 WHERE u.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND u.changed_on > p.last_reviewed_at::date`,
    needDescriptionSql: `'El PEI cambió después de la última revisión del PMI: el PMI debe ajustarse'`,
  },
  {
    rule: NeedRule.EDUCATION_MODEL_CHANGED_SINCE_REVIEW,
    description: 'New education model (C02.02) after the PMI was last reviewed',
    signalSql: `SELECT ${lit(NeedRule.EDUCATION_MODEL_CHANGED_SINCE_REVIEW)}, m.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'C02.02', 'record', 'EducationModelAdoption', 'recordId', m.id, 'value', m.model_name,
         'date', m.implemented_on, 'description', 'Nuevo modelo educativo: ' || m.model_name),
       3
  FROM education_model_adoption m JOIN plan p ON p.school_dane = m.school_dane
 WHERE m.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND m.implemented_on > p.last_reviewed_at::date`,
    needDescriptionSql: `'Se implementó un nuevo modelo educativo después de la última revisión del PMI: el PMI debe modificarse'`,
  },
  {
    rule: NeedRule.CURRICULUM_CHANGED_SINCE_REVIEW,
    description: 'Curriculum (plan de estudios, D02.05) changed after the PMI was last reviewed',
    signalSql: `SELECT ${lit(NeedRule.CURRICULUM_CHANGED_SINCE_REVIEW)}, d.school_dane, 'ACADEMIC',
       jsonb_build_object('source', 'D02.05', 'record', 'CurriculumChange', 'recordId', d.id, 'value', array_to_string(d.areas, ', '),
         'date', d.changed_on, 'description', d.summary),
       3
  FROM curriculum_change d JOIN plan p ON p.school_dane = d.school_dane
 WHERE d.secretariat_code = $1 AND p.last_reviewed_at IS NOT NULL AND d.changed_on > p.last_reviewed_at::date`,
    needDescriptionSql: `'El plan de estudios cambió después de la última revisión del PMI'`,
  },
  {
    rule: NeedRule.PMI_MISSING,
    // A reviewed version stands until a newer one is reviewed: only a plan never reviewed and still a draft is missing.
    description: 'No PMI registered for the period',
    signalSql: `SELECT ${lit(NeedRule.PMI_MISSING)}, s.dane_code, NULL,
       jsonb_build_object('source', 'PMI', 'record', 'ImprovementPlan', 'recordId', coalesce(p.id::text, s.dane_code),
         'value', coalesce(p.status, 'NONE'), 'date', $2::text,
         'description', CASE WHEN p.id IS NULL THEN 'No hay PMI registrado para ' || $2 ELSE 'PMI aún en borrador, nunca radicado' END),
       1
  FROM scope s LEFT JOIN plan p ON p.school_dane = s.dane_code
 WHERE p.id IS NULL OR (p.status = 'DRAFT' AND p.reviewed_version IS NULL)`,
    needDescriptionSql: `g.evidence->0->>'description'`,
  },
  {
    rule: NeedRule.PMI_NOT_PERTINENT,
    description: 'The PMI was reviewed as not pertinent (no pertinente)',
    signalSql: `SELECT ${lit(NeedRule.PMI_NOT_PERTINENT)}, p.school_dane, NULL,
       jsonb_build_object('source', 'PMI', 'record', 'ImprovementPlan', 'recordId', p.id, 'value', 'versión ' || p.reviewed_version,
         'date', to_char(p.last_reviewed_at, 'YYYY-MM-DD'), 'description', 'PMI revisado como no pertinente'),
       1
  FROM plan p WHERE p.reviewed_version IS NOT NULL AND p.pertinent = false`,
    needDescriptionSql: `'El PMI fue revisado como no pertinente: apoyar su reformulación'`,
  },
];

/** The rules whose need means low SABER performance (mandatory inclusion of an official school, strategy.rules.ts). */
export const LOW_SABER_RULES: readonly NeedRule[] = [NeedRule.LOW_SABER_11, NeedRule.LOW_SABER_LEVEL];

/** `'A', 'B'`: the rules as an SQL list, for `rule IN (…)`. */
export const sqlRuleList = (rules: readonly NeedRule[]) => rules.map(lit).join(', ');

/** The need's description per rule, as one SQL CASE over the group `g`. */
export const NEED_DESCRIPTION_SQL = `CASE g.rule
${NEED_RULES.map((r) => `  WHEN ${lit(r.rule)} THEN ${r.needDescriptionSql}`).join('\n')}
END`;

registerEnumType(NeedRule, {
  name: 'NeedRule',
  description: 'Rule / signal of activities 1–2 (regla de identificación de necesidades).',
  valuesConfig: Object.fromEntries(NEED_RULES.map((r) => [r.rule, { description: r.description }])),
});
