import { GraphQLScalarType, type GraphQLSchema } from 'graphql';

/**
 * graphql-scalars' DateTimeISO checks a variable's text with three regular expressions, `Date.parse` and a calendar
 * check, then returns `new Date(text)`: 1 µs for each `sourceTimestamp` of an inbound batch (issue 14), whose 2,000
 * items usually carry a handful of distinct versions. The schema's DateTimeISO remembers the instant of the last texts
 * it accepted (at most 1,024, then it starts again) and answers a text seen before with a new Date of that instant —
 * what `new Date(text)` gives. A text it refused is not remembered: it is checked, and refused, again. Literals in the
 * document (parseLiteral) are left as they are.
 */
const REMEMBERED = 1024;
const wrapped = new WeakSet<GraphQLScalarType>();

export function rememberDateTimeParses(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('DateTimeISO');
  if (!(type instanceof GraphQLScalarType) || wrapped.has(type)) return schema;
  const parse = type.parseValue;
  const seen = new Map<string, number>();
  type.parseValue = function (value: unknown) {
    if (typeof value !== 'string') return parse.call(this, value);
    const known = seen.get(value);
    if (known !== undefined) return new Date(known);
    const parsed = parse.call(this, value) as unknown;
    if (parsed instanceof Date) {
      if (seen.size >= REMEMBERED) seen.clear();
      seen.set(value, parsed.getTime());
    }
    return parsed;
  };
  wrapped.add(type);
  return schema;
}
