import { readFileSync } from 'node:fs';
import type { Client } from 'pg';
import { ETCS, schoolsPerEtc } from './secretariats';
import { DEFAULT_REQUIREMENTS } from '../../../src/modules/verification/verification.service';

/**
 * The national dataset generator (issue 14): a realistic, deterministic country of `schools` schools in 96
 * secretariats, written by set-based SQL straight into the tables (no unit of work, no audit, no events: it is a
 * benchmark and test fixture, which is why it lives under test/ and not src/, where one module owns each table).
 *
 * Determinism: every "random" choice is a hash of the seed and a stable key (pg_temp.u), every id an md5 of the seed
 * and a key (pg_temp.uid), every timestamp fixed; the same seed gives the same table contents, byte for byte.
 *
 * Proportions (domain brief §7): ~65 % non-official schools (58 % of them libertad regulada, 27 % vigilada, 15 %
 * controlado); official schools mostly rural in departments, mostly urban in cities. DANE codes: 12 digits, the
 * first 1/2 (official urban/rural) or 3/4 (non-official urban/rural), then the DIVIPOLA municipality code, then a
 * 6-digit sequence. Inputs (previous year): every Guía 34 component scored; characterization with Saber 11 and ten
 * Saber 3/5/9 results; PAM of 12 actions per secretariat; PEI 30 %, model 8 %, curriculum 20 %; F01.03 findings 12 %
 * (a corrective and a preventive action); regime reports for every non-official school; support requests 4 %.
 * PMIs (95 % of schools): 5 % draft, 10 % submitted, 85 % reviewed (80 % of them pertinent); 4 critical factors,
 * 4 objectives, 4 goals (one per area), 2 indicators and 3 actions per goal; measurements and action follow-ups;
 * self-evaluations of the PMI 25 %. Strategy per secretariat (in execution): needs from the rules, classification,
 * activities of up to 8 schools with sessions; held ones evaluated (75 %) and verified.
 */
export interface GenerateOptions {
  schools: number;
  seed: number;
  period?: string;
  /** Progress lines (step, rows, seconds). */
  log?: (line: string) => void;
}

export interface GenerateResult {
  seconds: number;
  /**
   * CPU seconds of the generator's two PostgreSQL backends (from /proc, when the server runs on this machine), else
   * null; without the parallel workers of the index builds.
   */
  databaseCpuSeconds: number | null;
  counts: Record<string, number>;
}

/** Tables the generator fills, in dependency order (the same list empties them and hashes them). */
export const GENERATED_TABLES = [
  'secretariat',
  'school',
  'self_evaluation_score',
  'characterization',
  'saber_result',
  'support_plan_action',
  'support_plan_indicator',
  'support_plan_task',
  'pei_update',
  'education_model_adoption',
  'curriculum_change',
  'inspection_finding',
  'inspection_finding_action',
  'school_regime_report',
  'support_request',
  'improvement_plan',
  'improvement_plan_review',
  'improvement_plan_critical_factor',
  'improvement_plan_objective',
  'improvement_plan_goal',
  'improvement_plan_indicator',
  'improvement_plan_action',
  'indicator_measurement',
  'indicator_latest_measurement',
  'plan_action_progress',
  'plan_self_evaluation',
  'support_need',
  'assistance_strategy',
  'school_classification',
  'assistance_activity',
  'assistance_session',
  'evaluation_settings',
  'assistance_evaluation',
  'verification',
  'verification_result',
] as const;

/**
 * The largest tables (1.86 M self-evaluation scores, 150,000–265,000 rows each for the others) are written without
 * their indexes, which are built after the rows, in the same transaction (withIndexesBuiltAfter): their base tables.
 */
const BUILD_INDEXES_AFTER: Record<string, string> = {
  self_evaluation_score: 'self_evaluation_score_all',
  saber_result: 'saber_result',
  improvement_plan_indicator: 'improvement_plan_indicator',
  improvement_plan_action: 'improvement_plan_action',
  indicator_measurement: 'indicator_measurement',
  plan_action_progress: 'plan_action_progress',
};

const AREAS = `(VALUES (1, 'DIRECTIVE'), (2, 'ACADEMIC'), (3, 'ADMINISTRATIVE_FINANCIAL'), (4, 'COMMUNITY')) AS a(pos, area)`;
const PROV = 'secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash';

/**
 * `db` runs the chain of steps; `side`, a second connection when given, writes the 1.86 M self-evaluation scores at
 * the same time (the largest table, needed only by the needs step), which halves the wall time on two cores.
 */
