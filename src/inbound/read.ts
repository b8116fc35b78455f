import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { scopeOf } from '../common/scope';
import { badInput } from '../common/errors';
import { keysetPage, keysetPageBy } from '../common/pagination';
import type { InboundArgs } from './common-inputs';
import { settledBelowHorizon } from '../events/event-store';

const POSITION = /^(\d{1,18}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A change-feed position, `<transaction>:<record id>` as `changeCursor` gives it, or "0" for the beginning. */
export function parseChangePosition(raw: string): { tx: string; id: string } {
  if (raw.trim() === '0') return { tx: '0', id: '00000000-0000-0000-0000-000000000000' };
  const m = POSITION.exec(raw.trim().toLowerCase());
  if (!m) throw badInput('changedSince', 'Malformed change position: pass "0" or the changeCursor of a record, e.g. "7812:0b7c…"');
  return { tx: m[1], id: m[2] };
}

/**
 * Lists what arrived from a source, scoped to what the caller may read: its secretariat, only its own school for a
 * SCHOOL user, any for the Ministry and administrators. Order: by school (DANE code), then id; records of no school
 * (the PAM) by id. Stable keyset pages. Retracted records (tombstones) only with `includeRetracted`.
 *
 * With `changedSince` it is the change feed: records written or retracted after that position, tombstones included,
 * in change order (transaction that last wrote the row, then id), and only rows of transactions older than the
 * oldest one of this database still running (the event log's horizon, src/events/event-store.ts), so a row committed
 * late by an older transaction is never skipped: see src/events/cursor.ts, which the event log uses for the same reason.
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
  if (args.changedSince != null) {
    const from = parseChangePosition(args.changedSince);
    qb.andWhere(settledBelowHorizon(`${alias}.change_tx`));
    qb.andWhere(`(${alias}.change_tx, ${alias}.id) > (CAST(:__ctx AS bigint), CAST(:__cid AS uuid))`, { __ctx: from.tx, __cid: from.id });
    return keysetPageBy(
      qb,
      [
        { column: `${alias}.change_tx`, of: (r) => String((r as Record<string, unknown>).changeTx), kind: 'integer' },
        { column: `${alias}.id`, of: (r) => r.id, kind: 'uuid' },
      ],
      args,
    );
  }
  if (!args.includeRetracted) qb.andWhere(`${alias}.retracted_at IS NULL`);
  if (!schoolColumn) return keysetPage(qb, `${alias}.id`, (r) => r.id, args);
  const schoolOf = (r: T) => String((r as Record<string, unknown>)[schoolColumn.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())]);
  return keysetPageBy(qb, [{ column: `${alias}.${schoolColumn}`, of: schoolOf, kind: 'dane' }, { column: `${alias}.id`, of: (r) => r.id, kind: 'uuid' }], args);
}
