import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { IngestSelfEvaluationsDocument } from '../generated/graphql';

/**
 * Issue 8 §11: an item older than the stored record is refused as STALE by two independent guards: the check in code
 * (against what the batch read) and the guard in SQL (the upsert's WHERE, against what is stored when it writes).
 * Each test below exercises one guard alone, so removing either fails a test.
 */
let hub: TestHub;
let token: string;
let dane: string;

beforeAll(async () => {
  hub = await startTestHub();
  const se = (await createSecretariat(hub)).code;
  dane = (await createSchool(hub, se)).daneCode;
  token = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D01.03'] });
});
afterAll(() => hub.stop());

const item = (componentCode: string, score: number, sourceTimestamp: string) => ({
  daneCode: dane,
  year: '2026',
  componentCode,
  score,
  evidence: `Acta ${score}`,
  sourceTimestamp,
});
const ingest = (items: ReturnType<typeof item>[]) => hub.gql(IngestSelfEvaluationsDocument, { input: { items } }, token);
const stored = async (componentCode: string) =>
  (await hub.runtime.db.query('SELECT score, source_timestamp FROM self_evaluation_score WHERE school_dane = $1 AND component_code = $2', [dane, componentCode]))[0];

describe('stale inbound items', () => {
  it('the check in code refuses an item older than the stored one it read, naming the stored record', async () => {
    const first = expectData(await ingest([item('DIR-01-01', 3, '2026-04-10T00:00:00Z')])).ingestSelfEvaluations.items[0];
    expect(first.status).toBe('CREATED');
    const res = expectData(await ingest([item('DIR-01-01', 1, '2026-04-01T00:00:00Z')])).ingestSelfEvaluations.items[0];
    // The code check answers with the stored record's id and time; the SQL guard alone could not (see below).
    expect(res).toMatchObject({ status: 'REJECTED', code: 'STALE', field: 'input.items.0.sourceTimestamp', id: first.id });
    expect(res.message).toContain('2026-04-10T00:00:00.000Z');
    expect((await stored('DIR-01-01')).score).toBe(3);
  });

  it('the guard in SQL refuses an item when a newer version is committed between the batch read and its write', async () => {
    expectData(await ingest([item('DIR-01-02', 2, '2026-04-01T00:00:00Z')]));
    // Another writer stores a newer version but has not committed yet: the batch reads the old one (read committed),
    // passes the code check, and its upsert waits on the row lock until the newer version is committed.
    const other = hub.runtime.db.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(
        `UPDATE self_evaluation_score SET score = 4, source_timestamp = '2026-05-01T00:00:00Z', content_hash = repeat('f', 32)
          WHERE school_dane = $1 AND component_code = 'DIR-01-02'`,
        [dane],
      );
      const pending = ingest([item('DIR-01-02', 1, '2026-04-15T00:00:00Z')]);
      const blocked = async () =>
        (await hub.runtime.db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).length > 0;
      for (let i = 0; i < 400 && !(await blocked()); i++) await new Promise((r) => setTimeout(r, 25));
      expect(await blocked()).toBe(true);
      await other.commitTransaction();
      const res = expectData(await pending).ingestSelfEvaluations.items[0];
      expect(res).toMatchObject({ status: 'REJECTED', code: 'STALE', field: 'input.items.0.sourceTimestamp' });
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    const row = await stored('DIR-01-02');
    expect(row.score).toBe(4);
    expect(new Date(row.source_timestamp).toISOString()).toBe('2026-05-01T00:00:00.000Z');
  });

  it('an item of the same time as the stored one is not stale (re-sent batches stay idempotent)', async () => {
    const items = [item('DIR-01-03', 2, '2026-04-01T00:00:00Z')];
    expectData(await ingest(items));
    expect(expectData(await ingest(items)).ingestSelfEvaluations.items[0].status).toBe('UNCHANGED');
  });
});
