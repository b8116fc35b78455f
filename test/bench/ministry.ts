import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub } from '../../src/server';
import { Role } from '../../src/common/auth/roles';
import { PMI_RESULTS_SQL } from '../../src/modules/reports/pmi-results.service';

/**
 * npm run bench:ministry [-- --secretariats 96 --schools 190 --runs 5]
 * National scale: 96 secretariats × 190 schools (≈ 18,000), a PMI per school with 3 indicators and 8 actions, follow-ups
 * on most of them, loaded by set-based SQL (not measured). Then the Ministry's national aggregate
 * (`pmiResultsNational`) and the first page of `pmiResults` through POST /graphql, each `runs` times, compared in the
 * same run with a plain-SQL reference: the same aggregate written by hand and sent straight to PostgreSQL.
 * Uses DATABASE_URL's server if set (a database is created and dropped), else an embedded PostgreSQL.
 */
const { values } = parseArgs({
  options: {
    secretariats: { type: 'string', default: '96' },
    schools: { type: 'string', default: '190' },
    runs: { type: 'string', default: '5' },
  },
});
const SECRETARIATS = Number(values.secretariats);
const SCHOOLS = Number(values.schools);
const RUNS = Number(values.runs);
const PERIOD = '2026';

async function load(db: Client) {
  await db.query(`INSERT INTO secretariat (code, name, department)
    SELECT 'B' || lpad(g::text, 3, '0'), 'Secretaría de Educación ' || g, 'Departamento ' || (g % 32) FROM generate_series(1, $1) g`, [SECRETARIATS]);
  await db.query(`INSERT INTO school (dane_code, secretariat_code, name, name_search, sector, zone, municipality)
    SELECT '9' || lpad((s * 1000 + k)::text, 11, '0'), 'B' || lpad(s::text, 3, '0'), 'EE ' || s || '-' || k, 'ee ' || s || '-' || k,
           CASE WHEN k % 3 = 0 THEN 'NON_OFFICIAL' ELSE 'OFFICIAL' END, CASE WHEN k % 4 = 0 THEN 'RURAL' ELSE 'URBAN' END, 'M'
      FROM generate_series(1, $1) s, generate_series(1, $2) k`, [SECRETARIATS, SCHOOLS]);
  await db.query(`INSERT INTO improvement_plan (secretariat_code, school_dane, period, status, version, pertinent)
    SELECT secretariat_code, dane_code, $1, CASE WHEN random() < 0.7 THEN 'REVIEWED' ELSE 'SUBMITTED' END, 1, random() < 0.8
      FROM school WHERE random() < 0.9`, [PERIOD]);
  await db.query(`UPDATE improvement_plan SET pertinent = NULL WHERE status <> 'REVIEWED'`);
  await db.query(`INSERT INTO improvement_plan_goal (plan_id, position, area, description) SELECT id, 0, 'ACADEMIC', 'Meta' FROM improvement_plan`);
  await db.query(`INSERT INTO improvement_plan_indicator (plan_id, goal_id, position, name, baseline, target, unit, frequency)
    SELECT g.plan_id, g.id, k, 'Indicador ' || k, 10, 20, '%', 'ANNUAL' FROM improvement_plan_goal g, generate_series(1, 3) k`);
  await db.query(`INSERT INTO improvement_plan_action (plan_id, goal_id, position, description, responsible, start_date, end_date, status)
    SELECT g.plan_id, g.id, k, 'Acción ' || k, 'Rector', '2026-02-01', '2026-11-30', 'NOT_STARTED' FROM improvement_plan_goal g, generate_series(1, 8) k`);
  await db.query(`INSERT INTO indicator_measurement (secretariat_code, school_dane, plan_id, plan_version, indicator_id, value, measured_on, source, recorded_by, recorder_role)
    SELECT p.secretariat_code, p.school_dane, p.id, 1, i.id, 10 + floor(random() * 12), make_date(2026, m, 15), 'Acta', 'bench', 'QUALITY_STAFF'
      FROM improvement_plan_indicator i JOIN improvement_plan p ON p.id = i.plan_id, generate_series(3, 9, 3) m WHERE random() < 0.7`);
  await db.query(`INSERT INTO plan_action_progress (secretariat_code, school_dane, plan_id, plan_version, action_id, status, percent, evidence, recorded_by, recorder_role)
    SELECT p.secretariat_code, p.school_dane, p.id, 1, a.id, CASE WHEN random() < 0.4 THEN 'DONE' ELSE 'IN_PROGRESS' END, 50, 'Acta', 'bench', 'QUALITY_STAFF'
      FROM improvement_plan_action a JOIN improvement_plan p ON p.id = a.plan_id WHERE random() < 0.6`);
  await db.query(`UPDATE plan_action_progress SET percent = 100 WHERE status = 'DONE'`);
  await db.query(`INSERT INTO plan_self_evaluation (secretariat_code, school_dane, plan_id, plan_version, evaluated_on, recorded_by)
    SELECT secretariat_code, school_dane, id, 1, '2026-11-20', 'bench' FROM improvement_plan WHERE random() < 0.3`);
  await db.query('ANALYZE');
  const [{ n }] = (await db.query(`SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM improvement_plan) || ' PMIs, '
    || (SELECT count(*) FROM indicator_measurement) || ' measurements, ' || (SELECT count(*) FROM plan_action_progress) || ' action follow-ups' AS n`)).rows;
  return n as string;
}

