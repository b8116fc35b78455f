import path from 'node:path';
import type pdfmakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { RecordDefinition, RecordFormat } from './record';
import { cellText, cellValue, percentText } from './record';
import { FONT_DIR, FONT_FILES, codePointOf, printedSpaces, unprintableIn } from './printable';
import { DomainError, ErrorCode } from '../common/errors';

/**
 * Printed form (PDF) of the D02.03 records and reports, as the secretariat files them: the official header
 * (República de Colombia — Secretaría de Educación <name>, the record's title and code, the secretariat and the period),
 * sections of text and tables whose columns share the page width and wrap their text (the header row repeats on every
 * page; a row taller than the rest of the page continues on the next one, so no row is ever left out), the signature
 * block where the record is signed, and "Página N de M" on every page.
 *
 * Fonts: Roboto, shipped inside the `pdfmake` package and read from its folder; nothing is fetched from the network
 * (URL access is refused) and no other local file can be read by a document. Roboto covers Latin (every Spanish and
 * indigenous-language letter in use), Greek, Cyrillic and common punctuation and symbols, but not CJK, emoji or
 * many other scripts; pdfmake would silently print nothing for such a character. Nothing is lost silently: before
 * rendering, every text is checked against the fonts (src/records/printable.ts) and a document with a character they
 * lack is refused with UNPRINTABLE_CHARACTER, naming each field (column), row and every such character; the refusal
 * suggests CSV or XLSX only for a record that has them. Text printed only in a PDF (a record with no other form) is
 * checked when it is written (`@Printable()`, and the consolidated report when published), so such a record can
 * always be printed.
 */

/**
 * The PDF engine, set up on the first PDF rather than at start-up (issue 14: pdfmake, pdfkit, fontkit and the four
 * parsed Roboto files take ≈12 MB of RSS that only exports in PDF use; see src/common/lazy-modules.ts).
 */
let engine: typeof pdfmakeModule | null = null;
function pdfEngine(): typeof pdfmakeModule {
  if (engine) return engine;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfmake = require('pdfmake') as typeof pdfmakeModule;
  pdfmake.setFonts({ Roboto: Object.fromEntries(Object.entries(FONT_FILES).map(([k, f]) => [k, path.join(FONT_DIR, f)])) as never });
  // A document may read only the shipped fonts, and nothing from the network.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(cb: (p: string) => boolean): void }).setLocalAccessPolicy((p) =>
    path.resolve(p).startsWith(FONT_DIR + path.sep),
  );
  return (engine = pdfmake);
}

export type PdfCell = string | number | null | undefined;

export interface PdfColumn {
  header: string;
  /** Relative width (a share of what fixed columns leave, default 1), so the table always fits the page. */
  weight?: number;
  /** Fixed width in points (e.g. 58 for a 12-digit DANE code at 8 pt), instead of a share. */
  width?: number;
  align?: 'left' | 'right' | 'center';
}

export interface PdfTable {
  columns: PdfColumn[];
  rows: PdfCell[][];
  /** Text shown instead of an empty table, e.g. "Sin establecimientos reportados". */
  empty?: string;
}

export interface PdfSection {
  heading?: string;
  /** Paragraphs before the table. */
  text?: string[];
  /** Label–value pairs shown as a two-column list (e.g. figures). */
  facts?: Array<[string, PdfCell]>;
  table?: PdfTable;
}

export interface PdfDocument {
  /** Official title, e.g. "Reporte de indicios de irregularidades". */
  title: string;
  /** Official code of the record, e.g. "F01.03.F01", or the subprocess code "D02.03". */
  code: string;
  secretariat: { code: string; name: string };
  /** The period (año) the document covers. */
  period: string;
  /** State line under the header, e.g. "Firmado el 2026-12-01 por …" or "Borrador". */
  status?: string;
  landscape?: boolean;
  sections: PdfSection[];
  /** Signature block at the end (name / role / date), for signed records. */
  signature?: { name: string; role: string; date: string };
  /** Time the file was produced (printed in the footer). */
  generatedAt: Date;
}

const two = (n: number) => String(n).padStart(2, '0');

