import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../src/db/data-source';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub } from '../../src/server';
import { Role } from '../../src/common/auth/roles';
import { everyPage, type ConnectionPage } from '../support/pages';
import {
  DashEvaluationDocument,
  DashNeedCountsDocument,
  DashNeedsDocument,
  DashNonconformitiesDocument,
  DashNonconformitiesFirstDocument,
  DashOverdueActionsCountDocument,
  DashOverdueActionsDocument,
  DashPlanCountsDocument,
  DashPlansDocument,
  DashPmiResultsDocument,
  DashSchoolCountsDocument,
  DashSchoolsDocument,
  DashSessionCountsDocument,
  DashSessionsDocument,
  DashStrategyCountsDocument,
  DashStrategyDocument,
} from '../../src/dashboard/app/generated/graphql';

/**
 * npm run bench:dashboard [-- --source postgres://…/national --secretariat 11001 --runs 5]
 * One refresh of the dashboard's jurisdiction view (issue 14), as the browser sends it on every live event: before —
 * every page of schools, PMIs, sessions, needs, nonconformities and overdue actions (the lists walked by `all()`) — and
 * after — the count queries (schoolCounts, improvementPlanCounts, supportNeedCounts, assistanceSessionCounts,
 * classificationCounts, the first five nonconformities). Panels run concurrently, a list's pages one after another, as
 * in the browser. Figures: requests, bytes (request and response bodies), wall time and this process's CPU (the hub is
 * in-process; the client side is JSON.parse of the answers) per refresh, medians of `runs` after a warm-up, alternating.
 *
 * Data: the secretariat's rows of the generated national database (`--source`, read only) are copied into a private
 * database on DATABASE_URL's server (migrated; dropped at the end). The national database's strategy ids predate the
 * generator's RFC 4122 uids, which `assistanceSessions(strategyId)` refuses (IsUUID): the copy sets their version and
 * variant digits. The response cache is off: after a live event a refresh misses it anyway.
 */
const { values } = parseArgs({
  options: {
    source: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/national' },
    secretariat: { type: 'string', default: '11001' },
    period: { type: 'string', default: '2026' },
    runs: { type: 'string', default: '5' },
  },
});
const SEC = values.secretariat!;
const PERIOD = values.period!;
const RUNS = Number(values.runs);

/** Tables copied for the secretariat (columns by name, so the two schemas need only share them). */
const TABLES = ['school', 'assistance_strategy', 'school_classification', 'assistance_activity', 'assistance_session', 'improvement_plan', 'support_need'];
const rfc4122 = (u: string) => `${u.slice(0, 14)}4${u.slice(15, 19)}8${u.slice(20)}`;

