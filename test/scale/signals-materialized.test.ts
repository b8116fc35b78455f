import { useGeneratedCountry } from '../support/generated-country';
import { SIGNALS_SQL } from '../../src/modules/analysis/signals';

/**
 * The signals of activity 1 with the latest self-evaluation year per school computed once (`se_year AS MATERIALIZED`,
 * issue 14: identifyNeeds at national scale) give the rows the inlined form gives, on generated data: every ETC whole
 * (identifyNeeds) and a page of its schools (jurisdictionAnalysis), two periods.
 */
describe('signals: se_year materialized', () => {
  const country = useGeneratedCountry({ schools: 400, seed: 5 });

  it('the same rows as the inlined form', async () => {
    const plain = SIGNALS_SQL.replace('se_year AS MATERIALIZED (', 'se_year AS (');
    expect(plain).not.toBe(SIGNALS_SQL);
    const { db } = country;
    let compared = 0;
    for (const etc of await country.largestSecretariats()) {
      const danes = await country.schoolsOf(etc, 20);
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
