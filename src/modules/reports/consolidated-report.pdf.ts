import { RecordUnavailable, type FileExport } from '../../records/record-export';
import type { EntityManager } from 'typeorm';
import { MIME, RecordFormat, percentText, spanishDate, type ExportedFile } from '../../records/record';
import { DANE_WIDTH, renderPdf, type PdfCell, type PdfDocument } from '../../records/pdf';
import { Secretariat } from '../secretariats/secretariat.entity';
import { ConsolidatedReport } from './consolidated-report.entity';
import { ConsolidatedReportStatus } from './reports.enums';

const MODALITY: Record<string, string> = { INTEGRAL: 'Acompañamiento integral', PUNCTUAL: 'Asesoría puntual', TRAINING: 'Capacitación', OTHER: 'Otra' };
const AREA: Record<string, string> = {
  DIRECTIVE: 'Gestión directiva',
  ACADEMIC: 'Gestión académica',
  ADMINISTRATIVE_FINANCIAL: 'Gestión administrativa y financiera',
  COMMUNITY: 'Gestión de la comunidad',
};
const CONDITION: Record<string, string> = { GOOD: 'Bueno', FAIR: 'Regular', POOR: 'Malo', CRITICAL: 'Crítico' };
/** A share (0–1) as the records show a percent, one decimal: `100 %`, `83,3 %`, `0 %`. */
const pct = (v: number | null) => (v === null ? 'Sin datos' : percentText(v * 100, 1));
const share = (a: number, b: number) => (b ? pct(a / b) : 'Sin datos');

/**
 * The consolidated report's printed form (portrait) as a document: header, figures by section, analysis, publication.
 * The report has no other format, so `publishConsolidatedReport` checks this document with `assertPrintable` before
 * the report becomes immutable: a published report can always be printed.
 */
