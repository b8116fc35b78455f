import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

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
export function decodeCursor(cursor: string, field = 'after'): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c:')) throw badInput(field, 'Malformed cursor');
  return raw.slice(2);
}

/**
 * Keyset pagination over one unique, sortable column: constant cost per page whatever the offset.
 * `keyColumn` is the SQL expression (e.g. `s.dane_code`), `keyOf` reads the same key from an entity.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keyColumn: string,
  keyOf: (row: T) => string | number,
  args: PageArgs,
  numericKey = false,
): Promise<Connection<T>> {
  const totalCount = await qb.clone().getCount();
  if (args.after) {
    const key = decodeCursor(args.after);
    if (numericKey && !/^\d+$/.test(key)) throw badInput('after', 'Malformed cursor');
    qb.andWhere(`${keyColumn} > :__after`, { __after: key });
  }
  const rows = await qb
    .orderBy(keyColumn, 'ASC')
    .limit(args.first + 1)
    .getMany();
  const hasNextPage = rows.length > args.first;
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
