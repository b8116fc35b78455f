import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { DEFAULT_ZONE, isoDateOf, zonedInstant, type Wall } from '../common/time-zone';
import { exceljs } from '../common/lazy-modules';

/**
 * Reads a spreadsheet (CSV or XLSX) as the person who made it sees it, and types its cells without guessing.
 *
 * - CSV: the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM; invalid UTF-8 is Windows-1252, as
 *   Spanish Excel saves "CSV (delimitado por comas)"); the separator is the one of `;`, `,`, tab that splits the header
 *   line most; the decimal mark is `,` for `;` files (Spanish Excel) and `.` otherwise, unless the numbers of the file
 *   show the other one and never this one. Rows keep the file's own line number (blank lines counted).
 * - XLSX: the first visible sheet (or the one named); a cell's type (number, text, date, error, formula result) and its
 *   number format (percent, zero-padded codes) are kept, so a percent cell `0.058` shown `5.8%` reads as 5.8 percent.
 * - Dates and times: ISO 8601 (`2026-04-03`, `2026-04-03T10:00`, `…-05:00`, `…Z`), or day first as written in
 *   Colombia (`03/04/2026`, `03/04/2026 10:00[:ss]`), or a real date cell; a time without a zone is a wall-clock time in
 *   America/Bogota. Anything else is refused naming the cell. Nothing here depends on the machine's time zone.
 *
 * Problems of a whole file (unreadable, duplicate header, unknown sheet) throw `SpreadsheetError`; problems of a cell
 * are returned by `typed` so the caller refuses the row naming the cell.
 */

export class SpreadsheetError extends Error {}

export { DEFAULT_ZONE };

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `shown` is the number as its format displays a code (zero padding), `percent` when the format has `%`. */
  | { kind: 'number'; value: number; percent: boolean; shown: string }
  /** A date cell: the wall-clock fields it shows (XLSX date cells carry no zone). */
  | { kind: 'date'; wall: Wall; hasTime: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; error: string }
  | { kind: 'uncomputed'; formula: string };

export interface Cell {
  /** Where the person finds it: `E5` (XLSX) or `line 5, column dropout_rate` (CSV). */
  ref: string;
  content: CellContent;
}

export interface SheetRow {
  /** The file's own line (CSV) or the sheet's row number (XLSX), 1-based. */
  line: number;
  cells: Map<string, Cell>;
}

export type Encoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16LE (BOM)' | 'UTF-16BE (BOM)' | 'Windows-1252' | 'UTF-8 (some lines not UTF-8)';

export interface Reading {
  file: string;
  format: 'CSV' | 'XLSX';
  /** XLSX: the sheet read. */
  sheet?: string;
  /** CSV: separator, encoding. */
  separator?: ';' | ',' | '\t';
  encoding?: Encoding;
  /** Decimal mark of numbers written as text. */
  decimal: ',' | '.';
  /** Why the decimal mark was chosen. */
  decimalReason: string;
  /** Header names (lower case, trimmed), in order. */
  header: string[];
  headerLine: number;
  rows: SheetRow[];
}

export interface ReadOptions {
  /** XLSX: name of the sheet to read (default: the first visible one). */
  sheet?: string;
  /** Header names to look for: the header is the first row containing all of them (default: the first non-empty row). */
  expectHeader?: string[];
  /** Keep header names as written (records with Spanish headers); default lower case. */
  keepHeaderCase?: boolean;
  /** Columns holding numbers: only their cells tell the decimal mark of a CSV (default: every cell). */
  numberColumns?: string[];
}

/** Reads a `.csv` or `.xlsx` file (by extension). */
export async function readSpreadsheet(file: string, options: ReadOptions = {}): Promise<Reading> {
  const ext = path.extname(file).toLowerCase();
  const content = await readFile(file);
  if (ext === '.xlsx') return readXlsx(file, content, options);
  if (ext === '.csv' || ext === '.txt') return readCsv(file, content, options);
  throw new SpreadsheetError(`Unsupported file type "${ext}": use .csv or .xlsx`);
}

// ---------------------------------------------------------------- CSV

