import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { guardedLookup, post } from '../../src/modules/webhooks/delivery';
import { addressProblem, checkAddresses, isPrivateAddress, retryDelay, urlPolicy } from '../../src/modules/webhooks/webhook.rules';
import { loadConfig } from '../../src/config';
import { RegisterWebhookEndpointDocument } from '../generated/graphql';
import { Receiver } from './receiver';

/**
 * The hub must not become a way to reach internal services: in production only https, hosts of the allowlist when
 * one is set, and only public addresses (an allow-list) — checked on the resolved addresses at registration and on the
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
    // IPv6 forms that embed or translate an IPv4, or are otherwise special (bracketed literals, hex, dotted, upper case).
    ['https://[::127.0.0.1]/in', 'PUBLIC_ADDRESS'], // IPv4-compatible ::/96 (the URL parser makes it [::7f00:1])
    ['https://[::7f00:1]/in', 'PUBLIC_ADDRESS'],
    ['https://[::8.8.8.8]/in', 'PUBLIC_ADDRESS'], // IPv4-compatible is refused whatever it embeds
    ['https://[::ffff:0:7f00:1]/in', 'PUBLIC_ADDRESS'], // SIIT ::ffff:0:0:0/96
    ['https://[::ffff:0:8.8.8.8]/in', 'PUBLIC_ADDRESS'],
    ['https://[::FFFF:7F00:1]/in', 'PUBLIC_ADDRESS'], // IPv4-mapped, hex and upper case
    ['https://[0:0:0:0:0:ffff:10.0.0.1]/in', 'PUBLIC_ADDRESS'],
    ['https://[::ffff:a9fe:a9fe]/in', 'PUBLIC_ADDRESS'], // 169.254.169.254
    ['https://[64:ff9b::10.0.0.1]/in', 'PUBLIC_ADDRESS'], // well-known NAT64 with a private IPv4
    ['https://[64:FF9B::7F00:1]/in', 'PUBLIC_ADDRESS'],
    ['https://[64:ff9b:1::808:808]/in', 'PUBLIC_ADDRESS'], // local-use NAT64 (RFC 8215), whatever it embeds
    ['https://[2002:7f00:1::1]/in', 'PUBLIC_ADDRESS'], // 6to4
    ['https://[2002:808:808::1]/in', 'PUBLIC_ADDRESS'],
    ['https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/in', 'PUBLIC_ADDRESS'], // Teredo
    ['https://[100::1]/in', 'PUBLIC_ADDRESS'], // discard-only
    ['https://[2001:db8::1]/in', 'PUBLIC_ADDRESS'], // documentation
    ['https://[2001:10::1]/in', 'PUBLIC_ADDRESS'], // ORCHID (deprecated)
    ['https://[2001:20::1]/in', 'PUBLIC_ADDRESS'], // ORCHIDv2
    ['https://[3fff::1]/in', 'PUBLIC_ADDRESS'], // documentation (RFC 9637)
    ['https://[ff02::1]/in', 'PUBLIC_ADDRESS'], // multicast
    ['https://[FD12:3456::1]/in', 'PUBLIC_ADDRESS'], // unique local fc00::/7
    ['https://[fe80::1]/in', 'PUBLIC_ADDRESS'], // link-local
    ['https://[FEBF::1]/in', 'PUBLIC_ADDRESS'],
    ['https://[fec0::1]/in', 'PUBLIC_ADDRESS'], // site-local (deprecated)
    ['https://[::]/in', 'PUBLIC_ADDRESS'],
    ['https://[fe80::1%25eth0]/in', 'PLAIN_URL'], // a zone id: not a valid URL (WHATWG has no zone ids)
    ['https://0x7f.1/in', 'PUBLIC_ADDRESS'], // 127.0.0.1 in hex and short form
    ['https://2130706433/in', 'PUBLIC_ADDRESS'],
    ['https://198.51.100.7/in', 'PUBLIC_ADDRESS'], // documentation
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
    expect(await checkAddresses(new URL('https://localhost/x'), policy)).toMatch(/non-public address .*loopback/);
    // Delivery re-checks the address it connects to (a name that resolved elsewhere at registration: DNS rebinding).
    const r = await new Receiver().up();
    try {
      const viaName = await post(`http://localhost:${r.port}/hooks`, '1', '{}', ['whsec_' + Buffer.alloc(32).toString('base64')], { ...policy, httpsOnly: false }, 1000, 'test');
      expect(viaName).toMatchObject({ ok: false, status: null });
      expect(viaName.error).toMatch(/refused non-public address/);
      const viaLiteral = await post(r.url, '1', '{}', ['whsec_' + Buffer.alloc(32).toString('base64')], { ...policy, httpsOnly: false }, 1000, 'test');
      expect(viaLiteral.error).toMatch(/refused non-public address 127\.0\.0\.1 \(loopback\)/);
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

  // IANA IPv4 and IPv6 Special-Purpose Address Registries: only global unicast, and of the forms that embed an IPv4
  // only IPv4-mapped and well-known NAT64, judged by their IPv4.
  const REFUSED: [string, RegExp][] = [
    ['::127.0.0.1', /IPv4-compatible/],
    ['::7f00:1', /IPv4-compatible/],
    ['::8.8.8.8', /IPv4-compatible/],
    ['::ffff:0:7f00:1', /SIIT/],
    ['::ffff:0:127.0.0.1', /SIIT/],
    ['::ffff:0:808:808', /SIIT/],
    ['::ffff:7f00:1', /IPv4-mapped loopback/],
    ['::FFFF:7F00:0001', /IPv4-mapped loopback/],
    ['0:0:0:0:0:ffff:169.254.169.254', /IPv4-mapped link-local/],
    ['::ffff:c0a8:101', /IPv4-mapped private/],
    ['64:ff9b::10.0.0.1', /NAT64 private/],
    ['64:ff9b::a9fe:a9fe', /NAT64 link-local/],
    ['64:FF9B::7F00:1', /NAT64 loopback/],
    ['64:ff9b:1::808:808', /local-use NAT64/],
    ['64:ff9b:1:abcd::a00:1', /local-use NAT64/],
    ['2002:7f00:1::1', /6to4/],
    ['2002:808:808::1', /6to4/],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', /Teredo/],
    ['2001::1', /Teredo/],
    ['100::1', /discard/],
    ['2001:db8::1', /documentation/],
    ['2001:DB8:ffff::1', /documentation/],
    ['3fff::1', /documentation/],
    ['2001:10::1', /IETF protocol/],
    ['2001:20::1', /IETF protocol/],
    ['2001:2::1', /IETF protocol/],
    ['ff02::1', /multicast/],
    ['FF0E::1', /multicast/],
    ['fc00::1', /unique local/],
    ['fdff:ffff::1', /unique local/],
    ['fe80::1', /link-local/],
    ['FE80::1', /link-local/],
    ['febf:ffff::1', /link-local/],
    ['fec0::1', /site-local/],
    ['fe80::1%eth0', /zone id/],
    ['fe80::1%25eth0', /zone id/],
    ['2800:3f0:4005::200e%eth0', /zone id/],
    ['4000::1', /outside 2000::\/3/],
    ['e000::1', /outside 2000::\/3/],
    ['192.0.2.1', /documentation/],
    ['198.51.100.1', /documentation/],
    ['203.0.113.1', /documentation/],
    ['198.18.0.1', /benchmarking/],
    ['192.88.99.1', /6to4 relay/],
    ['255.255.255.255', /broadcast/],
    ['240.0.0.1', /reserved/],
    ['localhost', /not an IP address/],
    ['', /not an IP address/],
  ];
  const PUBLIC = ['8.8.8.8', '::ffff:8.8.8.8', '::FFFF:808:808', '64:ff9b::8.8.8.8', '64:ff9b::808:808', '2800:3f0:4005::200e', '2001:4860:4860::8888', '2a00:1450:4001:80b::200e', '2001:200::1', '3000::1'];

  it.each(REFUSED)('refuses %s (%s)', (address, why) => {
    expect(addressProblem(address)).toMatch(why);
    expect(isPrivateAddress(address)).toBe(true);
  });

  it('accepts global unicast, and IPv4-mapped or well-known NAT64 forms of a public IPv4', () => {
    for (const a of PUBLIC) expect([a, addressProblem(a)]).toEqual([a, null]);
  });

  it('at connect time the same function judges every address the lookup returns (what the socket dials)', async () => {
    const policy = { ...urlPolicy(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'test-secret-for-pmi-hub-tests' })), httpsOnly: false };
    const lookup = guardedLookup(policy)!;
    // dns.lookup answers a literal without the network: the guard sees each form as a resolver would return it.
    const dial = (host: string) =>
      new Promise<{ err: NodeJS.ErrnoException | null; addresses: unknown }>((res) =>
        lookup(host, { all: true }, (err, addresses) => res({ err, addresses })),
      );
    for (const [a] of REFUSED.filter(([a]) => a)) expect([a, (await dial(a)).err?.code]).toEqual([a, 'EPRIVATEADDR']);
    for (const a of PUBLIC) expect([a, (await dial(a)).err]).toEqual([a, null]);
    expect((await dial('localhost')).err?.message).toMatch(/refused non-public address/);

    // A literal URL is dialled without a lookup: post() checks it first. Forms that reach 127.0.0.1 on a dual-stack host.
    const r = await new Receiver().up();
    try {
      for (const host of ['[::ffff:127.0.0.1]', '[::FFFF:7F00:1]', '[::ffff:0:7f00:1]', '[::127.0.0.1]', '[64:ff9b::127.0.0.1]']) {
        const res = await post(`http://${host}:${r.port}/hooks`, '1', '{}', ['whsec_' + Buffer.alloc(32).toString('base64')], policy, 1000, 'test');
        expect([host, res.ok, res.error]).toEqual([host, false, expect.stringMatching(/^refused non-public address /)]);
      }
      expect(r.received).toEqual([]);
    } finally {
      await r.down();
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
