import { DomainError, ErrorCode } from '../common/errors';
import { ValidateBy } from 'class-validator';
import { violationsError } from '../common/violations';

/**
 * Position in the event log: (transaction id, event id).
 *
 * Why not the bigserial id alone: ids are taken at INSERT but transactions commit in any order, so a reader that has
 * delivered id 6 can later see id 5 commit and would skip it with `id > 6`. Ordering by the id of the inserting
 * transaction (`tx_id`, xid8 from pg_current_xact_id()) and only reading rows whose transaction is older than
 * the horizon (the oldest transaction still running that could write this database's event table: event-store.ts) fixes it:
 * every row read is final (committed and visible, or rolled back and never visible), and any row that becomes
 * visible later belongs to a transaction that was still running, so its tx_id is ≥ that xmin, which is greater than
 * the tx_id of everything already delivered. Hence a reader that remembers the last (tx_id, id) it delivered never
 * skips and never repeats a row. The price: an event waits until every older writing transaction of this database has ended
 * (normally milliseconds; a long-running writing transaction delays delivery, never loses it).
 *
 * The cursor string is `<tx_id>:<id>`, e.g. `7812:431`; clients treat it as opaque. `0:0` is the start of the log.
 */
export interface EventCursor {
  tx: bigint;
  id: bigint;
}

export const START: EventCursor = { tx: 0n, id: 0n };

// Strict: no surrounding space or newline, ASCII digits only. The one check of a cursor's form, shared by the event
// query (class-validator, IsEventCursor), the event subscription and webhooks, so all refuse and accept alike.
const CURSOR = /^(\d{1,19}):(\d{1,19})$/;
/** Both parts are PostgreSQL bigints. */
const MAX_PART = 2n ** 63n - 1n;

/** The cursor a string denotes, or null when it is not one this hub could have handed out. */
export function cursorOf(raw: unknown): EventCursor | null {
  const m = typeof raw === 'string' ? CURSOR.exec(raw) : null;
  const cursor = m ? { tx: BigInt(m[1]), id: BigInt(m[2]) } : null;
  return cursor && cursor.tx <= MAX_PART && cursor.id <= MAX_PART ? cursor : null;
}

/** The message of a malformed cursor, the same everywhere; `field` is the argument's path. */
export const cursorMessage = (field = 'after') => `${field.split('.').pop()} must be the cursor of an event, e.g. "7812:431"`;

/** class-validator's form of {@link cursorOf} for an argument or input field (its violations join the others'). */
export const IsEventCursor = () =>
  ValidateBy({ name: 'isEventCursor', validator: { validate: (v) => cursorOf(v) !== null, defaultMessage: (a) => cursorMessage(a?.property) } });

/** A well-formed cursor, or BAD_USER_INPUT on `field` with `violations` (as class-validator's refusal). */
export function parseCursor(raw: string, field = 'after'): EventCursor {
  const cursor = cursorOf(raw);
  if (!cursor) throw violationsError([{ field, message: cursorMessage(field) }]);
  return cursor;
}

/**
 * Refuses a cursor beyond `end` (the last settled event of the log): such a cursor was never handed out by this log
 * (a typo, or one kept from another database, e.g. before a restore), and a stream started there would silently skip
 * every event up to it. The error names where the log ends, so the consumer can decide where to restart.
 */
export function assertNotAhead(cursor: EventCursor, end: EventCursor, field = 'after'): void {
  if (compareCursors(cursor, end) <= 0) return;
  throw new DomainError(
    ErrorCode.CURSOR_AHEAD,
    `Event cursor "${formatCursor(cursor)}" is beyond the end of the event log ("${formatCursor(end)}"): it does not come from this log. Resume from a cursor this hub gave you, or from "${formatCursor(end)}" to receive only new events.`,
    { field, logEnd: formatCursor(end) },
  );
}

export const formatCursor = (c: EventCursor) => `${c.tx}:${c.id}`;

export function compareCursors(a: EventCursor, b: EventCursor): number {
  if (a.tx !== b.tx) return a.tx < b.tx ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export const maxCursor = (a: EventCursor, b: EventCursor) => (compareCursors(a, b) >= 0 ? a : b);
