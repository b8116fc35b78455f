import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { Config } from '../config';
import type { HubEvent } from './event.entity';
import { EVENT_CHANNEL } from './event-log';
import { START, type EventCursor } from './cursor';
import { HELD_BACK_CAP, cursorOf, heldBackNow, raiseFloor, readSettled, settledHead } from './event-store';

/** One subscriber of this instance (an open `events` subscription); see event-stream.ts. */
export interface BusSubscriber {
  /** Called synchronously with each batch the bus reads, in cursor order. Must not block. */
  deliver(events: readonly HubEvent[]): void;
  /** Events waiting in this subscriber's buffer. */
  backlog(): number;
  /** The bus is stopping. */
  end(): void;
}

/** Upper bound of rows per read; smaller when SUBSCRIPTION_BUFFER_SIZE is small (half a buffer per batch). */
const MAX_BATCH = 500;
/** How long the bus waits for subscribers to make room before reading more (a stalled one then overflows). */
const ROOM_GRACE_MS = 1_000;
/** Subscribers handed a batch before the bus yields to the event loop (see fanOut). */
const FANOUT_CHUNK = 500;
/** Re-read delay while committed events wait behind an older transaction that sends no NOTIFY when it ends. */
const HELD_BACK_RETRY_MS = 25;
/** While events are held back, the re-reads count them (/metrics) at most this often; in between, yes or no. */
const HELD_BACK_COUNT_MS = 1_000;

/**
 * Fan-out of committed events to this instance's subscribers.
 *
 * The event table is the truth; PostgreSQL NOTIFY on EVENT_CHANNEL (sent by appendEvents, delivered only on commit)
 * is only a wake-up signal, heard on one dedicated connection per instance. A timer polls as well, so a dropped
 * notification or a LISTEN connection being re-established is picked up within EVENT_POLL_INTERVAL_MS. Committed
 * events held back behind an older running transaction (see cursor.ts) are re-read every HELD_BACK_RETRY_MS until
 * they settle. Each instance reads every new row once, in cursor order,
 * and hands each batch to its subscribers, which filter and buffer (event-stream.ts). Several hub processes on one
 * database each do the same, so an event committed through any instance reaches subscribers on all of them.
 */
export class EventBus {
  private position: EventCursor = START;
  private readonly subscribers = new Set<BusSubscriber>();
  private listener: Client | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private reconnectDelay = 100;
  private running = false;
  private reading: Promise<void> | null = null;
  private again = false;
  private roomWaiter: (() => void) | null = null;
  private readonly batchSize: number;
  private readonly halfBuffer: number;
  /** Counters for tests and diagnostics. */
  readonly stats = { reads: 0, notifications: 0, listenerConnects: 0 };
  /** Committed events held back at the last check, the horizon holding them, and since when (ms) it has. */
  private held = { events: 0, horizon: null as string | null, since: 0, countedAt: 0 };

  constructor(
    private readonly db: DataSource,
    private readonly logger: Logger,
    private readonly config: Config,
  ) {
    this.halfBuffer = Math.max(1, Math.floor(config.SUBSCRIPTION_BUFFER_SIZE / 2));
    this.batchSize = Math.min(MAX_BATCH, this.halfBuffer);
  }

  /** Everything up to this cursor has been read and handed to subscribers. */
  get cursor(): EventCursor {
    return this.position;
  }

