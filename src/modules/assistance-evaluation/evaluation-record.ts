import type { EntityManager } from 'typeorm';
import { RecordFormat, spanishDateTime, writeRecord, type ExportedFile, type RecordColumn, type RecordDefinition } from '../../records/record';
import type { Context } from '../../context';
import type { RecordExport } from '../../records/record-export';

import { DEFAULT_CRITERIA, readSecretariat, settingsFor } from './assistance-evaluation.service';
import { OBJECTIVES_MET_ES } from './assistance-evaluation.enums';
import type { EvaluationCriterion } from './evaluation-settings.entity';

/** One row of the record: one evaluation submitted by a school. */
export interface EvaluationRecordRow {
  dane: string;
  school: string;
  title: string;
  modality: string;
  method: string;
  responsible: string;
  startsOn: string;
  endsOn: string;
  ratings: Record<string, number>;
  average: number | null;
  objectivesMet: string;
  comments: string;
  submittedAt: Date;
}

const MODALITY_ES = { INTEGRAL: 'Acompañamiento integral', PUNCTUAL: 'Asesoría puntual', TRAINING: 'Capacitación', OTHER: 'Otra' };

/**
 * Record "Evaluación de asesoría" (domain brief §6): per evaluation, the school, the activity and one column per
 * criterion of the period (their Spanish names), the average, objectives met (Sí / Parcialmente / No), comments and
 * the date-time of submission.
 */
export function evaluationRecordDefinition(criteria: EvaluationCriterion[]): RecordDefinition<EvaluationRecordRow> {
  const columns: RecordColumn<EvaluationRecordRow>[] = [
    { header: 'Código DANE', type: 'text', value: (r) => r.dane, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.school, width: 40 },
    { header: 'Actividad de asistencia técnica', type: 'text', value: (r) => r.title, width: 40 },
    { header: 'Modalidad', type: 'text', value: (r) => r.modality, values: MODALITY_ES, width: 24 },
    { header: 'Metodología', type: 'text', value: (r) => r.method, width: 24 },
    // The hub stores the responsible as entered for the activity (a name or a user id); it keeps no directory of names.
    { header: 'Responsable (nombre o usuario registrado)', type: 'text', value: (r) => r.responsible, width: 24 },
    { header: 'Fecha inicio', type: 'date', value: (r) => r.startsOn, width: 12 },
    { header: 'Fecha fin', type: 'date', value: (r) => r.endsOn, width: 12 },
    // A criterion's rating (1–5) is labelled as such: the default criterion "Cumplimiento de los objetivos" is not the
    // school's yes/no answer on the objectives below.
    ...criteria.map((c): RecordColumn<EvaluationRecordRow> => ({ header: `${c.name} (calificación 1–5)`, type: 'integer', value: (r) => r.ratings[c.code] ?? null, width: 14 })),
    { header: 'Promedio (1–5)', type: 'decimal', value: (r) => r.average, width: 10 },
    { header: '¿Se cumplieron los objetivos? (Sí / Parcialmente / No)', type: 'text', value: (r) => r.objectivesMet, values: OBJECTIVES_MET_ES, width: 18 },
    { header: 'Observaciones', type: 'text', value: (r) => r.comments, width: 50 },
    { header: 'Fecha de envío', type: 'datetime', value: (r) => r.submittedAt, width: 18 },
  ];
  return { key: 'evaluacion', title: 'Evaluación de asesoría', sheet: 'Evaluación de asesoría', columns };
}

/** The rows of a secretariat's period, by activity start date, activity, then school. */
export async function evaluationRecordRows(db: EntityManager, secretariat: string, period: string): Promise<EvaluationRecordRow[]> {
  const rows: (Omit<EvaluationRecordRow, 'average'> & { average: string | null })[] = await db.query(
    `SELECT e.school_dane AS dane, s.name AS school, a.title, a.modality, a.method, a.responsible,
            to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(a.ends_on, 'YYYY-MM-DD') AS "endsOn",
            e.ratings, (SELECT round(avg(r.value::int), 2) FROM jsonb_each_text(e.ratings) r) AS average,
            e.objectives_met AS "objectivesMet", e.comments, e.submitted_at AS "submittedAt"
       FROM assistance_evaluation e
       JOIN assistance_activity a ON a.id = e.activity_id
       JOIN school s ON s.dane_code = e.school_dane
      WHERE e.secretariat_code = $1 AND e.period = $2
      ORDER BY a.starts_on, a.id, e.school_dane`,
    [secretariat, period],
  );
  return rows.map((r) => ({ ...r, average: r.average === null ? null : Number(r.average) }));
}

/** The record as a file, e.g. `evaluacion-asesoria-05001-2026.csv`. */
export async function evaluationRecord(db: EntityManager, secretariat: string, period: string, format: RecordFormat): Promise<ExportedFile> {
  const settings = await settingsFor(db, secretariat, period);
  const def = evaluationRecordDefinition(settings.criteria);
  const rows = await evaluationRecordRows(db, secretariat, period);
  return writeRecord(def, rows, format, `evaluacion-asesoria-${secretariat}-${period}`, [
    `${def.title} — Secretaría ${secretariat}, vigencia ${period}`,
    `Plazo máximo: ${spanishDateTime(settings.deadline)}`,
  ]);
}

/** The record for the caller's secretariat (national roles name it), as GraphQL and the export command serve it. */
export function evaluationRecordFor(ctx: Context, period: string, format: RecordFormat, secretariat?: string | null): Promise<ExportedFile> {
  return evaluationRecord(ctx.runtime.db.manager, readSecretariat(ctx, secretariat), period, format);
}

/** `npm run export -- --record evaluacion`: the period's evaluations, one column per criterion the secretariat set. */
export const evaluationExport: RecordExport<EvaluationRecordRow> = {
  definition: evaluationRecordDefinition(DEFAULT_CRITERIA),
  describes: "the schools' evaluations of the assistance in the period",
  async load(ctx, { secretariat, period }) {
    const db = ctx.runtime.db.manager;
    const settings = await settingsFor(db, secretariat, period);
    const definition = evaluationRecordDefinition(settings.criteria);
    return {
      rows: await evaluationRecordRows(db, secretariat, period),
      definition,
      base: `evaluacion-asesoria-${secretariat}-${period}`,
      heading: [`${definition.title} — Secretaría ${secretariat}, vigencia ${period}`, `Plazo máximo: ${spanishDateTime(settings.deadline)}`],
    };
  },
};
