import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { startTestHub, type TestHub } from '../support/hub';
import { runImport } from '../../src/cli/import';
import { createSecretariat } from '../../src/modules/secretariats/secretariat.service';
import { createSchool } from '../../src/modules/schools/school.service';
import { DEMO_SCHOOLS } from '../../src/demo/seed';
import { readSpreadsheet } from '../../src/inbound/spreadsheet';
import { RecordFormat, writeRecord, type ColumnType, type RecordDefinition } from '../../src/records/record';

/**
 * Issue 10: spreadsheets as people make them. Every fixture is written by the test (CSV bytes or an XLSX built with
 * exceljs, with the cell types and number formats Excel would save); each test asserts the stored value or the refusal.
 */

let hub: TestHub;
const dir = mkdtempSync(path.join(tmpdir(), 'pmi-sheets-'));

beforeAll(async () => {
  hub = await startTestHub();
  const ctx = hub.system();
  await createSecretariat(ctx, { code: '05001', name: 'Secretaría de Educación de Medellín' });
  for (const [daneCode, name, sector, zone, regime] of DEMO_SCHOOLS) {
    await createSchool(ctx, { daneCode, name, sector, zone, regime, secretariat: '05001', municipality: 'Medellín' });
  }
});
afterAll(() => hub.stop());

async function importFile(source: string, file: string, extra: string[] = []) {
  let out = '';
  let err = '';
  const errStream = new Writable({
    write(chunk, _enc, cb) {
      err += String(chunk);
      cb();
    },
  });
  const code = await runImport({
    argv: ['--source', source, '--secretariat', '05001', ...extra, file],
    env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    out: (s) => (out += s),
    err: errStream,
  });
  return { code, out, err };
}

let n = 0;
function csv(content: string | Buffer): string {
  const file = path.join(dir, `f${++n}.csv`);
  writeFileSync(file, content);
  return file;
}

