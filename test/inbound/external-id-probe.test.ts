import 'reflect-metadata';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { statementsFor, type StoreSpec } from '../../src/modules/inputs/inbound-store';
import { selfEvaluationSpec } from '../../src/inbound/d01-03-self-evaluation';
import { characterizationSpec } from '../../src/inbound/d01-04-characterization';

/**
 * Issue 14: the key-change read (stored records by external id, one probe per id) must use the
 * (secretariat_code, external_id) index whatever the table's statistics say of the secretariat. Given the secretariat
 * as a value, the planner estimated one row for a secretariat absent from the statistics (a new one, or one small
 * beside the rest of the country: the ingestion benchmark on a copy of the national data) and took the smaller
 * (secretariat_code, year, …) index, filtering all the secretariat's rows once per id (8.5 s per 1,000 ids with 10,000
 * rows stored). Here: 150,000 analysed rows of one secretariat, then 3,000 of another written after the ANALYZE.
 */
let database: TestDatabase;
let db: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  // The planner's view of the table is what is tested: the rows need not satisfy the foreign keys.
  await db.query('SET session_replication_role = replica');
  await db.query(`SET jit = off`);
});
afterAll(async () => {
  await db.end();
  await database.drop();
});

const PROVENANCE = `secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash`;

const cases: { spec: StoreSpec<unknown>; rows(sec: string, from: number, n: number): string; sharedIndex: string }[] = [
  {
    spec: selfEvaluationSpec as unknown as StoreSpec<unknown>,
    rows: (sec, from, n) => `INSERT INTO self_evaluation_score_all (${PROVENANCE}, school_dane, year, catalogue_version, component_code, process_code, area, score)
      SELECT '${sec}', 'D01.03', 'ext-' || g, 'test', now(), now(), md5(g::text), '9' || lpad((${from} + g / 100)::text, 11, '0'), '2026', 'GUIA34-2008',
             'C' || (g % 100), 'P', 'ACADEMIC', 1 + g % 4
        FROM generate_series(${from}, ${from} + ${n} - 1) g`,
    sharedIndex: 'ix_self_evaluation_score_secretariat',
  },
  {
    spec: characterizationSpec as unknown as StoreSpec<unknown>,
    rows: (sec, from, n) => `INSERT INTO characterization_all (id, ${PROVENANCE}, school_dane, year, enrolment)
      SELECT gen_random_uuid(), '${sec}', 'D01.04', 'ext-' || g, 'test', now(), now(), md5(g::text), '9' || lpad(g::text, 11, '0'), '2026', 100
        FROM generate_series(${from}, ${from} + ${n} - 1) g`,
    sharedIndex: 'ix_characterization_secretariat',
  },
];

const indexesOf = (plan: unknown): string[] => {
  const out: string[] = [];
  const visit = (n: Record<string, unknown>) => {
    if (typeof n['Index Name'] === 'string') out.push(n['Index Name']);
    for (const c of (n.Plans as Record<string, unknown>[] | undefined) ?? []) visit(c);
  };
  visit(plan as Record<string, unknown>);
  return out;
};

it.each(cases.map((c) => [c.spec.source, c] as const))(
  '%s: the read by external id probes (secretariat_code, external_id) for a secretariat the statistics do not know',
  async (_source, c) => {
    const table = c.spec.table;
    await db.query(c.rows('BIG', 0, 150000));
    await db.query(`ANALYZE ${table}`);
    await db.query(c.rows('NEW', 1000000, 3000)); // after the ANALYZE: absent from the statistics
    const { selectByExternalId, detectsKeyChange } = statementsFor(c.spec, true);
    expect(detectsKeyChange).toBe(true);
    const ids = Array.from({ length: 1000 }, (_, i) => `ext-${1000000 + i * 5}`); // 600 of them stored
    const { rows: explained } = await db.query(`EXPLAIN (FORMAT JSON) ${selectByExternalId}`, ['NEW', ids]);
    const used = indexesOf(explained[0]['QUERY PLAN'][0].Plan);
    expect(used).toContain(`ix_${table.replace(/_all$/, '')}_external_id`);
    expect(used).not.toContain(c.sharedIndex);
    // And it answers what it did: the stored records of those ids in that secretariat only.
    const { rows } = await db.query(selectByExternalId, ['NEW', ids]);
    expect(rows.map((r) => r.external_id).sort()).toEqual(ids.filter((_, i) => i * 5 < 3000).sort());
    expect((await db.query(selectByExternalId, ['BIG', ['ext-5', 'ext-1000005']])).rows.map((r) => r.external_id)).toEqual(['ext-5']);
  },
  180_000, // 150,000 rows written: 5–30 s on a shared machine
);
