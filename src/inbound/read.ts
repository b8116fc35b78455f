import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { scopeOf } from '../common/scope';
import { keysetPage } from '../common/pagination';
import type { InboundArgs } from './common-inputs';

/**
 * Lists what arrived from a source, scoped to what the caller may read: its secretariat, only its own school for a
 * SCHOOL user, any for the Ministry and administrators. Paged by id (stable keyset).
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
  return keysetPage(qb, `${alias}.id`, (r) => r.id, args);
}
