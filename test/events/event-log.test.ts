import { Client } from 'pg';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { EventCollector, emitEvent, newEvent, replayAll, replayAtLeast } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { appendEvent } from '../../src/events/event-log';
import { CreateSchoolDocument, EventsDocument, type EventsQuery } from '../generated/graphql';

let hub: TestHub;
let ministry: string;
beforeAll(async () => {
  hub = await startTestHub();
  ministry = await hub.token({ role: Role.MINISTRY });
});
afterAll(() => hub.stop());

async function rawClient() {
  const c = new Client({ connectionString: hub.database.url });
  await c.connect();
  return c;
}

/** Inserts an event row the way appendEvents does, on a raw connection inside an open transaction. */
const insertRaw = (c: Client, secretariat: string, entityId: string) =>
  c.query(
    `INSERT INTO event (type, secretariat_code, entity, entity_id, actor, payload) VALUES ('school.updated', $1, 'School', $2, 'test', '{}') RETURNING id`,
    [secretariat, entityId],
  );

describe('event log', () => {
  it('commit → event: a mutation that commits stores its event and announces it to subscribers', async () => {
    const { code } = await createSecretariat(hub);
    // Subscribing from a cursor taken before the mutation: delivery cannot depend on when the subscription registers.
    const start = (await replayAll(hub, ministry)).endCursor;
    const sub = new EventCollector(hub.ws(ministry), { types: ['SCHOOL_REGISTERED'], after: start });
    const admin = await hub.token({ role: Role.ADMIN });
    const input = { daneCode: '105001000777', secretariat: code, name: 'Colegio Evento', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín' } as const;
    expectData(await hub.gql(CreateSchoolDocument, { input }, admin));

    await sub.waitForEntity('105001000777');
    const delivered = sub.events.find((e) => e.entityId === '105001000777')!;
    expect(delivered).toMatchObject({ type: 'SCHOOL_REGISTERED', secretariatCode: code, schoolDane: '105001000777' });
    expect(delivered.payload).toMatchObject({ daneCode: '105001000777', name: 'Colegio Evento' });

    const stored = (await replayAll(hub, ministry, { types: ['SCHOOL_REGISTERED'] })).events;
    expect(stored.filter((e) => e.entityId === '105001000777')).toHaveLength(1);
  });

  it('rollback → no event: a transaction that fails after appendEvent leaves nothing stored or delivered', async () => {
    const { code } = await createSecretariat(hub);
    const token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const start = (await replayAll(hub, token)).endCursor;
    const sub = new EventCollector(hub.ws(token), { after: start });
    const ctx = hub.system();
    const doomed = newEvent({ secretariat: code });
    await expect(
      ctx.runtime.db.transaction(async (tx) => {
        await appendEvent(tx, ctx, doomed);
        throw new Error('forced failure after appendEvent');
      }),
    ).rejects.toThrow('forced failure after appendEvent');
    const marker = await emitEvent(hub, { secretariat: code });

    // The subscriber's first event is the marker committed after the rollback: the rolled-back one never came.
    await sub.waitForEntity(marker.entityId);
    expect(sub.events.map((e) => e.entityId)).toEqual([marker.entityId]);
    const stored = (await replayAll(hub, token)).events.map((e) => e.entityId);
    expect(stored).toEqual([marker.entityId]);
  });

  it('never skips an event whose transaction commits after a later-numbered one (cursor is (transaction, id))', async () => {
    const { code } = await createSecretariat(hub);
    const token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const start = (await replayAll(hub, token)).endCursor;
    const sub = new EventCollector(hub.ws(token), { after: start });
    const early = await rawClient();
    const late = await rawClient();
    try {
      // `late` gets its transaction id first but inserts after `early`, so early has the lower event id, and
      // late commits first. A reader using `id > last` would deliver late's row and then skip early's forever.
      await late.query('BEGIN');
      await late.query('SELECT pg_current_xact_id()');
      await early.query('BEGIN');
      const e1 = await insertRaw(early, code, 'early');
      const e2 = await insertRaw(late, code, 'late');
      expect(BigInt(e1.rows[0].id)).toBeLessThan(BigInt(e2.rows[0].id));
      await late.query(`SELECT pg_notify('pmi_hub_events', '')`);
      await late.query('COMMIT');

      // While `early` is open, the committed row of `late` is final (its transaction is older than every running
      // one) and is delivered; `early` is not visible yet. (Transaction ids are cluster-wide: a short transaction of
      // another test may hold `late` back for a moment, hence the loop.)
      const midway = await replayAtLeast(hub, token, 1, { after: start });
      expect(midway.events.map((e) => e.entityId)).toEqual(['late']);
      await sub.waitForEntity('late');

      await early.query(`SELECT pg_notify('pmi_hub_events', '')`);
      await early.query('COMMIT');
      // Resuming from the cursor returned midway still finds `early`.
      const rest = await replayAtLeast(hub, token, 1, { after: midway.endCursor });
      expect(rest.events.map((e) => e.entityId)).toEqual(['early']);
      await sub.waitForEntity('early');
      expect(sub.events.map((e) => e.entityId)).toEqual(['late', 'early']);
    } finally {
      await early.end();
      await late.end();
    }
  });

  it('holds back events behind an older open transaction, then delivers them in cursor order', async () => {
    const { code } = await createSecretariat(hub);
    const token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const start = (await replayAll(hub, token)).endCursor;
    const older = await rawClient();
    const newer = await rawClient();
    try {
      await older.query('BEGIN');
      await insertRaw(older, code, 'older');
      await newer.query('BEGIN');
      await insertRaw(newer, code, 'newer');
      await newer.query('COMMIT');
      // `newer` committed, but `older` (smaller transaction id) may still commit before it in cursor order.
      const page = expectData(await hub.gql(EventsDocument, { after: start }, token)).events;
      expect(page.nodes).toEqual([]);
      expect(page.endCursor).toBe(start);
      await older.query('COMMIT');
      const after = await replayAtLeast(hub, token, 2, { after: start });
      expect(after.events.map((e) => e.entityId)).toEqual(['older', 'newer']);
    } finally {
      await older.end();
      await newer.end();
    }
  });

  it('pages through the replay query without gap or duplicate', async () => {
    const { code } = await createSecretariat(hub);
    const token = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: code });
    const emitted = [];
    for (let i = 0; i < 7; i++) emitted.push((await emitEvent(hub, { secretariat: code })).entityId);
    await replayAtLeast(hub, token, 7);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: EventsQuery['events'] = expectData(await hub.gql(EventsDocument, { after, first: 3 }, token)).events;
      seen.push(...page.nodes.map((n) => n.entityId));
      after = page.endCursor;
      pages++;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(emitted);
    expect(pages).toBe(3);
    // Nothing new: the same cursor comes back.
    const empty = expectData(await hub.gql(EventsDocument, { after }, token)).events;
    expect(empty).toEqual({ nodes: [], endCursor: after, hasMore: false });
  });

  it('rejects a malformed cursor with BAD_USER_INPUT on `after`', async () => {
    const res = await hub.gql(EventsDocument, { after: 'nope' }, ministry);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
