import type { EntityManager } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { AssistanceModality } from '../strategy/strategy.enums';
import type { ConsolidatedFigures, NeedsByArea } from './consolidated-figures';

/**
 * Activity 9 (generar información): the figures of the consolidated report of one secretariat and period, from the
 * evidence of activities 2–8. Named rules:
 *  - ACCOMPANIED: a school with ≥ 1 HELD session of an activity of the period's strategy (CONTRACT.md).
 *  - PROGRAMMING_FULFILMENT: per programmed activity × school (activity not cancelled): on time when its first HELD
 *    session is on or before the activity's end date, late when after, not done without one.
 *  - RESPONSE_RATE: evaluations received ÷ held activity–school pairs (domain brief §8).
 *  - INDICATOR_PROGRESS: (latest − baseline) ÷ (target − baseline) capped to 0–1; achieved when the latest
 *    measurement reaches the target in the target's direction.
 *  - ACTION_DONE: an action's latest plan_action_progress is DONE (its own status when it has none).
 *  - RECURRENT_NEED: a school with a need of the area in this period and in the previous one (dismissed needs ignored).
 *  - INFRASTRUCTURE_NEED: the latest D01.04 characterization (year ≤ period) of a programmed school lists needs or
 *    rates its plant POOR or CRITICAL.
 */

const MODALITY_ORDER = Object.values(AssistanceModality);
const AREA_ORDER: Array<ManagementArea | null> = [...Object.values(ManagementArea), null];
const DEFAULT_CRITERIA: Record<string, string> = {
  PERTINENCE: 'Pertinencia',
  TIMELINESS: 'Oportunidad',
  MASTERY: 'Dominio y claridad de quien asesora',
  MATERIALS: 'Utilidad de los materiales',
  OBJECTIVES: 'Cumplimiento de los objetivos',
};

const num = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** The latest state of each PMI action (SQL expression over `a`, an improvement_plan_action row). */
export const ACTION_STATE_SQL = `coalesce((SELECT g.status FROM plan_action_progress g WHERE g.action_id = a.id
                                           ORDER BY g.recorded_at DESC, g.id DESC LIMIT 1), a.status)`;