async function copySecretariat(source: Client, target: Client) {
  await target.query(`SET session_replication_role = replica`); // rows consistent by construction; FKs to tables not copied
  const { rows: sec } = await source.query('SELECT * FROM secretariat WHERE code = $1', [SEC]);
  await target.query(`INSERT INTO secretariat SELECT * FROM json_populate_recordset(null::secretariat, $1)`, [JSON.stringify(sec)]);
  const counts: string[] = [];
  for (const table of TABLES) {
    const { rows } = await source.query(`SELECT * FROM ${table} WHERE secretariat_code = $1`, [SEC]);
    for (const r of rows) {
      if (table === 'assistance_strategy') r.id = rfc4122(r.id);
      if ('strategy_id' in r && r.strategy_id) r.strategy_id = rfc4122(r.strategy_id);
    }
    for (let i = 0; i < rows.length; i += 2000) {
      await target.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1)`, [JSON.stringify(rows.slice(i, i + 2000))]);
    }
    counts.push(`${rows.length} ${table}`);
  }
  await target.query('ANALYZE');
  return counts.join(', ');
}

interface Tally {
  requests: number;
  sent: number;
  received: number;
}

async function main() {
  const source = new Client({ connectionString: values.source, options: '-c default_transaction_read_only=on' });
  await source.connect();
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL: the PostgreSQL server for the private copy (e.g. postgres://postgres@127.0.0.1:5432/test)');
  const name = `pmi_bench_dashboard_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = { url: u.toString(), drop: () => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => admin.end()) };
  await (await openDatabase(database.url, 1)).destroy(); // every migration
  const target = new Client({ connectionString: database.url });
  await target.connect();
  const copied = await copySecretariat(source, target);
  await source.end();
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0', DATABASE_URL: database.url, JWT_SECRET: 'bench-secret-dashboard', RESPONSE_CACHE_MAX_BYTES: '0' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  const hub = await createHub(runtime, await buildHubSchema());
  try {
    const port = await hub.listen(0, '127.0.0.1');
    const token = await runtime.tokens.mint({ sub: 'bench:leader', role: Role.QUALITY_LEADER, secretariat: SEC } as never);
    const gql = async <R>(t: Tally, doc: { toString(): string }, variables: Record<string, unknown>): Promise<R> => {
      const body = JSON.stringify({ query: doc.toString(), variables });
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const text = await res.text();
      t.requests++;
      t.sent += Buffer.byteLength(body);
      t.received += Buffer.byteLength(text);
      const json = JSON.parse(text) as { data?: R; errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
      return json.data as R;
    };
    const all = async (t: Tally, doc: { toString(): string }, variables: Record<string, unknown>, field: string) =>
      (await everyPage(async (after) => (await gql<Record<string, ConnectionPage<unknown>>>(t, doc, { ...variables, after }))[field], 5000)).nodes.length;
    const v = { period: PERIOD, secretariat: SEC };
    // The view before issue 14 (src/dashboard/app/data.ts useJurisdiction).
    const before = async (t: Tally) => {
      const strategy = (async () => {
        const s = await gql<{ assistanceStrategyOf: { id: string } | null }>(t, DashStrategyDocument, v);
        return s.assistanceStrategyOf ? all(t, DashSessionsDocument, { strategyId: s.assistanceStrategyOf.id }, 'assistanceSessions') : 0;
      })();
      await Promise.all([
        gql(t, DashPmiResultsDocument, v),
        strategy,
        all(t, DashSchoolsDocument, { secretariat: SEC }, 'schools'),
        all(t, DashPlansDocument, v, 'improvementPlans'),
        all(t, DashNeedsDocument, v, 'supportNeeds'),
        gql(t, DashEvaluationDocument, v),
        all(t, DashNonconformitiesDocument, { secretariat: SEC }, 'nonconformities'),
        all(t, DashOverdueActionsDocument, { secretariat: SEC }, 'overdueQualityActions'),
      ]);
    };
    // The view after (useJurisdictionCounts).
    const after = async (t: Tally) => {
      const strategy = (async () => {
        const s = await gql<{ assistanceStrategyOf: { id: string } | null }>(t, DashStrategyCountsDocument, v);
        if (s.assistanceStrategyOf) await gql(t, DashSessionCountsDocument, { strategyId: s.assistanceStrategyOf.id });
      })();
      await Promise.all([
        gql(t, DashPmiResultsDocument, v),
        strategy,
        gql(t, DashSchoolCountsDocument, { secretariat: SEC }),
        gql(t, DashPlanCountsDocument, v),
        gql(t, DashNeedCountsDocument, v),
        gql(t, DashEvaluationDocument, v),
        gql(t, DashNonconformitiesFirstDocument, { secretariat: SEC }),
        gql(t, DashOverdueActionsCountDocument, { secretariat: SEC }),
      ]);
    };
    const runs = { before: [] as { ms: number; cpu: number; t: Tally }[], after: [] as { ms: number; cpu: number; t: Tally }[] };
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [name, refresh] of [['before', before], ['after', after]] as const) {
        const t: Tally = { requests: 0, sent: 0, received: 0 };
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await refresh(t);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        if (i > 0) runs[name].push({ ms, cpu: (cpu.user + cpu.system) / 1000, t });
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const row = (name: string, r: (typeof runs)['before']) =>
      `${name.padEnd(7)} ${String(r[0].t.requests).padStart(8)} ${kb(r[0].t.sent).padStart(11)} ${kb(r[0].t.received).padStart(12)} ${median(r.map((x) => x.ms)).toFixed(0).padStart(9)} ms ${median(r.map((x) => x.cpu)).toFixed(0).padStart(9)} ms`;
    const [l1, l5] = (await import('node:os')).loadavg();
    process.stdout.write(
      `Dashboard refresh, jurisdiction view, secretariat ${SEC}, period ${PERIOD}, quality leader: ${copied}\n` +
        `${RUNS} runs after a warm-up, medians; load average ${l1.toFixed(2)} / ${l5.toFixed(2)} (1 / 5 min)\n\n` +
        `        requests        sent     received      wall        CPU (hub + client, this process)\n` +
        `${row('before', runs.before)}\n${row('after', runs.after)}\n\n` +
        `ratios before/after: requests ×${(runs.before[0].t.requests / runs.after[0].t.requests).toFixed(1)}, bytes received ×${(runs.before[0].t.received / runs.after[0].t.received).toFixed(1)}, ` +
        `wall ×${(median(runs.before.map((x) => x.ms)) / median(runs.after.map((x) => x.ms))).toFixed(1)}, CPU ×${(median(runs.before.map((x) => x.cpu)) / median(runs.after.map((x) => x.cpu))).toFixed(1)}\n`,
    );
  } finally {
    await hub.close();
    await runtime.shutdown();
    await target.end();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