  /**
   * What this instance's last read found held back (/metrics): committed events (up to HELD_BACK_CAP) behind an older
   * transaction of this database still running, and for how long the horizon has stayed at that transaction, as seen
   * by this instance. The seconds restart when the horizon moves, so steady traffic of short transactions stays near
   * 0 while one transaction left open keeps growing: the figure to alert on.
   */
  get heldBack(): { events: number; seconds: number } {
    const h = this.held;
    return h.events > 0 ? { events: h.events, seconds: Math.max(0, Date.now() - h.since) / 1000 } : { events: 0, seconds: 0 };
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Process id of the LISTEN connection's backend (tests use it to cut the connection). */
  listenerPid(): number | null {
    return (this.listener as unknown as { processID?: number } | null)?.processID ?? null;
  }

  async start(): Promise<void> {
    this.running = true;
    this.position = await settledHead(this.db);
    raiseFloor(this.db, this.position);
    await this.connectListener();
    this.pollTimer = setInterval(() => this.wake(), this.config.EVENT_POLL_INTERVAL_MS);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.pollTimer = this.reconnectTimer = this.retryTimer = null;
    this.roomAvailable();
    await this.reading?.catch(() => undefined);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    for (const s of [...this.subscribers]) s.end();
    this.subscribers.clear();
  }

  /** Registers synchronously: the subscriber gets every batch read after `cursor` as it stands now. */
  subscribe(s: BusSubscriber): () => void {
    this.subscribers.add(s);
    return () => {
      this.subscribers.delete(s);
    };
  }

  /** Reads new events soon; concurrent wake-ups collapse into one more read. */
  wake(): void {
    if (!this.running) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain().finally(() => {
      this.reading = null;
      // A wake-up that came after drain() last looked at `again` (but before this ran) must not be lost.
      if (this.again) this.wake();
    });
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        for (;;) {
          const batch = await readSettled(this.db, this.position, this.batchSize);
          this.stats.reads++;
          if (batch.length === 0 || !this.running) break;
          // The position advances before the batch is handed out, to the subscribers registered at that moment: a
          // stream that registers afterwards (event-stream.ts) has replayed up to the new position, so it neither
          // misses nor repeats an event.
          this.position = cursorOf(batch[batch.length - 1]);
          // Every later read of this process sees at least up to here (replays up to the position rely on it).
          raiseFloor(this.db, this.position);
          await this.fanOut(batch, [...this.subscribers]);
          if (batch.length < this.batchSize) break;
          await this.waitForRoom();
        }
        // The transaction holding them back may not write events, so no NOTIFY would announce its end.
        if (!this.again && !this.retryTimer) {
          // Counting up to 1000 costs ≈0.5 ms more than a yes/no: not at every 25 ms re-read.
          const now = Date.now();
          const count = now - this.held.countedAt >= HELD_BACK_COUNT_MS;
          const held = await heldBackNow(this.db, count ? HELD_BACK_CAP : 1);
          this.held = {
            events: count || held.events === 0 ? held.events : Math.max(1, this.held.events),
            horizon: held.horizon,
            since: held.horizon !== null && held.horizon === this.held.horizon ? this.held.since : now,
            countedAt: count ? now : this.held.countedAt,
          };
          if (held.events > 0) {
            this.retryTimer = setTimeout(() => {
              this.retryTimer = null;
              this.wake();
            }, HELD_BACK_RETRY_MS);
            this.retryTimer.unref();
          }
        }
      } catch (err) {
        // The next notification or poll retries from the same position.
        if (this.running) this.logger.warn({ err }, 'reading events failed');
        return;
      }
    } while (this.again && this.running);
  }

  /**
   * Hands a batch to the subscribers registered when it was read, FANOUT_CHUNK at a time. Each `deliver` wakes a
   * stream, which writes to its socket in the microtasks that follow; yielding to the event loop between chunks lets
   * other I/O (requests, commits, the next notification) run in between instead of waiting for the last of thousands of
   * sockets. Safe for the seam: the position already includes the batch, so a stream registering meanwhile replays up
   * to it and is not in the snapshot; streams also skip what they have already served.
   */
  private async fanOut(batch: readonly HubEvent[], subscribers: BusSubscriber[]): Promise<void> {
    for (let i = 0; i < subscribers.length; i++) {
      if (i > 0 && i % FANOUT_CHUNK === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        subscribers[i].deliver(batch);
      } catch (err) {
        this.logger.error({ err }, 'event subscriber failed');
      }
    }
  }

  /** A subscriber's backlog fell to half its buffer or less (called by event streams). */
  roomAvailable(): void {
    const waiter = this.roomWaiter;
    this.roomWaiter = null;
    waiter?.();
  }

  /**
   * Pacing for bursts: before reading the next batch, give subscribers up to ROOM_GRACE_MS to bring their backlog
   * down to half a buffer. Healthy subscribers drain in milliseconds, so a large burst (an inbound batch of thousands
   * of events) does not cut them off; one that is stalled overflows at the next batch and ends with SLOW_CONSUMER.
   */
  private async waitForRoom(): Promise<void> {
    const deadline = Date.now() + ROOM_GRACE_MS;
    const full = () => [...this.subscribers].some((s) => s.backlog() > this.halfBuffer);
    while (this.running && full()) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.roomWaiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  private async connectListener(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'pmi-hub-events' });
    client.on('notification', () => {
      this.stats.notifications++;
      this.wake();
    });
    client.on('error', (err: Error & { code?: string }) => {
      // Ctrl-C in a terminal signals the embedded PostgreSQL too: its "terminating connection due to administrator
      // command" (57P01) is then part of an orderly stop, not a fault worth a stack trace.
      if (!this.running) this.logger.info({ code: err.code }, 'event LISTEN connection closed while stopping');
      else if (err.code === '57P01') this.logger.warn({ code: err.code, message: err.message }, 'event LISTEN connection terminated by the database; reconnecting (polling meanwhile)');
      else this.logger.warn({ err }, 'event LISTEN connection failed');
      this.dropListener(client);
    });
    client.on('end', () => this.dropListener(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (err) {
      this.logger.warn({ err }, 'could not LISTEN for events; retrying (polling meanwhile)');
      client.end().catch(() => undefined);
      this.scheduleReconnect();
      return;
    }
    if (!this.running) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    this.stats.listenerConnects++;
    this.reconnectDelay = 100;
    // Notifications sent while we were not listening are lost: read whatever committed meanwhile.
    this.wake();
  }

  private dropListener(client: Client) {
    if (this.listener !== client) return;
    this.listener = null;
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (!this.running || this.reconnectTimer) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, 5_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connectListener();
    }, delay);
    this.reconnectTimer.unref();
  }
}
