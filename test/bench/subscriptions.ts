/**
 * Subscription fan-out benchmark: N concurrent graphql-transport-ws subscribers (each on its own WebSocket) on one hub
 * instance, M events committed at a steady rate; prints delivery latency (commit → client receives) p50/p95/p99, the
 * time each stage takes (commit, the bus's read, the first and last socket write, the first and last client), the
 * hub's event-loop delay, CPU per delivery and the server's memory. The hub runs in this process (so its memory is
 * what process.memoryUsage() reports); the clients run in a forked child process. Loopback only, bounded by
 * BENCH_TIMEOUT_MS.
 *
 *   npm run bench:subscriptions -- --subscribers 1000 --events 200 --rate 50 [--plain] [--client lean|graphql-ws]
 *   (--plain: graphql-js's per-subscriber execution instead of the shared one, SHARED_SUBSCRIPTION_EXECUTION=false;
 *   --client: a bare graphql-transport-ws client over `ws` (default) or graphql-ws's createClient; BENCH_CLIENT)
 *   (or BENCH_SUBSCRIBERS / BENCH_EVENTS / BENCH_RATE / BENCH_TIMEOUT_MS; DATABASE_URL to use a server PostgreSQL,
 *   otherwise an embedded one in a temporary folder)
 */
import '../../src/graphql-production'; // first: graphql-js as `npm start` loads it (production mode)
import 'reflect-metadata';
import { fork } from 'node:child_process';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
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
import type { HubEvent } from '../../src/events/event.entity';
import { scratchDatabase } from './support/scratch-database';
import { option } from './support/options';

/**
 * Epoch milliseconds with sub-millisecond resolution, comparable between the hub's process and the clients' process.
 * (`performance.timeOrigin` is taken once per process and may be off by milliseconds between two processes; the
 * monotonic clock is anchored here to the system clock at the edge of a millisecond instead.)
 */
const now = (() => {
  const start = Date.now();
  let edge = start;
  while (edge === start) edge = Date.now();
  const base = performance.now();
  return () => edge + (performance.now() - base);
})();

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
  /** Per event (index `i` of its payload): when the first and the last client received it (epoch ms). */
  firstReceived: number[];
  lastReceived: number[];
  /** Which client library received: graphql-ws's client, or the lean one (bare `ws`, graphql-transport-ws). */
  client: string;
}

async function runClients(wsUrl: string, token: string, subscribers: number, events: number, lean: boolean) {
  const latencies = new Float64Array(subscribers * events);
  const firstReceived = new Array<number>(events).fill(NaN);
  const lastReceived = new Array<number>(events).fill(NaN);
  let received = 0;
  const errors: string[] = [];
  const disposers: (() => void)[] = [];
  const query = 'subscription { events(types: [SCHOOL_UPDATED]) { cursor payload } }';
  let cpuAtFirst: NodeJS.CpuUsage | null = null;
  // `at` is taken before the message is handed to anything else, so both clients time the same moment.
  const record = (at: number, payload: { t: number; i: number }) => {
    cpuAtFirst ??= process.cpuUsage();
    latencies[received++] = at - payload.t;
    if (!(firstReceived[payload.i] <= at)) firstReceived[payload.i] = at;
    if (!(lastReceived[payload.i] >= at)) lastReceived[payload.i] = at;
    if (received === latencies.length) finish();
  };
  for (let i = 0; i < subscribers; i++) {
    if (lean) {
      // A bare WebSocket speaking graphql-transport-ws (connection_init → connection_ack → subscribe → next…): what a
      // lean consumer does, without graphql-ws's client bookkeeping per message (the clients share the hub's cores).
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
      disposers.push(() => socket.terminate());
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
      socket.on('error', (e) => errors.push(e.message));
      socket.on('message', (data) => {
        const at = now();
        const m = JSON.parse(String(data)) as { type: string; payload?: { data?: { events: { payload: { t: number; i: number } } } } };
        if (m.type === 'next' && m.payload?.data) record(at, m.payload.data.events.payload);
        else if (m.type === 'connection_ack') socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        else if (m.type === 'ping') socket.send('{"type":"pong"}');
        else if (m.type !== 'pong') errors.push(String(data).slice(0, 200));
      });
      continue;
    }
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { Authorization: `Bearer ${token}` } });
    disposers.push(() => void client.dispose());
    client.subscribe<{ events: { payload: { t: number; i: number } } }>(
      { query },
      {
        next: (r) => {
          if (r.data) record(now(), r.data.events.payload);
        },
        error: (e) => errors.push(String((e as Error).message ?? JSON.stringify(e))),
        complete: () => undefined,
      },
    );
  }
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
      firstReceived,
      lastReceived,
      client: lean ? 'lean (ws, graphql-transport-ws)' : 'graphql-ws createClient',
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
const database = () => scratchDatabase(54391); // the embedded PostgreSQL's port when DATABASE_URL is unset