type CellSpec = ExcelJS.CellValue | { v: ExcelJS.CellValue; fmt: string };
async function xlsx(rows: CellSpec[][], sheet = 'datos', before?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  before?.(wb);
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) =>
    r.forEach((c, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      if (c && typeof c === 'object' && 'fmt' in c) {
        cell.value = c.v;
        cell.numFmt = c.fmt;
      } else cell.value = c as ExcelJS.CellValue;
    }),
  );
  const file = path.join(dir, `f${++n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) => (await hub.runtime.db.query(sql, params)) as T[];

const CHAR_HEADER = ['dane_code', 'year', 'enrolment', 'saber11_category', 'dropout_rate', 'repetition_rate', 'infrastructure_condition', 'infrastructure_needs', 'saber_grade', 'saber_subject', 'insufficient', 'minimum', 'satisfactory', 'advanced', 'source_timestamp'];
const SELF_HEADER = ['dane_code', 'year', 'catalogue_version', 'component_code', 'score', 'evidence', 'source_timestamp'];

describe('percent cells are read as the percent the person sees, in the unit of the source field', () => {
  it('D01.04 XLSX: dropout_rate 0.058 formatted 0.0% is stored as 5.8 (percent), Saber levels too', async () => {
    const pct = (v: number) => ({ v, fmt: '0.0%' });
    const file = await xlsx([
      CHAR_HEADER,
      ['105001000011', '2030', 1240, 'C', pct(0.058), pct(0.042), 'POOR', '', 5, 'MATHEMATICS', pct(0.41), pct(0.33), pct(0.19), pct(0.07), '2026-02-10T09:00:00Z'],
    ]);
    const res = await importFile('D01.04', file);
    expect(res.out).toMatch(/^sheet "datos" row 2: CREATED/m);
    expect(res.code).toBe(0);
    const [c] = await q(`SELECT dropout_rate, repetition_rate FROM characterization WHERE school_dane = '105001000011' AND year = '2030'`);
    expect(c).toEqual({ dropout_rate: 5.8, repetition_rate: 4.2 });
    const [s] = await q(`SELECT insufficient, minimum, satisfactory, advanced FROM saber_result WHERE school_dane = '105001000011' AND year = '2030'`);
    expect(s).toEqual({ insufficient: 41, minimum: 33, satisfactory: 19, advanced: 7 });
  });

  it('D01.04 XLSX: a percent cell over 100% is refused by the service, naming the column and cell', async () => {
    const file = await xlsx([CHAR_HEADER, ['105001000011', '2029', 1240, 'C', { v: 1.5, fmt: '0%' }, 4, 'POOR', '', 5, 'MATHEMATICS', 41, 33, 19, 7, '2026-02-10T09:00:00Z']]);
    const res = await importFile('D01.04', file);
    expect(res.out).toMatch(/^sheet "datos" row 2: REJECTED BAD_USER_INPUT dropout_rate \(E2\): .*between 0 and 100/m);
  });

  it('D01.04 CSV: "5,8 %" and "5.8%" are 5.8 percent; Spanish Excel "1.500" enrolment is fifteen hundred', async () => {
    const file = csv(
      [
        CHAR_HEADER.join(';'),
        `105001000029;2030;1.500;B;5,8 %;2,5;FAIR;;3;LANGUAGE;8;27;45;20;2026-02-10T09:00:00Z`,
        '',
      ].join('\r\n'),
    );
    const res = await importFile('D01.04', file);
    expect(res.code).toBe(0);
    expect(res.out).toContain('decimal mark ","');
    const [c] = await q(`SELECT enrolment, dropout_rate, repetition_rate FROM characterization WHERE school_dane = '105001000029' AND year = '2030'`);
    expect(c).toEqual({ enrolment: 1500, dropout_rate: 5.8, repetition_rate: 2.5 });
  });

  it('D02.01 XLSX: a percent indicator cell 45% with unit % is 45; a percent cell without unit % is refused naming the cell', async () => {
    const header = ['period', 'line_code', 'line_name', 'action_code', 'action_name', 'start_date', 'end_date', 'indicator_name', 'baseline', 'target', 'unit', 'task_description', 'task_responsible', 'task_due_date', 'source_timestamp'];
    const base = ['2030', 'L1', 'Gestión escolar', 'PAM-P1', 'Acción', '2030-02-01', '2030-11-30'];
    const file = await xlsx([
      header,
      [...base, 'EE con PMI', { v: 0.45, fmt: '0%' }, { v: 0.85, fmt: '0%' }, '%', '', '', '', '2026-01-20T08:00:00Z'],
      ['2030', 'L1', 'Gestión escolar', 'PAM-P2', 'Otra', '2030-02-01', '2030-11-30', 'Docentes', { v: 0.5, fmt: '0%' }, 20, 'docentes', '', '', '', '2026-01-20T08:00:00Z'],
    ]);
    const res = await importFile('D02.01', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^sheet "datos" row 2: CREATED/m);
    expect(res.out).toMatch(/^sheet "datos" row 3: REJECTED BAD_USER_INPUT I3: is a percent but the unit is "docentes"/m);
    const rows = await q(`SELECT i.baseline, i.target, i.unit FROM support_plan_indicator i JOIN support_plan_action a ON a.id = i.action_id WHERE a.code = 'PAM-P1'`);
    expect(rows).toEqual([{ baseline: 45, target: 85, unit: '%' }]);
    expect(await q(`SELECT 1 FROM support_plan_action WHERE code = 'PAM-P2'`)).toEqual([]);
  });

  it('D01.03: a percent cell where a plain number is expected (score) is refused, XLSX and CSV', async () => {
    const file = await xlsx([SELF_HEADER, ['105001000011', '2031', 'GUIA34-2008', 'DIR-01-01', { v: 0.03, fmt: '0%' }, 'Acta', '2026-03-01T00:00:00Z']]);
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/row 2: REJECTED BAD_USER_INPUT E2: is a percent \(shown as 3%\) where a plain number is expected/);
    const res2 = await importFile('D01.03', csv(`${SELF_HEADER.join(',')}\n105001000011,2031,GUIA34-2008,DIR-01-01,3%,Acta,2026-03-01T00:00:00Z\n`));
    expect(res2.out).toMatch(/^line 2: REJECTED BAD_USER_INPUT line 2, column score: is a percent/m);
    expect(await q(`SELECT 1 FROM self_evaluation_score WHERE year = '2031'`)).toEqual([]);
  });
});

describe('error cells and formulas', () => {
  it('XLSX: an evidence formula whose result is #N/A or #REF! refuses the row naming the cell; a computed formula stores its result', async () => {
    const file = await xlsx([
      SELF_HEADER,
      ['105001000011', '2032', 'GUIA34-2008', 'DIR-01-01', 2, { formula: 'VLOOKUP(A2,Hoja2!A:B,2,FALSE)', result: { error: '#N/A' } } as ExcelJS.CellValue, '2026-03-01T00:00:00Z'],
      ['105001000011', '2032', 'GUIA34-2008', 'DIR-01-02', 2, { error: '#REF!' } as ExcelJS.CellValue, '2026-03-01T00:00:00Z'],
      ['105001000011', '2032', 'GUIA34-2008', 'DIR-01-03', { formula: '1+2', result: 3 } as ExcelJS.CellValue, { formula: '"Acta "&"12"', result: 'Acta 12' } as ExcelJS.CellValue, '2026-03-01T00:00:00Z'],
      ['105001000011', '2032', 'GUIA34-2008', 'DIR-01-04', { formula: '1+1' } as ExcelJS.CellValue, 'Acta', '2026-03-01T00:00:00Z'],
    ]);
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/row 2: REJECTED BAD_USER_INPUT F2: holds the error #N\/A/);
    expect(res.out).toMatch(/row 3: REJECTED BAD_USER_INPUT F3: holds the error #REF!/);
    expect(res.out).toMatch(/row 4: CREATED/);
    expect(res.out).toMatch(/row 5: REJECTED BAD_USER_INPUT E5: holds the formula =1\+1 without a computed value/);
    expect(res.out).not.toContain('[object Object]');
    const stored = await q(`SELECT component_code, score, evidence FROM self_evaluation_score WHERE year = '2032' ORDER BY component_code`);
    expect(stored).toEqual([{ component_code: 'DIR-01-03', score: 3, evidence: 'Acta 12' }]);
  });

  it('CSV: #N/A written by Excel for a failed formula refuses the row', async () => {
    const res = await importFile('D01.03', csv(`${SELF_HEADER.join(';')}\n105001000011;2033;GUIA34-2008;DIR-01-01;2;#N/A;2026-03-01T00:00:00Z\n`));
    expect(res.out).toMatch(/^line 2: REJECTED BAD_USER_INPUT line 2, column evidence: holds the error #N\/A/m);
    expect(await q(`SELECT 1 FROM self_evaluation_score WHERE year = '2033'`)).toEqual([]);
  });
});

