/**
 * Subscription fan-out benchmark: N concurrent graphql-ws subscribers (each on its own WebSocket) on one hub
 * instance, M events committed at a steady rate; prints delivery latency (commit → client receives) p50/p95/p99 and
 * the server's memory. The hub runs in this process (so its memory is what process.memoryUsage() reports); the
 * clients run in a forked child process. Loopback only, bounded by BENCH_TIMEOUT_MS.
 *
 *   npm run bench:subscriptions -- --subscribers 1000 --events 200 --rate 50 [--plain]
 *   (--plain: graphql-js's per-subscriber execution instead of the shared one, SHARED_SUBSCRIPTION_EXECUTION=false)
 *   (or BENCH_SUBSCRIBERS / BENCH_EVENTS / BENCH_RATE / BENCH_TIMEOUT_MS; DATABASE_URL to use a server PostgreSQL,
 *   otherwise an embedded one in a temporary folder)
 */
import '../../src/graphql-production'; // first: graphql-js as `npm start` loads it (production mode)
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config';
import { startRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub } from '../../src/server';
import { systemContext } from '../../src/context';
import { Role } from '../../src/common/auth/roles';
import { appendEvent } from '../../src/events/event-log';
import { EventType } from '../../src/events/catalogue';
import { startEmbeddedPostgres } from '../../src/db/embedded';

const now = () => performance.timeOrigin + performance.now();

function option(name: string, env: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[env];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} / ${env} must be a positive number`);
  return value;
}

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---------------------------------------------------------------- client process
interface ClientReport {
  received: number;
  errors: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU seconds the client process used while events were delivered. */
  cpuSeconds: number;
}

async function runClients(wsUrl: string, token: string, subscribers: number, events: number) {
  const latencies = new Float64Array(subscribers * events);
  let received = 0;
  const errors: string[] = [];
  const disposers: (() => void)[] = [];
  const query = 'subscription { events(types: [SCHOOL_UPDATED]) { cursor payload } }';
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${token}` } });
    disposers.push(() => void client.dispose());
    client.subscribe<{ events: { payload: { t: number } } }>(
      { query },
      {
        next: (r) => {
          if (r.data) {
            cpuAtFirst ??= process.cpuUsage();
            latencies[received++] = now() - r.data.events.payload.t;
          }
          if (received === latencies.length) finish();
        },
        error: (e) => errors.push(String((e as Error).message ?? JSON.stringify(e))),
        complete: () => undefined,
      },
    );
  }
  let cpuAtFirst: NodeJS.CpuUsage | null = null;
  process.send!({ kind: 'subscribed' });
  const finish = () => {
    const sorted = latencies.slice(0, received).sort();
    const report: ClientReport = {
      received,
      errors: errors.slice(0, 5),
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      cpuSeconds: cpuAtFirst ? (() => { const c = process.cpuUsage(cpuAtFirst); return (c.user + c.system) / 1e6; })() : NaN,
    };
    process.send!({ kind: 'report', report }, () => {
      disposers.forEach((d) => d());
      process.exit(0);
    });
  };
  process.on('message', (m: { kind: string }) => {
    if (m.kind === 'finish') finish();
  });
}