function decode(buf: Buffer): { text: string; encoding: Encoding } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'UTF-8 (BOM)' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'UTF-16LE (BOM)' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'UTF-16BE (BOM)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8. If no line holds a valid multi-byte UTF-8 sequence, the file is Windows-1252 (Excel's "CSV" on a
    // Spanish Windows). If some lines are UTF-8 and others are not, the file mixes encodings: decode as UTF-8 and let the
    // replacement characters refuse the broken rows (never stored).
    const utf8Lines = splitLines(buf).filter((line) => line.some((b) => b >= 0x80) && isUtf8(line));
    if (utf8Lines.length === 0) return { text: decodeWindows1252(buf), encoding: 'Windows-1252' };
    return { text: new TextDecoder('utf-8').decode(buf), encoding: 'UTF-8 (some lines not UTF-8)' };
  }
}

/** Windows-1252 bytes 0x80–0x9F (Node 20's TextDecoder reads them as Latin-1 C1 controls); the 5 undefined bytes stay controls. */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(buf: Buffer): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return out;
}

function splitLines(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      out.push(buf.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}

function isUtf8(b: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}

/** What Excel writes in a CSV for a cell whose formula failed. */
const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#N/D', '#¡REF!', '#¡VALOR!', '#¡DIV/0!', '#¿NOMBRE?', '#¡NUM!', '#¡NULO!']);

const SPANISH_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const DOT_NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** A number that can only be read with a comma as decimal mark (`5,8`, `1.500,25`), not `1,500` (thousands?). */
const isCommaEvidence = (s: string) => {
  const m = /^[+-]?([\d.]*\d),(\d+)\s*%?$/.exec(s);
  return !!m && (m[2].length !== 3 || m[1].includes('.') || m[1].length > 3 || /^0+$/.test(m[1]));
};
/** A number that can only be read with a point as decimal mark (`5.8`, `0.058`, `1234.5`): not a thousands group. */
const isDotEvidence = (s: string) => {
  const m = /^[+-]?(\d+)\.(\d+)\s*%?$/.exec(s);
  return !!m && (m[2].length !== 3 || m[1].length > 3 || /^0+$/.test(m[1]));
};

function decimalOf(separator: string, cells: string[]): { decimal: ',' | '.'; reason: string } {
  let comma = 0;
  let dot = 0;
  for (const c of cells) {
    const s = c.trim();
    if (isCommaEvidence(s)) comma++;
    else if (isDotEvidence(s)) dot++;
  }
  const byDefault: ',' | '.' = separator === ';' ? ',' : '.';
  if (comma > 0 && dot === 0) return { decimal: ',', reason: byDefault === ',' ? 'Spanish Excel: separator ";", numbers like 5,8' : 'numbers like 5,8' };
  if (dot > 0 && comma === 0) return { decimal: '.', reason: byDefault === '.' ? 'numbers like 5.8' : 'numbers like 5.8, not Spanish Excel' };
  if (dot > 0 && comma > 0) return { decimal: byDefault, reason: `both 5,8 and 5.8 appear: numbers in the other form are refused` };
  return { decimal: byDefault, reason: byDefault === ',' ? 'Spanish Excel: separator ";"' : 'separator ","' };
}

function readCsv(file: string, buf: Buffer, options: ReadOptions): Reading {
  const { text, encoding } = decode(buf);
  const lines = text.split(/\r\n|\n|\r/);
  const firstLine = lines.find((l) => l.trim() !== '') ?? '';
  // Excel's separator hint `sep=;` on the first line names the separator.
  const hint = /^sep=([;,\t])$/i.exec(lines[0] ?? '');
  const counts = ([';', ',', '\t'] as const).map((sep) => [sep, countOutsideQuotes(firstLine, sep)] as const);
  const separator = hint ? (hint[1] as ';' | ',' | '\t') : counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter: separator, info: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (e) {
    throw new SpreadsheetError(`${path.basename(file)} is not a valid CSV: ${(e as Error).message}`);
  }
  // A record starts on the line after the previous one ends (blank lines are records of one empty field).
  const withLines: { line: number; fields: string[] }[] = [];
  let prevEnd = 0;
  for (const r of records) {
    const start = prevEnd + 1;
    prevEnd = r.info.lines;
    if (r.record.every((f) => f.trim() === '')) continue;
    if (hint && start === 1) continue;
    withLines.push({ line: start, fields: r.record });
  }
  const headerIndex = findHeader(
    withLines.map((r) => r.fields),
    options,
  );
  if (headerIndex < 0) return emptyReading(file, 'CSV', { separator, encoding, decimal: separator === ';' ? ',' : '.' });
  const header = headerNames(withLines[headerIndex].fields, options, (i) => `column ${i + 1}`);
  const body = withLines.slice(headerIndex + 1);
  const numeric = options.numberColumns ? new Set(options.numberColumns.map((c) => norm(c, options))) : null;
  const { decimal, reason } = decimalOf(
    separator,
    body.flatMap((r) => r.fields.filter((_, i) => !numeric || numeric.has(header[i]))),
  );
  const rows: SheetRow[] = body.map(({ line, fields }) => {
    const cells = new Map<string, Cell>();
    header.forEach((h, i) => {
      if (!h) return;
      const raw = fields[i] ?? '';
      const t = raw.trim();
      const content: CellContent = t === '' ? { kind: 'empty' } : EXCEL_ERRORS.has(t.toUpperCase()) ? { kind: 'error', error: t } : { kind: 'text', text: t };
      cells.set(h, { ref: `line ${line}, column ${h}`, content });
    });
    if (fields.length > header.length && fields.slice(header.length).some((f) => f.trim() !== '')) {
      cells.set('', { ref: `line ${line}`, content: { kind: 'error', error: `more values (${fields.length}) than header columns (${header.length})` } });
    }
    return { line, cells };
  });
  return { file, format: 'CSV', separator, encoding, decimal, decimalReason: reason, header, headerLine: withLines[headerIndex].line, rows };
}

function emptyReading(file: string, format: 'CSV' | 'XLSX', extra: Partial<Reading>): Reading {
  return { file, format, decimal: '.', decimalReason: 'no rows', header: [], headerLine: 0, rows: [], ...extra };
}

function findHeader(rows: string[][], options: ReadOptions): number {
  if (!options.expectHeader) return rows.length ? 0 : -1;
  const want = options.expectHeader.map((h) => norm(h, options));
  return rows.findIndex((r) => {
    const names = new Set(r.map((x) => norm(x, options)));
    return want.every((w) => names.has(w));
  });
}

const norm = (h: string, options: ReadOptions) => (options.keepHeaderCase ? h.trim() : h.trim().toLowerCase());

/** Header names; a name written twice refuses the file (the person could not tell which column counts). */
function headerNames(raw: string[], options: ReadOptions, where: (i: number) => string): string[] {
  const names = raw.map((h) => norm(String(h ?? ''), options).replace(/^\uFEFF/, ''));
  const seen = new Map<string, number>();
  const dups: string[] = [];
  names.forEach((h, i) => {
    if (!h) return;
    const first = seen.get(h);
    if (first !== undefined) dups.push(`"${h}" (${where(first)} and ${where(i)})`);
    else seen.set(h, i);
  });
  if (dups.length) throw new SpreadsheetError(`Duplicate column ${dups.join(', ')}: keep one column of each name`);
  return names;
}

// ---------------------------------------------------------------- XLSX

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/** A number format without its quoted literals and colours, to look for `%`. */
const bareFormat = (fmt: string | undefined) => (fmt ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');

function shownCode(value: number, fmt: string | undefined): string {
  const f = bareFormat(fmt).split(';')[0];
  if (/^0+$/.test(f) && Number.isInteger(value)) return String(value).padStart(f.length, '0');
  return String(value);
}

function wallOfDate(date: Date): Wall {
  // exceljs gives a date cell as the UTC instant whose UTC fields are the cell's wall-clock fields; the serial number
  // behind it is a float, so round to the second.
  const d = new Date(Math.round(date.getTime() / 1000) * 1000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

function contentOf(value: ExcelJS.CellValue, fmt: string | undefined): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (value instanceof Date) {
    const wall = wallOfDate(value);
    return { kind: 'date', wall, hasTime: wall.h !== 0 || wall.mi !== 0 || wall.s !== 0 };
  }
  if (typeof value === 'number') return { kind: 'number', value, percent: bareFormat(fmt).includes('%'), shown: shownCode(value, fmt) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value.trim() };
  if (typeof value === 'object') {
    if ('error' in value) return { kind: 'error', error: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) {
      const f = value as { formula?: string; sharedFormula?: string; result?: unknown };
      if (f.result === undefined || f.result === null) return { kind: 'uncomputed', formula: `=${f.formula ?? f.sharedFormula}` };
      return contentOf(f.result as ExcelJS.CellValue, fmt);
    }
    if ('richText' in value) return contentOf(value.richText.map((t) => t.text).join(''), fmt);
    if ('text' in value) return contentOf(String((value as { text: unknown }).text), fmt);
  }
  return { kind: 'text', text: String(value) };
}

async function readXlsx(file: string, buf: Buffer, options: ReadOptions): Promise<Reading> {
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new SpreadsheetError(`${path.basename(file)} is not a readable XLSX workbook: ${(e as Error).message}`);
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = options.sheet ? wb.worksheets.find((w) => w.name === options.sheet) : wb.worksheets.find((w) => w.state === 'visible' || !w.state);
  if (!ws) {
    throw new SpreadsheetError(
      options.sheet ? `No sheet "${options.sheet}" in ${path.basename(file)} (sheets: ${names.map((n) => `"${n}"`).join(', ')})` : `${path.basename(file)} has no visible sheet`,
    );
  }
  const grid: { line: number; cells: ExcelJS.Cell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => (cells[col - 1] = c));
    if (cells.some((c) => contentOf(c.value, c.numFmt).kind !== 'empty')) grid.push({ line: n, cells });
  });
  const textOf = (c: ExcelJS.Cell | undefined) => {
    const k = c ? contentOf(c.value, c.numFmt) : { kind: 'empty' as const };
    return k.kind === 'text' ? k.text : k.kind === 'number' ? k.shown : '';
  };
  const headerIndex = findHeader(
    grid.map((r) => Array.from({ length: r.cells.length }, (_, i) => textOf(r.cells[i]))),
    options,
  );
  if (headerIndex < 0) return emptyReading(file, 'XLSX', { sheet: ws.name });
  const headerRow = grid[headerIndex];
  const header = headerNames(
    Array.from({ length: headerRow.cells.length }, (_, i) => textOf(headerRow.cells[i])),
    options,
    (i) => `${colLetter(i + 1)}${headerRow.line}`,
  );
  const rows: SheetRow[] = grid.slice(headerIndex + 1).map(({ line, cells: raw }) => {
    const cells = new Map<string, Cell>();
    header.forEach((h, i) => {
      if (!h) return;
      const c = raw[i];
      cells.set(h, { ref: `${colLetter(i + 1)}${line}`, content: c ? contentOf(c.value, c.numFmt) : { kind: 'empty' } });
    });
    return { line, cells };
  });
  return {
    file,
    format: 'XLSX',
    sheet: ws.name,
    decimal: '.',
    decimalReason: 'numbers are number cells; text numbers need "."',
    header,
    headerLine: headerRow.line,
    rows,
  };
}

// ---------------------------------------------------------------- typing cells

export type ColumnKind = 'text' | 'number' | 'percent' | 'measure' | 'date' | 'datetime' | 'list';

/** A cell that cannot be read without guessing. */
export interface CellProblem {
  problem: string;
}
export const isProblem = (x: unknown): x is CellProblem => !!x && typeof x === 'object' && 'problem' in (x as object);


/** Forms of date seen while typing cells, for the summary. */
export type DateForm = 'ISO 8601' | 'dd/mm/yyyy' | 'date cells';

export interface TypingContext {
  decimal: ',' | '.';
  /** Filled with the date forms met. */
  dateForms: Set<DateForm>;
}

const FORMULA_GUARD = /^'(?=[=+\-@\t\r\n])/;
/** Characters that mean the text was decoded wrongly or carries control bytes (never stored). */
const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u009F\uFFFD]/;

