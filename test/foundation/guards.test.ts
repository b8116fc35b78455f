import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { buildHubSchema } from '../../src/schema';
import { loadConfig } from '../../src/config';
import { estimateCost, hubValidationRules } from '../../src/http/guards';
import { fragmentBomb } from '../fuzz/generate';

/**
 * The guards in-process, without a server: on documents of 2^60 expansions they must give exact answers, which only a
 * computation that measures each fragment once can do (walking the expansions would never end).
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema();
});

const config = loadConfig({ MAX_ALIASES: '30', MAX_DIRECTIVES: '50', MAX_QUERY_DEPTH: '12' });

describe('guards are linear in the document size', () => {
  it('estimates the cost of a chained fragment bomb exactly: 2^60 expansions of a field costing 1', () => {
    expect(estimateCost(schema, parse(fragmentBomb(60)), undefined, undefined)).toBe(2 ** 60);
  });

  it('counts aliases and directives through every spread, and finds the depth of the bomb (1)', () => {
    const aliases = ['query { ...A0 }'];
    for (let i = 0; i < 60; i++) aliases.push(`fragment A${i} on Query { x${i}: __typename @include(if: true) ...A${i + 1} ...A${i + 1} }`);
    aliases.push('fragment A60 on Query { __typename }');
    const errors = validate(schema, parse(aliases.join(' ')), [...specifiedRules, ...hubValidationRules(config)]);
    const limits = Object.fromEntries(errors.map((e) => [e.extensions.limit, e.extensions.actual]));
    // Level i is reached 2^i times: sum over i < 60 of 2^i = 2^60 - 1 aliases, and as many directives.
    expect(limits).toEqual({ aliases: 2 ** 60 - 1, directives: 2 ** 60 - 1 });
  });

  it('still counts depth through fragments and inline fragments (which add no level of their own)', () => {
    const doc = '{ schools { edges { ...E } } } fragment E on SchoolEdge { node { ... on School { secretariat { code } } } }';
    const errors = validate(schema, parse(doc), [...specifiedRules, ...hubValidationRules({ ...config, MAX_QUERY_DEPTH: 4 })]);
    expect(errors.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 4, actual: 5 })]);
  });

  it('costs a paginated field 1 + first × its selection, with `first` from a literal or a variable (20 when absent)', () => {
    const doc = parse('query($n: Int) { a: schools(first: 10) { edges { node { daneCode } } } b: schools(first: $n) { totalCount } c: schools { totalCount } }');
    // a: 1 + 10 × (edges 1 + node 1 + daneCode 1) = 31; b: 1 + 7 × 1 = 8; c: 1 + 20 × 1 = 21.
    expect(estimateCost(schema, doc, undefined, { n: 7 })).toBe(31 + 8 + 21);
  });
});
