import { RecordUnavailable, type FileExport } from '../../records/record-export';
import type { EntityManager } from 'typeorm';
import { MIME, RecordFormat, percentText, secretariatTitle, spanishDate, toXlsxSheets, writeRecord, type ExportedFile, type RecordDefinition } from '../../records/record';
import { DANE_WIDTH, recordTable, renderPdf } from '../../records/pdf';
import { Secretariat } from '../secretariats/secretariat.entity';
import { IrregularityReport } from './irregularity-report.entity';
import { IrregularityReportStatus, REASON_LABELS } from './irregularity.enums';

/** One school on the record F01.03.F01, as printed. */
export interface IrregularityRecordRow {
  daneCode: string;
  name: string;
  municipality: string;
  sector: string;
  regime: string | null;
  reasons: string[];
  evidence: Array<{ period: string; description: string }>;
  assistance: Array<{ period: string; title: string; modality: string; heldOn: string[] }>;
  origin: string;
  leaderReason: string | null;
  /** Who signed the report (the name printed, else the subject as stored); null while a draft. */
  signedBy?: string | null;
  /** The signing instant; null while a draft. */
  signedAt?: Date | null;
}

const MODALITY: Record<string, string> = { INTEGRAL: 'Integral', PUNCTUAL: 'Asesoría puntual', TRAINING: 'Capacitación', OTHER: 'Otra' };

/**
 * The indicios in Spanish. A school the leader added may hold none the rule found in every period considered (e.g. an
 * irregularity in one period only): the record says so in words, never an empty cell that reads as data lost.
 */
export const NO_REASONS = 'Ninguno sostenido en los periodos considerados (incluido por el líder de calidad: ver su justificación)';
export const NO_REASONS_RULE = 'Ninguno registrado';
const reasonsText = (r: IrregularityRecordRow) =>
  r.reasons.length === 0
    ? r.origin === 'LEADER'
      ? NO_REASONS
      : NO_REASONS_RULE
    : r.reasons.map((x) => REASON_LABELS[x as keyof typeof REASON_LABELS] ?? x).join('; ');

/** Record "F01.03.F01 Reporte de indicios de irregularidades" (key `irregularidades`): the schools on the report. */
export const IRREGULARITY_RECORD: RecordDefinition<IrregularityRecordRow> = {
  key: 'irregularidades',
  title: 'F01.03.F01 Reporte de indicios de irregularidades',
  sheet: 'F01.03.F01',
  columns: [
    { header: 'Código DANE', type: 'text', value: (r) => r.daneCode, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.name, width: 36 },
    { header: 'Municipio', type: 'text', value: (r) => r.municipality, width: 16 },
    { header: 'Sector', type: 'text', value: (r) => r.sector, values: { OFFICIAL: 'Oficial', NON_OFFICIAL: 'No oficial' }, width: 10 },
    { header: 'Indicios de irregularidad', type: 'text', value: reasonsText, width: 30 },
    { header: 'Evidencia', type: 'text', value: (r) => r.evidence.map((e) => `${e.period}: ${e.description}`).join(' | '), width: 60 },
    {
      header: 'Asistencia técnica recibida',
      type: 'text',
      value: (r) =>
        r.assistance
          .map((a) => `${a.period} ${MODALITY[a.modality] ?? a.modality}: ${a.title} (${a.heldOn.length ? `sesiones ${a.heldOn.join(', ')}` : 'sin sesiones realizadas'})`)
          .join(' | '),
      width: 50,
    },
    { header: 'Origen', type: 'text', value: (r) => r.origin, values: { RULE: 'Evidencia (regla)', LEADER: 'Líder de calidad' }, width: 14 },
    { header: 'Justificación del líder', type: 'text', value: (r) => r.leaderReason, width: 30 },
    // The signature, on every row, so the CSV (a table, no heading) carries it too; empty while a draft.
    { header: 'Firmado por', type: 'text', value: (r) => r.signedBy, width: 24 },
    { header: 'Fecha de firma', type: 'date', value: (r) => r.signedAt, width: 12 },
  ],
};

/** The printed table (PDF) leaves out the signature columns: the PDF ends with its signature block. */
const PRINTED_COLUMNS = IRREGULARITY_RECORD.columns.filter((c) => c.header !== 'Firmado por' && c.header !== 'Fecha de firma');

/** A school the leader removed from the report, with the reason (second sheet of the XLSX, last section of the PDF). */
export const REMOVED_SCHOOLS: RecordDefinition<IrregularityRecordRow> = {
  key: 'irregularidades-retirados',
  title: 'Establecimientos retirados por el líder',
  sheet: 'Retirados por el líder',
  columns: [
    { header: 'Código DANE', type: 'text', value: (r) => r.daneCode, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.name, width: 36 },
    { header: 'Municipio', type: 'text', value: (r) => r.municipality, width: 16 },
    { header: 'Indicios de irregularidad (regla)', type: 'text', value: reasonsText, width: 30 },
    { header: 'Justificación del retiro', type: 'text', value: (r) => r.leaderReason, width: 50 },
  ],
};

