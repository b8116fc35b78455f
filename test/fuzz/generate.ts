import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: a small seeded PRNG, so that a seed always yields the same cases. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/**
 * Hostile strings by kind. The kind is recorded on each case (its `tags`), so that a failure names what caused it.
 * Kinds other helpers fix in the services are listed in known-failures.ts until their fix lands.
 */
export const HOSTILE_STRINGS: Record<string, readonly string[]> = {
  empty: ['', ' ', '\t\n'],
  nul: ['\u0000', 'IE \u0000 Nueva', 'abc\u0000'],
  control: ['\u0001\u0002\u001b[31m', '\r\n\r\n', '\u2028\u2029'],
  unicode: ['PEI-\u00d1B', 'PEI-N\u0303B', 'José María Córdova', '学校', '🏫📚', '\u202eevil', '\ud800', 'Ａ'],
  sql: ["'; DROP TABLE school; --", "1' OR '1'='1", '%', '_', '\\', '$1', "O'Brien", '"quoted"', '*/ SELECT 1 /*'],
  formula: ['=1+1', '+cmd|x', '@SUM(A1)', '-2+3'],
  'bad-uuid': ['x', '00000000-0000-0000-0000-00000000000g', '123', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'],
  'bad-cursor': ['YzphYmM', 'c:abc', 'Zm9v', '!!!', '999999999:999999999', 'eyJ4IjoxfQ', '-1:-1'],
  'bad-date': ['2026-02-30', '9999-12-31T99:99:99Z', 'yesterday', '0000-00-00', '2026'],
  numeric: ['1e309', '-0', 'NaN', '99999999999999999999', '-1', '0x10'],
  huge: ['x'.repeat(70_000)],
};
const PLAUSIBLE_STRINGS = ['05001', '105001000011', '205001000027', '2026', '2025', 'DIR-01-01', 'D01.03', 'IE Nueva', 'Medellín', 'abc'];
const INTS: [number, string?][] = [[0], [1], [-1], [5], [20], [200], [201, 'range'], [2147483647, 'range'], [-2147483648, 'range'], [100000, 'range']];
const FLOATS: [number, string?][] = [[0], [2.5], [-1, 'range'], [1e308, 'range'], [4.000001]];

export interface Case {
  /** Index within the run (with the seed, enough to reproduce it). */
  index: number;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  kind: 'query' | 'mutation' | 'bomb' | 'broken';
  /** The root field asked for (queries and mutations). */
  field?: string;
  /** Kinds of hostile values in the case (keys of HOSTILE_STRINGS, 'range', 'type', 'null', 'enum'). */
  tags: string[];
}

interface Build {
  rng: Rng;
  tags: Set<string>;
  varDefs: string[];
  variables: Record<string, unknown>;
}

const printString = (s: string) => JSON.stringify(s);

/** A value for an input type, as [GraphQL literal, JSON value]. Sometimes deliberately wrong (tagged). */
function value(b: Build, type: GraphQLInputType, depth = 0): [string, unknown] {
  const { rng } = b;
  if (isNonNullType(type)) {
    if (rng.chance(0.03)) {
      b.tags.add('null');
      return ['null', null];
    }
    return value(b, type.ofType, depth);
  }
  if (rng.chance(0.04)) {
    // The wrong kind of value for the type.
    b.tags.add('type');
    const wrong: [string, unknown][] = [['"x"', 'x'], ['1', 1], ['true', true], ['[1]', [1]], ['{a: 1}', { a: 1 }]];
    return rng.pick(wrong);
  }
  if (isListType(type)) {
    const n = rng.int(depth > 1 ? 2 : 4);
    const items = Array.from({ length: n }, () => value(b, type.ofType, depth + 1));
    return [`[${items.map((i) => i[0]).join(', ')}]`, items.map((i) => i[1])];
  }
  if (isEnumType(type)) {
    if (rng.chance(0.05)) {
      b.tags.add('enum');
      return ['NOT_A_VALUE', 'NOT_A_VALUE'];
    }
    const v = rng.pick(type.getValues()).name;
    return [v, v];
  }
  if (isInputObjectType(type)) {
    const parts: string[] = [];
    const obj: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (!isNonNullType(f.type) && !rng.chance(0.5)) continue;
      if (depth > 3) continue;
      tagArgument(b, f.name, f.type);
      const [lit, json] = value(b, f.type, depth + 1);
      parts.push(`${f.name}: ${lit}`);
      obj[f.name] = json;
    }
    return [`{${parts.join(', ')}}`, obj];
  }
  if (isScalarType(type)) return scalar(b, type.name);
  return ['null', null];
}

