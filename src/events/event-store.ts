import type { DataSource } from 'typeorm';
import { HubEvent } from './event.entity';
import { START, type EventCursor } from './cursor';
import { INPUT_EVENT_TYPES, type EventFilter } from './visibility';

/** Rows of finished transactions only: see cursor.ts. Evaluated once per statement (stable functions). */
const SETTLED = 'e.tx_id < (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint';

/**
 * The cursor of an event. Memoised per event object: the bus hands one object per event to every stream, and each
 * stream compares its cursor (5,000 subscribers would otherwise parse the same two bigints 5,000 times).
 */
export function cursorOf(e: HubEvent): EventCursor {
  let c = cursors.get(e);
  if (!c) cursors.set(e, (c = { tx: BigInt(e.txId), id: BigInt(e.id) }));
  return c;
}
const cursors = new WeakMap<HubEvent, EventCursor>();

/**
 * Settled events after `after` (and at most `upTo`), in cursor order. With a filter, the tenancy and type conditions
 * run in SQL so a sparse consumer does not drag every row of the log through Node.
 */
export async function readSettled(
  db: DataSource,
  after: EventCursor,
  limit: number,
  filter?: EventFilter | null,
  upTo?: EventCursor | null,
): Promise<HubEvent[]> {
  const qb = settledQuery(db, after, filter, upTo);
  if (!qb) return [];
  return qb.orderBy('e.txId', 'ASC').addOrderBy('e.id', 'ASC').limit(limit).getMany();
}

/**
 * How many settled events after `after` a filter lets through, and when the oldest of them happened (a consumer's
 * lag behind the log, in events and in time: outbound webhooks, /metrics).
 */
export async function settledBacklog(db: DataSource, after: EventCursor, filter?: EventFilter | null): Promise<{ count: number; oldest: Date | null }> {
  const qb = settledQuery(db, after, filter);
  if (!qb) return { count: 0, oldest: null };
  const row = await qb.select('count(*)::int', 'count').addSelect('min(e.occurred_at)', 'oldest').getRawOne<{ count: number; oldest: Date | null }>();
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Settled events after `after` (and at most `upTo`) that the filter lets through; null when it lets nothing through. */
function settledQuery(db: DataSource, after: EventCursor, filter?: EventFilter | null, upTo?: EventCursor | null) {
  const qb = db
    .getRepository(HubEvent)
    .createQueryBuilder('e')
    .where(SETTLED)
    .andWhere('(e.tx_id, e.id) > (:afterTx, :afterId)', { afterTx: after.tx.toString(), afterId: after.id.toString() });
  if (upTo) {
    qb.andWhere('(e.tx_id, e.id) <= (:upToTx, :upToId)', { upToTx: upTo.tx.toString(), upToId: upTo.id.toString() });
  }
  if (filter?.secretariat) qb.andWhere('e.secretariat_code = :se', { se: filter.secretariat });
  if (filter?.school) qb.andWhere('e.school_dane = :school', { school: filter.school });
  if (filter?.types) {
    if (filter.types.size === 0) return null;
    qb.andWhere('e.type IN (:...types)', { types: [...filter.types] });
  }
  if (filter?.inputSources) {
    qb.andWhere(`(e.type NOT IN (:...inputTypes) OR e.payload->>'source' = ANY(:inputSources))`, {
      inputTypes: [...INPUT_EVENT_TYPES],
      inputSources: [...filter.inputSources],
    });
  }
  return qb;
}

/** The last settled event (every event up to it is final), or the start of the log. */
export async function settledHead(db: DataSource): Promise<EventCursor> {
  const rows: { tx_id: string; id: string }[] = await db.query(
    `SELECT e.tx_id::text AS tx_id, e.id::text AS id FROM event e WHERE ${SETTLED} ORDER BY e.tx_id DESC, e.id DESC LIMIT 1`,
  );
  return rows[0] ? { tx: BigInt(rows[0].tx_id), id: BigInt(rows[0].id) } : START;
}

/** True when committed events exist that are not settled yet (held back behind an older running transaction). */
export async function hasHeldBack(db: DataSource): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM event e WHERE e.tx_id >= (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint LIMIT 1`,
  );
  return rows.length > 0;
}
