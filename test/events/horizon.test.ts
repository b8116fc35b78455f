import { Client } from 'pg';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { EventCollector, emitEvents, newEvent, replayAll, replayAtLeast } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { startWebhookWorker } from '../../src/modules/webhooks/webhook-worker';
import { EventsHeldBackDocument, RegisterWebhookEndpointDocument } from '../generated/graphql';
import { Receiver, until } from '../webhooks/receiver';

/**
 * The settled horizon is per database (src/events/event-store.ts): on a shared PostgreSQL server, a long write
 * transaction of another database must not hold the hub's events back, while one of the hub's own database must.
 * Real PostgreSQL, HTTP `events`, a graphql-ws subscription and a webhook receiver.
 */
jest.setTimeout(120_000);

let hub: TestHub;
let stopWorker: () => Promise<void>;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
let token: string;
let receiver: Receiver;
/** Another database on the same server, and a connection to it. */
const otherDb = `horizon_other_${process.pid}_${Date.now()}`;
let admin: Client;

const FAST = { WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_MAX_DELAY_MS: '400', WEBHOOK_TIMEOUT_MS: '1000' };

beforeAll(async () => {
  hub = await startTestHub(FAST);
  stopWorker = startWebhookWorker(hub.runtime);
  t = await createTwoTenants(hub, 1);
  token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code });
  admin = await connect(serverUrl('postgres'));
  await admin.query(`CREATE DATABASE ${otherDb}`);
  receiver = await new Receiver().up();
  const adminToken = await hub.token({ role: Role.ADMIN });
  expectData(
    await hub.gql(
      RegisterWebhookEndpointDocument,
      { input: { url: receiver.url, secretariat: t.a.code, clientId: 'e02-01', scopes: ['read:E02.01'], consumer: 'E02_01' } },
      adminToken,
    ),
  );
});
afterAll(async () => {
  await stopWorker?.();
  await receiver?.down();
  await hub?.stop();
  await admin?.query(`DROP DATABASE IF EXISTS ${otherDb} WITH (FORCE)`).catch(() => undefined);
  await admin?.end();
});

function serverUrl(database: string) {
  const u = new URL(hub.database.url);
  u.pathname = `/${database}`;
  return u.toString();
}
async function connect(url: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}

/** An event of tenant A the E02_01 webhook also receives, committed through the hub. */
const evaluation = (entityId: string) =>
  newEvent({ secretariat: t.a.code, school: t.schoolsA[0].daneCode, entityId, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED });

/** As appendEvents does, on a raw connection of the hub's database inside an open transaction. */
const insertRaw = (c: Client, entityId: string) =>
  c.query(
    `INSERT INTO event (type, secretariat_code, entity, entity_id, school_dane, actor, payload)
     VALUES ('assistance_evaluation.submitted', $1, 'AssistanceEvaluation', $2, $3, 'test', '{}') RETURNING tx_id::text`,
    [t.a.code, entityId, t.schoolsA[0].daneCode],
  );

const page = async (after: string | null) => expectData(await hub.gql(EventsHeldBackDocument, { after, first: 100 }, token)).events;
const txOf = (cursor: string) => BigInt(cursor.split(':')[0]);
/** Entity ids the webhook received, each event once (delivery is at-least-once: a retry may repeat one). */
const delivered = (from = 0) => [...new Map(receiver.received.slice(from).map((r) => [r.body.id, r.body.entityId])).values()];

