import type { Context } from '../context';
import type { Caller } from '../common/auth/caller';
import { DomainError, ErrorCode, isDatabaseUnavailable, unavailable } from '../common/errors';
import type { HubEvent } from './event.entity';
import type { BusSubscriber, EventBus } from './event-bus';
import { compareCursors, formatCursor, type EventCursor } from './cursor';
import { cursorOf, readSettled, settledHead } from './event-store';
import { assertStillAuthorized, matches, project, type EventFilter } from './visibility';

const REPLAY_PAGE = 200;
/**
 * WebSocket close code for a connection cut off because a subscriber fell behind: 1013 "Try Again Later" (RFC 6455
 * registry). The standard graphql-ws client retries it (with `retryAttempts`) and resubscribes every operation;
 * 4429 would not do: graphql-ws reserves it for "too many initialisation requests" and its client never retries it.
 */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
/** setTimeout's limit; longer expiries are re-checked per event anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One `events` subscription: replays stored events after `after` (if given), then continues with live ones.
 *
 * Seam without gap or duplicate: while replaying, the stream pages through the table up to the bus's current
 * position; once it has reached that position it registers with the bus in the same synchronous step in which it
 * read it, and from then on receives exactly the batches the bus reads after that position. `served` only moves
 * forwards, so nothing at or before it is delivered twice.
 *
 * Back-pressure: replay pages are read only when the client has taken the previous page (graphql-ws awaits each
 * send, so a stalled socket stops pulling). Live events wait in a queue of at most SUBSCRIPTION_BUFFER_SIZE; when a
 * batch would overflow it the queue is dropped and the subscription ends with SLOW_CONSUMER, naming the cursor to
 * resume after. Memory per subscription is therefore bounded by the buffer size (plus one replay page).
 *
 * Written as a plain iterator rather than an async generator so that `return()` (client unsubscribes or
 * disconnects) takes effect immediately even while the stream is waiting for events.
 */
