import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startTestHub, type TestHub } from '../support/hub';
import { runImport } from '../../src/cli/import';
import { createSecretariat } from '../../src/modules/secretariats/secretariat.service';
import { createSchool } from '../../src/modules/schools/school.service';
import { DEMO_SCHOOLS } from '../../src/demo/seed';
import { csvToXlsx } from '../fixtures/inbound/make-xlsx';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'inbound');
let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
  const ctx = hub.system();
  await createSecretariat(ctx, { code: '05001', name: 'Secretaría de Educación de Medellín' });
  for (const [daneCode, name, sector, zone, regime] of DEMO_SCHOOLS) {
    await createSchool(ctx, { daneCode, name, sector, zone, regime, secretariat: '05001', municipality: 'Medellín' });
  }
});
afterAll(() => hub.stop());

async function importFile(source: string, file: string, ...flags: string[]) {
  let out = '';
  let err = '';
  const errStream = new Writable({
    write(chunk, _enc, cb) {
      err += String(chunk);
      cb();
    },
  });
  const code = await runImport({
    argv: ['--source', source, '--secretariat', '05001', ...flags, file],
    env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    out: (s) => (out += s),
    err: errStream,
  });
  return { code, out, err };
}

const count = async (table: string) => (await hub.runtime.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE secretariat_code = '05001'`))[0].n as number;

describe('npm run import', () => {
  it('an unknown option (the former --batch-size: a file is one transaction now) is refused with the usage, exit 2', async () => {
    const res = await importFile('D01.03', path.join(FIXTURES, 'd01-03-self-evaluation.csv'), '--batch-size', '10');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/Unknown option '--batch-size'[\s\S]*usage: npm run import/);
  });

  it.each([
    ['D01.03', 'd01-03-self-evaluation.csv', 'self_evaluation_score', 60],
    ['D01.04', 'd01-04-characterization.csv', 'characterization', 4],
    ['D02.01', 'd02-01-support-plan.csv', 'support_plan_action', 4],
    ['D02.02', 'd02-02-pei.csv', 'pei_update', 2],
    ['C02.02', 'c02-02-education-model.csv', 'education_model_adoption', 2],
    ['F01.03', 'f01-03-inspection.csv', 'inspection_finding', 3],
    ['F01.03-REGIME', 'f01-03-regimes.csv', 'school_regime_report', 5],
    ['D02.05', 'd02-05-curriculum.csv', 'curriculum_change', 2],
  ])('loads the %s fixture %s, exits 0, prints per-row results and a progress bar', async (source, file, table, expected) => {
    const res = await importFile(source, path.join(FIXTURES, file));
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^lines? 2(-\d+)?: (CREATED|UPDATED|UNCHANGED)/m);
    expect(res.out).toContain(`${source}: ${expected} items`);
    expect(res.err).toContain(`${expected}/${expected}`);
    expect(await count(table)).toBe(expected);
    // Importing the same file again changes nothing.
    const again = await importFile(source, path.join(FIXTURES, file));
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${expected} unchanged, 0 rejected`);
  });

  it('loads XLSX workbooks the same way (committed fixture and one generated from the CSV)', async () => {
    const committed = await importFile('F01.03', path.join(FIXTURES, 'f01-03-inspection.xlsx'));
    expect(committed.code).toBe(0);
    expect(committed.out).toContain('3 items');
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-import-'));
    const xlsx = path.join(dir, 'self-evaluation.xlsx');
    await csvToXlsx(path.join(FIXTURES, 'd01-03-self-evaluation.csv'), xlsx);
    const res = await importFile('D01.03', xlsx);
    expect(res.code).toBe(0);
    expect(res.out).toContain('0 created, 0 updated, 60 unchanged, 0 rejected');
  });

  it('exits 1 and names the rows when some are rejected; the others are loaded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-import-'));
    const file = path.join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        'dane_code;year;catalogue_version;component_code;score;evidence;source_timestamp',
        '105001000011;2027;GUIA34-2008;DIR-01-01;2;Acta 12;2026-03-01T00:00:00Z',
        '105001000011;2027;GUIA34-2008;DIR-01-02;9;Acta 12;2026-03-01T00:00:00Z',
        '999999999999;2027;GUIA34-2008;DIR-01-03;3;Acta 12;2026-03-01T00:00:00Z',
      ].join('\n'),
    );
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^line 2: CREATED/m);
    expect(res.out).toMatch(/^line 3: REJECTED BAD_USER_INPUT score:/m);
    expect(res.out).toMatch(/^line 4: REJECTED NOT_FOUND dane_code:/m);
  });

  it('a row dated more than a day ahead of the hub (year 9999) is rejected with every problem of the row, each at its column; the others are loaded', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-import-'));
    const file = path.join(dir, 'future.csv');
    writeFileSync(
      file,
      [
        'dane_code;year;catalogue_version;component_code;score;evidence;source_timestamp',
        '105001000011;2028;GUIA34-2008;DIR-01-01;9;Acta 12;9999-12-31T23:59:59Z',
        '105001000011;2028;GUIA34-2008;DIR-01-02;2;Acta 12;2026-03-01T00:00:00Z',
      ].join('\n'),
    );
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^line 2: REJECTED BAD_USER_INPUT score: [^;]+; source_timestamp: sourceTimestamp 9999-12-31T23:59:59.000Z is in the future/m);
    expect(res.out).toMatch(/^line 3: CREATED/m);
  });

  it('--retract withdraws the records a CSV or XLSX lists (external_id, reason, source_timestamp), one line per row', async () => {
    expect((await importFile('D02.02', path.join(FIXTURES, 'd02-02-pei.csv'))).code).toBe(0);
    const live = () => count('pei_update');
    const before = await live();
    const res = await importFile('D02.02', path.join(FIXTURES, 'd02-02-pei-retractions.csv'), '--retract');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^line 2: RETRACTED PEI-2026-0011$/m);
    expect(res.out).toContain('D02.02 retractions (PEI_UPDATE): 1 items — 1 retracted, 0 unchanged, 0 not found, 0 stale, 0 rejected');
    expect(await live()).toBe(before - 1);
    const [tomb] = await hub.runtime.db.query(
      `SELECT retraction_reason, retraction_source_timestamp, retracted_by FROM pei_update_all WHERE external_id = 'PEI-2026-0011'`,
    );
    // 22/02/2026 08:00 written without a zone is Bogotá time.
    expect(tomb).toMatchObject({ retraction_reason: 'Actualización no aprobada por el consejo directivo', retracted_by: 'pmi-hub-import' });
    expect(new Date(tomb.retraction_source_timestamp).toISOString()).toBe('2026-02-22T13:00:00.000Z');
    const again = await importFile('D02.02', path.join(FIXTURES, 'd02-02-pei-retractions.csv'), '--retract');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^line 2: UNCHANGED PEI-2026-0011$/m);

    // XLSX, F01.03 findings: one found, one unknown (exit 1), one without a reason.
    expect((await importFile('F01.03', path.join(FIXTURES, 'f01-03-inspection.csv'))).code).toBe(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'pmi-import-'));
    const csv = path.join(dir, 'retiros.csv');
    writeFileSync(
      csv,
      ['external_id,reason,source_timestamp', 'IV-2026-101,Hallazgo registrado en el EE equivocado,2026-04-01T00:00:00Z', 'IV-9999,No existe,2026-04-01T00:00:00Z', 'IV-2026-102,,2026-04-01T00:00:00Z'].join('\n'),
    );
    const xlsx = path.join(dir, 'retiros.xlsx');
    await csvToXlsx(csv, xlsx);
    const findings = await importFile('F01.03', xlsx, '--retract');
    expect(findings.code).toBe(1);
    expect(findings.out).toMatch(/^sheet "datos" row 2: RETRACTED IV-2026-101$/m);
    expect(findings.out).toMatch(/^sheet "datos" row 3: NOT_FOUND NOT_FOUND external_id( \(A3\))?: No INSPECTION_FINDING record with external id IV-9999/m);
    expect(findings.out).toMatch(/^sheet "datos" row 4: REJECTED BAD_USER_INPUT reason/m);
    const rows = await hub.runtime.db.query(`SELECT external_id FROM inspection_finding WHERE secretariat_code = '05001' ORDER BY external_id`);
    expect(rows.map((r: { external_id: string }) => r.external_id)).not.toContain('IV-2026-101');
  });
});