export async function computeConsolidatedFigures(db: EntityManager, secretariat: string, period: string): Promise<ConsolidatedFigures> {
  const [strategy] = await db.query(`SELECT id FROM assistance_strategy WHERE secretariat_code = $1 AND period = $2`, [secretariat, period]);
  const strategyId: string | null = strategy?.id ?? null;

  const pairs = `
    SELECT a.id AS activity_id, a.modality, a.ends_on, d.dane,
           (SELECT min(s.held_on) FROM assistance_session s
             WHERE s.activity_id = a.id AND s.school_dane = d.dane AND s.status = 'HELD') AS first_held
      FROM assistance_activity a CROSS JOIN LATERAL unnest(a.school_danes) AS d(dane)
     WHERE a.strategy_id = $1 AND a.status <> 'CANCELLED'`;
  const byModality: Array<{ modality: AssistanceModality; planned: string; accompanied: string }> = strategyId
    ? await db.query(
        `SELECT modality, count(DISTINCT dane) AS planned, count(DISTINCT dane) FILTER (WHERE first_held IS NOT NULL) AS accompanied
           FROM (${pairs}) p GROUP BY modality`,
        [strategyId],
      )
    : [];
  const [totals] = strategyId
    ? await db.query(
        `SELECT count(DISTINCT dane) AS planned, count(DISTINCT dane) FILTER (WHERE first_held IS NOT NULL) AS accompanied,
                count(*) AS programmed,
                count(*) FILTER (WHERE first_held <= ends_on) AS on_time,
                count(*) FILTER (WHERE first_held > ends_on) AS late,
                count(*) FILTER (WHERE first_held IS NULL) AS not_done,
                (SELECT count(*) FROM assistance_activity c WHERE c.strategy_id = $1 AND c.status = 'CANCELLED') AS cancelled
           FROM (${pairs}) p`,
        [strategyId],
      )
    : [{}];
  const accompaniedSchools: string[] = strategyId
    ? (await db.query(`SELECT DISTINCT dane FROM (${pairs}) p WHERE first_held IS NOT NULL`, [strategyId])).map((r: { dane: string }) => r.dane)
    : [];
  const plannedSchools: string[] = strategyId
    ? (await db.query(`SELECT DISTINCT dane FROM (${pairs}) p ORDER BY dane`, [strategyId])).map((r: { dane: string }) => r.dane)
    : [];

  // Evaluation of the assistance (activity 7)
  const [ev] = strategyId
    ? await db.query(
        `SELECT count(*) AS received,
                count(*) FILTER (WHERE objectives_met = 'YES') AS yes,
                count(*) FILTER (WHERE objectives_met = 'PARTLY') AS partly,
                count(*) FILTER (WHERE objectives_met = 'NO') AS no,
                (SELECT round(avg(r.value::numeric), 2) FROM assistance_evaluation e2, jsonb_each_text(e2.ratings) r
                  WHERE e2.strategy_id = $1) AS average
           FROM assistance_evaluation e WHERE e.strategy_id = $1`,
        [strategyId],
      )
    : [{}];
  const criteriaRows: Array<{ code: string; average: string; responses: string }> = strategyId
    ? await db.query(
        `SELECT r.key AS code, round(avg(r.value::numeric), 2) AS average, count(*) AS responses
           FROM assistance_evaluation e, jsonb_each_text(e.ratings) r WHERE e.strategy_id = $1 GROUP BY r.key ORDER BY r.key`,
        [strategyId],
      )
    : [];
  const [settings] = await db.query(`SELECT criteria FROM evaluation_settings WHERE secretariat_code = $1 AND period = $2`, [secretariat, period]);
  const names: Record<string, string> = { ...DEFAULT_CRITERIA };
  for (const c of (settings?.criteria ?? []) as Array<{ code: string; name: string }>) names[c.code] = c.name;
  const expected = num(totals.on_time) + num(totals.late);

  // PMI progress (activities 5–6)
  const [pp] = await db.query(
    `WITH plans AS (SELECT id FROM improvement_plan WHERE secretariat_code = $1 AND period = $2),
     ind AS (SELECT i.baseline, i.target,
                    (SELECT m.value::float FROM indicator_measurement m WHERE m.indicator_id = i.id
                      ORDER BY m.measured_on DESC, m.recorded_at DESC LIMIT 1) AS latest
               FROM improvement_plan_indicator i JOIN plans p ON p.id = i.plan_id),
     act AS (SELECT ${ACTION_STATE_SQL} AS status FROM improvement_plan_action a JOIN plans p ON p.id = a.plan_id)
     SELECT (SELECT count(*) FROM plans) AS plans,
            (SELECT count(*) FROM ind) AS indicators,
            (SELECT count(*) FROM ind WHERE latest IS NOT NULL) AS measured,
            (SELECT count(*) FROM ind WHERE latest IS NOT NULL
                AND CASE WHEN target >= baseline THEN latest >= target ELSE latest <= target END) AS achieved,
            (SELECT round(avg(least(1, greatest(0, CASE WHEN target = baseline THEN (latest >= target)::int
                                                        ELSE (latest - baseline) / (target - baseline) END)))::numeric, 4)
               FROM ind WHERE latest IS NOT NULL) AS average_progress,
            (SELECT count(*) FROM act) AS actions,
            (SELECT count(*) FROM act WHERE status = 'DONE') AS actions_done`,
    [secretariat, period],
  );

  // Needs by management area (activity 2), recurrent against the previous period
  const needRows: Array<{ area: ManagementArea | null; needs: string; schools: string; recurrent: string }> = await db.query(
    `WITH cur AS (SELECT * FROM support_need WHERE secretariat_code = $1 AND period = $2 AND status <> 'DISMISSED'),
          prev AS (SELECT DISTINCT school_dane, area FROM support_need
                    WHERE secretariat_code = $1 AND period = ($2::int - 1)::text AND status <> 'DISMISSED')
     SELECT c.area, count(*) AS needs, count(DISTINCT c.school_dane) AS schools,
            count(DISTINCT c.school_dane) FILTER (WHERE EXISTS (SELECT 1 FROM prev p
                                                                 WHERE p.school_dane = c.school_dane AND p.area IS NOT DISTINCT FROM c.area)) AS recurrent
       FROM cur c GROUP BY c.area`,
    [secretariat, period],
  );
  const needsByArea: NeedsByArea[] = needRows
    .map((r) => ({ area: r.area, needs: num(r.needs), schools: num(r.schools), recurrentSchools: num(r.recurrent) }))
    .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));

  // Infrastructure needs of the programmed schools (for I02.04)
  const infraRows: Array<{ school_dane: string; name: string; condition: string | null; needs: string[]; year: string }> = plannedSchools.length
    ? await db.query(
        `SELECT DISTINCT ON (c.school_dane) c.school_dane, s.name, c.infrastructure_condition AS condition, c.infrastructure_needs AS needs, c.year
           FROM characterization c JOIN school s ON s.dane_code = c.school_dane
          WHERE c.secretariat_code = $1 AND c.year <= $2 AND c.school_dane = ANY($3::bpchar[])
          ORDER BY c.school_dane, c.year DESC`,
        [secretariat, period, plannedSchools],
      )
    : [];

  // Characterization items for D01.04, every active school of the secretariat
  const items: Array<{ dane: string; modality: AssistanceModality | null; pertinent: boolean; total: string; done: string }> = await db.query(
    `SELECT s.dane_code AS dane, c.modality, coalesce(p.status = 'REVIEWED' AND p.pertinent, false) AS pertinent,
            (SELECT count(*) FROM improvement_plan_action a WHERE a.plan_id = p.id) AS total,
            (SELECT count(*) FROM improvement_plan_action a WHERE a.plan_id = p.id AND ${ACTION_STATE_SQL} = 'DONE') AS done
       FROM school s
       LEFT JOIN school_classification c ON c.school_dane = s.dane_code AND c.strategy_id = $3
       LEFT JOIN improvement_plan p ON p.school_dane = s.dane_code AND p.period = $2
      WHERE s.secretariat_code = $1 AND s.active
      ORDER BY s.dane_code`,
    [secretariat, period, strategyId],
  );
  const accompanied = new Set(accompaniedSchools);

  return {
    strategyId,
    coverage: {
      planned: num(totals.planned),
      accompanied: num(totals.accompanied),
      byModality: byModality
        .map((r) => ({ modality: r.modality, planned: num(r.planned), accompanied: num(r.accompanied) }))
        .sort((a, b) => MODALITY_ORDER.indexOf(a.modality) - MODALITY_ORDER.indexOf(b.modality)),
    },
    programming: {
      programmed: num(totals.programmed),
      onTime: num(totals.on_time),
      late: num(totals.late),
      notDone: num(totals.not_done),
      cancelledActivities: num(totals.cancelled),
    },
    evaluation: {
      received: num(ev.received),
      expected,
      responseRate: expected ? Math.round((num(ev.received) / expected) * 10000) / 10000 : null,
      averageRating: numOrNull(ev.average),
      objectivesMet: num(ev.yes),
      objectivesPartlyMet: num(ev.partly),
      objectivesNotMet: num(ev.no),
      criteria: criteriaRows.map((r) => ({ code: r.code, name: names[r.code] ?? r.code, average: numOrNull(r.average), responses: num(r.responses) })),
    },
    planProgress: {
      plans: num(pp.plans),
      indicators: num(pp.indicators),
      measured: num(pp.measured),
      achieved: num(pp.achieved),
      averageProgress: numOrNull(pp.average_progress),
      actions: num(pp.actions),
      actionsDone: num(pp.actions_done),
    },
    needsByArea,
    infrastructure: infraRows
      .filter((r) => r.needs.length > 0 || r.condition === 'POOR' || r.condition === 'CRITICAL')
      .map((r) => ({ schoolDane: r.school_dane, schoolName: r.name, condition: r.condition, needs: r.needs, year: r.year })),
    characterization: items.map((r) => ({
      schoolDane: r.dane,
      modality: r.modality,
      accompanied: accompanied.has(r.dane),
      pmiPertinent: r.pertinent,
      actionsDoneShare: num(r.total) ? Math.round((num(r.done) / num(r.total)) * 10000) / 10000 : null,
    })),
  };
}
