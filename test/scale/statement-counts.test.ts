import type { TestHub } from '../support/hub';
import { useGeneratedCountry } from '../support/generated-country';
import { Role } from '../../src/common/auth/roles';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, SCHOOLS_QUERY } from '../bench/support/floor-sql';

/**
 * The dashboard reads of the national benchmark (npm run bench, issue 14) on a small generated country: the number of
 * SQL statements a request issues does not grow with the page size (no N+1), at first 10, 50 and 100 (after one
 * warm-up request: process-wide caches such as the known tenants fill on the first request of a secretariat).
 */
describe('dashboard reads: SQL statements per request on generated data', () => {
  const country = useGeneratedCountry({ schools: 400, seed: 7 });
  let hub: TestHub;
  let leaderEtc: string;

  beforeAll(async () => {
    // The resolvers' own statements: the response cache, off here, adds one per request (its snapshot on a miss; a hit
    // is its check alone), see test/scale/response-cache.test.ts.
    hub = await country.startHub({ EXPOSE_SQL_COUNT: 'true', RESPONSE_CACHE_MAX_BYTES: '0' });
    [leaderEtc] = await country.largestSecretariats(1);
  });

  const statements = async (query: string, variables: Record<string, unknown>, token: string) => {
    const res = await hub.gql(query, variables, token);
    expect(res.errors).toBeUndefined();
    return (res.extensions as { sqlStatements: number }).sqlStatements;
  };

  // The JSON reads (src/common/json-read.ts) answer a page of PMIs or schools with its parts in one statement (the
  // plain path: 7 and 3); null: only constant.
  it.each([
    ['improvementPlans with school, secretariat, goals, indicators, actions (Ministry)', PLANS_QUERY, Role.MINISTRY, 1],
    ['improvementPlans with school, secretariat, goals, indicators, actions (leader)', PLANS_QUERY, Role.QUALITY_LEADER, 1],
    ['schools with secretariat (leader)', SCHOOLS_QUERY, Role.QUALITY_LEADER, 1],
    ['jurisdictionAnalysis (leader)', ANALYSIS_QUERY, Role.QUALITY_LEADER, null],
  ])('%s: the same number of statements at first 10, 50 and 100', async (_name, query, role, expected) => {
    const token = await hub.token({ role, secretariat: role === Role.MINISTRY ? null : leaderEtc });
    await statements(query, { period: '2026', first: 1 }, token); // warm-up: per-process caches (e.g. the known tenants) fill once
    const counts = [];
    for (const first of [10, 50, 100]) counts.push(await statements(query, { period: '2026', first }, token));
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    if (expected !== null) expect(counts[0]).toBe(expected);
  });

  it('pmiResultsNational: a constant number of statements', async () => {
    const token = await hub.token({ role: Role.MINISTRY });
    const n = await statements(NATIONAL_QUERY, { period: '2026' }, token);
    expect(n).toBeLessThanOrEqual(3);
  });
});
