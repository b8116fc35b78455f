import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import {
  DeleteWebhookEndpointDocument,
  PauseWebhookEndpointDocument,
  RedeliverWebhookEventsDocument,
  RegisterWebhookEndpointDocument,
  ResumeWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  WebhookEndpointDocument,
  WebhookEndpointsDocument,
} from '../generated/graphql';

/**
 * The outside review of the webhooks (issue #15): the per-client limit counted per (secretariat, client), endpoints
 * managed only within the scopes the token still holds, a client id required (never the subject), the URL stored as
 * the hub will call it, unknown scopes and malformed client ids refused as input. No worker runs: nothing here
 * delivers.
 */
jest.setTimeout(120_000);

let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
let admin: string;
const URL_OK = 'http://127.0.0.1:9/hooks';

beforeAll(async () => {
  hub = await startTestHub({ WEBHOOK_POLL_INTERVAL_MS: '0', WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: '2', LOG_LEVEL: process.env.DBG_LOG ?? 'silent' });
  t = await createTwoTenants(hub, 1);
  admin = await hub.token({ role: Role.ADMIN });
});
afterAll(async () => {
  await hub?.stop();
});

const fieldsOf = (err: { extensions?: Record<string, unknown> }) => (err.extensions?.violations as { field: string }[]).map((v) => v.field);
const forAdmin = (secretariat: string, clientId: string, extra: Record<string, unknown> = {}) => ({
  input: { url: URL_OK, secretariat, clientId, scopes: ['read:E02.01'], ...extra },
});

describe('WEBHOOK_MAX_ENDPOINTS_PER_CLIENT counts per (secretariat, client id)', () => {
  it("a client of one secretariat neither fills nor reads the quota of the same client id in another", async () => {
    const client = `men-sys-${Date.now()}`;
    // The client of secretariat A fills its quota (2 here).
    expectData(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, client), admin));
    expectData(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, client), admin));
    expectError(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, client), admin), 'LIMIT_EXCEEDED');
    // The same client id in secretariat B has its own quota, and its refusal counts only its own endpoints.
    const tokenB = await hub.token({ role: Role.SUBPROCESS, secretariat: t.b.code, scopes: ['read:E02.01'], client });
    expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, tokenB));
    expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, tokenB));
    const err = expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, tokenB), 'LIMIT_EXCEEDED');
    expect(err.extensions).toMatchObject({ limit: 'webhookEndpoints', max: 2, actual: 2 });
    expect(err.message).toContain(t.b.code);
  });
});

describe('an endpoint is managed only within the scopes the token still holds', () => {
  it('a token of the same client that lost a scope may not pause, resume, rotate or redeliver; it may delete; ADMIN lists by client', async () => {
    const client = `narrowed-${Date.now()}`;
    const full = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01', 'read:MEN'], client });
    const narrow = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01', 'ingest:D01.03'], client });
    const ep = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, full)).registerWebhookEndpoint.endpoint;
    expect(ep.scopes).toEqual(['read:E02.01', 'read:MEN']);

    const refusals = [
      await hub.gql(PauseWebhookEndpointDocument, { id: ep.id }, narrow),
      await hub.gql(ResumeWebhookEndpointDocument, { id: ep.id }, narrow),
      await hub.gql(RotateWebhookSecretDocument, { id: ep.id }, narrow),
      // The one that leaked: every past event of read:MEN sent again.
      await hub.gql(RedeliverWebhookEventsDocument, { id: ep.id, after: '0:0' }, narrow),
    ];
    for (const res of refusals) {
      const err = expectError(res, 'FORBIDDEN');
      expect(err.message).toContain('read:MEN');
      expect(err.message).toContain('deleteWebhookEndpoint');
    }
    // Nothing changed (no audit entry but the registration's).
    const audit = await hub.runtime.db.query(`SELECT operation FROM audit_entry WHERE entity = 'WebhookEndpoint' AND entity_id = $1`, [ep.id]);
    expect(audit.map((a: { operation: string }) => a.operation)).toEqual(['registerWebhookEndpoint']);
    // The token that still holds every scope may; so may ADMIN.
    expect(expectData(await hub.gql(PauseWebhookEndpointDocument, { id: ep.id }, full)).pauseWebhookEndpoint.status).toBe('PAUSED');
    expect(expectData(await hub.gql(ResumeWebhookEndpointDocument, { id: ep.id }, admin)).resumeWebhookEndpoint.status).toBe('ACTIVE');
    // An ADMIN finds a client's endpoints.
    const listed = expectData(await hub.gql(WebhookEndpointsDocument, { clientId: client, first: 100 }, admin)).webhookEndpoints.edges.map((e) => e.node.id);
    expect(listed).toEqual([ep.id]);
    // The narrowed token sees it (to find it) and may delete it.
    expect(expectData(await hub.gql(WebhookEndpointDocument, { id: ep.id }, narrow)).webhookEndpoint.id).toBe(ep.id);
    expect(expectData(await hub.gql(DeleteWebhookEndpointDocument, { id: ep.id }, narrow)).deleteWebhookEndpoint).toBe(ep.id);
  });
});

