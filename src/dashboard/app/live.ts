import { createClient, type Client } from 'graphql-ws';
import { ApiError, gql } from './api';
import { DashEventsDocument, DashEventsEndDocument, type DashEventsSubscription } from './generated/graphql';

/** A cursor no log reaches: the hub answers CURSOR_AHEAD with the real end of the log. */
const BEYOND_ANY_LOG = '9223372036854775807:9223372036854775807';

/** The cursor where the event log ends now (null if the hub would not say: then the subscription starts live). */
export async function logEnd(token: string): Promise<string | null> {
  try {
    await gql(DashEventsEndDocument, { after: BEYOND_ANY_LOG }, token);
    return null;
  } catch (err) {
    const end = err instanceof ApiError && err.code === 'CURSOR_AHEAD' ? err.extensions.logEnd : null;
    return typeof end === 'string' ? end : null;
  }
}

export type LiveStatus = 'conectando' | 'en vivo' | 'reconectando' | 'sin conexión';
export type LiveEvent = DashEventsSubscription['events'];

/**
 * The `events` subscription over graphql-ws. The standard client reconnects by itself and re-sends the same
 * subscribe payload; the payload's `after` is kept at the last cursor processed, so a reconnection resumes from it
 * (the hub replays what was missed, then continues live: no gap, no duplicate). Any event, and any reconnection,
 * asks the views to read their numbers again (`onChange`, at most every 150 ms).
 */
export class Live {
  status: LiveStatus = 'conectando';
  cursor: string | null = null;
  recent: LiveEvent[] = [];
  received = 0;
  reconnections = 0;
  problem: string | null = null;
  private client: Client | null = null;
  private socket: WebSocket | null = null;
  private readonly payload = { query: DashEventsDocument.toString(), variables: { after: null as string | null } };
  private listeners = new Set<() => void>();
  private changeTimer: ReturnType<typeof setTimeout> | null = null;
  private hold: Promise<void> | null = null;
  private releaseHold: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly onChange: () => void) {}

  /** Starts after `from` (the log's end when the views first read their figures), so no change falls in between. */
  start(token: string, from: string | null) {
    this.cursor = from;
    this.payload.variables.after = from;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    this.client = createClient({
      url,
      connectionParams: { Authorization: `Bearer ${token}` },
      lazy: true,
      keepAlive: 10_000,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      // A refused token (close 4403) will not get better by retrying.
      shouldRetry: (e) => !(e && typeof e === 'object' && 'code' in e && (e as CloseEvent).code === 4403),
      retryWait: async (retries) => {
        if (this.hold) await this.hold;
        await new Promise((r) => setTimeout(r, Math.min(10_000, 400 * 2 ** retries) + Math.random() * 300));
      },
      on: {
        connecting: (isRetry) => this.set(isRetry ? 'reconectando' : 'conectando'),
        connected: (socket, _payload, wasRetry) => {
          this.socket = socket as WebSocket;
          this.problem = null;
          this.set('en vivo');
          if (wasRetry) {
            this.reconnections++;
            this.changed(); // whatever happened meanwhile is replayed too; read the numbers again anyway
          }
        },
        closed: (event) => {
          this.socket = null;
          const code = (event as CloseEvent | undefined)?.code;
          if (code === 4403) {
            this.problem = 'El hub rechazó el token en la conexión en vivo';
            this.set('sin conexión');
          } else if (this.client) this.set('reconectando');
        },
      },
    });
    this.unsubscribe = this.client.subscribe<DashEventsSubscription>(this.payload, {
      next: (result) => {
        const event = result.data?.events;
        if (result.errors?.length) {
          this.problem = result.errors.map((e) => e.message).join('; ');
          this.emit();
          return;
        }
        if (!event) return;
        this.cursor = event.cursor;
        this.payload.variables.after = event.cursor; // the resume point of the next (re)subscription
        this.received++;
        this.recent = [event, ...this.recent].slice(0, 12);
        this.changed();
      },
      error: (err) => {
        this.problem = Array.isArray(err) ? err.map((e) => (e as Error).message).join('; ') : 'La suscripción terminó con un error';
        this.set('sin conexión');
      },
      complete: () => undefined,
    });
  }

  stop() {
    const client = this.client;
    this.client = null;
    this.unsubscribe?.();
    void client?.dispose();
    this.releaseHold?.();
  }

  /** Cuts the WebSocket, as a network failure would; with `holdMs`, the client waits that long (or until release()) before reconnecting. */
  cut(holdMs = 0) {
    if (holdMs > 0) {
      this.hold = new Promise<void>((resolve) => {
        const done = () => {
          this.hold = null;
          this.releaseHold = null;
          resolve();
        };
        this.releaseHold = done;
        setTimeout(done, holdMs);
      });
    }
    this.socket?.close(4499, 'cut by the dashboard'); // 4499 (terminated): the client retries
  }

  release() {
    this.releaseHold?.();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(status: LiveStatus) {
    this.status = status;
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l();
  }

  private changed() {
    this.emit();
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = null;
      this.onChange();
    }, 150);
  }
}
