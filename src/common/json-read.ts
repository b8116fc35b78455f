import { Kind, defaultFieldResolver, isObjectType, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { connectionOf, decodeKeysetCursor, type Connection, type CursorKey, type PageArgs } from './pagination';

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

interface Leaf {
  sql: (t: string) => string;
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
    if (AS_IS.has(t)) leaves.set(f.schemaName, { sql: (a) => `${a}.${name}` });
    else if (TIMESTAMPS.has(t)) leaves.set(f.schemaName, { sql: (a) => iso(`${a}.${name}`) });
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

/** Fields of a selection on `typeName` by field name (aliases merge), through fragments; null on any directive. */
function collect(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], typeName: string): Map<string, FieldNode[]> | null {
  const out = new Map<string, FieldNode[]>();
  const walk = (set: SelectionSetNode): boolean => {
    for (const s of set.selections) {
      if (s.directives?.length) return false;
      if (s.kind === Kind.FIELD) {
        const list = out.get(s.name.value);
        if (list) list.push(s);
        else out.set(s.name.value, [s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (s.typeCondition && s.typeCondition.name.value !== typeName) return false;
        if (!walk(s.selectionSet)) return false;
      } else {
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

/** One column of the keyset order of a JSON read: its SQL on the root alias and what it holds. */
export interface JsonKeyPart {
  column: string;
  kind: CursorKey;
}

/**
 * A keyset page of `qb` (the root's query builder, already scoped with scopeOf and filtered: the same builder as the
 * plain path's) as a connection of plain objects, in one statement; null when the selection is not compilable (the
 * caller then takes the plain path). `alias` is the root alias of `qb`; the root table needs an `id` primary key.
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
  const compiled = compileConnection(ds, info, nodeType, 'j0');
  if (!compiled) return null;
  const after = decodeKeysetCursor(args.after, parts.map((p) => p.kind));
  // Parenthesised: TypeORM merges plain `alias.column` selections of the same column (the id is also a key part).
  const page = qb.clone().select(`(${alias}.id)`, 'pk');
  parts.forEach((p, i) => page.addSelect(`(${p.column})`, `k${i}`));
  if (after) {
    page.andWhere(`(${parts.map((p) => p.column).join(', ')}) > (${after.map((_v, i) => `:__after${i}`).join(', ')})`, Object.fromEntries(after.map((v, i) => [`__after${i}`, v])));
  }
  parts.forEach((p, i) => (i === 0 ? page.orderBy(p.column, 'ASC') : page.addOrderBy(p.column, 'ASC')));
  page.limit(args.first + 1);
  const count = compiled.totalCount ? `(${qb.clone().select('count(*)', 'n').orderBy().getQuery()})::int` : 'NULL::int';
  const keys = parts.map((_p, i) => `page."k${i}"`).join(', ');
  const table = ds.getMetadata(nodeType.entity).tableName;
  const sql =
    `WITH page AS (${page.getQuery()}) SELECT ${count} AS total, ` +
    `(SELECT coalesce(json_agg(json_build_array(${keys}, ${compiled.node ?? 'NULL'}) ORDER BY ${keys}), '[]'::json) ` +
    `FROM page JOIN "${table}" j0 ON j0.id = page."pk") AS page`;
  const [query, params] = ds.driver.escapeQueryWithParameters(sql, { ...qb.getParameters(), ...page.getParameters() });
  const [row] = (await ds.query(query, params)) as Array<{ total: number | null; page: unknown[][] }>;
  const n = parts.length;
  const rows = row.page.map((r) => ({ keys: r.slice(0, n) as string[], node: (r[n] ?? {}) as object }));
  const connection = connectionOf(rows, args.first, row.total ?? 0, (r) => r.keys);
  return { ...connection, edges: connection.edges.map((e) => ({ node: e.node.node, cursor: e.cursor })) };
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
