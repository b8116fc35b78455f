import 'reflect-metadata';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { Client } from 'pg';
import { SIGNALS_SQL, signalParams } from '../../src/modules/analysis/signals';
import { settingsFor } from '../../src/modules/settings/settings.service';
import { Role } from '../../src/common/auth/roles';
import { analyzeAndCount, freshDatabase, loadSecretariatSchools, markdownTable, postGraphql, pseudoRandom as r, startBenchHub, withServer } from './support';

/**
 * npm run bench:needs [-- --schools 200,2000,5000 --period 2026]
 * npm run bench:needs -- --db URL [--secretariat biggest|all|<code>] [--period 2026]
 *   On an existing database (e.g. a copy of one filled by `npm run generate`: the run WRITES needs, so never the shared
 *   original): identifyNeeds as each secretariat's quality leader (the biggest ETC, all of them one after the other, or
 *   the one named), twice each, next to the reference measured in the same run on the same data: the signals alone
 *   (SIGNALS_SQL counted over pg, the floor the mutation cannot beat: it reads the same signals, then writes).
 * For each size: a fresh database with one secretariat of N schools and a year of inputs loaded by set-based SQL
 * (the load is not what is measured), then identifyNeeds(period) twice through POST /graphql of a hub running in this
 * process with EXPOSE_SQL_COUNT=true: the first run creates the needs, the second is the idempotent re-run.
 * Prints wall time and the SQL statements the request issued (extensions.sqlStatements).
 * Uses DATABASE_URL's server if set (a database is created and dropped per size), else an embedded PostgreSQL.
 * --keep leaves the databases in place (their URLs are printed) for EXPLAIN ANALYZE.
 */
const { values } = parseArgs({
  options: {
    schools: { type: 'string', default: '200,2000' },
    period: { type: 'string', default: '2026' },
    keep: { type: 'boolean', default: false },
    db: { type: 'string' },
    secretariat: { type: 'string', default: 'biggest' },
  },
});
const SIZES = String(values.schools)
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const PERIOD = String(values.period);
const DATA_YEAR = String(Number(PERIOD) - 1); // self-evaluation and characterization are the previous year's
const SECRETARIAT = 'BENCH';

const MUTATION = `mutation Bench($period: String!) {
  identifyNeeds(period: $period) { period created confirmed reopened resolved open }
}`;

/**
 * The inputs of a secretariat of `n` schools, in a handful of INSERT … SELECT statements. Shares (per school unless
 * said otherwise): 20 % non-official (a third of them in régimen controlado); every Guía 34 component scored, ~5 % at
 * 1 and ~15 % at 2; characterization with a Saber 11 category (~35 % C or D) and 10 Saber 3/5/9 results; 20 % with an
 * F01.03 finding (a corrective and a preventive action, the corrective one already in the PMI for half of them);
 * PEI changes 30 %, new education model 10 %, curriculum changes 20 % (dates across the period); PMI: 5 % missing,
 * 5 % draft, 10 % submitted, 10 % reviewed not pertinent, 70 % reviewed pertinent (12 actions each); 5 % with an open
 * support request.
 */
