import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { newDaneCode, newSecretariat } from '../support/factories';
import { expectData } from '../support/hub';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { CreateSchoolDocument, CreateSecretariatDocument, RegisterWebhookEndpointDocument } from '../generated/graphql';
import { Receiver, isAscending } from './receiver';

/**
 * Two hub OS processes (src/main.ts, each running the webhook worker) on one database. Under normal operation each
 * event reaches each endpoint once; when the instance delivering an endpoint is killed with SIGKILL mid-delivery, the
 * other takes the endpoint over when its lease expires and resumes from the endpoint's cursor: nothing is lost.
 */
jest.setTimeout(240_000);
jest.retryTimes(1, { logErrorsBeforeRetry: true });

const WORKER = {
  WEBHOOK_POLL_INTERVAL_MS: '100',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_DELAY_MS: '500',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_LEASE_MS: '2000',
  LOG_LEVEL: 'info',
};

const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }));
let database: TestDatabase;
let hubs: HubProcess[] = [];
const receivers: Receiver[] = [];
let admin: string;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = await tokens.mint({ sub: 'test:admin', role: Role.ADMIN });
});
afterAll(async () => {
  await Promise.all(hubs.map((h) => h.stop()));
  await Promise.all(receivers.map((r) => r.down()));
  await database?.drop();
});

async function q<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: database.url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

async function setUp(hub: HubProcess, endpoints: number) {
  const secretariat = newSecretariat();
  expectData(await hub.gql(CreateSecretariatDocument, { input: secretariat }, admin));
  const rs: Receiver[] = [];
  for (let i = 0; i < endpoints; i++) {
    const r = await new Receiver().up();
    receivers.push(r);
    rs.push(r);
    expectData(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: secretariat.code, clientId: `men-${i}`, scopes: ['read:MEN'], consumer: 'MEN' } }, admin),
    );
  }
  const schools: string[] = [];
  const createSchools = async (via: HubProcess[], n: number) => {
    for (let i = 0; i < n; i++) {
      const dane = newDaneCode('6');
      expectData(
        await via[i % via.length].gql(
          CreateSchoolDocument,
          { input: { daneCode: dane, secretariat: secretariat.code, name: `Colegio ${i}`, sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín' } },
          admin,
        ),
      );
      schools.push(dane);
    }
  };
  return { secretariat: secretariat.code, receivers: rs, schools, createSchools };
}

const entityIds = (r: Receiver) => r.received.map((x) => x.body.entityId);

it('two instances: each event reaches each endpoint exactly once, in order', async () => {
  hubs = await Promise.all([spawnHub(database.url, WORKER), spawnHub(database.url, WORKER)]);
  const w = await setUp(hubs[0], 4);
  await w.createSchools(hubs, 20);
  for (const r of w.receivers) await r.waitFor(() => r.received.length >= 20, '20 deliveries');
  await new Promise((res) => setTimeout(res, 1_500)); // both workers poll many more times
  for (const r of w.receivers) {
    expect(entityIds(r)).toEqual(w.schools);
    expect(isAscending(r.received.map((x) => x.body.cursor))).toBe(true);
  }
  const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_attempt`);
  expect(n).toBe(80);
  await Promise.all(hubs.map((h) => h.stop()));
  hubs = [];
});

it('SIGKILL of the delivering instance loses nothing: the other resumes from the endpoint cursor', async () => {
  hubs = await Promise.all([spawnHub(database.url, WORKER), spawnHub(database.url, WORKER)]);
  const instanceOf = new Map<string, HubProcess>();
  for (const h of hubs) {
    const { instance } = (await (await fetch(h.url.replace('/graphql', '/healthz'))).json()) as { instance: string };
    instanceOf.set(instance, h);
  }
  const w = await setUp(hubs[0], 1);
  const [r] = w.receivers;
  r.delayMs = 150; // slow answers keep a delivery in flight most of the time
  await w.createSchools([hubs[0]], 12);
  await r.waitFor(() => r.received.length >= 3, 'the first deliveries');
  const [{ lease_owner: owner }] = await q<{ lease_owner: string | null }>(`SELECT lease_owner FROM webhook_endpoint`);
  let victim = owner ? instanceOf.get(owner) : undefined;
  if (!victim) {
    // Between two batches the lease may be free for a moment: whoever made the last attempt is delivering.
    const [{ instance_id }] = await q<{ instance_id: string }>(`SELECT instance_id FROM webhook_attempt ORDER BY id DESC LIMIT 1`);
    victim = instanceOf.get(instance_id)!;
  }
  process.kill(victim.pid, 'SIGKILL');
  const survivor = hubs.find((h) => h !== victim)!;
  hubs = [survivor];
  await w.createSchools([survivor], 6);
  await r.waitFor(() => new Set(entityIds(r)).size >= 18, 'every event, after the takeover', 60_000);
  const firstArrivals = entityIds(r).filter((id, i, all) => all.indexOf(id) === i);
  expect(firstArrivals).toEqual(w.schools);
  // At-least-once: at most the event in flight at the kill is sent twice.
  expect(r.received.length - firstArrivals.length).toBeLessThanOrEqual(1);
  const survivorInstance = [...instanceOf].find(([, h]) => h === survivor)![0];
  const [{ n }] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_attempt WHERE instance_id = $1`, [survivorInstance]);
  expect(n).toBeGreaterThan(0);
});
