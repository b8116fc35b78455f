import { itemListLimit } from '../common/list-limits';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { selfEvaluationSpec } from './d01-03-self-evaluation';
import { characterizationSpec } from './d01-04-characterization';
import { supportPlanSpec } from './d02-01-support-plan';
import { peiSpec } from './d02-02-pei';
import { educationModelSpec } from './c02-02-education-model';
import { inspectionFindingSpec, schoolRegimeSpec } from './f01-03-inspection';
import { curriculumSpec } from './d02-05-curriculum';
import type { SourceSpec } from './source-spec';
import { InputKind } from '../modules/inputs/inputs.enums';
import { describeReading, isProblem, readSpreadsheet, SpreadsheetError, typed, type ColumnKind, type Reading, type ReadOptions, type TypingContext } from './spreadsheet';

/**
 * Spreadsheets (CSV or XLSX, a header row) → batches for the same services the GraphQL mutations use.
 * Column names are snake_case (see docs/inbound.md). Sources with children (D01.04 Saber results, D02.01 indicators and
 * tasks, F01.03 actions) take one row per child, repeating the parent's columns; rows with the same parent key group.
 *
 * Each column has a kind (text, number, percent, date, date-time, list): cells are read by `src/inbound/spreadsheet.ts`
 * as the person sees them, and a cell that cannot be read without guessing refuses its row (and the item the row belongs
 * to), naming the cell. Such an item still goes through its source's checks (`BatchOptions.problems`: rejected, nothing
 * of it written), so a row lists every problem at once: its unreadable cells and what its other cells break.
 */

/** A row's typed values by column (null for an empty cell). */
export type Row = Record<string, unknown>;

/** An item and the spreadsheet rows it came from. */
export interface FileItem {
  item: Record<string, unknown>;
  /** The file's own lines (CSV) or the sheet's rows (XLSX), 1-based. */
  rows: number[];
  /** Cells that could not be read: the item is refused with these, and not sent. */
  problems: { column: string; cell: string; message: string }[];
}

type Kinds = Record<string, ColumnKind>;

const str = (v: unknown) => (v === undefined || v === null || v === '' ? null : (v as string));
const num = (v: unknown) => (v === undefined ? null : (v as number | null));
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

interface TypedRow {
  line: number;
  values: Row;
  problems: FileItem['problems'];
}

function group(rows: TypedRow[], keyOf: (r: Row) => string, make: (first: Row) => Record<string, unknown>, add: (item: Record<string, unknown>, r: Row) => void): FileItem[] {
  const out = new Map<string, FileItem>();
  for (const r of rows) {
    const k = keyOf(r.values);
    let fi = out.get(k);
    if (!fi) out.set(k, (fi = { item: make(r.values), rows: [], problems: [] }));
    fi.rows.push(r.line);
    fi.problems.push(...r.problems);
    add(fi.item, r.values);
  }
  return [...out.values()];
}

const single = (rows: TypedRow[], make: (r: Row) => Record<string, unknown>): FileItem[] =>
  rows.map((r) => ({ item: make(r.values), rows: [r.line], problems: r.problems }));