/**
 * `--client lean` (the default: bare `ws` speaking graphql-transport-ws, the receive time taken as the frame arrives)
 * or `graphql-ws` (the library's client, the receive time taken in its `next` callback). The clients share the hub's
 * cores here, so the leaner one leaves more of them to the hub, as clients on other machines would.
 */
function clientOption(): 'lean' | 'graphql-ws' {
  const i = process.argv.indexOf('--client');
  const raw = i >= 0 ? process.argv[i + 1] : (process.env.BENCH_CLIENT ?? 'lean');
  if (raw !== 'lean' && raw !== 'graphql-ws') throw new Error('--client / BENCH_CLIENT must be lean or graphql-ws');
  return raw;
}

/**
 * Where an event's time goes, per event: when the emitter's commit returned, when this instance's bus had read it
 * (a bus subscriber of the benchmark's own), when the hub wrote it to the first and to the last socket (`ws`'s send,
 * observed by reading the event's index at the end of the frame), when the first and the last client received it.
 */
class Stages {
  readonly emitted: number[];
  readonly committed: number[];
  readonly read: number[];
  readonly firstSend: number[];
  readonly lastSend: number[];
  readonly loopDelay = monitorEventLoopDelay({ resolution: 5 });
  private restoreSend: (() => void) | null = null;

  constructor(events: number) {
    const empty = () => new Array<number>(events).fill(NaN);
    this.emitted = empty();
    this.committed = empty();
    this.read = empty();
    this.firstSend = empty();
    this.lastSend = empty();
  }

