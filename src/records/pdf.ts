import path from 'node:path';
import type pdfmakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { RecordDefinition } from './record';
import { cellText } from './record';
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
 * rendering, every text is checked against the fonts and a document with a character they lack is refused with
 * UNPRINTABLE_CHARACTER, naming each field (column), row and character. CSV and XLSX keep every character.
 */

const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

/** A font file as fontkit reads it (fontkit ships no typings). */
interface FontFile {
  hasGlyphForCodePoint(cp: number): boolean;
}

/**
 * The PDF engine, set up on the first PDF rather than at start-up (issue 14: pdfmake, pdfkit, fontkit and the four
 * parsed Roboto files take ≈12 MB of RSS that only exports in PDF use; see src/common/lazy-modules.ts).
 */
let engine: { pdfmake: typeof pdfmakeModule; fonts: FontFile[] } | null = null;
function pdfEngine(): NonNullable<typeof engine> {
  if (engine) return engine;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pdfmake = require('pdfmake') as typeof pdfmakeModule;
  // fontkit is what pdfmake (through pdfkit) lays text out with.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require('fontkit') as { openSync(file: string): FontFile };
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // A document may read only the shipped fonts, and nothing from the network.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(cb: (p: string) => boolean): void }).setLocalAccessPolicy((p) =>
    path.resolve(p).startsWith(FONT_DIR + path.sep),
  );
  /** Every font file the document uses (bold headers and italics included). */
  const fonts = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf', 'Roboto-MediumItalic.ttf'].map((f) =>
    fontkit.openSync(path.join(FONT_DIR, f)),
  );
  return (engine = { pdfmake, fonts });
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

function cellTextOf(v: PdfCell): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(v).replace('.', ',') : breakLongWords(v);
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
  const header: TableCell[] = t.columns.map((c) => ({ text: breakLongWords(c.header), style: 'th' }));
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
  if (s.heading) out.push({ text: breakLongWords(s.heading), style: 'h2' });
  for (const p of s.text ?? []) out.push({ text: breakLongWords(p), margin: [0, 0, 0, 4] });
  if (s.facts?.length) {
    out.push({
      table: { widths: ['45%', '55%'], body: s.facts.map(([k, v]) => [{ text: breakLongWords(k), bold: true }, cellTextOf(v)]) },
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
            { text: secretariatTitle(doc.secretariat.name), style: 'secretariat' },
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
    { text: breakLongWords(doc.title), style: 'title' },
    {
      text: breakLongWords(`Secretaría: ${doc.secretariat.name} (${doc.secretariat.code})    Periodo: ${doc.period}${doc.status ? `    Estado: ${doc.status}` : ''}`),
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
        { text: breakLongWords(doc.signature.name), bold: true, margin: [0, 3, 0, 0] },
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

const printable = new Map<number, boolean>();
/** Whether every font of the document can show this code point (line breaks and tabs are layout, not glyphs). */
function canPrint(cp: number): boolean {
  if (cp === 0x0a || cp === 0x0d || cp === 0x09) return true;
  let ok = printable.get(cp);
  if (ok === undefined) {
    ok = pdfEngine().fonts.every((f) => f.hasGlyphForCodePoint(cp));
    printable.set(cp, ok);
  }
  return ok;
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

/** Characters of the document its fonts cannot show, each with where it is (at most one per text, 100 in all). */
export function unprintableCharacters(doc: PdfDocument): Unprintable[] {
  const found: Unprintable[] = [];
  const check = (text: PdfCell, field: string, row?: number) => {
    if (typeof text !== 'string' || found.length >= 100) return;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (canPrint(cp)) continue;
      found.push({ field, ...(row !== undefined ? { row } : {}), character: ch, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
      return;
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

/** Renders the document to PDF bytes; refused (UNPRINTABLE_CHARACTER) when its fonts cannot show every character. */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  const unprintable = unprintableCharacters(doc);
  if (unprintable.length > 0) {
    const list = unprintable
      .slice(0, 5)
      .map((u) => `"${u.character}" (${u.codePoint}) in ${u.field}${u.row !== undefined ? `, row ${u.row}` : ''}`)
      .join('; ');
    throw new DomainError(
      ErrorCode.UNPRINTABLE_CHARACTER,
      `The PDF cannot show ${list}${unprintable.length > 5 ? ` and ${unprintable.length - 5} more` : ''}: its font (Roboto) has no glyph for them, and nothing is printed without it. Export CSV or XLSX, which keep every character, or correct the text.`,
      { field: unprintable[0].field, unprintable },
    );
  }
  return pdfEngine().pdfmake.createPdf(definition(doc)).getBuffer();
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
    rows: rows.map((r) => def.columns.map((c) => cellText(c, r).replace(/^'/, ''))),
    empty,
  };
}