describe('duplicate headers', () => {
  it('refuses a CSV with two score columns, naming the column (exit 2, nothing stored)', async () => {
    const file = csv(`dane_code,year,catalogue_version,component_code,score,evidence,score\n105001000011,2034,GUIA34-2008,DIR-01-01,2,Acta,\n`);
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(2);
    expect(res.err).toContain('Duplicate column "score" (column 5 and column 7)');
    expect(await q(`SELECT 1 FROM self_evaluation_score WHERE year = '2034'`)).toEqual([]);
  });

  it('refuses an XLSX with two score columns naming the header cells', async () => {
    const res = await importFile('D01.03', await xlsx([[...SELF_HEADER, 'Score'], ['105001000011', '2034', 'GUIA34-2008', 'DIR-01-01', 2, 'Acta', '2034-01-01', 3]]));
    expect(res.code).toBe(2);
    expect(res.err).toContain('Duplicate column "score" (E1 and H1)');
  });
});

describe('dates and times: ISO 8601 or day first, America/Bogota when no zone is written', () => {
  it('03/04/2026 10:00 is 3 April 10:00 -05:00; a later ISO row that is really older is refused as STALE', async () => {
    const first = csv(`${SELF_HEADER.join(';')}\n105001000011;2035;GUIA34-2008;DIR-01-01;2;Acta;03/04/2026 10:00\n`);
    const res = await importFile('D01.03', first);
    expect(res.code).toBe(0);
    expect(res.out).toContain('dates read: dd/mm/yyyy');
    expect(res.out).toContain('time zone America/Bogota');
    const [row] = await q<{ ts: string }>(`SELECT to_char(source_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS ts FROM self_evaluation_score WHERE year = '2035'`);
    expect(row.ts).toBe('2026-04-03T15:00');
    // 20 March is before 3 April: the row is older than what is stored (it would be newer if 03/04 were read as 4 March).
    const older = csv(`${SELF_HEADER.join(';')}\n105001000011;2035;GUIA34-2008;DIR-01-01;3;Acta nueva;2026-03-20T10:00:00-05:00\n`);
    const res2 = await importFile('D01.03', older);
    expect(res2.code).toBe(1);
    expect(res2.out).toMatch(/^line 2: REJECTED STALE source_timestamp: /m);
    expect((await q(`SELECT score FROM self_evaluation_score WHERE year = '2035'`))[0]).toEqual({ score: 2 });
  });

  it('an ISO time without zone is Bogota time; Z and offsets are kept', async () => {
    const file = csv(
      [
        SELF_HEADER.join(','),
        '105001000011,2036,GUIA34-2008,DIR-01-01,2,Acta,2026-04-03T10:00',
        '105001000011,2036,GUIA34-2008,DIR-01-02,2,Acta,2026-04-03T10:00:00Z',
        '105001000011,2036,GUIA34-2008,DIR-01-03,2,Acta,2026-04-03 10:00:00+02:00',
      ].join('\n'),
    );
    expect((await importFile('D01.03', file)).code).toBe(0);
    const rows = await q<{ ts: string }>(`SELECT to_char(source_timestamp AT TIME ZONE 'UTC', 'HH24:MI') AS ts FROM self_evaluation_score WHERE year = '2036' ORDER BY component_code`);
    expect(rows.map((r) => r.ts)).toEqual(['15:00', '10:00', '08:00']);
  });

  it('refuses other date forms naming the cell: month first, text months, impossible days, dotted', async () => {
    const file = csv(
      [
        'external_id;dane_code;change_type;date;summary;source_timestamp',
        'PEI-D1;105001000011;UPDATED;20/02/2026;Día primero;2026-02-21T12:00:00Z',
        'PEI-D2;105001000011;UPDATED;02/20/2026;Mes primero;2026-02-21T12:00:00Z',
        'PEI-D3;105001000011;UPDATED;3 de abril de 2026;Texto;2026-02-21T12:00:00Z',
        'PEI-D4;105001000011;UPDATED;31/02/2026;Imposible;2026-02-21T12:00:00Z',
        'PEI-D5;105001000011;UPDATED;2026-02-20;ISO;21.02.2026',
        'PEI-D6;105001000011;UPDATED;2026-02-20 10:00;Con hora;2026-02-21T12:00:00Z',
      ].join('\n'),
    );
    const res = await importFile('D02.02', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^line 2: CREATED/m);
    expect(res.out).toMatch(/^line 3: REJECTED BAD_USER_INPUT line 3, column date: "02\/20\/2026" is not a calendar date/m);
    expect(res.out).toMatch(/^line 4: REJECTED BAD_USER_INPUT line 4, column date: "3 de abril de 2026" is not a date: write ISO 8601/m);
    expect(res.out).toMatch(/^line 5: REJECTED BAD_USER_INPUT line 5, column date: "31\/02\/2026" is not a calendar date/m);
    expect(res.out).toMatch(/^line 6: REJECTED BAD_USER_INPUT line 6, column source_timestamp: "21.02.2026" is not a date-time/m);
    expect(res.out).toMatch(/^line 7: REJECTED BAD_USER_INPUT line 7, column date: "2026-02-20 10:00" has a time where a date/m);
    expect(await q(`SELECT external_id, to_char(changed_on, 'YYYY-MM-DD') AS d FROM pei_update WHERE external_id LIKE 'PEI-D%'`)).toEqual([{ external_id: 'PEI-D1', d: '2026-02-20' }]);
  });

  it('XLSX real date cells: a date for date columns, a Bogota wall-clock time for the source timestamp', async () => {
    const wall = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));
    const file = await xlsx([
      ['finding_id', 'dane_code', 'date', 'area', 'description', 'action_id', 'action_type', 'action_description', 'action_due_date', 'source_timestamp'],
      ['IV-X1', '305001000039', { v: wall(2026, 4, 3), fmt: 'dd/mm/yyyy' }, 'DIRECTIVE', 'Hallazgo', 'IV-X1-C1', 'CORRECTIVE', 'Corregir', { v: wall(2026, 6, 30), fmt: 'dd/mm/yyyy' }, { v: wall(2026, 4, 3, 10), fmt: 'dd/mm/yyyy hh:mm' }],
      ['IV-X2', '305001000039', 46115, 'DIRECTIVE', 'Número', '', '', '', '', '2026-04-03'],
    ]);
    const res = await importFile('F01.03', file);
    expect(res.out).toMatch(/row 2: CREATED/);
    expect(res.out).toMatch(/row 3: REJECTED BAD_USER_INPUT C3: is 46115, not a date/);
    expect(res.out).toContain('dates read: date cells');
    const [f] = await q(`SELECT to_char(found_on, 'YYYY-MM-DD') AS d, to_char(source_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS ts FROM inspection_finding WHERE external_id = 'IV-X1'`);
    expect(f).toEqual({ d: '2026-04-03', ts: '2026-04-03 15:00' });
    const [a] = await q(`SELECT to_char(due_date, 'YYYY-MM-DD') AS d FROM inspection_finding_action WHERE external_id = 'IV-X1-C1'`);
    expect(a).toEqual({ d: '2026-06-30' });
  });

  it('--source-timestamp follows the same rules', async () => {
    const file = csv(`external_id,dane_code,model_name,date,notes\nMEF-T1,205001000027,Escuela Nueva,2026-02-02,\n`);
    const bad = await importFile('C02.02', file, ['--source-timestamp', '04/13/2026']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--source-timestamp "04/13/2026" is not a calendar date');
    expect((await importFile('C02.02', file, ['--source-timestamp', '13/04/2026 08:30'])).code).toBe(0);
    const [r] = await q<{ ts: string }>(`SELECT to_char(source_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS ts FROM education_model_adoption WHERE external_id = 'MEF-T1'`);
    expect(r.ts).toBe('2026-04-13 13:30');
  });
});

