import 'reflect-metadata';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { createDataSource } from '../../src/db/data-source';
import { generateNational } from './support/national-data';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, POSTGRAPHILE_PLANS_QUERY, POSTGRAPHILE_SCHOOLS_QUERY, SCHOOLS_QUERY } from './support/floor-sql';

/**
 * npm run bench [-- --schools 20000 --seed 1 --rounds 2 --seconds 5 --clients 1,10,50 --db URL --short --hub-env production
 *                   --pool-size 10 --graphql-dev-checks --only <read name part> --baseline <another build's dist/src/main.js>]
 * National scale (issue 14). On a generated national dataset (test/bench/support/national-data.ts; --db reuses a
 * database filled by `npm run generate`), three servers run as separate processes on the same database:
 *   hub          dist/src/main.js, as `npm start` runs it (NODE_ENV from --hub-env, default development like npm start);
 *   floor        the fastest hand-written SQL over pg (PostgreSQL builds the hub's very JSON; test/bench/support/floor-*.ts);
 *   PostGraphile PostGraphile 4 with the same selection in its own schema (dev dependency, used only here).
 * The dashboard reads: improvementPlans(first: 50, period) with school, secretariat, goals, indicators and actions
 * (Ministry; a leader), schools(first: 50) with secretariat (leader), jurisdictionAnalysis(first: 50) (leader of the
 * ETC closest to 2,000 schools) and pmiResultsNational (Ministry), at each client count, in interleaved rounds
 * (every round runs every read on every server, the servers' order rotating). Prints p50/p95/p99, req/s, server CPU
 * per request, ratios, SQL statements per request at page sizes 10/50/100 and the hub's RSS; never pass/fail.
 * --short: one round of 2 s at 1 and 10 clients on 2,000 schools. --baseline adds a fourth server, "hub before": another
 * build of the hub (e.g. the commit before an optimisation, `git archive <commit> | tar -x -C /tmp/x`, built there),
 * measured in the same rounds, so before and after share the machine's state.
 */