/** Ids and cursors: any string other than one the hub issued is a malformed value of this kind. */
function tagArgument(b: Build, name: string, type: GraphQLInputType) {
  if (getNamedType(type).name === 'ID') b.tags.add('id');
  if (name === 'after' || name === 'before') b.tags.add('cursor');
}

function scalar(b: Build, name: string): [string, unknown] {
  const { rng } = b;
  if (name === 'Int') {
    const [n, tag] = rng.pick(INTS);
    if (tag) b.tags.add(tag);
    return [String(n), n];
  }
  if (name === 'Float') {
    const [n, tag] = rng.pick(FLOATS);
    if (tag) b.tags.add(tag);
    return [String(n), n];
  }
  if (name === 'Boolean') {
    const v = rng.chance(0.5);
    return [String(v), v];
  }
  if (name === 'JSON' || name === 'JSONObject') {
    const v = rng.pick([{}, { a: 1 }, [], { nested: { deep: ['x'] } }]);
    return [printString(JSON.stringify(v)), v];
  }
  let s: string;
  if (rng.chance(0.55)) {
    const kind = rng.pick(Object.keys(HOSTILE_STRINGS));
    b.tags.add(kind);
    s = rng.pick(HOSTILE_STRINGS[kind]);
  } else if (name === 'DateTime' || name === 'Date') {
    s = rng.pick(['2026-03-01T10:00:00Z', '2026-03-01', '2025-12-31T23:59:59.999Z']);
  } else s = rng.pick(PLAUSIBLE_STRINGS);
  return [printString(s), s];
}

