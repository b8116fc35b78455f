import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, SCHOOLS_QUERY } from './support/floor-sql';
import { cpuMsOf, httpClient, rssOf, startServer } from './support/processes';

/**
 * npm run bench:memory -- --db URL [--clients 50] [--seconds 20 --rounds 2 | --minutes 5 --interval 30]
 *                         [--variants 'name:FLAG_OR_ENV … [@main.js];name2:…'] [--hub-cache on|off] [--mix 8] [--hold S]
 * The hub's memory under the dashboard's reads (issue 14: RSS under 50 clients below 300 MB, flat over 5 minutes), on
 * a database filled by `npm run generate` (only read). Each variant is a hub process started as `npm start` starts it
 * (`node dist/src/main.js`, so with the V8 heap settings src/heap-flags.ts gives it) plus, per variant, node flags
 * (`--max-semi-space-size=8`) and/or environment settings (`HEAP_YOUNG_MB=0`); `default:` is the hub as configured;
 * `@/path/to/dist/src/main.js` runs another build of the hub (e.g. a baseline from `git archive`) in its own root.
 * Every client asks, request after request, the next of a mix of the dashboard's reads — improvementPlans(first: 50)
 * with parts as the Ministry and as a leader, schools(first: 50), jurisdictionAnalysis(first: 50), pmiResultsNational —
 * over the first 8 pages (or departments) of each, by the hub's own cursors, so answers differ as they do in use.
 * Compare (default): every variant's hub is started, then loaded in turn for --seconds at --clients, --rounds times
 * (the order rotating), so variants share the machine's state; prints req/s, p50/p95, the hub's CPU per request and its
 * RSS before / at peak / 5 s after, and the JS heap (V8's own figures from /metrics) at the end; and, sampled every
 * second, what the RSS was made of at its highest sample: V8's heap (its large objects apart), the memory outside it
 * that V8 is told of (Buffers' bytes: `external`), malloc's main arena and the process's anonymous memory (/proc).
 * Soak (--minutes M): one hub per variant, in turn, under --clients for M minutes; every --interval seconds prints the
 * interval's req/s, CPU per request, peak and last RSS and the heap, then the trend of the per-interval peaks (MB per
 * minute, least squares over the intervals after the first: flat is about 0). Never pass/fail.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    minutes: { type: 'string' },
    interval: { type: 'string', default: '30' },
    variants: { type: 'string', default: 'default:' },
    'hub-cache': { type: 'string', default: 'on' },
    period: { type: 'string', default: '2026' },
    mix: { type: 'string', default: '8' },
    hold: { type: 'string', default: '0' },
  },
});
if (!values.db) throw new Error('--db <URL of a database filled by npm run generate> is required (it is only read)');
const URL_DB = values.db;
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const SOAK_MINUTES = values.minutes ? Number(values.minutes) : null;
const INTERVAL = Number(values.interval);
const PERIOD = values.period;
const MIX = Math.max(1, Number(values.mix));
const SECRET = 'bench-secret-memory-0123456789abcdef';
const root = path.join(__dirname, '..', '..', '..');

interface Variant {
  name: string;
  flags: string[];
  env: Record<string, string>;
  main: string;
}
const variants: Variant[] = String(values.variants)
  .split(';')
  .map((v) => v.trim())
  .filter(Boolean)
  .map((v) => {
    const i = v.indexOf(':');
    const name = i < 0 ? v : v.slice(0, i);
    const parts = (i < 0 ? '' : v.slice(i + 1)).split(/\s+/).filter(Boolean);
    return {
      name,
      flags: parts.filter((p) => p.startsWith('--')),
      env: Object.fromEntries(parts.filter((p) => !p.startsWith('--') && !p.startsWith('@')).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])),
      main: path.resolve(parts.find((p) => p.startsWith('@'))?.slice(1) ?? path.join(root, 'dist', 'src', 'main.js')),
    };
  });

const request = httpClient(512);

interface Hub {
  variant: Variant;
  child: ChildProcess;
  pid: number;
  port: number;
  execArgv: string;
}

async function startHub(variant: Variant): Promise<Hub> {
  const { child, pid, port } = await startServer(`hub ${variant.name}`, [...variant.flags, variant.main], {
    cwd: path.join(variant.main, '..', '..', '..'),
    env: {
      NODE_ENV: 'development', // what `npm start` serves unless NODE_ENV is set
      DATABASE_URL: URL_DB,
      JWT_SECRET: SECRET,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      PERIOD_JOB_INTERVAL_MS: '0',
      WEBHOOK_POLL_INTERVAL_MS: '0',
      ...(values['hub-cache'] === 'off' ? { RESPONSE_CACHE_MAX_BYTES: '0' } : {}),
      ...variant.env,
    },
    ready: async (p) => (await request(p, 'GET', '/readyz', null)).status === 200,
    timeoutMs: 90_000,
  });
  // The command line the hub runs with (after src/heap-flags.ts, which may have re-executed it with V8 flags).
  const execArgv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((a) => a.startsWith('--')).join(' ');
  return { variant, child, pid, port, execArgv };
}

interface Heap {
  used: number;
  total: number;
  external: number;
  cache: number;
  /** V8's large-object spaces (old and young), committed: every string or array over ≈128 KB. */
  large: number;
}

