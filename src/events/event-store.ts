import type { DataSource } from 'typeorm';
import { HubEvent } from './event.entity';
import { START, type EventCursor } from './cursor';
import { INPUT_EVENT_TYPES, type EventFilter } from './visibility';

/*
 * The horizon: rows with tx_id below it are final (see cursor.ts). Transaction ids and snapshots are cluster-wide, but
 * only a transaction connected to this database can write its event table; a horizon taken from
 * pg_snapshot_xmin(pg_current_snapshot()) would wait for every transaction of every database on a shared server. So:
 *
 *   horizon = min({ x ∈ xip(snapshot) : x not known to belong to another database } ∪ { xmax(snapshot) })
 *
 * over the statement's own snapshot (the one the rows are read with). A transaction id is left out only on positive
 * proof that it belongs to another database: a backend of another database shows it as backend_xid in
 * pg_stat_get_activity (the function behind pg_stat_activity; datid and backend_xid are shown to every role), or a
 * transaction prepared in another database has it (pg_prepared_xact()). A database is fixed for a transaction's whole
 * life, so the proof never goes stale; anything not proven (ended between the snapshot and the look-up, a backend of
 * no database) keeps holding back, as before. xip lists top-level ids only, which is what tx_id holds (a
 * subtransaction's row carries its top-level id: pg_current_xact_id()). A transaction with no id yet gets one ≥ xmax
 * when it first writes, so it cannot land below the horizon. backend_xid is 32-bit: running ids are within 2^31 of
 * each other, so the low 32 bits identify one. On a standby the snapshot lists no xip (all are subxip) and
 * pg_stat_activity knows no primary session: there the horizon stays the snapshot's xmin. When nothing runs
 * (xmin = xmax) pg_stat_activity is not read at all.
 *
 * The look-up runs after the snapshot was taken, so a foreign transaction ending in between is not proven foreign by
 * this read while an earlier read proved it: horizons of two reads need not grow monotonically. Each reader's cursor
 * stays correct (anything that becomes visible later has tx_id ≥ the horizon of every earlier read), but code that
 * mixes the bus position with a later read (replay up to the bus position, endCursor) needs the later read to see at
 * least as far: hence the floor, the bus position's transaction + 1 (every id up to it was final when the bus read it).
 */
const FOREIGN_XIDS = `SELECT a.backend_xid::text::bigint FROM pg_stat_get_activity(NULL) a
     WHERE a.backend_xid IS NOT NULL AND a.datid <> (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
    UNION ALL SELECT p.transaction::text::bigint FROM pg_prepared_xact() p
     WHERE p.dbid <> (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())`;

/**
 * The horizon as a scalar subquery (evaluated once per statement): SQL function event_horizon(floor, known), migration
 * EventHorizon1764853000000 (PL/pgSQL, so its look-ups are planned once per session). `known`: ids already proven
 * foreign.
 */
const horizon = (floor: string, known?: string) =>
  `(SELECT event_horizon(CAST(${floor} AS bigint)${known ? `, CAST(${known} AS bigint[])` : ''}))`;

/** The snapshot's xmin: every transaction below it has ended, so the horizon is never below it. */
const XMIN = 'pg_snapshot_xmin(pg_current_snapshot())::text::bigint';
/** What the horizon is at least, without a look-up: the snapshot's xmin, or the floor when higher. */
const lowerBound = (floor: string) => `GREATEST(${XMIN}, CAST(${floor} AS bigint))`;

/*
 * One rule for every reader of a log by transaction id (the event table, the inbound change feeds): the look-up of
 * other databases' transactions (≈0.1–0.4 ms) runs only when it can change the answer. The horizon is never below
 * lowerBound, so a row below lowerBound is final whatever the look-up says; only when a row of the read is at or above
 * it is the horizon computed. How "a row at or above it" is tested depends on the table's indexes:
 *
 * - probedHorizon: the table has an index leading with the column (the event table): one index probe decides for the
 *   whole statement, and the horizon stays a bound the index scan can use (settledHead reads backwards from it);
 * - rowBelowHorizon: it has none (the inbound tables' (secretariat_code, change_tx, id)); a probe there would scan the
 *   table, so each row of the read is its own test: below lowerBound it is taken at once, and the horizon, an InitPlan,
 *   is evaluated at the first row that is not, if any. CASE, not OR: an OR may be planned as a bitmap OR of two index
 *   scans, whose conditions (the horizon too) are evaluated up front.
 */

/** The horizon for a statement reading `table` by `column`: one index probe, then the look-up only when needed. */
const probedHorizon = (table: string, column: string, floor: string, known?: string) =>
  `(SELECT CASE WHEN EXISTS (SELECT 1 FROM ${table} h WHERE h.${column} >= ${lowerBound(floor)})
     THEN ${horizon(floor, known)} ELSE ${lowerBound(floor)} END)`;

/** `column < horizon`, tested row by row: the look-up runs only if a row of the read is at or above lowerBound. */
const rowBelowHorizon = (column: string, floor: string) =>
  `CASE WHEN ${column} < (SELECT ${lowerBound(floor)}) THEN true ELSE ${column} < ${horizon(floor)} END`;

