/**
 * Outbound webhook benchmark: E endpoints (default 50), each a real HTTP receiver on 127.0.0.1 in a forked child
 * process, all entitled to the same events. Phase 1 commits M events at a steady rate (latency commit → receiver,
 * p50/p95/p99, and the lag the hub reports); phase 2 commits a burst of B events at once (catch-up throughput:
 * deliveries per second until every endpoint has every event). Every delivery's signature is checked with the
 * reference verifier (standardwebhooks) in the receiver process.
 *
 *   npm run bench:webhooks -- --endpoints 50 --events 200 --rate 20 --burst 1000
 *   (or BENCH_ENDPOINTS / BENCH_EVENTS / BENCH_RATE / BENCH_BURST / BENCH_TIMEOUT_MS; DATABASE_URL to use a server
 *   PostgreSQL, otherwise an embedded one in a temporary folder)
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../../src/config';
import { startRuntime } from '../../src/runtime';
import { systemContext } from '../../src/context';
import { Role } from '../../src/common/auth/roles';
import { appendEvents } from '../../src/events/event-log';
import { EventType } from '../../src/events/catalogue';
import { EventConsumer } from '../../src/events/presets';
import { scratchDatabase } from './support/scratch-database';
import { option } from './support/options';
import { createSecretariat } from '../../src/modules/secretariats/secretariat.service';
import { registerEndpoint } from '../../src/modules/webhooks/webhook.service';
import { startWebhookWorker } from '../../src/modules/webhooks/webhook-worker';
import { activeEndpointLags } from '../../src/modules/webhooks/webhook-health';
import { RegisterWebhookEndpointInput } from '../../src/modules/webhooks/webhook.inputs';

const now = () => performance.timeOrigin + performance.now();

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

// ---------------------------------------------------------------- receiver process
interface ReceiverReport {
  received: number;
  unique: number;
  badSignatures: number;
  outOfOrder: number;
  latencies: number[];
  lastAt: number;
}

async function runReceivers(count: number) {
  const secrets: string[] = [];
  const state = Array.from({ length: count }, () => ({ received: 0, ids: new Set<string>(), lastCursor: [0n, 0n] as [bigint, bigint], outOfOrder: 0, bad: 0 }));
  let latencies: number[] = [];
  let lastAt = 0;
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const s = state[i];
        try {
          new Webhook(secrets[i]).verify(raw, req.headers as Record<string, string>);
        } catch {
          s.bad++;
        }
        const body = JSON.parse(raw) as { id: string; cursor: string; payload: { t: number } };
        s.received++;
        if (!s.ids.has(body.id)) {
          s.ids.add(body.id);
          latencies.push(now() - body.payload.t);
        }
        const [tx, id] = body.cursor.split(':').map(BigInt);
        if (tx < s.lastCursor[0] || (tx === s.lastCursor[0] && id <= s.lastCursor[1])) s.outOfOrder++;
        s.lastCursor = [tx, id];
        lastAt = now();
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    ports.push((server.address() as { port: number }).port);
  }
  process.send!({ kind: 'ports', ports });
  process.on('message', (m: { kind: string; secrets?: string[] }) => {
    if (m.kind === 'secrets') secrets.push(...m.secrets!);
    if (m.kind === 'report') {
      const report: ReceiverReport = {
        received: state.reduce((a, s) => a + s.received, 0),
        unique: state.reduce((a, s) => a + s.ids.size, 0),
        badSignatures: state.reduce((a, s) => a + s.bad, 0),
        outOfOrder: state.reduce((a, s) => a + s.outOfOrder, 0),
        latencies,
        lastAt,
      };
      latencies = [];
      process.send!({ kind: 'report', report });
    }
    if (m.kind === 'exit') process.exit(0);
  });
}

// ---------------------------------------------------------------- hub process
const database = () => scratchDatabase(54392); // the embedded PostgreSQL's port when DATABASE_URL is unset

async function main() {
  const endpoints = option('endpoints', 'BENCH_ENDPOINTS', 50);
  const events = option('events', 'BENCH_EVENTS', 200);
  const rate = option('rate', 'BENCH_RATE', 20);
  const burst = option('burst', 'BENCH_BURST', 1000);
  const timeoutMs = option('timeout', 'BENCH_TIMEOUT_MS', 300_000);
  const db = await database();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    JWT_SECRET: 'bench-secret-for-pmi-hub-only',
    DATABASE_POOL_SIZE: '20',
    WEBHOOK_CONCURRENCY: String(endpoints),
  });
  const runtime = await startRuntime(config);
  const child = fork(__filename, ['--receivers', String(endpoints)], { stdio: 'inherit' });
  const inbox: { kind: string; ports?: number[]; report?: ReceiverReport }[] = [];
  let notify: (() => void) | null = null;
  child.on('message', (m: (typeof inbox)[number]) => {
    inbox.push(m);
    notify?.();
  });
  const next = (kind: string) =>
    new Promise<(typeof inbox)[number]>((resolve) => {
      const check = () => {
        const i = inbox.findIndex((x) => x.kind === kind);
        if (i >= 0) resolve(inbox.splice(i, 1)[0]);
      };
      notify = check;
      check();
    });
  const { ports } = await next('ports');
  const ctx = systemContext(runtime, { subject: 'bench', role: Role.ADMIN });
  await createSecretariat(ctx, { code: 'B0001', name: 'Secretaría de benchmark', department: 'Antioquia' } as never);
  const secrets: string[] = [];
  for (const port of ports!) {
    const input = Object.assign(new RegisterWebhookEndpointInput(), {
      url: `http://127.0.0.1:${port}/hooks`,
      secretariat: 'B0001',
      clientId: `men-${port}`,
      scopes: ['read:MEN'],
      consumer: EventConsumer.MEN,
    });
    secrets.push((await registerEndpoint(ctx, input)).secret);
  }
  child.send({ kind: 'secrets', secrets });
  const stopWorker = startWebhookWorker(runtime);

  let maxLagEvents = 0;
  let maxLagSeconds = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const lags = await activeEndpointLags(runtime);
      for (const l of lags) {
        maxLagEvents = Math.max(maxLagEvents, l.count);
        maxLagSeconds = Math.max(maxLagSeconds, l.seconds);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  const emit = (n: number, from: number) =>
    runtime.db.transaction((tx) =>
      appendEvents(
        tx,
        ctx,
        Array.from({ length: n }, (_, k) => ({ type: EventType.SCHOOL_UPDATED, secretariat: 'B0001', entity: 'School', entityId: String(from + k), payload: { t: now() } })),
      ),
    );
  const started = Date.now();
  const left = () => timeoutMs - (Date.now() - started);
  const report = async () => {
    child.send({ kind: 'report' });
    return (await next('report')).report!;
  };
  // Phase 1: steady rate.
  const interval = 1000 / rate;
  const t0 = Date.now();
  for (let i = 0; i < events && left() > 0; i++) {
    const due = t0 + i * interval;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await emit(1, i);
  }
  const steadyLatencies: number[] = [];
  for (;;) {
    const r1 = await report();
    steadyLatencies.push(...r1.latencies);
    if (steadyLatencies.length >= events * endpoints || left() <= 0) break;
    await new Promise((res) => setTimeout(res, 250));
  }
  const steadyLag = { events: maxLagEvents, seconds: maxLagSeconds };
  maxLagEvents = 0;
  maxLagSeconds = 0;

  // Phase 2: a burst committed at once (in batches of 100 events per transaction).
  const b0 = now();
  for (let i = 0; i < burst; i += 100) await emit(Math.min(100, burst - i), events + i);
  const burstLatencies: number[] = [];
  let r2: ReceiverReport;
  let unique = 0;
  for (;;) {
    r2 = await report();
    burstLatencies.push(...r2.latencies);
    unique = r2.unique;
    if (unique >= (events + burst) * endpoints || left() <= 0) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  const burstSeconds = (r2.lastAt - b0) / 1000;
  sampling = false;
  await sampler;

  const s1 = steadyLatencies.sort((a, b) => a - b);
  const s2 = burstLatencies.sort((a, b) => a - b);
  const lines = [
    `pmi-hub webhook benchmark (${os.cpus().length} CPUs, Node ${process.version}, ${process.env.DATABASE_URL ? 'server' : 'embedded'} PostgreSQL; receivers in a child process)`,
    `endpoints ${endpoints}; steady: ${events} events at ${rate}/s; burst: ${burst} events at once`,
    `steady: delivered ${s1.length} of ${events * endpoints}; latency commit → receiver p50 ${percentile(s1, 50).toFixed(0)} ms, p95 ${percentile(s1, 95).toFixed(0)} ms, p99 ${percentile(s1, 99).toFixed(0)} ms; max lag seen ${steadyLag.events} events / ${steadyLag.seconds.toFixed(1)} s`,
    `burst: ${burst * endpoints} deliveries in ${burstSeconds.toFixed(1)} s = ${((burst * endpoints) / burstSeconds).toFixed(0)} deliveries/s; latency p50 ${percentile(s2, 50).toFixed(0)} ms, p99 ${percentile(s2, 99).toFixed(0)} ms; max lag seen ${maxLagEvents} events / ${maxLagSeconds.toFixed(1)} s`,
    `total received ${r2.received} (unique ${unique}, duplicates ${r2.received - unique}), bad signatures ${r2.badSignatures}, out of order ${r2.outOfOrder}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  await stopWorker();
  child.send({ kind: 'exit' });
  await runtime.shutdown();
  await db.cleanup();
  process.exit(unique === (events + burst) * endpoints && r2.badSignatures === 0 && r2.outOfOrder === 0 ? 0 : 1);
}

if (process.argv[2] === '--receivers') {
  void runReceivers(Number(process.argv[3]));
} else {
  main().catch((err) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
