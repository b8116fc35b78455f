import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { scopeOf } from '../common/scope';
import { keysetPage, keysetPageBy } from '../common/pagination';
import type { InboundArgs } from './common-inputs';

/**
 * Lists what arrived from a source, scoped to what the caller may read: its secretariat, only its own school for a
 * SCHOOL user, any for the Ministry and administrators. Order: by school (DANE code), then id; records of no school
 * (the PAM) by id. Stable keyset pages.
 */
export async function listInbound<T extends ObjectLiteral & { id: string }>(
  ctx: Context,
  qb: SelectQueryBuilder<T>,
  alias: string,
  args: InboundArgs,
  schoolColumn: string | null = 'school_dane',
) {
  const scope = scopeOf(ctx, args.secretariat);
  scope.apply(qb, `${alias}.secretariat_code`, schoolColumn ? `${alias}.${schoolColumn}` : null);
  if (args.daneCode && schoolColumn) qb.andWhere(`${alias}.${schoolColumn} = :__dane`, { __dane: args.daneCode });
  if (args.receivedSince) qb.andWhere(`${alias}.received_at >= :__since`, { __since: args.receivedSince });
  if (!schoolColumn) return keysetPage(qb, `${alias}.id`, (r) => r.id, args);
  const schoolOf = (r: T) => String((r as Record<string, unknown>)[schoolColumn.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())]);
  return keysetPageBy(qb, [{ column: `${alias}.${schoolColumn}`, of: schoolOf, kind: 'text' }, { column: `${alias}.id`, of: (r) => r.id, kind: 'uuid' }], args);
}
