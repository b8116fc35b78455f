import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { createDataSource } from '../../src/db/data-source';
import { generateNational } from './support/national-data';
import { cpuMsOf, httpClient, rssOf, startServer as startBenchServer, type BenchServer } from './support/processes';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, POSTGRAPHILE_PLANS_QUERY, POSTGRAPHILE_SCHOOLS_QUERY, SCHOOLS_QUERY } from './support/floor-sql';

/**
 * npm run bench [-- --schools 20000 --seed 1 --rounds 2 --seconds 5 --clients 1,10,50 --db URL --short --hub-env production
 *                   --pool-size 10 --graphql-dev-checks --only <read name part> --baseline <another build's dist/src/main.js>
 *                   --hub-cache off,on --mix 8]
 * National scale (issue 14). On a generated national dataset (test/bench/support/national-data.ts; --db reuses a
 * database filled by `npm run generate`), three servers run as separate processes on the same database:
 *   hub          dist/src/main.js, as `npm start` runs it (NODE_ENV from --hub-env, default development like npm start);
 *   floor        the fastest hand-written SQL over pg (PostgreSQL builds the hub's very JSON; test/bench/support/floor-*.ts),
 *                for every read but jurisdictionAnalysis (its signals per rule are the hub's own logic; its own 50 ms target);
 *   PostGraphile PostGraphile 4 with the same selection in its own schema (dev dependency, used only here), for the lists:
 *                it has no aggregates without @graphile/pg-aggregates (not installed), so pmiResultsNational's ratio is n/a.
 * At start every variant of every read is checked: every hub answers the same and the floor's JSON is the hub's (else the run stops).
 * The dashboard reads: improvementPlans(first: 50, period) with school, secretariat, goals, indicators and actions
 * (Ministry; a leader), schools(first: 50) with secretariat (leader), jurisdictionAnalysis(first: 50) (leader of the
 * ETC closest to 2,000 schools) and pmiResultsNational (Ministry), at each client count, in interleaved rounds
 * (every round runs every read on every server, the servers' order rotating). Prints p50/p95/p99, req/s, server CPU
 * per request, ratios, SQL statements per request at page sizes 10/50/100 and the hub's RSS; never pass/fail.
 * --short: one round of 2 s at 1 and 10 clients on 2,000 schools. --baseline adds a fourth server, "hub before": another
 * build of the hub (e.g. the commit before an optimisation, `git archive <commit> | tar -x -C /tmp/x`, built there),
 * measured in the same rounds, so before and after share the machine's state.
 * --hub-cache: the hub's response cache (RESPONSE_CACHE_MAX_BYTES) per hub process, `off,on` (default) runs both in the
 * same rounds, printed "hub (no cache)" and "hub"; `on` or `off` runs one, printed "hub".
 * --mix N (default 8): the requests of a read are not one page asked again and again: request k of client c asks variant
 * (c + k) mod N — the first N pages (by each server's own cursor), or N departments for the national aggregate — the
 * same sequence on every server. --mix 1 asks the first page only (as before).
 * --writes W (default 0): during the load, W changes a second through a separate hub process (renames of one school of
 * the leader's ETC, as ADMIN, each with its audit row), so that the response cache works under writes: each one makes
 * the leader's and the Ministry's cached answers stale. The name is put back at the end.
 * --extras (default ingestion,needs,subscriptions; none with --short or --only): after the reads, with their servers
 * stopped, the same run goes on with the other national figures of issue 14, each its own script and reference:
 * bench:ingestion and bench:needs (biggest ETC) on a copy of the database (CREATE DATABASE … TEMPLATE, dropped at the
 * end: both write), and bench:subscriptions with 5,000 subscribers (100 events at 5/s, its own database on the server).
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
    'hub-cache': { type: 'string', default: 'off,on' },
    mix: { type: 'string', default: '8' },
    writes: { type: 'string', default: '0' },
    extras: { type: 'string' },
  },
});
const SHORT = values.short;
const SCHOOLS = Number(values.schools ?? (SHORT ? 2000 : 20000));
const ROUNDS = Number(values.rounds ?? (SHORT ? 1 : 2));
const SECONDS = Number(values.seconds ?? (SHORT ? 2 : 5));
const CLIENTS = String(values.clients ?? (SHORT ? '1,10' : '1,10,50')).split(',').map(Number);
const PERIOD = values.period;
const POOL = values['pool-size'];
const MIX = Math.max(1, Number(values.mix));
const WRITES = Number(values.writes);
const EXTRA_BENCHES = ['ingestion', 'needs', 'subscriptions'] as const;
type Extra = (typeof EXTRA_BENCHES)[number];
const EXTRAS: Extra[] =
  values.extras === undefined
    ? SHORT || values.only
      ? []
      : [...EXTRA_BENCHES]
    : values.extras === 'none'
      ? []
      : values.extras.split(',').map((e) => {
          const name = e.trim() as Extra;
          if (!EXTRA_BENCHES.includes(name)) throw new Error(`--extras takes none or a list of ${EXTRA_BENCHES.join(', ')}`);
          return name;
        });
const CACHE_MODES = String(values['hub-cache']).split(',').map((m) => m.trim());
if (!CACHE_MODES.length || CACHE_MODES.some((m) => m !== 'on' && m !== 'off')) throw new Error('--hub-cache takes off, on or off,on');
const root = path.join(__dirname, '..', '..', '..');
const SECRET = 'bench-secret-national-0123456789abcdef';

type Server = BenchServer;

const startServer = (name: string, script: string, env: Record<string, string>, ready: (port: number) => Promise<boolean>) =>
  startBenchServer(name, [path.isAbsolute(script) ? script : path.join(root, 'dist', script)], { cwd: root, env, ready, timeoutMs: 60_000 });

const request = httpClient(256);
const post = (port: number, urlPath: string, body: string, headers: Record<string, string> = {}) => request(port, 'POST', urlPath, body, headers);

/** The requests of a read on one server: where to send them; `bodies` are the variants of the mix. */
interface Target {
  server: Server;
  path: string;
  bodies: string[];
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
    Array.from({ length: clients }, async (_, c) => {
      for (let k = c; performance.now() < end; k++) {
        const s = performance.now();
        const r = await post(t.server.port, t.path, t.bodies[k % t.bodies.length], t.headers).catch(() => ({ status: 0, text: '' }));
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
  const NO_CACHE = { RESPONSE_CACHE_MAX_BYTES: '0' };
  const httpOk = async (port: number, p: string) =>
    new Promise<boolean>((resolve) => http.get({ host: '127.0.0.1', port, path: p }, (r) => { r.resume(); resolve(r.statusCode === 200); }).on('error', () => resolve(false)));
  const servers: Server[] = [];
  const load0 = os.loadavg()[0];
  const loads: number[] = [load0];
  try {
    // "hub" is the last mode asked (on, with the default off,on): the hub as `npm start` serves it.
    const hubs: Server[] = [];
    for (const mode of CACHE_MODES) {
      const name = CACHE_MODES.length > 1 && mode === 'off' ? 'hub (no cache)' : 'hub';
      hubs.push(await startServer(name, 'src/main.js', { ...hubEnv, ...(mode === 'off' ? NO_CACHE : {}) }, (port) => httpOk(port, '/readyz')));
    }
    servers.push(...hubs);
    const hub = hubs.find((h) => h.name === 'hub')!;
    // The older build runs with the cache as "hub" does (off when --hub-cache off alone).
    const beforeEnv = CACHE_MODES.includes('on') ? hubEnv : { ...hubEnv, ...NO_CACHE };
    const before = values.baseline ? await startServer('hub before', path.resolve(values.baseline), beforeEnv, (port) => httpOk(port, '/readyz')) : null;
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

    // ---------------------------------------------------------------- the mix: each server's cursors of the first MIX pages
    const withAfter = (q: string, field: string, type: string) => {
      const out = q.replace('$first: Int!', `$first: Int!, $after: ${type}`).replace(`${field}(first: $first`, `${field}(first: $first, after: $after`);
      if (out === q || !out.includes('after: $after')) throw new Error(`cannot page ${field}`);
      return out;
    };
    const gql = async (port: number, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const r = JSON.parse((await post(port, '/graphql', gqlBody(query, variables), headers)).text);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    /** Cursors before each of the first MIX pages of 50 (null: the first page), from `next(after)` = the page's end cursor. */
    const cursors = async <C>(next: (after: C | null) => Promise<C | null>) => {
      const out: (C | null)[] = [null];
      while (out.length < MIX) {
        const c = await next(out[out.length - 1]);
        if (c === null) break;
        out.push(c);
      }
      return out;
    };
    /** The hub's cursors; `page`: the field answers endCursor/hasNextPage itself (jurisdictionAnalysis), not in pageInfo. */
    const hubPages = (field: string, token: string, extra: Record<string, unknown>, args = '', type: 'connection' | 'page' = 'connection') =>
      cursors<string>(async (after) => {
        const q = `query($first: Int!, $after: String${args}) { ${field}(first: $first, after: $after${Object.keys(extra).map((k) => `, ${k}: $${k}`).join('')}) { ${type === 'page' ? 'endCursor hasNextPage' : 'pageInfo { endCursor hasNextPage }'} } }`;
        const d = (await gql(hub.port, q, { first: 50, after, ...extra }, auth(token)))[field];
        const info = type === 'page' ? d : d.pageInfo;
        return info.hasNextPage ? info.endCursor : null;
      });
    /** The floor's `after` for each page: the last DANE code of the previous page, as the hub answers it. */
    const floorAfters = async (field: string, token: string, extra: Record<string, unknown>, args: string, key: string) => {
      const out: (string | null)[] = [null];
      let after: string | null = null;
      while (out.length < MIX) {
        const q = `query($first: Int!, $after: String${args}) { ${field}(first: $first, after: $after${Object.keys(extra).map((k) => `, ${k}: $${k}`).join('')}) { pageInfo { endCursor hasNextPage } edges { node { ${key} } } } }`;
        const d: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: { node: Record<string, string> }[] } = (await gql(hub.port, q, { first: 50, after, ...extra }, auth(token)))[field];
        if (!d.pageInfo.hasNextPage) break;
        out.push(d.edges[d.edges.length - 1].node[key]);
        after = d.pageInfo.endCursor;
      }
      return out;
    };
    const pgPages = (field: string, condition: string, vars: Record<string, unknown>, orderBy: string) =>
      cursors<string>(async (after) => {
        const q = `query($first: Int!, $after: Cursor${Object.keys(vars).map((k) => `, $${k}: String`).join('')}) { ${field}(first: $first, after: $after, condition: ${condition}, orderBy: ${orderBy}) { pageInfo { endCursor hasNextPage } } }`;
        const info = (await gql(pg.port, q, { first: 50, after, ...vars }))[field].pageInfo;
        return info.hasNextPage ? info.endCursor : null;
      });

    const HUB_PLANS = withAfter(PLANS_QUERY, 'improvementPlans', 'String');
    const HUB_SCHOOLS = withAfter(SCHOOLS_QUERY, 'schools', 'String');
    const HUB_ANALYSIS = withAfter(ANALYSIS_QUERY, 'jurisdictionAnalysis', 'String');
    const PG_PLANS = withAfter(POSTGRAPHILE_PLANS_QUERY, 'allImprovementPlans', 'Cursor');
    const PG_SCHOOLS = withAfter(POSTGRAPHILE_SCHOOLS_QUERY, 'allSchools', 'Cursor');
    const PLAN_ORDER = '[SCHOOL_DANE_ASC, PERIOD_ASC, ID_ASC]';
    const mixOf = async (token: string, secretariat: string | null) => {
      const hubC = await hubPages('improvementPlans', token, { period: PERIOD }, ', $period: String!');
      const floorC = await floorAfters('improvementPlans', token, { period: PERIOD }, ', $period: String!', 'schoolDane');
      // PostGraphile reads a null condition as IS NULL: the Ministry's list leaves the variable out
      const pgC = await pgPages('allImprovementPlans', '{ period: $period, secretariatCode: $secretariat }', { period: PERIOD, secretariat: secretariat ?? undefined }, PLAN_ORDER);
      return { hubC, floorC, pgC };
    };
    const plansMinistry = await mixOf(ministry, null);
    const plansLeader = await mixOf(leader, LEADER_ETC);
    const schoolsHub = await hubPages('schools', leader, {}, '');
    const schoolsFloor = await floorAfters('schools', leader, {}, '', 'daneCode');
    const schoolsPg = await pgPages('allSchools', '{ secretariatCode: $secretariat }', { secretariat: LEADER_ETC }, '[DANE_CODE_ASC]');
    const analysisHub = await hubPages('jurisdictionAnalysis', leader, { period: PERIOD }, ', $period: String!', 'page');
    const departments: (string | null)[] = [null];
    {
      const c = new Client({ connectionString: url });
      await c.connect();
      const rows = (await c.query(`SELECT department FROM secretariat WHERE department IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT $1`, [MIX - 1])).rows;
      await c.end();
      departments.push(...rows.map((r) => r.department as string));
    }

    const forHubs = (bodies: string[], headers: Record<string, string>): Target[] => hubs.map((h) => ({ server: h, path: '/graphql', bodies, headers }));
    const reads: Array<{ name: string; targets: Target[] }> = [
      {
        name: 'improvementPlans(first: 50) + parts, Ministry',
        targets: [
          ...forHubs(plansMinistry.hubC.map((after) => gqlBody(HUB_PLANS, { period: PERIOD, first: 50, after })), auth(ministry)),
          { server: floor, path: '/plans', bodies: plansMinistry.floorC.map((after) => JSON.stringify({ period: PERIOD, first: 50, after })), headers: {} },
          { server: pg, path: '/graphql', bodies: plansMinistry.pgC.map((after) => gqlBody(PG_PLANS, { period: PERIOD, first: 50, after })), headers: {} },
        ],
      },
      {
        name: 'improvementPlans(first: 50) + parts, leader',
        targets: [
          ...forHubs(plansLeader.hubC.map((after) => gqlBody(HUB_PLANS, { period: PERIOD, first: 50, after })), auth(leader)),
          { server: floor, path: '/plans', bodies: plansLeader.floorC.map((after) => JSON.stringify({ period: PERIOD, secretariat: LEADER_ETC, first: 50, after })), headers: {} },
          { server: pg, path: '/graphql', bodies: plansLeader.pgC.map((after) => gqlBody(PG_PLANS, { period: PERIOD, first: 50, secretariat: LEADER_ETC, after })), headers: {} },
        ],
      },
      {
        name: 'schools(first: 50) + secretariat, leader',
        targets: [
          ...forHubs(schoolsHub.map((after) => gqlBody(HUB_SCHOOLS, { first: 50, after })), auth(leader)),
          { server: floor, path: '/schools', bodies: schoolsFloor.map((after) => JSON.stringify({ secretariat: LEADER_ETC, first: 50, after })), headers: {} },
          { server: pg, path: '/graphql', bodies: schoolsPg.map((after) => gqlBody(PG_SCHOOLS, { first: 50, secretariat: LEADER_ETC, after })), headers: {} },
        ],
      },
      {
        name: `jurisdictionAnalysis(first: 50), leader (${leaderSchools} schools)`,
        targets: forHubs(analysisHub.map((after) => gqlBody(HUB_ANALYSIS, { period: PERIOD, first: 50, after })), auth(leader)),
      },
      {
        name: 'pmiResultsNational, Ministry',
        // no PostGraphile: PostGraphile 4 has no aggregates without @graphile/pg-aggregates (not installed); "n/a" in the ratios
        targets: [
          ...forHubs(
            departments.map((department) => gqlBody(NATIONAL_QUERY.replace('($period: String!)', '($period: String!, $department: String)').replace('(period: $period)', '(period: $period, department: $department)'), { period: PERIOD, department })),
            auth(ministry),
          ),
          { server: floor, path: '/national', bodies: departments.map((department) => JSON.stringify({ period: PERIOD, department })), headers: {} },
        ],
      },
    ].filter((r) => !values.only || r.name.includes(values.only));
    if (before) for (const r of reads) r.targets.splice(hubs.length, 0, { ...r.targets[hubs.length - 1], server: before });
    process.stdout.write(
      `mix: ${reads.map((r) => `${r.name.split(',')[0]} ${r.targets.map((t) => t.bodies.length).filter((n, i, a) => a.indexOf(n) === i).join('/')}`).join('; ')} variants; hubs: ${hubs.map((h) => h.name).join(', ')}\n`,
    );

    // ---------------------------------------------------------------- same data? (every variant)
    for (const r of reads) {
      const floorT = r.targets.find((t) => t.server.name === 'floor');
      const pgT = r.targets.find((t) => t.server.name === 'PostGraphile');
      const hubTs = r.targets.filter((t) => t.server.name.startsWith('hub'));
      let identical = 0;
      let sameIds = 0;
      let ids = 0;
      const variants = Math.min(...r.targets.map((t) => t.bodies.length));
      for (let v = 0; v < variants; v++) {
        const answers = await Promise.all(hubTs.map((t) => post(t.server.port, t.path, t.bodies[v], t.headers)));
        const first = JSON.parse(answers[0].text);
        if (first.errors) throw new Error(`${r.name}: hub errors ${JSON.stringify(first.errors)}`);
        for (const [i, a] of answers.entries()) if (a.text !== answers[0].text) throw new Error(`${r.name} variant ${v}: ${hubTs[i].server.name} answers otherwise than ${hubTs[0].server.name}`);
        delete first.extensions;
        if (floorT) {
          // The floor is the hub's very JSON (keys, their order, values) or its figures mean nothing: stop the run.
          const f = await post(floorT.server.port, floorT.path, floorT.bodies[v], floorT.headers);
          let same = f.status === 200 && JSON.stringify(first) === f.text;
          try {
            same ||= f.status === 200 && JSON.stringify(first) === JSON.stringify(JSON.parse(f.text)); // json_build_object's spacing aside
          } catch {}
          if (!same) throw new Error(`${r.name} variant ${v} (${floorT.bodies[v]}): the floor answers otherwise than the hub\n  hub:   ${JSON.stringify(first)}\n  floor: ${f.status} ${f.text.slice(0, 2000)}`);
          identical++;
        }
        if (pgT) {
          const p = await post(pgT.server.port, pgT.path, pgT.bodies[v], pgT.headers);
          const idsOf = (o: unknown): string[] => JSON.stringify(o).match(/"(id|daneCode)":"[^"]+"/g) ?? [];
          const hubIds = idsOf(first.data);
          ids += hubIds.length;
          if (JSON.stringify(hubIds) === JSON.stringify(idsOf(JSON.parse(p.text).data))) sameIds++;
        }
      }
      process.stdout.write(
        `  ${r.name}: ${variants} variants, every hub the same answer` +
          (floorT ? `; floor JSON identical to the hub in ${identical}/${variants}` : '; no floor') +
          (pgT ? `; PostGraphile the same ids in the same order in ${sameIds}/${variants} (${ids} ids)` : '; no PostGraphile') +
          '\n',
      );
    }

    // ---------------------------------------------------------------- SQL statements per request
    // From a second hub with EXPOSE_SQL_COUNT=true, cache off: the resolvers' own statements (the response cache adds
    // one per miss, its snapshot; a hit is that one statement alone). The loaded hubs run without the counter.
    const counting = await startServer('hub (counting)', 'src/main.js', { ...hubEnv, ...NO_CACHE, EXPOSE_SQL_COUNT: 'true' }, (port) => httpOk(port, '/readyz'));
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
    // The counting hub stays up as the writer of --writes (not measured); otherwise it stops here.
    if (!WRITES) counting.child.kill('SIGTERM');
    else servers.push(counting);
    process.stdout.write(`\nSQL statements per request (hub, cache off; the cache adds 1 per miss, a hit is 1)\n| read | first: 10 | first: 50 | first: 100 |\n|---|---:|---:|---:|\n${statements.join('\n')}\n`);

    // ---------------------------------------------------------------- load, interleaved
    for (const r of reads) for (const t of r.targets) for (const b of [...t.bodies, t.bodies[0], t.bodies[0]]) await post(t.server.port, t.path, b, t.headers); // warm-up
    const rss = new Map(hubs.map((h) => [h.name, { before: rssOf(h.pid), peak: 0 }]));
    const sampler = setInterval(() => {
      for (const h of hubs) {
        const m = rss.get(h.name)!;
        m.peak = Math.max(m.peak, rssOf(h.pid));
      }
    }, 250);
    const loadSampler = setInterval(() => loads.push(os.loadavg()[0]), 5000);
    let writes = 0;
    let writeErrors = 0;
    let stopWriter = async () => {};
    if (WRITES) {
      const admin = await tokens.mint({ sub: 'bench:admin', role: Role.ADMIN, client: 'bench' });
      const c = new Client({ connectionString: url });
      await c.connect();
      const [{ dane, name }] = (await c.query(`SELECT dane_code AS dane, name FROM school WHERE secretariat_code = $1 ORDER BY dane_code LIMIT 1`, [LEADER_ETC])).rows;
      await c.end();
      const rename = (n: string) =>
        post(counting.port, '/graphql', gqlBody('mutation($d: String!, $n: String) { updateSchool(daneCode: $d, input: { name: $n }) { name } }', { d: dane.trim(), n }), auth(admin));
      let running = true;
      const writer = (async () => {
        while (running) {
          const t = performance.now();
          const r = await rename(writes % 2 ? name : `${name} (b)`).catch(() => ({ status: 0, text: '' }));
          if (r.status === 200 && !r.text.includes('"errors"')) writes++;
          else writeErrors++;
          await new Promise((res) => setTimeout(res, Math.max(0, 1000 / WRITES - (performance.now() - t))));
        }
      })();
      stopWriter = async () => {
        running = false;
        await writer;
        await rename(name);
      };
    }
    const loadStart = performance.now();
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
    clearInterval(loadSampler);
    await stopWriter();
    if (WRITES) process.stdout.write(`  writes during the load: ${writes} (${(writes / ((performance.now() - loadStart) / 1000)).toFixed(1)}/s), ${writeErrors} failed\n`);
    loads.push(os.loadavg()[0]);
    await new Promise((r) => setTimeout(r, 5000));
    const after = new Map(hubs.map((h) => [h.name, rssOf(h.pid)]));

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
        const f = row('floor');
        const p = row('PostGraphile');
        const b = row('hub before');
        const rps = (s: Sample) => s.requests / s.seconds;
        for (const h of hubs) {
          const x = row(h.name);
          if (x && b && h.name === 'hub') beforeAfter.push(`| ${r.name} | ${c} | ${rps(b).toFixed(0)} → ${rps(x).toFixed(0)} | ${pct(b.latencies, 95).toFixed(0)} → ${pct(x.latencies, 95).toFixed(0)} | ${(b.cpuMs / b.requests).toFixed(1)} → ${(x.cpuMs / x.requests).toFixed(1)} |`);
          // n/a: a read PostGraphile 4 cannot answer as such (pmiResultsNational: no aggregates without a plugin)
          if (x && f) ratios.push(`| ${r.name} | ${c} | ${h.name} | ${p ? (rps(x) / rps(p)).toFixed(2) : 'n/a'} | ${(rps(x) / rps(f)).toFixed(2)} | ${(pct(x.latencies, 95) / pct(f.latencies, 95)).toFixed(2)} |`);
        }
      }
    }
    process.stdout.write(`\nratios (targets of issue 14: hub/PostGraphile req/s ≥ 1.2, hub/floor req/s ≥ 0.5, hub p95 / floor p95 ≤ 2 at 50 clients)\n`);
    process.stdout.write(`| read | clients | hub | hub / PostGraphile req/s | hub / floor req/s | hub p95 / floor p95 |\n|---|---:|---|---:|---:|---:|\n${ratios.join('\n')}\n`);
    if (beforeAfter.length) process.stdout.write(`\nhub before → hub (same rounds)\n| read | clients | req/s | p95 ms | CPU ms/req |\n|---|---:|---:|---:|---:|\n${beforeAfter.join('\n')}\n`);
    for (const h of hubs) {
      const m = rss.get(h.name)!;
      process.stdout.write(`\n${h.name} RSS: before load ${m.before.toFixed(0)} MB, peak during load ${m.peak.toFixed(0)} MB, 5 s after ${after.get(h.name)!.toFixed(0)} MB`);
    }
    const metrics = await new Promise<string>((resolve) =>
      http.get({ host: '127.0.0.1', port: hub.port, path: '/metrics' }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve(text));
      }).on('error', () => resolve('')),
    );
    const lookups = [...metrics.matchAll(/pmi_hub_response_cache_lookups_total\{result="(\w+)"\} (\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    const bytes = /pmi_hub_response_cache_bytes (\d+)/.exec(metrics)?.[1];
    if (lookups.length) process.stdout.write(`\nhub response cache (whole run, warm-up included): ${lookups.join(', ')}; ${bytes ? (Number(bytes) / 1024 / 1024).toFixed(1) : '?'} MB held`);
    process.stdout.write(`\nload average (1 min) during the run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} cores\n`);
    if (EXTRAS.length) {
      for (const srv of servers) srv.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
      await runExtras(url, EXTRAS);
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    request.agent.destroy();
    await dropDb?.();
    await embedded?.stop();
  }
}

/** Runs a compiled bench script of test/bench/ in a child process, its output inline; resolves with its exit code. */
function runScript(script: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'test', 'bench', script), ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** The rest of issue 14's national figures (see --extras), after the reads, in the same run. */
async function runExtras(url: string, extras: Extra[]) {
  const server = new URL(url);
  const source = decodeURIComponent(server.pathname.slice(1));
  server.pathname = '/postgres';
  const copy = `pmi_bench_copy_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  const copyUrl = new URL(url);
  copyUrl.pathname = `/${copy}`;
  const writes = extras.filter((e) => e !== 'subscriptions');
  try {
    if (writes.length) {
      // TEMPLATE needs the source without other sessions: the servers just stopped; retry while their sockets close.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin.query(`CREATE DATABASE "${copy}" TEMPLATE "${source.replace(/"/g, '""')}"`);
          break;
        } catch (err) {
          if (attempt >= 10) throw err;
          await new Promise((r) => setTimeout(r, 2000));
        }
      }
    }
    for (const extra of extras) {
      process.stdout.write(`\n---------------------------------------------------------------- ${extra} (load average ${os.loadavg()[0].toFixed(1)})\n`);
      const code =
        extra === 'ingestion'
          ? await runScript('ingestion.js', ['--db', copyUrl.toString()])
          : extra === 'needs'
            ? await runScript('identify-needs.js', ['--db', copyUrl.toString(), '--secretariat', 'biggest'])
            : await runScript('subscriptions.js', ['--subscribers', '5000', '--events', '100', '--rate', '5'], { DATABASE_URL: server.toString() });
      if (code !== 0) process.stdout.write(`${extra}: the script exited with ${code}\n`);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
