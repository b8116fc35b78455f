import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import type { TestHub } from './hub';
import { appendEvents, type NewEvent } from '../../src/events/event-log';
import { EventType } from '../../src/events/catalogue';
import { EventsDocument, OnEventsDocument, type OnEventsSubscription, type OnEventsSubscriptionVariables } from '../generated/graphql';

export type StreamedEvent = OnEventsSubscription['events'];

let seq = 0;

/** Event attributes with defaults; `entityId` is unique so tests can find their own events. */
export const newEvent = (attrs: Partial<NewEvent> & { secretariat: string | null }): NewEvent => ({
  type: EventType.SCHOOL_UPDATED,
  entity: 'School',
  entityId: `test-${process.pid}-${++seq}`,
  school: null,
  payload: { n: seq },
  ...attrs,
});

/** Commits events through the real event log (appendEvents in one transaction), as a service would. */
export async function emitEvents(hub: TestHub, events: NewEvent[]): Promise<NewEvent[]> {
  const ctx = hub.system();
  await ctx.runtime.db.transaction((tx) => appendEvents(tx, ctx, events));
  return events;
}

export const emitEvent = async (hub: TestHub, attrs: Partial<NewEvent> & { secretariat: string | null }) =>
  (await emitEvents(hub, [newEvent(attrs)]))[0];

/**
 * A real graphql-ws subscription to `events`, collecting what arrives. `until` waits for a condition with a generous
 * safety timeout so a broken test fails with a message instead of hanging (it asserts delivery, not speed).
 */
export class EventCollector {
  events: StreamedEvent[] = [];
  errors: readonly GraphQLFormattedError[] | null = null;
  completed = false;
  private waiters = new Set<() => void>();
  private readonly stop: () => void;

  /**
   * With `resume`, the collector keeps its `after` variable at the last cursor received, as a consumer should: the
   * graphql-ws client sends an operation's payload as it is at each (re)subscription, so after a retried close the
   * subscription continues from there.
   */
  constructor(client: Client, variables: OnEventsSubscriptionVariables = {}, { resume = false } = {}) {
    const payload = { query: print(OnEventsDocument), variables: { ...variables } as Record<string, unknown> };
    this.stop = client.subscribe<OnEventsSubscription>(
      payload,
      {
        next: (r) => {
          if (r.errors?.length) this.errors = r.errors;
          else if (r.data) {
            this.events.push(r.data.events);
            if (resume) payload.variables.after = r.data.events.cursor;
          }
          this.notify();
        },
        error: (err) => {
          const e = err as { code?: number; reason?: string; message?: string };
          this.errors = Array.isArray(err)
            ? (err as GraphQLFormattedError[])
            : [{ message: e.reason ?? e.message ?? String(err), extensions: { closeCode: e.code } }];
          this.notify();
        },
        complete: () => {
          this.completed = true;
          this.notify();
        },
      },
    );
  }

  get ended() {
    return this.completed || this.errors !== null;
  }

  get errorCode(): string | undefined {
    return this.errors?.[0]?.extensions?.code as string | undefined;
  }

  async until(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}; got ${this.events.length} events, errors ${JSON.stringify(this.errors)}`));
      }, timeoutMs);
      const check = () => {
        if (predicate()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        } else if (this.ended && !predicate()) {
          clearTimeout(timer);
          this.waiters.delete(check);
          reject(new Error(`subscription ended while waiting for ${what}: ${JSON.stringify(this.errors)}; ${this.events.length} events`));
        }
      };
      this.waiters.add(check);
    });
  }

  waitForCount(n: number) {
    return this.until(() => this.events.length >= n, `${n} events`);
  }

  waitForEntity(entityId: string) {
    return this.until(() => this.events.some((e) => e.entityId === entityId), `event ${entityId}`);
  }

  async waitForEnd() {
    if (this.ended) return;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (this.ended) {
          this.waiters.delete(check);
          resolve();
        }
      };
      this.waiters.add(check);
    });
  }

  unsubscribe() {
    this.stop();
  }

  private notify() {
    for (const w of [...this.waiters]) w();
  }
}

/** Every stored event visible to this token, paging with the replay query. */
interface GraphQLPoster {
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token: string): Promise<ExecutionResult<R>>;
}

export async function replayAll(hub: GraphQLPoster, token: string, variables: Record<string, unknown> = {}) {
  const all: { cursor: string; entityId: string; type: string; secretariatCode: string | null; schoolDane: string | null }[] = [];
  let after: string | null = (variables.after as string | undefined) ?? null;
  for (;;) {
    const res = await hub.gql(EventsDocument, { ...variables, after, first: 50 } as never, token);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    const page = res.data!.events;
    all.push(...page.nodes);
    after = page.endCursor;
    if (!page.hasMore) return { events: all, endCursor: after };
  }
}

/**
 * replayAll until at least `count` events show. Right after a commit, the hub's own short transactions (the test's
 * other requests, the webhook worker) may hold new events back for a moment.
 */
export async function replayAtLeast(hub: GraphQLPoster, token: string, count: number, variables: Record<string, unknown> = {}) {
  for (let i = 0; ; i++) {
    const result = await replayAll(hub, token, variables);
    if (result.events.length >= count || i >= 400) return result;
    await new Promise((r) => setTimeout(r, 25));
  }
}
