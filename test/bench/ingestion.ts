import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';
import { Client, Pool } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { heapFlags } from '../../src/heap-flags';

/**
 * npm run bench:ingestion [-- --records 100000 --batch 2000 --concurrency 2] [--db URL]
 * Streams D01.03 self-evaluation batches through the real GraphQL HTTP mutation (a SUBPROCESS token with
 * ingest:D01.03) into a hub running in its own process (graphql-js loaded as `npm start` loads it), on a fresh
 * database (DATABASE_URL's server, or an embedded PostgreSQL) or, with --db, into an existing one such as a COPY of
 * the generated national data (a new secretariat of its own is added and removed afterwards; never the shared
 * original). Prints records/s for the first load (all CREATED) and for the same stream again (all UNCHANGED), the
 * server's peak memory, and the reference measured in the same run on the same table: the same rows through one
 * plain `INSERT … SELECT FROM jsonb_to_recordset … ON CONFLICT DO UPDATE … WHERE hash differs` per batch over pg
 * (no GraphQL, no validation, no per-item results, no audit or events), on schools of their own.
 */
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '2' },
    db: { type: 'string' },
  },
});
const RECORDS = Number(values.records);
const BATCH = Number(values.batch);
const CONCURRENCY = Number(values.concurrency);
const SECRETARIAT = `BENCH${randomBytes(3).toString('hex')}`;
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];

