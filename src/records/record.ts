import type ExcelJS from 'exceljs';
import { exceljs } from '../common/lazy-modules';
import { DEFAULT_ZONE, isoInZone, wallClock, zonedInstant } from '../common/time-zone';

/**
 * Official records (registros) of D02.03 as files — the one way to write one: a `RecordDefinition` (Spanish headers,
 * typed columns, `values` mapping stored codes to Spanish labels) and `writeRecord(def, rows, format, base, heading)`.
 *
 * - CSV: UTF-8 with BOM, `;` separated, CRLF, as Spanish Excel opens it; decimals with a comma (`5,8`), percents as the
 *   percent shown (`5,8 %`), dates ISO `YYYY-MM-DD`, date-times ISO 8601 with the America/Bogota offset, Sí/No. No
 *   heading lines: the file is a table a program can read back.
 * - XLSX: optional heading lines (title, secretariat, period, revision), then the bold header row, frozen, with an
 *   auto-filter; real date cells (`dd/mm/yyyy`, date-times as the Bogota wall clock), number cells with their format
 *   (percent cells show the percent), column widths from the content (10–60 characters).
 * - Formula-safe: in CSV a text starting with `=`, `+`, `-`, `@`, tab or carriage return is written with a leading
 *   apostrophe (OWASP "CSV injection"), so no spreadsheet opening the CSV runs it; `readRecord` (and the import) remove
 *   that apostrophe again. In XLSX every text is a string cell, which a spreadsheet never evaluates (only formula cells
 *   are), so the text is written unchanged — no apostrophe for the reader to see.
 *
 * Units: `percent` columns hold percent points as the hub stores them (5.8 means 5.8 %); `date` columns hold
 * `YYYY-MM-DD` strings (a Date is read as its America/Bogota calendar day); `datetime` columns hold instants (Date or
 * ISO 8601 string with zone).
 */

export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'datetime' | 'boolean';

export interface RecordColumn<T> {
  /** Column header in Spanish, as the official record names it. */
  header: string;
  type: ColumnType;
  /** The cell's value: a string, number, boolean, Date or ISO date string (`YYYY-MM-DD`), or null for empty. */
  value: (row: T) => unknown;
  /** Spanish label for each stored code (e.g. `{ INTEGRAL: 'Acompañamiento integral' }`); unknown codes are written as they are. */
  values?: Record<string, string>;
  /** Width in characters (XLSX); default: from the header and the longest value, 10 to 60. */
  width?: number;
}

export interface RecordDefinition<T> {
  /** Key used by `npm run export -- --record <key>` and in file names, e.g. `programacion`. */
  key: string;
  /** Official title, e.g. `Programación de la Asistencia Técnica`. */
  title: string;
  /** Worksheet name (≤ 31 characters; `* ? : \ / [ ]` are replaced). */
  sheet: string;
  columns: RecordColumn<T>[];
}

export interface ExportedFile {
  filename: string;
  mimeType: string;
  content: Buffer;
  /** Data rows, the header not counted. */
  rows: number;
}

export enum RecordFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  PDF = 'PDF',
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV field that a spreadsheet would read as a formula is prefixed with an apostrophe (OWASP CSV injection). */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The inverse of `formulaSafe`: the apostrophe written before a formula-like text is removed (also before a line
 * feed, which is what a leading carriage return becomes in an XLSX cell).
 */
export function unFormulaSafe(text: string): string {
  return /^'[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text;
}

/** XLSX keeps no carriage return in a cell (XML reads it as a line feed; Excel breaks lines in a cell with LF). */
const xlsxLines = (s: string) => s.replace(/\r\n?/g, '\n');

/**
 * Characters an XLSX cannot hold as they are: not XML 1.0 characters (C0 controls other than TAB/LF/CR, U+FFFE,
 * U+FFFF, lone surrogates), and U+007F, which exceljs silently drops.
 */
const XLSX_UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text of an XLSX cell as written. The input boundary refuses these characters, but text stored before it did may
 * hold them: such a character is written as `_xHHHH_`, the escape of the Office Open XML shared strings (ECMA-376
 * ST_Xstring), which Excel, LibreOffice and exceljs read back as the character — never dropped, never an invalid XML
 * file. A literal `_xHHHH_` in the text has its underscore escaped (`_x005F_`), so it too reads back as written.
 */
