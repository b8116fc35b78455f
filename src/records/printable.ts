import path from 'node:path';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { forbiddenCharacters } from '../common/forbidden-characters';

/**
 * What the printed forms (PDF) can show: the glyphs of their font, Roboto (the four files shipped inside `pdfmake`;
 * nothing is fetched). Checked when a PDF is rendered (src/records/pdf.ts) and, for text that is printed only in a
 * PDF (a record with no CSV or XLSX form, e.g. the consolidated report's analysis), when the text is written
 * (`@Printable()`), so a record that must be printed can never hold what its printed form cannot show.
 *
 * Loads fontkit alone (not pdfmake) on first use: a text check costs no PDF engine.
 */
export const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const FONT_FILES = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };

/** A font file as fontkit reads it (fontkit ships no typings). */
interface FontFile {
  hasGlyphForCodePoint(cp: number): boolean;
}

let fonts: FontFile[] | null = null;
function printFonts(): FontFile[] {
  if (fonts) return fonts;
  // fontkit is what pdfmake (through pdfkit) lays text out with.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fontkit = require('fontkit') as { openSync(file: string): FontFile };
  /** Every font file the document uses (bold headers and italics included). */
  return (fonts = Object.values(FONT_FILES).map((f) => fontkit.openSync(path.join(FONT_DIR, f))));
}

const printable = new Map<number, boolean>();

/**
 * Unicode's line and paragraph separators and spaces other than U+0020 and U+00A0: layout, not glyphs. The PDF prints
 * them as a line break or a plain space (`printedSpaces`), so a text holding one is printable (an outside check found a
 * published report that could never be downloaded because its analysis held a U+2028).
 */
export const LAYOUT_SPACE = /[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const LAYOUT_SPACES = new RegExp(LAYOUT_SPACE.source, 'g');

/** `text` with Unicode's separators as line breaks and its other spaces as U+0020, as the PDF prints it. */
export const printedSpaces = (text: string): string =>
  text.replace(LAYOUT_SPACES, (ch) => (ch === '\u2028' || ch === '\u2029' ? '\n' : ' '));
/** Whether every font of the printed forms can show this code point (line breaks and tabs are layout, not glyphs). */
export function canPrint(cp: number): boolean {
  if (cp === 0x0a || cp === 0x0d || cp === 0x09 || LAYOUT_SPACE.test(String.fromCodePoint(cp))) return true;
  let ok = printable.get(cp);
  if (ok === undefined) {
    ok = printFonts().every((f) => f.hasGlyphForCodePoint(cp));
    printable.set(cp, ok);
  }
  return ok;
}

/**
 * Latin-1, Latin Extended-A and the usual typographic punctuation (dashes, quotes, bullet, ellipsis, ‰, primes, guillemets, €),
 * every one of which the four Roboto files have.
 */
export const SURELY_PRINTABLE = /^[\t\n\r\u0020-\u007e\u00a0-\u017f\u2010\u2011\u2013-\u2015\u2017-\u201e\u2020-\u2022\u2025-\u2027\u2030\u2032\u2033\u2039\u203a\u20ac]*$/;

/** `U+2713`. */
export const codePointOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every distinct character of `text` the printed forms cannot show, in order of appearance. Time linear in the text. */
export function unprintableIn(text: string): string[] {
  const found = new Set<string>();
  // Text of characters Roboto is known to show (test/records/record.test.ts checks each one against the fonts) needs no
  // scan and no font: the check of most Spanish text loads nothing (issue 14: the PDF engine is loaded on first use).
  if (SURELY_PRINTABLE.test(text)) return [];
  for (const ch of text) if (!canPrint(ch.codePointAt(0)!)) found.add(ch);
  return [...found];
}

/**
 * The characters of `text` the printed forms cannot show, other than those no text may hold at all (control
 * characters, noncharacters, lone surrogates): the input boundary names those already, in the same error (each problem
 * once).
 */
export const unprintableAllowedIn = (text: string): string[] => unprintableIn(text).filter((ch) => forbiddenCharacters(ch).length === 0);

/** `"✓" (U+2713), "📈" (U+1F4C8)`. */
export const describeCharacters = (chars: string[]) => chars.map((c) => `"${c}" (${codePointOf(c)})`).join(', ');

/**
 * class-validator rule for text printed only in a PDF: every character must be one the PDF font can show. The
 * violation (BAD_USER_INPUT, with the field's path, together with every other violation of the input) names each
 * character that cannot be printed.
 */
export function Printable(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'printable',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || unprintableAllowedIn(value).length === 0,
        defaultMessage: (args) =>
          `${args?.property} is printed in a PDF whose font (Roboto) cannot show ${describeCharacters(unprintableAllowedIn(String(args?.value ?? '')))}: remove or replace them (e.g. "✓" by "sí", an emoji by a word)`,
      },
    },
    options,
  );
}