describe('encodings', () => {
  it('a ; CSV saved by Excel in Windows-1252 is decoded: "Resignificación" is stored intact, never U+FFFD', async () => {
    const text = 'external_id;dane_code;change_type;date;summary;source_timestamp\r\nPEI-W1;105001000011;UPDATED;20/02/2026;Resignificación del PEI, año 2026 — ñandú;21/02/2026 12:00\r\n';
    const bytes = Buffer.from(new Uint8Array([...text].map((ch) => ({ 'ó': 0xf3, 'ñ': 0xf1, 'ú': 0xfa, '—': 0x97 })[ch] ?? ch.charCodeAt(0))));
    expect(bytes.includes(0xf3)).toBe(true);
    const res = await importFile('D02.02', csv(bytes));
    expect(res.out).toMatch(/^line 2: CREATED/m);
    expect(res.code).toBe(0);
    expect(res.out).toContain('encoding Windows-1252');
    expect(res.out).toContain('separator ";"');
    const [r] = await q<{ summary: string }>(`SELECT summary FROM pei_update WHERE external_id = 'PEI-W1'`);
    expect(r.summary).toBe('Resignificación del PEI, año 2026 — ñandú');
    expect(r.summary).not.toContain('\uFFFD');
  });

  it('a file mixing UTF-8 and other bytes refuses the broken line only; NUL and U+FFFD are refused per row', async () => {
    const head = Buffer.from('external_id;dane_code;change_type;date;summary;source_timestamp\nPEI-M1;105001000011;UPDATED;2026-02-20;Resignificación;2026-02-21T12:00:00Z\n', 'utf8');
    const broken = Buffer.concat([Buffer.from('PEI-M2;105001000011;UPDATED;2026-02-20;Resignificaci'), Buffer.from([0xf3]), Buffer.from('n;2026-02-21T12:00:00Z\n')]);
    const nul = Buffer.from('PEI-M3;105001000011;UPDATED;2026-02-20;Con\u0000nulo;2026-02-21T12:00:00Z\nPEI-M4;105001000011;UPDATED;2026-02-20;Ya da\uFFFDado;2026-02-21T12:00:00Z\n', 'utf8');
    const res = await importFile('D02.02', csv(Buffer.concat([head, broken, nul])));
    expect(res.code).toBe(1);
    expect(res.out).toContain('encoding UTF-8 (some lines not UTF-8)');
    expect(res.out).toMatch(/^line 2: CREATED/m);
    expect(res.out).toMatch(/^line 3: REJECTED BAD_USER_INPUT line 3, column summary: holds a character that could not be decoded/m);
    expect(res.out).toMatch(/^line 4: REJECTED BAD_USER_INPUT line 4, column summary: holds a NUL character/m);
    expect(res.out).toMatch(/^line 5: REJECTED BAD_USER_INPUT line 5, column summary: holds a character that could not be decoded/m);
    expect(await q(`SELECT count(*)::int AS n FROM pei_update WHERE summary LIKE '%' || chr(65533) || '%'`)).toEqual([{ n: 0 }]);
  });
});