/** A date-time as Colombia's wall-clock time (UTC−5), `YYYY-MM-DD HH:MM`. */
export function bogotaTime(d: Date): string {
  const b = new Date(d.getTime() - 5 * 3600_000);
  return `${b.getUTCFullYear()}-${two(b.getUTCMonth() + 1)}-${two(b.getUTCDate())} ${two(b.getUTCHours())}:${two(b.getUTCMinutes())}`;
}

/** Longest run of characters without a break opportunity that the layout gets (see `breakLongWords`). */
const WORD_MAX = 30;
const LONG_WORD = new RegExp(`[^\\s\u200b]{${WORD_MAX + 1},}`, 'gu');
const CHUNK = new RegExp(`[^]{1,${WORD_MAX}}`, 'gu');

/**
 * A zero-width space (a break opportunity, not printed) after every 30 characters of a longer word. pdfmake's line
 * breaking is superlinear in the length of a word that does not fit a line (a 20,000-character word took 36 s and held
 * the event loop); with this every word is short, so layout time is linear in the text. Time linear in the input.
 */
export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (w) => w.match(CHUNK)!.join('\u200b'));
}

/**
 * A text as printed: long words get break opportunities (`breakLongWords`), and the space of a percent ("0 %",
 * "83,3 %", the one form of `percentText`) is a no-break space (U+00A0), so a line never breaks between the number and
 * its sign and the two are one word of the PDF: a reader copying or extracting the text gets "0 %", never "0%"
 * (pdftotext glued a one-character number to a separate "%" word).
 */
export function printed(text: string): string {
  return breakLongWords(printedSpaces(text)).replace(/(\d) %/g, '$1\u00a0%');
}

function cellTextOf(v: PdfCell): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v).replace('.', ',') : printed(v);
}

/** "Secretaría de Educación de Medellín" stays; a bare name gets the prefix. */
function secretariatTitle(name: string): string {
  return /^secretar[ií]a/i.test(name) ? name : `Secretaría de Educación ${name}`;
}

/** Letter size, in points: usable width between the 36 pt margins. */
const USABLE_WIDTH = { portrait: 612 - 72, landscape: 792 - 72 };
const PADDING = 3;
/** Width in points that keeps a 12-digit DANE code on one line at 8 pt. */
export const DANE_WIDTH = 58;
const LINE = 0.5;

/** Column content widths in points: fixed columns as given, the rest shared by weight; the sum fits `usable`. */
export function columnWidths(columns: PdfColumn[], usable: number): number[] {
  const content = usable - columns.length * 2 * PADDING - (columns.length + 1) * LINE;
  const fixed = columns.reduce((s, c) => s + (c.width ?? 0), 0);
  const weights = columns.reduce((s, c) => s + (c.width ? 0 : (c.weight ?? 1)), 0);
  const share = Math.max(0, content - fixed) / (weights || 1);
  return columns.map((c) => Math.floor((c.width ?? (c.weight ?? 1) * share) * 100) / 100);
}

