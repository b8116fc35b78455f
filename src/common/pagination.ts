import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DANE_CODE_PATTERN } from './dane';
import { badInput } from './errors';
import { PERIOD_PATTERN } from './period';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Always false: pages are read forwards from a cursor.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–200).' })
  @Min(1)
  @Max(200)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: items after this one.' })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Generic Relay connection; concrete types are declared as `class SchoolConnection extends ConnectionType(School) {}`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `An edge of a ${name} connection.` })
  class EdgeType {
    @Field(() => nodeType, { description: 'The item.' })
    node: T;

    @Field({ description: 'Opaque cursor of this item.' })
    cursor: string;
  }

  @ObjectType()
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'Items of this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filters, over all pages.' })
    totalCount: number;
  }
  return ConnectionClass;
}

export const encodeCursor = (key: string | number) => Buffer.from(`c:${key}`, 'utf8').toString('base64url');

function rawCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,2000}={0,2}$/.test(cursor)) return null;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  // A cursor the hub issued decodes to "c:<key>", the key being a code, a DANE code, a UUID or a number.
  if (!raw.startsWith('c:') || raw.length < 3 || /[\u0000-\u001f\ufffd]/.test(raw)) return null;
  return raw.slice(2);
}

/** True when the cursor has the shape of one the hub issues (checked at the boundary, src/common/input-guard.ts). */
export const isWellFormedCursor = (cursor: string) => rawCursor(cursor) !== null;

export function decodeCursor(cursor: string, field = 'after'): string {
  const key = rawCursor(cursor);
  if (key === null) throw badInput(field, 'Malformed cursor: pass a cursor this list returned (edges.cursor or pageInfo.endCursor)');
  return key;
}

/** What a list's keyset column holds: a cursor whose key is not of that kind is refused before it reaches SQL. */
export type CursorKey = 'uuid' | 'integer' | 'date' | 'dane' | 'period' | 'code' | 'text';
const KEY_PATTERNS: Record<CursorKey, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  integer: /^\d{1,18}$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  dane: DANE_CODE_PATTERN,
  period: PERIOD_PATTERN,
  code: /^[A-Z0-9-]{2,16}$/, // a secretariat's code, src/modules/secretariats/secretariat.inputs.ts
  text: /^[^\u0000]{1,200}$/,
};

/** One column of a keyset order: its SQL expression, how to read it from a row, and what it holds. */
export interface KeyPart<T> {
  column: string;
  of: (row: T) => string | number;
  kind: CursorKey;
}

/**
 * Keyset pagination over one unique, sortable column: constant cost per page whatever the offset. Items come in
 * ascending order of that column (the list's documented order). `keyColumn` is the SQL expression (e.g.
 * `s.dane_code`), `keyOf` reads the same key from an entity, `keyKind` what the column holds (default: `uuid` for a
 * column named `id`, else `text`); a cursor whose key is not of that kind is BAD_USER_INPUT on `after`.
 */
export function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keyColumn: string,
  keyOf: (row: T) => string | number,
  args: PageArgs,
  keyKind: CursorKey = /(^|\.)id$/.test(keyColumn) ? 'uuid' : 'text',
): Promise<Connection<T>> {
  return keysetPageBy(qb, [{ column: keyColumn, of: keyOf, kind: keyKind }], args);
}

/**
 * Keyset pagination in ascending order of several NOT NULL columns whose last part is unique (e.g. school, then id):
 * a meaningful order that stays stable between pages. The cursor holds every part.
 */
export async function keysetPageBy<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, parts: KeyPart<T>[], args: PageArgs): Promise<Connection<T>> {
  const after = decodeKeysetCursor(args.after, parts.map((p) => p.kind));
  const totalCount = await qb.clone().getCount();
  if (after) {
    const params = Object.fromEntries(after.map((v, i) => [`__after${i}`, v]));
    qb.andWhere(`(${parts.map((p) => p.column).join(', ')}) > (${after.map((_v, i) => `:__after${i}`).join(', ')})`, params);
  }
  parts.forEach((p, i) => (i === 0 ? qb.orderBy(p.column, 'ASC') : qb.addOrderBy(p.column, 'ASC')));
  const rows = await qb.limit(args.first + 1).getMany();
  return connectionOf(rows, args.first, totalCount, (row) => parts.map((p) => p.of(row)));
}

/**
 * The key parts of an `after` cursor for a keyset order of the given kinds, or null without one. A cursor that is
 * not of this list's shape is BAD_USER_INPUT on `after`. For lists read with plain SQL; `keysetPageBy` uses it too.
 */
export function decodeKeysetCursor(cursor: string | null | undefined, kinds: CursorKey[]): string[] | null {
  if (!cursor) return null;
  const raw = decodeCursor(cursor);
  let values: unknown = [raw];
  if (kinds.length > 1) {
    try {
      values = JSON.parse(raw);
    } catch {
      values = null;
    }
  }
  const ok = Array.isArray(values) && values.length === kinds.length && values.every((v, i) => typeof v === 'string' && KEY_PATTERNS[kinds[i]].test(v));
  if (!ok) throw badInput('after', 'Malformed cursor: not a cursor of this list');
  return values as string[];
}

/**
 * A page from up to `first + 1` rows read in keyset order (the extra row only says there is a next page); `keyOf`
 * gives a row's key parts, encoded as its cursor.
 */
export function connectionOf<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => Array<string | number>): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: cursorOfKey(keyOf(node)) }));
  return { edges, totalCount, pageInfo: pageInfoOf(edges[0]?.cursor ?? null, edges.at(-1)?.cursor ?? null, rows.length > first) };
}

/** The cursor of an item by its key parts (one part: the part itself; several: their JSON). */
export const cursorOfKey = (key: Array<string | number>) => (key.length === 1 ? encodeCursor(key[0]) : encodeCursor(JSON.stringify(key.map(String))));

export const pageInfoOf = (startCursor: string | null, endCursor: string | null, hasNextPage: boolean): PageInfo => ({
  hasNextPage,
  hasPreviousPage: false,
  startCursor,
  endCursor,
});
