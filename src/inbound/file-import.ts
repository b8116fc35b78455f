import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Context } from '../context';
import type { IngestionResult } from './batch';
import { ingestSelfEvaluations } from './d01-03-self-evaluation';
import { ingestCharacterizations } from './d01-04-characterization';
import { ingestSupportPlanActions } from './d02-01-support-plan';
import { ingestPeiUpdates } from './d02-02-pei';
import { ingestEducationModels } from './c02-02-education-model';
import { ingestInspectionFindings, ingestSchoolRegimes } from './f01-03-inspection';
import { ingestCurriculumChanges } from './d02-05-curriculum';

/**
 * Spreadsheets (CSV or XLSX, first sheet, a header row) → batches for the same services the GraphQL mutations use.
 * Column names are snake_case (see docs/inbound.md). Sources with children (D01.04 Saber results, D02.01 indicators and
 * tasks, F01.03 actions) take one row per child, repeating the parent's columns; rows with the same parent key group.
 */

export type Row = Record<string, string>;
/** An item and the spreadsheet rows (1-based, header = row 1) it came from. */
export interface FileItem {
  item: Record<string, unknown>;
  rows: number[];
}

const str = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
const num = (v: string | undefined): number | null => {
  const s = str(v);
  if (s === null) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isNaN(n) ? (s as unknown as number) : n; // leave bad text for the service to reject with its field
};
const list = (v: string | undefined) => (str(v) ?? '').split(';').map((x) => x.trim()).filter(Boolean);

function group(rows: Row[], keyOf: (r: Row) => string, make: (first: Row) => Record<string, unknown>, add: (item: Record<string, unknown>, r: Row) => void) {
  const out = new Map<string, FileItem>();
  rows.forEach((r, i) => {
    const k = keyOf(r);
    let fi = out.get(k);
    if (!fi) out.set(k, (fi = { item: make(r), rows: [] }));
    fi.rows.push(i + 2);
    add(fi.item, r);
  });
  return [...out.values()];
}

const single = (rows: Row[], make: (r: Row) => Record<string, unknown>): FileItem[] => rows.map((r, i) => ({ item: make(r), rows: [i + 2] }));

interface SourceFormat {
  columns: string[];
  toItems(rows: Row[]): FileItem[];
  ingest(ctx: Context, input: { secretariat: string; items: never[] }): Promise<IngestionResult>;
}

