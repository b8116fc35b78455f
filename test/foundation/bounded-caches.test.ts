import 'reflect-metadata';
import { parse, type GraphQLSchema } from 'graphql';
import { Max } from 'class-validator';
import { buildHubSchema } from '../../src/schema';
import { KEPT_MAX, itemValidations, keptValues, violationsOf } from '../../src/common/validation';
import { COSTS_KEPT, checkComplexity, costEstimates, keptCosts } from '../../src/http/guards';

/**
 * The argument-violation cache (src/common/validation.ts) and the cost-estimate cache (src/http/guards.ts) are bounded
 * LRUs (lru-cache, like the response and token caches): when full, the least recently used entry goes and the one in
 * use stays. Both were cleared whole when full, so one value more dropped the ones in use too (review).
 */

/** A class whose only rule is pure (@Max), so its violations are kept per value. */
class Probe {
  @Max(10)
  n: number;

  constructor(n: number) {
    this.n = n;
  }
}

describe('argument violations kept per value (validation.ts)', () => {
  it('keeps at most KEPT_MAX values per class; when full, the least recently used goes and the one just used stays', async () => {
    const start = itemValidations();
    for (let i = 0; i < KEPT_MAX; i++) await violationsOf(new Probe(i), 'p');
    expect(itemValidations() - start).toBe(KEPT_MAX);
    expect(keptValues(Probe)).toBe(KEPT_MAX);

    // 0 (the oldest) is used again: answered from the cache, and now the most recently used.
    expect(await violationsOf(new Probe(0), 'p')).toEqual([]);
    expect(itemValidations() - start).toBe(KEPT_MAX);

    // One value more: the cache stays full (it was emptied), dropping 1, the least recently used now.
    const over = await violationsOf(new Probe(KEPT_MAX), 'p');
    expect(over).toEqual([{ field: 'p.n', message: expect.stringContaining('n must not be greater than 10') }]);
    expect(keptValues(Probe)).toBe(KEPT_MAX);

    const before = itemValidations();
    expect(await violationsOf(new Probe(0), 'p')).toEqual([]); // kept
    expect(await violationsOf(new Probe(KEPT_MAX), 'p')).toEqual(over); // kept, the same violations
    expect(itemValidations()).toBe(before);
    expect(await violationsOf(new Probe(1), 'p')).toEqual([]); // dropped: validated again
    expect(itemValidations()).toBe(before + 1);
    expect(keptValues(Probe)).toBe(KEPT_MAX);
  });
});

describe('cost estimates kept per document (guards.ts)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });

  it('keeps at most COSTS_KEPT estimates per document; when full, the least recently used goes and the one just used stays', () => {
    const document = parse('query($n: Int) { schools(first: $n) { totalCount } }');
    const check = (n: number) => checkComplexity(schema, document, undefined, { n }, 1_000_000);
    const start = costEstimates();
    for (let n = 1; n <= COSTS_KEPT; n++) check(n);
    expect(costEstimates() - start).toBe(COSTS_KEPT);
    expect(keptCosts(document)).toBe(COSTS_KEPT);

    check(1); // the oldest, used again: kept, and now the most recently used
    expect(costEstimates() - start).toBe(COSTS_KEPT);

    check(COSTS_KEPT + 1); // one more: 2 goes (the least recently used), the cache stays full
    expect(keptCosts(document)).toBe(COSTS_KEPT);

    const before = costEstimates();
    check(1);
    check(COSTS_KEPT + 1);
    expect(costEstimates()).toBe(before);
    check(2); // dropped: estimated again
    expect(costEstimates()).toBe(before + 1);

    // The refusal is the same from the cache as when estimated: 1 + 500 × 1 over a maximum of 100.
    const refuse = () => checkComplexity(schema, document, undefined, { n: 500 }, 100);
    expect(refuse).toThrow('Query cost 501 exceeds the maximum of 100');
    expect(refuse).toThrow('Query cost 501 exceeds the maximum of 100');
  });
});
