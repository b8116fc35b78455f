import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startTestHub } from '../support/hub';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createSecretariat } from '../../src/modules/secretariats/secretariat.service';
import { createSchool } from '../../src/modules/schools/school.service';
import { DEMO_SCHOOLS } from '../../src/demo/seed';

/**
 * `npm run import` is all or nothing per file (one transaction): the database connections killed mid-import leave no
 * row of the file, the CLI says so with a stable code and message (never the driver's text) and exits 2; running it
 * again loads the whole file. The CLI runs as its own process, as `npm run import` runs it.
 */
const ROOT = path.join(__dirname, '..', '..');
const ROWS = 20_000;
let db: TestDatabase;
let file: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const hub = await startTestHub({}, db);
  const ctx = hub.system();
  await createSecretariat(ctx, { code: '05001', name: 'Secretaría de Educación de Medellín' });
  for (const [daneCode, name, sector, zone, regime] of DEMO_SCHOOLS) {
    await createSchool(ctx, { daneCode, name, sector, zone, regime, secretariat: '05001', municipality: 'Medellín' });
  }
  const components: { code: string }[] = await hub.runtime.db.query(
    `SELECT code FROM self_evaluation_component WHERE catalogue_version = 'GUIA34-2008' ORDER BY code`,
  );
  await hub.stop();
  const lines = ['dane_code,year,catalogue_version,component_code,score,evidence,source_timestamp'];
  outer: for (let year = 2008; year <= 2025; year++) {
    for (const [dane] of DEMO_SCHOOLS) {
      for (const { code } of components) {
        lines.push(`${dane},${year},GUIA34-2008,${code},${1 + (lines.length % 4)},Acta ${lines.length},2026-03-01T00:00:00Z`);
        if (lines.length > ROWS) break outer;
      }
    }
  }
  expect(lines.length).toBe(ROWS + 1);
  file = path.join(mkdtempSync(path.join(tmpdir(), 'pmi-import-kill-')), 'autoevaluacion.csv');
  writeFileSync(file, lines.join('\n') + '\n');
}, 120_000);
afterAll(() => db?.drop());

function runCli(): { done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, ['-r', './test/support/swc-register.cjs', 'src/cli/import.ts', '--source', 'D01.03', '--secretariat', '05001', file], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  return { done: new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err }))) };
}

async function scores(): Promise<number> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(`SELECT count(*)::int AS n FROM self_evaluation_score`)).rows[0].n as number;
  } finally {
    await c.end();
  }
}

it('connections killed mid-import: nothing of the file is stored, a stable UNAVAILABLE line, exit 2; the same import again loads every row', async () => {
  const killer = new Client({ connectionString: db.url });
  await killer.connect();
  const run = runCli();
  let finished = false;
  void run.done.then(() => (finished = true));
  // Wait until the import's transaction has written (it has a transaction id), then end every other backend.
  let killed = 0;
  while (!finished && killed === 0) {
    const { rows } = await killer.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
    );
    if (rows.length > 0) {
      const res = await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      killed = res.rowCount ?? 0;
    } else await new Promise((r) => setTimeout(r, 10));
  }
  await killer.end();
  const res = await run.done;
  expect(killed).toBeGreaterThan(0); // the import was caught mid-transaction
  expect(res.code).toBe(2);
  const printed = res.out + res.err;
  expect(printed).not.toMatch(/terminating connection|administrator command|Connection terminated/i);
  expect(res.err).toContain('import: UNAVAILABLE: The database became unavailable during the import; nothing of the file was written.');
  expect(await scores()).toBe(0);

  const again = await runCli().done;
  expect(again.err).not.toContain('import:');
  expect(again.code).toBe(0);
  expect(again.out).toContain(`D01.03: ${ROWS} items — ${ROWS} created, 0 updated, 0 unchanged, 0 rejected`);
  expect(await scores()).toBe(ROWS);
}, 300_000);