function badText(s: string): string | null {
  const m = BAD_CHARS.exec(s);
  if (!m) return null;
  const c = m[0];
  if (c === '\uFFFD') return 'holds a character that could not be decoded (U+FFFD): save the file as UTF-8 (CSV UTF-8) and load it again';
  if (c === '\u0000') return 'holds a NUL character (U+0000)';
  if (c >= '\u0080' && c <= '\u009F') return `holds the control character U+00${c.charCodeAt(0).toString(16).toUpperCase()} (a byte Windows-1252 does not define): save the file as UTF-8`;
  return `holds the control character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const describe = (c: CellContent): string => {
  switch (c.kind) {
    case 'text':
      return `"${c.text}"`;
    case 'number':
      return String(c.value);
    case 'date':
      return 'a date cell';
    case 'boolean':
      return c.value ? 'TRUE' : 'FALSE';
    default:
      return c.kind;
  }
};

/** Reads a number written as text with the file's decimal mark; a trailing `%` is reported. */
export function parseNumberText(raw: string, decimal: ',' | '.'): { value: number; percent: boolean } | CellProblem {
  let s = raw.replace(/\u00A0|\u202F/g, ' ').trim();
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1).trim();
  s = s.replace(/ /g, '');
  if (decimal === ',') {
    if (!SPANISH_NUMBER.test(s)) {
      if (isDotEvidence(s)) return { problem: `"${raw}" has a decimal point, but this file writes decimals with a comma (Spanish Excel): write ${s.replace('.', ',')} or fix the file's numbers so they all use one form` };
      return { problem: `"${raw}" is not a number (this file writes 1.500,25 for one thousand five hundred and a quarter)` };
    }
    return { value: Number(s.replace(/\./g, '').replace(',', '.')), percent };
  }
  if (!DOT_NUMBER.test(s)) {
    if (/^[+-]?[\d.]*\d,\d+$/.test(s)) return { problem: `"${raw}" has a comma, but this file writes decimals with a point: is it ${Number(s.replace(/\./g, '').replace(',', '.'))} or ${s.replace(/,/g, '')}? Write it without thousands separators and with "." for decimals` };
    return { problem: `"${raw}" is not a number` };
  }
  return { value: Number(s), percent };
}

