import { parse } from 'graphql';
import type { Client } from 'graphql-ws';
import { startTestHub, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { emitEvents, newEvent } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { selectionKey, sharedExecutionStats } from '../../src/events/shared-execution';
import { DocumentCache, type CheckedDocument } from '../../src/http/document-cache';
import { GraphQLError, buildSchema, validate, type GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { formatCursor } from '../../src/events/cursor';

jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The shared subscription execution (src/events/shared-execution.ts, issue 14) delivers exactly what graphql-js's
 * per-subscriber execution delivers: two hubs on one database, one with SHARED_SUBSCRIPTION_EXECUTION (the default)
 * and one without, the same consumers (roles, tenants, parts, selections, variables) subscribed to both, the same
 * events committed once; every consumer receives the same messages from both, and several subscribers with one
 * selection on the shared hub receive the same as each other.
 */
interface Received {
  data: unknown[];
  errors: unknown[];
}

function collect(client: Client, query: string, variables: Record<string, unknown>): Received {
  const out: Received = { data: [], errors: [] };
  client.subscribe(
    { query, variables },
    {
      next: (r) => (r.errors ? out.errors.push(r.errors) : out.data.push(r.data)),
      error: (e) => out.errors.push(e),
      complete: () => undefined,
    },
  );
  return out;
}

const FULL = `subscription S($types: [EventType!], $consumer: EventConsumer) {
  events(types: $types, consumer: $consumer) { id cursor type secretariatCode entity entityId schoolDane occurredAt actor payload }
}`;
const ALIASED = `subscription { e: events { kind: type payload ...F } }
fragment F on HubEvent { entityId cursor }`;
const WITH_VARIABLE = `subscription V($withPayload: Boolean!) { events { cursor payload @include(if: $withPayload) } }`;

/**
 * The hooks of a describe block that compares the two executions: before all, a hub with the shared execution (the
 * default) and one without (SHARED_SUBSCRIPTION_EXECUTION=false) on the same database, handed to `set`; after all,
 * both stopped.
 */
function useHubPair(set: (shared: TestHub, plain: TestHub) => void) {
  let shared: TestHub | undefined;
  let plain: TestHub | undefined;
  beforeAll(async () => {
    shared = await startTestHub({ MAX_SUBSCRIPTIONS_PER_CONNECTION: '20' });
    plain = await startTestHub({ SHARED_SUBSCRIPTION_EXECUTION: 'false' }, shared.database);
    set(shared, plain);
  });
  afterAll(async () => {
    await plain?.stop();
    await shared?.stop();
  });
}

describe('shared subscription execution', () => {
  let shared: TestHub;
  let plain: TestHub;
  useHubPair((s, p) => ([shared, plain] = [s, p]));

  it('is on by default and off with SHARED_SUBSCRIPTION_EXECUTION=false', () => {
    expect(shared.runtime.config.SHARED_SUBSCRIPTION_EXECUTION).toBe(true);
    expect(plain.runtime.config.SHARED_SUBSCRIPTION_EXECUTION).toBe(false);
  });

  it('keys a selection without the root field arguments, with the variables only when the selection uses them', () => {
    const a = selectionKey(parse('subscription A { events(types: [SCHOOL_UPDATED]) { cursor } }'));
    const b = selectionKey(parse('subscription B($t: [EventType!]) { events(types: $t) { cursor } }'), 'B', { t: ['X'] });
    expect(a).toBe(b);
    expect(selectionKey(parse('subscription { events { cursor payload } }'))).not.toBe(a);
    expect(selectionKey(parse('subscription { x: events { cursor } }'))).not.toBe(a);
    const v = (w: boolean) => selectionKey(parse(WITH_VARIABLE), undefined, { withPayload: w });
    expect(v(true)).not.toBe(v(false));
    expect(selectionKey(parse('subscription A { events { cursor } } subscription B { events { id } }'))).toBeNull();
  });

  it('every consumer receives the same messages from the shared and the plain execution', async () => {
    const { code: s1 } = await createSecretariat(shared);
    const { code: s2 } = await createSecretariat(shared);
    const consumers: { name: string; token: string; query: string; variables: Record<string, unknown> }[] = [];
    const add = async (name: string, claims: Parameters<TestHub['token']>[0], query: string, variables: Record<string, unknown> = {}) =>
      consumers.push({ name, token: await shared.token(claims), query, variables });
    await add('ministry, full', { role: Role.MINISTRY }, FULL);
    await add('ministry, one type', { role: Role.MINISTRY }, FULL, { types: ['CONSOLIDATED_REPORT_PUBLISHED'] });
    await add('ministry, aliased with fragment', { role: Role.MINISTRY }, ALIASED);
    await add('ministry, payload included', { role: Role.MINISTRY }, WITH_VARIABLE, { withPayload: true });
    await add('ministry, payload left out', { role: Role.MINISTRY }, WITH_VARIABLE, { withPayload: false });
    await add('leader of s1', { role: Role.QUALITY_LEADER, secretariat: s1 }, FULL);
    await add('leader of s2, aliased', { role: Role.QUALITY_LEADER, secretariat: s2 }, ALIASED);
    await add('inspection of s1 (its part only)', { role: Role.INSPECTION, secretariat: s1 }, FULL);
    await add('sibling system D02.01 (its part only)', { role: Role.SUBPROCESS, secretariat: s1, scopes: ['read:D02.01'] } as never, FULL, { consumer: 'D02_01' });

    // Three subscribers per consumer on the shared hub (so results are reused), one on the plain hub.
    const onShared = consumers.map((c) => [0, 1, 2].map(() => collect(shared.ws(c.token), c.query, c.variables)));
    const onPlain = consumers.map((c) => collect(plain.ws(c.token), c.query, c.variables));
    // (The bus may hold subscribers of its own besides these, e.g. the webhook worker's.)
    const live = () => shared.runtime.events.subscriberCount >= 3 * consumers.length && plain.runtime.events.subscriberCount >= consumers.length;
    for (let i = 0; i < 200 && !live(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(live()).toBe(true);

    const before = { ...sharedExecutionStats };
    const parts = { 'F01.03': { findings: 2 }, 'D02.01': { actions: 5 }, MEN: { national: true } };
    const events = await emitEvents(shared, [
      newEvent({ secretariat: s1, type: EventType.SCHOOL_UPDATED, payload: { n: 1, name: 'Institución Educativa Ñandú' } }),
      newEvent({ secretariat: s2, type: EventType.SCHOOL_UPDATED, payload: { n: 2 } }),
      newEvent({ secretariat: s1, type: EventType.CONSOLIDATED_REPORT_PUBLISHED, payload: { period: '2026', parts } }),
      newEvent({ secretariat: s2, type: EventType.CONSOLIDATED_REPORT_PUBLISHED, payload: { period: '2026', parts } }),
      newEvent({ secretariat: s1, type: EventType.IMPROVEMENT_PLAN_REVIEWED, payload: { nested: { list: [1, 'dos', null] } } }),
      newEvent({ secretariat: null, type: EventType.SCHOOL_UPDATED, payload: {} }),
    ]);
    await emitEvents(shared, events.slice(0, 3).map((e) => newEvent({ secretariat: e.secretariat, type: e.type, payload: e.payload })));

    // Settle: the Ministry's full subscribers (which see all 9) have everything, then nothing more arrives for a while.
    const all = [onPlain[0], ...onShared[0]];
    for (let i = 0; i < 400 && all.some((r) => r.data.length < 9); i++) await new Promise((r) => setTimeout(r, 50));
    let last = -1;
    for (let i = 0, stable = 0; i < 100 && stable < 3; i++) {
      await new Promise((r) => setTimeout(r, 200));
      const total = onPlain.reduce((n, r) => n + r.data.length, 0) + onShared.flat().reduce((n, r) => n + r.data.length, 0);
      stable = total === last ? stable + 1 : 0;
      last = total;
    }
    let delivered = 0;
    consumers.forEach((c, i) => {
      const expected = onPlain[i];
      expect({ consumer: c.name, errors: expected.errors }).toEqual({ consumer: c.name, errors: [] });
      for (const copy of onShared[i]) {
        expect({ consumer: c.name, data: copy.data, errors: copy.errors }).toEqual({ consumer: c.name, data: expected.data, errors: [] });
      }
      delivered += expected.data.length;
    });
    // The inspection and the sibling system saw only their part of the consolidated report.
    const inspection = onPlain[consumers.findIndex((c) => c.name.startsWith('inspection'))].data as { events: { payload: { parts?: object } } }[];
    expect(inspection.find((d) => d.events.payload.parts)?.events.payload.parts).toEqual({ 'F01.03': { findings: 2 } });
    expect(delivered).toBeGreaterThan(30);
    // Results were shared: at most one execution per event and selection for the unprojected events.
    expect(sharedExecutionStats.reused - before.reused).toBeGreaterThan(delivered);
  });
});

/**
 * A bare graphql-transport-ws client: connects, starts `operations` with the given ids, and keeps every frame the hub
 * writes after the acknowledgement as the exact text received (so two hubs can be compared byte for byte).
 */
async function rawSubscriber(httpUrl: string, token: string, operations: { id: string; query: string; variables: Record<string, unknown> }[]) {
  const frames: string[] = [];
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    socket.on('message', (data, isBinary) => {
      const text = String(data);
      if (isBinary) frames.push(`binary frame: ${text}`);
      if (JSON.parse(text).type === 'connection_ack') {
        for (const op of operations) socket.send(JSON.stringify({ id: op.id, type: 'subscribe', payload: { query: op.query, variables: op.variables } }));
        resolve();
      } else frames.push(text);
    });
  });
  return { frames, close: () => socket.close() };
}

describe('next messages written from the shared JSON', () => {
  let shared: TestHub;
  let plain: TestHub;
  useHubPair((s, p) => ([shared, plain] = [s, p]));

  it('are byte for byte the frames graphql-ws writes for the plain execution, live and replayed, for every consumer', async () => {
    const { code: s1 } = await createSecretariat(shared);
    const { code: s2 } = await createSecretariat(shared);
    const consumers: { name: string; token: string; operations: { id: string; query: string; variables: Record<string, unknown> }[] }[] = [];
    const add = async (name: string, claims: Parameters<TestHub['token']>[0], operations: { id: string; query: string; variables?: Record<string, unknown> }[]) =>
      consumers.push({ name, token: await shared.token(claims), operations: operations.map((o) => ({ variables: {}, ...o })) });
    await add('ministry, four selections', { role: Role.MINISTRY }, [
      { id: 'full', query: FULL },
      { id: 'one "type" \u00e9', query: FULL, variables: { types: ['CONSOLIDATED_REPORT_PUBLISHED'] } },
      { id: '3', query: ALIASED },
      { id: '4', query: WITH_VARIABLE, variables: { withPayload: true } },
      { id: '5', query: WITH_VARIABLE, variables: { withPayload: false } },
    ]);
    await add('leader of s1', { role: Role.QUALITY_LEADER, secretariat: s1 }, [{ id: 'a', query: FULL }]);
    await add('leader of s2', { role: Role.QUALITY_LEADER, secretariat: s2 }, [{ id: 'b', query: ALIASED }]);
    await add('inspection of s1 (its part only)', { role: Role.INSPECTION, secretariat: s1 }, [{ id: 'c', query: FULL }]);
    await add('sibling system D02.01 (its part only)', { role: Role.SUBPROCESS, secretariat: s1, scopes: ['read:D02.01'] } as never, [
      { id: 'd', query: FULL, variables: { consumer: 'D02_01' } },
    ]);
    const after = formatCursor(shared.runtime.events.cursor);

    const live = async (hub: TestHub) => Promise.all(consumers.map((c) => rawSubscriber(hub.url, c.token, c.operations)));
    const liveShared = [await live(shared), await live(shared)];
    const livePlain = await live(plain);
    const operations = consumers.reduce((n, c) => n + c.operations.length, 0);
    const subscribed = () => shared.runtime.events.subscriberCount >= 2 * operations && plain.runtime.events.subscriberCount >= operations;
    for (let i = 0; i < 200 && !subscribed(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(subscribed()).toBe(true);

    const before = { ...sharedExecutionStats };
    const parts = { 'F01.03': { findings: 2 }, 'D02.01': { actions: 5 }, MEN: { national: true } };
    await emitEvents(shared, [
      newEvent({ secretariat: s1, type: EventType.SCHOOL_UPDATED, payload: { n: 1, name: 'Institución Educativa Ñandú', quote: 'a "b" \\ \u2028 😀' } }),
      newEvent({ secretariat: s2, type: EventType.SCHOOL_UPDATED, payload: { n: 2 } }),
      newEvent({ secretariat: s1, type: EventType.CONSOLIDATED_REPORT_PUBLISHED, payload: { period: '2026', parts } }),
    ]);
    await emitEvents(shared, [
      newEvent({ secretariat: s1, type: EventType.IMPROVEMENT_PLAN_REVIEWED, payload: { nested: { list: [1, 'dos', null, 1.5e-7] } } }),
      newEvent({ secretariat: null, type: EventType.SCHOOL_UPDATED, payload: {} }),
    ]);

    // Settle: nothing more arrives for a while on either hub.
    const count = () => [...liveShared.flat(), ...livePlain].reduce((n, r) => n + r.frames.length, 0);
    for (let i = 0; i < 400 && livePlain[0].frames.length < 21; i++) await new Promise((r) => setTimeout(r, 50));
    for (let i = 0, last = -1, stable = 0; i < 100 && stable < 3; i++) {
      await new Promise((r) => setTimeout(r, 200));
      stable = count() === last ? stable + 1 : 0;
      last = count();
    }
    // The same consumers again from `after`: the events replayed, then live.
    const withAfter = (query: string) =>
      query
        .replace(/^subscription( \w+)?(\(| )/, (_m, name: string | undefined, open: string) => `subscription${name ?? ''}($after: ID${open === '(' ? ', ' : ') '}`)
        .replace(/events\(/, 'events(after: $after, ')
        .replace(/events \{/, 'events(after: $after) {');
    const replay = async (hub: TestHub) =>
      Promise.all(
        consumers.map((c) => rawSubscriber(hub.url, c.token, c.operations.map((o) => ({ ...o, query: withAfter(o.query), variables: { ...o.variables, after } })))),
      );
    const replayShared = await replay(shared);
    const replayPlain = await replay(plain);
    for (let i = 0; i < 400 && replayPlain[0].frames.length < livePlain[0].frames.length; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));

    // Per operation, in order (operations on one connection are independent streams: their interleaving is not fixed).
    const byOperation = (frames: string[]) => {
      const out: Record<string, string[]> = {};
      for (const f of frames) (out[String((JSON.parse(f) as { id?: string }).id)] ??= []).push(f);
      return out;
    };
    consumers.forEach((c, i) => {
      const expected = byOperation(livePlain[i].frames);
      expect({ consumer: c.name, operations: Object.keys(expected).sort() }).toEqual({ consumer: c.name, operations: c.operations.map((o) => o.id).sort() });
      for (const copy of liveShared) expect({ consumer: c.name, frames: byOperation(copy[i].frames) }).toEqual({ consumer: c.name, frames: expected });
      expect({ consumer: c.name, replayed: byOperation(replayShared[i].frames) }).toEqual({ consumer: c.name, replayed: byOperation(replayPlain[i].frames) });
    });
    // Most messages were written from the shared JSON (all but those cut to a consumer's parts), and results reused.
    const frames = liveShared.flat().reduce((n, r) => n + r.frames.length, 0);
    expect(sharedExecutionStats.direct - before.direct).toBeGreaterThan(frames - 4);
    expect(sharedExecutionStats.reused - before.reused).toBeGreaterThan(frames / 2);
    [...liveShared.flat(), ...livePlain, ...replayShared, ...replayPlain].forEach((r) => r.close());
  });
});

describe('subscription document cache', () => {
  const schema: GraphQLSchema = buildSchema('type Query { a: Int } type Subscription { events(n: Int): Int tick: Int }');
  const plain = (query: string): CheckedDocument => {
    try {
      const document = parse(query);
      return { document, errors: validate(schema, document) };
    } catch (err) {
      return { document: null, errors: [err as GraphQLError] };
    }
  };
  const asJson = (c: CheckedDocument) => ({ document: c.document && JSON.parse(JSON.stringify(c.document)), errors: c.errors.map((e) => e.toJSON()) });

  it('answers what parse and validate answer, for valid, invalid and malformed texts, every time', () => {
    const cache = new DocumentCache(2, plain);
    const texts = ['subscription { events(n: 1) }', 'subscription { nope }', 'subscription {', 'subscription { tick }', 'subscription { events(n: 1) }'];
    for (let round = 0; round < 3; round++) {
      for (const t of texts) expect(asJson(cache.get(t))).toEqual(asJson(plain(t)));
    }
    // Bounded (least recently used out), and one shared tree for one text.
    expect(cache.size).toBe(2);
    expect(cache.get('subscription { tick }').document).toBe(cache.get('subscription { tick }').document);
    const long = `subscription { tick ${' '.repeat(20_000)}}`;
    expect(cache.get(long).document).not.toBe(cache.get(long).document);
  });
});