export async function consolidatedReportDocument(db: EntityManager, report: ConsolidatedReport, now = new Date()): Promise<PdfDocument> {
  const s = await db.findOneByOrFail(Secretariat, { code: report.secretariatCode });
  const f = report.figures;
  const published = report.status === ConsolidatedReportStatus.PUBLISHED;
  const state = published ? `Publicado el ${spanishDate(report.publishedAt!)} (versión ${report.version})` : `Borrador (versión ${report.version})`;
  const rows = (xs: PdfCell[][]) => xs;
  return {
    title: 'Informe de análisis consolidado de resultados del acompañamiento a los PMI',
    code: 'D02.03',
    secretariat: { code: s.code, name: s.name },
    period: report.period,
    status: state,
    generatedAt: now,
    sections: [
      ...(report.replacesId ? [{ heading: 'Corrección', text: [`Esta versión reemplaza la versión publicada anterior. Motivo: ${report.correctionReason}`] }] : []),
      {
        heading: '1. Cobertura: establecimientos planeados y acompañados',
        facts: [
          ['Establecimientos planeados', f.coverage.planned],
          ['Establecimientos acompañados', f.coverage.accompanied],
          ['Cobertura', share(f.coverage.accompanied, f.coverage.planned)],
        ],
        table: {
          columns: [{ header: 'Modalidad', weight: 3 }, { header: 'Planeados', align: 'right' }, { header: 'Acompañados', align: 'right' }, { header: 'Cobertura', align: 'right' }],
          rows: rows(f.coverage.byModality.map((m) => [MODALITY[m.modality] ?? m.modality, m.planned, m.accompanied, share(m.accompanied, m.planned)])),
          empty: 'Sin actividades programadas en el periodo.',
        },
      },
      {
        heading: '2. Cumplimiento de la programación (actividad × establecimiento)',
        facts: [
          ['Programadas', f.programming.programmed],
          ['Realizadas a tiempo', f.programming.onTime],
          ['Realizadas con retraso', f.programming.late],
          ['No realizadas', f.programming.notDone],
          ['Actividades canceladas', f.programming.cancelledActivities],
          ['Cumplimiento a tiempo', share(f.programming.onTime, f.programming.programmed)],
        ],
      },
      {
        heading: '3. Resultados de la evaluación de la asesoría',
        facts: [
          ['Evaluaciones recibidas / esperadas', `${f.evaluation.received} / ${f.evaluation.expected}`],
          ['Tasa de respuesta', pct(f.evaluation.responseRate)],
          ['Calificación promedio (1–5)', f.evaluation.averageRating],
          ['Objetivos cumplidos: sí / parcialmente / no', `${f.evaluation.objectivesMet} / ${f.evaluation.objectivesPartlyMet} / ${f.evaluation.objectivesNotMet}`],
        ],
        table: {
          columns: [{ header: 'Criterio', weight: 4 }, { header: 'Promedio (1–5)', align: 'right' }, { header: 'Respuestas', align: 'right' }],
          rows: rows(f.evaluation.criteria.map((c) => [c.name, c.average, c.responses])),
          empty: 'Sin evaluaciones recibidas.',
        },
      },
      {
        heading: '4. Avance de los indicadores y acciones de los PMI',
        facts: [
          ['PMI del periodo', f.planProgress.plans],
          ['Indicadores / con medición / meta alcanzada', `${f.planProgress.indicators} / ${f.planProgress.measured} / ${f.planProgress.achieved}`],
          ['Avance promedio de los indicadores medidos', pct(f.planProgress.averageProgress)],
          ['Acciones cumplidas', `${f.planProgress.actionsDone} de ${f.planProgress.actions} (${share(f.planProgress.actionsDone, f.planProgress.actions)})`],
        ],
      },
      {
        heading: '5. Necesidades recurrentes por área de gestión',
        table: {
          columns: [
            { header: 'Área de gestión', weight: 3 },
            { header: 'Necesidades', align: 'right' },
            { header: 'Establecimientos', align: 'right' },
            { header: 'Recurrentes (también en el periodo anterior)', weight: 1.6, align: 'right' },
          ],
          rows: rows(f.needsByArea.map((n) => [n.area ? AREA[n.area] : 'Sin área', n.needs, n.schools, n.recurrentSchools])),
          empty: 'Sin necesidades identificadas en el periodo.',
        },
      },
      {
        heading: '6. Necesidades de infraestructura encontradas (para I02.04)',
        table: {
          columns: [
            { header: 'Código DANE', width: DANE_WIDTH },
            { header: 'Establecimiento educativo', weight: 2 },
            { header: 'Estado de la planta física' },
            { header: 'Necesidades', weight: 3 },
            { header: 'Año' },
          ],
          rows: rows(f.infrastructure.map((n) => [n.schoolDane, n.schoolName, n.condition ? (CONDITION[n.condition] ?? n.condition) : '', n.needs.join('; '), n.year])),
          empty: 'Sin necesidades de infraestructura reportadas.',
        },
      },
      { heading: '7. Análisis y conclusiones', text: [report.analysis.trim() || 'Sin análisis registrado.'] },
    ],
  };
}

/** The consolidated report as its printed form (PDF, its only format). */
export async function consolidatedReportPdf(db: EntityManager, report: ConsolidatedReport, now = new Date()): Promise<ExportedFile> {
  const content = await renderPdf(await consolidatedReportDocument(db, report, now));
  const published = report.status === ConsolidatedReportStatus.PUBLISHED;
  const f = report.figures;
  const base = `informe-consolidado-${report.secretariatCode}-${report.period}-v${report.version}${published ? '' : '-borrador'}`;
  return { filename: `${base}.pdf`, mimeType: MIME[RecordFormat.PDF], content, rows: f.characterization.length };
}

/** `npm run export -- --record consolidado`: the latest published version of the period's consolidated report, PDF. */
export const consolidatedExport: FileExport = {
  definition: { key: 'consolidado', title: 'Informe de análisis consolidado' },
  describes: 'the latest published version of the period',
  formats: [RecordFormat.PDF],
  async file(ctx, { secretariat, period }) {
    const db = ctx.runtime.db.manager;
    const report = await db.findOne(ConsolidatedReport, {
      where: { secretariatCode: secretariat, period, status: ConsolidatedReportStatus.PUBLISHED },
      order: { version: 'DESC' },
    });
    if (!report) throw new RecordUnavailable(`no published consolidated report for secretariat ${secretariat} and period ${period}`);
    return consolidatedReportPdf(db, report);
  },
};
