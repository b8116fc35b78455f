import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { post } from '../../src/modules/webhooks/delivery';
import { checkAddresses, isPrivateAddress, retryDelay, urlPolicy } from '../../src/modules/webhooks/webhook.rules';
import { loadConfig } from '../../src/config';
import { RegisterWebhookEndpointDocument } from '../generated/graphql';
import { Receiver } from './receiver';

/**
 * The hub must not become a way to reach internal services: in production only https, hosts of the allowlist when
 * one is set, and no private or loopback address — checked on the resolved addresses at registration and on the
 * address actually connected to at delivery. /metrics is closed in production without METRICS_TOKEN.
 */
let dev: TestHub;
let prod: TestHub;
let allowlisted: TestHub;
let admin: string;
let secretariat: string;

beforeAll(async () => {
  dev = await startTestHub();
  prod = await startTestHub({ NODE_ENV: 'production', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }, dev.database);
  allowlisted = await startTestHub(
    { NODE_ENV: 'production', JWT_SECRET: 'test-secret-for-pmi-hub-tests', WEBHOOK_ALLOWED_HOSTS: 'hooks.example.org,*.siblings.gov.co', METRICS_TOKEN: 'metrics-token-0123456789' },
    dev.database,
  );
  admin = await dev.token({ role: Role.ADMIN });
  secretariat = (await createSecretariat(dev)).code;
});
afterAll(async () => {
  await allowlisted?.stop();
  await prod?.stop();
  await dev?.stop();
});

const register = (hub: TestHub, url: string) =>
  hub.gql(RegisterWebhookEndpointDocument, { input: { url, secretariat, clientId: 'c', scopes: ['read:E02.01'] } }, admin);

describe('SSRF refusals in production', () => {
  it.each([
    ['http://hooks.example.org/in', 'HTTPS_ONLY'],
    ['https://127.0.0.1/in', 'PUBLIC_ADDRESS'],
    ['https://localhost:8443/in', 'PUBLIC_ADDRESS'],
    ['https://10.0.0.5/in', 'PUBLIC_ADDRESS'],
    ['https://192.168.1.20/in', 'PUBLIC_ADDRESS'],
    ['https://169.254.169.254/latest/meta-data', 'PUBLIC_ADDRESS'],
    ['https://[::1]/in', 'PUBLIC_ADDRESS'],
    ['https://[::ffff:127.0.0.1]/in', 'PUBLIC_ADDRESS'],
    ['https://[fd00::1]/in', 'PUBLIC_ADDRESS'],
    ['https://0.0.0.0/in', 'PUBLIC_ADDRESS'],
    ['https://user:pw@hooks.example.org/in', 'PLAIN_URL'],
    ['ftp://hooks.example.org/in', 'HTTPS_ONLY'],
  ])('refuses %s (%s)', async (url, rule) => {
    const err = expectError(await register(prod, url), 'BAD_USER_INPUT', 'input.url');
    expect(err.message).toContain(rule);
  });

  it('with an allowlist, only its hosts (and subdomains of a *. entry) are accepted', async () => {
    const err = expectError(await register(allowlisted, 'https://other.example.org/in'), 'BAD_USER_INPUT', 'input.url');
    expect(err.message).toContain('HOST_ALLOWLIST');
    expect(expectError(await register(allowlisted, 'https://evil-siblings.gov.co/in'), 'BAD_USER_INPUT').message).toContain('HOST_ALLOWLIST');
    // An allowlisted name that resolves to a loopback address is still refused.
    expect(expectError(await register(allowlisted, 'https://127.0.0.1/in'), 'BAD_USER_INPUT').message).toMatch(/HOST_ALLOWLIST|PUBLIC_ADDRESS/);
  });

  it('outside production, loopback receivers are allowed (the tests use them)', async () => {
    expectData(await register(dev, 'http://127.0.0.1:9/in'));
  });

  it('a name that resolves to a loopback address is refused after resolution, and at delivery the connected address is checked', async () => {
    const policy = urlPolicy(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }));
    expect(policy).toMatchObject({ httpsOnly: true, allowPrivate: false });
    expect(await checkAddresses(new URL('https://localhost/x'), policy)).toMatch(/private or loopback/);
    // Delivery re-checks the address it connects to (a name that resolved elsewhere at registration: DNS rebinding).
    const r = await new Receiver().up();
    try {
      const viaName = await post(`http://localhost:${r.port}/hooks`, '1', '{}', ['whsec_' + Buffer.alloc(32).toString('base64')], { ...policy, httpsOnly: false }, 1000, 'test');
      expect(viaName).toMatchObject({ ok: false, status: null });
      expect(viaName.error).toMatch(/refused private or loopback address/);
      const viaLiteral = await post(r.url, '1', '{}', ['whsec_' + Buffer.alloc(32).toString('base64')], { ...policy, httpsOnly: false }, 1000, 'test');
      expect(viaLiteral.error).toMatch(/refused private or loopback address 127\.0\.0\.1/);
      expect(r.received).toEqual([]);
      const allowed = await post(r.url, '1', '{"id":"1"}', ['whsec_' + Buffer.alloc(32).toString('base64')], { ...policy, httpsOnly: false, allowPrivate: true }, 1000, 'test');
      expect(allowed).toMatchObject({ ok: true, status: 204 });
    } finally {
      await r.down();
    }
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', '::ffff:10.0.0.1', '224.0.0.1']) {
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    }
    for (const a of ['8.8.8.8', '172.32.0.1', '200.1.2.3', '2800:3f0:4005::200e', '::ffff:8.8.8.8']) {
      expect([a, isPrivateAddress(a)]).toEqual([a, false]);
    }
  });

  it('retry delays grow exponentially with jitter, capped', () => {
    const config = loadConfig({ WEBHOOK_RETRY_BASE_MS: '1000', WEBHOOK_RETRY_MAX_DELAY_MS: '60000' });
    expect([1, 2, 3, 4].map((n) => retryDelay(n, config, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, config, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(30, config, () => 1)).toBe(60000);
  });
});

describe('configuration', () => {
  it('refuses a lease shorter than twice the delivery timeout (a lease must outlive every POST)', () => {
    expect(() => loadConfig({ WEBHOOK_TIMEOUT_MS: '10000', WEBHOOK_LEASE_MS: '15000' })).toThrow(/WEBHOOK_LEASE_MS must be at least twice WEBHOOK_TIMEOUT_MS/);
    expect(loadConfig({ WEBHOOK_TIMEOUT_MS: '10000', WEBHOOK_LEASE_MS: '20000' }).WEBHOOK_LEASE_MS).toBe(20000);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});

describe('/metrics access', () => {
  it('is off in production without METRICS_TOKEN, needs the token when set, and is open in development', async () => {
    const at = (hub: TestHub) => hub.url.replace('/graphql', '/metrics');
    expect((await fetch(at(prod))).status).toBe(404);
    expect((await fetch(at(allowlisted))).status).toBe(401);
    expect((await fetch(at(allowlisted), { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await fetch(at(allowlisted), { headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('pmi_hub_http_requests_total');
    expect((await fetch(at(dev))).status).toBe(200);
  });
});
