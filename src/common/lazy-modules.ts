import type ExcelJS from 'exceljs';

/**
 * Libraries only some requests need, loaded on their first use instead of at start-up (issue 14: the hub's memory).
 * `require` caches the module, so every later call returns the same one; a cold hub answers its first export or
 * import exactly as a warm one (test/records/lazy-modules.test.ts). The PDF engine (pdfmake, fontkit and the Roboto
 * fonts) is loaded the same way in src/records/pdf.ts.
 */

/** exceljs: ≈27 MB of RSS and ≈0.4 s of start-up, needed only to write or read an XLSX workbook. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const exceljs = (): typeof ExcelJS => require('exceljs');
