import { Client } from 'pg';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { emitEvents, newEvent, replayAll, replayAtLeast } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { EventsHeldBackDocument } from '../generated/graphql';

/**
 * The horizon with prepared transactions (two-phase commit): a transaction prepared in the hub's database is still
 * running for every snapshot, so it holds later events back until COMMIT PREPARED, and its event then comes first, none
 * skipped; one prepared in another database is proven foreign by pg_prepared_xact() and holds nothing back.
 *
 * PREPARE TRANSACTION needs max_prepared_transactions > 0, which PostgreSQL leaves at 0: the suite runs only with
 * PMI_TEST_PREPARED=1, on a server configured for it (e.g. the embedded one, TEST_EMBEDDED_PG_DIR, with
 * `max_prepared_transactions = 10` in its postgresql.conf).
 */
jest.setTimeout(120_000);

const run = process.env.PMI_TEST_PREPARED === '1' ? describe : describe.skip;

let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
let token: string;
let admin: Client;
const otherDb = `prepared_other_${process.pid}_${Date.now()}`;
const gid = (what: string) => `pmi_test_${what}_${process.pid}_${Date.now()}`;

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

run('settled horizon with prepared transactions', () => {
  beforeAll(async () => {
    hub = await startTestHub();
    t = await createTwoTenants(hub, 1);
    token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code });
    admin = await connect(serverUrl('postgres'));
    const max = Number((await admin.query('SHOW max_prepared_transactions')).rows[0].max_prepared_transactions);
    if (!(max > 0)) throw new Error('PMI_TEST_PREPARED=1 but the server has max_prepared_transactions = 0');
    await admin.query(`CREATE DATABASE ${otherDb}`);
  });
  afterAll(async () => {
    await hub?.stop();
    await admin?.query(`DROP DATABASE IF EXISTS ${otherDb} WITH (FORCE)`).catch(() => undefined);
    await admin?.end();
  });

  const evaluation = (entityId: string) =>
    newEvent({ secretariat: t.a.code, school: t.schoolsA[0].daneCode, entityId, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED });
  const page = async (after: string) => expectData(await hub.gql(EventsHeldBackDocument, { after, first: 100 }, token)).events;
  const txOf = (cursor: string) => BigInt(cursor.split(':')[0]);
  /** Ends a prepared transaction if it is still there (a leaked one would pin the server's xmin). */
  const cleanUp = async (c: Client, name: string) => {
    const left = await c.query('SELECT 1 FROM pg_prepared_xacts WHERE gid = $1', [name]);
    if (left.rowCount) await c.query(`ROLLBACK PREPARED '${name}'`);
  };

  it('a transaction PREPARED in the hub’s own database holds later events back until COMMIT PREPARED, then both come in order', async () => {
    const start = (await replayAll(hub, token)).endCursor;
    const name = gid('own');
    const c = await connect(hub.database.url);
    try {
      await c.query('BEGIN');
      const { rows } = await c.query(
        `INSERT INTO event (type, secretariat_code, entity, entity_id, school_dane, actor, payload)
         VALUES ('assistance_evaluation.submitted', $1, 'AssistanceEvaluation', 'prepared-own', $2, 'test', '{}') RETURNING tx_id::text`,
        [t.a.code, t.schoolsA[0].daneCode],
      );
      const preparedTx = BigInt(rows[0].tx_id);
      // The session is free again; the transaction lives on, prepared, with no backend (not in pg_stat_activity).
      await c.query(`PREPARE TRANSACTION '${name}'`);
      await emitEvents(hub, [evaluation('after-prepared')]);

      let p = await page(start);
      for (let i = 0; i < 200 && p.heldBack === 0; i++) {
        await new Promise((r) => setTimeout(r, 25));
        p = await page(start);
      }
      expect(p).toEqual({ nodes: [], endCursor: start, hasMore: false, heldBack: 1 });

      await c.query(`COMMIT PREPARED '${name}'`);
      const all = await replayAtLeast(hub, token, 2, { after: start });
      expect(all.events.map((e) => e.entityId)).toEqual(['prepared-own', 'after-prepared']);
      expect(txOf(all.events[0].cursor)).toBe(preparedTx);
      expect((await page(all.endCursor)).heldBack).toBe(0);
    } finally {
      await cleanUp(c, name).catch(() => undefined);
      await c.end();
    }
  });

  it('a transaction PREPARED in ANOTHER database holds nothing back', async () => {
    const start = (await replayAll(hub, token)).endCursor;
    const name = gid('foreign');
    const other = await connect(serverUrl(otherDb));
    try {
      await other.query('BEGIN');
      await other.query('CREATE TABLE import_rows (n int)');
      await other.query('INSERT INTO import_rows SELECT generate_series(1, 100)');
      const foreignXid = BigInt((await other.query('SELECT pg_current_xact_id()::text AS x')).rows[0].x);
      await other.query(`PREPARE TRANSACTION '${name}'`);

      await emitEvents(hub, [evaluation('beside-prepared')]);
      const seen = await replayAtLeast(hub, token, 1, { after: start });
      expect(seen.events.map((e) => e.entityId)).toEqual(['beside-prepared']);
      // Meaningful only if the prepared transaction is older: it would have held the event back.
      expect(foreignXid).toBeLessThan(txOf(seen.events[0].cursor));
      expect((await page(seen.endCursor)).heldBack).toBe(0);
      // Still prepared throughout.
      expect((await other.query('SELECT count(*)::int AS n FROM pg_prepared_xacts WHERE gid = $1', [name])).rows[0].n).toBe(1);
    } finally {
      await cleanUp(other, name).catch(() => undefined);
      await other.end();
    }
  });
});
