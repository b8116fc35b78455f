import type { EntityManager } from 'typeorm';
import { DEFAULT_ZONE, wallClock } from '../../common/time-zone';
import { writeRecord, type ExportedFile, type RecordDefinition, RecordFormat } from '../../records/record';
import type { AssistanceStrategy } from './assistance-strategy.entity';
import { ActivityStatus, AssistanceModality } from './strategy.enums';
import { isApprovedOrLater } from './strategy-lifecycle';
import { strategyOf } from './strategy.queries';
import { RecordUnavailable, type RecordExport } from '../../records/record-export';

/** One row of the record: one activity and one school it serves. Dates are `YYYY-MM-DD`. */
export interface ProgrammingRow {
  dane: string;
  school: string;
  classification: AssistanceModality | null;
  mandatory: boolean | null;
  title: string;
  modality: AssistanceModality;
  method: string;
  startsOn: string;
  endsOn: string;
  responsible: string;
  resources: string | null;
  pamAction: string | null;
  tasks: string | null;
  status: ActivityStatus;
}

/** Spanish labels of the modalities (domain brief §1). */
export const MODALITY_LABELS: Record<AssistanceModality, string> = {
  [AssistanceModality.INTEGRAL]: 'Acompañamiento integral',
  [AssistanceModality.PUNCTUAL]: 'Asesoría puntual',
  [AssistanceModality.TRAINING]: 'Capacitación',
  [AssistanceModality.OTHER]: 'Otra',
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  [ActivityStatus.PROGRAMMED]: 'Programada',
  [ActivityStatus.DONE]: 'Realizada',
  [ActivityStatus.CANCELLED]: 'Cancelada',
};

/** The record "Programación de la Asistencia Técnica" (domain brief §6), in Spanish as the SE files it. */
export const PROGRAMMING_RECORD: RecordDefinition<ProgrammingRow> = {
  key: 'programacion',
  title: 'Programación de la Asistencia Técnica',
  sheet: 'Programación AT',
  columns: [
    { header: 'Código DANE', type: 'text', value: (r) => r.dane, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.school },
    { header: 'Clasificación', type: 'text', value: (r) => r.classification, values: MODALITY_LABELS },
    { header: 'Inclusión obligatoria', type: 'boolean', value: (r) => r.mandatory },
    { header: 'Actividad', type: 'text', value: (r) => r.title },
    { header: 'Modalidad', type: 'text', value: (r) => r.modality, values: MODALITY_LABELS },
    { header: 'Metodología', type: 'text', value: (r) => r.method },
    { header: 'Fecha inicio', type: 'date', value: (r) => r.startsOn },
    { header: 'Fecha fin', type: 'date', value: (r) => r.endsOn },
    // As entered for the activity (a name or a user id): the hub keeps no directory of names.
    { header: 'Responsable (nombre o usuario registrado)', type: 'text', value: (r) => r.responsible },
    { header: 'Recursos', type: 'text', value: (r) => r.resources },
    { header: 'Acción del PAM', type: 'text', value: (r) => r.pamAction },
    { header: 'Tareas', type: 'text', value: (r) => r.tasks },
    { header: 'Estado', type: 'text', value: (r) => r.status, values: ACTIVITY_STATUS_LABELS },
  ],
};

/** One row per activity (not cancelled) and school served, ordered by start date (the cronograma), activity, school. */
export async function programmingRows(db: EntityManager, strategy: AssistanceStrategy): Promise<ProgrammingRow[]> {
  return db.query(
    `SELECT s.dane_code AS dane, s.name AS school, c.modality AS classification, c.mandatory,
            a.title, a.modality, a.method, to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(a.ends_on, 'YYYY-MM-DD') AS "endsOn", a.responsible, nullif(a.resources, '') AS resources,
            p.code || ' ' || p.name AS "pamAction",
            (SELECT string_agg(t->>'description' || coalesce(' (' || (t->>'dueOn') || ')', ''), '; ')
               FROM jsonb_array_elements(a.tasks) t) AS tasks,
            a.status
       FROM assistance_activity a
       CROSS JOIN LATERAL unnest(a.school_danes) AS d(dane)
       JOIN school s ON s.dane_code = d.dane
       LEFT JOIN school_classification c ON c.strategy_id = a.strategy_id AND c.school_dane = d.dane
       LEFT JOIN support_plan_action p ON p.id = a.support_plan_action_id
      WHERE a.strategy_id = $1 AND a.status <> 'CANCELLED'
      ORDER BY a.starts_on, a.id, s.dane_code`,
    [strategy.id],
  );
}

const dmy = (d: Date) => {
  const w = wallClock(d, DEFAULT_ZONE);
  return `${String(w.d).padStart(2, '0')}/${String(w.m).padStart(2, '0')}/${w.y}`;
};

/** Heading lines of the XLSX: title, secretariat, period, revision and approval. */
export function programmingHeading(strategy: AssistanceStrategy, secretariatName: string | null): string[] {
  const approval = strategy.approvedAt ? ` · aprobada el ${dmy(strategy.approvedAt)}${strategy.approvedBy ? ` por ${strategy.approvedBy}` : ''}` : '';
  return [
    PROGRAMMING_RECORD.title,
    `Secretaría de Educación: ${secretariatName ? `${secretariatName} (${strategy.secretariatCode})` : strategy.secretariatCode}`,
    `Periodo ${strategy.period} · revisión ${strategy.revision}${approval}`,
  ];
}

export const programmingFileBase = (strategy: AssistanceStrategy) =>
  `programacion-asistencia-tecnica-${strategy.secretariatCode}-${strategy.period}-r${strategy.revision}`;

/** The record of an (approved) strategy as a file; `format` is CSV or XLSX. */
export async function programmingRecord(db: EntityManager, strategy: AssistanceStrategy, format: RecordFormat | `${RecordFormat}`): Promise<ExportedFile> {
  const [rows, secretariat] = await Promise.all([
    programmingRows(db, strategy),
    db.query(`SELECT name FROM secretariat WHERE code = $1`, [strategy.secretariatCode]) as Promise<{ name: string }[]>,
  ]);
  return writeRecord(PROGRAMMING_RECORD, rows, format as RecordFormat, programmingFileBase(strategy), programmingHeading(strategy, secretariat[0]?.name ?? null));
}

/** `npm run export -- --record programacion`: the record of the secretariat's approved strategy of the period. */
export const programmingExport: RecordExport<ProgrammingRow> = {
  definition: PROGRAMMING_RECORD,
  describes: "the secretariat's APPROVED assistance strategy of the period",
  async load(ctx, { secretariat, period }) {
    const strategy = await strategyOf(ctx, period, secretariat);
    if (!strategy || !isApprovedOrLater(strategy.status)) {
      const state = strategy
        ? `its strategy for ${period} is ${strategy.status} (revision ${strategy.revision}); approve it first`
        : `it has no strategy for ${period}`;
      throw new RecordUnavailable(`no approved assistance strategy for secretariat ${secretariat} and period ${period}: ${state}`);
    }
    const db = ctx.runtime.db.manager;
    const [rows, se] = await Promise.all([programmingRows(db, strategy), db.query(`SELECT name FROM secretariat WHERE code = $1`, [strategy.secretariatCode]) as Promise<{ name: string }[]>]);
    return { rows, base: programmingFileBase(strategy), heading: programmingHeading(strategy, se[0]?.name ?? null), note: `revision ${strategy.revision}` };
  },
};