describe('a SUBPROCESS caller needs a client id (client_id or azp), never its subject', () => {
  it('a token without client_id/azp whose subject equals a client id gets FORBIDDEN, and sees nothing of that client', async () => {
    const client = `subj-${Date.now()}`;
    const owner = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01'], client });
    const ep = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, owner)).registerWebhookEndpoint.endpoint;
    const impostor = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01'], sub: client });
    for (const res of [
      await hub.gql(WebhookEndpointsDocument, {}, impostor),
      await hub.gql(WebhookEndpointDocument, { id: ep.id }, impostor),
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: URL_OK } }, impostor),
      await hub.gql(PauseWebhookEndpointDocument, { id: ep.id }, impostor),
      await hub.gql(DeleteWebhookEndpointDocument, { id: ep.id }, impostor),
    ]) {
      expect(expectError(res, 'FORBIDDEN').message).toMatch(/client_id.*azp/);
    }
    expect(expectData(await hub.gql(WebhookEndpointDocument, { id: ep.id }, owner)).webhookEndpoint.status).toBe('ACTIVE');
  });
});

describe('the URL is stored as the hub will call it', () => {
  const register = (url: string) => hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, `url-${Date.now()}-${Math.random()}`.slice(0, 40), { url }), admin);

  it.each([
    ['a backslash (read as "/": https://8.8.8.8\\@127.0.0.1/ calls 8.8.8.8)', 'https://8.8.8.8\\@127.0.0.1/'],
    ['CR/LF', 'http://127.0.0.1:9/hooks\r\nX-Injected: 1'],
    ['a tab', 'http://127.0.0.1:9/ho\toks'],
    ['a C1 control', 'http://127.0.0.1:9/hooks\u0085'],
    ['a leading space', ' http://127.0.0.1:9/hooks'],
    ['a trailing space', 'http://127.0.0.1:9/hooks '],
    ['port 0', 'http://127.0.0.1:0/hooks'],
  ])('refuses %s (BAD_USER_INPUT on input.url)', async (_what, url) => {
    const err = expectError(await register(url), 'BAD_USER_INPUT', 'input.url');
    // A C1 control is refused by the boundary's rule for every text (naming it) before the URL's own rule.
    expect(err.message).toMatch(url.includes('\u0085') ? /found U\+0085/ : /PLAIN_URL/);
  });

  it('stores and shows the parsed URL (scheme and host in lower case, dot segments resolved, default port dropped)', async () => {
    const ep = expectData(await register('HTTP://LocalHost:80/a/../hooks?x=1')).registerWebhookEndpoint.endpoint;
    expect(ep.url).toBe('http://localhost/hooks?x=1');
    const [row] = await hub.runtime.db.query('SELECT url FROM webhook_endpoint WHERE id = $1', [ep.id]);
    expect(row.url).toBe('http://localhost/hooks?x=1');
  });
});

describe('ADMIN input: unknown scopes and malformed client ids are BAD_USER_INPUT, every problem at once', () => {
  it('an unknown scope is BAD_USER_INPUT on input.scopes naming every unknown one, not FORBIDDEN', async () => {
    const err = expectError(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, 'x', { scopes: ['read:FOO', 'read:E02.01', 'read:BAR'] }), admin), 'BAD_USER_INPUT', 'input.scopes');
    expect(err.message).toContain('read:FOO');
    expect(err.message).toContain('read:BAR');
    // Source scopes alone (no preset) select no event: also an input mistake for an ADMIN.
    expectError(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, 'x', { scopes: ['read:D01.03'] }), admin), 'BAD_USER_INPUT', 'input.scopes');
  });

  it.each([
    ['blank', '   '],
    ['a bidi override (U+202E)', 'men\u202Esys'],
    ['a leading dot', '.men'],
    ['a space inside', 'men sys'],
    ['101 characters', `a${'b'.repeat(100)}`],
  ])('a clientId with %s is BAD_USER_INPUT on input.clientId', async (_what, clientId) => {
    expectError(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, clientId), admin), 'BAD_USER_INPUT', 'input.clientId');
  });

  it('an unknown scope, a bad client id and a bad URL come together', async () => {
    const err = expectError(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, ' ', { scopes: ['read:FOO'], url: 'http://127.0.0.1:0/' }), admin), 'BAD_USER_INPUT');
    expect(fieldsOf(err).sort()).toEqual(['input.clientId', 'input.scopes', 'input.url']);
  });

  it('a well-formed client id with the documented characters is accepted', async () => {
    const ep = expectData(await hub.gql(RegisterWebhookEndpointDocument, forAdmin(t.a.code, 'Sys-01.men_e02:prod'), admin)).registerWebhookEndpoint.endpoint;
    expect(ep.clientId).toBe('Sys-01.men_e02:prod');
  });
});
