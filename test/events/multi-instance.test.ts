import { createTestDatabase, type TestDatabase } from '../support/database';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { EventCollector, replayAll } from '../support/event-factories';
import { newDaneCode, newSecretariat } from '../support/factories';
import { expectData } from '../support/hub';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { CreateSchoolDocument, CreateSecretariatDocument } from '../generated/graphql';

// These tests wait on delivery across processes and on cluster-wide transaction timing (an event is delivered only
// once every older writer on the PostgreSQL server has finished); on a loaded CI machine a run may miss a deadline.
// A retry is logged, so a real regression still shows.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * Two hub OS processes (src/main.ts run by node with the swc require hook, see test/support/hub-process.ts) on one
 * database. Polling is set to ten minutes so that only PostgreSQL NOTIFY can carry an event from one to the other.
 */
let database: TestDatabase;
let a: HubProcess;
let b: HubProcess;
const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }));

beforeAll(async () => {
  database = await createTestDatabase();
  [a, b] = await Promise.all([
    spawnHub(database.url, { EVENT_POLL_INTERVAL_MS: '600000' }),
    spawnHub(database.url, { EVENT_POLL_INTERVAL_MS: '600000' }),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.drop();
});

describe('several hub instances', () => {
  it('delivers a mutation committed through instance A to a subscriber connected to instance B, and back', async () => {
    expect(a.pid).not.toBe(b.pid);
    const admin = await tokens.mint({ sub: 'test:admin', role: Role.ADMIN });
    const ministry = await tokens.mint({ sub: 'test:ministry', role: Role.MINISTRY });
    const secretariat = newSecretariat();
    expectData(await a.gql(CreateSecretariatDocument, { input: secretariat }, admin));

    // Live subscriptions (no `after`) on each instance: only fan-out across processes can deliver.
    const onB = new EventCollector(b.ws(ministry), { types: ['SCHOOL_REGISTERED'] });
    const onA = new EventCollector(a.ws(ministry), { types: ['SCHOOL_REGISTERED'] });
    // Make sure both subscriptions are registered: commit a probe and wait until both have seen one.
    const school = (dane: string) => ({ daneCode: dane, secretariat: secretariat.code, name: 'Colegio Multi', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín' }) as const;
    for (let i = 0; i < 100 && !(onA.events.length && onB.events.length); i++) {
      expectData(await a.gql(CreateSchoolDocument, { input: school(newDaneCode('7')) }, admin));
      await new Promise((r) => setTimeout(r, 100));
    }

    const viaA = newDaneCode('8');
    expectData(await a.gql(CreateSchoolDocument, { input: school(viaA) }, admin));
    await onB.waitForEntity(viaA);
    const viaB = newDaneCode('9');
    expectData(await b.gql(CreateSchoolDocument, { input: school(viaB) }, admin));
    await onA.waitForEntity(viaB);
    expect(onB.events.find((e) => e.entityId === viaA)).toMatchObject({ type: 'SCHOOL_REGISTERED', secretariatCode: secretariat.code });

    // Both instances deliver the same sequence, in the same cursor order.
    await onA.waitForEntity(viaA);
    await onB.waitForEntity(viaB);
    const common = (c: EventCollector) => c.events.map((e) => e.cursor).filter((x) => onA.events.some((y) => y.cursor === x) && onB.events.some((y) => y.cursor === x));
    expect(common(onA)).toEqual(common(onB));
    const stored = (await replayAll(b, ministry, { types: ['SCHOOL_REGISTERED'] })).events.map((e) => e.entityId);
    expect(stored).toEqual(expect.arrayContaining([viaA, viaB]));
  });
});