async function load(db: Client, n: number) {
  const prov = (source: string, ext: string) =>
    `'${SECRETARIAT}', '${source}', ${ext}, 'bench', now(), '${PERIOD}-03-01T00:00:00Z'::timestamptz, md5(${ext})`;
  const PROV_COLS = 'secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash';
  await loadSecretariatSchools(db, SECRETARIAT, n, {
    sector: `CASE WHEN g % 5 = 0 THEN 'NON_OFFICIAL' ELSE 'OFFICIAL' END`,
    zone: `CASE WHEN g % 3 = 0 THEN 'RURAL' ELSE 'URBAN' END`,
    regime: `CASE WHEN g % 5 = 0 THEN (ARRAY['REGULATED_FREEDOM', 'MONITORED_FREEDOM', 'CONTROLLED'])[1 + (g / 5) % 3] END`,
  });
  await db.query(`CREATE TEMP TABLE s AS SELECT dane_code AS dane, (dane_code::bigint - 105001000000)::int AS g FROM school`);

  // D01.03: every component of Guía 34.
  await db.query(
    `INSERT INTO self_evaluation_score (${PROV_COLS}, school_dane, year, catalogue_version, component_code, process_code, area, score, evidence)
     SELECT ${prov('D01.03', `s.dane || ':${DATA_YEAR}:' || c.code`)}, s.dane, '${DATA_YEAR}', c.catalogue_version, c.code, c.process_code, c.area,
            CASE WHEN ${r(`s.dane || c.code`)} < 5 THEN 1 WHEN ${r(`s.dane || c.code`)} < 20 THEN 2
                 WHEN ${r(`s.dane || c.code`)} < 60 THEN 3 ELSE 4 END,
            'Acta de autoevaluación ${DATA_YEAR}'
       FROM s CROSS JOIN self_evaluation_component c WHERE c.catalogue_version = 'GUIA34-2008'`,
  );
  // D01.04: characterization and Saber 3/5/9.
  await db.query(
    `INSERT INTO characterization (${PROV_COLS}, school_dane, year, enrolment, saber11_category, dropout_rate, repetition_rate, infrastructure_condition)
     SELECT ${prov('D01.04', `s.dane || ':${DATA_YEAR}'`)}, s.dane, '${DATA_YEAR}', 200 + ${r(`s.dane || 'e'`)} * 15,
            CASE WHEN ${r(`s.dane || 'k'`)} < 10 THEN 'A_PLUS' WHEN ${r(`s.dane || 'k'`)} < 30 THEN 'A'
                 WHEN ${r(`s.dane || 'k'`)} < 65 THEN 'B' WHEN ${r(`s.dane || 'k'`)} < 90 THEN 'C' ELSE 'D' END,
            ${r(`s.dane || 'd'`)} / 1000.0, ${r(`s.dane || 'r'`)} / 1000.0, 'GOOD'
       FROM s`,
  );
  await db.query(
    `INSERT INTO saber_result (characterization_id, secretariat_code, school_dane, year, grade, subject, insufficient, minimum, satisfactory, advanced)
     SELECT c.id, c.secretariat_code, c.school_dane, c.year, t.grade, t.subject, x.ins, (100 - x.ins) * 0.4, (100 - x.ins) * 0.4, (100 - x.ins) * 0.2
       FROM characterization c
       CROSS JOIN (VALUES (3, 'LANGUAGE'), (3, 'MATHEMATICS'), (5, 'LANGUAGE'), (5, 'MATHEMATICS'), (5, 'NATURAL_SCIENCES'), (5, 'CITIZENSHIP'),
                          (9, 'LANGUAGE'), (9, 'MATHEMATICS'), (9, 'NATURAL_SCIENCES'), (9, 'CITIZENSHIP')) AS t(grade, subject)
       CROSS JOIN LATERAL (SELECT round((${r(`c.school_dane || t.grade || t.subject`)} * 0.33)::numeric, 1)::float8 AS ins) x`,
  );
  // F01.03: findings with a corrective and a preventive action.
  await db.query(
    `INSERT INTO inspection_finding (${PROV_COLS}, school_dane, found_on, area, description)
     SELECT ${prov('F01.03', `'HAL-' || s.g`)}, s.dane, make_date(${DATA_YEAR}, 1 + s.g % 12, 1 + s.g % 28),
            (ARRAY['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY'])[1 + s.g % 4], 'Hallazgo de inspección ' || s.g
       FROM s WHERE s.g % 5 = 1`,
  );
  await db.query(
    `INSERT INTO inspection_finding_action (finding_id, secretariat_code, school_dane, external_id, type, description, due_date)
     SELECT f.id, f.secretariat_code, f.school_dane, f.external_id || '-' || t.suffix, t.type, t.type || ' action for ' || f.external_id, make_date(${PERIOD}, 6, 30)
       FROM inspection_finding f CROSS JOIN (VALUES ('AC1', 'CORRECTIVE'), ('AP1', 'PREVENTIVE')) AS t(suffix, type)`,
  );
  // D02.02, C02.02, D02.05: changes at schools during the period.
  for (const [table, source, share, cols, vals] of [
    ['pei_update', 'D02.02', 30, 'change_type, changed_on, summary', `'ADJUSTMENT', %DATE%, 'Ajuste del PEI ' || s.g`],
    ['education_model_adoption', 'C02.02', 10, 'model_name, implemented_on, notes', `'Escuela Nueva', %DATE%, NULL`],
    ['curriculum_change', 'D02.05', 20, 'changed_on, summary, areas', `%DATE%, 'Cambio del plan de estudios ' || s.g, ARRAY['Matemáticas']`],
  ] as const) {
    await db.query(
      `INSERT INTO ${table} (${PROV_COLS}, school_dane, ${cols})
       SELECT ${prov(source, `'${source}-' || s.g`)}, s.dane, ${vals.replace('%DATE%', `make_date(${PERIOD}, 1, 1) + ${r(`s.dane || '${table}'`)} * 3`)}
         FROM s WHERE ${r(`s.dane || '${table}:share'`)} < ${share}`,
    );
  }
  // PMIs of the period: 12 actions each (3 per area), the first citing the school's corrective action for half of the findings.
  await db.query(
    `INSERT INTO improvement_plan (secretariat_code, school_dane, period, status, version, pertinent, reviewed_version, last_reviewed_at, submitted_at)
     SELECT '${SECRETARIAT}', s.dane, '${PERIOD}', st.status, 1,
            CASE st.status WHEN 'REVIEWED' THEN st.k >= 30 END, CASE st.status WHEN 'REVIEWED' THEN 1 END,
            CASE st.status WHEN 'REVIEWED' THEN make_date(${PERIOD}, 4, 1) + (st.k * 2) END,
            CASE WHEN st.status <> 'DRAFT' THEN make_date(${PERIOD}, 3, 1) END
       FROM s CROSS JOIN LATERAL (SELECT ${r(`s.dane || 'pmi'`)} AS k) k0
       CROSS JOIN LATERAL (SELECT k0.k, CASE WHEN k0.k < 5 THEN NULL WHEN k0.k < 10 THEN 'DRAFT' WHEN k0.k < 20 THEN 'SUBMITTED' ELSE 'REVIEWED' END AS status) st
      WHERE st.status IS NOT NULL`,
  );
  await db.query(
    `INSERT INTO improvement_plan_goal (plan_id, position, area, description)
     SELECT p.id, a.pos, a.area, 'Meta de ' || a.area
       FROM improvement_plan p CROSS JOIN (VALUES (1, 'DIRECTIVE'), (2, 'ACADEMIC'), (3, 'ADMINISTRATIVE_FINANCIAL'), (4, 'COMMUNITY')) AS a(pos, area)`,
  );
  await db.query(
    `INSERT INTO improvement_plan_action (plan_id, goal_id, position, description, responsible, start_date, end_date, resources, status, inspection_action_ref)
     SELECT g.plan_id, g.id, i, 'Acción ' || i || ' de ' || g.area, 'Rectoría', make_date(${PERIOD}, 2, 1), make_date(${PERIOD}, 11, 30), NULL, 'NOT_STARTED',
            CASE WHEN g.position = 1 AND i = 1 AND s.g % 10 = 1 THEN 'HAL-' || s.g || '-AC1' END
       FROM improvement_plan_goal g JOIN improvement_plan p ON p.id = g.plan_id JOIN s ON s.dane = p.school_dane
       CROSS JOIN generate_series(1, 3) i`,
  );
  // Support requests from 5 % of the schools, open or in progress.
  await db.query(
    `INSERT INTO support_request (secretariat_code, school_dane, subject, area, description, channel, status, requester, requester_role, created_at)
     SELECT '${SECRETARIAT}', s.dane, 'Solicitud de apoyo ' || s.g, (ARRAY['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY'])[1 + s.g % 4],
            'Apoyo para el ajuste del PMI', CASE WHEN s.g % 2 = 0 THEN 'DIRECT' ELSE 'CITIZEN_SERVICE' END,
            CASE WHEN s.g % 3 = 0 THEN 'IN_PROGRESS' ELSE 'OPEN' END, 'bench:school', 'SCHOOL', make_date(${PERIOD}, 2, 1 + s.g % 28)
       FROM s WHERE ${r(`s.dane || 'req'`)} < 5`,
  );
  return analyzeAndCount(db, [
    'self_evaluation_score', 'characterization', 'saber_result', 'inspection_finding', 'inspection_finding_action', 'pei_update',
    'education_model_adoption', 'curriculum_change', 'improvement_plan', 'improvement_plan_goal', 'improvement_plan_action', 'support_request',
  ]);
}