/** The horizon for reads of the event table (index on tx_id). */
const eventHorizon = (floor: string, known?: string) => probedHorizon('event', 'tx_id', floor, known);

/** Per database connection: every transaction id below this was final when this process last read (see above). */
const floors = new WeakMap<DataSource, bigint>();
const floorOf = (db: DataSource) => (floors.get(db) ?? 0n).toString();

/** The bus read up to `position`: every transaction up to its tx_id was final then, and later reads see as far. */
export function raiseFloor(db: DataSource, position: EventCursor): void {
  const floor = position.tx + 1n;
  if (floor > (floors.get(db) ?? 0n)) floors.set(db, floor);
}

/**
 * `column < horizon` for other change feeds keyed by a transaction id (inbound records' change_tx), with the same
 * pre-check as the event reads (rowBelowHorizon: their indexes lead with the secretariat). No floor: such a feed's
 * page ends at its own last row, so its reader never mixes positions of two reads.
 */
export const settledBelowHorizon = (column: string) => rowBelowHorizon(column, '0');

/** SQL of the horizon for the query builder (parameter `:floor`). */
const SETTLED = `e.tx_id < ${eventHorizon(':floor')}`;
const HELD_BACK = `e.tx_id >= ${eventHorizon(':floor')}`;

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

/**
 * Committed events after `after` that the filter lets through but that are not settled yet: held back behind an older
 * transaction of this database still running (they will come after `after`, in cursor order, once it ends). Counted
 * up to `cap`.
 */
export async function heldBackCount(db: DataSource, after: EventCursor, filter: EventFilter | null | undefined, cap: number): Promise<number> {
  const qb = settledQuery(db, after, filter, null, true);
  if (!qb) return 0;
  const [sql, params] = qb.select('1').limit(cap).getQueryAndParameters();
  const rows: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM (${sql}) held`, params);
  return rows[0]?.n ?? 0;
}

/**
 * Settled (or, with `held`, held-back) events after `after` (and at most `upTo`) that the filter lets through; null
 * when it lets nothing through.
 */
function settledQuery(db: DataSource, after: EventCursor, filter?: EventFilter | null, upTo?: EventCursor | null, held = false) {
  const qb = db
    .getRepository(HubEvent)
    .createQueryBuilder('e')
    .where(held ? HELD_BACK : SETTLED, { floor: floorOf(db) })
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

/**
 * The last settled event (every event up to it is final), or the start of the log. Used to refuse cursors ahead of
 * the log (CURSOR_AHEAD) and to start at the head, so it must never come out lower than the horizon of a read that
 * completed earlier, on any instance (a cursor handed out there would be refused here): the transactions of other
 * databases are looked up first, in their own statement, and then the head is read with a snapshot taken after that
 * look-up. A foreign transaction an earlier read proved foreign and still running at this snapshot was running at the
 * look-up, so it is proven foreign here too (pg_stat_activity is read before pg_prepared_xact(), so a transaction
 * being prepared meanwhile is seen in one or the other).
 */
export async function settledHead(db: DataSource): Promise<EventCursor> {
  const known: { xids: string[] }[] = await db.query(`SELECT array(${FOREIGN_XIDS})::text[] AS xids`);
  const rows: { tx_id: string; id: string }[] = await db.query(
    `SELECT e.tx_id::text AS tx_id, e.id::text AS id FROM event e WHERE e.tx_id < ${eventHorizon('$1', '$2')}
      ORDER BY e.tx_id DESC, e.id DESC LIMIT 1`,
    [floorOf(db), known[0]?.xids ?? []],
  );
  return rows[0] ? { tx: BigInt(rows[0].tx_id), id: BigInt(rows[0].id) } : START;
}

/** Held-back events are counted up to this (advice to wait and ask again, not a size): `heldBack`, /metrics. */
export const HELD_BACK_CAP = 1000;

/**
 * Committed events that are not settled yet (held back behind an older running transaction of this database), counted
 * up to `cap`, and the horizon holding them (null when none is): the event bus's check after each read, which /metrics
 * reports. Nothing is held back in the common case, and then this costs what a yes/no check would (the pre-check and
 * one index probe); the horizon is computed once (a materialised CTE), so the count and the value agree. ORDER BY:
 * the horizon is a parameter the planner cannot estimate, and without it a LIMIT is planned as a sequential scan of
 * the whole log (the former yes/no check took 17–42 ms with 100,000 events; this, 0.4 ms).
 */
export async function heldBackNow(db: DataSource, cap: number): Promise<{ events: number; horizon: string | null }> {
  const rows: { horizon: string; n: number }[] = await db.query(
    `WITH h AS MATERIALIZED (SELECT ${eventHorizon('$1')} AS horizon)
     SELECT h.horizon::text AS horizon, (SELECT count(*)::int FROM (SELECT 1 FROM event e WHERE e.tx_id >= h.horizon ORDER BY e.tx_id LIMIT $2) held) AS n
       FROM h`,
    [floorOf(db), cap],
  );
  const events = rows[0]?.n ?? 0;
  return { events, horizon: events > 0 ? rows[0].horizon : null };
}
