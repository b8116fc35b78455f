import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import type { AssistanceStrategy } from './assistance-strategy.entity';
import { ExportFormat } from './strategy.enums';

/** Columns of the record "Programación de la Asistencia Técnica" (domain brief §6), in Spanish as the SE files it. */
const COLUMNS = [
  { header: 'Código DANE', key: 'dane', width: 14 },
  { header: 'Establecimiento educativo', key: 'school', width: 40 },
  { header: 'Clasificación', key: 'classification', width: 14 },
  { header: 'Inclusión obligatoria', key: 'mandatory', width: 10 },
  { header: 'Actividad', key: 'title', width: 40 },
  { header: 'Modalidad', key: 'modality', width: 12 },
  { header: 'Metodología', key: 'method', width: 24 },
  { header: 'Fecha inicio', key: 'startsOn', width: 12 },
  { header: 'Fecha fin', key: 'endsOn', width: 12 },
  { header: 'Responsable', key: 'responsible', width: 24 },
  { header: 'Recursos', key: 'resources', width: 30 },
  { header: 'Acción del PAM', key: 'pamAction', width: 30 },
  { header: 'Tareas', key: 'tasks', width: 50 },
  { header: 'Estado', key: 'status', width: 12 },
] as const;

type Row = Record<(typeof COLUMNS)[number]['key'], string>;

/** One row per activity and school served, ordered by start date (the cronograma). */
async function rows(db: EntityManager, strategy: AssistanceStrategy): Promise<Row[]> {
  return db.query(
    `SELECT s.dane_code AS dane, s.name AS school, coalesce(c.modality, '') AS classification,
            CASE WHEN c.mandatory THEN 'Sí' ELSE 'No' END AS mandatory,
            a.title, a.modality, a.method, to_char(a.starts_on, 'YYYY-MM-DD') AS "startsOn",
            to_char(a.ends_on, 'YYYY-MM-DD') AS "endsOn", a.responsible, a.resources,
            coalesce(p.code || ' ' || p.name, '') AS "pamAction",
            coalesce((SELECT string_agg(t->>'description' || coalesce(' (' || (t->>'dueOn') || ')', ''), '; ')
                        FROM jsonb_array_elements(a.tasks) t), '') AS tasks,
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

/** Excel opens a CSV as UTF-8 (accents intact) only when it starts with a byte-order mark. */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export interface ExportedFile {
  filename: string;
  mimeType: string;
  content: Buffer;
  /** Data rows (one per activity and school), the header not counted. */
  rows: number;
}

export async function programmingRecord(db: EntityManager, strategy: AssistanceStrategy, format: ExportFormat): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pmi-hub';
  const sheet = workbook.addWorksheet('Programación AT');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  sheet.getRow(1).font = { bold: true };
  const data = await rows(db, strategy);
  for (const row of data) sheet.addRow(row);
  const base = `programacion-asistencia-tecnica-${strategy.secretariatCode}-${strategy.period}-r${strategy.revision}`;
  if (format === ExportFormat.XLSX) {
    return {
      filename: `${base}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: Buffer.from(await workbook.xlsx.writeBuffer()),
      rows: data.length,
    };
  }
  return { filename: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', content: Buffer.concat([UTF8_BOM, Buffer.from(await workbook.csv.writeBuffer())]), rows: data.length };
}