interface Row {
  schools: number;
  inputRows: number;
  loadMs: number;
  run: string;
  created: number;
  confirmed: number;
  resolved: number;
  open: number;
  ms: number;
  statements: number;
}

async function benchSize(adminUrl: string, n: number): Promise<Row[]> {
  const database = await freshDatabase(adminUrl, 'pmi_bench_needs');
  const hub = await startBenchHub(database.url, { JWT_SECRET: 'bench-secret-for-pmi-hub-needs', EXPOSE_SQL_COUNT: 'true' }); // applies the migrations
  try {
    const db = new Client({ connectionString: database.url });
    await db.connect();
    const t0 = performance.now();
    const inputRows = await load(db, n);
    const loadMs = performance.now() - t0;
    await db.end();
    const token = await hub.runtime.tokens.mint({ sub: 'bench:leader', role: Role.QUALITY_LEADER, secretariat: SECRETARIAT, client: 'bench' } as never);
    const rows: Row[] = [];
    for (const run of ['first run', 're-run (idempotent)']) {
      const { body, ms } = await postGraphql<{ identifyNeeds: { created: number; confirmed: number; resolved: number; open: number } }>(hub.port, token, MUTATION, { period: PERIOD });
      if (!body.data) throw new Error(`identifyNeeds failed: ${JSON.stringify(body.errors).slice(0, 800)}`);
      const o = body.data.identifyNeeds;
      rows.push({ schools: n, inputRows, loadMs, run, created: o.created, confirmed: o.confirmed, resolved: o.resolved, open: o.open, ms, statements: body.extensions?.sqlStatements ?? NaN });
    }
    return rows;
  } finally {
    await hub.close();
    await database.drop(values.keep);
  }
}