describe('numbers: the decimal mark of the file, ambiguity refused', () => {
  it('; file with , decimals: 5.8 is refused as ambiguous, 1.500 is 1500, 5,8 is 5.8', async () => {
    const file = csv(
      [
        CHAR_HEADER.join(';'),
        `305001000012;2037;1.500;A;5,8;0,8;GOOD;;3;LANGUAGE;8;27;45;20;2026-02-10T09:00:00Z`,
        `205001000019;2037;310;D;8.4;6;CRITICAL;;3;LANGUAGE;28;35;27;10;2026-02-10T09:00:00Z`,
      ].join('\n'),
    );
    const res = await importFile('D01.04', file);
    expect(res.code).toBe(1);
    expect(res.out).toContain('decimal mark "," (both 5,8 and 5.8 appear');
    expect(res.out).toMatch(/^line 3: REJECTED BAD_USER_INPUT line 3, column dropout_rate: "8.4" has a decimal point, but this file writes decimals with a comma/m);
    expect(await q(`SELECT school_dane, enrolment, dropout_rate FROM characterization WHERE year = '2037'`)).toEqual([{ school_dane: '305001000012', enrolment: 1500, dropout_rate: 5.8 }]);
  });

  it(', file: "1,500" is refused as ambiguous (thousands or decimals?)', async () => {
    const file = csv(`${CHAR_HEADER.join(',')}\n305001000012,2038,"1,500",A,5.8,0.8,GOOD,,3,LANGUAGE,8,27,45,20,2026-02-10T09:00:00Z\n`);
    const res = await importFile('D01.04', file);
    expect(res.out).toMatch(/^line 2: REJECTED BAD_USER_INPUT line 2, column enrolment: "1,500" has a comma, but this file writes decimals with a point: is it 1.5 or 1500\?/m);
  });
});

