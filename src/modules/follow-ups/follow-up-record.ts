import type { EntityManager } from 'typeorm';
import { RecordFormat, writeRecord, type ExportedFile, type RecordDefinition } from '../../records/record';
import type { RecordExport } from '../../records/record-export';
import { IMPLEMENTATION_LEVEL_ES, PROGRESS_STATUS_ES } from './follow-up.enums';

/** One row of the record: a PMI action (with its current progress) or indicator (with its latest measurement). */
export interface FollowUpRecordRow {
  dane: string;
  school: string;
  version: number;
  area: string;
  goal: string;
  kind: 'ACTION' | 'INDICATOR';
  description: string;
  responsible: string | null;
  starts: string | null;
  ends: string | null;
  status: string | null;
  percent: number | null;
  evidence: string | null;
  baseline: number | null;
  target: number | null;
  value: number | null;
  measured: string | null;
  source: string | null;
  followUps: number;
  lastAt: Date | null;
  lastRole: string | null;
  sessionsHeld: number;
  selfEvaluatedOn: string | null;
  selfEvaluationLevel: string | null;
}

const AREA_ES = {
  DIRECTIVE: 'Gestión directiva',
  ACADEMIC: 'Gestión académica',
  ADMINISTRATIVE_FINANCIAL: 'Gestión administrativa y financiera',
  COMMUNITY: 'Gestión de la comunidad',
};
const ROLE_ES = {
  SCHOOL: 'Establecimiento educativo',
  QUALITY_LEADER: 'Líder de calidad educativa',
  IMPROVEMENT_PROFESSIONAL: 'Profesional de mejoramiento',
  QUALITY_STAFF: 'Funcionario de calidad',
};

/** Record "Seguimiento de los PMI" (domain brief §6): one row per action and indicator of each PMI of the period. */
export const FOLLOW_UP_RECORD: RecordDefinition<FollowUpRecordRow> = {
  key: 'seguimiento',
  title: 'Seguimiento de los PMI',
  sheet: 'Seguimiento PMI',
  columns: [
    { header: 'Código DANE', type: 'text', value: (r) => r.dane, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.school, width: 40 },
    { header: 'Versión del PMI', type: 'integer', value: (r) => r.version },
    { header: 'Área de gestión', type: 'text', value: (r) => r.area, values: AREA_ES, width: 24 },
    { header: 'Meta', type: 'text', value: (r) => r.goal, width: 40 },
    { header: 'Tipo', type: 'text', value: (r) => r.kind, values: { ACTION: 'Acción', INDICATOR: 'Indicador' } },
    { header: 'Acción o indicador', type: 'text', value: (r) => r.description, width: 40 },
    { header: 'Responsable', type: 'text', value: (r) => r.responsible, width: 20 },
    { header: 'Fecha de inicio', type: 'date', value: (r) => r.starts, width: 12 },
    { header: 'Fecha de terminación', type: 'date', value: (r) => r.ends, width: 12 },
    { header: 'Estado', type: 'text', value: (r) => r.status, values: PROGRESS_STATUS_ES, width: 14 },
    { header: 'Porcentaje de avance', type: 'percent', value: (r) => r.percent }, // percent points (0-100): the writer shows 50 as 50 %
    { header: 'Evidencia', type: 'text', value: (r) => r.evidence, width: 30 },
    { header: 'Línea base', type: 'decimal', value: (r) => r.baseline },
    { header: 'Meta del indicador', type: 'decimal', value: (r) => r.target },
    { header: 'Última medición', type: 'decimal', value: (r) => r.value },
    { header: 'Fecha de medición', type: 'date', value: (r) => r.measured, width: 12 },
    { header: 'Fuente', type: 'text', value: (r) => r.source, width: 20 },
    { header: 'Seguimientos registrados', type: 'integer', value: (r) => r.followUps },
    { header: 'Último seguimiento', type: 'datetime', value: (r) => r.lastAt, width: 18 },
    { header: 'Registrado por', type: 'text', value: (r) => r.lastRole, values: ROLE_ES, width: 24 },
    { header: 'Sesiones de asistencia realizadas', type: 'integer', value: (r) => r.sessionsHeld },
    { header: 'Fecha de la autoevaluación del PMI', type: 'date', value: (r) => r.selfEvaluatedOn, width: 12 },
    { header: 'Nivel de implementación de la meta', type: 'text', value: (r) => r.selfEvaluationLevel, values: IMPLEMENTATION_LEVEL_ES, width: 24 },
  ],
};

/**
 * Rows of the record for a secretariat and period (optionally one school), ordered by school, goal, kind and position.
 * Sessions held count the current HELD sessions with the school in the period's strategy.
 */