const MUTATION = `mutation Bench($input: SelfEvaluationBatchInput!) {
  ingestSelfEvaluations(input: $input) { received created updated unchanged rejected }
}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/**
 * CPU seconds the whole PostgreSQL server has used so far, when it runs on this machine (the embedded one, or a local
 * server): the postmaster's own and its reaped children's (utime, stime, cutime, cstime of /proc/<pid>/stat) plus
 * every live child's (backends, WAL writer, checkpointer, autovacuum). Null when /proc does not show it (a remote
 * server). On a server other sessions use, their work counts too.
 */
function databaseCpuSeconds(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  const fields = (pid: number | string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  try {
    const own = fields(postmaster); // fields from 3 (state): ppid is [1], utime [11], stime [12], cutime [13], cstime [14]
    let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const f = fields(entry);
        if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // the process ended meanwhile: its time is in the postmaster's cutime/cstime once reaped
      }
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

async function main() {
  let adminUrl = values.db ?? process.env.DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-postgres', port: 54331, database: 'postgres' });
    adminUrl = embedded.url;
  }
  const dbName = values.db ? null : `pmi_bench_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  if (dbName) await admin.query(`CREATE DATABASE "${dbName}"`);
  const u = new URL(adminUrl);
  if (dbName) u.pathname = `/${dbName}`;
  const url = u.toString();
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

  let server: ChildProcess | null = null;
  try {
    // With the V8 heap flags `npm start` runs the hub with (src/heap-flags.ts; a fork cannot re-execute itself).
    server = fork(path.join(__dirname, 'ingestion-server.js'), [], {
      execArgv: [...process.execArgv, ...heapFlags()],
      env: { ...process.env, DATABASE_URL: url, JWT_SECRET: 'bench-secret-for-pmi-hub-ingestion', NODE_ENV: 'development', BENCH_SECRETARIAT: SECRETARIAT, MAX_BATCH_SIZE: String(Math.max(BATCH, 10_000)) },
    });
    const ready = await new Promise<{ port: number; token: string }>((resolve, reject) => {
      server!.once('message', (m) => resolve(m as { port: number; token: string }));
      server!.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });

    // Registry: the components of Guía 34 and enough schools × years to reach RECORDS.
    const db = new Client({ connectionString: url });
    await db.connect();
    const components: string[] = (await db.query(`SELECT code FROM self_evaluation_component WHERE catalogue_version = 'GUIA34-2008' ORDER BY position`)).rows.map((r) => r.code);
    const perSchool = components.length * YEARS.length;
    const schoolCount = Math.ceil(RECORDS / perSchool);
    // DANE codes no generated school has (the generator's start with 1–4): 9…, a block per run, the floor's after the hub's.
    const base = 900000000000 + (parseInt(SECRETARIAT.slice(5), 16) % 9000) * 10000;
    await db.query(`INSERT INTO secretariat (code, name) VALUES ($1, 'Secretaría de benchmark')`, [SECRETARIAT]);
    await db.query(
      `INSERT INTO school (dane_code, secretariat_code, name, name_search, sector, zone, municipality)
       SELECT ($3::bigint + g)::text, $1, 'IE ' || g, 'ie ' || g, 'OFFICIAL', 'URBAN', 'Medellín' FROM generate_series(1, $2) g`,
      [SECRETARIAT, schoolCount * 2, base],
    );
    const catalogue = new Map<string, { process_code: string; area: string }>(
      (await db.query(`SELECT code, process_code, area FROM self_evaluation_component WHERE catalogue_version = 'GUIA34-2008'`)).rows.map((r) => [r.code, r]),
    );
    const existingRows = Number((await db.query('SELECT count(*) FROM self_evaluation_score_all')).rows[0].count);
    let postmaster: number | null = null;
    try {
      const backend = (await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
      const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
      postmaster = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      postmaster = null; // not on this machine
    }
    const dbCpu = (since: number | null, records: number) => {
      const now = databaseCpuSeconds(postmaster);
      return now === null || since === null ? 'database CPU n/a' : `database CPU ${(now - since).toFixed(1)} s = ${(((now - since) * 1e6) / records).toFixed(0)} µs per record`;
    };

    function* batches(version: string, offset = 0) {
      let items: { daneCode: string; year: string; componentCode: string; score: number; evidence: string; sourceTimestamp: string }[] = [];
      let n = 0;
      for (let s = 1; s <= schoolCount && n < RECORDS; s++) {
        const dane = String(base + offset + s);
        for (const year of YEARS) {
          for (const code of components) {
            if (n++ >= RECORDS) break;
            items.push({ daneCode: dane, year, componentCode: code, score: ((s + n) % 4) + 1, evidence: `Acta ${year}-${s}`, sourceTimestamp: version });
            if (items.length === BATCH) {
              yield items;
              items = [];
            }
          }
        }
      }
      if (items.length) yield items;
    }

    const endpoint = `http://127.0.0.1:${ready.port}/graphql`;
    const rates: Record<string, number> = {};
    async function stream(label: string, expect: 'created' | 'unchanged') {
      const it = batches('2026-03-01T00:00:00Z');
      const latencies: number[] = [];
      let total = 0;
      const db0 = databaseCpuSeconds(postmaster);
      const started = process.hrtime.bigint();
      async function worker() {
        for (;;) {
          const next = it.next();
          if (next.done) return;
          const t0 = process.hrtime.bigint();
          const res = await fetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ready.token}` },
            body: JSON.stringify({ query: MUTATION, variables: { input: { items: next.value } } }),
          });
          const body = (await res.json()) as { data?: { ingestSelfEvaluations: Record<string, number> }; errors?: unknown };
          if (!body.data) throw new Error(`batch failed: ${JSON.stringify(body.errors).slice(0, 500)}`);
          const r = body.data.ingestSelfEvaluations;
          if (r[expect] !== next.value.length) throw new Error(`expected ${next.value.length} ${expect}, got ${JSON.stringify(r)}`);
          total += r.received;
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        }
      }
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      rates[label] = total / seconds;
      server!.send({ type: 'stats' });
      const stats = await new Promise<{ peakRss: number; peakHeap: number; maxRssKb: number; cpuSeconds: number }>((resolve) => server!.once('message', (m) => resolve(m as never)));
      process.stdout.write(
        `${label}: ${total} records in ${latencies.length} batches of ${BATCH} (concurrency ${CONCURRENCY}) in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} records/s; ` +
          `batch p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(0)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)].toFixed(0)} ms; ` +
          `server CPU ${stats.cpuSeconds.toFixed(1)} s = ${((stats.cpuSeconds * 1e6) / total).toFixed(0)} µs per record; ${dbCpu(db0, total)}; ` +
          `server peak RSS ${mb(stats.peakRss)}, peak heap ${mb(stats.peakHeap)}; load average ${load()}\n`,
      );
    }

    // The reference: the same rows (on the floor's own schools) through one plain upsert per batch over pg.
    const PROVENANCE = 'secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash';
    const COLUMNS = 'school_dane, year, catalogue_version, component_code, process_code, area, score, evidence';
    const floorUpsert = `INSERT INTO self_evaluation_score_all AS t (${PROVENANCE}, ${COLUMNS})
      SELECT $2, 'D01.03', r.school_dane || ':' || r.year || ':' || r.component_code, 'bench', now(), r.source_timestamp,
             md5(concat_ws('|', r.school_dane, r.year, r.catalogue_version, r.component_code, r.process_code, r.area, r.score, r.evidence)), ${COLUMNS}
        FROM jsonb_to_recordset($1::jsonb) AS r(school_dane char(12), year varchar, catalogue_version varchar, component_code varchar,
             process_code varchar, area varchar, score smallint, evidence text, source_timestamp timestamptz)
      ON CONFLICT (school_dane, year, component_code) DO UPDATE SET score = EXCLUDED.score, evidence = EXCLUDED.evidence,
             content_hash = EXCLUDED.content_hash, source_timestamp = EXCLUDED.source_timestamp, received_at = EXCLUDED.received_at
       WHERE t.content_hash <> EXCLUDED.content_hash AND t.source_timestamp <= EXCLUDED.source_timestamp
      RETURNING t.id, (t.xmax = 0) AS inserted`;
    const floorPool = new Pool({ connectionString: url, max: CONCURRENCY });
    async function floor(label: string, expect: 'created' | 'unchanged') {
      const it = batches('2026-03-01T00:00:00Z', schoolCount);
      let total = 0;
      const db0 = databaseCpuSeconds(postmaster);
      const cpu0 = process.cpuUsage();
      const started = process.hrtime.bigint();
      async function worker() {
        for (;;) {
          const next = it.next();
          if (next.done) return;
          const rows = next.value.map((i) => ({
            school_dane: i.daneCode, year: i.year, catalogue_version: 'GUIA34-2008', component_code: i.componentCode,
            ...catalogue.get(i.componentCode), score: i.score, evidence: i.evidence, source_timestamp: i.sourceTimestamp,
          }));
          const r = await floorPool.query(floorUpsert, [JSON.stringify(rows), SECRETARIAT]);
          const inserted = r.rows.filter((x) => x.inserted).length;
          if ((expect === 'created' ? inserted : r.rows.length) !== (expect === 'created' ? rows.length : 0)) throw new Error(`floor: unexpected ${r.rows.length} rows`);
          total += rows.length;
        }
      }
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const hub = rates[label];
      process.stdout.write(
        `  reference, ${label}: plain upsert over pg ${Math.round(total / seconds)} records/s; the hub ${(hub / (total / seconds)).toFixed(2)}× the reference; ` +
          `${dbCpu(db0, total)}; its client (this process) ${((((c) => c.user + c.system)(process.cpuUsage(cpu0))) / total).toFixed(0)} µs per record; load average ${load()}\n`,
      );
    }
    process.stdout.write(
      `D01.03 ingestion benchmark (${os.cpus().length} CPUs, Node ${process.version}): ${RECORDS} components, ${schoolCount} schools × ${YEARS.length} years × ${components.length} components, through POST /graphql; ` +
        `into ${values.db ? `${u.pathname.slice(1)} (${existingRows} rows already in the table)` : 'a fresh database'}; load average ${load()}\n`,
    );
    server.send({ type: 'stats' }); // resets the server's CPU and peak counters after start-up
    const idle = await new Promise<{ peakRss: number }>((resolve) => server!.once('message', (m) => resolve(m as never)));
    process.stdout.write(`server RSS after start-up ${mb(idle.peakRss)}\n`);
    await stream('first load (CREATED)', 'created');
    await floor('first load (CREATED)', 'created');
    await stream('same stream again (UNCHANGED)', 'unchanged');
    await floor('same stream again (UNCHANGED)', 'unchanged');
    await floorPool.end();
    if (values.db) {
      // Leave the copy as it was: the run's secretariat and everything written for it.
      for (const table of ['self_evaluation_score_all', 'audit_entry', 'event', 'school', 'secretariat']) {
        await db.query(`DELETE FROM ${table} WHERE ${table === 'secretariat' ? 'code' : 'secretariat_code'} = $1`, [SECRETARIAT]);
      }
    }
    await db.end();
  } finally {
    if (server && server.connected) {
      server.send({ type: 'stop' });
      await new Promise((r) => server!.once('exit', r));
    }
    if (dbName) await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:ingestion failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
