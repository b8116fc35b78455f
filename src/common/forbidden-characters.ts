/**
 * The characters no text of the hub may hold, and how messages show a client's text: no imports, so that modules
 * loaded without the GraphQL schema (the PDF writer, src/records/printable.ts) can use them.
 */

/**
 * Text of TAB, LF, CR and printable ASCII and Latin-1 only (DANE codes, dates, most Spanish text) holds no forbidden
 * character (no control character, noncharacter or surrogate), and
 * is already NFC (no combining mark lies below U+0300): the checks and the normalisation are skipped for it. One
 * scan instead of three; an inbound batch of 2,000 items has ~15,000 such strings, seen twice (issue 14;
 * test/scale/optimisations.test.ts compares both paths).
 */
export const PLAIN_TEXT = /^[\t\n\r\u0020-\u007e\u00a0-\u00ff]*$/;

/**
 * Characters no text of the hub may hold (issue: outside testers, XLSX corruption): C0 and C1 control characters other
 * than TAB, LF and CR (U+0000–U+001F, U+007F–U+009F; invisible, and U+0001–U+0008, U+000B, U+000C, U+000E–U+001F are
 * not XML 1.0 characters, so an XLSX could not hold them), Unicode noncharacters (U+FDD0–U+FDEF and U+nFFFE/U+nFFFF of
 * every plane; U+FFFE/U+FFFF make an XLSX not well-formed), and UTF-16 surrogates without their pair.
 */
const FORBIDDEN_CHARACTER =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `U+0001`, or `U+D800 (lone surrogate)`. */
const codePointName = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp >= 0xd800 && cp <= 0xdfff ? `${hex} (lone surrogate)` : hex;
};

/**
 * The characters of `text` no field may hold (see FORBIDDEN_CHARACTER), each once, in order of appearance, as `U+…`
 * names; empty when the text is acceptable.
 */
export function forbiddenCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(FORBIDDEN_CHARACTER)) found.add(codePointName(m[0]));
  return [...found];
}

/**
 * A client's text as a message shows it: each forbidden character (see FORBIDDEN_CHARACTER) written `<U+0001>`, so no
 * error message, item result or import line carries one raw (invisible, or breaking the XML, terminal or log it
 * reaches). Text without one is returned as it is.
 */
export function showClientText(text: string): string {
  if (PLAIN_TEXT.test(text)) return text;
  return text.replace(FORBIDDEN_CHARACTER, (ch) => `<${codePointName(ch)}>`);
}

/** The one message for a text holding forbidden characters (every one named), on every transport and in every batch. */
export function forbiddenCharactersMessage(name: string, chars: string[]): string {
  const nul = chars.includes('U+0000') ? ' (the NUL character U+0000 cannot be stored at all)' : '';
  return `${name} must not contain control characters, Unicode noncharacters or lone surrogates; found ${chars.join(', ')}${nul}. Tab, line feed and carriage return are allowed`;
}
