import type { Context } from '../context';
import { callerOf } from '../context';
import { START, formatCursor, maxCursor, parseCursor } from './cursor';
import { cursorOf, readSettled } from './event-store';
import { EventStream } from './event-stream';
import { eventFilter } from './visibility';
import type { EventPage, EventSubscriptionArgs, EventsArgs } from './event.inputs';

/** `query events`: one page of the log for consumers that poll or catch up (same visibility as the subscription). */
export async function replayEvents(ctx: Context, args: EventsArgs): Promise<EventPage> {
  const filter = eventFilter(callerOf(ctx), args);
  const after = args.after ? parseCursor(args.after) : START;
  // Everything up to the bus position was final before the read below, so the read saw all of it.
  const settledBefore = ctx.runtime.events.cursor;
  const nodes = await readSettled(ctx.runtime.db, after, args.first, filter);
  const hasMore = nodes.length === args.first;
  const last = nodes.length ? cursorOf(nodes[nodes.length - 1]) : after;
  return { nodes, hasMore, endCursor: formatCursor(hasMore ? last : maxCursor(last, settledBefore)) };
}

/** `subscription events`: checks the caller and the selection now; the stream re-checks per event. */
export function subscribeEvents(ctx: Context, args: EventSubscriptionArgs): AsyncIterable<unknown> {
  const caller = callerOf(ctx);
  const filter = eventFilter(caller, args);
  const after = args.after ? parseCursor(args.after) : null;
  return new EventStream(ctx, caller, filter, after, ctx.runtime.config.SUBSCRIPTION_BUFFER_SIZE);
}
