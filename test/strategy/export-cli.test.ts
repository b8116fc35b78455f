import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startTestHub, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { supportPlan } from '../support/activities-factories';
import { runExport } from '../../src/cli/export';
import { Role } from '../../src/common/auth/roles';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';
import type { AssistanceActivityInput } from '../../src/modules/strategy/strategy.inputs';
import { createStrategy, programActivity, submitStrategy } from '../../src/modules/strategy/strategy.service';
import { approveStrategy } from '../../src/modules/strategy/alignment.service';
import { identifyNeeds } from '../../src/modules/needs/needs.service';
import { strategyOf } from '../../src/modules/strategy/strategy.queries';
import { PROGRAMMING_RECORD, programmingRows } from '../../src/modules/strategy/programming-record';
import { canonicalRow, RecordFormat } from '../../src/records/record';
import { readRecord } from '../../src/records/read-record';

const HEADER = [
  'Código DANE',
  'Establecimiento educativo',
  'Clasificación',
  'Inclusión obligatoria',
  'Actividad',
  'Modalidad',
  'Metodología',
  'Fecha inicio',
  'Fecha fin',
  'Responsable (nombre o usuario registrado)',
  'Recursos',
  'Acción del PAM',
  'Tareas',
  'Estado',
];

let hub: TestHub;
let dir: string;
let approved: string; // secretariat with an approved strategy for 2026
let draftOnly: string; // secretariat whose 2026 strategy is only submitted
let formulas: string; // secretariat whose approved strategy has formula-like texts
const schools: { daneCode: string; name: string }[] = [];

const leader = (secretariat: string) => hub.system({ subject: `test:leader:${secretariat}`, role: Role.QUALITY_LEADER, secretariat });

const activity = (attrs: Partial<AssistanceActivityInput>): AssistanceActivityInput =>
  ({
    title: 'Acompañamiento',
    modality: AssistanceModality.INTEGRAL,
    method: 'Visita in situ',
    schoolDanes: [],
    startsOn: '2026-03-02',
    endsOn: '2026-03-27',
    responsible: 'Ana Pérez',
    resources: 'Transporte',
    tasks: [],
    supportPlanActionId: null,
    ...attrs,
  }) as AssistanceActivityInput;

/** An approved strategy through the services: two activities linked to PAM actions, three (activity, school) rows. */
beforeAll(async () => {
  hub = await startTestHub();
  dir = await mkdtemp(path.join(tmpdir(), 'pmi-export-'));
  approved = (await createSecretariat(hub)).code;
  for (const name of ['IE La Esperanza', 'IE San José']) schools.push(await createSchool(hub, approved, { name }));
  const pam = await supportPlan(hub, approved, [1, 2]);
  // A strategy serves the schools it classifies: these have needs (no PMI yet), so they are.
  await identifyNeeds(leader(approved), '2026');
  const strategy = await createStrategy(leader(approved), '2026');
  await programActivity(
    leader(approved),
    strategy.id,
    activity({
      title: 'Taller de ajuste del PMI',
      schoolDanes: [schools[0].daneCode, schools[1].daneCode],
      startsOn: '2026-04-06',
      endsOn: '2026-04-30',
      tasks: [{ description: 'Preparar el taller', dueOn: '2026-04-01', done: false }],
      supportPlanActionId: pam['A-1'],
    }),
  );
  await programActivity(
    leader(approved),
    strategy.id,
    activity({ title: 'Visita de seguimiento', modality: AssistanceModality.PUNCTUAL, schoolDanes: [schools[0].daneCode], supportPlanActionId: pam['A-2'] }),
  );
  await submitStrategy(leader(approved), strategy.id);
  await approveStrategy(leader(approved), strategy.id);

  draftOnly = (await createSecretariat(hub)).code;
  const other = await createSchool(hub, draftOnly);
  const otherPam = await supportPlan(hub, draftOnly, [1]);
  await identifyNeeds(leader(draftOnly), '2026');
  const submitted = await createStrategy(leader(draftOnly), '2026');
  await programActivity(leader(draftOnly), submitted.id, activity({ schoolDanes: [other.daneCode], supportPlanActionId: otherPam['A-1'] }));
  await submitStrategy(leader(draftOnly), submitted.id);

  formulas = (await createSecretariat(hub)).code;
  const fSchool = await createSchool(hub, formulas, { name: '@Colegio =Uno' });
  const fPam = await supportPlan(hub, formulas, [1]);
  await identifyNeeds(leader(formulas), '2026');
  const fStrategy = await createStrategy(leader(formulas), '2026');
  await programActivity(
    leader(formulas),
    fStrategy.id,
    activity({
      title: '=1+1',
      method: '@SUM(A1:A2)',
      responsible: '+57 300 000 0000',
      resources: '-10% del presupuesto; transporte',
      modality: AssistanceModality.TRAINING,
      schoolDanes: [fSchool.daneCode],
      tasks: [{ description: '=HYPERLINK("http://x";"y")', dueOn: '2026-03-01', done: false }],
      supportPlanActionId: fPam['A-1'],
    }),
  );
  await submitStrategy(leader(formulas), fStrategy.id);
  await approveStrategy(leader(formulas), fStrategy.id);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await hub.stop();
});

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runExport({
    argv,
    env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    cwd: dir,
    out: (s) => (out += s),
    err: (s) => (err += s),
  });
  return { code, out, err };
}