const { values } = parseArgs({
  options: {
    schools: { type: 'string' },
    seed: { type: 'string', default: '1' },
    period: { type: 'string', default: '2026' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    clients: { type: 'string' },
    db: { type: 'string' },
    short: { type: 'boolean', default: false },
    'hub-env': { type: 'string', default: 'development' }, // what `npm start` serves unless NODE_ENV is set
    'pool-size': { type: 'string', default: '10' },
    only: { type: 'string' },
    'graphql-dev-checks': { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const SHORT = values.short;
const SCHOOLS = Number(values.schools ?? (SHORT ? 2000 : 20000));
const ROUNDS = Number(values.rounds ?? (SHORT ? 1 : 2));
const SECONDS = Number(values.seconds ?? (SHORT ? 2 : 5));
const CLIENTS = String(values.clients ?? (SHORT ? '1,10' : '1,10,50')).split(',').map(Number);
const PERIOD = values.period;
const POOL = values['pool-size'];
const root = path.join(__dirname, '..', '..', '..');
const SECRET = 'bench-secret-national-0123456789abcdef';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

interface Server {
  name: string;
  pid: number;
  port: number;
  child: ChildProcess;
}

async function startServer(name: string, script: string, env: Record<string, string>, ready: (port: number) => Promise<boolean>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.isAbsolute(script) ? script : path.join(root, 'dist', script)], {
    cwd: root,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${stderr}`);
    if (Date.now() - t0 > 60_000) {
      child.kill('SIGTERM');
      throw new Error(`${name} did not start: ${stderr}`);
    }
    if (await ready(port).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return { name, pid: child.pid!, port, child };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function post(port: number, urlPath: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rssOf = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};
const cpuMsOf = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, clock ticks of 10 ms
};

/** One request of a read on one server: where to send it and how to tell success. */
interface Target {
  server: Server;
  path: string;
  body: string;
  headers: Record<string, string>;
}

interface Sample {
  latencies: number[];
  requests: number;
  errors: number;
  seconds: number;
  cpuMs: number;
}

async function load(t: Target, clients: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = cpuMsOf(t.server.pid);
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        const r = await post(t.server.port, t.path, t.body, t.headers).catch(() => ({ status: 0, text: '' }));
        latencies.push(performance.now() - s);
        if (r.status !== 200 || r.text.includes('"errors"')) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return { latencies, requests: latencies.length, errors, seconds: elapsed, cpuMs: cpuMsOf(t.server.pid) - cpu0 };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

async function main() {
  // ---------------------------------------------------------------- the database
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  let url = values.db;
  let dropDb: (() => Promise<void>) | null = null;
  if (!url) {
    let adminUrl = process.env.DATABASE_URL;
    if (!adminUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-postgres', port: 54333, database: 'postgres' });
      adminUrl = embedded.url;
    }
    const name = `pmi_bench_national_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    dropDb = async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    const ds = createDataSource(url, 1);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    const a = new Client({ connectionString: url });
    const b = new Client({ connectionString: url });
    await a.connect();
    await b.connect();
    const g = await generateNational(a, { schools: SCHOOLS, seed: Number(values.seed), period: PERIOD }, b);
    await a.end();
    await b.end();
    process.stdout.write(`generated ${SCHOOLS} schools (seed ${values.seed}) in ${g.seconds.toFixed(1)} s (not measured)\n`);
  }
  const db = new Client({ connectionString: url });
  await db.connect();
  const [facts] = (
    await db.query(`SELECT (SELECT count(*) FROM school)::int AS schools, (SELECT count(*) FROM self_evaluation_score)::int AS scores,
       (SELECT count(*) FROM improvement_plan)::int AS plans, (SELECT count(*) FROM improvement_plan_goal)::int AS goals,
       (SELECT count(*) FROM improvement_plan_indicator)::int AS indicators, (SELECT count(*) FROM improvement_plan_action)::int AS actions`)
  ).rows;
  // The leader's ETC: the one closest to 2,000 schools (Bogotá at 20,000).
  const [{ code: LEADER_ETC, n: leaderSchools }] = (
    await db.query(`SELECT secretariat_code AS code, count(*)::int AS n FROM school GROUP BY 1 ORDER BY abs(count(*) - 2000), 1 LIMIT 1`)
  ).rows;
  await db.end();
  process.stdout.write(
    `National benchmark: ${facts.schools} schools, ${facts.scores} self-evaluation scores, ${facts.plans} PMIs, ${facts.goals} goals, ${facts.indicators} indicators, ` +
      `${facts.actions} actions; leader of ${LEADER_ETC} (${leaderSchools} schools); hub NODE_ENV=${values['hub-env']}, pools ${POOL}; ` +
      `${ROUNDS} rounds × ${SECONDS} s per read, server and client count; node ${process.version}; ${new Date().toISOString()}\n`,
  );

  // ---------------------------------------------------------------- the servers
  const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }));
  const ministry = await tokens.mint({ sub: 'bench:men', role: Role.MINISTRY, client: 'bench' });
  const leader = await tokens.mint({ sub: 'bench:leader', role: Role.QUALITY_LEADER, secretariat: LEADER_ETC, client: 'bench' });
  const gqlBody = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const hubEnv = {
    NODE_ENV: values['hub-env'] as string,
    DATABASE_URL: url,
    JWT_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    DEMO_DATA: 'false',
    DATABASE_POOL_SIZE: POOL,
    PERIOD_JOB_INTERVAL_MS: '0',
    ...(values['graphql-dev-checks'] ? { GRAPHQL_DEV_CHECKS: 'true' } : {}),
  };
  const httpOk = async (port: number, p: string) =>
    new Promise<boolean>((resolve) => http.get({ host: '127.0.0.1', port, path: p }, (r) => { r.resume(); resolve(r.statusCode === 200); }).on('error', () => resolve(false)));
  const servers: Server[] = [];
  try {
    const hub = await startServer('hub', 'src/main.js', hubEnv, (port) => httpOk(port, '/readyz'));
    servers.push(hub);
    const before = values.baseline ? await startServer('hub before', path.resolve(values.baseline), hubEnv, (port) => httpOk(port, '/readyz')) : null;
    if (before) servers.push(before);
    const floor = await startServer('floor', 'test/bench/support/floor-server.js', { DATABASE_URL: url, POOL_SIZE: POOL }, async (port) =>
      (await post(port, '/schools', '{"first":1}').catch(() => ({ status: 0 }))).status === 200,
    );
    servers.push(floor);
    const pg = await startServer('PostGraphile', 'test/bench/support/postgraphile-server.js', { DATABASE_URL: url, POOL_SIZE: POOL }, async (port) =>
      (await post(port, '/graphql', '{"query":"{__typename}"}').catch(() => ({ status: 0 }))).status === 200,
    );
    servers.push(pg);
    const auth = (t: string) => ({ authorization: `Bearer ${t}` });

    const reads: Array<{ name: string; targets: Target[] }> = [
      {
        name: 'improvementPlans(first: 50) + parts, Ministry',
        targets: [
          { server: hub, path: '/graphql', body: gqlBody(PLANS_QUERY, { period: PERIOD, first: 50 }), headers: auth(ministry) },
          { server: floor, path: '/plans', body: JSON.stringify({ period: PERIOD, first: 50 }), headers: {} },
          { server: pg, path: '/graphql', body: gqlBody(POSTGRAPHILE_PLANS_QUERY, { period: PERIOD, first: 50 }), headers: {} },
        ],
      },
      {
        name: 'improvementPlans(first: 50) + parts, leader',
        targets: [
          { server: hub, path: '/graphql', body: gqlBody(PLANS_QUERY, { period: PERIOD, first: 50 }), headers: auth(leader) },
          { server: floor, path: '/plans', body: JSON.stringify({ period: PERIOD, secretariat: LEADER_ETC, first: 50 }), headers: {} },
          { server: pg, path: '/graphql', body: gqlBody(POSTGRAPHILE_PLANS_QUERY, { period: PERIOD, first: 50, secretariat: LEADER_ETC }), headers: {} },
        ],
      },
      {
        name: 'schools(first: 50) + secretariat, leader',
        targets: [
          { server: hub, path: '/graphql', body: gqlBody(SCHOOLS_QUERY, { first: 50 }), headers: auth(leader) },
          { server: floor, path: '/schools', body: JSON.stringify({ secretariat: LEADER_ETC, first: 50 }), headers: {} },
          { server: pg, path: '/graphql', body: gqlBody(POSTGRAPHILE_SCHOOLS_QUERY, { first: 50, secretariat: LEADER_ETC }), headers: {} },
        ],
      },
      {
        name: `jurisdictionAnalysis(first: 50), leader (${leaderSchools} schools)`,
        targets: [{ server: hub, path: '/graphql', body: gqlBody(ANALYSIS_QUERY, { period: PERIOD, first: 50 }), headers: auth(leader) }],
      },
      {
        name: 'pmiResultsNational, Ministry',
        targets: [{ server: hub, path: '/graphql', body: gqlBody(NATIONAL_QUERY, { period: PERIOD }), headers: auth(ministry) }],
      },
    ].filter((r) => !values.only || r.name.includes(values.only));
    if (before) for (const r of reads) r.targets.splice(1, 0, { ...r.targets[0], server: before });

    // ---------------------------------------------------------------- same data?
    for (const r of reads.filter((x) => x.targets.some((t) => t.server.name === 'floor'))) {
      const by = (n: string) => r.targets.find((t) => t.server.name === n)!;
      const [h, f, p] = await Promise.all([by('hub'), by('floor'), by('PostGraphile')].map((t) => post(t.server.port, t.path, t.body, t.headers)));
      const hub = JSON.parse(h.text);
      if (hub.errors) throw new Error(`${r.name}: hub errors ${JSON.stringify(hub.errors)}`);
      delete hub.extensions;
      const same = JSON.stringify(hub) === f.text || JSON.stringify(hub) === JSON.stringify(JSON.parse(f.text));
      const ids = (o: unknown): string[] => JSON.stringify(o).match(/"(id|daneCode)":"[^"]+"/g) ?? [];
      const pgIds = ids(JSON.parse(p.text).data);
      const hubIds = ids(hub.data);
      process.stdout.write(
        `  ${r.name}: floor JSON ${same ? 'identical to the hub' : 'DIFFERS from the hub'}; PostGraphile ${JSON.stringify(hubIds) === JSON.stringify(pgIds) ? 'the same ids in the same order' : 'DIFFERENT ids'} (${hubIds.length} ids)\n`,
      );
    }

    // ---------------------------------------------------------------- SQL statements per request
    // From a second hub with EXPOSE_SQL_COUNT=true (the loaded hub runs without the counter, as in production).
    const counting = await startServer('hub (counting)', 'src/main.js', { ...hubEnv, EXPOSE_SQL_COUNT: 'true' }, (port) => httpOk(port, '/readyz'));
    const statements: string[] = [];
    for (const [name, q, vars, tok] of [
      ['improvementPlans + parts (Ministry)', PLANS_QUERY, { period: PERIOD }, ministry],
      ['schools + secretariat (leader)', SCHOOLS_QUERY, {}, leader],
      ['jurisdictionAnalysis (leader)', ANALYSIS_QUERY, { period: PERIOD }, leader],
    ] as const) {
      const counts = [];
      await post(counting.port, '/graphql', gqlBody(q, { ...vars, first: 1 }), auth(tok)); // warm-up: per-process caches
      for (const first of [10, 50, 100]) {
        const r = JSON.parse((await post(counting.port, '/graphql', gqlBody(q, { ...vars, first }), auth(tok))).text);
        counts.push(r.extensions?.sqlStatements ?? '?');
      }
      statements.push(`| ${name} | ${counts.join(' | ')} |`);
    }
    counting.child.kill('SIGTERM');
    process.stdout.write(`\nSQL statements per request (hub)\n| read | first: 10 | first: 50 | first: 100 |\n|---|---:|---:|---:|\n${statements.join('\n')}\n`);

    // ---------------------------------------------------------------- load, interleaved
    for (const r of reads) for (const t of r.targets) for (let i = 0; i < 3; i++) await post(t.server.port, t.path, t.body, t.headers); // warm-up
    const rss = { before: rssOf(hub.pid), peak: 0, samples: [] as number[] };
    const sampler = setInterval(() => {
      const v = rssOf(hub.pid);
      rss.peak = Math.max(rss.peak, v);
      rss.samples.push(v);
    }, 250);
    const results = new Map<string, Sample>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const r of reads) {
        for (const c of CLIENTS) {
          const order = r.targets.map((_, i) => r.targets[(i + round + c) % r.targets.length]);
          for (const t of order) {
            const s = await load(t, c, SECONDS);
            const key = `${r.name}|${c}|${t.server.name}`;
            const acc = results.get(key);
            results.set(key, acc ? { latencies: acc.latencies.concat(s.latencies), requests: acc.requests + s.requests, errors: acc.errors + s.errors, seconds: acc.seconds + s.seconds, cpuMs: acc.cpuMs + s.cpuMs } : s);
          }
        }
      }
      process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
    }
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 5000));
    const after = rssOf(hub.pid);

    // ---------------------------------------------------------------- report
    process.stdout.write(`\n| read | clients | server | req/s | p50 ms | p95 ms | p99 ms | CPU ms/req | errors |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n`);
    const ratios: string[] = [];
    const beforeAfter: string[] = [];
    for (const r of reads) {
      for (const c of CLIENTS) {
        const row = (name: string) => results.get(`${r.name}|${c}|${name}`);
        for (const t of r.targets) {
          const s = row(t.server.name)!;
          process.stdout.write(
            `| ${r.name} | ${c} | ${t.server.name} | ${(s.requests / s.seconds).toFixed(0)} | ${pct(s.latencies, 50).toFixed(1)} | ${pct(s.latencies, 95).toFixed(1)} | ` +
              `${pct(s.latencies, 99).toFixed(1)} | ${(s.cpuMs / s.requests).toFixed(1)} | ${s.errors} |\n`,
          );
        }
        const h = row('hub');
        const f = row('floor');
        const p = row('PostGraphile');
        const b = row('hub before');
        if (h && b) beforeAfter.push(`| ${r.name} | ${c} | ${(b.requests / b.seconds).toFixed(0)} → ${(h.requests / h.seconds).toFixed(0)} | ${pct(b.latencies, 95).toFixed(0)} → ${pct(h.latencies, 95).toFixed(0)} | ${(b.cpuMs / b.requests).toFixed(1)} → ${(h.cpuMs / h.requests).toFixed(1)} |`);
        if (h && f && p) {
          const rps = (s: Sample) => s.requests / s.seconds;
          ratios.push(
            `| ${r.name} | ${c} | ${(rps(h) / rps(p)).toFixed(2)} | ${(rps(h) / rps(f)).toFixed(2)} | ${(pct(h.latencies, 95) / pct(f.latencies, 95)).toFixed(2)} |`,
          );
        }
      }
    }
    process.stdout.write(`\nratios (targets of issue 14: hub/PostGraphile req/s ≥ 1.2, hub/floor req/s ≥ 0.5, hub p95 / floor p95 ≤ 2 at 50 clients)\n`);
    process.stdout.write(`| read | clients | hub / PostGraphile req/s | hub / floor req/s | hub p95 / floor p95 |\n|---|---:|---:|---:|---:|\n${ratios.join('\n')}\n`);
    if (beforeAfter.length) process.stdout.write(`\nhub before → hub (same rounds)\n| read | clients | req/s | p95 ms | CPU ms/req |\n|---|---:|---:|---:|---:|\n${beforeAfter.join('\n')}\n`);
    process.stdout.write(`\nhub RSS: before load ${rss.before.toFixed(0)} MB, peak during load ${rss.peak.toFixed(0)} MB, 5 s after ${after.toFixed(0)} MB\n`);
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    agent.destroy();
    await dropDb?.();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