function args(b: Build, fieldArgs: readonly GraphQLArgument[]): string {
  const parts: string[] = [];
  for (const a of fieldArgs) {
    if (!isNonNullType(a.type) && !b.rng.chance(0.45)) continue;
    if (isNonNullType(a.type) && b.rng.chance(0.02)) {
      b.tags.add('missing');
      continue;
    }
    tagArgument(b, a.name, a.type);
    const [lit, json] = value(b, a.type);
    if (b.rng.chance(0.35)) {
      const name = `v${b.varDefs.length}`;
      b.varDefs.push(`$${name}: ${a.type.toString()}`);
      b.variables[name] = json;
      if (b.rng.chance(0.04)) {
        // A deeply nested variable value (arrays or objects thousands of levels deep).
        b.tags.add('deep');
        let deep: unknown = 'x';
        const asObject = b.rng.chance(0.5);
        for (let i = 0; i < 3000; i++) deep = asObject ? { a: deep } : [deep];
        b.variables[name] = deep;
      }
      parts.push(`${a.name}: $${name}`);
    } else parts.push(`${a.name}: ${lit}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selection(b: Build, type: GraphQLNamedType, depth: number): string {
  const { rng } = b;
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = isUnionType(type) ? type.getTypes() : [];
    const inner = possible.length ? ` ... on ${rng.pick(possible).name} { __typename }` : '';
    return `{ __typename${inner} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  const n = 1 + rng.int(depth > 2 ? 2 : 4);
  for (let i = 0; i < n; i++) {
    const f = rng.pick(fields);
    const named = getNamedType(f.type);
    if (depth >= 4 && !isScalarType(named) && !isEnumType(named)) continue;
    chosen.add(f);
  }
  if (!chosen.size) return '{ __typename }';
  const parts = [...chosen].map((f) => {
    const named = getNamedType(f.type);
    const sub = isScalarType(named) || isEnumType(named) ? '' : ` ${selection(b, named, depth + 1)}`;
    return `${f.name}${args(b, f.args)}${sub}`;
  });
  return `{ ${parts.join(' ')} }`;
}

export function fragmentBomb(levels: number, leaf = '__typename'): string {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < levels; i++) parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${levels} on Query { ${leaf} }`);
  return parts.join(' ');
}

/** Documents built to be expensive: every one must be refused quickly with LIMIT_EXCEEDED (or a parse error). */
function bomb(rng: Rng): { query: string; tag: string } {
  const which = rng.int(7);
  switch (which) {
    case 0:
      return { query: fragmentBomb(20 + rng.int(30)), tag: 'bomb:fragments' };
    case 1: {
      const aliases = Array.from({ length: 50 + rng.int(500) }, (_, i) => `a${i}: __typename`).join(' ');
      return { query: `{ ${aliases} }`, tag: 'bomb:aliases' };
    }
    case 2: {
      // 34 or more copies of a page of 200 (601 each): above MAX_ALIASES (30); 84 or more above MAX_QUERY_COMPLEXITY (50000).
      const copies = Array.from({ length: 34 + rng.int(30) }, (_, i) => `s${i}: schools(first: 200) { edges { node { daneCode } } }`);
      return { query: `{ ${copies.join(' ')} }`, tag: 'bomb:cost' };
    }
    case 3:
      return { query: `{ ${'__typename @include(if: true) '.repeat(60 + rng.int(200))}}`, tag: 'bomb:directives' };
    case 4:
      return { query: `{ ${'schoolz '.repeat(150 + rng.int(900))}}`, tag: 'bomb:errors' };
    case 5:
      return { query: `${'{'.repeat(500 + rng.int(5000))}`, tag: 'bomb:nesting' };
    default:
      return { query: Array.from({ length: 10 + rng.int(50) }, (_, i) => `query Q${i} { __typename }`).join(' '), tag: 'bomb:operations' };
  }
}

/** Breaks a document's syntax or shape at a random point. */
function breakDocument(rng: Rng, query: string, tags: Set<string>): string {
  switch (rng.int(5)) {
    case 0:
      return query.slice(0, rng.int(query.length));
    case 1: {
      const at = rng.int(query.length);
      const inserted = rng.pick(['{', '}', '(', ')', '$', '"', '...', '@', '#', '\u0000', ':']);
      if (inserted === '\u0000') tags.add('nul'); // inside a string literal it is a NUL character in a value
      return query.slice(0, at) + inserted + query.slice(at);
    }
    case 2:
      return query.replace(/\{ /, '{ nosuchfield ');
    case 3:
      return query.replace(/\)/, ', nosucharg: 1)');
    default:
      return `${query} fragment Unused on Query { __typename }`;
  }
}

/** The case number `index` of the run seeded with `seed`: the same pair always yields the same case. */
export function generateCase(schema: GraphQLSchema, seed: number, index: number): Case {
  const rng = new Rng((seed * 2654435761 + index * 40503) >>> 0);
  const roll = rng.next();
  if (roll < 0.08) {
    const { query, tag } = bomb(rng);
    return { index, query, kind: 'bomb', tags: [tag] };
  }
  const mutation = roll < 0.45;
  const root = (mutation ? schema.getMutationType() : schema.getQueryType()) as GraphQLObjectType;
  const field = rng.pick(Object.values(root.getFields()));
  const b: Build = { rng, tags: new Set(), varDefs: [], variables: {} };
  const named = getNamedType(field.type);
  const sub = isScalarType(named) || isEnumType(named) ? '' : ` ${selection(b, named, 1)}`;
  const body = `${field.name}${args(b, field.args)}${sub}`;
  const op = mutation ? 'mutation' : 'query';
  let query = `${op} Fuzz${b.varDefs.length ? `(${b.varDefs.join(', ')})` : ''} { ${body} }`;
  let kind: Case['kind'] = mutation ? 'mutation' : 'query';
  if (rng.chance(0.12)) {
    query = breakDocument(rng, query, b.tags);
    kind = 'broken';
    b.tags.add('broken');
  }
  return {
    index,
    query,
    variables: Object.keys(b.variables).length ? b.variables : undefined,
    operationName: rng.chance(0.9) ? 'Fuzz' : undefined,
    kind,
    field: field.name,
    tags: [...b.tags],
  };
}