/** V8's heap figures the hub exports (prom-client's default metrics), in MB. */
async function heapOf(hub: Hub): Promise<Heap> {
  const text = (await request(hub.port, 'GET', '/metrics', null).catch(() => ({ status: 0, text: '' }))).text;
  const g = (name: string) => Number(new RegExp(`^pmi_hub_${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 1024 / 1024;
  return {
    used: g('nodejs_heap_size_used_bytes'),
    total: g('nodejs_heap_size_total_bytes'),
    external: g('nodejs_external_memory_bytes'),
    cache: g('response_cache_bytes'),
    large: g('nodejs_heap_space_size_total_bytes\\{space="large_object"\\}') + g('nodejs_heap_space_size_total_bytes\\{space="new_large_object"\\}'),
  };
}

/** Anonymous resident memory of a process (heap pages, malloc, stacks: not the binary's pages), MB. */
const anonOf = (pid: number) => Number(/RssAnon:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
/** Resident memory of malloc's main arena (the `[heap]` mapping; blocks over its mmap threshold are elsewhere), MB. */
const brkOf = (pid: number) => Number(/\[heap\]\n(?:.*\n)*?Rss:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/smaps`, 'utf8'))?.[1] ?? 0) / 1024;

/** What the RSS was made of at the highest of the once-a-second samples. */
interface AtPeak {
  rss: number;
  anon: number;
  brk: number;
  heap: Heap;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

interface Mix {
  bodies: string[];
  headers: Record<string, string>[];
}

/** The requests of the mix (request k of client c asks entry (c + k) mod n), from the hub's own cursors. */
async function mixOf(port: number): Promise<Mix> {
  const db = new Client({ connectionString: URL_DB });
  await db.connect();
  const [{ code: leaderEtc }] = (await db.query(`SELECT secretariat_code AS code FROM school GROUP BY 1 ORDER BY abs(count(*) - 2000), 1 LIMIT 1`)).rows;
  const departments: (string | null)[] = [null, ...(await db.query(`SELECT department FROM secretariat WHERE department IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT $1`, [MIX - 1])).rows.map((r) => r.department as string)];
  await db.end();
  const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }));
  const ministry = { authorization: `Bearer ${await tokens.mint({ sub: 'bench:men', role: Role.MINISTRY, client: 'bench' })}` };
  const leader = { authorization: `Bearer ${await tokens.mint({ sub: 'bench:leader', role: Role.QUALITY_LEADER, secretariat: leaderEtc, client: 'bench' })}` };
  const paged = (q: string, field: string) => q.replace('$first: Int!', '$first: Int!, $after: String').replace(`${field}(first: $first`, `${field}(first: $first, after: $after`);
  const bodies: string[] = [];
  const headers: Record<string, string>[] = [];
  const pages = async (query: string, field: string, who: Record<string, string>, extra: Record<string, unknown>, info: 'connection' | 'page') => {
    let after: string | null = null;
    for (let i = 0; i < MIX; i++) {
      const body = JSON.stringify({ query: paged(query, field), variables: { first: 50, after, ...extra } });
      bodies.push(body);
      headers.push(who);
      const q = `query($first: Int!, $after: String${Object.keys(extra).map((k) => `, $${k}: String!`).join('')}) { ${field}(first: $first, after: $after${Object.keys(extra).map((k) => `, ${k}: $${k}`).join('')}) { ${info === 'page' ? 'endCursor hasNextPage' : 'pageInfo { endCursor hasNextPage }'} } }`;
      const r = JSON.parse((await request(port, 'POST', '/graphql', JSON.stringify({ query: q, variables: { first: 50, after, ...extra } }), who)).text);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      const d = info === 'page' ? r.data[field] : r.data[field].pageInfo;
      if (!d.hasNextPage) break;
      after = d.endCursor;
    }
  };
  await pages(PLANS_QUERY, 'improvementPlans', ministry, { period: PERIOD }, 'connection');
  await pages(PLANS_QUERY, 'improvementPlans', leader, { period: PERIOD }, 'connection');
  await pages(SCHOOLS_QUERY, 'schools', leader, {}, 'connection');
  await pages(ANALYSIS_QUERY, 'jurisdictionAnalysis', leader, { period: PERIOD }, 'page');
  const national = NATIONAL_QUERY.replace('($period: String!)', '($period: String!, $department: String)').replace('(period: $period)', '(period: $period, department: $department)');
  for (const department of departments) {
    bodies.push(JSON.stringify({ query: national, variables: { period: PERIOD, department } }));
    headers.push(ministry);
  }
  return { bodies, headers };
}