export async function generateNational(db: Client, opts: GenerateOptions, side?: Client): Promise<GenerateResult> {
  const log = opts.log ?? (() => undefined);
  const seed = Math.trunc(opts.seed);
  const P = opts.period ?? '2026';
  const Y = String(Number(P) - 1); // self-evaluation and characterization: the previous year's
  if (!/^\d{4}$/.test(P)) throw new Error('period must be a year');
  if (!Number.isInteger(opts.schools) || opts.schools < ETCS.length) throw new Error(`--schools must be a whole number ≥ ${ETCS.length}`);
  const t0 = performance.now();
  const counts: Record<string, number> = {};
  const step = async (table: string, sql: string, params: unknown[] = [], conn: Client = db) => {
    const t = performance.now();
    const write = () => conn.query(sql, params);
    const base = BUILD_INDEXES_AFTER[table];
    const r = base ? await withIndexesBuiltAfter(conn, base, write, log) : await write();
    counts[table] = (counts[table] ?? 0) + (r.rowCount ?? 0);
    log(`${table.padEnd(34)} ${String(r.rowCount ?? 0).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const prov = (source: string, ext: string, at = `'${Y}-12-01'`) =>
    `s.secretariat_code, '${source}', ${ext}, 'generator', timestamptz ${at}, timestamptz ${at}, md5(${ext})`;

  // Deterministic helpers for each session: u(key) uniform in [0, 1), uid(key) a uuid (RFC 4122 version 4 and
  // variant bits set, so arguments validated with IsUUID — e.g. assistanceSessions' strategyId — accept it), both from the seed. Foreign-key
  // triggers are off for the load when the role may do so (the rows are consistent by construction; the generator's
  // test checks every foreign key afterwards).
  for (const c of side ? [db, side] : [db]) {
    await c.query(`SET jit = off`);
    await c.query(`CREATE OR REPLACE FUNCTION pg_temp.u(k text) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS $$ SELECT (hashtext('${seed}:' || k) & 2147483647)::float8 / 2147483648.0 $$`);
    await c.query(`CREATE OR REPLACE FUNCTION pg_temp.uid(k text) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
                    AS $$ SELECT overlay(overlay(md5('${seed}:' || k) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);
    await c.query(`CREATE OR REPLACE FUNCTION pg_temp.es(area text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                    SELECT CASE area WHEN 'DIRECTIVE' THEN 'directiva' WHEN 'ACADEMIC' THEN 'académica'
                                     WHEN 'ADMINISTRATIVE_FINANCIAL' THEN 'administrativa y financiera' ELSE 'de la comunidad' END $$`);
    const [{ su }] = (await c.query(`SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user`)).rows;
    if (su) await c.query(`SET session_replication_role = replica`);
  }

  const backends: number[] = [];
  for (const c of side ? [db, side] : [db]) backends.push((await c.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
  const cpu0 = backendCpuSeconds(backends);

  const sizes = schoolsPerEtc(opts.schools);
  let first = 0;
  const etcs = ETCS.map((e, i) => {
    const row = { ...e, idx: i, n: sizes[i], first, muni: e.code.length === 5 };
    first += sizes[i];
    return row;
  });
  await db.query(`DROP TABLE IF EXISTS pg_temp.etc`);
  await db.query(
    `CREATE TEMP TABLE etc AS SELECT * FROM jsonb_to_recordset($1::jsonb)
       AS r(idx int, code text, name text, department text, n int, first int, muni boolean, rural float8)`,
    [JSON.stringify(etcs)],
  );
  const at = `timestamptz '${P}-01-15 08:00-05'`;

  await step('secretariat', `INSERT INTO secretariat (code, name, department, created_at, updated_at)
    SELECT code, name, department, ${at}, ${at} FROM etc ORDER BY idx`);

  // Schools. Department ETCs spread their schools over plausible municipality codes of the department.
  await step(
    'school',
    `WITH base AS (
       SELECT e.code AS sec, e.department, e.muni, e.rural, e.n, e.first + k AS g, k, e.name AS etc_name
         FROM etc e CROSS JOIN LATERAL generate_series(1, e.n) k
     ), a AS (
       SELECT b.*, CASE WHEN pg_temp.u('sector' || g) < 0.35 THEN 'OFFICIAL' ELSE 'NON_OFFICIAL' END AS sector,
              pg_temp.u('zone' || g) AS zr, pg_temp.u('regime' || g) AS rr,
              CASE WHEN b.muni THEN b.sec ELSE b.sec || lpad((10 + 3 * floor(pg_temp.u('muni' || g) * greatest(3, b.n / 12)))::int::text, 3, '0') END AS mcode
         FROM base b
     ), z AS (
       SELECT a.*, CASE WHEN a.zr < (CASE a.sector WHEN 'OFFICIAL' THEN a.rural ELSE a.rural * 0.15 END) THEN 'RURAL' ELSE 'URBAN' END AS zone,
              (ARRAY['San José', 'Simón Bolívar', 'Francisco de Paula Santander', 'La Esperanza', 'Antonio Nariño', 'Santa Teresita',
                     'José María Córdova', 'Policarpa Salavarrieta', 'Jorge Eliécer Gaitán', 'El Rosario', 'Nuestra Señora del Carmen',
                     'Camilo Torres', 'Gabriela Mistral', 'Manuela Beltrán', 'Rafael Núñez', 'La Inmaculada', 'San Francisco de Asís',
                     'Luis Carlos Galán', 'Técnico Agropecuario', 'Normal Superior'])[1 + floor(pg_temp.u('name' || g) * 20)::int] AS nm
         FROM a
     ), n AS (
       SELECT z.*, CASE WHEN sector = 'OFFICIAL' THEN CASE zone WHEN 'RURAL' THEN 'Institución Educativa Rural ' ELSE 'Institución Educativa ' END
                        ELSE (ARRAY['Colegio ', 'Gimnasio ', 'Liceo ', 'Colegio Bilingüe '])[1 + floor(pg_temp.u('kind' || g) * 4)::int] END
                   || nm || ' N.º ' || k AS full_name
         FROM z
     )
     INSERT INTO school (id, dane_code, secretariat_code, name, name_search, sector, zone, municipality, municipality_code, regime, active, created_at, updated_at)
     SELECT pg_temp.uid('school' || g),
            (CASE WHEN sector = 'OFFICIAL' THEN CASE zone WHEN 'URBAN' THEN '1' ELSE '2' END ELSE CASE zone WHEN 'URBAN' THEN '3' ELSE '4' END END)
              || mcode || lpad(g::text, 6, '0'),
            sec, full_name, lower(translate(full_name, 'ÁÉÍÓÚÑÜáéíóúñüº', 'AEIOUNUaeiounuo')), sector, zone,
            CASE WHEN muni THEN replace(etc_name, 'Secretaría de Educación de ', '') ELSE 'Municipio ' || mcode END, mcode,
            CASE WHEN sector = 'NON_OFFICIAL' THEN CASE WHEN rr < 0.58 THEN 'REGULATED_FREEDOM' WHEN rr < 0.85 THEN 'MONITORED_FREEDOM' ELSE 'CONTROLLED' END END,
            true, ${at}, ${at}
       FROM n ORDER BY g`,
  );
  // A per-school working table: quality q in [0, 1) drives scores, Saber results and PMI states coherently.
  for (const c of side ? [db, side] : [db]) {
    await c.query(`DROP TABLE IF EXISTS pg_temp.s`);
    await c.query(`CREATE TEMP TABLE s AS
      SELECT dane_code AS dane, secretariat_code, sector, zone, regime, right(dane_code, 6)::int AS g,
             pg_temp.u('quality' || dane_code) * (CASE WHEN sector = 'OFFICIAL' THEN 0.85 ELSE 1 END) + (CASE WHEN zone = 'URBAN' THEN 0.1 ELSE 0 END) AS q
        FROM school`);
    await c.query(`CREATE UNIQUE INDEX ON s (dane)`);
    await c.query(`ANALYZE s`);
  }

  // D01.03: every component of Guía 34 (on the side connection, awaited before the needs step).
  const scores = step(
    'self_evaluation_score',
    `INSERT INTO self_evaluation_score (id, ${PROV}, school_dane, year, catalogue_version, component_code, process_code, area, score, evidence)
     SELECT pg_temp.uid(s.dane || ':${Y}:' || c.code), ${prov('D01.03', `s.dane || ':${Y}:' || c.code`)},
            s.dane, '${Y}', c.catalogue_version, c.code, c.process_code, c.area,
            CASE WHEN v < 0.07 THEN 1 WHEN v < 0.24 THEN 2 WHEN v < 0.62 THEN 3 ELSE 4 END,
            'Acta de autoevaluación institucional ${Y}'
       FROM s CROSS JOIN self_evaluation_component c
       CROSS JOIN LATERAL (SELECT pg_temp.u(s.dane || c.code) * 0.75 + s.q * 0.25 AS v) x
      WHERE c.catalogue_version = 'GUIA34-2008'`,
    [],
    side ?? db,
  );
  scores.catch(() => undefined); // awaited (and its error thrown) below
  if (!side) await scores;
  // D01.04: characterization and Saber 3/5/9.
  await step(
    'characterization',
    `INSERT INTO characterization (id, ${PROV}, school_dane, year, enrolment, saber11_category, dropout_rate, repetition_rate, infrastructure_condition, infrastructure_needs)
     SELECT pg_temp.uid('ch' || s.dane), ${prov('D01.04', `s.dane || ':${Y}'`)}, s.dane, '${Y}',
            (CASE s.zone WHEN 'RURAL' THEN 40 ELSE 250 END + floor(pg_temp.u('enr' || s.dane) * CASE s.zone WHEN 'RURAL' THEN 400 ELSE 2200 END))::int,
            CASE WHEN k < 0.08 THEN 'A_PLUS' WHEN k < 0.25 THEN 'A' WHEN k < 0.55 THEN 'B' WHEN k < 0.85 THEN 'C' ELSE 'D' END,
            round((pg_temp.u('drop' || s.dane) * 8)::numeric, 1)::float8, round((pg_temp.u('rep' || s.dane) * 6)::numeric, 1)::float8,
            (ARRAY['GOOD', 'FAIR', 'POOR', 'CRITICAL'])[1 + floor(pg_temp.u('inf' || s.dane) ^ 1.6 * 4)::int],
            CASE WHEN pg_temp.u('inf' || s.dane) ^ 1.6 >= 0.5 THEN ARRAY['Baterías sanitarias', 'Cubierta de aulas'] ELSE '{}' END
       FROM s CROSS JOIN LATERAL (SELECT 1 - (s.q * 0.6 + pg_temp.u('s11' || s.dane) * 0.4) AS k) x`,
  );
  await step(
    'saber_result',
    `INSERT INTO saber_result (id, characterization_id, secretariat_code, school_dane, year, grade, subject, insufficient, minimum, satisfactory, advanced)
     SELECT pg_temp.uid('sb' || c.school_dane || t.grade || t.subject), c.id, c.secretariat_code, c.school_dane, c.year, t.grade, t.subject,
            x.ins, round(((100 - x.ins) * 0.45)::numeric, 1)::float8, round(((100 - x.ins) * 0.4)::numeric, 1)::float8,
            round((100 - x.ins - round(((100 - x.ins) * 0.45)::numeric, 1) - round(((100 - x.ins) * 0.4)::numeric, 1))::numeric, 1)::float8
       FROM characterization c JOIN s ON s.dane = c.school_dane
       CROSS JOIN (VALUES (3, 'LANGUAGE'), (3, 'MATHEMATICS'), (5, 'LANGUAGE'), (5, 'MATHEMATICS'), (5, 'NATURAL_SCIENCES'), (5, 'CITIZENSHIP'),
                          (9, 'LANGUAGE'), (9, 'MATHEMATICS'), (9, 'NATURAL_SCIENCES'), (9, 'CITIZENSHIP')) AS t(grade, subject)
       CROSS JOIN LATERAL (SELECT round((greatest(0, 1 - s.q) * 30 + pg_temp.u(c.school_dane || t.grade || t.subject) * 20)::numeric, 1)::float8 AS ins) x`,
  );
  // D02.01: the PAM of each secretariat, 4 lines × 3 actions, an indicator and two tasks each.
  await step(
    'support_plan_action',
    `INSERT INTO support_plan_action (id, ${PROV}, period, line_code, line_name, code, name, start_date, end_date)
     SELECT pg_temp.uid('pam' || s.secretariat_code || l.pos || '.' || k), ${prov('D02.01', `'${P}:L' || l.pos || '.' || k`, `'${P}-01-20'`)}, '${P}',
            'L' || l.pos, 'Fortalecimiento de la gestión ' || pg_temp.es(l.area), 'L' || l.pos || '.' || k,
            (ARRAY['Acompañamiento a los PMI', 'Formación docente', 'Asistencia técnica en evaluación'])[k] || ' (' || pg_temp.es(l.area) || ')',
            make_date(${P}, 2, 1), make_date(${P}, 11, 30)
       FROM (SELECT code AS secretariat_code FROM etc) s CROSS JOIN (VALUES (1, 'DIRECTIVE'), (2, 'ACADEMIC'), (3, 'ADMINISTRATIVE_FINANCIAL'), (4, 'COMMUNITY')) AS l(pos, area)
       CROSS JOIN generate_series(1, 3) k`,
  );
  await step(
    'support_plan_indicator',
    `INSERT INTO support_plan_indicator (id, action_id, position, name, baseline, target, unit)
     SELECT pg_temp.uid('pami' || a.id), a.id, 1, 'EE acompañados en ' || a.name, 0, 20 + floor(pg_temp.u('pamt' || a.id) * 80), 'EE' FROM support_plan_action a`,
  );
  await step(
    'support_plan_task',
    `INSERT INTO support_plan_task (id, action_id, position, description, responsible, due_date)
     SELECT pg_temp.uid('pamk' || a.id || k), a.id, k, (ARRAY['Programar las visitas', 'Consolidar los resultados'])[k], 'Equipo de calidad',
            make_date(${P}, 4 + 5 * (k - 1), 30)
       FROM support_plan_action a CROSS JOIN generate_series(1, 2) k`,
  );
  // D02.02, C02.02, D02.05: changes at schools during the period.
  for (const [table, source, share, cols, vals] of [
    ['pei_update', 'D02.02', 0.3, 'change_type, changed_on, summary', `CASE WHEN pg_temp.u('peik' || s.dane) < 0.7 THEN 'ADJUSTED' ELSE 'UPDATED' END, %DATE%, 'Ajuste del PEI: horizonte institucional y manual de convivencia'`],
    ['education_model_adoption', 'C02.02', 0.08, 'model_name, implemented_on, notes', `(ARRAY['Escuela Nueva', 'Aceleración del Aprendizaje', 'Post primaria', 'Media rural'])[1 + floor(pg_temp.u('mdl' || s.dane) * 4)::int], %DATE%, NULL`],
    ['curriculum_change', 'D02.05', 0.2, 'changed_on, summary, areas', `%DATE%, 'Cambio del plan de estudios por proyecto transversal', ARRAY['Matemáticas', 'Ciencias naturales']`],
  ] as const) {
    await step(
      table,
      `INSERT INTO ${table} (id, ${PROV}, school_dane, ${cols})
       SELECT pg_temp.uid('${table}' || s.dane), ${prov(source, `'${source}-' || s.dane`, `'${P}-06-01'`)}, s.dane,
              ${vals.replace('%DATE%', `make_date(${P}, 1, 15) + floor(pg_temp.u('${table}:d' || s.dane) * 270)::int`)}
         FROM s WHERE pg_temp.u('${table}' || s.dane) < ${share}`,
    );
  }
  // F01.03: findings with a corrective and a preventive action; regime reports of non-official schools.
  await step(
    'inspection_finding',
    `INSERT INTO inspection_finding (id, ${PROV}, school_dane, found_on, area, description)
     SELECT pg_temp.uid('hal' || s.dane), ${prov('F01.03', `'HAL-' || s.dane`)}, s.dane, make_date(${Y}, 2, 1) + floor(pg_temp.u('hald' || s.dane) * 300)::int,
            (ARRAY['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY'])[1 + floor(pg_temp.u('hala' || s.dane) * 4)::int],
            'Hallazgo de la visita de inspección y vigilancia'
       FROM s WHERE pg_temp.u('hal' || s.dane) < 0.12`,
  );
  await step(
    'inspection_finding_action',
    `INSERT INTO inspection_finding_action (id, finding_id, secretariat_code, school_dane, external_id, type, description, due_date)
     SELECT pg_temp.uid('hala' || f.id || t.suffix), f.id, f.secretariat_code, f.school_dane, f.external_id || '-' || t.suffix, t.type,
            CASE t.type WHEN 'CORRECTIVE' THEN 'Corregir ' ELSE 'Prevenir ' END || 'lo hallado en la visita', make_date(${P}, 6, 30)
       FROM inspection_finding f CROSS JOIN (VALUES ('AC1', 'CORRECTIVE'), ('AP1', 'PREVENTIVE')) AS t(suffix, type)`,
  );
  await step(
    'school_regime_report',
    `INSERT INTO school_regime_report (id, ${PROV}, school_dane, regime, year)
     SELECT pg_temp.uid('reg' || s.dane), ${prov('F01.03', 's.dane')}, s.dane, s.regime, '${Y}' FROM s WHERE s.regime IS NOT NULL`,
  );
  await step(
    'support_request',
    `INSERT INTO support_request (id, secretariat_code, school_dane, subject, area, description, channel, status, requester, requester_role, created_at, updated_at)
     SELECT pg_temp.uid('req' || s.dane), s.secretariat_code, s.dane, 'Apoyo para ajustar el PMI',
            (ARRAY['DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY'])[1 + floor(pg_temp.u('reqa' || s.dane) * 4)::int],
            'El EE solicita acompañamiento para formular metas e indicadores', c.channel,
            (ARRAY['OPEN', 'IN_PROGRESS', 'ATTENDED', 'CLOSED'])[1 + floor(pg_temp.u('reqs' || s.dane) * 4)::int],
            CASE c.channel WHEN 'DIRECT' THEN 'school:' || s.dane ELSE 'citizen-service' END, CASE c.channel WHEN 'DIRECT' THEN 'SCHOOL' ELSE 'CITIZEN_SERVICE' END,
            timestamptz '${P}-03-01 10:00-05' + floor(pg_temp.u('reqd' || s.dane) * 200)::int * interval '1 day',
            timestamptz '${P}-03-01 10:00-05' + floor(pg_temp.u('reqd' || s.dane) * 200)::int * interval '1 day'
       FROM s CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u('reqc' || s.dane) < 0.7 THEN 'DIRECT' ELSE 'CITIZEN_SERVICE' END AS channel) c
      WHERE pg_temp.u('req' || s.dane) < 0.04`,
  );

  // PMIs of the period.
  await step(
    'improvement_plan',
    `INSERT INTO improvement_plan (id, secretariat_code, school_dane, period, status, version, pertinent, reviewed_version, last_reviewed_at, submitted_at, communication, created_at, updated_at)
     SELECT pg_temp.uid('pmi' || s.dane), s.secretariat_code, s.dane, '${P}', st.status, 1,
            CASE st.status WHEN 'REVIEWED' THEN pg_temp.u('pert' || s.dane) < 0.8 END, CASE st.status WHEN 'REVIEWED' THEN 1 END,
            CASE st.status WHEN 'REVIEWED' THEN timestamptz '${P}-04-01 09:00-05' + floor(pg_temp.u('rev' || s.dane) * 60)::int * interval '1 day' END,
            CASE WHEN st.status <> 'DRAFT' THEN timestamptz '${P}-03-01 09:00-05' + floor(pg_temp.u('sub' || s.dane) * 25)::int * interval '1 day' END,
            'Socializado con el consejo directivo y publicado en la cartelera institucional', timestamptz '${P}-02-10 09:00-05',
            timestamptz '${P}-05-30 09:00-05'
       FROM s CROSS JOIN LATERAL (SELECT pg_temp.u('pmi' || s.dane) AS k) k0
       CROSS JOIN LATERAL (SELECT CASE WHEN k0.k < 0.05 THEN NULL WHEN k0.k < 0.10 THEN 'DRAFT' WHEN k0.k < 0.20 THEN 'SUBMITTED' ELSE 'REVIEWED' END AS status) st
      WHERE st.status IS NOT NULL`,
  );
  await step(
    'improvement_plan_review',
    `INSERT INTO improvement_plan_review (id, plan_id, version, pertinent, observation_general, reviewer, reviewer_role, reviewed_at)
     SELECT pg_temp.uid('pmir' || p.id), p.id, 1, p.pertinent,
            CASE WHEN p.pertinent THEN 'El PMI responde a la autoevaluación' ELSE 'Las metas no responden a los componentes con valoración baja' END,
            'staff:' || p.secretariat_code, 'IMPROVEMENT_PROFESSIONAL', p.last_reviewed_at
       FROM improvement_plan p WHERE p.status = 'REVIEWED'`,
  );
  await step(
    'improvement_plan_critical_factor',
    `INSERT INTO improvement_plan_critical_factor (id, plan_id, position, area, description, urgency, trend, impact, priority)
     SELECT pg_temp.uid('cf' || p.id || a.pos), p.id, a.pos, a.area, 'Factor crítico de la gestión ' || pg_temp.es(a.area), x.u, x.t, x.i, x.u + x.t + x.i
       FROM improvement_plan p CROSS JOIN ${AREAS}
       CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.u('cfu' || p.id || a.pos) * 5)::int AS u, 1 + floor(pg_temp.u('cft' || p.id || a.pos) * 5)::int AS t,
                                  1 + floor(pg_temp.u('cfi' || p.id || a.pos) * 5)::int AS i) x`,
  );
  await step(
    'improvement_plan_objective',
    `INSERT INTO improvement_plan_objective (id, plan_id, position, area, description)
     SELECT pg_temp.uid('obj' || p.id || a.pos), p.id, a.pos, a.area, 'Fortalecer la gestión ' || pg_temp.es(a.area) || ' del establecimiento'
       FROM improvement_plan p CROSS JOIN ${AREAS}`,
  );
  await step(
    'improvement_plan_goal',
    `INSERT INTO improvement_plan_goal (id, plan_id, position, area, description)
     SELECT pg_temp.uid('goal' || p.id || a.pos), p.id, a.pos, a.area, 'A diciembre de ${P}, mejorar la valoración de los componentes de la gestión ' || pg_temp.es(a.area)
       FROM improvement_plan p CROSS JOIN ${AREAS}`,
  );
  await step(
    'improvement_plan_indicator',
    `INSERT INTO improvement_plan_indicator (id, plan_id, goal_id, position, name, baseline, target, unit, frequency)
     SELECT pg_temp.uid('ind' || g.id || k), g.plan_id, g.id, k,
            CASE k WHEN 1 THEN 'Componentes de la gestión ' || pg_temp.es(g.area) || ' en apropiación o más' ELSE 'Acciones del plan cumplidas' END,
            b.base, b.base + 10 + floor(pg_temp.u('indt' || g.id || k) * 30), '%', (ARRAY['QUARTERLY', 'SEMIANNUAL', 'ANNUAL'])[1 + floor(pg_temp.u('indf' || g.id || k) * 3)::int]
       FROM improvement_plan_goal g CROSS JOIN generate_series(1, 2) k
       CROSS JOIN LATERAL (SELECT floor(pg_temp.u('indb' || g.id || k) * 50)::float8 AS base) b`,
  );
  await step(
    'improvement_plan_action',
    `INSERT INTO improvement_plan_action (id, plan_id, goal_id, position, description, responsible, start_date, end_date, resources, status, inspection_action_ref)
     SELECT pg_temp.uid('act' || g.id || k), g.plan_id, g.id, k,
            (ARRAY['Jornada de trabajo con docentes sobre ', 'Revisión de los instrumentos de ', 'Seguimiento mensual de '])[k] || 'la gestión ' || pg_temp.es(g.area),
            (ARRAY['Rectoría', 'Coordinación académica', 'Consejo directivo'])[k], make_date(${P}, 1 + k * 2, 1), make_date(${P}, 6 + k * 2, 28),
            CASE WHEN k = 2 THEN 'Recursos propios del EE' END,
            CASE WHEN x.v < 0.25 THEN 'NOT_STARTED' WHEN x.v < 0.65 THEN 'IN_PROGRESS' WHEN x.v < 0.97 THEN 'DONE' ELSE 'CANCELLED' END,
            CASE WHEN k = 1 AND f.area = g.area AND pg_temp.u('ref' || p.school_dane) < 0.5 THEN 'HAL-' || p.school_dane || '-AC1' END
       FROM improvement_plan_goal g JOIN improvement_plan p ON p.id = g.plan_id
       LEFT JOIN inspection_finding f ON f.school_dane = p.school_dane
       CROSS JOIN generate_series(1, 3) k
       CROSS JOIN LATERAL (SELECT pg_temp.u('acts' || g.id || k) AS v) x`,
  );
  // Follow-ups (activity 5) of reviewed and submitted plans: measurements each quarter up to October, action progress.
  await step(
    'indicator_measurement',
    `INSERT INTO indicator_measurement (id, secretariat_code, school_dane, plan_id, plan_version, indicator_id, value, measured_on, source, note, recorded_at, recorded_by, recorder_role)
     SELECT pg_temp.uid('m' || i.id || m), p.secretariat_code, p.school_dane, p.id, 1, i.id,
            round((i.baseline + (i.target - i.baseline) * least(1, (m - 3) / 9.0 + pg_temp.u('mv' || i.id || m) * 0.4))::numeric, 1),
            make_date(${P}, m, 15), 'Informe de seguimiento del consejo académico', NULL, make_date(${P}, m, 16)::timestamptz, 'school:' || p.school_dane, 'SCHOOL'
       FROM improvement_plan_indicator i JOIN improvement_plan p ON p.id = i.plan_id CROSS JOIN (VALUES (4), (7), (10)) AS q(m)
      WHERE p.status <> 'DRAFT' AND pg_temp.u('mi' || i.id) < 0.7 AND (m < 10 OR pg_temp.u('m10' || i.id) < 0.6)`,
  );
  // The latest measurement of each indicator (read by pmiResultsNational) is kept by a trigger, off when the load runs
  // as session_replication_role = replica: written here (nothing when the trigger did run: the same rows).
  await step(
    'indicator_latest_measurement',
    `INSERT INTO indicator_latest_measurement (indicator_id, measurement_id, value, measured_on, recorded_at)
     SELECT DISTINCT ON (indicator_id) indicator_id, id, value, measured_on, recorded_at
       FROM indicator_measurement ORDER BY indicator_id, measured_on DESC, recorded_at DESC
     ON CONFLICT (indicator_id) DO NOTHING`,
  );
  await step(
    'plan_action_progress',
    `INSERT INTO plan_action_progress (id, secretariat_code, school_dane, plan_id, plan_version, action_id, status, percent, evidence, note, recorded_at, recorded_by, recorder_role)
     SELECT pg_temp.uid('prog' || a.id), p.secretariat_code, p.school_dane, p.id, 1, a.id,
            CASE a.status WHEN 'NOT_STARTED' THEN 'NOT_STARTED' WHEN 'DONE' THEN 'DONE' WHEN 'CANCELLED' THEN 'CANCELLED'
                          ELSE CASE WHEN pg_temp.u('dl' || a.id) < 0.2 THEN 'DELAYED' ELSE 'IN_PROGRESS' END END,
            CASE a.status WHEN 'DONE' THEN 100 WHEN 'IN_PROGRESS' THEN 10 + floor(pg_temp.u('pc' || a.id) * 80)::int ELSE 0 END,
            CASE a.status WHEN 'DONE' THEN 'Acta y listado de asistencia' END, NULL,
            make_date(${P}, 5, 1)::timestamptz + floor(pg_temp.u('pd' || a.id) * 150)::int * interval '1 day', 'school:' || p.school_dane, 'SCHOOL'
       FROM improvement_plan_action a JOIN improvement_plan p ON p.id = a.plan_id
      WHERE p.status <> 'DRAFT' AND a.status <> 'NOT_STARTED' OR (p.status <> 'DRAFT' AND pg_temp.u('pn' || a.id) < 0.3)`,
  );
  await step(
    'plan_self_evaluation',
    `INSERT INTO plan_self_evaluation (id, secretariat_code, school_dane, plan_id, plan_version, evaluated_on, goal_ratings, achievements, difficulties, adjustments, recorded_at, recorded_by)
     SELECT pg_temp.uid('pse' || p.id), p.secretariat_code, p.school_dane, p.id, 1, make_date(${P}, 10, 20),
            (SELECT jsonb_agg(jsonb_build_object('goalId', g.id, 'level', (ARRAY['FULL', 'LIMITED', 'NONE'])[1 + floor(pg_temp.u('gr' || g.id) * 3)::int]) ORDER BY g.position)
               FROM improvement_plan_goal g WHERE g.plan_id = p.id),
            'Mejoró la apropiación del horizonte institucional', 'Rotación de docentes', 'Ajustar el cronograma del segundo semestre',
            make_date(${P}, 10, 21)::timestamptz, 'school:' || p.school_dane
       FROM improvement_plan p WHERE p.status = 'REVIEWED' AND pg_temp.u('pse' || p.id) < 0.25`,
  );

  await scores;
  // Activities 2–3: needs (default rules, as identifyNeeds would find them), the strategy in execution, classification.
  await step(
    'support_need',
    `WITH low AS (
       SELECT e.secretariat_code, e.school_dane, e.area, count(*) AS n,
              jsonb_agg(jsonb_build_object('source', 'D01.03', 'record', 'SelfEvaluationScore', 'recordId', e.id, 'value', e.score::text,
                                           'date', '${Y}', 'description', e.component_code) ORDER BY e.component_code) AS evidence, min(e.score) AS worst
         FROM self_evaluation_score e WHERE e.year = '${Y}' AND e.score <= 2 GROUP BY e.secretariat_code, e.school_dane, e.area
     ), cand AS (
       SELECT secretariat_code, school_dane, area, 'LOW_SELF_EVALUATION' AS rule, evidence, CASE worst WHEN 1 THEN 'HIGH' ELSE 'MEDIUM' END AS priority,
              'Components of the ' || pg_temp.es(area) || ' management area scored 1 or 2 in the self-evaluation' AS description
         FROM low WHERE n >= 3
       UNION ALL
       SELECT c.secretariat_code, c.school_dane, NULL, 'LOW_SABER_11',
              jsonb_build_array(jsonb_build_object('source', 'D01.04', 'record', 'Characterization', 'recordId', c.id, 'value', c.saber11_category, 'date', c.year)),
              'HIGH', 'Saber 11 category ' || c.saber11_category
         FROM characterization c WHERE c.saber11_category IN ('C', 'D')
       UNION ALL
       SELECT s.secretariat_code, s.dane, NULL, 'PMI_MISSING', '[]'::jsonb, 'HIGH', 'No PMI registered for ${P}'
         FROM s WHERE NOT EXISTS (SELECT 1 FROM improvement_plan p WHERE p.school_dane = s.dane AND p.period = '${P}')
       UNION ALL
       SELECT p.secretariat_code, p.school_dane, NULL, 'PMI_NOT_PERTINENT',
              jsonb_build_array(jsonb_build_object('source', 'PMI', 'record', 'ImprovementPlan', 'recordId', p.id, 'value', 'not pertinent')), 'HIGH',
              'The PMI was reviewed as not pertinent'
         FROM improvement_plan p WHERE p.period = '${P}' AND p.pertinent = false
     )
     INSERT INTO support_need (id, secretariat_code, period, school_dane, area, source, rule, need_key, description, evidence, priority, status,
                               last_identified_at, created_at, updated_at)
     SELECT pg_temp.uid('need' || rule || school_dane || coalesce(area, '-')), secretariat_code, '${P}', school_dane, area, 'ANALYSIS', rule,
            rule || ':' || school_dane || ':' || coalesce(area, '-'), description, evidence, priority, 'OPEN',
            timestamptz '${P}-02-20 09:00-05', timestamptz '${P}-02-20 09:00-05', timestamptz '${P}-02-20 09:00-05'
       FROM cand ORDER BY school_dane, rule, area`,
  );
  await step(
    'assistance_strategy',
    `INSERT INTO assistance_strategy (id, secretariat_code, period, status, revision, submitted_at, approved_at, approved_by, created_at, updated_at)
     SELECT pg_temp.uid('strat' || code), code, '${P}', 'EXECUTION', 1, timestamptz '${P}-02-25 09:00-05', timestamptz '${P}-02-28 09:00-05',
            'leader:' || code, timestamptz '${P}-02-21 09:00-05', timestamptz '${P}-02-28 09:00-05'
       FROM etc ORDER BY idx`,
  );
  await step(
    'school_classification',
    `WITH n AS (SELECT school_dane, count(*) AS open_needs, bool_or(rule = 'LOW_SABER_11') AS low_saber FROM support_need GROUP BY school_dane)
     INSERT INTO school_classification (id, strategy_id, secretariat_code, school_dane, proposed_modality, modality, mandatory, reasons, open_needs)
     SELECT pg_temp.uid('cls' || s.dane), pg_temp.uid('strat' || s.secretariat_code), s.secretariat_code, s.dane, m.modality, m.modality, m.mandatory,
            CASE WHEN m.mandatory THEN ARRAY[CASE WHEN s.regime = 'CONTROLLED' THEN 'Régimen controlado' ELSE 'Bajo desempeño en Saber' END] ELSE '{}' END,
            n.open_needs
       FROM s JOIN n ON n.school_dane = s.dane
       CROSS JOIN LATERAL (SELECT (s.sector = 'OFFICIAL' AND n.low_saber) OR coalesce(s.regime = 'CONTROLLED', false) AS mandatory) k
       CROSS JOIN LATERAL (SELECT k.mandatory, CASE WHEN k.mandatory OR n.open_needs >= 3 THEN 'INTEGRAL' ELSE 'PUNCTUAL' END AS modality) m`,
  );
  // Activities of up to 8 classified schools of the same modality, spread over the year; the first half is done.
  await step(
    'assistance_activity',
    `WITH c AS (
       SELECT secretariat_code, modality, school_dane,
              (row_number() OVER (PARTITION BY secretariat_code, modality ORDER BY school_dane) - 1) / 8 AS grp
         FROM school_classification
     ), grp AS (
       SELECT secretariat_code, modality, grp, array_agg(school_dane ORDER BY school_dane) AS danes FROM c GROUP BY secretariat_code, modality, grp
     ), w AS (
       SELECT g.*, make_date(${P}, 3, 1) + ((g.grp * 11 + CASE modality WHEN 'INTEGRAL' THEN 0 ELSE 5 END) % 240)::int AS starts
         FROM grp g
     )
     INSERT INTO assistance_activity (id, strategy_id, secretariat_code, title, modality, method, school_danes, starts_on, ends_on, responsible, resources,
                                      tasks, support_plan_action_id, status, created_at, updated_at)
     SELECT pg_temp.uid('aa' || w.secretariat_code || w.modality || w.grp), pg_temp.uid('strat' || w.secretariat_code), w.secretariat_code,
            CASE w.modality WHEN 'INTEGRAL' THEN 'Acompañamiento integral al PMI, grupo ' ELSE 'Asesoría puntual, grupo ' END || (w.grp + 1),
            w.modality, CASE w.modality WHEN 'INTEGRAL' THEN 'Visitas in situ y mesas de trabajo' ELSE 'Asesoría virtual' END,
            w.danes::char(12)[], w.starts, w.starts + 30, 'Profesional de calidad ' || (1 + w.grp % 6), 'Guía 34, presentaciones',
            '[{"description": "Preparar la agenda"}, {"description": "Registrar compromisos"}]'::jsonb,
            pg_temp.uid('pam' || w.secretariat_code || CASE w.modality WHEN 'INTEGRAL' THEN '1.1' ELSE '2.1' END),
            CASE WHEN w.starts + 30 < make_date(${P}, 9, 30) THEN 'DONE' ELSE 'PROGRAMMED' END,
            timestamptz '${P}-02-22 09:00-05', timestamptz '${P}-02-22 09:00-05'
       FROM w`,
  );
  await step(
    'assistance_session',
    `INSERT INTO assistance_session (id, secretariat_code, strategy_id, activity_id, school_dane, status, mode, scheduled_on, held_on, staff, attendees, topics,
                                     agreements, commitments, next_steps, created_at, created_by)
     SELECT pg_temp.uid('ses' || a.id || d), a.secretariat_code, a.strategy_id, a.id, d,
            CASE a.status WHEN 'DONE' THEN 'HELD' ELSE 'PROGRAMMED' END, CASE a.modality WHEN 'INTEGRAL' THEN 'IN_PERSON' ELSE 'VIRTUAL' END,
            a.starts_on + 7, CASE a.status WHEN 'DONE' THEN a.starts_on + 7 END, a.responsible,
            '[{"role": "Rector", "count": 1}, {"role": "Docentes", "count": 6}]'::jsonb, 'Revisión de metas e indicadores del PMI',
            CASE a.status WHEN 'DONE' THEN 'Ajustar los indicadores de la gestión académica' ELSE '' END, '[]'::jsonb, '',
            (a.starts_on + 7)::timestamptz, a.responsible
       FROM assistance_activity a CROSS JOIN LATERAL unnest(a.school_danes) d`,
  );
  await step(
    'evaluation_settings',
    `INSERT INTO evaluation_settings (id, secretariat_code, period, deadline, criteria, updated_by, updated_at)
     SELECT pg_temp.uid('evs' || code), code, '${P}', timestamptz '${Number(P) + 1}-01-15 23:59-05', $1::jsonb, 'leader:' || code, timestamptz '${P}-02-28 09:00-05'
       FROM etc ORDER BY idx`,
    [
      JSON.stringify([
        { code: 'PERTINENCE', name: 'Pertinencia (responde a las necesidades del EE)' },
        { code: 'TIMELINESS', name: 'Oportunidad' },
        { code: 'MASTERY', name: 'Dominio y claridad de quien asesora' },
        { code: 'MATERIALS', name: 'Utilidad de los materiales' },
        { code: 'OBJECTIVES', name: 'Cumplimiento de los objetivos' },
      ]),
    ],
  );
  await step(
    'assistance_evaluation',
    `INSERT INTO assistance_evaluation (id, secretariat_code, strategy_id, period, activity_id, school_dane, ratings, objectives_met, comments, submitted_at, submitted_by)
     SELECT pg_temp.uid('ev' || x.id), x.secretariat_code, x.strategy_id, '${P}', x.activity_id, x.school_dane,
            jsonb_build_object('PERTINENCE', q.rr[1], 'TIMELINESS', q.rr[2], 'MASTERY', q.rr[3], 'MATERIALS', q.rr[4], 'OBJECTIVES', q.rr[5]),
            (ARRAY['YES', 'YES', 'PARTLY', 'NO'])[1 + floor(pg_temp.u('evo' || x.id) * 4)::int], 'Asesoría útil para el ajuste del PMI',
            (x.held_on + 3)::timestamptz, 'school:' || x.school_dane
       FROM assistance_session x
       CROSS JOIN LATERAL (SELECT array_agg(2 + floor(pg_temp.u('evr' || x.id || k) * 4)::int ORDER BY k) AS rr FROM generate_series(1, 5) k) q
      WHERE x.status = 'HELD' AND pg_temp.u('ev' || x.id) < 0.75`,
  );
  await step(
    'verification',
    `INSERT INTO verification (id, secretariat_code, strategy_id, activity_id, verified_at, verified_by, passed, notes)
     SELECT pg_temp.uid('ver' || a.id), a.secretariat_code, a.strategy_id, a.id, (a.ends_on + 10)::timestamptz, 'leader:' || a.secretariat_code,
            pg_temp.u('verp' || a.id) < 0.85, ''
       FROM assistance_activity a WHERE a.status = 'DONE'`,
  );
  await step(
    'verification_result',
    `INSERT INTO verification_result (id, verification_id, secretariat_code, position, requirement_code, requirement_text, met, evidence)
     SELECT pg_temp.uid('verr' || v.id || r.position), v.id, v.secretariat_code, r.position, r.code, r.text,
            v.passed OR r.position <> 1 + floor(pg_temp.u('verm' || v.id) * 7)::int, 'Registro de la sesión'
       FROM verification v CROSS JOIN jsonb_to_recordset($1::jsonb) AS r(position int, code text, text text)`,
    [JSON.stringify(DEFAULT_REQUIREMENTS.map((r, i) => ({ position: i + 1, code: r.code, text: r.text })))],
  );
  const ta = performance.now();
  await db.query('ANALYZE');
  log(`ANALYZE ${((performance.now() - ta) / 1000).toFixed(1)} s`);
  const cpu1 = backendCpuSeconds(backends);
  return { seconds: (performance.now() - t0) / 1000, databaseCpuSeconds: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0, counts };
}

/** utime + stime of these server processes, in seconds, or null when /proc does not show them (a remote server). */
function backendCpuSeconds(pids: number[]): number | null {
  try {
    let ticks = 0;
    for (const pid of pids) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

/**
 * Runs `fill` in one transaction on `conn` with `table`'s indexes dropped, then builds them again under the same names
 * and definitions (primary key and unique constraints as constraints) before committing; on an error the transaction
 * rolls back and the indexes are as before. Maintaining five b-trees row by row (a random uuid key among them) while
 * 1.86 M rows go in cost more than writing the rows: every row touched five random index pages, which no longer fit
 * in shared_buffers and were written back and logged again and again; a sorted build writes each page once.
 * An index that a foreign key relies on stays in place.
 */
export async function withIndexesBuiltAfter<T>(conn: Client, table: string, fill: () => Promise<T>, log: (line: string) => void = () => undefined): Promise<T> {
  await conn.query('BEGIN');
  try {
    const { rows } = await conn.query<{ index: string; def: string; conname: string | null; condef: string | null }>(
      `SELECT ic.relname AS index, pg_get_indexdef(i.indexrelid) AS def, c.conname, pg_get_constraintdef(c.oid) AS condef
         FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
         LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u')
        WHERE i.indrelid = $1::regclass
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
          AND (c.oid IS NULL OR c.conname = ic.relname)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.conrelid = i.indrelid AND x.contype NOT IN ('p', 'u'))
        ORDER BY i.indexrelid`,
      [table],
    );
    const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
    for (const r of rows) {
      await conn.query(r.conname ? `ALTER TABLE ${table} DROP CONSTRAINT ${q(r.conname)}` : `DROP INDEX ${q(r.index)}`);
    }
    const result = await fill();
    const t = performance.now();
    // Sorts in memory (the 1.86 M scores' external ids need ~150 MB); parallel workers as the server allows.
    await conn.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const r of rows) await conn.query(r.conname ? `ALTER TABLE ${table} ADD CONSTRAINT ${q(r.conname)} ${r.condef}` : r.def);
    await conn.query('COMMIT');
    log(`${`  (${rows.length} indexes of ${table} built after the rows)`.padEnd(44)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result;
  } catch (err) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Written by the hub's services after the load (national-reports.ts): not hashed, emptied with the rest. */
export const REPORT_TABLES = ['evaluation_consolidation', 'consolidated_report', 'pmi_results_report', 'irregularity_report_school', 'irregularity_report'];

/** Empties the generated tables (and what hangs off them) so a database can be generated again. */
export async function clearGenerated(db: Client): Promise<void> {
  // Input tables are views of `<table>_all` since retractions (tombstones): truncate the table behind the view.
  const { rows } = await db.query(
    `SELECT CASE WHEN to_regclass(t || '_all') IS NULL THEN t ELSE t || '_all' END AS base FROM unnest($1::text[]) t`,
    [[...GENERATED_TABLES, ...REPORT_TABLES, 'audit_entry', 'event']],
  );
  await db.query(`TRUNCATE ${rows.map((r: { base: string }) => r.base).join(', ')} CASCADE`);
}

/** md5 of every generated table's rows in a fixed order: equal for equal contents. */
export async function contentHashes(db: Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of GENERATED_TABLES) {
    // change_tx is the writing transaction's id (the change feed's position), different on every run.
    const { rows } = await db.query(
      `SELECT md5(coalesce(string_agg((to_jsonb(x) - 'change_tx')::text, E'\\n' ORDER BY (to_jsonb(x) - 'change_tx')::text), '')) AS h FROM ${t} x`,
    );
    out[t] = rows[0].h;
  }
  return out;
}