function table(t: PdfTable, usable: number): Content {
  if (t.rows.length === 0) return { text: t.empty ?? 'Sin registros.', italics: true, margin: [0, 2, 0, 8] };
  const header: TableCell[] = t.columns.map((c) => ({ text: printed(c.header), style: 'th' }));
  const body: TableCell[][] = [
    header,
    ...t.rows.map((r) => t.columns.map((c, i) => ({ text: cellTextOf(r[i]), alignment: c.align ?? 'left' }) as TableCell)),
  ];
  return {
    table: {
      headerRows: 1,
      // Rows may break across pages (the header row repeats): pdfmake drops a row taller than a page when rows may not
      // break, and an official record must print every row.
      dontBreakRows: false,
      // Widths computed from the usable line: the table never runs off the page; long text wraps.
      widths: columnWidths(t.columns, usable),
      body,
    },
    layout: {
      fillColor: (row: number) => (row === 0 ? '#dfe7f1' : row % 2 === 0 ? '#f6f8fb' : null),
      hLineColor: () => '#9aa7b5',
      vLineColor: () => '#9aa7b5',
      hLineWidth: () => LINE,
      vLineWidth: () => LINE,
      paddingLeft: () => PADDING,
      paddingRight: () => PADDING,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    fontSize: 8,
    margin: [0, 2, 0, 10],
  };
}

function section(s: PdfSection, usable: number): Content[] {
  const out: Content[] = [];
  if (s.heading) out.push({ text: printed(s.heading), style: 'h2' });
  for (const p of s.text ?? []) out.push({ text: printed(p), margin: [0, 0, 0, 4] });
  if (s.facts?.length) {
    out.push({
      table: { widths: ['45%', '55%'], body: s.facts.map(([k, v]) => [{ text: printed(k), bold: true }, cellTextOf(v)]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 8],
    });
  }
  if (s.table) out.push(table(s.table, usable));
  return out;
}

/** The document definition (exported for tests of the layout rules). */
export function definition(doc: PdfDocument): TDocumentDefinitions {
  const usable = doc.landscape ? USABLE_WIDTH.landscape : USABLE_WIDTH.portrait;
  const content: Content[] = [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: 'República de Colombia', style: 'country' },
            { text: printed(secretariatTitle(doc.secretariat.name)), style: 'secretariat' },
          ],
        },
        {
          width: 'auto',
          table: { body: [[{ text: `Código: ${doc.code}`, bold: true }], [{ text: `Periodo: ${doc.period}` }]] },
          layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
          fontSize: 9,
        },
      ],
    },
    { text: printed(doc.title), style: 'title' },
    {
      text: printed(`Secretaría: ${doc.secretariat.name} (${doc.secretariat.code})    Periodo: ${doc.period}${doc.status ? `    Estado: ${doc.status}` : ''}`),
      style: 'meta',
    },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: usable, y2: 0, lineWidth: 1, lineColor: '#1f3b5a' }], margin: [0, 2, 0, 8] },
    ...doc.sections.flatMap((s) => section(s, usable)),
  ];
  if (doc.signature) {
    content.push({
      unbreakable: true,
      margin: [0, 24, 0, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 220, y2: 0, lineWidth: 0.7 }] },
        { text: printed(doc.signature.name), bold: true, margin: [0, 3, 0, 0] },
        { text: doc.signature.role },
        { text: `Fecha de firma: ${doc.signature.date}` },
      ],
    });
  }
  return {
    pageSize: 'LETTER',
    pageOrientation: doc.landscape ? 'landscape' : 'portrait',
    pageMargins: [36, 36, 36, 44],
    info: { title: `${doc.code} ${doc.title} — ${doc.secretariat.name} ${doc.period}`, author: 'pmi-hub', creator: 'pmi-hub' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.1 },
    styles: {
      country: { fontSize: 10, bold: true },
      secretariat: { fontSize: 12, bold: true, color: '#1f3b5a' },
      title: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 10, 0, 2] },
      meta: { fontSize: 9, alignment: 'center', color: '#333333' },
      h2: { fontSize: 11, bold: true, color: '#1f3b5a', margin: [0, 6, 0, 4] },
      th: { bold: true, fontSize: 8 },
    },
    footer: (currentPage: number, pageCount: number) => ({
      margin: [36, 12, 36, 0],
      columns: [
        { text: `${doc.code} · ${doc.title} · generado ${bogotaTime(doc.generatedAt)} (hora de Colombia)`, fontSize: 7, color: '#555555' },
        { text: `Página ${currentPage} de ${pageCount}`, alignment: 'right', fontSize: 8, width: 'auto' },
      ],
    }),
    content,
  };
}

export interface Unprintable {
  /** The record field: a column header, or the part of the document (title, heading, paragraph, signature…). */
  field: string;
  /** Row of the table (1 = first data row), when in a table. */
  row?: number;
  character: string;
  /** e.g. `U+4E2D`. */
  codePoint: string;
}

