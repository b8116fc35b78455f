import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  Kind,
  defaultFieldResolver,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  responsePathAsArray,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';
import { addSplice } from './raw-splice';
import { metricsOf } from '../observability/metrics';
import { getMetadataStorage } from 'type-graphql';
import { QueryFailedError, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { PoolClient } from 'pg';
import { countStatement } from '../db/statement-counter';
import type { Context } from '../context';
import { connectionOf, cursorOfKey, decodeKeysetCursor, pageInfoOf, type Connection, type CursorKey, type PageArgs } from './pagination';

/**
 * JSON reads (issue 14): a hot list read whose GraphQL selection PostgreSQL turns into the very JSON of the answer in
 * one statement (json_build_object / json_agg over correlated subqueries, as PostGraphile and Hasura do), instead of
 * hydrating entities and batching each nested list through a DataLoader. The result is plain objects that graphql-js
 * completes as it does entities: same field values, same order (test/scale/optimisations.test.ts compares both paths).
 *
 * Only what the fast path can reproduce exactly is compiled: the columns of an entity (timestamps formatted as
 * `Date.toISOString` does) and the nested objects and lists a type declares here. Anything else in the selection — a
 * field computed by a resolver, a field with its own @Authorized or middleware, a @skip/@include — makes the whole
 * request take the plain path. Scoping stays the root's (scopeOf applied to the root's query builder); nested parts
 * belong to the root row, so they inherit it.
 */

/** A nested object or list of a JSON type: where its rows come from (`t` the parent row's alias, `c` the child's). */
export interface JsonRelation {
  type: () => JsonType;
  list: boolean;
  /** `FROM ... WHERE ...` of the child rows, e.g. `improvement_plan_goal ${c} WHERE ${c}.plan_id = ${t}.id`. */
  from: (t: string, c: string) => string;
  /** List order, e.g. `${c}.position, ${c}.id` (the plain path's order). */
  order?: (c: string) => string;
  /**
   * A single object by a unique key of the child table (`from` is then `<table> c WHERE <condition>`): a raw read
   * may join it into the page's row (an index probe or hash join) instead of a subquery per row.
   */
  unique?: boolean;
}

export interface JsonType {
  /** The GraphQL object type. */
  name: string;
  /** The TypeORM entity (and type-graphql object type) whose columns are the leaf fields. */
  entity: Function;
  /**
   * Nested objects and lists. Their field resolvers (loaders) are bypassed when the row already holds the value
   * (`preReadResolvers`); a field resolver with its own @Authorized or middleware never is.
   */
  relations: Record<string, JsonRelation>;
}

const iso = (e: string) => `to_char(${e} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
// Column types whose JSON is what graphql-js makes of the entity's value (date: TypeORM keeps 'YYYY-MM-DD').
const AS_IS = new Set(['uuid', 'varchar', 'character varying', 'char', 'character', 'text', 'int', 'integer', 'smallint', 'boolean', 'double precision', 'date']);
const TIMESTAMPS = new Set(['timestamptz', 'timestamp with time zone']);

/** A value the parsed JSON read leaves to the plain path (see planOf): a JSON string no column of these types holds. */
const UNFIT = `to_json(chr(1) || 'unfit')`;
const UNFIT_TEXT = '"\\u0001unfit"';

interface Leaf {
  sql: (t: string) => string;
  /** The column itself (raw reads format it by its GraphQL type) and its normalized database type. */
  column: (t: string) => string;
  dbType: string;
}

/** Per type: its leaf fields (schema name → SQL) and the fields the fast path must not answer. */
interface Plan {
  leaves: Map<string, Leaf>;
  relations: Map<string, JsonRelation>;
}
const plans = new WeakMap<JsonType, Plan>();

/** True when `target` is `cls` or one of its parent classes (fields declared on an abstract parent). */
const inChain = (cls: Function, target: Function) => cls === target || cls.prototype instanceof target;

type Restrictable = { roles?: unknown[]; middlewares?: unknown[] };
const metadata = () =>
  getMetadataStorage() as unknown as {
    fields: Array<{ target: Function; name: string; schemaName: string } & Restrictable>;
    fieldResolvers: Array<{ schemaName: string; getObjectType?: () => Function } & Restrictable>;
    authorizedFields: Array<{ target: Function; fieldName: string }>;
    middlewares: Array<{ target: Function; fieldName?: string }>;
  };
/** Field-level @Authorized (even without roles: authenticated only) or middlewares (read after the schema is built). */
const restricted = (r: Restrictable) => r.roles !== undefined || !!r.middlewares?.length;

/**
 * The fields of a type the fast path must leave to graphql-js and their resolvers: field-level @Authorized or
 * middlewares on the entity's fields or on a field resolver of the type (today none on these types). Also: the names
 * answered by field resolvers.
 */
function guardsOf(type: JsonType): { guarded: Set<string>; resolved: Set<string> } {
  const storage = metadata();
  const resolvers = storage.fieldResolvers.filter((r) => r.getObjectType?.() === type.entity);
  const guarded = new Set<string>([
    ...storage.authorizedFields.filter((a) => inChain(type.entity, a.target)).map((a) => a.fieldName),
    ...storage.middlewares.filter((m) => m.fieldName && inChain(type.entity, m.target)).map((m) => m.fieldName as string),
    ...resolvers.filter(restricted).map((r) => r.schemaName),
  ]);
  return { guarded, resolved: new Set(resolvers.map((r) => r.schemaName)) };
}

function planOf(ds: DataSource, type: JsonType): Plan {
  let plan = plans.get(type);
  if (plan) return plan;
  const storage = metadata();
  const { guarded, resolved } = guardsOf(type);
  const meta = ds.getMetadata(type.entity);
  const leaves = new Map<string, Leaf>();
  for (const f of storage.fields) {
    if (!inChain(type.entity, f.target) || guarded.has(f.name) || guarded.has(f.schemaName) || resolved.has(f.schemaName)) continue;
    if (restricted(f)) continue;
    const column = meta.findColumnWithPropertyName(f.name);
    if (!column || column.transformer || column.embeddedMetadata || column.isArray) continue;
    const t = ds.driver.normalizeType(column); // e.g. @Column() on a string is 'character varying'
    const name = `"${column.databaseName}"`;
    const col = (a: string) => `${a}.${name}`;
    // Values whose JSON would not give graphql-js what the entity gives it (PostgreSQL writes NaN and ±Infinity as
    // strings; to_char writes a year after 9999 with 5 digits, not toISOString's +012000) are written as UNFIT:
    // the page then takes the plain path.
    if (t === 'double precision') leaves.set(f.schemaName, { sql: (a) => `CASE WHEN ${col(a)} IN ('NaN', 'Infinity', '-Infinity') THEN ${UNFIT} ELSE to_json(${col(a)}) END`, column: col, dbType: t });
    else if (AS_IS.has(t)) leaves.set(f.schemaName, { sql: col, column: col, dbType: t });
    else if (TIMESTAMPS.has(t)) leaves.set(f.schemaName, { sql: (a) => `CASE WHEN ${col(a)} < '0001-01-01T00:00:00Z' OR ${col(a)} >= '10000-01-01T00:00:00Z' THEN ${UNFIT} ELSE to_json(${iso(col(a))}) END`, column: col, dbType: t });
  }
  const relations = new Map(Object.entries(type.relations).filter(([n]) => !guarded.has(n)));
  plan = { leaves, relations };
  plans.set(type, plan);
  return plan;
}

/** The fields of a type a JSON read answers itself (columns, then nested objects and lists), for tests. */
export const jsonFieldsOf = (ds: DataSource, type: JsonType): string[] => {
  const plan = planOf(ds, type);
  return [...plan.leaves.keys(), ...plan.relations.keys()];
};

/**
 * Fields of a selection on `typeName` grouped by `keyOf` (the field name: aliases merge; the response key: as
 * graphql-js answers), through fragments, in graphql-js's order; null on any directive. A named fragment is walked
 * once a call (graphql-js collects it once per selection set, its first spread setting the keys' order).
 */
function collectFields(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], typeName: string, keyOf: (f: FieldNode) => string): Map<string, FieldNode[]> | null {
  const out = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): boolean => {
    for (const s of set.selections) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.FIELD) {
        const key = keyOf(s);
        const list = out.get(key);
        if (list) list.push(s);
        else out.set(key, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (s.typeCondition && s.typeCondition.name.value !== typeName) return false;
        if (!walk(s.selectionSet)) return false;
      } else {
        if (visited.has(s.name.value)) continue;
        visited.add(s.name.value);
        const fragment = info.fragments[s.name.value];
        if (!fragment || fragment.directives?.length || fragment.typeCondition.name.value !== typeName) return false;
        if (!walk(fragment.selectionSet)) return false;
      }
    }
    return true;
  };
  for (const set of sets) if (!walk(set)) return null;
  return out;
}

/** Fields of a selection on `typeName` by field name (aliases merge), through fragments; null on any directive. */
const collect = (info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], typeName: string) => collectFields(info, sets, typeName, (f) => f.name.value);

/** Fields of a selection on `typeName` by response key, in graphql-js's order; null on any directive. */
const collectByKey = (info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], typeName: string) =>
  collectFields(info, sets, typeName, (f) => f.alias?.value ?? f.name.value);

const subSets = (nodes: FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The SQL of a JSON object of `type` for the row aliased `t`, with the selected fields; null when not compilable. */
function objectSql(ds: DataSource, info: GraphQLResolveInfo, type: JsonType, sets: readonly SelectionSetNode[], t: string, depth: number): string | null {
  const fields = collect(info, sets, type.name);
  if (!fields) return null;
  const plan = planOf(ds, type);
  const pairs: string[] = [];
  for (const [name, nodes] of fields) {
    if (name === '__typename') continue; // graphql-js answers it
    if (nodes.some((n) => n.arguments?.length)) return null;
    const leaf = plan.leaves.get(name);
    if (leaf) {
      pairs.push(`${literal(name)}, ${leaf.sql(t)}`);
      continue;
    }
    const rel = plan.relations.get(name);
    if (!rel) return null;
    const c = `j${depth + 1}`;
    const child = objectSql(ds, info, rel.type(), subSets(nodes), c, depth + 1);
    if (!child) return null;
    pairs.push(
      rel.list
        ? `${literal(name)}, (SELECT coalesce(json_agg(${child}${rel.order ? ` ORDER BY ${rel.order(c)}` : ''}), '[]'::json) FROM ${rel.from(t, c)})`
        : `${literal(name)}, (SELECT ${child} FROM ${rel.from(t, c)})`,
    );
  }
  if (pairs.length > 50) return null; // json_build_object takes at most 100 arguments
  return `json_build_object(${pairs.join(', ')})`;
}

/** What a connection's selection needs: the node's JSON (null without edges.node), and whether totalCount is read. */
interface CompiledConnection {
  node: string | null;
  totalCount: boolean;
}

function compileConnection(ds: DataSource, info: GraphQLResolveInfo, nodeType: JsonType, t: string): CompiledConnection | null {
  const connectionType = info.returnType.toString().replace(/!$/, '');
  const top = collect(info, subSets([...info.fieldNodes]), connectionType);
  if (!top) return null;
  let node: string | null = null;
  for (const [name, nodes] of top) {
    if (name === 'edges') {
      const edge = collect(info, subSets(nodes), `${nodeType.name}Edge`);
      if (!edge) return null;
      for (const [e, enodes] of edge) {
        if (e === 'node') {
          node = objectSql(ds, info, nodeType, subSets(enodes), t, 0);
          if (!node) return null;
        } else if (e !== 'cursor' && e !== '__typename') return null;
      }
    } else if (name !== 'pageInfo' && name !== 'totalCount' && name !== '__typename') return null;
  }
  return { node, totalCount: top.has('totalCount') };
}

// ---------------------------------------------------------------- raw reads

/**
 * Raw reads (JSON_READS_RAW, HTTP only): the same selections, but PostgreSQL writes the very JSON text graphql-js
 * would write for each node — keys as the response keys (aliases) in graphql-js's order (first appearance through
 * fragments, same keys merged), `__typename` as a literal, each scalar as graphql-js serializes it — and the page's
 * edges are spliced into the HTTP answer as that text (raw-splice.ts): no JSON.parse in pg, no completion of
 * thousands of values by graphql-js, no JSON.stringify of them. Wherever PostgreSQL's text could differ from
 * graphql-js's output — a null in a non-null field, a value the enum does not know, a float JavaScript prints in
 * another notation (or NaN, ±Infinity), a timestamp outside years 1–9999 — the statement writes MARK (a control
 * character, which PostgreSQL's JSON never holds unescaped) and the page is read again by the parsed path, where
 * graphql-js answers (or raises its error) itself.
 */
const MARK = 'chr(1)';
const MARK_CHAR = '\u0001';
const TEXT_COLUMNS = new Set(['uuid', 'varchar', 'character varying', 'char', 'character', 'text', 'date']);
const ENUM_COLUMNS = new Set(['varchar', 'character varying', 'text']);
const INT_COLUMNS = new Set(['int', 'integer', 'smallint']);

/** SQL text of a leaf's JSON as graphql-js writes it for `type` (the field's GraphQL type); null when not reproducible. */
function rawLeaf(type: GraphQLType, leaf: Leaf, t: string): string | null {
  const named = getNamedType(type);
  const c = leaf.column(t);
  let value: string | null = null;
  if (named === GraphQLString || named === GraphQLID) {
    // to_json escapes as JSON.stringify does (", \, \b \f \n \r \t, other controls as lowercase \u00xx; no
    // lone surrogates in UTF-8): the same text.
    if (TEXT_COLUMNS.has(leaf.dbType)) value = `to_json(${c})::text`;
  } else if (named === GraphQLInt) {
    if (INT_COLUMNS.has(leaf.dbType)) value = `${c}::text`;
  } else if (named === GraphQLFloat) {
    if (INT_COLUMNS.has(leaf.dbType)) value = `${c}::text`;
    // PostgreSQL's shortest round-trip text is JavaScript's for 1e-4 ≤ |x| < 1e15 (both in positional notation);
    // -0 is written 0 by JSON.stringify; NaN compares above every number, so it falls to MARK with ±Infinity.
    else if (leaf.dbType === 'double precision') value = `CASE WHEN ${c} = 0 THEN '0' WHEN abs(${c}) >= 1e-4 AND abs(${c}) < 1e15 THEN ${c}::text ELSE ${MARK} END`;
  } else if (named === GraphQLBoolean) {
    if (leaf.dbType === 'boolean') value = `${c}::text`;
  } else if (isEnumType(named)) {
    // graphql-js writes the name of the enum value whose internal value the column holds, and fails on another one.
    const values = named.getValues().filter((v) => typeof v.value === 'string');
    if (ENUM_COLUMNS.has(leaf.dbType) && values.length) value = `CASE ${c} ${values.map((v) => `WHEN ${literal(v.value as string)} THEN ${literal(JSON.stringify(v.name))}`).join(' ')} ELSE ${MARK} END`;
  } else if (named.name === 'DateTimeISO' && TIMESTAMPS.has(leaf.dbType)) {
    // The scalar writes Date#toISOString, which is the parsed path's to_char text for years 1–9999.
    value = `CASE WHEN ${c} >= '0001-01-01T00:00:00Z' AND ${c} < '10000-01-01T00:00:00Z' THEN '"' || ${iso(c)} || '"' ELSE ${MARK} END`;
  }
  if (value === null) return null;
  return `CASE WHEN ${c} IS NULL THEN ${isNonNullType(type) ? MARK : `'null'`} ELSE ${value} END`;
}

/** SQL text of the JSON graphql-js writes for an object of `type` (row aliased `t`); null when not reproducible. */
/**
 * `joins`: where the page's row is read (the root and the single objects joined to it), the LEFT JOINs of single
 * objects by a unique key (`JsonRelation.unique`) go there: PostgreSQL then probes or hashes them once for the page
 * instead of planning a subquery per row (a page of schools: 0.42–0.49 → 0.22–0.27 ms of execution). A missing row
 * (all its columns null, its primary key too) is null, or MARK where the field is non-null, as the subquery gave.
 */
function rawObjectSql(
  ds: DataSource,
  info: GraphQLResolveInfo,
  object: GraphQLObjectType,
  type: JsonType,
  sets: readonly SelectionSetNode[],
  t: string,
  depth: number,
  joins: string[] | null = null,
): string | null {
  if (object.name !== type.name) return null;
  const fields = collectByKey(info, sets, type.name);
  if (!fields?.size) return null;
  const plan = planOf(ds, type);
  const out: string[] = [];
  let open = '{';
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    const prefix = `${open}${JSON.stringify(key)}:`;
    open = ',';
    if (name === '__typename') {
      out.push(literal(prefix + JSON.stringify(object.name)));
      continue;
    }
    const def = object.getFields()[name];
    if (!def || nodes.some((n) => n.arguments?.length)) return null;
    const leaf = plan.leaves.get(name);
    if (leaf) {
      const value = rawLeaf(def.type, leaf, t);
      if (!value) return null;
      out.push(literal(prefix), value);
      continue;
    }
    const rel = plan.relations.get(name);
    const childObject = getNamedType(def.type);
    if (!rel || !isObjectType(childObject)) return null;
    const listType = isNonNullType(def.type) ? def.type.ofType : def.type;
    if (rel.list !== isListType(listType)) return null;
    if (isListType(listType) && !isNonNullType(listType.ofType)) return null; // items are never null here
    const childMeta = ds.getMetadata(rel.type().entity);
    const joined = joins && !rel.list && rel.unique && childMeta.primaryColumns.length === 1 ? rel.from(t, `jj${joins.length}`).split(' WHERE ') : null;
    if (joins && joined?.length === 2) {
      const a = `jj${joins.length}`;
      joins.push(`LEFT JOIN ${joined[0]} ON ${joined[1]}`);
      const child = rawObjectSql(ds, info, childObject, rel.type(), subSets(nodes), a, depth + 1, joins);
      if (!child) return null;
      const missing = isNonNullType(def.type) ? MARK : `'null'`;
      out.push(literal(prefix), `CASE WHEN ${a}."${childMeta.primaryColumns[0].databaseName}" IS NULL THEN ${missing} ELSE ${child} END`);
      continue;
    }
    const c = `j${depth + 1}`;
    const child = rawObjectSql(ds, info, childObject, rel.type(), subSets(nodes), c, depth + 1);
    if (!child) return null;
    out.push(
      literal(prefix),
      rel.list
        ? `coalesce((SELECT '[' || string_agg(${child}, ','${rel.order ? ` ORDER BY ${rel.order(c)}` : ''}) || ']' FROM ${rel.from(t, c)}), '[]')`
        : `coalesce((SELECT ${child} FROM ${rel.from(t, c)}), ${isNonNullType(def.type) ? MARK : `'null'`})`,
    );
  }
  out.push(`'}'`);
  return out.join(' || ');
}

/** A connection's selection as a raw read: the one `edges` key, what each edge holds, the nodes' SQL. */
interface RawConnection {
  edgesKey: string;
  edgeType: string;
  /** Each edge's keys in order: the cursor, the type name, or a node (its column `n<i>`). */
  edge: Array<{ key: string; kind: 'cursor' | 'typename' } | { key: string; kind: 'node'; column: number }>;
  nodes: string[];
  /** LEFT JOINs of single objects into the page's row (see rawObjectSql). */
  joins: string[];
  totalCount: boolean;
  /** Statement texts of this selection by the shape of the page's query (see statementShape). */
  statements: Map<string, Statement>;
}

function compileRawConnection(ds: DataSource, info: GraphQLResolveInfo, nodeType: JsonType, t: string): RawConnection | null {
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return null;
  const top = collectByKey(info, subSets([...info.fieldNodes]), connection.name);
  if (!top) return null;
  let edges: [string, FieldNode[]] | null = null;
  let totalCount = false;
  for (const [key, nodes] of top) {
    const name = nodes[0].name.value;
    if (name === 'edges') {
      if (edges) return null; // edges under two response keys: the parsed path
      edges = [key, nodes];
    } else if (name === 'totalCount') totalCount = true;
    else if (name !== 'pageInfo' && name !== '__typename') return null;
  }
  const edgesDef = connection.getFields().edges;
  if (!edges || !edgesDef) return null;
  const edgesList = isNonNullType(edgesDef.type) ? edgesDef.type.ofType : edgesDef.type;
  const edgeType = getNamedType(edgesDef.type);
  if (!isListType(edgesList) || !isNonNullType(edgesList.ofType) || !isObjectType(edgeType)) return null;
  const nodeObject = getNamedType(edgeType.getFields().node?.type);
  const fields = collectByKey(info, subSets(edges[1]), edgeType.name);
  if (!fields || !isObjectType(nodeObject)) return null;
  const out: RawConnection = { edgesKey: edges[0], edgeType: edgeType.name, edge: [], nodes: [], joins: [], totalCount, statements: new Map() };
  for (const [key, nodes] of fields) {
    const name = nodes[0].name.value;
    if (name === 'cursor' || name === '__typename') out.edge.push({ key, kind: name === 'cursor' ? 'cursor' : 'typename' });
    else if (name === 'node') {
      const sql = rawObjectSql(ds, info, nodeObject, nodeType, subSets(nodes), t, 0, out.joins);
      if (!sql) return null;
      out.edge.push({ key, kind: 'node', column: out.nodes.length });
      out.nodes.push(sql);
    } else return null;
  }
  return out;
}

/**
 * compileRawConnection, kept per selection: Apollo hands back the same parsed document for the same query text, so
 * the same field nodes (the root field's, merged by graphql-js) give the same compilation (the schema and the
 * entities do not change). Kept on the first node, with every merged node compared; the document's lifetime bounds it.
 */
const rawCompiled = new WeakMap<FieldNode, Array<{ nodes: readonly FieldNode[]; type: JsonType; raw: RawConnection | null }>>();

function rawConnectionOf(ds: DataSource, info: GraphQLResolveInfo, nodeType: JsonType): RawConnection | null {
  const nodes = info.fieldNodes;
  const kept = rawCompiled.get(nodes[0]) ?? [];
  const found = kept.find((k) => k.type === nodeType && k.nodes.length === nodes.length && k.nodes.every((n, i) => n === nodes[i]));
  if (found) return found.raw;
  const raw = compileRawConnection(ds, info, nodeType, 'j0');
  if (kept.length < 8) kept.push({ nodes: [...nodes], type: nodeType, raw });
  rawCompiled.set(nodes[0], kept);
  return raw;
}

/**
 * The statements of JSON reads as named prepared statements (issue 14: PostgreSQL planned each one again, as long as
 * running it for a page of schools): each connection parses a text once, then only binds and executes it. A text is
 * the selection's shape with the caller's scope and filters as parameters (and the page size, which TypeORM writes as
 * a literal), so the dashboard's reads make a handful; past STATEMENT_NAMES texts in a process, the others run
 * unnamed: each name costs every connection that runs it a prepared statement and its plan in PostgreSQL's memory,
 * and clients choose selections.
 * Same rows, same errors as `ds.query` (a failure is TypeORM's QueryFailedError around pg's, counted as a statement).
 */
const STATEMENT_NAMES = 100;
const statementNames = new Map<string, string>();

async function queryPrepared<R>(ds: DataSource, text: string, values: unknown[]): Promise<R[]> {
  let name = statementNames.get(text);
  if (!name && statementNames.size < STATEMENT_NAMES) statementNames.set(text, (name = `pmi_json_read_${statementNames.size}`));
  if (!name) return ds.query(text, values);
  const runner = ds.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    countStatement();
    try {
      return (await client.query({ name, text, values })).rows as R[];
    } catch (err) {
      throw new QueryFailedError(text, values, err as Error);
    }
  } finally {
    await runner.release();
  }
}

/** A statement's text with its parameters' names in the order of its placeholders ($1, $2…). */
interface Statement {
  text: string;
  names: string[];
}
/** Shapes kept per selection (a selection's texts differ by scope, filters present, page size and cursor). */
const STATEMENTS_PER_SELECTION = 64;
/** Raw pages whose statement text was kept (`hits`) or built by TypeORM (`built`), for tests. */
export const statementTexts = { hits: 0, built: 0 };

/**
 * What a page's statement text depends on in the root's query builder, or null when it holds anything this does not
 * describe (joins, grouping, a condition or parameter that is not plain text or a scalar…): then the text is built
 * by TypeORM each time, as before. The text is TypeORM's for the builder's table and alias, its selection, its WHERE
 * conditions (their text: caller's scope and filters, with values as named parameters) and the names of its
 * parameters; values never enter it (no arrays, which TypeORM expands to one placeholder per item, no functions,
 * which it inlines). Issue 14: TypeORM rebuilt the same text on every request of a page of schools.
 */
function statementShape(qb: SelectQueryBuilder<ObjectLiteral>): string | null {
  const m = qb.expressionMap as unknown as Record<string, unknown> & {
    mainAlias?: { name: string; hasMetadata: boolean; metadata: { tablePath: string }; subQuery?: string; tablePath?: string };
    aliases: unknown[];
    selects: Array<{ selection: string; aliasName?: string }>;
    wheres: Array<{ type: string; condition: unknown }>;
    joinAttributes: unknown[];
    relationIdAttributes: unknown[];
    relationCountAttributes?: unknown[];
    groupBys: unknown[];
    havings: unknown[];
    orderBys: Record<string, unknown>;
    selectDistinctOn: unknown[];
    commonTableExpressions?: unknown[];
  };
  const alias = m.mainAlias;
  if (
    m.queryType !== 'select' ||
    !alias?.hasMetadata ||
    alias.subQuery ||
    m.aliases.length !== 1 ||
    m.joinAttributes.length ||
    m.relationIdAttributes.length ||
    m.relationCountAttributes?.length ||
    m.groupBys.length ||
    m.havings.length ||
    Object.keys(m.orderBys).length ||
    m.selectDistinct ||
    m.selectDistinctOn.length ||
    m.commonTableExpressions?.length ||
    m.subQuery ||
    m.lockMode !== undefined ||
    m.limit !== undefined ||
    m.offset !== undefined ||
    m.take !== undefined ||
    m.skip !== undefined ||
    m.comment ||
    m.maxExecutionTime ||
    m.withDeleted ||
    m.extraAppendedAndWhereCondition ||
    m.selects.some((x) => typeof x.selection !== 'string') ||
    m.wheres.some((w) => typeof w.condition !== 'string')
  ) {
    return null;
  }
  const params = qb.getParameters();
  const names = Object.keys(params).sort();
  for (const n of names) {
    const v = params[n];
    if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
  }
  return JSON.stringify([
    alias.name,
    alias.metadata.tablePath,
    m.selects.map((x) => [x.selection, x.aliasName ?? null]),
    m.wheres.map((w) => [w.type, w.condition]),
    names.map((n) => [n, params[n] === undefined]),
  ]);
}

/** One column of the keyset order of a JSON read: its SQL on the root alias and what it holds. */
export interface JsonKeyPart {
  column: string;
  kind: CursorKey;
}

/**
 * A keyset page of `qb` (the root's query builder, already scoped with scopeOf and filtered: the same builder as the
 * plain path's) as a connection of plain objects, in one statement; null when the selection is not compilable (the
 * caller then takes the plain path). `alias` is the root alias of `qb`; the root table needs an `id` primary key.
 * Over HTTP (ctx.splices) a selection a raw read reproduces answers its edges as raw JSON text instead (the
 * connection's `edges` is then empty, the text registered for its path).
 */
export async function jsonKeysetPage<T extends ObjectLiteral>(
  ctx: Context,
  info: GraphQLResolveInfo | undefined,
  qb: SelectQueryBuilder<T>,
  alias: string,
  nodeType: JsonType,
  parts: JsonKeyPart[],
  args: PageArgs,
): Promise<Connection<object> | null> {
  if (!info || !ctx.runtime.config.JSON_READS) return null;
  const ds = ctx.runtime.db;
  const raw = ctx.splices && ctx.runtime.config.JSON_READS_RAW ? rawConnectionOf(ds, info, nodeType) : null;
  const compiled = raw ? null : compileConnection(ds, info, nodeType, 'j0');
  if (!raw && !compiled) return null;
  const after = decodeKeysetCursor(args.after, parts.map((p) => p.kind));
  const afterParams = after ? Object.fromEntries(after.map((v, i) => [`__after${i}`, v])) : {};
  const shape = raw ? statementShape(qb) : null;
  const key = shape && JSON.stringify([shape, alias, parts, args.first, after?.length ?? 0, nodeType.name]);
  const kept = key ? raw!.statements.get(key) : undefined;
  if (kept) {
    statementTexts.hits++;
    const params: Record<string, unknown> = { ...qb.getParameters(), ...afterParams };
    return rawPage(ctx, info!, raw!, kept.text, kept.names.map((n) => params[n]), args, () => jsonKeysetPage({ ...ctx, splices: undefined }, info, qb, alias, nodeType, parts, args));
  }
  // Parenthesised: TypeORM merges plain `alias.column` selections of the same column (the id is also a key part).
  const page = qb.clone().select(`(${alias}.id)`, 'pk');
  parts.forEach((p, i) => page.addSelect(`(${p.column})`, `k${i}`));
  if (after) page.andWhere(`(${parts.map((p) => p.column).join(', ')}) > (${after.map((_v, i) => `:__after${i}`).join(', ')})`, afterParams);
  parts.forEach((p, i) => (i === 0 ? page.orderBy(p.column, 'ASC') : page.addOrderBy(p.column, 'ASC')));
  page.limit(args.first + 1);
  const count = (raw ? raw.totalCount : compiled!.totalCount) ? `(${qb.clone().select('count(*)', 'n').orderBy().getQuery()})::int` : 'NULL::int';
  const keys = parts.map((_p, i) => `page."k${i}"`).join(', ');
  const table = ds.getMetadata(nodeType.entity).tableName;
  const params = { ...qb.getParameters(), ...page.getParameters() };
  if (raw) {
    // One row per item (the extra one included), or one row of NULLs for an empty page; `total` on every row.
    const sql =
      `WITH page AS (${page.getQuery()}) SELECT ${count} AS total, r.* FROM (SELECT 1) one LEFT JOIN LATERAL (` +
      `SELECT json_build_array(${keys})::text AS keys, ${parts.map((_p, i) => `page."k${i}" AS k${i}`).join(', ')}` +
      `${raw.nodes.map((n, i) => `, ${n} AS n${i}`).join('')} FROM page JOIN "${table}" j0 ON j0.id = page."pk"${raw.joins.map((j) => ` ${j}`).join('')}) r ON true ` +
      `ORDER BY ${parts.map((_p, i) => `r.k${i}`).join(', ')}`;
    const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
    statementTexts.built++;
    if (key && raw.statements.size < STATEMENTS_PER_SELECTION) {
      // The parameters' names in placeholder order: TypeORM pushes each scalar value as it meets its name.
      const names = ds.driver.escapeQueryWithParameters(sql, Object.fromEntries(Object.keys(params).map((n) => [n, n])))[1] as string[];
      raw.statements.set(key, { text: query, names });
    }
    return rawPage(ctx, info, raw, query, values, args, () => jsonKeysetPage({ ...ctx, splices: undefined }, info, qb, alias, nodeType, parts, args));
  }
  const sql =
    `WITH page AS (${page.getQuery()}) SELECT ${count} AS total, ` +
    `(SELECT coalesce(json_agg(json_build_array(${keys}, ${compiled!.node ?? 'NULL'}) ORDER BY ${keys}), '[]'::json) ` +
    `FROM page JOIN "${table}" j0 ON j0.id = page."pk")::text AS page`;
  const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
  const [row] = await queryPrepared<{ total: number | null; page: string }>(ds, query, values);
  // A value only the plain path answers as graphql-js expects (see UNFIT): this page takes it. (A text column holding
  // that very string only costs the plain path.)
  if (row.page.includes(UNFIT_TEXT)) {
    countRead(ctx, 'plain');
    return null;
  }
  const n = parts.length;
  const rows = (JSON.parse(row.page) as unknown[][]).map((r) => ({ keys: r.slice(0, n) as string[], node: (r[n] ?? {}) as object }));
  const connection = connectionOf(rows, args.first, row.total ?? 0, (r) => r.keys);
  countRead(ctx, 'parsed');
  return { ...connection, edges: connection.edges.map((e) => ({ node: e.node.node, cursor: e.cursor })) };
}

/**
 * Counts a page in `pmi_hub_json_reads_total`; in the fast lane (src/http/fast-lane.ts) only once its answer is sent:
 * an execution it hands to Apollo (an error) is executed again there and counted there.
 */
function countRead(ctx: Context, path: 'raw' | 'parsed' | 'fallback' | 'plain'): void {
  if (ctx.jsonReadPaths) ctx.jsonReadPaths.push(path);
  else metricsOf(ctx.runtime).jsonReads.inc({ path });
}

/**
 * Runs a raw read's statement and answers the connection: its edges registered as raw JSON text for the response
 * path, or, when a value is marked (see MARK), the page read again by the parsed path (`parsed`).
 */
async function rawPage(
  ctx: Context,
  info: GraphQLResolveInfo,
  raw: RawConnection,
  query: string,
  values: unknown[],
  args: PageArgs,
  parsed: () => Promise<Connection<object> | null>,
): Promise<Connection<object> | null> {
  const rows = await queryPrepared<{ total: number | null; keys: string | null } & Record<string, string>>(ctx.runtime.db, query, values);
  const items = rows.filter((r) => r.keys !== null);
  if (!items.some((r) => raw.nodes.some((_n, i) => r[`n${i}`].includes(MARK_CHAR)))) {
    // connectionOf's page, cursors and page info; an edge's cursor is written only when the edges select it.
    const page = items.slice(0, args.first);
    const cursorOf = (r: (typeof items)[number]) => cursorOfKey(JSON.parse(r.keys!) as string[]);
    const typename = JSON.stringify(raw.edgeType);
    // The edges' text in pieces: PostgreSQL's node texts as they came (flat strings) and the small JSON between
    // them, never joined (a page of plans is ≈250 KB; each whole copy was a large object in V8's heap:
    // src/common/raw-splice.ts).
    const text: string[] = [];
    let between = '[';
    page.forEach((r, i) => {
      between += i ? ',{' : '{';
      raw.edge.forEach((f, j) => {
        between += `${j ? ',' : ''}${JSON.stringify(f.key)}:`;
        if (f.kind === 'cursor') between += JSON.stringify(cursorOf(r));
        else if (f.kind === 'typename') between += typename;
        else {
          text.push(between, r[`n${(f as { column: number }).column}`]);
          between = '';
        }
      });
      between += '}';
    });
    text.push(`${between}]`);
    addSplice(ctx.splices!, [...responsePathAsArray(info.path), raw.edgesKey], text);
    countRead(ctx, 'raw');
    const pageInfo = pageInfoOf(page.length ? cursorOf(page[0]) : null, page.length ? cursorOf(page[page.length - 1]) : null, items.length > args.first);
    return { edges: [], totalCount: rows[0]?.total ?? 0, pageInfo };
  }
  countRead(ctx, 'fallback');
  // A value graphql-js would write otherwise (or refuse): the parsed path answers this page.
  return parsed();
}

/**
 * Lets the nested objects and lists of the JSON types (and of the types they reach) pass through when a JSON read put
 * them on the row: the field resolver (a loader) runs only otherwise, e.g. on entities of the plain path. Without
 * this the answers would be the same, only read again. Plain fields get graphql-js's default resolver. Guarded fields
 * (see guardsOf) keep their resolvers.
 */
export function preReadResolvers(schema: GraphQLSchema, types: JsonType[]): GraphQLSchema {
  const seen = new Set<JsonType>();
  const visit = (type: JsonType) => {
    if (seen.has(type)) return;
    seen.add(type);
    const object = schema.getType(type.name);
    if (!isObjectType(object)) throw new Error(`JSON read of ${type.name}: not an object type of the schema`);
    const { guarded, resolved } = guardsOf(type);
    // Plain fields: type-graphql's resolver of a field without roles or middlewares only reads the property, as
    // graphql-js's default one does, at a cost per field of every row (issue 14: "no per-field wrappers").
    for (const f of metadata().fields) {
      if (!inChain(type.entity, f.target) || f.name !== f.schemaName || guarded.has(f.name) || resolved.has(f.name) || restricted(f)) continue;
      const field = object.getFields()[f.schemaName];
      if (field && field.args.length === 0) field.resolve = undefined;
    }
    for (const [name, rel] of Object.entries(type.relations)) {
      visit(rel.type());
      const field = object.getFields()[name];
      if (!field) throw new Error(`JSON read of ${type.name}.${name}: no such field`);
      if (guarded.has(name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, ctx, info) => (Object.prototype.hasOwnProperty.call(root, name) ? (root as Record<string, unknown>)[name] : resolve(root, args, ctx, info));
    }
  };
  types.forEach(visit);
  return schema;
}
