import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestHub, type TestHub } from '../support/hub';
import { Role } from '../../src/common/auth/roles';
import { systemContext } from '../../src/context';
import * as consolidated from '../../src/modules/reports/consolidated-report.service';
import * as results from '../../src/modules/reports/pmi-results.service';
import * as irregularities from '../../src/modules/irregularities/irregularity.service';
import { clearGenerated, contentHashes, generateNational, withIndexesBuiltAfter } from '../bench/support/national-data';
import { generateReports } from '../bench/support/national-reports';
import {
  IngestCharacterizationsDocument,
  IngestCurriculumChangesDocument,
  IngestEducationModelsDocument,
  IngestInspectionFindingsDocument,
  IngestPeiUpdatesDocument,
  IngestSchoolRegimesDocument,
  IngestSelfEvaluationsDocument,
  IngestSupportPlanActionsDocument,
} from '../generated/graphql';

/**
 * The national generator (npm run generate, issue 14) on a small country of 300 schools: the same seed gives the same
 * table contents, another seed other contents; every foreign key holds (the load runs with FK triggers off); the DANE
 * codes and proportions follow the domain brief; and a sample of every input source goes back through the hub's
 * ingestion mutations (the inbound validators) without a rejection.
 */
describe('national data generator', () => {
  let database: TestDatabase;
  let db: Client;
  let side: Client;
  let hub: TestHub | null = null;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    side = new Client({ connectionString: database.url });
    await db.connect();
    await side.connect();
  });
  afterAll(async () => {
    await db.end();
    await side.end();
    if (hub) await hub.stop();
    else await database.drop();
  });

  it('is deterministic by seed: equal contents for the same seed, different for another', async () => {
    const first = await generateNational(db, { schools: 300, seed: 1 }, side);
    expect(first.counts.school).toBe(300);
    expect(first.counts.secretariat).toBe(96);
    const h1 = await contentHashes(db);
    await clearGenerated(db);
    await generateNational(db, { schools: 300, seed: 2 }, side);
    const h2 = await contentHashes(db);
    await clearGenerated(db);
    await generateNational(db, { schools: 300, seed: 1 }); // one connection this time: same result
    const h3 = await contentHashes(db);
    expect(h3).toEqual(h1);
    expect(h2.school).not.toBe(h1.school);
    expect(h2.improvement_plan_action).not.toBe(h1.improvement_plan_action);
    // Every generated table has rows.
    const empty = [];
    for (const t of Object.keys(h1)) if (Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n) === 0) empty.push(t);
    expect(empty).toEqual([]);
    // The load runs with triggers off: the latest measurement of every measured indicator is written all the same.
    const [{ kept, measured }] = (
      await db.query(`SELECT (SELECT count(*)::int FROM indicator_latest_measurement) AS kept, (SELECT count(DISTINCT indicator_id)::int FROM indicator_measurement) AS measured`)
    ).rows;
    expect(kept).toBe(measured);
  });

  it('leaves the indexes and constraints it drops during the load as the migrations made them, also after an error', async () => {
    // The largest tables are written without their indexes, built again afterwards (withIndexesBuiltAfter).
    const catalogue = async (c: Client) =>
      (
        await c.query(`SELECT string_agg(d, E'\\n' ORDER BY d) AS d FROM (
           SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'
           UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace) x`)
      ).rows[0].d as string;
    const fresh = await createTestDatabase();
    const other = new Client({ connectionString: fresh.url });
    await other.connect();
    try {
      const migrated = await catalogue(other);
      expect(migrated).toContain('uq_self_evaluation_score_key');
      expect(await catalogue(db)).toBe(migrated); // after three generations (previous test)
      await expect(
        withIndexesBuiltAfter(db, 'self_evaluation_score_all', async () => {
          await db.query(`SELECT 1 / 0`);
        }),
      ).rejects.toThrow(/division by zero/);
      expect(await catalogue(db)).toBe(migrated);
    } finally {
      await other.end();
      await fresh.drop();
    }
  });

  it('keeps every foreign key', async () => {
    const { rows: fks } = await db.query(`
      SELECT c.conname, c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             array_agg(ca.attname::text ORDER BY k.i) AS child_cols, array_agg(pa.attname::text ORDER BY k.i) AS parent_cols
        FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(ck, pk, i)
        JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.ck
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.pk
       WHERE c.contype = 'f' GROUP BY c.conname, c.conrelid, c.confrelid`);
    expect(fks.length).toBeGreaterThan(20);
    const broken: string[] = [];
    for (const fk of fks) {
      const cols = fk.child_cols as string[];
      const on = cols.map((c: string, i: number) => `p."${fk.parent_cols[i]}" = x."${c}"`).join(' AND ');
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM ${fk.child} x WHERE ${cols.map((c) => `x."${c}" IS NOT NULL`).join(' AND ')}
           AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${on})`,
      );
      if (rows[0].n > 0) broken.push(`${fk.conname}: ${rows[0].n}`);
    }
    expect(broken).toEqual([]);
  });

  it('gives plausible DANE codes and the proportions of the domain brief', async () => {
    const { rows } = await db.query(`
      SELECT count(*)::int AS schools,
             count(*) FILTER (WHERE dane_code !~ '^[1-4][0-9]{11}$' OR substr(dane_code, 2, 5) <> municipality_code
                                 OR (sector = 'OFFICIAL') <> (left(dane_code, 1) IN ('1', '2'))
                                 OR (zone = 'RURAL') <> (left(dane_code, 1) IN ('2', '4')))::int AS bad_codes,
             avg((sector = 'NON_OFFICIAL')::int)::float AS non_official,
             count(*) FILTER (WHERE (sector = 'NON_OFFICIAL') <> (regime IS NOT NULL))::int AS bad_regime,
             count(DISTINCT secretariat_code)::int AS secretariats,
             (SELECT count(*)::int FROM secretariat WHERE code !~ '^([0-9]{2}|[0-9]{5})$') AS bad_etc
        FROM school`);
    expect(rows[0]).toMatchObject({ schools: 300, bad_codes: 0, bad_regime: 0, secretariats: 96, bad_etc: 0 });
    expect(rows[0].non_official).toBeGreaterThan(0.5);
    expect(rows[0].non_official).toBeLessThan(0.8);
    // Skewed sizes: Bogotá is the largest ETC, ten times the smallest; the ten largest hold over a third of the schools.
    const sizes = (await db.query(`SELECT secretariat_code, count(*)::int AS n FROM school GROUP BY 1 ORDER BY n DESC`)).rows;
    expect(sizes[0].secretariat_code).toBe('11001');
    expect(sizes[0].n).toBeGreaterThanOrEqual(10 * sizes[sizes.length - 1].n);
    expect(sizes.slice(0, 10).reduce((a: number, r: { n: number }) => a + r.n, 0)).toBeGreaterThan(100);
  });

  it('passes the ingestion validators: a sample of every source is accepted by the hub', async () => {
    hub = await startTestHub({}, database);
    const scopes = ['D01.03', 'D01.04', 'D02.01', 'D02.02', 'C02.02', 'F01.03', 'D02.05'].map((s) => `ingest:${s}`);
    const ts = '2026-11-01T00:00:00Z';
    for (const secretariat of ['11001', '05']) {
      const token = await hub.token({ role: Role.SUBPROCESS, secretariat, scopes });
      const items = async (sql: string) => (await db.query(sql, [secretariat, ts])).rows.map((r) => r.item);
      const batches: Array<[unknown, string]> = [
        [IngestSelfEvaluationsDocument, `SELECT jsonb_build_object('daneCode', school_dane, 'year', year, 'componentCode', component_code, 'score', score,
            'evidence', evidence, 'catalogueVersion', catalogue_version, 'sourceTimestamp', $2::text) AS item
            FROM self_evaluation_score WHERE secretariat_code = $1 ORDER BY id LIMIT 300`],
        [IngestCharacterizationsDocument, `SELECT jsonb_build_object('daneCode', c.school_dane, 'year', c.year, 'enrolment', c.enrolment,
            'saber11Category', c.saber11_category, 'dropoutRate', c.dropout_rate, 'repetitionRate', c.repetition_rate,
            'infrastructureCondition', c.infrastructure_condition, 'infrastructureNeeds', c.infrastructure_needs, 'sourceTimestamp', $2::text,
            'saberResults', (SELECT jsonb_agg(jsonb_build_object('grade', grade, 'subject', subject, 'insufficient', insufficient, 'minimum', minimum,
                               'satisfactory', satisfactory, 'advanced', advanced)) FROM saber_result r WHERE r.characterization_id = c.id)) AS item
            FROM characterization c WHERE c.secretariat_code = $1 ORDER BY c.id LIMIT 50`],
        [IngestSupportPlanActionsDocument, `SELECT jsonb_build_object('period', period, 'lineCode', line_code, 'lineName', line_name, 'code', code, 'name', name,
            'startDate', to_char(start_date, 'YYYY-MM-DD'), 'endDate', to_char(end_date, 'YYYY-MM-DD'), 'sourceTimestamp', $2::text,
            'indicators', (SELECT jsonb_agg(jsonb_build_object('name', name, 'baseline', baseline, 'target', target, 'unit', unit) ORDER BY position)
                             FROM support_plan_indicator i WHERE i.action_id = a.id),
            'tasks', (SELECT jsonb_agg(jsonb_build_object('description', description, 'responsible', responsible, 'dueDate', to_char(due_date, 'YYYY-MM-DD'))
                        ORDER BY position) FROM support_plan_task t WHERE t.action_id = a.id)) AS item
            FROM support_plan_action a WHERE a.secretariat_code = $1`],
        [IngestPeiUpdatesDocument, `SELECT jsonb_build_object('daneCode', school_dane, 'externalId', external_id, 'date', to_char(changed_on, 'YYYY-MM-DD'),
            'changeType', change_type, 'summary', summary, 'sourceTimestamp', $2::text) AS item FROM pei_update WHERE secretariat_code = $1`],
        [IngestEducationModelsDocument, `SELECT jsonb_build_object('daneCode', school_dane, 'externalId', external_id, 'date', to_char(implemented_on, 'YYYY-MM-DD'),
            'modelName', model_name, 'notes', notes, 'sourceTimestamp', $2::text) AS item FROM education_model_adoption WHERE secretariat_code = $1`],
        [IngestCurriculumChangesDocument, `SELECT jsonb_build_object('daneCode', school_dane, 'externalId', external_id, 'date', to_char(changed_on, 'YYYY-MM-DD'),
            'summary', summary, 'areas', areas, 'sourceTimestamp', $2::text) AS item FROM curriculum_change WHERE secretariat_code = $1`],
        [IngestInspectionFindingsDocument, `SELECT jsonb_build_object('daneCode', f.school_dane, 'externalId', f.external_id, 'date', to_char(f.found_on, 'YYYY-MM-DD'),
            'area', f.area, 'description', f.description, 'sourceTimestamp', $2::text,
            'actions', (SELECT jsonb_agg(jsonb_build_object('externalId', external_id, 'type', type, 'description', description,
                          'dueDate', to_char(due_date, 'YYYY-MM-DD'))) FROM inspection_finding_action a WHERE a.finding_id = f.id)) AS item
            FROM inspection_finding f WHERE f.secretariat_code = $1`],
        [IngestSchoolRegimesDocument, `SELECT jsonb_build_object('daneCode', school_dane, 'regime', regime, 'year', year, 'sourceTimestamp', $2::text) AS item
            FROM school_regime_report WHERE secretariat_code = $1`],
      ];
      for (const [doc, sql] of batches) {
        const list = await items(sql);
        const res = await hub.gql(doc as never, { input: { items: list } } as never, token);
        expect(res.errors).toBeUndefined();
        const result = Object.values(res.data as Record<string, { received: number; rejected: number; items: { status: string; field: string; message: string }[] }>)[0];
        expect(result.items.filter((i) => i.status === 'REJECTED')).toEqual([]);
        expect(result.received).toBe(list.length);
      }
    }
  });

  it("produces the period's reports through the hub's own services, with their audit entries and events, and reads them back", async () => {
    hub ??= await startTestHub({}, database);
    const { counts } = await generateReports(hub.runtime, { seed: 1, period: '2026' });
    const count = async (sql: string) => (await db.query(sql)).rows[0].n as number;
    for (const table of ['consolidated_report', 'pmi_results_report', 'irregularity_report', 'irregularity_report_school']) {
      expect(await count(`SELECT count(*)::int AS n FROM ${table}`)).toBeGreaterThan(0);
    }
    const secretariats = await count(`SELECT count(*)::int AS n FROM secretariat`);
    expect(await count(`SELECT count(*)::int AS n FROM consolidated_report WHERE status = 'PUBLISHED'`)).toBe(secretariats);
    expect(await count(`SELECT count(*)::int AS n FROM irregularity_report`)).toBe(secretariats);
    const signed = await count(`SELECT count(*)::int AS n FROM irregularity_report WHERE status = 'SIGNED'`);
    expect(signed).toBe(counts['irregularity_report signed']);
    expect(signed).toBeGreaterThan(secretariats * 0.3);
    expect(signed).toBeLessThan(secretariats * 0.7);
    expect(await count(`SELECT count(*)::int AS n FROM pmi_results_report`)).toBe(counts.pmi_results_report);
    // Consolidating the evaluations waits for the period's deadline (generated: 2027-01-15): the service decides.
    expect(await count(`SELECT count(*)::int AS n FROM evaluation_consolidation`)).toBe(counts.evaluation_consolidation);
    expect(counts.evaluation_consolidation + counts['evaluation_consolidation refused']).toBe(secretariats);
    if (Date.now() > Date.parse('2027-01-16T05:00:00Z')) expect(counts.evaluation_consolidation).toBe(secretariats);
    // What the mutations leave behind: audit entries and events.
    const events = async (type: string) => count(`SELECT count(*)::int AS n FROM event WHERE type = '${type}'`);
    expect(await events('consolidated_report.published')).toBe(secretariats);
    expect(await events('pmi_results.published')).toBe(counts.pmi_results_report);
    expect(await events('irregularity_report.signed')).toBe(signed);
    expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'draftIrregularityReport'`)).toBeGreaterThanOrEqual(secretariats);

    // A sample read back through the services the queries use, as the secretariat's leader and as the Ministry.
    const secretariat = '11001';
    const leader = systemContext(hub.runtime, { subject: 'test:leader', role: Role.QUALITY_LEADER, secretariat });
    const [{ id }] = (await db.query(`SELECT id FROM consolidated_report WHERE secretariat_code = $1`, [secretariat])).rows;
    const report = await consolidated.getReport(leader, id);
    expect(report).toMatchObject({ secretariatCode: secretariat, period: '2026', version: 1, status: 'PUBLISHED' });
    expect(report.analysis).not.toBe('');
    const ministry = systemContext(hub.runtime, { subject: 'test:ministry', role: Role.MINISTRY });
    const published = await results.listPublished(ministry, { first: 200, period: '2026' });
    expect(published.edges.length).toBe(counts.pmi_results_report);
    const irregular = await irregularities.reportOfYear(leader, '2026', secretariat);
    expect(irregular).not.toBeNull();
    expect((await irregularities.schoolsOf(leader, irregular!)).length).toBe(
      await count(`SELECT count(*)::int AS n FROM irregularity_report_school WHERE report_id = '${irregular!.id}'`),
    );
  });
});