describe('row numbers and the summary', () => {
  it('CSV: reports the file\'s own line (blank lines and multi-line cells counted)', async () => {
    const file = csv(
      [SELF_HEADER.join(','), '', '105001000011,2039,GUIA34-2008,DIR-01-01,2,"Acta\ncon dos líneas",2026-03-01T00:00:00Z', '', '105001000011,2039,GUIA34-2008,DIR-01-02,9,Acta,2026-03-01T00:00:00Z', ''].join('\n'),
    );
    const res = await importFile('D01.03', file);
    expect(res.out).toMatch(/^line 3: CREATED/m);
    expect(res.out).toMatch(/^line 6: REJECTED BAD_USER_INPUT score:/m);
    expect(res.out).toContain('header on line 1, 2 data rows');
  });

  it('XLSX: names the sheet and its row; reads the first visible sheet or the one named with --sheet', async () => {
    const file = await xlsx([SELF_HEADER, [], ['105001000011', 2040, 'GUIA34-2008', 'DIR-01-01', 7, 'Acta', '2026-03-01T00:00:00Z']], 'Autoevaluación', (wb) => {
      const hidden = wb.addWorksheet('instrucciones');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 'Lea primero';
    });
    const res = await importFile('D01.03', file);
    expect(res.out).toMatch(/^read f\d+\.xlsx: XLSX sheet "Autoevaluación" \(header on row 1, 1 data rows\)/m);
    expect(res.out).toMatch(/^sheet "Autoevaluación" row 3: REJECTED BAD_USER_INPUT score \(E3\): score must be/m);
    const unknown = await importFile('D01.03', file, ['--sheet', 'Hoja1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('No sheet "Hoja1"');
  });

  it('XLSX: a code shown with leading zeros (number cell formatted 000) keeps them', async () => {
    const file = await xlsx([
      ['external_id', 'dane_code', 'change_type', 'date', 'summary', 'source_timestamp'],
      [{ v: 7, fmt: '000' }, { v: 105001000011, fmt: '0' }, 'UPDATED', '2026-02-20', 'Código con ceros', '2026-02-21T12:00:00Z'],
    ]);
    expect((await importFile('D02.02', file)).code).toBe(0);
    expect(await q(`SELECT external_id FROM pei_update WHERE summary = 'Código con ceros'`)).toEqual([{ external_id: '007' }]);
  });
});

describe('round trip: an inbound fixture written by the records writer and imported again is unchanged', () => {
  it.each([
    ['CSV', RecordFormat.CSV],
    ['XLSX', RecordFormat.XLSX],
  ])('D01.04 characterization fixture as %s (percent cells, Spanish decimals, lists, Bogota times)', async (_name, format) => {
    const fixture = path.join(__dirname, '..', 'fixtures', 'inbound', 'd01-04-characterization.csv');
    const first = await importFile('D01.04', fixture);
    expect(first.code).toBe(0);
    const reading = await readSpreadsheet(fixture);
    type R = Record<string, string>;
    const rows: R[] = reading.rows.map((r) => Object.fromEntries(reading.header.map((h) => [h, (r.cells.get(h)?.content as { text?: string }).text ?? ''])));
    const typeOf: Record<string, ColumnType> = { enrolment: 'integer', dropout_rate: 'percent', repetition_rate: 'percent', saber_grade: 'integer', insufficient: 'percent', minimum: 'percent', satisfactory: 'percent', advanced: 'percent', source_timestamp: 'datetime' };
    const def: RecordDefinition<R> = {
      key: 'caracterizacion',
      title: 'Caracterización (D01.04)',
      sheet: 'datos',
      columns: reading.header.map((h) => ({ header: h, type: typeOf[h] ?? 'text', value: (r: R) => (typeOf[h] && typeOf[h] !== 'datetime' ? (r[h] === '' ? null : Number(r[h])) : r[h]) })),
    };
    const out = await writeRecord(def, rows, format, 'caracterizacion');
    const file = path.join(dir, `rt-${out.filename}`);
    writeFileSync(file, out.content);
    const again = await importFile('D01.04', file);
    expect(again.out).toContain(format === RecordFormat.CSV ? 'separator ";", encoding UTF-8 (BOM), decimal mark ","' : 'XLSX sheet "datos"');
    expect(again.out).toContain('0 created, 0 updated, 4 unchanged, 0 rejected');
  });
});
