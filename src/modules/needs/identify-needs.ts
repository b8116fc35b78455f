import type { Context } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';

import { EventType } from '../../events/catalogue';
import { scopeOf } from '../../common/scope';
import { settingsFor } from '../settings/settings.service';
import { SIGNALS_SQL, signalParams } from '../analysis/signals';

export interface IdentifyNeedsOutcome {
  period: string;
  created: number;
  confirmed: number;
  reopened: number;
  resolved: number;
  open: number;
}

/** Human text of a need per rule; the evidence carries the details. */
const DESCRIPTIONS = `CASE g.rule
  WHEN 'LOW_SELF_EVALUATION' THEN format('%s self-evaluation component(s) scored at or below %s in this area', g.items, $4::int)
  WHEN 'LOW_SABER_11' THEN 'Low Saber 11 performance (category ' || (g.evidence->0->>'value') || ')'
  WHEN 'LOW_SABER_LEVEL' THEN format('%s Saber 3/5/9 result(s) with a high share of students in insuficiente', g.items)
  WHEN 'INSPECTION_ACTION_NOT_IN_PMI' THEN format('%s F01.03 corrective/preventive action(s) not yet included in the PMI', g.items)
  WHEN 'PEI_CHANGED_SINCE_REVIEW' THEN 'The PEI changed after the PMI was last reviewed: the PMI must be adjusted'
  WHEN 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW' THEN 'A new education model was implemented after the PMI was last reviewed: the PMI must be modified'
  WHEN 'CURRICULUM_CHANGED_SINCE_REVIEW' THEN 'The curriculum (plan de estudios) changed after the PMI was last reviewed'
  WHEN 'PMI_MISSING' THEN g.evidence->0->>'description'
  WHEN 'PMI_NOT_PERTINENT' THEN 'The PMI was reviewed as not pertinent: support its reformulation'
END`;

/**
 * Activity 2 (identificar necesidades): turns the signals of activity 1 and the open support requests into needs,
 * in a fixed number of set-based statements whatever the number of schools.
 * Idempotent: a need is keyed by rule + school + area (or REQUEST:<id>); a re-run refreshes its evidence, reopens it
 * if it had been resolved, keeps staff edits (priority) and dismissals, and marks RESOLVED — never deletes — the
 * needs whose signal disappeared.
 */
export async function identifyNeeds(ctx: Context, period: string): Promise<IdentifyNeedsOutcome> {
  const secretariat = scopeOf(ctx).writeTo();
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const settings = await settingsFor(tx, secretariat);
    const params = signalParams(settings, period, null);
    const [counts] = await tx.query(
      `WITH signals AS (${SIGNALS_SQL}),
       grouped AS (
         SELECT rule, school_dane, area, count(*)::int AS items, min(severity) AS severity,
                jsonb_agg(evidence ORDER BY evidence->>'value') AS evidence
           FROM signals GROUP BY rule, school_dane, area
       ),
       candidates AS (
         SELECT 'ANALYSIS' AS source, g.rule, g.school_dane, g.area, NULL::uuid AS request_id,
                g.rule || ':' || g.school_dane || ':' || coalesce(g.area, '-') AS need_key,
                ${DESCRIPTIONS} AS description, g.evidence,
                CASE g.severity WHEN 1 THEN 'HIGH' WHEN 2 THEN 'MEDIUM' ELSE 'LOW' END AS priority
           FROM grouped g
         UNION ALL
         SELECT 'REQUEST', NULL, r.school_dane, r.area, r.id, 'REQUEST:' || r.id,
                'Support request: ' || r.subject,
                jsonb_build_array(jsonb_build_object('source', 'REQUEST', 'record', 'SupportRequest', 'recordId', r.id,
                  'value', r.status, 'date', to_char(r.created_at, 'YYYY-MM-DD'), 'description', r.description)),
                'MEDIUM'
           FROM support_request r JOIN school s ON s.dane_code = r.school_dane AND s.active
          WHERE r.secretariat_code = $1 AND r.status IN ('OPEN', 'IN_PROGRESS')
            AND r.created_at < make_date($2::int + 1, 1, 1)
       ),
       upserted AS (
         INSERT INTO support_need AS n (secretariat_code, period, school_dane, area, source, rule, support_request_id,
                                        need_key, description, evidence, priority, status)
         SELECT $1, $2, school_dane, area, source, rule, request_id, need_key, description, evidence, priority, 'OPEN'
           FROM candidates
         ON CONFLICT (secretariat_code, period, need_key) DO UPDATE SET
           evidence = EXCLUDED.evidence,
           description = EXCLUDED.description,
           status = CASE WHEN n.status = 'RESOLVED' THEN 'OPEN' ELSE n.status END,
           resolved_at = CASE WHEN n.status = 'RESOLVED' THEN NULL ELSE n.resolved_at END,
           last_identified_at = now(),
           updated_at = CASE WHEN n.status = 'RESOLVED' OR n.evidence <> EXCLUDED.evidence THEN now() ELSE n.updated_at END
         RETURNING n.need_key, (xmax = 0) AS inserted, n.status
       ),
       previous AS (
         SELECT need_key, status FROM support_need WHERE secretariat_code = $1 AND period = $2
       ),
       resolved AS (
         UPDATE support_need SET status = 'RESOLVED', resolved_at = now(), updated_at = now()
          WHERE secretariat_code = $1 AND period = $2 AND source IN ('ANALYSIS', 'REQUEST') AND status = 'OPEN'
            AND need_key NOT IN (SELECT need_key FROM candidates)
         RETURNING need_key
       )
       SELECT (SELECT count(*) FROM upserted WHERE inserted)::int AS created,
              (SELECT count(*) FROM upserted u JOIN previous p USING (need_key) WHERE NOT u.inserted AND p.status = 'OPEN')::int AS confirmed,
              (SELECT count(*) FROM upserted u JOIN previous p USING (need_key) WHERE p.status = 'RESOLVED')::int AS reopened,
              (SELECT count(*) FROM resolved)::int AS resolved`,
      params,
    );
    const [{ open }] = await tx.query(
      `SELECT count(*)::int AS open FROM support_need WHERE secretariat_code = $1 AND period = $2 AND status = 'OPEN'`,
      [secretariat, period],
    );
    const outcome: IdentifyNeedsOutcome = { period, ...counts, open };
    await uow.record({
      operation: 'identifyNeeds',
      entity: 'SupportNeed',
      entityId: `${secretariat}:${period}`,
      secretariat,
      change: { ...outcome },
      event: { type: EventType.NEEDS_IDENTIFIED, payload: { ...outcome } },
    });
    return outcome;
  });
}
