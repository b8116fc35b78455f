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