/** The plain-SQL reference: the national figures written by hand, one statement, no hub in between. */
const REFERENCE_SQL = `
SELECT count(DISTINCT s.secretariat_code) AS secretariats, count(*) AS schools,
       (SELECT count(*) FROM improvement_plan WHERE period = $1) AS plans,
       (SELECT count(*) FROM improvement_plan WHERE period = $1 AND status = 'REVIEWED' AND pertinent) AS pertinent,
       (SELECT count(*) FROM improvement_plan p WHERE period = $1 AND (EXISTS (SELECT 1 FROM plan_action_progress g WHERE g.plan_id = p.id)
                                                                     OR EXISTS (SELECT 1 FROM indicator_measurement m WHERE m.plan_id = p.id))) AS followed,
       (SELECT avg(least(1, greatest(0, (l.v - i.baseline) / nullif(i.target - i.baseline, 0))))
          FROM improvement_plan p JOIN improvement_plan_indicator i ON i.plan_id = p.id
          JOIN LATERAL (SELECT m.value::float AS v FROM indicator_measurement m WHERE m.indicator_id = i.id ORDER BY m.measured_on DESC LIMIT 1) l ON true
         WHERE p.period = $1) AS progress
  FROM school s WHERE s.active`;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  let adminUrl = process.env.DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/bench-postgres', port: 54332, database: 'postgres' });
    adminUrl = embedded.url;
  }
  const dbName = `pmi_bench_ministry_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const url = u.toString();
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0', DATABASE_URL: url, JWT_SECRET: 'bench-secret-ministry' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  const hub = await createHub(runtime, await buildHubSchema());
  // The references run with the hub's session settings (JIT off, src/db/data-source.ts); `jitDb` keeps the server's
  // default to show what JIT costs these statements.
  const db = new Client({ connectionString: url, options: '-c jit=off' });
  const jitDb = new Client({ connectionString: url });
  try {
    const port = await hub.listen(0, '127.0.0.1');
    await db.connect();
    await jitDb.connect();
    const t0 = performance.now();
    const loaded = await load(db);
    process.stdout.write(`Ministry benchmark, period ${PERIOD}: ${SECRETARIATS} secretariats, ${loaded} (load ${((performance.now() - t0) / 1000).toFixed(1)} s, not measured)\n`);
    const token = await runtime.tokens.mint({ sub: 'bench:men', role: Role.MINISTRY, client: 'bench' } as never);
    const gql = async (query: string) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { period: PERIOD } }),
      });
      const body = (await res.json()) as { errors?: unknown; data?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const national = `query($period: String!) { pmiResultsNational(period: $period) { secretariats schools plansRegistered plansPertinent plansFollowedUp averageIndicatorProgress } }`;
    const page = `query($period: String!) { pmiResults(period: $period, first: 100) { totalCount edges { node { secretariatCode plansRegistered plansPertinent averageIndicatorProgress } } } }`;
    const rows: Array<[string, number[]]> = [
      ['pmiResultsNational (GraphQL over HTTP)', []],
      ['pmiResults first: 100 (GraphQL over HTTP)', []],
      ['hub SQL alone (PMI_RESULTS_SQL, 96 rows)', []],
      ['hub SQL alone, server JIT default (before)', []],
      ['plain-SQL reference (hand-written aggregate)', []],
    ];
    let check: unknown;
    let reference: unknown;
    for (let i = 0; i < RUNS + 1; i++) {
      const a = await timed(() => gql(national));
      const b = await timed(() => gql(page));
      const c = await timed(() => db.query(PMI_RESULTS_SQL, [PERIOD, null, null, null, null]));
      const d = await timed(() => db.query(REFERENCE_SQL, [PERIOD]));
      const e = await timed(() => jitDb.query(PMI_RESULTS_SQL, [PERIOD, null, null, null, null]));
      if (i === 0) {
        check = a.value;
        reference = d.value.rows[0];
        continue; // warm-up
      }
      rows[0][1].push(a.ms);
      rows[1][1].push(b.ms);
      rows[2][1].push(c.ms);
      rows[3][1].push(e.ms);
      rows[4][1].push(d.ms);
    }
    process.stdout.write(`national aggregate: ${JSON.stringify(check)}\nreference:          ${JSON.stringify(reference)}\n\n`);
    process.stdout.write(`| what | median ms | min ms | max ms |\n|---|---:|---:|---:|\n`);
    for (const [name, ms] of rows) process.stdout.write(`| ${name} | ${median(ms).toFixed(0)} | ${Math.min(...ms).toFixed(0)} | ${Math.max(...ms).toFixed(0)} |\n`);
    const ratio = (a: number, b: number) => (median(rows[a][1]) / median(rows[b][1])).toFixed(2);
    process.stdout.write(`\nratios (medians): pmiResultsNational / reference ${ratio(0, 4)}×, hub SQL / reference ${ratio(2, 4)}×, JIT default / JIT off ${ratio(3, 2)}×\n`);
  } finally {
    await db.end().catch(() => undefined);
    await jitDb.end().catch(() => undefined);
    await hub.close();
    await runtime.shutdown();
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`bench:ministry failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
