import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { generateNational } from '../bench/support/national-data';
import { SIGNALS_SQL } from '../../src/modules/analysis/signals';

/**
 * The signals of activity 1 with the latest self-evaluation year per school computed once (`se_year AS MATERIALIZED`,
 * issue 14: identifyNeeds at national scale) give the rows the inlined form gives, on generated data: every ETC whole
 * (identifyNeeds) and a page of its schools (jurisdictionAnalysis), two periods.
 */
describe('signals: se_year materialized', () => {
  let database: TestDatabase;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    await generateNational(db, { schools: 400, seed: 5 });
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('the same rows as the inlined form', async () => {
    const plain = SIGNALS_SQL.replace('se_year AS MATERIALIZED (', 'se_year AS (');
    expect(plain).not.toBe(SIGNALS_SQL);
    const etcs = (await db.query(`SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1`)).rows.map((r) => r.c);
    let compared = 0;
    for (const etc of etcs) {
      const danes = (await db.query(`SELECT dane_code FROM school WHERE secretariat_code = $1 ORDER BY dane_code LIMIT 20`, [etc])).rows.map((r) => r.dane_code);
      for (const [period, schools] of [['2026', null], ['2026', danes.slice(2, 9)], ['2025', null]] as const) {
        const params = [etc, period, schools, 2, ['C', 'D'], 25];
        const order = `ORDER BY rule, school_dane, area, evidence::text`;
        const a = (await db.query(`SELECT * FROM (${SIGNALS_SQL}) s ${order}`, params)).rows;
        const b = (await db.query(`SELECT * FROM (${plain}) s ${order}`, params)).rows;
        expect(a).toEqual(b);
        compared += a.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