/** The schools on the report (`included`), or those the leader removed (`included = false`), by DANE code. */
export async function irregularityRecordRows(db: EntityManager, report: IrregularityReport, included = true): Promise<IrregularityRecordRow[]> {
  const rows: IrregularityRecordRow[] = await db.query(
    `SELECT s.dane_code AS "daneCode", s.name, s.municipality, s.sector, s.regime, r.reasons, r.evidence, r.assistance,
            r.origin, r.leader_reason AS "leaderReason"
       FROM irregularity_report_school r JOIN school s ON s.dane_code = r.school_dane
      WHERE r.report_id = $1 AND r.included = $2
      ORDER BY s.dane_code`,
    [report.id, included],
  );
  const signed = report.status === IrregularityReportStatus.SIGNED;
  return rows.map((r) => ({ ...r, signedBy: signed ? (report.signerName ?? report.signedBy ?? null) : null, signedAt: signed ? report.signedAt : null }));
}

/** The record as CSV, XLSX or PDF (the printed form, landscape, with the signature when signed). */
export async function irregularityRecord(db: EntityManager, report: IrregularityReport, format: RecordFormat, now = new Date()): Promise<ExportedFile> {
  const rows = await irregularityRecordRows(db, report);
  const removed = await irregularityRecordRows(db, report, false);
  const base = `F01.03.F01-irregularidades-${report.secretariatCode}-${report.year}${report.status === IrregularityReportStatus.DRAFT ? '-borrador' : ''}`;
  const secretariat = await db.findOneByOrFail(Secretariat, { code: report.secretariatCode });
  const state =
    report.status === IrregularityReportStatus.SIGNED ? `Firmado el ${spanishDate(report.signedAt!)}` : 'Borrador (sin firmar)';
  const heading = [`República de Colombia — ${secretariatTitle(secretariat.name)}`, `${IRREGULARITY_RECORD.title} — año ${report.year} — ${state}`];
  if (format === RecordFormat.XLSX) {
    // The reported schools, and on a second sheet the schools the leader removed, with the reason.
    const content = await toXlsxSheets([
      { def: IRREGULARITY_RECORD, rows, heading },
      { def: REMOVED_SCHOOLS, rows: removed, heading: [...heading, `${REMOVED_SCHOOLS.title}: ${removed.length}`] },
    ]);
    return { filename: `${base}.xlsx`, mimeType: MIME[RecordFormat.XLSX], content, rows: rows.length };
  }
  // CSV: one table, the reported schools (with the signature on each row); removed schools are in the XLSX and PDF.
  if (format !== RecordFormat.PDF) return writeRecord(IRREGULARITY_RECORD, rows, format, base, heading);
  const content = await renderPdf(
    {
    title: 'Reporte de indicios de irregularidades',
    code: 'F01.03.F01',
    secretariat: { code: secretariat.code, name: secretariat.name },
    period: report.year,
    status: state,
    landscape: true,
    generatedAt: now,
    sections: [
      {
        heading: 'Criterios',
        text: [
          `Establecimientos educativos que, luego de la asistencia técnica o acompañamiento de la Secretaría, mantienen de forma sistemática (en ${report.consecutivePeriods} periodos consecutivos hasta ${report.year}) al menos uno de estos indicios: sin PMI revisado como pertinente; acciones de F01.03 no incluidas en el PMI o no cumplidas; menos del ${percentText(report.minDoneShare * 100, 1)} de las acciones del PMI cumplidas. Deben incluirse en el Plan Operativo Anual de Inspección y Vigilancia.`,
        ],
        facts: [['Establecimientos reportados', rows.length]],
      },
      {
        heading: 'Establecimientos educativos reportados',
        table: recordTable({ ...IRREGULARITY_RECORD, columns: PRINTED_COLUMNS }, rows, [{ width: DANE_WIDTH }, 2, 1.1, 0.9, 1.6, 3.4, 3, 1.1, 1.7], 'Ningún establecimiento reportado.'),
      },
      {
        heading: 'Establecimientos retirados por el líder de calidad',
        text: ['Establecimientos que la regla señaló y que el líder retiró del reporte, con su justificación.'],
        table: recordTable(REMOVED_SCHOOLS, removed, [{ width: DANE_WIDTH }, 2, 1.1, 2, 4], 'Ningún establecimiento retirado.'),
      },
    ],
    signature:
      report.status === IrregularityReportStatus.SIGNED
        ? { name: report.signerName ?? report.signedBy ?? '', role: 'Líder de calidad educativa', date: spanishDate(report.signedAt!) }
        : undefined,
    },
    // The CSV and XLSX forms keep every character: the refusal suggests them.
    [RecordFormat.CSV, RecordFormat.XLSX],
  );
  return { filename: `${base}.pdf`, mimeType: MIME[RecordFormat.PDF], content, rows: rows.length };
}

/** `npm run export -- --record irregularidades --period <year>`: the year's F01.03.F01 (draft or signed), CSV/XLSX/PDF. */
export const irregularityExport: FileExport = {
  definition: IRREGULARITY_RECORD,
  describes: 'the F01.03.F01 report of the year (--period)',
  formats: [RecordFormat.CSV, RecordFormat.XLSX, RecordFormat.PDF],
  async file(ctx, { secretariat, period }, format) {
    const db = ctx.runtime.db.manager;
    const report = await db.findOneBy(IrregularityReport, { secretariatCode: secretariat, year: period });
    if (!report) throw new RecordUnavailable(`no irregularities report for secretariat ${secretariat} and year ${period}: draft it first`);
    return irregularityRecord(db, report, format);
  },
};