function table(rows: Row[]) {
  const head = ['schools', 'input rows', 'load (s)', 'run', 'needs created', 'confirmed', 'resolved', 'open needs', 'time (ms)', 'SQL statements'];
  const body = rows.map((r) => [
    String(r.schools),
    String(r.inputRows),
    (r.loadMs / 1000).toFixed(1),
    r.run,
    String(r.created),
    String(r.confirmed),
    String(r.resolved),
    String(r.open),
    r.ms.toFixed(0),
    String(r.statements),
  ]);
  return markdownTable(head, body, 3);
}

/** identifyNeeds on an existing (generated) database, per secretariat, with the signals alone as the reference. */
async function onDatabase(url: string, which: string) {
  const db = new Client({ connectionString: url });
  await db.connect();
  const etcs: { code: string; schools: number }[] = (
    await db.query(`SELECT secretariat_code AS code, count(*)::int AS schools FROM school WHERE active GROUP BY 1 ORDER BY 2 DESC, 1`)
  ).rows;
  const chosen = which === 'all' ? etcs : which === 'biggest' ? etcs.slice(0, 1) : etcs.filter((e) => e.code === which);
  if (chosen.length === 0) throw new Error(`no active schools in secretariat ${which}`);
  const hub = await startBenchHub(url, { JWT_SECRET: 'bench-secret-for-pmi-hub-needs', EXPOSE_SQL_COUNT: 'true' });
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`identifyNeeds on ${new URL(url).pathname.slice(1)}: period ${PERIOD}, ${chosen.length} secretariat(s), load average ${load()}\n`);
  const totals = { mutation: [0, 0], floor: 0, schools: 0, statements: 0 };
  const body: string[][] = [];
  try {
    for (const etc of chosen) {
      const settings = await settingsFor(hub.runtime.db.manager, etc.code);
      const t0 = performance.now();
      const [{ signals }] = (await db.query(`SELECT count(*)::int AS signals FROM (${SIGNALS_SQL}) x`, signalParams(settings, PERIOD, null))).rows;
      const floorMs = performance.now() - t0;
      const token = await hub.runtime.tokens.mint({ sub: 'bench:leader', role: Role.QUALITY_LEADER, secretariat: etc.code, client: 'bench' } as never);
      const runs: { ms: number; o: Record<string, number>; statements: number }[] = [];
      for (let i = 0; i < 2; i++) {
        const { body: answer, ms } = await postGraphql<{ identifyNeeds: Record<string, number> }>(hub.port, token, MUTATION, { period: PERIOD });
        if (!answer.data) throw new Error(`identifyNeeds ${etc.code} failed: ${JSON.stringify(answer.errors).slice(0, 800)}`);
        runs.push({ ms, o: answer.data.identifyNeeds, statements: answer.extensions?.sqlStatements ?? NaN });
      }
      totals.mutation[0] += runs[0].ms;
      totals.mutation[1] += runs[1].ms;
      totals.floor += floorMs;
      totals.schools += etc.schools;
      totals.statements = Math.max(totals.statements, runs[0].statements, runs[1].statements);
      const o = runs[0].o;
      body.push([etc.code, String(etc.schools), String(signals), `${o.created}/${o.confirmed}/${o.resolved}/${o.open}`, runs[0].ms.toFixed(0), runs[1].ms.toFixed(0), floorMs.toFixed(0), (runs[1].ms / floorMs).toFixed(2), String(runs[0].statements)]);
      if (chosen.length <= 3) process.stdout.write(`  ${etc.code} (${etc.schools} schools, ${signals} signals): ${runs[0].ms.toFixed(0)} ms, re-run ${runs[1].ms.toFixed(0)} ms; signals alone ${floorMs.toFixed(0)} ms\n`);
    }
  } finally {
    await hub.close();
    await db.end();
  }
  const head = ['ETC', 'schools', 'signals', 'created/confirmed/resolved/open (1st run)', 'identifyNeeds ms', 're-run ms', 'signals alone ms', 're-run ÷ signals', 'SQL statements'];
  if (chosen.length > 3) body.splice(10, body.length - 10, ['…', '', '', '', '', '', '', '', '']);
  process.stdout.write(`\n${markdownTable(head, body, 3)}\n`);
  if (chosen.length > 1) {
    process.stdout.write(
      `all ${chosen.length}: ${totals.schools} schools, identifyNeeds ${(totals.mutation[0] / 1000).toFixed(1)} s (re-run ${(totals.mutation[1] / 1000).toFixed(1)} s), ` +
        `signals alone ${(totals.floor / 1000).toFixed(1)} s (re-run ÷ signals ${(totals.mutation[1] / totals.floor).toFixed(2)}), at most ${totals.statements} SQL statements per run; load average ${load()}\n`,
    );
  } else process.stdout.write(`load average ${load()}\n`);
}

async function main() {
  if (values.db) return onDatabase(values.db, String(values.secretariat));
  await withServer({ dataDir: '.data/bench-postgres', port: 54331 }, async (adminUrl) => {
    process.stdout.write(`identifyNeeds benchmark: period ${PERIOD}, inputs of ${DATA_YEAR}–${PERIOD}, through POST /graphql (EXPOSE_SQL_COUNT=true)\n`);
    const all: Row[] = [];
    for (const n of SIZES) {
      const rows = await benchSize(adminUrl, n);
      for (const r of rows) process.stdout.write(`  ${n} schools, ${r.run}: ${r.created} created, ${r.open} open, ${r.ms.toFixed(0)} ms, ${r.statements} SQL statements\n`);
      all.push(...rows);
    }
    process.stdout.write(`\n${table(all)}\n`);
  });
}

main().catch((err) => {
  process.stderr.write(`bench:needs failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
