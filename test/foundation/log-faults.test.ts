import { buildSchema, graphql } from 'graphql';
import { isExpected } from '../../src/http/pipeline';

/** Client mistakes are not logged as faults (an operator must trust "unexpected error"), on either transport. */
const schema = buildSchema('type Query { a(f: Int!): Int  boom: Int }');
const root = { a: ({ f }: { f: number }) => f, boom: () => { throw new Error('a bug'); } };

test('a variable that does not coerce is a client mistake; a resolver that throws is a fault', async () => {
  const coercion = await graphql({ schema, source: 'query($f: Int!) { a(f: $f) }', variableValues: { f: 'abc' }, rootValue: root });
  expect(coercion.errors).toHaveLength(1);
  expect(isExpected(coercion.errors![0])).toBe(true);
  const validation = await graphql({ schema, source: '{ nope }', rootValue: root });
  expect(isExpected(validation.errors![0])).toBe(true);
  const fault = await graphql({ schema, source: '{ boom }', rootValue: root });
  expect(isExpected(fault.errors![0])).toBe(false);
});
