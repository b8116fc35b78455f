import { RecordUnavailable, type FileExport } from '../../records/record-export';
import type { EntityManager } from 'typeorm';
import { MIME, RecordFormat, writeRecord, type ExportedFile, type RecordDefinition } from '../../records/record';
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
}

const MODALITY: Record<string, string> = { INTEGRAL: 'Integral', PUNCTUAL: 'Asesoría puntual', TRAINING: 'Capacitación', OTHER: 'Otra' };

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
    {
      header: 'Indicios de irregularidad',
      type: 'text',
      value: (r) => r.reasons.map((x) => REASON_LABELS[x as keyof typeof REASON_LABELS] ?? x).join('; '),
      width: 30,
    },
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
  ],
};

export async function irregularityRecordRows(db: EntityManager, report: IrregularityReport): Promise<IrregularityRecordRow[]> {
  return db.query(
    `SELECT s.dane_code AS "daneCode", s.name, s.municipality, s.sector, s.regime, r.reasons, r.evidence, r.assistance,
            r.origin, r.leader_reason AS "leaderReason"
       FROM irregularity_report_school r JOIN school s ON s.dane_code = r.school_dane
      WHERE r.report_id = $1 AND r.included
      ORDER BY s.dane_code`,
    [report.id],
  );
}

/** The record as CSV, XLSX or PDF (the printed form, landscape, with the signature when signed). */
export async function irregularityRecord(db: EntityManager, report: IrregularityReport, format: RecordFormat, now = new Date()): Promise<ExportedFile> {
  const rows = await irregularityRecordRows(db, report);
  const base = `F01.03.F01-irregularidades-${report.secretariatCode}-${report.year}${report.status === IrregularityReportStatus.DRAFT ? '-borrador' : ''}`;
  const secretariat = await db.findOneByOrFail(Secretariat, { code: report.secretariatCode });
  const state =
    report.status === IrregularityReportStatus.SIGNED ? `Firmado el ${report.signedAt!.toISOString().slice(0, 10)}` : 'Borrador (sin firmar)';
  if (format !== RecordFormat.PDF) {
    return writeRecord(IRREGULARITY_RECORD, rows, format, base, [
      `República de Colombia — Secretaría de Educación ${secretariat.name}`,
      `${IRREGULARITY_RECORD.title} — año ${report.year} — ${state}`,
    ]);
  }
  const content = await renderPdf({
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
          `Establecimientos educativos que, luego de la asistencia técnica o acompañamiento de la Secretaría, mantienen de forma sistemática (en ${report.consecutivePeriods} periodos consecutivos hasta ${report.year}) al menos uno de estos indicios: sin PMI revisado como pertinente; acciones de F01.03 no incluidas en el PMI o no cumplidas; menos del ${Math.round(report.minDoneShare * 100)} % de las acciones del PMI cumplidas. Deben incluirse en el Plan Operativo Anual de Inspección y Vigilancia.`,
        ],
        facts: [['Establecimientos reportados', rows.length]],
      },
      {
        heading: 'Establecimientos educativos reportados',
        table: recordTable(IRREGULARITY_RECORD, rows, [{ width: DANE_WIDTH }, 2, 1.1, 0.9, 1.6, 3.4, 3, 1.1, 1.7], 'Ningún establecimiento reportado.'),
      },
    ],
    signature:
      report.status === IrregularityReportStatus.SIGNED
        ? { name: report.signerName ?? report.signedBy ?? '', role: 'Líder de calidad educativa', date: report.signedAt!.toISOString().slice(0, 10) }
        : undefined,
  });
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