export const FILE_SOURCES: Record<string, SourceFormat> = {
  'D01.03': {
    columns: ['dane_code', 'year', 'catalogue_version', 'component_code', 'score', 'evidence'],
    toItems: (rows) =>
      single(rows, (r) => ({
        daneCode: str(r.dane_code),
        year: str(r.year),
        catalogueVersion: str(r.catalogue_version),
        componentCode: str(r.component_code),
        score: num(r.score),
        evidence: str(r.evidence),
        externalId: str(r.external_id),
        sourceTimestamp: str(r.source_timestamp),
      })),
    ingest: ingestSelfEvaluations as SourceFormat['ingest'],
  },
  'D01.04': {
    columns: ['dane_code', 'year', 'enrolment', 'saber11_category', 'dropout_rate', 'repetition_rate', 'infrastructure_condition', 'infrastructure_needs', 'saber_grade', 'saber_subject', 'insufficient', 'minimum', 'satisfactory', 'advanced'],
    toItems: (rows) =>
      group(
        rows,
        (r) => `${str(r.dane_code)}|${str(r.year)}`,
        (r) => ({
          daneCode: str(r.dane_code),
          year: str(r.year),
          enrolment: num(r.enrolment),
          saber11Category: str(r.saber11_category),
          dropoutRate: num(r.dropout_rate),
          repetitionRate: num(r.repetition_rate),
          infrastructureCondition: str(r.infrastructure_condition),
          infrastructureNeeds: list(r.infrastructure_needs),
          saberResults: [],
          sourceTimestamp: str(r.source_timestamp),
        }),
        (item, r) => {
          if (!str(r.saber_grade)) return;
          (item.saberResults as unknown[]).push({
            grade: num(r.saber_grade),
            subject: str(r.saber_subject),
            insufficient: num(r.insufficient),
            minimum: num(r.minimum),
            satisfactory: num(r.satisfactory),
            advanced: num(r.advanced),
          });
        },
      ),
    ingest: ingestCharacterizations as SourceFormat['ingest'],
  },
  'D02.01': {
    columns: ['period', 'line_code', 'line_name', 'action_code', 'action_name', 'start_date', 'end_date', 'indicator_name', 'baseline', 'target', 'unit', 'task_description', 'task_responsible', 'task_due_date'],
    toItems: (rows) =>
      group(
        rows,
        (r) => `${str(r.period)}|${str(r.action_code)}`,
        (r) => ({
          period: str(r.period),
          lineCode: str(r.line_code),
          lineName: str(r.line_name),
          code: str(r.action_code),
          name: str(r.action_name),
          startDate: str(r.start_date),
          endDate: str(r.end_date),
          indicators: [],
          tasks: [],
          sourceTimestamp: str(r.source_timestamp),
        }),
        (item, r) => {
          if (str(r.indicator_name)) {
            (item.indicators as unknown[]).push({ name: str(r.indicator_name), baseline: num(r.baseline), target: num(r.target), unit: str(r.unit) });
          }
          if (str(r.task_description)) {
            (item.tasks as unknown[]).push({ description: str(r.task_description), responsible: str(r.task_responsible), dueDate: str(r.task_due_date) });
          }
        },
      ),
    ingest: ingestSupportPlanActions as SourceFormat['ingest'],
  },
  'D02.02': {
    columns: ['external_id', 'dane_code', 'change_type', 'date', 'summary'],
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        changeType: str(r.change_type),
        date: str(r.date),
        summary: str(r.summary),
        sourceTimestamp: str(r.source_timestamp),
      })),
    ingest: ingestPeiUpdates as SourceFormat['ingest'],
  },
  'C02.02': {
    columns: ['external_id', 'dane_code', 'model_name', 'date', 'notes'],
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        modelName: str(r.model_name),
        date: str(r.date),
        notes: str(r.notes),
        sourceTimestamp: str(r.source_timestamp),
      })),
    ingest: ingestEducationModels as SourceFormat['ingest'],
  },
  'F01.03': {
    columns: ['finding_id', 'dane_code', 'date', 'area', 'description', 'action_id', 'action_type', 'action_description', 'action_due_date'],
    toItems: (rows) =>
      group(
        rows,
        (r) => String(str(r.finding_id)),
        (r) => ({
          externalId: str(r.finding_id),
          daneCode: str(r.dane_code),
          date: str(r.date),
          area: str(r.area),
          description: str(r.description),
          actions: [],
          sourceTimestamp: str(r.source_timestamp),
        }),
        (item, r) => {
          if (!str(r.action_id)) return;
          (item.actions as unknown[]).push({
            externalId: str(r.action_id),
            type: str(r.action_type),
            description: str(r.action_description),
            dueDate: str(r.action_due_date),
          });
        },
      ),
    ingest: ingestInspectionFindings as SourceFormat['ingest'],
  },
  'F01.03-REGIME': {
    columns: ['dane_code', 'regime', 'year'],
    toItems: (rows) =>
      single(rows, (r) => ({ daneCode: str(r.dane_code), regime: str(r.regime), year: str(r.year), sourceTimestamp: str(r.source_timestamp) })),
    ingest: ingestSchoolRegimes as SourceFormat['ingest'],
  },
  'D02.05': {
    columns: ['external_id', 'dane_code', 'date', 'summary', 'areas'],
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        date: str(r.date),
        summary: str(r.summary),
        areas: list(r.areas),
        sourceTimestamp: str(r.source_timestamp),
      })),
    ingest: ingestCurriculumChanges as SourceFormat['ingest'],
  },
};

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

/** Reads a CSV (comma or semicolon separated, UTF-8) or the first sheet of an XLSX into rows keyed by header. */
export async function readRows(file: string): Promise<Row[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => cellText(v).trim().toLowerCase());
    const rows: Row[] = [];
    for (let r = 2; r <= ws.rowCount; r++) {
      const values = ws.getRow(r).values as ExcelJS.CellValue[];
      const row: Row = {};
      let any = false;
      header.forEach((h, i) => {
        if (!h) return;
        row[h] = cellText(values[i]);
        if (row[h] !== '') any = true;
      });
      if (any) rows.push(row);
    }
    return rows;
  }
  if (ext !== '.csv') throw new Error(`Unsupported file type ${ext}: use .csv or .xlsx`);
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  return parse(text, { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, delimiter, trim: true }) as Row[];
}

/** Items of a file, with the file's modification time as the default source timestamp. */
export async function fileItems(source: string, file: string, defaultTimestamp?: string): Promise<FileItem[]> {
  const format = FILE_SOURCES[source];
  if (!format) throw new Error(`Unknown source ${source}; one of ${Object.keys(FILE_SOURCES).join(', ')}`);
  const rows = await readRows(file);
  const missing = format.columns.filter((c) => rows.length > 0 && !(c in rows[0]));
  if (missing.length) throw new Error(`Missing columns in ${path.basename(file)}: ${missing.join(', ')}`);
  const ts = defaultTimestamp ?? (await stat(file)).mtime.toISOString();
  const items = format.toItems(rows);
  for (const fi of items) fi.item.sourceTimestamp ??= ts;
  return items;
}
