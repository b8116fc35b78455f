import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** Text of a PDF as `pdftotext` reads it (reading order; a wrapped cell spans lines) (poppler-utils; .ci/run installs it). */
export function pdfText(content: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmi-pdf-'));
  try {
    const file = path.join(dir, 'f.pdf');
    writeFileSync(file, content);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows of a record CSV (UTF-8 with BOM, `;`, quoted fields), header first. */
export function csvRows(content: Buffer): string[][] {
  let text = content.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(field), (field = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

/** Cell values of the first worksheet of an XLSX, row by row. */
export async function xlsxRows(content: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as never);
  const out: unknown[][] = [];
  wb.worksheets[0].eachRow({ includeEmpty: false }, (r) => out.push((r.values as unknown[]).slice(1)));
  return out;
}