interface Sample {
  latencies: number[];
  errors: number;
  seconds: number;
  cpuMs: number;
  peakRss: number;
  atPeak?: AtPeak;
}

/** `clients` clients on `hub` for `seconds`; `tick` is called every `every` seconds with that slice's figures. */
async function load(hub: Hub, mix: Mix, seconds: number, every = Infinity, tick?: (s: Sample, t: number) => Promise<void>): Promise<Sample> {
  const total: Sample = { latencies: [], errors: 0, seconds: 0, cpuMs: 0, peakRss: 0 };
  let slice: Sample = { latencies: [], errors: 0, seconds: 0, cpuMs: 0, peakRss: 0 };
  const cpu0 = cpuMsOf(hub.pid);
  let sliceCpu = cpu0;
  const t0 = performance.now();
  let sliceT = t0;
  const end = t0 + seconds * 1000;
  const sampler = setInterval(() => {
    const r = rssOf(hub.pid);
    slice.peakRss = Math.max(slice.peakRss, r);
    total.peakRss = Math.max(total.peakRss, r);
  }, 250);
  const composition = setInterval(() => {
    const rss = rssOf(hub.pid);
    const anon = anonOf(hub.pid);
    const brk = brkOf(hub.pid);
    void heapOf(hub).then((heap) => {
      if (!total.atPeak || rss > total.atPeak.rss) total.atPeak = { rss, anon, brk, heap };
    });
  }, 1000);
  let ticking = Promise.resolve();
  const ticker = setInterval(() => {
    const now = performance.now();
    const cpu = cpuMsOf(hub.pid);
    const s = { ...slice, seconds: (now - sliceT) / 1000, cpuMs: cpu - sliceCpu };
    slice = { latencies: [], errors: 0, seconds: 0, cpuMs: 0, peakRss: rssOf(hub.pid) };
    sliceT = now;
    sliceCpu = cpu;
    ticking = ticking.then(() => tick?.(s, (now - t0) / 1000));
  }, Number.isFinite(every) ? every * 1000 : 2 ** 30);
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let k = c; performance.now() < end; k++) {
        const i = k % mix.bodies.length;
        const s = performance.now();
        const r = await request(hub.port, 'POST', '/graphql', mix.bodies[i], mix.headers[i]).catch(() => ({ status: 0, text: '' }));
        const ms = performance.now() - s;
        total.latencies.push(ms);
        slice.latencies.push(ms);
        if (r.status !== 200 || r.text.includes('"errors"')) {
          total.errors++;
          slice.errors++;
        }
      }
    }),
  );
  clearInterval(sampler);
  clearInterval(composition);
  clearInterval(ticker);
  await ticking;
  total.seconds = (performance.now() - t0) / 1000;
  total.cpuMs = cpuMsOf(hub.pid) - cpu0;
  return total;
}