  observe(bus: { subscribe(s: { deliver(e: readonly HubEvent[]): void; backlog(): number; end(): void }): () => void }) {
    const detach = bus.subscribe({
      deliver: (batch) => {
        const at = now();
        for (const e of batch) {
          const i = (e.payload as { i?: number }).i;
          if (typeof i === 'number') this.read[i] = at;
        }
      },
      backlog: () => 0,
      end: () => undefined,
    });
    const proto = WebSocket.prototype as unknown as { send: (data: unknown, ...rest: unknown[]) => void };
    const send = proto.send;
    const stages = this;
    proto.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
      // The payload is {"i":…,"t":…} (jsonb orders keys by length, then bytes), near the end of the message.
      const tail = typeof data === 'string' ? data.slice(-80) : Buffer.isBuffer(data) ? data.toString('latin1', Math.max(0, data.length - 80)) : '';
      const m = /"i":(\d+)[,}]/.exec(tail);
      if (m) {
        const at = now();
        const i = Number(m[1]);
        if (!(stages.firstSend[i] <= at)) stages.firstSend[i] = at;
        if (!(stages.lastSend[i] >= at)) stages.lastSend[i] = at;
      }
      return send.call(this, data, ...rest);
    };
    this.restoreSend = () => {
      proto.send = send;
      detach();
    };
    this.loopDelay.enable();
  }

  stop() {
    this.restoreSend?.();
    this.loopDelay.disable();
  }

  /** Median and p95 over events of each stage, in ms after the emitter took `t` (just before its commit). */
  lines(report: ClientReport | undefined): string[] {
    const stage = (name: string, at: number[]) => {
      const d = Float64Array.from(at.map((x, i) => x - this.emitted[i]).filter((x) => Number.isFinite(x))).sort();
      return `${name} ${percentile(d, 50).toFixed(1)} / ${percentile(d, 95).toFixed(1)} / ${d.length ? d[d.length - 1].toFixed(1) : 'NaN'}`;
    };
    return [
      `stages, ms after the emitter's timestamp (median / p95 / max over events): ` +
        [
          stage('commit returned', this.committed),
          stage('bus read', this.read),
          stage('first socket write', this.firstSend),
          stage('last socket write', this.lastSend),
          stage('first client received', report?.firstReceived ?? []),
          stage('last client received', report?.lastReceived ?? []),
        ].join('; '),
      `hub event-loop delay while delivering: p50 ${(this.loopDelay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(this.loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(this.loopDelay.max / 1e6).toFixed(1)} ms`,
    ];
  }
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

  // The benchmark's own bus subscriber comes first, so it is handed each batch as soon as the bus has read it.
  const stages = new Stages(events);
  stages.observe(runtime.events);
  const lean = clientOption() === 'lean';
  const child = fork(__filename, ['--client-process', `ws://127.0.0.1:${port}/graphql`, token, String(subscribers), String(events), lean ? 'lean' : 'graphql-ws'], {
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
  while (runtime.events.subscriberCount < subscribers + 1 && left() > 0) await new Promise((r) => setTimeout(r, 50));
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
    const t = now();
    stages.emitted[i] = t;
    await ctx.runtime.db.transaction((tx) =>
      appendEvent(tx, ctx, { type: EventType.SCHOOL_UPDATED, secretariat: 'BENCH', entity: 'School', entityId: String(i), payload: { t, i } }),
    );
    stages.committed[i] = now();
  }
  const emitMs = Date.now() - t0;
  let result = await waitFor('report', Math.min(left(), 60_000));
  if (!result) {
    child.send({ kind: 'finish' });
    result = await waitFor('report', 10_000);
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  stages.stop();
  const r = result?.report;

  const lines = [
    `pmi-hub subscription benchmark (${os.cpus().length} CPUs, Node ${process.version}, ${process.env.DATABASE_URL ? 'server' : 'embedded'} PostgreSQL; ` +
      `${config.SHARED_SUBSCRIPTION_EXECUTION ? 'shared execution per event and selection' : 'plain: executed per subscriber'}; load average at start ${loadAtStart}, at end ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`,
    `subscribers ${subscribers} (one WebSocket each), events ${events} at ${rate}/s (emitted in ${(emitMs / 1000).toFixed(1)} s); all subscribed after ${(connectMs / 1000).toFixed(1)} s`,
    `clients: ${r?.client ?? clientOption()}`,
    `delivered ${r?.received ?? 0} of ${subscribers * events}${r?.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`,
    `latency commit → client: p50 ${r?.p50.toFixed(1)} ms, p95 ${r?.p95.toFixed(1)} ms, p99 ${r?.p99.toFixed(1)} ms, max ${r?.max.toFixed(1)} ms`,
    `CPU while delivering: hub ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${(((cpu.user + cpu.system) / Math.max(1, r?.received ?? 1))).toFixed(1)} µs per delivery, emitting included), clients ${r?.cpuSeconds.toFixed(1)} s (${(((r?.cpuSeconds ?? NaN) * 1e6) / Math.max(1, r?.received ?? 1)).toFixed(1)} µs per delivery)`,
    `server memory: baseline RSS ${mb(baseline.rss)} heap ${mb(baseline.heapUsed)}; with subscribers RSS ${mb(connected.rss)} heap ${mb(connected.heapUsed)} (${((connected.heapUsed - baseline.heapUsed) / 1024 / subscribers).toFixed(1)} KB heap per subscriber); peak during delivery RSS ${mb(peakRss)} heap ${mb(peakHeap)}` +
      (perMinute.length > 1 ? `; peak RSS per minute of delivery: ${perMinute.map((b) => mb(b)).join(', ')}` : ''),
  ];
  lines.push(...stages.lines(r));
  process.stdout.write(lines.join('\n') + '\n');
  child.kill();
  await hub.close();
  await runtime.shutdown();
  await db.cleanup();
  process.exit(r && r.received === subscribers * events ? 0 : 1);
}

if (process.argv[2] === '--client-process') {
  void runClients(process.argv[3], process.argv[4], Number(process.argv[5]), Number(process.argv[6]), process.argv[7] === 'lean');
} else {
  main().catch((err) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
