import ExcelJS from 'exceljs';

/**
 * Official records (registros) of D02.03 as files: one definition per record, written as CSV (UTF-8 with BOM, `;`
 * separated, as Spanish Excel opens it) or XLSX (real date cells, frozen header, column widths). Every text cell is
 * formula-safe: a value starting with `=`, `+`, `-`, `@`, tab or carriage return is written as text, never as a
 * formula. Labels and values are Spanish: give each column a `label` and map enum codes with `values`.
 */

export type ColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'datetime' | 'boolean';

export interface RecordColumn<T> {
  /** Column header in Spanish, as the official record names it. */
  header: string;
  type: ColumnType;
  /** The cell's value: a string, number, boolean, Date or ISO date string (`YYYY-MM-DD`), or null for empty. */
  value: (row: T) => unknown;
  /** Spanish label for each stored code (e.g. `{ INTEGRAL: 'Integral' }`); unknown codes are written as they are. */
  values?: Record<string, string>;
  /** Width in characters (XLSX); defaults from the header. */
  width?: number;
}

export interface RecordDefinition<T> {
  /** Key used by `npm run export -- --record <key>` and in file names, e.g. `programacion`. */
  key: string;
  /** Official title, e.g. `Programación de la Asistencia Técnica`. */
  title: string;
  /** Worksheet name (≤ 31 characters). */
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

/** A text cell that a spreadsheet would read as a formula is prefixed with an apostrophe (OWASP CSV injection). */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The value of one cell as a typed value (XLSX) before any text formatting. */
export function cellValue<T>(col: RecordColumn<T>, row: T): string | number | boolean | Date | null {
  const v = col.value(row);
  if (v === null || v === undefined || v === '') return null;
  switch (col.type) {
    case 'date':
    case 'datetime': {
      const d = v instanceof Date ? v : new Date(col.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? `${v}T00:00:00Z` : String(v));
      return Number.isNaN(d.getTime()) ? null : d;
    }
    case 'integer':
    case 'decimal':
    case 'percent':
      return typeof v === 'number' ? v : Number(v);
    case 'boolean':
      return Boolean(v);
    default: {
      const s = String(v);
      return col.values?.[s] ?? s;
    }
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** Text of a cell in the CSV: dates as `YYYY-MM-DD` (ISO, unambiguous), decimals with a comma, Sí/No. */
export function cellText<T>(col: RecordColumn<T>, row: T): string {
  const v = cellValue(col, row);
  if (v === null) return '';
  if (v instanceof Date) {
    const date = `${v.getUTCFullYear()}-${two(v.getUTCMonth() + 1)}-${two(v.getUTCDate())}`;
    if (col.type === 'date') return date;
    // Datetimes are written in Colombia's time (UTC−5, no daylight saving) with the offset, as ISO 8601.
    const b = new Date(v.getTime() - 5 * 3600_000);
    return `${b.getUTCFullYear()}-${two(b.getUTCMonth() + 1)}-${two(b.getUTCDate())}T${two(b.getUTCHours())}:${two(b.getUTCMinutes())}:${two(b.getUTCSeconds())}-05:00`;
  }
  if (typeof v === 'boolean') return v ? 'Sí' : 'No';
  if (typeof v === 'number') return col.type === 'percent' ? `${String(Math.round(v * 10000) / 100).replace('.', ',')} %` : String(v).replace('.', ',');
  return formulaSafe(v);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function csvField(s: string): string {
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<T>(def: RecordDefinition<T>, rows: T[]): Buffer {
  const lines = [def.columns.map((c) => csvField(c.header)).join(';')];
  for (const r of rows) lines.push(def.columns.map((c) => csvField(cellText(c, r))).join(';'));
  return Buffer.concat([UTF8_BOM, Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

const NUM_FMT: Partial<Record<ColumnType, string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
};

export async function toXlsx<T>(def: RecordDefinition<T>, rows: T[], heading?: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'pmi-hub';
  const sheet = workbook.addWorksheet(def.sheet.slice(0, 31));
  const top = heading ?? [];
  for (const line of top) sheet.addRow([formulaSafe(line)]).font = { bold: true };
  if (top.length) sheet.addRow([]);
  const headerRow = sheet.addRow(def.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  def.columns.forEach((c, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = c.width ?? Math.max(10, Math.min(50, c.header.length + 2));
    if (NUM_FMT[c.type]) col.numFmt = NUM_FMT[c.type] as string;
  });
  for (const r of rows) {
    sheet.addRow(
      def.columns.map((c) => {
        const v = cellValue(c, r);
        if (typeof v === 'boolean') return v ? 'Sí' : 'No';
        if (col_isDatetime(c) && v instanceof Date) return new Date(v.getTime() - 5 * 3600_000);
        return typeof v === 'string' ? formulaSafe(v) : v;
      }),
    );
  }
  // Text cells are stored as strings (never formulas); the apostrophe is visible only for formula-like values.
  sheet.views = [{ state: 'frozen', ySplit: headerRow.number }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** XLSX date-times carry no zone: they are written as Colombia's wall-clock time (UTC−5). */
function col_isDatetime<T>(c: RecordColumn<T>) {
  return c.type === 'datetime';
}

export const MIME: Record<RecordFormat, string> = {
  [RecordFormat.CSV]: 'text/csv; charset=utf-8',
  [RecordFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [RecordFormat.PDF]: 'application/pdf',
};

/** Writes a record as CSV or XLSX (PDF is written by the records that have a printed form). */
export async function writeRecord<T>(def: RecordDefinition<T>, rows: T[], format: RecordFormat, base: string, heading?: string[]): Promise<ExportedFile> {
  if (format === RecordFormat.PDF) throw new Error(`The record ${def.title} has no PDF form`);
  const content = format === RecordFormat.XLSX ? await toXlsx(def, rows, heading) : toCsv(def, rows);
  return { filename: `${base}.${format.toLowerCase()}`, mimeType: MIME[format], content, rows: rows.length };
}
