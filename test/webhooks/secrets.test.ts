import { randomBytes } from 'node:crypto';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { emitEvents, newEvent } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { loadConfig, ConfigError } from '../../src/config';
import { startWebhookWorker } from '../../src/modules/webhooks/webhook-worker';
import { SecretBox, SecretKeyError, sealStoredSecrets } from '../../src/modules/webhooks/secret-box';
import { RegisterWebhookEndpointDocument, RotateWebhookSecretDocument } from '../generated/graphql';
import { Receiver, verify } from './receiver';

/**
 * Webhook signing secrets at rest (WEBHOOK_SECRET_KEYS, src/modules/webhooks/secret-box.ts): stored sealed, never in
 * clear; deliveries still signed with the secret the client was given; start-up seals secrets kept in clear or under a
 * retired key, and refuses to start when a secret's key is missing.
 */
jest.setTimeout(240_000);

const key = () => randomBytes(32).toString('base64');
const K1 = key();
const K2 = key();
const FAST = { WEBHOOK_POLL_INTERVAL_MS: '50', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_MAX_DELAY_MS: '400', WEBHOOK_TIMEOUT_MS: '1000', WEBHOOK_LEASE_MS: '3000' };

let hub: TestHub;
let admin: string;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const receivers: Receiver[] = [];

beforeAll(async () => {
  hub = await startTestHub({ ...FAST, WEBHOOK_SECRET_KEYS: K1 });
  admin = await hub.token({ role: Role.ADMIN });
  t = await createTwoTenants(hub, 1);
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.down()));
  await hub?.stop();
});

async function register(url: string) {
  const res = await hub.gql(RegisterWebhookEndpointDocument, { input: { url, secretariat: t.a.code, clientId: 'e02-01', scopes: ['read:E02.01'], consumer: 'E02_01' } }, admin);
  return expectData(res).registerWebhookEndpoint;
}
const stored = async (id: string) =>
  (await hub.runtime.db.query('SELECT secret, previous_secret FROM webhook_endpoint WHERE id = $1', [id]))[0] as { secret: string; previous_secret: string | null };
const emitOne = () => emitEvents(hub, [newEvent({ secretariat: t.a.code, school: t.schoolsA[0].daneCode, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED })]);

describe('webhook signing secrets at rest', () => {
  it('are stored sealed, not in clear, and deliveries verify with the secret given (also both secrets of a rotation)', async () => {
    const r = await new Receiver().up();
    receivers.push(r);
    const { endpoint: ep, secret } = await register(r.url);
    const row = await stored(ep.id);
    expect(row.secret).toMatch(/^enc:v1:[0-9a-f]{8}:/);
    expect(row.secret).not.toContain(secret.slice('whsec_'.length, 20));
    const stop = startWebhookWorker(hub.runtime);
    try {
      await emitOne();
      await r.waitFor(() => r.received.length === 1, 'a delivery');
      expect(verify(secret, r.received[0])).toBeTruthy();
      const rotated = expectData(await hub.gql(RotateWebhookSecretDocument, { id: ep.id, overlapSeconds: 60 }, admin)).rotateWebhookSecret;
      const after = await stored(ep.id);
      expect(after.secret).toMatch(/^enc:v1:/);
      expect(after.previous_secret).toBe(row.secret);
      await emitOne();
      await r.waitFor(() => r.received.length === 2, 'a delivery during the overlap');
      expect(verify(secret, r.received[1])).toBeTruthy();
      expect(verify(rotated.secret, r.received[1])).toBeTruthy();
    } finally {
      await stop();
    }
  });

  it('a sealed secret opens only for its own endpoint and its own key', () => {
    const box = new SecretBox([Buffer.from(K1, 'base64')]);
    const sealed = box.seal('11111111-1111-4111-8111-111111111111', 'whsec_abc');
    expect(box.open('11111111-1111-4111-8111-111111111111', sealed)).toBe('whsec_abc');
    expect(() => box.open('22222222-2222-4222-8222-222222222222', sealed)).toThrow();
    expect(() => new SecretBox([Buffer.from(K2, 'base64')]).open('11111111-1111-4111-8111-111111111111', sealed)).toThrow(/not among WEBHOOK_SECRET_KEYS/);
    expect(new SecretBox([]).seal('x', 'whsec_abc')).toBe('whsec_abc');
  });

  it('start-up seals secrets kept in clear and re-seals those of a retired key; a missing key refuses to start', async () => {
    const r = await new Receiver().up();
    receivers.push(r);
    const { endpoint: ep, secret } = await register(r.url);
    // An endpoint registered before keys were configured: its secret in clear.
    await hub.runtime.db.query('UPDATE webhook_endpoint SET secret = $2 WHERE id = $1', [ep.id, secret]);
    expect(await sealStoredSecrets(hub.runtime)).toBeGreaterThanOrEqual(1);
    expect((await stored(ep.id)).secret).toMatch(/^enc:v1:/);
    expect(await sealStoredSecrets(hub.runtime)).toBe(0); // nothing left to do
    const audit = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'sealWebhookSecret' AND entity_id = $1`, [ep.id]);
    expect(audit[0].n).toBe(1);

    // A new key first, the old one after it: every secret moves to the new key, deliveries still verify.
    const rotatedKeys = await startTestHub({ ...FAST, WEBHOOK_SECRET_KEYS: `${K2},${K1}` }, hub.database);
    try {
      expect(await sealStoredSecrets(rotatedKeys.runtime)).toBeGreaterThanOrEqual(1);
      const id2 = new SecretBox([Buffer.from(K2, 'base64')]).seal(ep.id, 'x').split(':')[2];
      expect((await stored(ep.id)).secret.split(':')[2]).toBe(id2);
      const stop = startWebhookWorker(rotatedKeys.runtime);
      try {
        await emitOne();
        await r.waitFor(() => r.received.length >= 1, 'a delivery signed after the key change');
        expect(verify(secret, r.received[r.received.length - 1])).toBeTruthy();
      } finally {
        await stop();
      }
    } finally {
      await rotatedKeys.stop();
    }
    // Only the retired key, or none: the hub cannot open the secrets and refuses to start.
    for (const keys of [K1, undefined]) {
      const lost = await startTestHub({ ...FAST, ...(keys ? { WEBHOOK_SECRET_KEYS: keys } : {}) }, hub.database);
      try {
        await expect(sealStoredSecrets(lost.runtime)).rejects.toBeInstanceOf(SecretKeyError);
      } finally {
        await lost.stop();
      }
    }
  });

  it('a malformed WEBHOOK_SECRET_KEYS is a configuration error that does not repeat the value', () => {
    const bad = 'not-a-key-but-a-secret-value';
    try {
      loadConfig({ WEBHOOK_SECRET_KEYS: `${K1},${bad}` });
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/WEBHOOK_SECRET_KEYS must be a comma-separated list/);
      expect((err as Error).message).not.toContain(bad);
      expect((err as Error).message).not.toContain(K1);
    }
    expect(() => loadConfig({ WEBHOOK_SECRET_KEYS: randomBytes(16).toString('base64') })).toThrow(ConfigError);
    expect(loadConfig({ WEBHOOK_SECRET_KEYS: `${K1}, ${K2}` }).WEBHOOK_SECRET_KEYS).toBe(`${K1}, ${K2}`);
  });
});
