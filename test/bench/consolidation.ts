import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { Role } from '../../src/common/auth/roles';
import { freshDatabase, loadSecretariatSchools, markdownTable, postGraphql, pseudoRandom as r, startBenchHub, withServer } from './support';

/**
 * npm run bench:consolidation [-- --schools 2000 --period 2026 --keep]
 * For each size: a fresh database with one secretariat of N schools, a strategy whose activities serve every school
 * twice (one integral activity per 5 schools, one punctual per 10), held sessions for 90 % of the (activity, school)
 * pairs and evaluations (5 criteria) from 80 % of those, all loaded by set-based SQL (not measured). Then
 * consolidateAssistanceEvaluations through POST /graphql of a hub in this process with EXPOSE_SQL_COUNT=true, twice
 * (first computation, recomputation of the draft), and the evaluationConsolidation query that reads it back.
 * Prints wall time and the SQL statements of each request (extensions.sqlStatements).
 * Uses DATABASE_URL's server if set (a database is created and dropped per size), else an embedded PostgreSQL.
 */
const { values } = parseArgs({
  options: {
    schools: { type: 'string', default: '2000' },
    period: { type: 'string', default: '2026' },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = String(values.schools)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const PERIOD = String(values.period);
const SECRETARIAT = 'BENCH';

const CONSOLIDATE = `mutation Bench($period: String!) {
  consolidateAssistanceEvaluations(period: $period) { id status results { overall { due received responseRate average } byStaff { responsible } } }
}`;
const READ = `query Bench($period: String!) {
  evaluationConsolidation(period: $period) {
    results {
      overall { due received responseRate average objectivesMet { YES PARTLY NO } }
      byCriterion { code average ratings }
      byActivity { activityId due received responseRate average }
      byStaff { responsible activities average responseRate }
      byModality { modality average responseRate }
      comments { activityId schoolDane comments }
    }
  }
}`;

async function load(db: Client, n: number): Promise<{ activities: number; sessions: number; evaluations: number }> {
  await loadSecretariatSchools(db, SECRETARIAT, n);
  const [{ id: strategy }] = (await db.query(`INSERT INTO assistance_strategy (secretariat_code, period, status) VALUES ($1, $2, 'APPROVED') RETURNING id`, [SECRETARIAT, PERIOD])).rows;
  // Integral: one activity per 5 consecutive schools; punctual: one per 10. 40 staff members.
  for (const [modality, size, month] of [['INTEGRAL', 5, 3], ['PUNCTUAL', 10, 5]] as const) {
    await db.query(
      `INSERT INTO assistance_activity (strategy_id, secretariat_code, title, modality, method, school_danes, starts_on, ends_on, responsible, status)
       SELECT $1, $2, '${modality} ' || k, '${modality}', 'Visita', array_agg(lpad((105001000000 + g)::text, 12, '0') ORDER BY g),
              make_date(${PERIOD}, ${month}, 1 + k % 28), make_date(${PERIOD}, ${month}, 1 + k % 28) + 10, 'Funcionario ' || (k % 40), 'DONE'
         FROM (SELECT g, (g - 1) / ${size} AS k FROM generate_series(1, $3) g) x GROUP BY k`,
      [strategy, SECRETARIAT, n],
    );
  }
  await db.query(
    `INSERT INTO assistance_session (secretariat_code, strategy_id, activity_id, school_dane, status, scheduled_on, held_on, staff, created_by)
     SELECT a.secretariat_code, a.strategy_id, a.id, d.dane, 'HELD', a.starts_on, a.starts_on, a.responsible, 'bench'
       FROM assistance_activity a CROSS JOIN LATERAL unnest(a.school_danes) d(dane)
      WHERE ${r(`a.id::text || d.dane`)} < 90`,
  );
  await db.query(
    `INSERT INTO evaluation_settings (secretariat_code, period, deadline, criteria, updated_by)
     VALUES ($1, $2, now() - interval '1 day',
             '[{"code":"PERTINENCE","name":"Pertinencia"},{"code":"TIMELINESS","name":"Oportunidad"},{"code":"MASTERY","name":"Dominio"},{"code":"MATERIALS","name":"Materiales"},{"code":"OBJECTIVES","name":"Objetivos"}]', 'bench')`,
    [SECRETARIAT, PERIOD],
  );
  await db.query(
    `INSERT INTO assistance_evaluation (secretariat_code, strategy_id, period, activity_id, school_dane, ratings, objectives_met, comments, submitted_at, submitted_by)
     SELECT s.secretariat_code, s.strategy_id, $1, s.activity_id, s.school_dane,
            jsonb_build_object('PERTINENCE', 1 + ${r(`s.id::text || 'p'`)} % 5, 'TIMELINESS', 1 + ${r(`s.id::text || 't'`)} % 5,
                               'MASTERY', 1 + ${r(`s.id::text || 'm'`)} % 5, 'MATERIALS', 1 + ${r(`s.id::text || 'x'`)} % 5, 'OBJECTIVES', 1 + ${r(`s.id::text || 'o'`)} % 5),
            (ARRAY['YES', 'PARTLY', 'NO'])[1 + ${r(`s.id::text || 'y'`)} % 3],
            CASE WHEN ${r(`s.id::text || 'c'`)} < 20 THEN 'Comentario del EE ' || s.school_dane ELSE '' END,
            now() - interval '2 days', 'bench'
       FROM assistance_session s WHERE ${r(`s.id::text || 'e'`)} < 80`,
    [PERIOD],
  );
  await db.query('ANALYZE');
  const count = async (t: string) => Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
  return { activities: await count('assistance_activity'), sessions: await count('assistance_session'), evaluations: await count('assistance_evaluation') };
}

interface Row {
  schools: number;
  activities: number;
  evaluations: number;
  run: string;
  due: number;
  received: number;
  ms: number;
  statements: number;
}

async function benchSize(adminUrl: string, n: number): Promise<Row[]> {
  const database = await freshDatabase(adminUrl, 'pmi_bench_consolidation');
  const hub = await startBenchHub(database.url, { JWT_SECRET: 'bench-secret-for-pmi-hub-consolidation', EXPOSE_SQL_COUNT: 'true' });
  try {
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const loaded = await load(db, n);
    await db.end();
    const token = await hub.runtime.tokens.mint({ sub: 'bench:staff', role: Role.QUALITY_LEADER, secretariat: SECRETARIAT, client: 'bench' } as never);
    const rows: Row[] = [];
    for (const [run, query] of [['consolidate (first)', CONSOLIDATE], ['consolidate (recompute)', CONSOLIDATE], ['read it back', READ]] as const) {
      const { body, ms } = await postGraphql<Record<string, { results: { overall: { due: number; received: number } } }>>(hub.port, token, query, { period: PERIOD });
      if (!body.data) throw new Error(`${run} failed: ${JSON.stringify(body.errors).slice(0, 800)}`);
      const overall = Object.values(body.data)[0].results.overall;
      rows.push({ schools: n, activities: loaded.activities, evaluations: loaded.evaluations, run, due: overall.due, received: overall.received, ms, statements: body.extensions?.sqlStatements ?? NaN });
    }
    return rows;
  } finally {
    await hub.close();
    await database.drop(values.keep);
  }
}

function table(rows: Row[]) {
  const head = ['schools', 'activities', 'evaluations', 'request', 'due', 'received', 'time (ms)', 'SQL statements'];
  const body = rows.map((r) => [String(r.schools), String(r.activities), String(r.evaluations), r.run, String(r.due), String(r.received), r.ms.toFixed(0), String(r.statements)]);
  return markdownTable(head, body, 3);
}

async function main() {
  await withServer({ dataDir: '.data/bench-postgres', port: 54331 }, async (adminUrl) => {
    process.stdout.write(`consolidateAssistanceEvaluations benchmark: period ${PERIOD}, through POST /graphql (EXPOSE_SQL_COUNT=true)\n`);
    const all: Row[] = [];
    for (const n of SIZES) all.push(...(await benchSize(adminUrl, n)));
    process.stdout.write(`\n${table(all)}\n`);
  });
}

main().catch((err) => {
  process.stderr.write(`bench:consolidation failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
