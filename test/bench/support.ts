import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRuntime, type RunningRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub } from '../../src/server';

/**
 * What the benchmarks share: the PostgreSQL server (DATABASE_URL's, or an embedded one), a fresh database per run, a
 * hub in this process, timed GraphQL requests, the set-based bulk-load helpers and the Markdown table they print.
 */

/** Runs `work` with an admin URL: DATABASE_URL when set, else an embedded PostgreSQL stopped afterwards. */
export async function withServer<T>(embedded: { dataDir: string; port: number }, work: (adminUrl: string) => Promise<T>): Promise<T> {
  const fromEnv = process.env.DATABASE_URL;
  const server = fromEnv ? null : await startEmbeddedPostgres({ ...embedded, database: 'postgres' });
  try {
    return await work(fromEnv ?? server!.url);
  } finally {
    await server?.stop();
  }
}

export interface BenchDatabase {
  url: string;
  /** Drops the database (or, with `keep`, prints its URL and leaves it for EXPLAIN ANALYZE). */
  drop(keep?: boolean): Promise<void>;
}

/** A new, empty database on the server, named `<prefix>_<random>`. */
export async function freshDatabase(adminUrl: string, prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    url,
    async drop(keep = false) {
      if (keep) process.stdout.write(`  kept ${url}\n`);
      else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface BenchHub {
  runtime: RunningRuntime;
  port: number;
  close(): Promise<void>;
}

/** A hub in this process on `url` (migrations applied, no demo data), listening on a random local port. */
export async function startBenchHub(url: string, env: Record<string, string>): Promise<BenchHub> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0', DATABASE_URL: url, ...env });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  const hub = await createHub(runtime, await buildHubSchema());
  const port = await hub.listen(0, '127.0.0.1');
  return {
    runtime,
    port,
    async close() {
      await hub.close();
      await runtime.shutdown();
    },
  };
}

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: unknown;
  extensions?: { sqlStatements?: number };
}

/** POST /graphql with a bearer token; the answer and the wall time of the request. */
export async function postGraphql<T>(port: number, token: string, query: string, variables: Record<string, unknown>): Promise<{ body: GraphqlAnswer<T>; ms: number }> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphqlAnswer<T>;
  return { body, ms: performance.now() - started };
}

// ---------------------------------------------------------------- bulk loading (set-based SQL, not measured)

/** SQL for a deterministic pseudo-random 0..99 from a key, so that every size and every run has the same mix. */
export const pseudoRandom = (key: string) => `(abs(hashtext(${key})) % 100)`;

/**
 * One secretariat of `n` schools, DANE codes 105001000001…, in two statements. The SQL expressions (over the series
 * number `g`) choose each school's sector, zone and regime; by default official, urban, no regime.
 */
export async function loadSecretariatSchools(db: Client, secretariat: string, n: number, sql: { sector?: string; zone?: string; regime?: string } = {}) {
  await db.query(`INSERT INTO secretariat (code, name) VALUES ($1, 'Secretaría de benchmark')`, [secretariat]);
  await db.query(
    `INSERT INTO school (dane_code, secretariat_code, name, name_search, sector, zone, municipality, regime)
     SELECT lpad((105001000000 + g)::text, 12, '0'), $1, 'IE Benchmark ' || g, 'ie benchmark ' || g,
            ${sql.sector ?? `'OFFICIAL'`}, ${sql.zone ?? `'URBAN'`}, 'Medellín', ${sql.regime ?? 'NULL'}
       FROM generate_series(1, $2) g`,
    [secretariat, n],
  );
}

/** The rows of the tables, summed, after ANALYZE (what autovacuum would have done on a live hub after such a load). */
export async function analyzeAndCount(db: Client, tables: string[]): Promise<number> {
  await db.query('ANALYZE');
  const { rows } = await db.query(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')} AS n`);
  return Number(rows[0].n);
}

/** A Markdown table: numbers right-aligned, the column `textColumn` left-aligned. */
export function markdownTable(head: string[], body: string[][], textColumn: number): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === textColumn ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === textColumn ? ':' : '') + '-'.repeat(w + 1) + (i === textColumn ? '' : ':')).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n');
}
