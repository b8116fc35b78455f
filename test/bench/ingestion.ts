import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';

/**
 * npm run bench:ingestion [-- --records 100000 --batch 2000 --concurrency 2]
 * Streams D01.03 self-evaluation batches through the real GraphQL HTTP mutation (a SUBPROCESS token with
 * ingest:D01.03) into a hub running in its own process, on a fresh database (DATABASE_URL's server, or an embedded
 * PostgreSQL). Prints records/s for the first load (all CREATED) and for the same stream again (all UNCHANGED), and
 * the server's peak memory.
 */
const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '2' },
  },
});
const RECORDS = Number(values.records);
const BATCH = Number(values.batch);
const CONCURRENCY = Number(values.concurrency);
const SECRETARIAT = 'BENCH';
const YEARS = ['2021', '2022', '2023', '2024', '2025', '2026'];

const MUTATION = `mutation Bench($input: SelfEvaluationBatchInput!) {
  ingestSelfEvaluations(input: $input) { received created updated unchanged rejected }
}`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-postgres', port: 54331, database: 'postgres' });
    adminUrl = embedded.url;
  }
  const dbName = `pmi_bench_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();

  let server: ChildProcess | null = null;
  try {
    server = fork(path.join(__dirname, 'ingestion-server.js'), [], {
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
    await db.query(`INSERT INTO secretariat (code, name) VALUES ($1, 'Secretaría de benchmark')`, [SECRETARIAT]);
    await db.query(
      `INSERT INTO school (dane_code, secretariat_code, name, name_search, sector, zone, municipality)
       SELECT lpad((100000000000 + g)::text, 12, '0'), $1, 'IE ' || g, 'ie ' || g, 'OFFICIAL', 'URBAN', 'Medellín' FROM generate_series(1, $2) g`,
      [SECRETARIAT, schoolCount],
    );
    await db.end();

    function* batches(version: string) {
      let items: unknown[] = [];
      let n = 0;
      for (let s = 1; s <= schoolCount && n < RECORDS; s++) {
        const dane = String(100000000000 + s).padStart(12, '0');
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
    async function stream(label: string, expect: 'created' | 'unchanged') {
      const it = batches('2026-03-01T00:00:00Z');
      const latencies: number[] = [];
      let total = 0;
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
      server!.send({ type: 'stats' });
      const stats = await new Promise<{ peakRss: number; peakHeap: number; maxRssKb: number }>((resolve) => server!.once('message', (m) => resolve(m as never)));
      process.stdout.write(
        `${label}: ${total} records in ${latencies.length} batches of ${BATCH} (concurrency ${CONCURRENCY}) in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} records/s; ` +
          `batch p50 ${latencies[Math.floor(latencies.length / 2)].toFixed(0)} ms, p95 ${latencies[Math.floor(latencies.length * 0.95)].toFixed(0)} ms; ` +
          `server peak RSS ${mb(stats.peakRss)}, peak heap ${mb(stats.peakHeap)}\n`,
      );
    }
    process.stdout.write(`D01.03 ingestion benchmark: ${RECORDS} components, ${schoolCount} schools × ${YEARS.length} years × ${components.length} components, through POST /graphql\n`);
    await stream('first load (CREATED)', 'created');
    await stream('same stream again (UNCHANGED)', 'unchanged');
  } finally {
    if (server && server.connected) {
      server.send({ type: 'stop' });
      await new Promise((r) => server!.once('exit', r));
    }
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:ingestion failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