export class EventStream implements AsyncIterableIterator<HubEvent>, BusSubscriber {
  private mode: 'replay' | 'live' | 'done';
  /** Every event up to here has been delivered or filtered out. */
  private served: EventCursor;
  /** Cursor a client should resume after: the last event handed out (or where the stream started). */
  private resumeAfter: string;
  private page: HubEvent[] = [];
  private queue: HubEvent[] = [];
  private failure: Error | null = null;
  /**
   * Without `after`, the stream starts at the newest settled event in the table when the client's first read comes:
   * the bus may not have read the events committed just before subscribing yet, and they are not "after subscribing".
   * It registers with the bus only once that position is known (through the usual replay-to-live seam).
   */
  private startAtHead: boolean;
  private wakeUp: (() => void) | null = null;
  private detach: (() => void) | null = null;
  private expiryTimer: NodeJS.Timeout | null = null;
  private readonly bus: EventBus;
  private writer: ((event: HubEvent) => Promise<boolean>) | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly caller: Caller,
    private readonly filter: EventFilter,
    after: EventCursor | null,
    private readonly bufferSize: number,
  ) {
    this.bus = ctx.runtime.events;
    this.served = after ?? this.bus.cursor;
    this.mode = 'replay';
    this.startAtHead = !after;
    this.resumeAfter = formatCursor(this.served);
    this.armExpiry();
  }

  /**
   * An idle subscription ends when its token does, not at the next event. A timer can fire a little before the wall
   * clock reaches the expiry (timers run on a monotonic clock): while the token is still valid, the timer is armed
   * again for what remains, so the end is never missed.
   */
  private armExpiry(): void {
    const expiresAt = this.caller.expiresAt?.getTime();
    if (expiresAt === undefined || this.mode === 'done') return;
    this.expiryTimer = setTimeout(() => {
      if (this.checkAuthorization()) this.armExpiry();
    }, Math.min(Math.max(1, expiresAt - Date.now() + 1), MAX_TIMER_MS));
    this.expiryTimer.unref();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /**
   * The database unreachable while replaying (or finding the head) ends the subscription with UNAVAILABLE, never the
   * driver's text; the client resubscribes with `after` = the last cursor it received once the hub is ready again.
   * A stream already live needs no database: it keeps waiting, and the bus delivers what is committed once it is back.
   */
  async next(): Promise<IteratorResult<HubEvent>> {
    try {
      return await this.step();
    } catch (err) {
      if (isDatabaseUnavailable(err)) {
        this.finish();
        throw unavailable();
      }
      throw err;
    }
  }

  private async step(): Promise<IteratorResult<HubEvent>> {
    if (this.startAtHead) {
      this.startAtHead = false;
      const head = await settledHead(this.ctx.runtime.db);
      if (compareCursors(head, this.served) > 0) this.served = head;
      this.resumeAfter = formatCursor(this.served);
    }
    for (;;) {
      if (this.mode === 'done') return DONE;
      if (this.failure) {
        const failure = this.failure;
        this.finish();
        throw failure;
      }
      const event = this.page.shift() ?? this.queue.shift();
      if (event) {
        if (this.queue.length * 2 <= this.bufferSize) this.bus.roomAvailable();
        // Authorization again for every event delivered (the token may have expired since subscribing).
        if (!this.checkAuthorization()) continue;
        this.resumeAfter = event.cursor;
        const value = project(this.filter, event);
        // The same object as every other stream got: its message may be written from the shared JSON (see writer).
        if (this.writer && value === event) {
          if (await this.writer(event)) continue;
          if (this.ended()) return DONE;
        }
        return { done: false, value };
      }
      if (this.mode === 'replay') {
        await this.replayStep();
        continue;
      }
      await new Promise<void>((resolve) => (this.wakeUp = resolve));
    }
  }

  /**
   * Lets `writer` send events to the client itself, in this stream's order and at its pace: each event the stream
   * would yield unchanged (not cut to the caller's parts) is offered to it after the same checks (authorization, the
   * resume cursor); when it resolves true the event was written (the stream takes the next one only then, so
   * back-pressure and SLOW_CONSUMER work as when graphql-ws awaits its send), when false the event is yielded to the
   * consumer of this iterator as usual. Used by src/events/shared-execution.ts to skip graphql-ws's per-subscriber
   * envelope for results shared by every subscriber.
   */
  writeWith(writer: (event: HubEvent) => Promise<boolean>): void {
    this.writer = writer;
  }

  async return(): Promise<IteratorResult<HubEvent>> {
    this.finish();
    return DONE;
  }

  async throw(err?: unknown): Promise<IteratorResult<HubEvent>> {
    this.finish();
    throw err;
  }

  /** From the bus, synchronously, for every batch it reads after this stream registered. */
  deliver(events: readonly HubEvent[]): void {
    if (this.mode !== 'live' || this.failure) return;
    for (const e of events) {
      const c = cursorOf(e);
      if (compareCursors(c, this.served) <= 0) continue;
      this.served = c;
      if (!matches(this.filter, e)) continue;
      if (this.queue.length >= this.bufferSize) {
        // A consumer this far behind is not reading its socket. Close the connection first, with a code clients
        // retry and the cursor to resume after in the reason; nothing more is sent on it, in particular no error
        // or completion for this operation, which would tell a standard client the subscription is over for good
        // (graphql-ws resubscribes open operations after a retried close, with their payload as it is then).
        const reason = `Slow consumer: resubscribe with after "${this.resumeAfter}"`;
        this.ctx.connection?.close(SLOW_CONSUMER_CLOSE_CODE, reason);
        this.fail(
          new DomainError(
            ErrorCode.SLOW_CONSUMER,
            `Subscription closed: the client fell more than ${this.bufferSize} events behind. Resubscribe with after: "${this.resumeAfter}" to continue without loss.`,
            { resumeAfter: this.resumeAfter, bufferSize: this.bufferSize },
          ),
        );
        return;
      }
      this.queue.push(e);
    }
    this.signal();
  }

  backlog(): number {
    return this.queue.length;
  }

  end(): void {
    this.finish();
  }

  private async replayStep(): Promise<void> {
    const target = this.bus.cursor;
    if (compareCursors(this.served, target) >= 0) {
      // Caught up: register in the same synchronous step as reading the bus position.
      this.mode = 'live';
      this.detach = this.bus.subscribe(this);
      return;
    }
    const rows = await readSettled(this.ctx.runtime.db, this.served, REPLAY_PAGE, this.filter, target);
    if (this.mode !== 'replay') return;
    this.page = rows;
    this.served = rows.length === REPLAY_PAGE ? cursorOf(rows[rows.length - 1]) : target;
  }

  /** The stream ended (a check after an await: return() may have run meanwhile). */
  private ended(): boolean {
    return this.mode === 'done';
  }

  private checkAuthorization(): boolean {
    try {
      assertStillAuthorized(this.caller);
      return true;
    } catch (err) {
      this.fail(err as Error);
      return false;
    }
  }

  private fail(err: Error) {
    if (this.mode === 'done' || this.failure) return;
    this.failure = err;
    this.queue = [];
    this.page = [];
    this.detach?.();
    this.detach = null;
    this.signal();
  }

  private finish() {
    this.mode = 'done';
    this.queue = [];
    this.page = [];
    this.detach?.();
    this.detach = null;
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    this.signal();
  }

  private signal() {
    const wake = this.wakeUp;
    this.wakeUp = null;
    wake?.();
  }
}