/** 0.058 shown as 5.8% → 5.8 (rounded to 10 significant digits to drop binary noise). */
const asPercent = (v: number) => Number((v * 100).toPrecision(10));

const validWall = (w: Wall) => {
  const t = new Date(Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s));
  return t.getUTCFullYear() === w.y && t.getUTCMonth() === w.m - 1 && t.getUTCDate() === w.d && w.h < 24 && w.mi < 60 && w.s < 60;
};

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_FIRST_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const DATE_FORMS = 'ISO 8601 (2026-04-03) or day first (03/04/2026)';
const DATETIME_FORMS = `ISO 8601 (2026-04-03T10:00:00-05:00; no zone means ${DEFAULT_ZONE}) or day first (03/04/2026 10:00, ${DEFAULT_ZONE})`;

/** A written date or date-time → wall clock (+ explicit offset in minutes, when written). */
function parseDateText(s: string, forms: Set<DateForm>): { wall: Wall; offsetMin: number | null; hasTime: boolean } | null {
  let m = ISO_DATE_RE.exec(s);
  if (m) {
    forms.add('ISO 8601');
    return { wall: { y: +m[1], m: +m[2], d: +m[3], h: 0, mi: 0, s: 0 }, offsetMin: null, hasTime: false };
  }
  m = ISO_DATETIME_RE.exec(s);
  if (m) {
    forms.add('ISO 8601');
    let offsetMin: number | null = null;
    if (m[8]) {
      if (m[8].toUpperCase() === 'Z') offsetMin = 0;
      else {
        const z = m[8].replace(':', '');
        offsetMin = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
      }
    }
    return { wall: { y: +m[1], m: +m[2], d: +m[3], h: +m[4], mi: +m[5], s: +(m[6] ?? 0) }, offsetMin, hasTime: true };
  }
  m = DAY_FIRST_RE.exec(s);
  if (m) {
    forms.add('dd/mm/yyyy');
    return { wall: { y: +m[3], m: +m[2], d: +m[1], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0) }, offsetMin: null, hasTime: m[4] !== undefined };
  }
  return null;
}

