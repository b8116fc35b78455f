import type { EntityManager } from 'typeorm';
import { IrregularityReason } from './irregularity.enums';
import type { AssistanceReceived, IrregularityEvidence } from './irregularity-report.entity';

/**
 * Activity 10, rule "indicios de irregularidades" (domain brief §8, default): a school is listed for year Y when it was
 * accompanied (≥ 1 HELD assistance session of the secretariat's strategy) in one of the N consecutive periods
 * Y−N+1…Y, and in EVERY one of those periods one and the same irregularity holds:
 *  - NO_PERTINENT_PMI: no PMI of the period reviewed as pertinent (none, draft, submitted unreviewed, or not pertinent);
 *  - INSPECTION_ACTION_UNRESOLVED: an F01.03 corrective/preventive action found before the period's end, not yet
 *    carried out (no PMI action of this or an earlier period that references it, `inspection_action_ref`, is DONE),
 *    and either missing from the PMI of the period or due within the period;
 *  - PMI_MOSTLY_UNDONE: the PMI of the period has actions and the share whose latest follow-up is DONE is below
 *    the threshold (default 0.3).
 * The state of a PMI action is its latest plan_action_progress row, or its own status when it has none.
 * Nonconformities of activity 8 concern the secretariat's service and never list a school.
 * A period for which the hub holds no PMI of the secretariat at all is a period without data (before the hub, or not
 * loaded): "no PMI registered" is evidence only in a period whose PMIs the hub holds.
 *
 * Parameters: $1 secretariat, $2 year, $3 consecutive periods N, $4 minimum done share, $5 DANE codes or NULL (all).
 */
export const IRREGULARITY_EVIDENCE_SQL = `
WITH periods AS (
  SELECT g::text AS period, make_date(g + 1, 1, 1) AS period_end,
         EXISTS (SELECT 1 FROM improvement_plan q WHERE q.secretariat_code = $1 AND q.period = g::text) AS has_plans
    FROM generate_series($2::int - $3::int + 1, $2::int) g
), schools AS (
  SELECT dane_code FROM school WHERE secretariat_code = $1 AND active AND ($5::bpchar[] IS NULL OR dane_code = ANY($5::bpchar[]))
), plan AS (
  SELECT p.id, p.school_dane, p.period, p.status, p.pertinent, p.reviewed_version
    FROM improvement_plan p JOIN periods x ON x.period = p.period
   WHERE p.secretariat_code = $1 AND p.school_dane IN (SELECT dane_code FROM schools)
), action_state AS (  -- PMI actions of the window with their current state
  SELECT pa.id, pa.plan_id, pa.inspection_action_ref,
         coalesce((SELECT g.status FROM plan_action_progress g WHERE g.action_id = pa.id
                    ORDER BY g.recorded_at DESC, g.id DESC LIMIT 1), pa.status) AS status
    FROM improvement_plan_action pa JOIN plan p ON p.id = pa.plan_id
)
SELECT s.dane_code AS school_dane, x.period, '${IrregularityReason.NO_PERTINENT_PMI}' AS reason,
       jsonb_build_object('period', x.period, 'reason', '${IrregularityReason.NO_PERTINENT_PMI}', 'source', 'PMI',
         'record', 'ImprovementPlan', 'recordId', p.id,
         'description', CASE WHEN p.id IS NULL THEN 'Sin PMI registrado para ' || x.period
                             WHEN p.status = 'DRAFT' THEN 'PMI ' || x.period || ' en borrador, nunca enviado'
                             WHEN p.status = 'SUBMITTED' THEN 'PMI ' || x.period || ' enviado y sin revisión como pertinente'
                             ELSE 'PMI ' || x.period || ' revisado como no pertinente (versión ' || p.reviewed_version || ')' END) AS evidence
  FROM schools s CROSS JOIN periods x
  LEFT JOIN plan p ON p.school_dane = s.dane_code AND p.period = x.period
 WHERE (p.id IS NULL AND x.has_plans) OR (p.id IS NOT NULL AND NOT (p.status = 'REVIEWED' AND coalesce(p.pertinent, false)))
UNION ALL
SELECT a.school_dane, x.period, '${IrregularityReason.INSPECTION_ACTION_UNRESOLVED}',
       jsonb_build_object('period', x.period, 'reason', '${IrregularityReason.INSPECTION_ACTION_UNRESOLVED}', 'source', 'F01.03',
         'record', 'InspectionFindingAction', 'recordId', a.id,
         'description', CASE WHEN st.in_pmi THEN 'Acción ' || a.external_id || ' de F01.03 incluida en el PMI ' || x.period || ' pero no cumplida'
                             ELSE 'Acción ' || a.external_id || ' de F01.03 no incluida en el PMI ' || x.period END
           || ': ' || a.description)
  FROM inspection_finding_action a
  JOIN inspection_finding f ON f.id = a.finding_id
  JOIN periods x ON f.found_on < x.period_end
  CROSS JOIN LATERAL (
    -- resolved: carried out (DONE) in the PMI of this period or an earlier one
    SELECT bool_or(pp.period = x.period) AS in_pmi,
           coalesce(bool_or(coalesce((SELECT g.status FROM plan_action_progress g WHERE g.action_id = pa.id
                                       ORDER BY g.recorded_at DESC, g.id DESC LIMIT 1), pa.status) = 'DONE'), false) AS resolved
      FROM improvement_plan pp JOIN improvement_plan_action pa ON pa.plan_id = pp.id
     WHERE pp.school_dane = a.school_dane AND pp.period <= x.period AND pa.inspection_action_ref = a.external_id) st
 WHERE a.secretariat_code = $1 AND a.school_dane IN (SELECT dane_code FROM schools)
   AND NOT st.resolved
   AND (NOT coalesce(st.in_pmi, false) OR a.due_date IS NULL OR a.due_date < x.period_end)
UNION ALL
SELECT p.school_dane, p.period, '${IrregularityReason.PMI_MOSTLY_UNDONE}',
       jsonb_build_object('period', p.period, 'reason', '${IrregularityReason.PMI_MOSTLY_UNDONE}', 'source', 'D02.03',
         'record', 'ImprovementPlan', 'recordId', p.id,
         'description', c.done || ' de ' || c.total || ' acciones del PMI ' || p.period || ' cumplidas ('
           || round(100.0 * c.done / c.total) || ' %)')
  FROM plan p
  CROSS JOIN LATERAL (SELECT count(*) AS total, count(*) FILTER (WHERE st.status = 'DONE') AS done
                        FROM action_state st WHERE st.plan_id = p.id) c
 WHERE c.total > 0 AND c.done::float / c.total < $4::float
`;