interface SourceFormat {
  /** Required columns. */
  columns: string[];
  /** Kind of every column read (required or optional); `source_timestamp` is added to all. */
  kinds: Kinds;
  /** A check across the cells of a row (e.g. a percent cell needs the unit %). */
  checkRow?(r: Row, percentCells: Set<string>): FileItem['problems'];
  toItems(rows: TypedRow[]): FileItem[];
  /** The source adapter the items go through (`ingestBatch`), as the GraphQL mutation's. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: SourceSpec<any, any, any>;
}

/** The kind of record each file source withdraws with `npm run import -- --retract` (retractInputs). */
export const RETRACTION_KINDS: Record<string, InputKind> = {
  'D01.03': InputKind.SELF_EVALUATION,
  'D01.04': InputKind.CHARACTERIZATION,
  'D02.01': InputKind.SUPPORT_PLAN_ACTION,
  'D02.02': InputKind.PEI_UPDATE,
  'C02.02': InputKind.EDUCATION_MODEL,
  'F01.03': InputKind.INSPECTION_FINDING,
  'F01.03-REGIME': InputKind.SCHOOL_REGIME,
  'D02.05': InputKind.CURRICULUM_CHANGE,
};

/** A retraction file (any source): one record per row, by external id, with the reason; `source_timestamp` optional. */
const RETRACTION_FORMAT: SourceFormat = {
  columns: ['external_id', 'reason'],
  kinds: {},
  toItems: (rows) =>
    single(rows, (r) => ({ externalId: str(r.external_id), reason: str(r.reason), sourceTimestamp: str(r.source_timestamp) })),
};

export const FILE_SOURCES: Record<string, SourceFormat> = {
  'D01.03': {
    columns: ['dane_code', 'year', 'catalogue_version', 'component_code', 'score', 'evidence'],
    kinds: { score: 'number' },
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
    spec: selfEvaluationSpec,
  },
  'D01.04': {
    columns: ['dane_code', 'year', 'enrolment', 'saber11_category', 'dropout_rate', 'repetition_rate', 'infrastructure_condition', 'infrastructure_needs', 'saber_grade', 'saber_subject', 'insufficient', 'minimum', 'satisfactory', 'advanced'],
    kinds: { enrolment: 'number', dropout_rate: 'percent', repetition_rate: 'percent', infrastructure_needs: 'list', saber_grade: 'number', insufficient: 'percent', minimum: 'percent', satisfactory: 'percent', advanced: 'percent' },
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
    spec: characterizationSpec,
  },
  'D02.01': {
    columns: ['period', 'line_code', 'line_name', 'action_code', 'action_name', 'start_date', 'end_date', 'indicator_name', 'baseline', 'target', 'unit', 'task_description', 'task_responsible', 'task_due_date'],
    kinds: { start_date: 'date', end_date: 'date', baseline: 'measure', target: 'measure', task_due_date: 'date' },
    // A percent cell (45%) is the indicator's value in percent: the row's unit must say so.
    checkRow: (r, percentCells) =>
      ['baseline', 'target']
        .filter((c) => percentCells.has(c) && str(r.unit) !== '%')
        .map((c) => ({ column: c, cell: c, message: `is a percent but the unit is ${str(r.unit) === null ? 'empty' : `"${String(r.unit)}"`}: write unit % or a plain number` })),
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
    spec: supportPlanSpec,
  },
  'D02.02': {
    columns: ['external_id', 'dane_code', 'change_type', 'date', 'summary'],
    kinds: { date: 'date' },
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        changeType: str(r.change_type),
        date: str(r.date),
        summary: str(r.summary),
        sourceTimestamp: str(r.source_timestamp),
      })),
    spec: peiSpec,
  },
  'C02.02': {
    columns: ['external_id', 'dane_code', 'model_name', 'date', 'notes'],
    kinds: { date: 'date' },
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        modelName: str(r.model_name),
        date: str(r.date),
        notes: str(r.notes),
        sourceTimestamp: str(r.source_timestamp),
      })),
    spec: educationModelSpec,
  },
  'F01.03': {
    columns: ['finding_id', 'dane_code', 'date', 'area', 'description', 'action_id', 'action_type', 'action_description', 'action_due_date'],
    kinds: { date: 'date', action_due_date: 'date' },
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
    spec: inspectionFindingSpec,
  },
  'F01.03-REGIME': {
    columns: ['dane_code', 'regime', 'year'],
    kinds: {},
    toItems: (rows) =>
      single(rows, (r) => ({ daneCode: str(r.dane_code), regime: str(r.regime), year: str(r.year), sourceTimestamp: str(r.source_timestamp) })),
    spec: schoolRegimeSpec,
  },
  'D02.05': {
    columns: ['external_id', 'dane_code', 'date', 'summary', 'areas'],
    kinds: { date: 'date', areas: 'list' },
    toItems: (rows) =>
      single(rows, (r) => ({
        externalId: str(r.external_id),
        daneCode: str(r.dane_code),
        date: str(r.date),
        summary: str(r.summary),
        areas: list(r.areas),
        sourceTimestamp: str(r.source_timestamp),
      })),
    spec: curriculumSpec,
  },
};