// ---------------------------------------------------------------- server process
async function database(): Promise<{ url: string; cleanup(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `pmi_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async cleanup() {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: 54391 });
  return {
    url: pg.url,
    async cleanup() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const subscribers = option('subscribers', 'BENCH_SUBSCRIBERS', 1000);
  const events = option('events', 'BENCH_EVENTS', 200);
  const rate = option('rate', 'BENCH_RATE', 50);
  const timeoutMs = option('timeout', 'BENCH_TIMEOUT_MS', 180_000);
  const loadAtStart = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const db = await database();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    JWT_SECRET: 'bench-secret-for-pmi-hub-only',
    MAX_QUERY_COMPLEXITY: '1000000',
    // --plain: graphql-js executes every event for every subscriber (the reference for the shared execution).
    SHARED_SUBSCRIPTION_EXECUTION: process.argv.includes('--plain') ? 'false' : 'true',
  });
  const runtime = await startRuntime(config);
  const hub = await createHub(runtime, await buildHubSchema());
  const port = await hub.listen(0, '127.0.0.1');
  const token = await runtime.tokens.mint({ sub: 'bench', role: Role.MINISTRY });
  global.gc?.();
  const baseline = process.memoryUsage();

  const child = fork(__filename, ['--client', `ws://127.0.0.1:${port}/graphql`, token, String(subscribers), String(events)], {
    stdio: 'inherit',
  });
  const messages: { kind: string; report?: ClientReport }[] = [];
  let notify: (() => void) | null = null;
  child.on('message', (m: { kind: string }) => {
    messages.push(m);
    notify?.();
  });
  const waitFor = (kind: string, ms: number) =>
    new Promise<{ kind: string; report?: ClientReport } | null>((resolve) => {
      const deadline = setTimeout(() => resolve(null), ms);
      const check = () => {
        const m = messages.find((x) => x.kind === kind);
        if (m) {
          clearTimeout(deadline);
          resolve(m);
        }
      };
      notify = check;
      check();
    });

  const started = Date.now();
  const left = () => Math.max(0, timeoutMs - (Date.now() - started));
  await waitFor('subscribed', left());
  while (runtime.events.subscriberCount < subscribers && left() > 0) await new Promise((r) => setTimeout(r, 50));
  const connected = process.memoryUsage();
  const connectMs = Date.now() - started;
  const cpuBefore = process.cpuUsage();

  let peakRss = connected.rss;
  let peakHeap = connected.heapUsed;
  // RSS per minute of delivery (max of the samples): whether memory stays flat under a long run (issue 14).
  const perMinute: number[] = [];
  const deliveryStarted = Date.now();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    const minute = Math.floor((Date.now() - deliveryStarted) / 60_000);
    perMinute[minute] = Math.max(perMinute[minute] ?? 0, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);

  const ctx = systemContext(runtime, { subject: 'bench', role: Role.ADMIN });
  const interval = 1000 / rate;
  const t0 = Date.now();
  for (let i = 0; i < events && left() > 0; i++) {
    const due = t0 + i * interval;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await ctx.runtime.db.transaction((tx) =>
      appendEvent(tx, ctx, { type: EventType.SCHOOL_UPDATED, secretariat: 'BENCH', entity: 'School', entityId: String(i), payload: { t: now(), i } }),
    );
  }
  const emitMs = Date.now() - t0;
  let result = await waitFor('report', Math.min(left(), 60_000));
  if (!result) {
    child.send({ kind: 'finish' });
    result = await waitFor('report', 10_000);
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const r = result?.report;

  const lines = [
    `pmi-hub subscription benchmark (${os.cpus().length} CPUs, Node ${process.version}, ${process.env.DATABASE_URL ? 'server' : 'embedded'} PostgreSQL; ` +
      `${config.SHARED_SUBSCRIPTION_EXECUTION ? 'shared execution per event and selection' : 'plain: executed per subscriber'}; load average at start ${loadAtStart}, at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`,
    `subscribers ${subscribers} (one WebSocket each), events ${events} at ${rate}/s (emitted in ${(emitMs / 1000).toFixed(1)} s); all subscribed after ${(connectMs / 1000).toFixed(1)} s`,
    `delivered ${r?.received ?? 0} of ${subscribers * events}${r?.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`,
    `latency commit → client: p50 ${r?.p50.toFixed(1)} ms, p95 ${r?.p95.toFixed(1)} ms, p99 ${r?.p99.toFixed(1)} ms, max ${r?.max.toFixed(1)} ms`,
    `CPU while delivering: hub ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${(((cpu.user + cpu.system) / Math.max(1, r?.received ?? 1))).toFixed(1)} µs per delivery, emitting included), clients ${r?.cpuSeconds.toFixed(1)} s (${(((r?.cpuSeconds ?? NaN) * 1e6) / Math.max(1, r?.received ?? 1)).toFixed(1)} µs per delivery)`,
    `server memory: baseline RSS ${mb(baseline.rss)} heap ${mb(baseline.heapUsed)}; with subscribers RSS ${mb(connected.rss)} heap ${mb(connected.heapUsed)} (${((connected.heapUsed - baseline.heapUsed) / 1024 / subscribers).toFixed(1)} KB heap per subscriber); peak during delivery RSS ${mb(peakRss)} heap ${mb(peakHeap)}` +
      (perMinute.length > 1 ? `; peak RSS per minute of delivery: ${perMinute.map((b) => mb(b)).join(', ')}` : ''),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  child.kill();
  await hub.close();
  await runtime.shutdown();
  await db.cleanup();
  process.exit(r && r.received === subscribers * events ? 0 : 1);
}

if (process.argv[2] === '--client') {
  void runClients(process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6]));
} else {
  main().catch((err) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
