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
  'Responsable',
  'Recursos',
  'Acción del PAM',
  'Tareas',
  'Estado',
];

let hub: TestHub;
let dir: string;
let approved: string; // secretariat with an approved strategy for 2026
let draftOnly: string; // secretariat whose 2026 strategy is only submitted
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
  it('writes the CSV record of the approved strategy: Spanish header, one row per activity and school', async () => {
    const file = path.join(dir, 'programacion.csv');
    const { code, out, err } = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--format', 'csv', '--out', file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(file);
    expect(out).toContain('(3 rows');
    const content = await readFile(file);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the accents as UTF-8
    const [header, ...rows] = parse(content, { bom: true }) as string[][];
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
    expect(taller[col('Responsable')]).toBe('Ana Pérez');
    expect(taller[col('Acción del PAM')]).toMatch(/^A-1 /);
    expect(taller[col('Tareas')]).toBe('Preparar el taller (2026-04-01)');
    expect(taller[col('Estado')]).toBe('PROGRAMMED');
    expect(rows[0][col('Acción del PAM')]).toMatch(/^A-2 /);
  });

  it('writes the XLSX record, readable with exceljs, under the record file name in the current folder by default', async () => {
    const { code, out } = await run(['--record', 'programacion', '--secretariat', approved, '--period', '2026', '--format', 'xlsx']);
    expect(code).toBe(0);
    const file = path.join(dir, `programacion-asistencia-tecnica-${approved}-2026-r1.xlsx`);
    expect(out).toContain(file);
    expect(out).toContain('(3 rows');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Programación AT');
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(values(1)).toEqual(HEADER);
    expect(sheet.actualRowCount).toBe(4);
    expect([2, 3, 4].map((n) => [values(n)[4], values(n)[0]])).toEqual([
      ['Visita de seguimiento', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[0].daneCode],
      ['Taller de ajuste del PMI', schools[1].daneCode],
    ]);
    expect(values(3)[5]).toBe('INTEGRAL');
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

  it('explains its usage (exit code 2) for an unknown record or format, or a missing period', async () => {
    const res = await run(['--record', 'cronograma', '--secretariat', approved, '--format', 'pdf']);
    expect(res.code).toBe(2);
    expect(res.err).toContain('unknown record "cronograma"');
    expect(res.err).toContain('give the period as a year');
    expect(res.err).toContain('unknown format "pdf"');
    expect(res.err).toContain('usage: npm run export');
  });
});
