import { Client } from 'pg';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createSecretariat, createSchool } from '../support/factories';
import { peiItem } from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';
import { IngestPeiUpdatesDocument, PeiUpdatesFeedDocument } from '../generated/graphql';

/**
 * The inbound change feed (`changedSince`) looks up the horizon (event_horizon: a pass over pg_stat_get_activity and
 * pg_prepared_xact) only when a row it reads is at or above the snapshot's xmin, as the event reads do
 * (src/events/event-store.ts); otherwise it costs nothing more than the read. Counted with track_functions = 'pl' on
 * the hub's private database (pg_stat_user_functions), while a transaction of that database with an id is open, so
 * xmin ≠ xmax and the look-up would otherwise run in every statement.
 */
jest.setTimeout(120_000);

let db: TestDatabase;
let hub: TestHub;
let observer: Client;
let school: string;
let leader: string;
let pei: string;

const connect = async (url: string) => {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  db = await createTestDatabase();
  // The tests connect as a superuser; every session the hub opens from now on counts its PL/pgSQL calls.
  const admin = await connect(db.url);
  await admin.query(`ALTER DATABASE "${db.name}" SET track_functions = 'pl'`);
  await admin.end();
  hub = await startTestHub({}, db);
  observer = await connect(db.url);
  const se = (await createSecretariat(hub)).code;
  school = (await createSchool(hub, se)).daneCode;
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se });
  pei = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D02.02'], client: 'sed-pei' });
});
afterAll(async () => {
  await observer?.end();
  await hub?.stop();
  await db?.drop();
});

const feed = async (changedSince = '0') =>
  expectData(await hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: school, changedSince }, leader)).peiUpdates.edges.map((e) => e.node);

/**
 * Calls of event_horizon in this database, once the backends have reported them (a backend flushes its counts when
 * idle, at most once a second): read until two readings a second apart agree.
 */
async function horizonCalls(): Promise<number> {
  const read = async () =>
    (await observer.query(`SELECT coalesce(sum(calls), 0)::int AS n FROM pg_stat_user_functions WHERE funcname = 'event_horizon'`)).rows[0].n as number;
  let last = -1;
  for (;;) {
    await sleep(1_100);
    const n = await read();
    if (n === last) return n;
    last = n;
  }
}

describe('change feed horizon pre-check', () => {
  it('skips the look-up while no row read is at or above xmin, looks up (and holds back) once one is', async () => {
    expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(school, 1), peiItem(school, 2)] } }, pei));
    const maxChange = async () => BigInt((await observer.query(`SELECT max(change_tx)::text AS t FROM pei_update_all`)).rows[0].t);
    const holder = await connect(db.url);
    const writer = await connect(db.url);
    try {
      // An open transaction of the hub's database with an id: every later snapshot has xmin ≠ xmax.
      await holder.query('BEGIN');
      const holderXid = BigInt((await holder.query('SELECT pg_current_xact_id()::text AS x')).rows[0].x);
      expect(holderXid).toBeGreaterThan(await maxChange());
      // xmin is cluster-wide: wait until no transaction older than the rows (another test run, any database) runs,
      // so that the rows are all below xmin and the look-up really is unnecessary.
      for (const end = Date.now() + 60_000; ; ) {
        const xmin = BigInt((await observer.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x`)).rows[0].x);
        if (xmin > (await maxChange())) break;
        if (Date.now() > end) throw new Error('an older transaction of the cluster kept running');
        await sleep(100);
      }

      const before = await horizonCalls();
      // One transaction wrote both: their order is by id.
      for (let i = 0; i < 5; i++) expect((await feed()).map((n) => n.externalId).sort()).toEqual(['PEI-1', 'PEI-2']);
      // Ten statements (count and page, five times), no look-up: every row read was below xmin.
      expect(await horizonCalls()).toBe(before);

      // A change committed after the holder began: at or above xmin, so the horizon is looked up, and the holder
      // (older, still running) holds it back.
      await writer.query(`UPDATE pei_update_all SET summary = 'Cambio posterior' WHERE school_dane = $1 AND external_id = 'PEI-1'`, [school]);
      expect((await feed()).map((n) => n.externalId)).toEqual(['PEI-2']);
      expect(await horizonCalls()).toBeGreaterThan(before);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await writer.end();
    }
    // The holder ended: the change is settled and comes last, in change order.
    expect((await feed()).map((n) => [n.externalId, n.summary])).toEqual([
      ['PEI-2', 'Resignificación del PEI 2'],
      ['PEI-1', 'Cambio posterior'],
    ]);
  });
});
