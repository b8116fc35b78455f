import type { Context } from '../context';
import { callerOf } from '../context';
import { START, assertNotAhead, compareCursors, formatCursor, maxCursor, parseCursor, type EventCursor } from './cursor';
import { HELD_BACK_CAP, cursorOf, heldBackCount, readSettled, settledHead } from './event-store';
import { EventStream } from './event-stream';
import { eventFilter, project } from './visibility';
import type { EventPage, EventSubscriptionArgs, EventsArgs } from './event.inputs';

/** `query events`: one page of the log for consumers that poll or catch up (same visibility as the subscription). */
export async function replayEvents(ctx: Context, args: EventsArgs): Promise<EventPage> {
  const filter = eventFilter(callerOf(ctx), args);
  const after = args.after ? await checkedCursor(ctx, args.after) : START;
  // Everything up to the bus position was final before the read below, so the read saw all of it.
  const settledBefore = ctx.runtime.events.cursor;
  const nodes = await readSettled(ctx.runtime.db, after, args.first, filter);
  const hasMore = nodes.length === args.first;
  const last = nodes.length ? cursorOf(nodes[nodes.length - 1]) : after;
  const end = hasMore ? last : maxCursor(last, settledBefore);
  // An empty page is not an empty log: say how many committed events wait behind a transaction still running.
  const heldBack = hasMore ? 0 : await heldBackCount(ctx.runtime.db, end, filter, HELD_BACK_CAP);
  return { nodes: nodes.map((e) => project(filter, e)), hasMore, heldBack, endCursor: formatCursor(end) };
}

/**
 * `subscription events`: checks the caller, the selection and the cursor now (before anything is streamed); the
 * stream re-checks the caller per event.
 */
export async function subscribeEvents(ctx: Context, args: EventSubscriptionArgs): Promise<AsyncIterable<unknown>> {
  const caller = callerOf(ctx);
  const filter = eventFilter(caller, args);
  // An empty string is a cursor too (refused as malformed, as the query does), never "no cursor".
  const after = args.after !== undefined && args.after !== null ? await checkedCursor(ctx, args.after) : null;
  return new EventStream(ctx, caller, filter, after, ctx.runtime.config.SUBSCRIPTION_BUFFER_SIZE);
}

/** A well-formed cursor no further than the end of the log (BAD_USER_INPUT, CURSOR_AHEAD). */
async function checkedCursor(ctx: Context, raw: string): Promise<EventCursor> {
  const cursor = parseCursor(raw);
  // Every cursor the hub hands out is at or before the last settled event, and settled events stay settled.
  if (compareToBus(ctx, cursor) > 0) assertNotAhead(cursor, await settledHead(ctx.runtime.db));
  return cursor;
}

/** Cheap first test: a cursor at or before what this instance has read needs no query. */
const compareToBus = (ctx: Context, c: EventCursor) => compareCursors(c, ctx.runtime.events.cursor);
