/**
 * The one normalisation of free text that a write stores and that a filter compares with: surrounding white space
 * removed, Unicode's too (String.prototype.trim: U+00A0, U+2028, U+2029, U+3000, U+FEFF…). Every argument is already
 * NFC (src/common/input-guard.ts), so a value copied from a create input finds what the create stored.
 */
export const cleanText = (text: string): string => text.trim();

/** A text filter's value in the form writes store (`cleanText`); null or undefined when absent. */
export const filterText = (text: string | null | undefined): string | null | undefined => (text == null ? text : cleanText(text));

/** Lower-case, accent-free form used for name search ("Bogotá" finds "bogota" and the other way round). */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const ACCENTED = 'ÁÀÄÂÃÉÈËÊÍÌÏÎÓÒÖÔÕÚÙÜÛÑÇáàäâãéèëêíìïîóòöôõúùüûñç';
const PLAIN = 'AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc';

/**
 * The SQL form of `searchable` for an expression of Spanish text (NFC): compare it with `searchable(input)`, so a
 * filter ignores case, accents and surrounding spaces ("antioquia " finds "Antioquia").
 */
export const sqlSearchable = (expr: string) => `lower(btrim(translate(${expr}, '${ACCENTED}', '${PLAIN}')))`;