/** --hold S: the hubs stay up S seconds more for a look from outside (/proc/<pid>/smaps, a heap snapshot). */
async function hold(hubs: Hub[]): Promise<void> {
  if (!(Number(values.hold) > 0)) return;
  process.stdout.write(`holding ${values.hold} s: ${hubs.filter((h) => h.child.exitCode === null).map((h) => `${h.variant.name} pid ${h.pid} port ${h.port}`).join(', ')}\n`);
  await new Promise((r) => setTimeout(r, Number(values.hold) * 1000));
}

const f0 = (x: number) => x.toFixed(0);
const loadAvg = () => os.loadavg()[0];

async function main() {
  const loads = [loadAvg()];
  const loadSampler = setInterval(() => loads.push(loadAvg()), 5000);
  process.stdout.write(
    `Memory benchmark: ${CLIENTS} clients, hub response cache ${values['hub-cache']}, node ${process.version}, ${os.cpus().length} cores, ${new Date().toISOString()}; ` +
      (SOAK_MINUTES ? `soak ${SOAK_MINUTES} min per variant, a line every ${INTERVAL} s\n` : `${ROUNDS} rounds × ${SECONDS} s per variant\n`),
  );
  const hubs: Hub[] = [];
  try {
    if (SOAK_MINUTES) {
      for (const v of variants) {
        const hub = await startHub(v);
        hubs.push(hub);
        const mix = await mixOf(hub.port);
        const idle = rssOf(hub.pid);
        for (const [i, b] of mix.bodies.entries()) await request(hub.port, 'POST', '/graphql', b, mix.headers[i]); // warm-up
        process.stdout.write(`\n${v.name} (${hub.execArgv || 'no node flags'}): ${mix.bodies.length} requests in the mix; RSS after start-up ${f0(idle)} MB, after one pass of the mix ${f0(rssOf(hub.pid))} MB\n`);
        process.stdout.write(`| t (s) | req/s | p95 ms | CPU ms/req | RSS peak MB | RSS end MB | heap used / total MB | large objects MB | external MB | errors | load |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n`);
        const peaks: [number, number][] = [];
        const all = await load(hub, mix, SOAK_MINUTES * 60, INTERVAL, async (s, t) => {
          const heap = await heapOf(hub);
          peaks.push([t, s.peakRss]);
          process.stdout.write(
            `| ${f0(t)} | ${f0(s.latencies.length / s.seconds)} | ${f0(pct(s.latencies, 95))} | ${(s.cpuMs / s.latencies.length).toFixed(2)} | ${f0(s.peakRss)} | ${f0(rssOf(hub.pid))} | ${f0(heap.used)} / ${f0(heap.total)} | ${f0(heap.large)} | ${f0(heap.external)} | ${s.errors} | ${loadAvg().toFixed(1)} |\n`,
          );
        });
        await new Promise((r) => setTimeout(r, 5000));
        const later = peaks.slice(1);
        const n = later.length;
        const mt = later.reduce((a, [t]) => a + t, 0) / n;
        const mr = later.reduce((a, [, r]) => a + r, 0) / n;
        const slope = n > 1 ? later.reduce((a, [t, r]) => a + (t - mt) * (r - mr), 0) / later.reduce((a, [t]) => a + (t - mt) ** 2, 0) : NaN;
        process.stdout.write(
          `${v.name}: ${f0(all.latencies.length / all.seconds)} req/s, CPU ${(all.cpuMs / all.latencies.length).toFixed(2)} ms/req, p95 ${f0(pct(all.latencies, 95))} ms, ${all.errors} errors; ` +
            `RSS peak ${f0(all.peakRss)} MB, per-interval peaks ${f0(Math.min(...peaks.map((p) => p[1])))}–${f0(Math.max(...peaks.map((p) => p[1])))} MB, trend after the first interval ${(slope * 60).toFixed(1)} MB/min; 5 s after ${f0(rssOf(hub.pid))} MB\n`,
        );
        await hold([hub]);
        hub.child.kill('SIGTERM');
      }
    } else {
      for (const v of variants) hubs.push(await startHub(v));
      const mix = await mixOf(hubs[0].port);
      const before = new Map<Hub, number>();
      for (const h of hubs) {
        before.set(h, rssOf(h.pid));
        for (const [i, b] of mix.bodies.entries()) await request(h.port, 'POST', '/graphql', b, mix.headers[i]); // warm-up
      }
      const acc = new Map<Hub, Sample>();
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < hubs.length; i++) {
          const h = hubs[(i + round) % hubs.length];
          const s = await load(h, mix, SECONDS);
          const a = acc.get(h);
          const atPeak = !a?.atPeak || (s.atPeak && s.atPeak.rss > a.atPeak.rss) ? s.atPeak : a.atPeak;
          acc.set(h, a ? { latencies: a.latencies.concat(s.latencies), errors: a.errors + s.errors, seconds: a.seconds + s.seconds, cpuMs: a.cpuMs + s.cpuMs, peakRss: Math.max(a.peakRss, s.peakRss), atPeak } : s);
        }
        process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
      }
      await new Promise((r) => setTimeout(r, 5000));
      process.stdout.write(
        `\n| variant | node flags | req/s | p50 ms | p95 ms | CPU ms/req | RSS after start-up MB | RSS peak MB | RSS 5 s after MB | heap used / total MB after | response cache MB held | highest 1 s sample: RSS (anon) / heap total (large objects) / external / malloc arena MB | errors |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n`,
      );
      for (const h of hubs) {
        const s = acc.get(h)!;
        const heap = await heapOf(h);
        process.stdout.write(
          `| ${h.variant.name} | ${h.execArgv || '–'} | ${f0(s.latencies.length / s.seconds)} | ${pct(s.latencies, 50).toFixed(0)} | ${f0(pct(s.latencies, 95))} | ${(s.cpuMs / s.latencies.length).toFixed(2)} | ` +
            `${f0(before.get(h)!)} | ${f0(s.peakRss)} | ${f0(rssOf(h.pid))} | ${f0(heap.used)} / ${f0(heap.total)} | ${f0(heap.cache)} | ` +
            `${s.atPeak ? `${f0(s.atPeak.rss)} (${f0(s.atPeak.anon)}) / ${f0(s.atPeak.heap.total)} (${f0(s.atPeak.heap.large)}) / ${f0(s.atPeak.heap.external)} / ${f0(s.atPeak.brk)}` : '–'} | ${s.errors} |\n`,
        );
      }
    }
    loads.push(loadAvg());
    if (!SOAK_MINUTES) await hold(hubs);
    process.stdout.write(`load average (1 min) during the run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores\n`);
  } finally {
    clearInterval(loadSampler);
    for (const h of hubs) if (h.child.exitCode === null) h.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    request.agent.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:memory failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
