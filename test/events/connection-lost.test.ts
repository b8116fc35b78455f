import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { startTestHub, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { unitOfWork } from '../../src/common/unit-of-work';
import { ErrorCode, isDatabaseUnavailable, notFound } from '../../src/common/errors';

/**
 * A unit of work whose connection dies mid-transaction (src/common/unit-of-work.ts): TypeORM releases the
 * transaction's query runner on the connection's `error` event, and the unit answers UNAVAILABLE by that state —
 * for its next statement and for its COMMIT — with nothing written. TypeORM's "already released" error itself is no
 * longer taken for a lost connection (src/common/errors.ts): a runner used after its transaction ended is a fault of
 * the hub, not an outage. The backend is ended with pg_terminate_backend (the whole-server kill is
 * test/events/database-faults.test.ts).
 */
jest.setTimeout(60_000);

let hub: TestHub;
let admin: Client;
let secretariat: string;

beforeAll(async () => {
  hub = await startTestHub();
  admin = new Client({ connectionString: hub.database.url });
  await admin.connect();
  secretariat = (await createSecretariat(hub)).code;
});
afterAll(async () => {
  await admin?.end();
  await hub?.stop();
});

/** Ends the transaction's backend from another connection and waits until TypeORM has released its query runner. */
async function cutConnection(tx: EntityManager) {
  const [{ pid }] = (await tx.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
  await admin.query('SELECT pg_terminate_backend($1)', [pid]);
  for (let i = 0; i < 200 && !tx.queryRunner!.isReleased; i++) await new Promise((r) => setTimeout(r, 25));
  expect(tx.queryRunner!.isReleased).toBe(true);
}

const nameOf = async () =>
  ((await admin.query('SELECT name FROM secretariat WHERE code = $1', [secretariat])).rows[0] as { name: string }).name;

describe('a unit of work whose connection dies mid-transaction', () => {
  it('fails its next statement as UNAVAILABLE, nothing written', async () => {
    const before = await nameOf();
    const outcome = unitOfWork(hub.system(), async (uow) => {
      await uow.tx.query('UPDATE secretariat SET name = $1 WHERE code = $2', ['Cambiada antes del corte', secretariat]);
      await cutConnection(uow.tx);
      await uow.tx.query('SELECT 1');
    });
    await expect(outcome).rejects.toMatchObject({ extensions: { code: ErrorCode.UNAVAILABLE } });
    await expect(outcome).rejects.not.toMatchObject({ message: expect.stringMatching(/released|terminat/i) });
    expect(await nameOf()).toBe(before);
  });

  it('fails its COMMIT as UNAVAILABLE when the work had ended, nothing written', async () => {
    const before = await nameOf();
    const outcome = unitOfWork(hub.system(), async (uow) => {
      await uow.tx.query('UPDATE secretariat SET name = $1 WHERE code = $2', ['Cambiada antes del COMMIT', secretariat]);
      await cutConnection(uow.tx);
      return 'done';
    });
    await expect(outcome).rejects.toMatchObject({ extensions: { code: ErrorCode.UNAVAILABLE } });
    expect(await nameOf()).toBe(before);
  });

  it('keeps a coded refusal the work reached before the connection died', async () => {
    const outcome = unitOfWork(hub.system(), async (uow) => {
      await cutConnection(uow.tx);
      throw notFound('School', '999999999999');
    });
    await expect(outcome).rejects.toMatchObject({ extensions: { code: ErrorCode.NOT_FOUND } });
  });

  it('leaves the pool usable: the next unit of work commits', async () => {
    await unitOfWork(hub.system(), (uow) => uow.tx.query('UPDATE secretariat SET name = $1 WHERE code = $2', ['Cambiada después', secretariat]));
    expect(await nameOf()).toBe('Cambiada después');
  });
});

describe('a query runner used after its unit of work ended', () => {
  it('is a fault of the hub, not an unavailable database', async () => {
    let kept: EntityManager | null = null;
    await unitOfWork(hub.system(), async (uow) => {
      kept = uow.tx;
    });
    // As a query builder on the unit's manager would use it (EntityManager.query refuses earlier, with another error).
    const err = await kept!.createQueryBuilder().select('s.code').from('secretariat', 's').getRawMany().then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).name).toBe('QueryRunnerAlreadyReleasedError');
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});

describe('the event LISTEN connection ended by the database', () => {
  it('is logged as a warning with its code, without a stack trace, and comes back', async () => {
    // The bus's own logger, replaced by one writing to an array: what an operator would read.
    const lines: Array<Record<string, unknown>> = [];
    const pino = (await import('pino')).default;
    const capture = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    const bus = hub.runtime.events as unknown as { logger: unknown; stats: { listenerConnects: number } };
    const original = bus.logger;
    bus.logger = capture;
    try {
      const connects = bus.stats.listenerConnects;
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pmi-hub-events' AND datname = current_database()`);
      for (let i = 0; i < 200 && bus.stats.listenerConnects === connects; i++) await new Promise((r) => setTimeout(r, 25));
      expect(bus.stats.listenerConnects).toBeGreaterThan(connects);
      const ended = lines.filter((l) => String(l.msg).startsWith('event LISTEN connection'));
      expect(ended).toHaveLength(1);
      expect(ended[0]).toMatchObject({ level: 40, code: '57P01', msg: expect.stringMatching(/terminated by the database; reconnecting/) });
      expect(JSON.stringify(ended[0])).not.toMatch(/stack|    at /);
    } finally {
      bus.logger = original;
    }
  });
});
