import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { canonicalRow, formulaSafe, percentText, RecordFormat, spanishDate, spanishDateTime, unFormulaSafe, writeRecord, type RecordDefinition } from '../../src/records/record';
import { RECORDS } from '../../src/records/registry';
import { evaluationRecordDefinition } from '../../src/modules/assistance-evaluation/evaluation-record';
import { DEFAULT_CRITERIA } from '../../src/modules/assistance-evaluation/assistance-evaluation.service';
import { readRecord } from '../../src/records/read-record';
import { renderPdf, type PdfDocument } from '../../src/records/pdf';
import { canPrint, SURELY_PRINTABLE } from '../../src/records/printable';
import { DomainError } from '../../src/common/errors';
import { pdfText } from '../support/files';

/** The records writer on its own (no database): a small record with every column type. */

interface Row {
  code: string;
  text: string;
  status: 'OPEN' | 'CLOSED' | 'UNKNOWN_CODE';
  amount: number | null;
  count: number;
  rate: number;
  on: string | null;
  at: Date | null;
  ok: boolean | null;
}

const DEF: RecordDefinition<Row> = {
  key: 'prueba',
  title: 'Registro de prueba',
  sheet: 'Prueba: [1/2]*?',
  columns: [
    { header: 'Código', type: 'text', value: (r) => r.code },
    { header: 'Texto', type: 'text', value: (r) => r.text },
    { header: 'Estado', type: 'text', value: (r) => r.status, values: { OPEN: 'Abierto', CLOSED: 'Cerrado' } },
    { header: 'Valor', type: 'decimal', value: (r) => r.amount },
    { header: 'Cantidad', type: 'integer', value: (r) => r.count },
    { header: 'Tasa de deserción', type: 'percent', value: (r) => r.rate },
    { header: 'Fecha', type: 'date', value: (r) => r.on },
    { header: 'Recibido', type: 'datetime', value: (r) => r.at },
    { header: 'Obligatorio', type: 'boolean', value: (r) => r.ok },
  ],
};

const FORMULAS = ['=1+1', '+57 300 000 0000', '-10% de recursos', '@SUM(A1:A2)', '\tTabulado', '\rRetorno', '=HYPERLINK("http://x";"y")'];

const ROWS: Row[] = [
  { code: '005001', text: 'Resignificación; "comillas"\ny salto', status: 'OPEN', amount: 1500.25, count: 1500, rate: 5.8, on: '2026-04-03', at: new Date('2026-04-03T15:00:00Z'), ok: true },
  { code: '105001000011', text: 'Ñandú — año', status: 'CLOSED', amount: -3.5, count: 0, rate: 0.4, on: null, at: null, ok: false },
  { code: 'X', text: '', status: 'UNKNOWN_CODE', amount: null, count: 7, rate: 100, on: '2026-12-31', at: new Date('2027-01-01T04:59:59Z'), ok: null },
  ...FORMULAS.map((text, i): Row => ({ code: `F${i}`, text, status: 'OPEN', amount: 1, count: i, rate: 50, on: '2026-01-01', at: null, ok: true })),
];

const dir = mkdtempSync(path.join(tmpdir(), 'pmi-record-'));
async function written(format: RecordFormat, heading?: string[]) {
  const file = await writeRecord(DEF, ROWS, format, 'prueba', heading);
  const target = path.join(dir, `${format}-${heading ? 'h' : 'n'}-${file.filename}`);
  writeFileSync(target, file.content);
  return { file, target };
}

describe('formulaSafe', () => {
  it('prefixes text a spreadsheet would run (=, +, -, @, tab, CR) and nothing else; unFormulaSafe undoes it', () => {
    for (const t of FORMULAS) {
      expect(formulaSafe(t)).toBe(`'${t}`);
      expect(unFormulaSafe(formulaSafe(t))).toBe(t);
    }
    for (const t of ['Acta 12', "'ya citado", 'a=b', '']) expect(formulaSafe(t)).toBe(t);
    expect(unFormulaSafe("'texto")).toBe("'texto");
  });
});