/**
 * The value of a cell for a column of a kind: text → string (the formula guard `'` our records write is removed);
 * number/percent/measure → number (percent cells and `5,8 %` give the percent shown: 5.8); date → `YYYY-MM-DD`;
 * datetime → Date (instant); list → string[] split on `;`. An empty cell is null ([] for lists).
 */
export function typed(kind: ColumnKind, cell: Cell | undefined, tc: TypingContext, flags: { percent?: boolean } = {}): unknown | CellProblem {
  const c = cell?.content ?? { kind: 'empty' };
  switch (c.kind) {
    case 'empty':
      return kind === 'list' ? [] : null;
    case 'error':
      return { problem: c.error.startsWith('#') ? `holds the error ${c.error} (a formula that failed): fix it or clear the cell` : c.error };
    case 'uncomputed':
      return { problem: `holds the formula ${c.formula} without a computed value: open the file in Excel, save it, and load it again` };
    default:
  }
  if (c.kind === 'text') {
    const bad = badText(c.text);
    if (bad) return { problem: bad };
  }
  switch (kind) {
    case 'text':
    case 'list': {
      if (c.kind === 'date') return { problem: 'is a date cell where text is expected' };
      const s = c.kind === 'text' ? c.text.replace(FORMULA_GUARD, '') : c.kind === 'number' ? (c.percent ? `${asPercent(c.value)}%` : c.shown) : c.value ? 'TRUE' : 'FALSE';
      return kind === 'list' ? s.split(';').map((x) => x.trim()).filter(Boolean) : s;
    }
    case 'number':
    case 'percent':
    case 'measure': {
      let value: number;
      let percent: boolean;
      if (c.kind === 'number') ({ value, percent } = { value: c.percent ? asPercent(c.value) : c.value, percent: c.percent });
      else if (c.kind === 'text') {
        const n = parseNumberText(c.text, tc.decimal);
        if (isProblem(n)) return n;
        ({ value, percent } = n);
      } else return { problem: `is ${describe(c)} where a number is expected` };
      if (percent && kind === 'number') return { problem: `is a percent (${c.kind === 'number' ? `shown as ${value}%` : describe(c)}) where a plain number is expected` };
      flags.percent = percent;
      return value;
    }
    case 'date':
    case 'datetime': {
      let wall: Wall;
      let offsetMin: number | null = null;
      let hasTime: boolean;
      if (c.kind === 'date') {
        tc.dateForms.add('date cells');
        ({ wall, hasTime } = c);
      } else if (c.kind === 'text') {
        const p = parseDateText(c.text, tc.dateForms);
        if (!p) return { problem: `"${c.text}" is not a date${kind === 'datetime' ? '-time' : ''}: write ${kind === 'date' ? DATE_FORMS : DATETIME_FORMS}` };
        ({ wall, offsetMin, hasTime } = p);
      } else return { problem: `is ${describe(c)}, not a date: format the cell as a date or write ${kind === 'date' ? DATE_FORMS : DATETIME_FORMS}` };
      if (!validWall(wall)) return { problem: `${c.kind === 'text' ? `"${c.text}"` : 'the date'} is not a calendar date (day/month/year)` };
      if (kind === 'date') {
        if (hasTime) return { problem: `${c.kind === 'text' ? `"${c.text}"` : 'the date cell'} has a time where a date (day) is expected` };
        return isoDateOf(wall);
      }
      if (offsetMin === null) return zonedInstant(wall);
      return new Date(Date.UTC(wall.y, wall.m - 1, wall.d, wall.h, wall.mi, wall.s) - offsetMin * 60_000);
    }
  }
}

/** One line describing how a file was read, for the import summary. */
export function describeReading(r: Reading, dateForms: Set<DateForm>): string {
  const dates = dateForms.size ? [...dateForms].join(', ') : 'none';
  const zone = `time zone ${DEFAULT_ZONE} when none is written`;
  if (r.format === 'XLSX') {
    return `read ${path.basename(r.file)}: XLSX sheet "${r.sheet}" (header on row ${r.headerLine}, ${r.rows.length} data rows); numbers from number cells (percent cells as the percent shown), text numbers with decimal mark "."; dates read: ${dates}; ${zone}`;
  }
  const sep = r.separator === '\t' ? 'tab' : `"${r.separator}"`;
  return `read ${path.basename(r.file)}: CSV, separator ${sep}, encoding ${r.encoding}, decimal mark "${r.decimal}" (${r.decimalReason}), header on line ${r.headerLine}, ${r.rows.length} data rows; dates read: ${dates}; ${zone}`;
}