/**
 * Assistance each school received in the periods considered: its non-cancelled activities and HELD session dates.
 * Parameters: $1 secretariat, $2 year, $3 consecutive periods N, $4 DANE codes or NULL.
 */
export const ASSISTANCE_RECEIVED_SQL = `
SELECT d.dane AS school_dane, st.period, a.id AS "activityId", a.title, a.modality,
       coalesce((SELECT array_agg(to_char(s.held_on, 'YYYY-MM-DD') ORDER BY s.held_on) FROM assistance_session s
                  WHERE s.activity_id = a.id AND s.school_dane = d.dane AND s.status = 'HELD'), '{}') AS "heldOn"
  FROM assistance_strategy st
  JOIN assistance_activity a ON a.strategy_id = st.id AND a.status <> 'CANCELLED'
  CROSS JOIN LATERAL unnest(a.school_danes) AS d(dane)
 WHERE st.secretariat_code = $1 AND st.period::int BETWEEN $2::int - $3::int + 1 AND $2::int
   AND ($4::text[] IS NULL OR d.dane = ANY($4::text[]))
 ORDER BY d.dane, st.period, a.starts_on, a.id`;

export interface SchoolIrregularities {
  schoolDane: string;
  /** Reasons that hold in every period of the window (systematic). */
  reasons: IrregularityReason[];
  /** Evidence of every reason found, by period then reason (all of it for a school the leader adds). */
  evidence: IrregularityEvidence[];
  assistance: AssistanceReceived[];
  accompanied: boolean;
}

const REASON_ORDER = Object.values(IrregularityReason);

/** Evaluates the rule for a secretariat and year; `only` restricts to some schools. Ordered by DANE code. */
export async function evaluateIrregularities(
  db: EntityManager,
  secretariat: string,
  year: string,
  consecutivePeriods: number,
  minDoneShare: number,
  only: string[] | null = null,
): Promise<SchoolIrregularities[]> {
  const evidenceRows: Array<{ school_dane: string; period: string; reason: IrregularityReason; evidence: IrregularityEvidence }> =
    await db.query(IRREGULARITY_EVIDENCE_SQL, [secretariat, year, consecutivePeriods, minDoneShare, only]);
  const assistanceRows: Array<AssistanceReceived & { school_dane: string }> = await db.query(ASSISTANCE_RECEIVED_SQL, [
    secretariat,
    year,
    consecutivePeriods,
    only,
  ]);
  const bySchool = new Map<string, SchoolIrregularities>();
  const entry = (dane: string) => {
    let e = bySchool.get(dane);
    if (!e) bySchool.set(dane, (e = { schoolDane: dane, reasons: [], evidence: [], assistance: [], accompanied: false }));
    return e;
  };
  for (const { school_dane, ...a } of assistanceRows) {
    const e = entry(school_dane);
    e.assistance.push(a);
    if (a.heldOn.length) e.accompanied = true;
  }
  const periodsOf = new Map<string, Map<IrregularityReason, Set<string>>>();
  for (const r of evidenceRows) {
    entry(r.school_dane).evidence.push(r.evidence);
    const m = periodsOf.get(r.school_dane) ?? new Map<IrregularityReason, Set<string>>();
    periodsOf.set(r.school_dane, m);
    (m.get(r.reason) ?? m.set(r.reason, new Set()).get(r.reason)!).add(r.period);
  }
  for (const e of bySchool.values()) {
    const m = periodsOf.get(e.schoolDane);
    e.reasons = REASON_ORDER.filter((r) => (m?.get(r)?.size ?? 0) >= consecutivePeriods);
    e.evidence.sort((a, b) => a.period.localeCompare(b.period) || REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason));
  }
  return [...bySchool.values()].sort((a, b) => a.schoolDane.localeCompare(b.schoolDane));
}

/** The schools the rule lists: accompanied, and at least one irregularity held in every period considered. */
export const listedByRule = (all: SchoolIrregularities[]) => all.filter((s) => s.accompanied && s.reasons.length > 0);