export async function followUpRows(db: EntityManager, secretariat: string, period: string, school: string | null = null): Promise<FollowUpRecordRow[]> {
  const rows: (Omit<FollowUpRecordRow, 'baseline' | 'target' | 'value'> & { baseline: number | null; target: number | null; value: string | null })[] = await db.query(
    `WITH plans AS (
       SELECT p.* FROM improvement_plan p WHERE p.secretariat_code = $1 AND p.period = $2 AND ($3::text IS NULL OR p.school_dane = $3)
     ), held AS (
       SELECT s.school_dane, count(*)::int AS n FROM assistance_session s JOIN assistance_strategy st ON st.id = s.strategy_id
        WHERE st.secretariat_code = $1 AND st.period = $2 AND s.status = 'HELD'
          AND NOT EXISTS (SELECT 1 FROM assistance_session r WHERE r.replaces_id = s.id)
        GROUP BY s.school_dane
     ), selfev AS (
       SELECT DISTINCT ON (e.plan_id) e.plan_id, to_char(e.evaluated_on, 'YYYY-MM-DD') AS evaluated_on, e.goal_ratings
         FROM plan_self_evaluation e JOIN plans p ON p.id = e.plan_id ORDER BY e.plan_id, e.recorded_at DESC, e.id DESC
     )
     SELECT * FROM (
       SELECT p.school_dane AS dane, sc.name AS school, p.version, g.area, g.description AS goal, 'ACTION' AS kind,
              a.description, a.responsible, to_char(a.start_date, 'YYYY-MM-DD') AS starts, to_char(a.end_date, 'YYYY-MM-DD') AS ends,
              cur.status, cur.percent, cur.evidence, NULL::float8 AS baseline, NULL::float8 AS target, NULL::text AS value,
              NULL AS measured, NULL AS source, cnt.n AS "followUps", cur.recorded_at AS "lastAt", cur.recorder_role AS "lastRole",
              coalesce(h.n, 0) AS "sessionsHeld", se.evaluated_on AS "selfEvaluatedOn",
              (SELECT r->>'level' FROM jsonb_array_elements(se.goal_ratings) r WHERE r->>'goalId' = g.id::text LIMIT 1) AS "selfEvaluationLevel",
              g.position AS gpos, 0 AS kpos, a.position AS pos
         FROM plans p JOIN school sc ON sc.dane_code = p.school_dane
         JOIN improvement_plan_goal g ON g.plan_id = p.id
         JOIN improvement_plan_action a ON a.goal_id = g.id
         LEFT JOIN LATERAL (SELECT x.* FROM plan_action_progress x WHERE x.action_id = a.id ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1) cur ON true
         LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM plan_action_progress x WHERE x.action_id = a.id) cnt ON true
         LEFT JOIN held h ON h.school_dane = p.school_dane
         LEFT JOIN selfev se ON se.plan_id = p.id
       UNION ALL
       SELECT p.school_dane, sc.name, p.version, g.area, g.description, 'INDICATOR',
              i.name, NULL, NULL, NULL, NULL, NULL, NULL, i.baseline, i.target, m.value::text,
              to_char(m.measured_on, 'YYYY-MM-DD'), m.source, cnt.n, m.recorded_at, m.recorder_role,
              coalesce(h.n, 0), se.evaluated_on,
              (SELECT r->>'level' FROM jsonb_array_elements(se.goal_ratings) r WHERE r->>'goalId' = g.id::text LIMIT 1),
              g.position, 1, i.position
         FROM plans p JOIN school sc ON sc.dane_code = p.school_dane
         JOIN improvement_plan_goal g ON g.plan_id = p.id
         JOIN improvement_plan_indicator i ON i.goal_id = g.id
         LEFT JOIN LATERAL (SELECT x.* FROM indicator_measurement x WHERE x.indicator_id = i.id ORDER BY x.measured_on DESC, x.recorded_at DESC LIMIT 1) m ON true
         LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM indicator_measurement x WHERE x.indicator_id = i.id) cnt ON true
         LEFT JOIN held h ON h.school_dane = p.school_dane
         LEFT JOIN selfev se ON se.plan_id = p.id
     ) t ORDER BY dane, gpos, kpos, pos`,
    [secretariat, period, school],
  );
  return rows.map(({ gpos: _g, kpos: _k, pos: _p, ...r }: Record<string, unknown>) => ({
    ...(r as unknown as FollowUpRecordRow),
    dane: String(r.dane).trim(),
    value: r.value === null ? null : Number(r.value),
  }));
}

export async function followUpRecord(db: EntityManager, secretariat: string, period: string, format: RecordFormat, school: string | null = null): Promise<ExportedFile> {
  const rows = await followUpRows(db, secretariat, period, school);
  return writeRecord(FOLLOW_UP_RECORD, rows, format, `seguimiento-pmi-${secretariat}-${period}${school ? `-${school}` : ''}`, [
    `${FOLLOW_UP_RECORD.title} — Secretaría ${secretariat} — vigencia ${period}`,
  ]);
}

/** `npm run export -- --record seguimiento`: every PMI action and indicator of the secretariat's period. */
export const followUpExport: RecordExport<FollowUpRecordRow> = {
  definition: FOLLOW_UP_RECORD,
  describes: 'every PMI action and indicator of the period, with its latest follow-up',
  async load(ctx, { secretariat, period }) {
    const rows = await followUpRows(ctx.runtime.db.manager, secretariat, period);
    return { rows, base: `seguimiento-pmi-${secretariat}-${period}`, heading: [`${FOLLOW_UP_RECORD.title} — Secretaría ${secretariat} — vigencia ${period}`] };
  },
};