export function xlsxText(s: string): string {
  return xlsxLines(s)
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(XLSX_UNWRITABLE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** The value of one cell as a typed value (XLSX) before any text formatting; percents in percent points. */
export function cellValue<T>(col: RecordColumn<T>, row: T): string | number | boolean | Date | null {
  const v = col.value(row);
  if (v === null || v === undefined || v === '') return null;
  switch (col.type) {
    case 'date': {
      if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
      const d = v instanceof Date ? v : new Date(String(v));
      if (Number.isNaN(d.getTime())) return null;
      // An instant's calendar day in Colombia, as a UTC-midnight date (what a date cell holds).
      const w = wallClock(d, DEFAULT_ZONE);
      return new Date(Date.UTC(w.y, w.m - 1, w.d));
    }
    case 'datetime': {
      // An ISO string without a zone is Bogota's wall clock, never the machine's.
      const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(v) : null;
      const d = m ? zonedInstant({ y: +m[1], m: +m[2], d: +m[3], h: +m[4], mi: +m[5], s: +(m[6] ?? 0) }) : v instanceof Date ? v : new Date(String(v));
      // Records show whole seconds.
      return Number.isNaN(d.getTime()) ? null : new Date(Math.floor(d.getTime() / 1000) * 1000);
    }
    case 'integer':
    case 'decimal':
    case 'percent': {
      const n = typeof v === 'number' ? v : Number(v);
      return Number.isFinite(n) ? n : null;
    }
    case 'boolean':
      return Boolean(v);
    default: {
      const s = String(v);
      return col.values?.[s] ?? s;
    }
  }
}

const decimalComma = (n: number) => String(n).replace('.', ',');

/**
 * A percent as every record shows it (Spanish: a space before the sign, a decimal comma). `points` are percent points
 * (0–100). With `decimals` (the printed forms use 1) the value is shown with exactly that many decimals, as the XLSX
 * cell format `0.0 %` shows it: `100,0 %`, `83,3 %`, `0,0 %` — one form in a table, never "0 %" beside "83,3 %"; without,
 * the value as stored (`50 %`, `5,8 %`: the CSV, which a program reads back).
 */
export function percentText(points: number, decimals?: number): string {
  if (decimals === undefined) return `${decimalComma(points)} %`;
  const n = Math.round(points * 10 ** decimals) / 10 ** decimals;
  return `${(Object.is(n, -0) ? 0 : n).toFixed(decimals).replace('.', ',')} %`;
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** An instant's calendar day in Colombia, in Spanish: `30 de noviembre de 2026`. */
export function spanishDate(d: Date): string {
  const w = wallClock(d, DEFAULT_ZONE);
  return `${w.d} de ${MONTHS_ES[w.m - 1]} de ${w.y}`;
}

/** An instant as Colombia's wall clock, in Spanish: `30 de noviembre de 2026, 17:56 (hora de Colombia)`. */
export function spanishDateTime(d: Date): string {
  const w = wallClock(d, DEFAULT_ZONE);
  return `${spanishDate(d)}, ${String(w.h).padStart(2, '0')}:${String(w.mi).padStart(2, '0')} (hora de Colombia)`;
}

/** Text of a cell in the CSV: dates `YYYY-MM-DD`, date-times ISO 8601 in America/Bogota, decimals with a comma, Sí/No. */
export function cellText<T>(col: RecordColumn<T>, row: T): string {
  const v = cellValue(col, row);
  if (v === null) return '';
  if (v instanceof Date) {
    if (col.type === 'date') return v.toISOString().slice(0, 10);
    return isoInZone(v, DEFAULT_ZONE);
  }
  if (typeof v === 'boolean') return v ? 'Sí' : 'No';
  if (typeof v === 'number') return col.type === 'percent' ? percentText(v) : decimalComma(v);
  return formulaSafe(v);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function csvField(s: string): string {
  return /[",;\r\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(def: RecordDefinition<T>, rows: T[]): Buffer {
  const lines = [def.columns.map((c) => csvField(formulaSafe(c.header))).join(';')];
  for (const r of rows) lines.push(def.columns.map((c) => csvField(cellText(c, r))).join(';'));
  return Buffer.concat([UTF8_BOM, Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

const NUM_FMT: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  // Integers without a decimal separator; decimals always with two (`#,##0.##` shows 4 as "4.").
  integer: '#,##0',
  decimal: '#,##0.00',
  // "5,8 %" as in the CSV and the PDF (Excel multiplies by 100 for the %, the space is shown as it is).
  percent: '0.0 %',
};

/** Shown length of a cell, for the column width. */
const shownLength = (v: unknown, type: ColumnType) => {
  if (v === null || v === undefined) return 0;
  if (type === 'date') return 10;
  if (type === 'datetime') return 16;
  return Math.max(...String(v).split('\n').map((l) => l.length));
};

const sheetName = (s: string) => s.replace(/[*?:\\/[\]]/g, '-').slice(0, 31) || 'Registro';

/** One worksheet of a workbook: a record's table with its heading lines. */
export interface XlsxSheet<T> {
  def: RecordDefinition<T>;
  rows: T[];
  heading?: string[];
}

export async function toXlsx<T>(def: RecordDefinition<T>, rows: T[], heading?: string[]): Promise<Buffer> {
  return toXlsxSheets([{ def, rows, heading }]);
}

/** A workbook of several record tables, one worksheet each, in order (e.g. F01.03.F01 and its removed schools). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function toXlsxSheets(sheets: XlsxSheet<any>[]): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'pmi-hub';
  for (const s of sheets) addSheet(workbook, s.def, s.rows, s.heading);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet<T>(workbook: ExcelJS.Workbook, def: RecordDefinition<T>, rows: T[], heading?: string[]): void {
  const sheet = workbook.addWorksheet(sheetName(def.sheet));
  const top = heading ?? [];
  top.forEach((line, i) => {
    const r = sheet.addRow([xlsxText(line)]);
    r.font = { bold: true, size: i === 0 ? 13 : 11 };
  });
  if (top.length) sheet.addRow([]);
  const headerRow = sheet.addRow(def.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const widths = def.columns.map((c) => Math.max(...c.header.split(' ').map((w) => w.length), Math.min(c.header.length, 16)));
  for (const r of rows) {
    const values = def.columns.map((c, i) => {
      const v = cellValue(c, r);
      widths[i] = Math.max(widths[i], shownLength(c.type === 'boolean' ? 'Sí' : v, c.type));
      if (v === null) return null;
      if (typeof v === 'boolean') return v ? 'Sí' : 'No';
      if (v instanceof Date) {
        if (c.type === 'date') return v;
        // XLSX date-times carry no zone: the cell holds Colombia's wall clock.
        const w = wallClock(v, DEFAULT_ZONE);
        return new Date(Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s));
      }
      if (typeof v === 'number') return c.type === 'percent' ? v / 100 : v;
      // A string cell is never a formula (only a formula cell is): the text is written as it is, no apostrophe shown.
      return xlsxText(v);
    });
    const row = sheet.addRow(values);
    def.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (NUM_FMT[c.type]) cell.numFmt = NUM_FMT[c.type] as string;
      if (c.type === 'text') cell.alignment = { vertical: 'top', wrapText: true };
    });
  }
  def.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width ?? Math.max(10, Math.min(60, widths[i] + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number, xSplit: 0, topLeftCell: `A${headerRow.number + 1}` }];
  sheet.autoFilter = { from: { row: headerRow.number, column: 1 }, to: { row: headerRow.number, column: def.columns.length } };
}

export const MIME: Record<RecordFormat, string> = {
  [RecordFormat.CSV]: 'text/csv; charset=utf-8',
  [RecordFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [RecordFormat.PDF]: 'application/pdf',
};

/**
 * Writes a record as CSV or XLSX (PDF is written by the records that have a printed form). `base` is the file name
 * without extension; `heading` are lines above the table in XLSX (title, secretariat, period, revision).
 */
export async function writeRecord<T>(def: RecordDefinition<T>, rows: T[], format: RecordFormat, base: string, heading?: string[]): Promise<ExportedFile> {
  if (format === RecordFormat.PDF) throw new Error(`The record ${def.title} has no PDF form`);
  const content = format === RecordFormat.XLSX ? await toXlsx(def, rows, heading) : toCsv(def, rows);
  return { filename: `${base}.${format.toLowerCase()}`, mimeType: MIME[format], content, rows: rows.length };
}

/**
 * The canonical form of a row's cells, as `readRecord` gives them back: text (Spanish labels as written; in XLSX line
 * breaks as LF and the surrounding whitespace trimmed, as the import's reader trims a text cell), numbers (percent points), `YYYY-MM-DD` dates, ISO instants (whole seconds) for date-times, booleans.
 * Round-trip tests compare this with what was read back.
 */
export function canonicalRow<T>(def: RecordDefinition<T>, row: T, format: RecordFormat = RecordFormat.CSV): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const c of def.columns) {
    const v = cellValue(c, row);
    out[c.header] =
      v instanceof Date
        ? c.type === 'date'
          ? v.toISOString().slice(0, 10)
          : v.toISOString()
        : typeof v === 'string' && format === RecordFormat.XLSX
          ? xlsxLines(v).trim() || null // the reader trims a text cell, as the import does (the file keeps it)
          : v;
  }
  return out;
}

/**
 * The secretariat as a title: "Secretaría de Educación de Medellín" stays as it is, a bare name ("Medellín") gets the
 * prefix — never "Secretaría de Educación Secretaría de Educación de Medellín".
 */
export function secretariatTitle(name: string): string {
  return /^secretar[ií]a\b/i.test(name.trim()) ? name.trim() : `Secretaría de Educación ${name.trim()}`;
}