describe('npm run export -- --record programacion', () => {
  it.each(['csv', 'xlsx'])('round trip (%s): the exported record read back with the import reader gives the stored rows', async (format) => {
    for (const se of [approved, formulas]) {
      const file = path.join(dir, `round-trip-${se}.${format}`);
      expect((await run(['--record', 'programacion', '--secretariat', se, '--period', '2026', '--out', file])).code).toBe(0);
      const strategy = (await strategyOf(leader(se), '2026', se))!;
      const rows = await programmingRows(hub.runtime.db.manager, strategy);
      expect(rows.length).toBeGreaterThan(0);
      const fmt = format === 'xlsx' ? RecordFormat.XLSX : RecordFormat.CSV;
      expect(await readRecord(PROGRAMMING_RECORD, file)).toEqual(rows.map((r) => canonicalRow(PROGRAMMING_RECORD, r, fmt)));
    }
  });

  it('neutralises formula-like texts (=, +, -, @) in CSV and XLSX cells', async () => {
    const csvFile = path.join(dir, 'formulas.csv');
    expect((await run(['--record', 'programacion', '--secretariat', formulas, '--period', '2026', '--out', csvFile])).code).toBe(0);
    const text = (await readFile(csvFile, 'utf8')).replace(/^\uFEFF/, '');
    const [, line] = text.split('\r\n');
    expect(line.split(';').slice(0, 2)).toEqual([expect.stringMatching(/^\d{12}$/), "'@Colegio =Uno"]);
    expect(line).toContain(";'=1+1;Capacitación;'@SUM(A1:A2);");
    expect(line).toContain(";'+57 300 000 0000;\"'-10% del presupuesto; transporte\";");
    expect(line).toContain(';"\'=HYPERLINK(""http://x"";""y"") (2026-03-01)";Programada');
    const xlsxFile = path.join(dir, 'formulas.xlsx');
    expect((await run(['--record', 'programacion', '--secretariat', formulas, '--period', '2026', '--out', xlsxFile])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsxFile);
    const row = wb.worksheets[0].getRow(6);
    for (const [col, expected] of [[2, '@Colegio =Uno'], [5, '=1+1'], [7, '@SUM(A1:A2)'], [10, '+57 300 000 0000'], [11, '-10% del presupuesto; transporte']] as const) {
      // A string cell holds the text as it is: a spreadsheet never runs a string cell.
      expect(row.getCell(col).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(col).value).toBe(expected);
    }
  });

  it('writes the CSV record of the approved strategy: Spanish header, one row per activity and school', async () => {
    const file = path.join(dir, 'programacion.csv');
    const { code, out, err } = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--format', 'csv', '--out', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(file);
    expect(out).toContain('(CSV, 3 rows, revision 1)');
    const content = await readFile(file);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the accents as UTF-8
    const [header, ...rows] = parse(content, { bom: true, delimiter: ';' }) as string[][];
    expect(header).toEqual(HEADER);
    const col = (name: string) => HEADER.indexOf(name);
    expect(rows.map((r) => [r[col('Actividad')], r[col('Código DANE')]])).toEqual([
      ['Visita de seguimiento', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[1].daneCode],
    ]);
    const taller = rows[2];
    expect(taller[col('Establecimiento educativo')]).toBe('IE San José');
    expect(taller[col('Fecha inicio')]).toBe('2026-04-06');
    expect(taller[col('Fecha fin')]).toBe('2026-04-30');
    expect(taller[col('Responsable (nombre o usuario registrado)')]).toBe('Ana Pérez');
    expect(taller[col('Acción del PAM')]).toMatch(/^A-1 /);
    expect(taller[col('Tareas')]).toBe('Preparar el taller (2026-04-01)');
    expect(taller[col('Estado')]).toBe('Programada');
    expect(taller[col('Modalidad')]).toBe('Acompañamiento integral');
    expect(taller[col('Inclusión obligatoria')]).toMatch(/^(Sí|No|)$/);
    expect(rows[0][col('Acción del PAM')]).toMatch(/^A-2 /);
  });

  it('writes the XLSX record, readable with exceljs, under the record file name in the current folder by default', async () => {
    const { code, out } = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--format', 'xlsx']);
    expect(code).toBe(0);
    const file = path.join(dir, `programacion-asistencia-tecnica-${approved}-2026-r1.xlsx`);
    expect(out).toContain(file);
    expect(out).toContain('(XLSX, 3 rows, revision 1)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Programación AT');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    // Heading (title, secretariat, period and revision), a blank row, then the frozen header.
    expect(values(1)).toEqual(['Programación de la Asistencia Técnica']);
    expect(values(2)[0]).toMatch(new RegExp(`^Secretaría de Educación: .*\\(${approved}\\)$`));
    expect(values(3)[0]).toMatch(/^Periodo 2026 · revisión 1 · aprobada el \d{2}\/\d{2}\/2026/);
    expect(values(5)).toEqual(HEADER);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.rowCount).toBe(8);
    expect([6, 7, 8].map((n) => [values(n)[4], values(n)[0]])).toEqual([
      ['Visita de seguimiento', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[1].daneCode],
    ]);
    expect(values(7)[5]).toBe('Acompañamiento integral');
    expect(values(7)[13]).toBe('Programada');
    // Real date cells (a date the person can sort and filter), shown day first.
    const start = sheet.getRow(8).getCell(8);
    expect(start.value).toEqual(new Date('2026-04-06T00:00:00Z'));
    expect(start.numFmt).toBe('dd/mm/yyyy');
    // Widths fit the content: the school names and titles are wider than their headers.
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual('Taller de ajuste del PMI'.length);
  });

  it('refuses with exit code 1 when the strategy of the period is not approved, or does not exist', async () => {
    const submitted = await run(['--record', 'programacion', '--secretariat', draftOnly, '--period', '2026']);
    expect(submitted.code).toBe(1);
    expect(submitted.err).toMatch(/no approved assistance strategy for secretariat .* period 2026: its strategy for 2026 is SUBMITTED/);
    expect(submitted.out).toBe('');
    const none = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2025']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/it has no strategy for 2025/);
  });

  it('writes --out relative to the current folder, into a folder when --out names one, with the format of its extension', async () => {
    const rel = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--out', 'sub-relative.xlsx']);
    expect(rel.code).toBe(0);
    expect(rel.out).toContain(path.join(dir, 'sub-relative.xlsx'));
    expect(rel.out).toContain('(XLSX,');
    const folder = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--out', './']);
    expect(folder.out).toContain(path.join(dir, `programacion-asistencia-tecnica-${approved}-2026-r1.csv`));
    const missing = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--out', 'no/such/folder/x.csv']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('the folder does not exist');
  });

  it('says so when the secretariat is unknown (exit code 2)', async () => {
    const res = await run(['--record', 'programacion', '--secretariat', '99999', '--period', '2026']);
    expect(res.code).toBe(2);
    expect(res.err).toBe('export: unknown secretariat "99999": no secretariat has that code\n');
  });

  it('explains its usage (exit code 2) for an unknown record or format, or a missing period', async () => {
    const res = await run(['--record', 'cronograma', '--secretariat', approved, '--format', 'ods']);
    expect(res.code).toBe(2);
    expect(res.err).toContain('unknown record "cronograma"');
    expect(res.err).toContain('give the period as a year');
    expect(res.err).toContain('unknown format "ods"');
    expect(res.err).toContain('usage: npm run export');
  });
});
