import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHub, type HubProcess } from '../support/hub-process';

/**
 * The command-line tools (`npm run migrate`, `import`, `export`) on the embedded default, while `npm start` runs on
 * the same data folder: they use the hub's PostgreSQL and leave it running. Only a PostgreSQL whose starter is gone
 * is an orphan to stop. Runs real processes on an embedded PostgreSQL in a temporary folder and a port of its own.
 */
// Several processes, each compiling the sources on the fly, on a busy machine.
jest.setTimeout(240_000);
const root = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-beside-hub-'));
const dataDir = path.join(dir, 'postgres');
const pgPort = String(55400 + (process.pid % 90));
const env = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: pgPort };

function tool(script: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['-r', path.join(root, 'test', 'support', 'swc-register.cjs'), path.join(root, 'src', 'cli', script), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', JWT_SECRET: 'test-secret-for-pmi-hub-tests', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const postmasterPid = () => (existsSync(path.join(dataDir, 'postmaster.pid')) ? Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) : null);
const running = (pid: number | null) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const ready = async (hub: HubProcess) => (await fetch(hub.url.replace('/graphql', '/readyz'))).status;

describe('command-line tools beside a running hub (embedded PostgreSQL)', () => {
  let hub: HubProcess | null = null;
  afterAll(async () => {
    await hub?.stop().catch(() => undefined);
    const pid = postmasterPid();
    if (running(pid)) process.kill(pid as number, 'SIGINT');
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrate, import and export use the running hub\'s PostgreSQL and leave it running; a second hub is refused with a clear message', async () => {
    hub = await spawnHub(null, { ...env, DEMO_DATA: 'true' });
    const pg = postmasterPid();
    expect(running(pg)).toBe(true);
    expect(await ready(hub)).toBe(200);

    const migrate = tool('migrate.ts');
    expect(migrate.stderr).toBe('');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain('no pending migrations');
    expect(migrate.stdout).toContain(`using the embedded PostgreSQL of the running process ${hub.pid}`);

    const exported = tool('export.ts', ['--record', 'programacion', '--secretariat', '05001', '--period', '2026']);
    // The demo's strategy is approved and in execution: the tool read the hub's data and wrote the record.
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Programación de la Asistencia Técnica: .*programacion-asistencia-tecnica-05001-2026/);

    const imported = tool('import.ts', ['--source', 'D01.03', '--secretariat', '05001', path.join(root, 'test', 'fixtures', 'inbound', 'd01-03-self-evaluation.csv')]);
    expect(imported.stderr).not.toMatch(/^import:/m);
    expect(imported.stdout).toMatch(/D01\.03: 60 items — 0 created, 60 updated, 0 unchanged, 0 rejected/); // the demo's rows, newer

    // The hub's PostgreSQL is the same process, still running, and the hub still ready.
    expect(postmasterPid()).toBe(pg);
    expect(running(pg)).toBe(true);
    expect(await ready(hub)).toBe(200);

    // A second hub on the same folder would stop the first one's server: refused, naming the running process.
    await expect(spawnHub(null, env)).rejects.toThrow(new RegExp(`belongs to a running hub or tool \\(pid ${hub.pid}\\)`));
    expect(await ready(hub)).toBe(200);
  });

  it('a PostgreSQL whose hub was killed (SIGKILL) is an orphan: the next tool stops it, runs on its own server and stops that', async () => {
    const killed = hub as HubProcess;
    const orphan = postmasterPid();
    process.kill(killed.pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    expect(running(orphan)).toBe(true);

    const migrate = tool('migrate.ts');
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/the process that started it is gone; stopping it/);
    expect(running(orphan)).toBe(false);
    expect(running(postmasterPid())).toBe(false); // the tool's own server is stopped when it ends
    hub = null;
  });
});
