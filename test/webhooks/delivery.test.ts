import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { emitEvents, newEvent } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { startWebhookWorker } from '../../src/modules/webhooks/webhook-worker';
import {
  RegisterWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  WebhookEndpointDocument,
  type RegisterWebhookEndpointMutationVariables,
} from '../generated/graphql';
import { Receiver, isAscending, until, verify } from './receiver';

/**
 * Outbound webhooks through real HTTP receivers on 127.0.0.1 (loopback allowed outside production). Intervals are
 * short so retries happen within the test: poll 50 ms, retries from 100 ms up to 400 ms, timeout 1 s.
 */
// Events are delivered once settled: a long write transaction anywhere on a shared server (other suites) holds them back.
jest.setTimeout(240_000);

const FAST = {
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_DELAY_MS: '400',
  WEBHOOK_TIMEOUT_MS: '1000',
  WEBHOOK_LEASE_MS: '3000',
};

let hub: TestHub;
let stopWorker: () => Promise<void>;
let admin: string;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const receivers: Receiver[] = [];

beforeAll(async () => {
  hub = await startTestHub(FAST);
  stopWorker = startWebhookWorker(hub.runtime);
  admin = await hub.token({ role: Role.ADMIN });
  t = await createTwoTenants(hub, 2);
});
afterAll(async () => {
  await stopWorker?.();
  await Promise.all(receivers.map((r) => r.down()));
  await hub?.stop();
});

async function receiver(): Promise<Receiver> {
  const r = await new Receiver().up();
  receivers.push(r);
  return r;
}

async function register(url: string, input: Partial<RegisterWebhookEndpointMutationVariables['input']> = {}, token = admin) {
  const res = await hub.gql(
    RegisterWebhookEndpointDocument,
    { input: { url, secretariat: t.a.code, clientId: 'e02-01', scopes: ['read:E02.01'], consumer: 'E02_01', ...input } },
    token,
  );
  return expectData(res).registerWebhookEndpoint;
}

const evaluation = (school = t.schoolsA[0].daneCode, secretariat = t.a.code) =>
  newEvent({ secretariat, school, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED });

/** One transaction per event, as separate writes would be. */
async function emitOneByOne(n: number, make = () => evaluation()) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(...(await emitEvents(hub, [make()])));
  return out;
}

const endpoint = async (id: string) => expectData(await hub.gql(WebhookEndpointDocument, { id, first: 200 }, admin)).webhookEndpoint;

