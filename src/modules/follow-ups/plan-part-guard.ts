import type { EntityManager } from 'typeorm';
import type { Violation } from '../../common/violations';

/**
 * Rule "follow-up history survives a new PMI version": a PMI update may not delete an action or indicator that has
 * follow-ups (progress, measurements, corrective actions). Called by the PMI service before it deletes parts left
 * out of an update; the part stays, and the school records it CANCELLED instead. The foreign keys (ON DELETE
 * RESTRICT) back this up. Returns one violation on `input.goals` per such part, for the PMI service to report with
 * the input's other problems.
 */
export async function followUpViolations(tx: EntityManager, planId: string, keptActionIds: string[], keptIndicatorIds: string[]): Promise<Violation[]> {
  const rows: { kind: string; id: string }[] = await tx.query(
    `SELECT 'action' AS kind, a.id FROM improvement_plan_action a
      WHERE a.plan_id = $1 AND NOT (a.id = ANY($2::uuid[]))
        AND (EXISTS (SELECT 1 FROM plan_action_progress x WHERE x.action_id = a.id)
             OR EXISTS (SELECT 1 FROM plan_corrective_action c WHERE c.action_id = a.id))
     UNION ALL
     SELECT 'indicator', i.id FROM improvement_plan_indicator i
      WHERE i.plan_id = $1 AND NOT (i.id = ANY($3::uuid[]))
        AND (EXISTS (SELECT 1 FROM indicator_measurement m WHERE m.indicator_id = i.id)
             OR EXISTS (SELECT 1 FROM plan_corrective_action c WHERE c.indicator_id = i.id))`,
    [planId, keptActionIds, keptIndicatorIds],
  );
  return rows.map((r) => ({
    field: 'input.goals',
    message: `The ${r.kind} ${r.id} has follow-ups (seguimiento) and cannot be removed; keep it (send its id) and record it CANCELLED`,
  }));
}