const KIND_NAMES: Record<ColumnKind, string> = {
  text: 'text',
  number: 'a number',
  percent: 'a percent (5.8 or a percent cell 5.8%)',
  measure: 'a number (a percent cell needs unit %)',
  date: 'a date',
  datetime: 'a date-time',
  list: 'a list separated by ;',
};

export interface FileRead {
  items: FileItem[];
  reading: Reading;
  /** How the file was read, for the summary. */
  summary: string;
}

/**
 * Items of a file: every row typed by its source's column kinds; the default source timestamp is `defaultTimestamp`
 * (ISO 8601 or day-first, America/Bogota when no zone is written) or the file's modification time.
 * Throws SpreadsheetError for a file that cannot be read at all (unknown source, missing or duplicate columns).
 */
export async function fileItems(
  source: string,
  file: string,
  defaultTimestamp?: string,
  options: ReadOptions = {},
  { retract = false } = {},
): Promise<FileRead> {
  const format = retract && RETRACTION_KINDS[source] ? RETRACTION_FORMAT : FILE_SOURCES[source];
  if (!format) throw new SpreadsheetError(`Unknown source ${source}; one of ${Object.keys(FILE_SOURCES).join(', ')}`);
  const numberColumns = Object.entries(format.kinds)
    .filter(([, k]) => k === 'number' || k === 'percent' || k === 'measure')
    .map(([c]) => c);
  const reading = await readSpreadsheet(file, { numberColumns, ...options });
  const missing = format.columns.filter((c) => reading.rows.length > 0 && !reading.header.includes(c));
  if (missing.length) throw new SpreadsheetError(`Missing columns in ${path.basename(file)}: ${missing.join(', ')}`);
  const tc: TypingContext = { decimal: reading.decimal, dateForms: new Set() };
  let ts: Date;
  if (defaultTimestamp !== undefined) {
    const t = typed('datetime', { ref: '--source-timestamp', content: { kind: 'text', text: defaultTimestamp } }, { decimal: '.', dateForms: new Set() });
    if (isProblem(t)) throw new SpreadsheetError(`--source-timestamp ${t.problem}`);
    ts = t as Date;
  } else ts = (await stat(file)).mtime;
  const kinds: Kinds = { source_timestamp: 'datetime', ...format.kinds };
  const typedRows: TypedRow[] = reading.rows.map(({ line, cells }) => {
    const values: Row = {};
    const problems: FileItem['problems'] = [];
    const percentCells = new Set<string>();
    for (const [column, cell] of cells) {
      if (column === '') {
        problems.push({ column: '', cell: cell.ref, message: (cell.content as { error: string }).error });
        continue;
      }
      const kind = kinds[column] ?? 'text';
      const flags: { percent?: boolean } = {};
      const v = typed(kind, cell, tc, flags);
      if (isProblem(v)) {
        problems.push({ column, cell: cell.ref, message: `${v.problem} (expected ${KIND_NAMES[kind]})` });
        values[column] = undefined;
      } else {
        values[column] = v;
        if (flags.percent) percentCells.add(column);
      }
    }
    if (format.checkRow) {
      for (const p of format.checkRow(values, percentCells)) problems.push({ ...p, cell: cells.get(p.column)?.ref ?? p.cell });
    }
    return { line, values, problems };
  });
  const items = format.toItems(typedRows);
  for (const fi of items) {
    fi.item.sourceTimestamp ??= ts;
    // A child list grouped from rows (one row per action, task…) keeps to the same maximum as over GraphQL.
    for (const [name, value] of Object.entries(fi.item)) {
      const max = Array.isArray(value) ? itemListLimit(name) : undefined;
      if (max !== undefined && (value as unknown[]).length > max) {
        fi.problems.push({ column: name, cell: `rows ${fi.rows[0]}–${fi.rows[fi.rows.length - 1]}`, message: `${name} holds ${(value as unknown[]).length} entries; at most ${max} (LIMIT_EXCEEDED listSize)` });
      }
    }
  }
  return { items, reading, summary: describeReading(reading, tc.dateForms) };
}