describe('CSV', () => {
  it('is UTF-8 with BOM, ; separated, Spanish labels and decimals, ISO dates, Bogota date-times, Sí/No, formula-safe', async () => {
    const { file } = await written(RecordFormat.CSV);
    expect(file.filename).toBe('prueba.csv');
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.content.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Código;Texto;Estado;Valor;Cantidad;Tasa de deserción;Fecha;Recibido;Obligatorio');
    expect(text).toContain('005001;"Resignificación; ""comillas""\ny salto";Abierto;"1500,25";1500;"5,8 %";2026-04-03;2026-04-03T10:00:00-05:00;Sí\r\n');
    expect(text).toContain('105001000011;Ñandú — año;Cerrado;"-3,5";0;"0,4 %";;;No\r\n');
    expect(text).toContain('X;;UNKNOWN_CODE;;7;100 %;2026-12-31;2026-12-31T23:59:59-05:00;\r\n');
    // No field starts with a formula character: each formula-like text is prefixed (and quoted if it holds a tab/CR).
    const csvField = (f: string) => (/[";\r\n\t]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    for (const t of FORMULAS) expect(text).toContain(`;${csvField(`'${t}`)};`);
    const fields = text.split(/[;\r\n]/).map((f) => f.replace(/^"/, ''));
    expect(fields.filter((f) => /^[=+\-@\t]/.test(f) && !/^-\d/.test(f))).toEqual([]);
  });
});

describe('XLSX', () => {
  it('has heading lines, a frozen bold header with a filter, real date and number cells, widths from the content, string cells only', async () => {
    const { file, target } = await written(RecordFormat.XLSX, ['Registro de prueba', 'Secretaría de Educación: Medellín (05001)', '=peligro']);
    expect(file.rows).toBe(ROWS.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Prueba- -1-2---');
    expect(ws.getCell('A1').value).toBe('Registro de prueba');
    expect(ws.getCell('A3').value).toBe('=peligro'); // a string cell: shown as written, never run
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(5).values).toEqual([undefined, ...DEF.columns.map((c) => c.header)]);
    expect(ws.getRow(5).font).toMatchObject({ bold: true });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBeTruthy();
    const r = ws.getRow(6);
    expect(r.getCell(1).value).toBe('005001'); // a code stays text (leading zeros)
    expect(r.getCell(3).value).toBe('Abierto');
    expect(r.getCell(4).value).toBe(1500.25);
    expect(r.getCell(4).numFmt).toBe('#,##0.00'); // never "4." for a whole number
    expect(r.getCell(5).numFmt).toBe('#,##0');
    expect(r.getCell(6).value).toBeCloseTo(0.058, 10);
    expect(r.getCell(6).numFmt).toBe('0.0 %'); // "5,8 %", as the CSV and the PDF show it
    expect(r.getCell(7).value).toEqual(new Date('2026-04-03T00:00:00Z'));
    expect(r.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(r.getCell(8).value).toEqual(new Date('2026-04-03T10:00:00Z')); // Bogota wall clock, the cell has no zone
    expect(r.getCell(9).value).toBe('Sí');
    // Formula-like text is a string cell holding the text as it is (no apostrophe shown), never a formula.
    FORMULAS.forEach((t, i) => {
      const cell = ws.getRow(9 + i).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(t.replace('\r', '\n'));
    });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('Resignificación; "comillas"'.length);
    expect(ws.getColumn(2).width).toBeLessThanOrEqual(62);
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(10);
  });

  it('refuses PDF for a record without a printed form', async () => {
    await expect(writeRecord(DEF, ROWS, RecordFormat.PDF, 'x')).rejects.toThrow('has no PDF form');
  });
});

describe('round trip: a record read back with the import reader gives the same data', () => {
  it.each([
    ['CSV', RecordFormat.CSV, undefined],
    ['XLSX', RecordFormat.XLSX, undefined],
    ['XLSX with heading', RecordFormat.XLSX, ['Registro de prueba', 'Periodo 2026']],
  ])('%s', async (_name, format, heading) => {
    const { target } = await written(format, heading);
    expect(await readRecord(DEF, target)).toEqual(ROWS.map((r) => canonicalRow(DEF, r, format)));
  });
});

describe('PDF: nothing is lost silently', () => {
  const doc = (cell: string, extra: Partial<PdfDocument> = {}): PdfDocument => ({
    title: 'Reporte de prueba',
    code: 'D02.03',
    secretariat: { code: '05001', name: 'de Prueba' },
    period: '2026',
    generatedAt: new Date('2026-11-30T12:00:00Z'),
    sections: [
      {
        heading: 'Establecimientos',
        table: { columns: [{ header: 'Código' }, { header: 'Observaciones' }], rows: [['105001000011', 'sin novedad'], ['105001000029', cell]] },
      },
    ],
    ...extra,
  });

  it('prints every character its font has: Spanish, Greek, Cyrillic, typographic punctuation, read back with pdftotext', async () => {
    const text = 'Ñandú “pingüino” — €5 · Ωμέγα · Жизнь · № 7 • ‘ok’';
    const out = pdfText(await renderPdf(doc(text)));
    expect(out.replace(/\s+/g, ' ')).toContain(text);
  });

  it.each([
    ['CJK', '学校 Medellín', '学', 'U+5B66'],
    ['emoji', 'Muy bien 👍', '👍', 'U+1F44D'],
    ['a check mark', 'Cumplido ✓', '✓', 'U+2713'],
  ])('refuses %s with UNPRINTABLE_CHARACTER naming the field, the row and the character', async (_name, cell, character, codePoint) => {
    const err = await renderPdf(doc(cell)).then(
      () => null,
      (e: DomainError) => e,
    );
    expect(err).toBeInstanceOf(DomainError);
    expect(err!.extensions.code).toBe('UNPRINTABLE_CHARACTER');
    expect(err!.extensions.field).toBe('Establecimientos › Observaciones');
    expect((err!.extensions.unprintable as unknown[])[0]).toEqual({ field: 'Establecimientos › Observaciones', row: 2, character, codePoint });
    expect(err!.message).toContain(`"${character}" (${codePoint}) in Establecimientos › Observaciones, row 2`);
  });

  it('lists every text at fault, wherever it is (title, paragraph, signature)', async () => {
    const err = (await renderPdf(
      doc('ok', {
        title: 'Informe 😀',
        sections: [{ heading: 'Notas', text: ['Texto 中文'] }],
        signature: { name: 'Ana 🖊', role: 'Líder', date: '2026-11-30' },
      }),
    ).catch((e: DomainError) => e)) as DomainError;
    expect(err.extensions.code).toBe('UNPRINTABLE_CHARACTER');
    expect((err.extensions.unprintable as { field: string }[]).map((u) => u.field)).toEqual(['título', 'Notas › texto', 'Notas › texto', 'firma › nombre']); // 中 and 文
  });
});

describe('every record', () => {
  it('has distinct column headers (also "Evaluación de asesoría" with the default criteria) and its dates in Spanish, Colombia time', () => {
    const defs = [...Object.values(RECORDS).map((r) => r.definition), evaluationRecordDefinition(DEFAULT_CRITERIA)];
    for (const def of defs) {
      if (!('columns' in def)) continue;
      const headers = (def as RecordDefinition<unknown>).columns.map((c) => c.header);
      expect({ record: def.title, duplicates: headers.filter((h, i) => headers.indexOf(h) !== i) }).toEqual({ record: def.title, duplicates: [] });
    }
    // 03:30 UTC on 1 December is still 30 November in Bogotá.
    expect(spanishDate(new Date('2026-12-01T03:30:00Z'))).toBe('30 de noviembre de 2026');
    expect(spanishDateTime(new Date('2026-11-30T22:56:17.058Z'))).toBe('30 de noviembre de 2026, 17:56 (hora de Colombia)');
  });
});

describe('percentText', () => {
  it('is the one percent form of the records: a space before the sign, a decimal comma, optional rounding', () => {
    expect(percentText(100)).toBe('100 %');
    expect(percentText(0)).toBe('0 %');
    expect(percentText(5.8)).toBe('5,8 %');
    expect(percentText((5 / 6) * 100, 1)).toBe('83,3 %');
    expect(percentText(0.04, 1)).toBe('0,0 %');
    expect(percentText(100, 1)).toBe('100,0 %');
    expect(percentText(-0.01, 1)).toBe('0,0 %');
  });
});

describe('text the formats must keep (outside testers)', () => {
  const ROW = (text: string): Row => ({ code: 'A-1', text, status: 'OPEN', amount: null, count: 1, rate: 0, on: null, at: null, ok: null });

  it('CSV quotes a field holding a comma (or ;, ", tab, a line break), so Excel with either list separator keeps it one field', async () => {
    const file = await writeRecord(DEF, [ROW('ver acta,=2+5,@SUM(1+1),-3+3'), ROW('a\tb')], RecordFormat.CSV, 'x');
    const text = file.content.toString('utf8');
    expect(text).toContain(';"ver acta,=2+5,@SUM(1+1),-3+3";');
    expect(text).toContain(';"a\tb";');
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-csv-'));
    writeFileSync(path.join(dir, 'x.csv'), file.content);
    expect((await readRecord(DEF, path.join(dir, 'x.csv'))).map((r) => r[DEF.columns[1].header])).toEqual(['ver acta,=2+5,@SUM(1+1),-3+3', 'a\tb']);
  });

  it('XLSX never drops nor writes raw a character XML cannot hold: _xHHHH_ (read back as the character), literal _xHHHH_ escaped', async () => {
    const stored = '=1+1 A\u0001B\u000bC\u001fD\u2028E\u202eF\ufffeG\uffffH\u007fI _x0041_ \ud800';
    const file = await writeRecord(DEF, [ROW(stored)], RecordFormat.XLSX, 'x');
    const xml = await sharedStrings(file.content);
    // Well-formed XML: no character outside XML 1.0's Char production.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/);
    expect(xml).toContain('A_x0001_B_x000B_C_x001F_D\u2028E\u202eF_xFFFE_G_xFFFF_H_x007F_I _x005F_x0041_ _xD800_');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.content as never);
    const cells: unknown[] = [];
    book.worksheets[0].eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(stored);
  });

  it('the fast path of the font check (SURELY_PRINTABLE) holds only characters every Roboto file has', () => {
    let n = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (!SURELY_PRINTABLE.test(ch)) continue;
      n++;
      expect({ cp, printable: canPrint(cp) }).toEqual({ cp, printable: true });
    }
    expect(n).toBeGreaterThan(300);
  });

  it('a PDF refusal names every unprintable character of a text, and suggests CSV/XLSX only for a record that has them', async () => {
    const base = { title: 'T', code: 'D02.03', secretariat: { code: '05001', name: 'de Prueba' }, period: '2026', generatedAt: new Date() };
    const only = (await renderPdf({ ...base, sections: [{ heading: 'Análisis', text: ['Conclusión ✓ 📈 =SUM(A1) 学校 ✓'] }] }).catch((e: DomainError) => e)) as DomainError;
    expect(only.extensions.code).toBe('UNPRINTABLE_CHARACTER');
    expect((only.extensions.unprintable as { codePoint: string }[]).map((u) => u.codePoint)).toEqual(['U+2713', 'U+1F4C8', 'U+5B66', 'U+6821']);
    expect(only.message).toContain('"✓" (U+2713) in Análisis › texto; "📈" (U+1F4C8) in Análisis › texto; "学" (U+5B66)');
    expect(only.message).not.toMatch(/CSV|XLSX/);
    const withTables = (await renderPdf({ ...base, sections: [{ text: ['✓'] }] }, [RecordFormat.CSV, RecordFormat.XLSX]).catch((e: DomainError) => e)) as DomainError;
    expect(withTables.message).toContain('Export CSV or XLSX');
  });

  it('a PDF prints a percent in one form, one decimal as the XLSX shows it: "0,0 %", "100,0 %", "83,3 %" (never "0%")', async () => {
    const base = { title: 'T', code: 'D02.03', secretariat: { code: '05001', name: 'de Prueba' }, period: '2026', generatedAt: new Date() };
    const pdf = await renderPdf({
      ...base,
      sections: [
        {
          facts: [['Cobertura', percentText(0, 1)]],
          table: {
            columns: [{ header: 'Modalidad', weight: 3 }, { header: 'Cobertura', align: 'right' }],
            rows: [['Integral', percentText(100, 1)], ['Puntual', percentText(0, 1)], ['Otra', percentText((5 / 6) * 100, 1)]],
          },
        },
      ],
    });
    const text = pdfText(pdf).replace(/\u00a0/g, ' ');
    expect(text).not.toMatch(/\d%/);
    expect(text.match(/[\d,]+ %/g)).toEqual(['0,0 %', '100,0 %', '0,0 %', '83,3 %']);
  });
});

async function sharedStrings(xlsx: Buffer): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmi-xlsx-'));
  const file = path.join(dir, 'x.xlsx');
  writeFileSync(file, xlsx);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  return execFileSync('unzip', ['-p', file, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
}