describe('settled horizon on a shared server', () => {
  it('a long write transaction in ANOTHER database does not hold back the hub’s events (HTTP, WebSocket, webhook)', async () => {
    const start = (await replayAll(hub, token)).endCursor;
    const sub = new EventCollector(hub.ws(token), { after: start });
    const other = await connect(serverUrl(otherDb));
    try {
      // Another user's import in another database: it has a transaction id older than the hub's next events.
      await other.query('BEGIN');
      await other.query('CREATE TABLE import_rows (n int)');
      await other.query('INSERT INTO import_rows SELECT generate_series(1, 1000)');
      const foreignXid = BigInt((await other.query('SELECT pg_current_xact_id()::text AS x')).rows[0].x);

      const [event] = await emitEvents(hub, [evaluation('beside-foreign')]);
      const seen = await replayAtLeast(hub, token, 1, { after: start });
      expect(seen.events.map((e) => e.entityId)).toEqual([event.entityId]);
      // Meaningful only if the foreign transaction is older than the event's: it would have held it back.
      expect(foreignXid).toBeLessThan(txOf(seen.events[0].cursor));
      await sub.waitForEntity('beside-foreign');
      await until(() => delivered().includes('beside-foreign'), 'webhook delivery', 20_000);
      // Still open: the foreign transaction really was running throughout.
      expect((await other.query(`SELECT count(*)::int AS n FROM import_rows`)).rows[0].n).toBe(1000);
    } finally {
      await other.query('ROLLBACK').catch(() => undefined);
      await other.end();
      sub.unsubscribe();
    }
  });

  it('an open transaction of the hub’s OWN database that wrote an event holds later ones back, then all come in order', async () => {
    const start = (await replayAll(hub, token)).endCursor;
    const sub = new EventCollector(hub.ws(token), { after: start });
    const before = receiver.received.length;
    const other = await connect(serverUrl(otherDb));
    const older = await connect(hub.database.url);
    try {
      // A foreign transaction open as well: it must change nothing here.
      await other.query('BEGIN');
      await other.query('CREATE TABLE IF NOT EXISTS import_rows (n int)');
      await other.query('INSERT INTO import_rows VALUES (1)');
      await older.query('BEGIN');
      const olderTx = BigInt((await insertRaw(older, 'own-older')).rows[0].tx_id);
      await emitEvents(hub, [evaluation('own-newer')]);

      // `own-newer` is committed but `own-older` (lower transaction id) may still commit before it in cursor order.
      // The page is empty, but says so: heldBack counts the committed event waiting.
      let p = await page(start);
      for (let i = 0; i < 200 && p.heldBack === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        p = await page(start);
      }
      expect(p).toEqual({ nodes: [], endCursor: start, hasMore: false, heldBack: 1 });
      await new Promise((r) => setTimeout(r, 300));
      expect(sub.events).toEqual([]);
      expect(receiver.received.length).toBe(before);

      await older.query(`SELECT pg_notify('pmi_hub_events', '')`);
      await older.query('COMMIT');
      const all = await replayAtLeast(hub, token, 2, { after: start });
      expect(all.events.map((e) => e.entityId)).toEqual(['own-older', 'own-newer']);
      expect(txOf(all.events[0].cursor)).toBe(olderTx);
      // Resuming from the cursor of the empty page misses nothing.
      expect((await replayAll(hub, token, { after: p.endCursor })).events.map((e) => e.entityId)).toEqual(['own-older', 'own-newer']);
      await sub.waitForCount(2);
      expect(sub.events.map((e) => e.entityId)).toEqual(['own-older', 'own-newer']);
      await until(() => delivered(before).length >= 2, 'webhook deliveries', 20_000);
      expect(delivered(before)).toEqual(['own-older', 'own-newer']);
      expect((await page(all.endCursor)).heldBack).toBe(0);
    } finally {
      await older.query('ROLLBACK').catch(() => undefined);
      await other.query('ROLLBACK').catch(() => undefined);
      await older.end();
      await other.end();
      sub.unsubscribe();
    }
  });

  it('a transaction that began earlier but writes its event only later (transaction id assigned then) is not skipped', async () => {
    const start = (await replayAll(hub, token)).endCursor;
    const sub = new EventCollector(hub.ws(token), { after: start });
    const late = await connect(hub.database.url);
    try {
      await late.query('BEGIN');
      await late.query('SELECT count(*) FROM event'); // reads only: no transaction id yet
      await emitEvents(hub, [evaluation('first-written')]);
      const first = await replayAtLeast(hub, token, 1, { after: start });
      expect(first.events.map((e) => e.entityId)).toEqual(['first-written']);
      await sub.waitForEntity('first-written');
      await insertRaw(late, 'written-later');
      await late.query(`SELECT pg_notify('pmi_hub_events', '')`);
      await late.query('COMMIT');
      const rest = await replayAtLeast(hub, token, 1, { after: first.endCursor });
      expect(rest.events.map((e) => e.entityId)).toEqual(['written-later']);
      await sub.waitForCount(2);
      expect(sub.events.map((e) => e.entityId)).toEqual(['first-written', 'written-later']);
    } finally {
      await late.query('ROLLBACK').catch(() => undefined);
      await late.end();
      sub.unsubscribe();
    }
  });
});