describe('webhook delivery', () => {
  it('delivers every visible event in cursor order, signed in the Standard Webhooks format (reference verifier)', async () => {
    const r = await receiver();
    const { endpoint: ep, secret } = await register(r.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const emitted = await emitOneByOne(12);
    await emitEvents(hub, [evaluation(), evaluation(t.schoolsA[1].daneCode)]); // two in one transaction
    await r.waitFor(() => r.received.length >= 14, '14 deliveries');
    expect(r.received.map((x) => x.body.entityId).slice(0, 12)).toEqual(emitted.map((e) => e.entityId));
    expect(isAscending(r.received.map((x) => x.body.cursor))).toBe(true);
    for (const x of r.received) {
      expect(verify(secret, x)).toMatchObject({ id: x.body.id, type: 'assistance_evaluation.submitted' });
      expect(x.headers['webhook-id']).toBe(x.body.id);
      expect(x.headers['content-type']).toBe('application/json');
      expect(x.body).toMatchObject({ secretariat: t.a.code, type: 'assistance_evaluation.submitted' });
      expect(Date.parse(x.body.timestamp)).not.toBeNaN();
    }
    // A tampered body or another secret does not verify.
    expect(() => verify(secret, { ...r.received[0], raw: r.received[0].raw.replace('"payload"', '"payloaf"') })).toThrow();
    await until(async () => (await endpoint(ep.id)).cursor === r.received[13].body.cursor, 'the cursor to advance');
    const after = await endpoint(ep.id);
    expect(after.health).toMatchObject({ lagEvents: 0, lagSeconds: 0, successRate: 1, attempts24h: 14 });
    expect(after.attempts.totalCount).toBe(14);
    expect(after.attempts.edges.every((e) => e.node.success && e.node.statusCode === 204 && e.node.attempt === 1)).toBe(true);
    expect(r.received).toHaveLength(14); // exactly once under normal operation
  });

  it('tenancy: another tenant\'s events, types outside the scopes and other schools\' events never reach an endpoint', async () => {
    const whole = await receiver();
    const oneSchool = await receiver();
    const tenantB = await receiver();
    await register(whole.url);
    await register(oneSchool.url, { school: t.schoolsA[0].daneCode });
    await register(tenantB.url, { secretariat: t.b.code });
    const [s0, s1] = t.schoolsA.map((s) => s.daneCode);
    const events = [
      evaluation(s0),
      evaluation(s1),
      evaluation(t.schoolsB[0].daneCode, t.b.code),
      newEvent({ secretariat: t.a.code, school: s0, type: EventType.SCHOOL_UPDATED }), // not in read:E02.01
      newEvent({ secretariat: t.a.code, school: null, type: EventType.IRREGULARITY_REPORT_SIGNED }), // F01.03 only
      newEvent({ secretariat: t.b.code, school: t.schoolsB[1].daneCode, type: EventType.SCHOOL_UPDATED }),
    ];
    for (const e of events) await emitEvents(hub, [e]);
    const markerA = (await emitEvents(hub, [evaluation(s0)]))[0];
    const markerB = (await emitEvents(hub, [evaluation(t.schoolsB[0].daneCode, t.b.code)]))[0];
    await whole.waitFor(() => whole.received.some((x) => x.body.entityId === markerA.entityId), 'the marker (whole secretariat)');
    await oneSchool.waitFor(() => oneSchool.received.some((x) => x.body.entityId === markerA.entityId), 'the marker (one school)');
    await tenantB.waitFor(() => tenantB.received.some((x) => x.body.entityId === markerB.entityId), 'the marker (tenant B)');
    const ids = (r: Receiver) => r.received.map((x) => x.body.entityId);
    expect(ids(whole)).toEqual([events[0].entityId, events[1].entityId, markerA.entityId]);
    expect(ids(oneSchool)).toEqual([events[0].entityId, markerA.entityId]);
    expect(ids(tenantB)).toEqual([events[2].entityId, markerB.entityId]);
  });

  it('a payload with parts per consumer reaches each endpoint with its own part only, as in the subscription', async () => {
    const e0201 = await receiver();
    const i0204 = await receiver();
    await register(e0201.url, { consumer: null, scopes: ['read:E02.01'] });
    await register(i0204.url, { clientId: 'i02-04', scopes: ['read:I02.04'], consumer: 'I02_04' });
    // consolidated_report.published is in the I02.04 preset only; an E02.01+I02.04 client gets both parts.
    const both = await receiver();
    await register(both.url, { clientId: 'both', scopes: ['read:E02.01', 'read:I02.04'], consumer: null, types: ['CONSOLIDATED_REPORT_PUBLISHED'] });
    const [published] = await emitEvents(hub, [
      newEvent({ secretariat: t.a.code, school: null, type: EventType.CONSOLIDATED_REPORT_PUBLISHED, payload: { version: 1, parts: { 'E02.01': { a: 1 }, 'I02.04': { b: 2 }, 'D01.04': { c: 3 } } } }),
    ]);
    await i0204.waitFor(() => i0204.received.some((x) => x.body.entityId === published.entityId), 'the report (I02.04)');
    await both.waitFor(() => both.received.some((x) => x.body.entityId === published.entityId), 'the report (E02.01 + I02.04)');
    const payloadAt = (r: Receiver) => r.received.find((x) => x.body.entityId === published.entityId)!.body.payload;
    expect(payloadAt(i0204)).toEqual({ version: 1, parts: { 'I02.04': { b: 2 } } });
    expect(payloadAt(both)).toEqual({ version: 1, parts: { 'E02.01': { a: 1 }, 'I02.04': { b: 2 } } });
    expect(e0201.received.some((x) => x.body.entityId === published.entityId)).toBe(false); // not an E02.01 type
  });

  it('a receiver down for a while, then back, gets everything in order; deduplicated by webhook-id it is each event once', async () => {
    const r = await receiver();
    const { endpoint: ep } = await register(r.url);
    await r.down(); // connections refused
    const emitted = await emitOneByOne(8);
    await until(async () => (await endpoint(ep.id)).failedAttempts >= 3, 'three failed attempts');
    const failing = await endpoint(ep.id);
    expect(failing.lastError).toMatch(/ECONNREFUSED/);
    expect(failing.health.lagEvents).toBe(8);
    expect(failing.health.lagSeconds).toBeGreaterThan(0);
    expect(failing.status).toBe('ACTIVE');
    await r.up(); // the same port
    await r.waitFor(() => new Set(r.ids()).size >= 8, 'all eight events');
    const byId = new Map(r.received.map((x) => [x.headers['webhook-id'], x.body.entityId]));
    expect(r.deduplicated().map((id) => byId.get(id))).toEqual(emitted.map((e) => e.entityId));
    expect(isAscending(r.received.map((x) => x.body.cursor).filter((c, i, all) => all.indexOf(c) === i))).toBe(true);
    await until(async () => (await endpoint(ep.id)).health.lagEvents === 0, 'lag 0');
    const after = await endpoint(ep.id);
    expect(after.failedAttempts).toBe(0);
    expect(after.lastError).toBeNull();
    expect(after.attempts.edges.filter((e) => !e.node.success).length).toBeGreaterThanOrEqual(3);
  });

  it('a receiver answering 500 then 200: retried with backoff, the same event (same webhook-id) until it is accepted, then the rest in order', async () => {
    const r = await receiver();
    r.answer = (_x, n) => (n <= 3 ? { status: 500, body: 'database is down' } : { status: 200, body: 'ok' });
    const { endpoint: ep } = await register(r.url);
    const emitted = await emitOneByOne(4);
    await r.waitFor(() => r.received.length >= 7, '3 failures + 4 deliveries');
    const first = emitted[0].entityId;
    expect(r.received.slice(0, 4).map((x) => x.body.entityId)).toEqual([first, first, first, first]);
    expect(new Set(r.received.slice(0, 4).map((x) => x.headers['webhook-id'])).size).toBe(1);
    expect(r.received.slice(3).map((x) => x.body.entityId)).toEqual(emitted.map((e) => e.entityId));
    // Backoff: the retries are spaced (base 100 ms, doubling, with jitter of up to half).
    const gaps = r.received.slice(0, 4).map((x, i, all) => (i ? x.at - all[i - 1].at : 0)).slice(1);
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    await until(async () => (await endpoint(ep.id)).attempts.totalCount === 7, 'seven attempts recorded');
    const failed = expectData(await hub.gql(WebhookEndpointDocument, { id: ep.id, failedOnly: true }, admin)).webhookEndpoint.attempts;
    expect(failed.totalCount).toBe(3);
    expect(failed.edges.map((e) => [e.node.attempt, e.node.statusCode, e.node.responseExcerpt, e.node.error])).toEqual([
      [1, 500, 'database is down', 'HTTP 500'],
      [2, 500, 'database is down', 'HTTP 500'],
      [3, 500, 'database is down', 'HTTP 500'],
    ]);
    const health = (await endpoint(ep.id)).health;
    expect(health.successRate).toBeCloseTo(4 / 7);
  });

  it('a hanging receiver does not delay another endpoint', async () => {
    // This instance alone delivers, with a 20 s timeout: the hanging POST stays open for the whole test.
    await stopWorker();
    const patient = await startTestHub({ ...FAST, WEBHOOK_TIMEOUT_MS: '20000', WEBHOOK_LEASE_MS: '40000' }, hub.database);
    const stopPatient = startWebhookWorker(patient.runtime);
    try {
      const hanging = await receiver();
      hanging.answer = () => 'hang';
      const healthy = await receiver();
      const { endpoint: stuck } = await register(hanging.url);
      await register(healthy.url);
      const emitted = await emitOneByOne(5);
      await healthy.waitFor(() => healthy.received.length >= 5, 'five deliveries to the healthy endpoint');
      expect(healthy.received.map((x) => x.body.entityId)).toEqual(emitted.map((e) => e.entityId));
      // Meanwhile the hanging endpoint is still on its first event (in order), its POST still open: no attempt ended.
      expect(hanging.received.length).toBe(1);
      expect((await endpoint(stuck.id)).attempts.totalCount).toBe(0);
    } finally {
      await stopPatient();
      await patient.stop();
      stopWorker = startWebhookWorker(hub.runtime);
    }
  });

  it('secret rotation: during the overlap both secrets verify; afterwards only the new one', async () => {
    const r = await receiver();
    const { endpoint: ep, secret: first } = await register(r.url);
    await emitOneByOne(1);
    await r.waitFor(() => r.received.length === 1, 'one delivery');
    expect(verify(first, r.received[0])).toBeTruthy();
    const rotated = expectData(await hub.gql(RotateWebhookSecretDocument, { id: ep.id, overlapSeconds: 2 }, admin)).rotateWebhookSecret;
    const second = rotated.secret;
    expect(second).not.toBe(first);
    expect(rotated.endpoint.previousSecretExpiresAt).not.toBeNull();
    await emitOneByOne(1);
    await r.waitFor(() => r.received.length === 2, 'a delivery during the overlap');
    expect(r.received[1].headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verify(first, r.received[1])).toBeTruthy();
    expect(verify(second, r.received[1])).toBeTruthy();
    await new Promise((res) => setTimeout(res, 2_200));
    await emitOneByOne(1);
    await r.waitFor(() => r.received.length === 3, 'a delivery after the overlap');
    expect(r.received[2].headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(verify(second, r.received[2])).toBeTruthy();
    expect(() => verify(first, r.received[2])).toThrow();
  });
});
