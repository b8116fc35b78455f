import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createSecretariat, createSchool } from '../support/factories';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { replayAtLeast } from '../support/event-factories';
import { selfEvaluationItem } from '../support/inbound-factories';
import { IngestSelfEvaluationsDocument } from '../generated/graphql';
import { Role } from '../../src/common/auth/roles';

/**
 * Fault tolerance: the hub process killed (SIGKILL) while an inbound batch is in flight. Every batch acknowledged
 * before the kill is stored with its event exactly once afterwards; the batch in flight is all or nothing; re-sending
 * everything to a new hub adds no duplicate write or event.
 */
jest.setTimeout(300_000);

describe('faults', () => {
  let db: TestDatabase;
  let setup: TestHub;
  let hubs: HubProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    setup = await startTestHub({}, db);
  });
  afterAll(async () => {
    for (const h of hubs) await h.stop().catch(() => undefined);
    await setup?.stop();
    await db?.drop();
  });

  it('hub killed mid-batch: every acknowledged write and its event exactly once afterwards; the batch in flight is all or nothing', async () => {
    const { code } = await createSecretariat(setup);
    const schools: string[] = [];
    for (let i = 0; i < 8; i++) schools.push((await createSchool(setup, code)).daneCode);
    const token = await setup.token({ role: Role.SUBPROCESS, secretariat: code, scopes: ['ingest:D01.03'] });
    const reader = await setup.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const batch = (dane: string) => ({ input: { items: Array.from({ length: 6 }, (_, n) => selfEvaluationItem(dane, n)) } });
    const { endCursor: start } = await replayAtLeast(setup, reader, 0);

    const first = await spawnHub(db.url);
    hubs.push(first);
    const acknowledged: string[] = [];
    for (const dane of schools.slice(0, 5)) {
      const res = await first.gql(IngestSelfEvaluationsDocument, batch(dane) as never, token);
      expect(res.errors).toBeUndefined();
      expect((res.data as { ingestSelfEvaluations: { created: number } }).ingestSelfEvaluations.created).toBe(6);
      acknowledged.push(dane);
    }
    // The sixth batch is in flight when the process is killed.
    const inFlight = schools[5];
    const answer = first.gql(IngestSelfEvaluationsDocument, batch(inFlight) as never, token).then(
      () => 'answered',
      () => 'no answer',
    );
    await new Promise((r) => setTimeout(r, 15));
    process.kill(first.pid, 'SIGKILL');
    await answer;
    hubs = hubs.filter((h) => h !== first);

    const rows = async (dane: string) => {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      try {
        return (await c.query('SELECT count(*)::int AS n FROM self_evaluation_score WHERE school_dane = $1', [dane])).rows[0].n as number;
      } finally {
        await c.end();
      }
    };
    const second = await spawnHub(db.url);
    hubs.push(second);
    const eventsFor = async (hub: HubProcess | TestHub, count: number) => {
      const { events } = await replayAtLeast(hub, reader, count, { after: start, types: ['INPUT_RECEIVED'] });
      const per = new Map<string, number>();
      for (const e of events) per.set(e.schoolDane as string, (per.get(e.schoolDane as string) ?? 0) + 1);
      return per;
    };

    let per = await eventsFor(second, acknowledged.length);
    for (const dane of acknowledged) {
      expect(await rows(dane)).toBe(6);
      expect(per.get(dane)).toBe(1);
    }
    // All or nothing: six rows and one event, or none of either.
    const stored = await rows(inFlight);
    expect([0, 6]).toContain(stored);
    expect(per.get(inFlight) ?? 0).toBe(stored ? 1 : 0);

    // The producer re-sends everything it was not sure of (here: everything) to the new hub: nothing is duplicated.
    for (const dane of schools.slice(0, 6)) {
      const res = await second.gql(IngestSelfEvaluationsDocument, batch(dane) as never, token);
      expect(res.errors).toBeUndefined();
    }
    per = await eventsFor(second, 6);
    for (const dane of schools.slice(0, 6)) {
      expect(await rows(dane)).toBe(6);
      expect(per.get(dane)).toBe(1);
    }
  });
});
