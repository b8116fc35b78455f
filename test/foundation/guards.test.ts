import { getOperationAST, getVariableValues, parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import { buildHubSchema } from '../../src/schema';
import { loadConfig } from '../../src/config';
import { checkComplexity, checkOperationLists, estimateCost, hubValidationRules } from '../../src/http/guards';
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

describe('the list maxima are checked in one pass over the document and the variables', () => {
  it('walks a chained fragment bomb (2^60 expansions) once, and a variable used at every level once, and reports each list once', () => {
    const parts = ['query($t: [EventType!]) { ...A0 }'];
    for (let i = 0; i < 60; i++) parts.push(`fragment A${i} on Query { e${i}: events(types: $t) { endCursor } ...A${i + 1} ...A${i + 1} }`);
    parts.push('fragment A60 on Query { events(types: [SCHOOL_UPDATED]) { endCursor } }');
    const document = parse(parts.join(' '));
    const types = Array.from({ length: 101 }, () => 'SCHOOL_UPDATED');
    const started = Date.now();
    let error: GraphQLError | undefined;
    try {
      checkOperationLists(schema, getOperationAST(document, undefined)!, document, { t: types });
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(Date.now() - started).toBeLessThan(10_000); // exponential would never end; linear is microseconds
    expect(error?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'types', max: 100, actual: 101, lists: [{ field: 'types', limit: 'listSize', max: 100, actual: 101 }] });
  });
});

describe('the cost guard coerces only the variables it prices (issue 14)', () => {
  // The plain path, as the guard was: every variable coerced, then the estimate; a variable that does not coerce
  // leaves the request to execution (which refuses it as BAD_USER_INPUT).
  function plainOutcome(doc: string, variables: Record<string, unknown>, max: number): string {
    const document = parse(doc);
    const operation = getOperationAST(document, undefined)!;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
    if (coerced.errors) return 'ok';
    const cost = estimateCost(schema, document, undefined, coerced.coerced);
    return cost > max ? `LIMIT_EXCEEDED ${cost}` : 'ok';
  }
  function outcome(doc: string, variables: Record<string, unknown>, max: number): string {
    try {
      checkComplexity(schema, parse(doc), undefined, variables, max);
      return 'ok';
    } catch (err) {
      const e = err as GraphQLError;
      return `${String(e.extensions.code)} ${String(e.extensions.actual)}`;
    }
  }
  const PAGE = 'query($n: Int, $d: String) { schools(first: $n, daneCode: $d) { edges { node { daneCode } } } }';
  // A large input variable beside a page variable (the guard sees operations after validation; here only coercion matters).
  const BATCH = `query($n: Int, $input: SelfEvaluationBatchInput!) { schools(first: $n) { totalCount } }`;
  const item = { daneCode: '105001000011', year: '2026', componentCode: 'DIR-01-01', score: 2, sourceTimestamp: '2026-03-01T10:00:00Z' };
  const cases: [string, string, Record<string, unknown>, number][] = [
    ['a page variable under the limit', PAGE, { n: 10 }, 1000],
    ['a page variable over the limit', PAGE, { n: 900 }, 1000],
    ['a page variable that does not coerce (1e300)', PAGE, { n: 1e300 }, 1000],
    ['over the limit, another variable does not coerce', PAGE, { n: 900, d: 5 }, 1000],
    ['under the limit, another variable does not coerce', PAGE, { n: 10, d: 5 }, 1000],
    ['a batch with a valid page variable', BATCH, { n: 10, input: { items: [item] } }, 1000],
    ['a batch, over the limit', BATCH, { n: 5000, input: { items: [item] } }, 1000],
    ['a batch that does not coerce, over the limit', BATCH, { n: 5000, input: { items: [{ ...item, score: 'two' }] } }, 1000],
    ['a batch that does not coerce, under the limit', BATCH, { n: 1, input: { items: [{ ...item, score: 'two' }] } }, 1000],
    ['a batch without any page variable', 'mutation($input: SelfEvaluationBatchInput!) { ingestSelfEvaluations(input: $input) { created } }', { input: { items: [item] } }, 1],
  ];
  it.each(cases)('%s: the same outcome as coercing every variable', (_name, doc, variables, max) => {
    expect(outcome(doc, variables, max)).toBe(plainOutcome(doc, variables, max));
  });
  it('prices what it should (the cases above are not all "ok")', () => {
    expect(cases.map(([, doc, v, max]) => outcome(doc, v, max)).filter((o) => o !== 'ok')).toEqual([
      'LIMIT_EXCEEDED 2701',
      'LIMIT_EXCEEDED 5001',
      'LIMIT_EXCEEDED 2',
    ]);
  });
});