/** Characters of the document its fonts cannot show, each with where it is (every distinct one of each text, 100 in all). */
export function unprintableCharacters(doc: PdfDocument): Unprintable[] {
  const found: Unprintable[] = [];
  const check = (text: PdfCell, field: string, row?: number) => {
    if (typeof text !== 'string') return;
    for (const ch of unprintableIn(text)) {
      if (found.length >= 100) return;
      found.push({ field, ...(row !== undefined ? { row } : {}), character: ch, codePoint: codePointOf(ch) });
    }
  };
  check(doc.title, 'título');
  check(doc.code, 'código');
  check(doc.secretariat.name, 'secretaría');
  check(doc.status, 'estado');
  for (const s of doc.sections) {
    const where = s.heading ? `${s.heading} › ` : '';
    check(s.heading, 'encabezado de sección');
    for (const p of s.text ?? []) check(p, `${where}texto`);
    for (const [k, v] of s.facts ?? []) {
      check(k, `${where}dato`);
      check(v, `${where}${k}`);
    }
    if (s.table) {
      for (const c of s.table.columns) check(c.header, `${where}encabezado de columna`);
      check(s.table.empty, `${where}texto de tabla vacía`);
      s.table.rows.forEach((r, i) => s.table!.columns.forEach((c, j) => check(r[j], `${where}${c.header}`, i + 1)));
    }
  }
  if (doc.signature) {
    check(doc.signature.name, 'firma › nombre');
    check(doc.signature.role, 'firma › cargo');
    check(doc.signature.date, 'firma › fecha');
  }
  return found;
}

/**
 * The refusal of a document its fonts cannot show: every unprintable character with where it is. `otherFormats` are
 * the record's other forms (CSV, XLSX), suggested only when it has them.
 */
export function unprintableError(unprintable: Unprintable[], otherFormats: RecordFormat[] = []): DomainError {
  const list = unprintable.map((u) => `"${u.character}" (${u.codePoint}) in ${u.field}${u.row !== undefined ? `, row ${u.row}` : ''}`).join('; ');
  const instead =
    otherFormats.length > 0
      ? `Export ${otherFormats.join(' or ')}, which keep every character, or correct the text.`
      : 'Correct the text (this record has no other format).';
  return new DomainError(
    ErrorCode.UNPRINTABLE_CHARACTER,
    `The PDF cannot show ${list}${unprintable.length >= 100 ? ' (the first 100)' : ''}: its font (Roboto) has no glyph for them, and nothing is printed without it. ${instead}`,
    { field: unprintable[0].field, unprintable },
  );
}

/** Throws UNPRINTABLE_CHARACTER when the document's fonts cannot show every character (see `unprintableError`). */
export function assertPrintable(doc: PdfDocument, otherFormats: RecordFormat[] = []): void {
  const unprintable = unprintableCharacters(doc);
  if (unprintable.length > 0) throw unprintableError(unprintable, otherFormats);
}

/**
 * Renders the document to PDF bytes; refused (UNPRINTABLE_CHARACTER) when its fonts cannot show every character.
 * `otherFormats`: the record's other forms, suggested in the refusal (none for a PDF-only record).
 */
export async function renderPdf(doc: PdfDocument, otherFormats: RecordFormat[] = []): Promise<Buffer> {
  assertPrintable(doc, otherFormats);
  return pdfEngine().createPdf(definition(doc)).getBuffer();
}

/**
 * A record definition (the CSV/XLSX columns) as a PDF table: same Spanish headers and values. `weights` gives each
 * column a share of the width, or `{ width }` in points (a 12-digit DANE code needs 58 pt at 8 pt).
 */
export function recordTable<T>(def: RecordDefinition<T>, rows: T[], weights?: Array<number | { width: number }>, empty?: string): PdfTable {
  return {
    columns: def.columns.map((c, i) => ({
      header: c.header,
      ...(typeof weights?.[i] === 'object' ? { width: (weights[i] as { width: number }).width } : { weight: (weights?.[i] as number | undefined) ?? (c.type === 'text' ? 2 : 1) }),
      align: ['integer', 'decimal', 'percent'].includes(c.type) ? 'right' : 'left',
    })),
    // Percents as printed (one decimal, as the XLSX shows them); the rest as in the CSV, without its formula guard.
    rows: rows.map((r) =>
      def.columns.map((c) => {
        const v = c.type === 'percent' ? cellValue(c, r) : null;
        return typeof v === 'number' ? percentText(v, 1) : cellText(c, r).replace(/^'/, '');
      }),
    ),
    empty,
  };
}
