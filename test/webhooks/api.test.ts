import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { emitEvents, newEvent, replayAll } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';
import { startWebhookWorker } from '../../src/modules/webhooks/webhook-worker';
import {
  DeleteWebhookEndpointDocument,
  PauseWebhookEndpointDocument,
  RedeliverWebhookEventsDocument,
  RegisterWebhookEndpointDocument,
  ResumeAndRedeliverDocument,
  ResumeWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  WebhookEndpointDocument,
  WebhookEndpointsDocument,
} from '../generated/graphql';
import { Receiver, until } from './receiver';

/**
 * The webhook API: who may register and manage endpoints, retries running out (pause + dead letter), resume,
 * redeliver, pause, delete, and the Prometheus /metrics. Retries give up after 600 ms here.
 */
// Events are delivered once settled: a long write transaction anywhere on a shared server (other suites) holds them back.
jest.setTimeout(240_000);

let hub: TestHub;
let stopWorker: () => Promise<void>;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const tk: Record<string, string> = {};
const receivers: Receiver[] = [];

beforeAll(async () => {
  hub = await startTestHub({
    WEBHOOK_POLL_INTERVAL_MS: '50',
    WEBHOOK_RETRY_BASE_MS: '50',
    WEBHOOK_RETRY_MAX_DELAY_MS: '200',
    WEBHOOK_RETRY_MAX_AGE_MS: '600',
    WEBHOOK_TIMEOUT_MS: '1000',
    WEBHOOK_LEASE_MS: '3000',
    LOG_LEVEL: process.env.DBG_LOG ?? 'silent',
  });
  stopWorker = startWebhookWorker(hub.runtime);
  t = await createTwoTenants(hub, 2);
  tk.admin = await hub.token({ role: Role.ADMIN });
  tk.clientA = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01', 'ingest:D01.03'], client: 'e02-01-a' });
  tk.otherClientA = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01'], client: 'other' });
  tk.clientB = await hub.token({ role: Role.SUBPROCESS, secretariat: t.b.code, scopes: ['read:E02.01'], client: 'e02-01-b' });
  tk.ingestOnly = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['ingest:D01.03'], client: 'd0103' });
  tk.leaderA = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
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

const count = async () => (await hub.runtime.db.query('SELECT count(*)::int AS n FROM webhook_endpoint'))[0].n as number;
const evaluation = () => newEvent({ secretariat: t.a.code, school: t.schoolsA[0].daneCode, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED });
const endpoint = async (id: string) => expectData(await hub.gql(WebhookEndpointDocument, { id, first: 200 }, tk.admin)).webhookEndpoint;

describe('webhook endpoints: who may do what', () => {
  it('tenancy:registerWebhookEndpoint tenancy:webhookEndpoints tenancy:webhookEndpoint — a client registers and sees its own endpoints only; ADMIN sees all; other roles are refused', async () => {
    const r = await receiver();
    // The client registers for itself: its secretariat, client id and read scopes come from its token.
    const own = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, consumer: 'E02_01' } }, tk.clientA)).registerWebhookEndpoint.endpoint;
    expect(own).toMatchObject({ secretariatCode: t.a.code, clientId: 'e02-01-a', scopes: ['read:E02.01'], consumer: 'E02_01', status: 'ACTIVE' });
    const b = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, tk.clientB)).registerWebhookEndpoint.endpoint;
    expect(b.secretariatCode).toBe(t.b.code);

    // Beyond its scopes, another secretariat, another client id: refused.
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, consumer: 'F01_03' } }, tk.clientA), 'FORBIDDEN');
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, types: ['SCHOOL_REGISTERED'] } }, tk.clientA), 'FORBIDDEN');
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, scopes: ['read:MEN'] } }, tk.clientA), 'FORBIDDEN');
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, clientId: 'someone-else' } }, tk.clientA), 'FORBIDDEN');
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.b.code } }, tk.clientA), 'NOT_FOUND');
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, tk.ingestOnly), 'FORBIDDEN');
    for (const role of [tk.leaderA, tk.ministry]) {
      expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, role), 'FORBIDDEN');
      expectError(await hub.gql(WebhookEndpointsDocument, {}, role), 'FORBIDDEN');
      expectError(await hub.gql(WebhookEndpointDocument, { id: own.id }, role), 'FORBIDDEN');
    }
    expectError(await hub.gql(WebhookEndpointsDocument, {}, null), 'UNAUTHENTICATED');

    // ADMIN names the secretariat, the client and its scopes; all three are required (every violation at once).
    const missing = expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: 'not a url' } }, tk.admin), 'BAD_USER_INPUT');
    expect((missing.extensions?.violations as { field: string }[]).map((v) => v.field)).toEqual(['input.secretariat', 'input.clientId', 'input.scopes', 'input.url']);
    expectError(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: 'x', scopes: ['read:E02.01'], school: t.schoolsB[0].daneCode } }, tk.admin),
      'BAD_USER_INPUT',
      'input.school',
    );
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: 'x', scopes: ['read:E02.01'], after: '99999999999:1' } }, tk.admin), 'CURSOR_AHEAD');

    const list = (token: string) => hub.gql(WebhookEndpointsDocument, { first: 100 }, token).then((res) => expectData(res).webhookEndpoints.edges.map((e) => e.node.id));
    expect(await list(tk.clientA)).toEqual([own.id]);
    expect(await list(tk.otherClientA)).toEqual([]);
    expect(await list(tk.clientB)).toEqual([b.id]);
    expect(await list(tk.admin)).toEqual(expect.arrayContaining([own.id, b.id]));
    const onlyB = expectData(await hub.gql(WebhookEndpointsDocument, { secretariat: t.b.code }, tk.admin)).webhookEndpoints.edges.map((e) => e.node.id);
    expect(onlyB).toEqual([b.id]);
    expect(expectData(await hub.gql(WebhookEndpointDocument, { id: own.id }, tk.clientA)).webhookEndpoint.id).toBe(own.id);
    expectError(await hub.gql(WebhookEndpointDocument, { id: own.id }, tk.otherClientA), 'NOT_FOUND');
    expectError(await hub.gql(WebhookEndpointDocument, { id: own.id }, tk.clientB), 'NOT_FOUND');
  });

  it('tenancy:pauseWebhookEndpoint tenancy:resumeWebhookEndpoint tenancy:rotateWebhookSecret tenancy:redeliverWebhookEvents tenancy:deleteWebhookEndpoint — another client\'s endpoint answers NOT_FOUND', async () => {
    const r = await receiver();
    const { endpoint: own } = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, tk.clientA)).registerWebhookEndpoint;
    for (const token of [tk.otherClientA, tk.clientB]) {
      expectError(await hub.gql(PauseWebhookEndpointDocument, { id: own.id }, token), 'NOT_FOUND');
      expectError(await hub.gql(ResumeWebhookEndpointDocument, { id: own.id }, token), 'NOT_FOUND');
      expectError(await hub.gql(RotateWebhookSecretDocument, { id: own.id }, token), 'NOT_FOUND');
      expectError(await hub.gql(RedeliverWebhookEventsDocument, { id: own.id, after: '0:0' }, token), 'NOT_FOUND');
      expectError(await hub.gql(DeleteWebhookEndpointDocument, { id: own.id }, token), 'NOT_FOUND');
    }
    for (const token of [tk.leaderA, tk.ministry]) {
      expectError(await hub.gql(PauseWebhookEndpointDocument, { id: own.id }, token), 'FORBIDDEN');
      expectError(await hub.gql(DeleteWebhookEndpointDocument, { id: own.id }, token), 'FORBIDDEN');
    }
    // The owner and ADMIN may.
    expect(expectData(await hub.gql(PauseWebhookEndpointDocument, { id: own.id }, tk.clientA)).pauseWebhookEndpoint).toMatchObject({ status: 'PAUSED', pausedReason: 'BY_CALLER' });
    expect(expectData(await hub.gql(ResumeWebhookEndpointDocument, { id: own.id }, tk.admin)).resumeWebhookEndpoint).toMatchObject({ status: 'ACTIVE', pausedReason: null });
    expect(expectData(await hub.gql(DeleteWebhookEndpointDocument, { id: own.id }, tk.clientA)).deleteWebhookEndpoint).toBe(own.id);
    expectError(await hub.gql(WebhookEndpointDocument, { id: own.id }, tk.admin), 'NOT_FOUND');
    // Every change is in the audit trail.
    const audit = await hub.runtime.db.query(`SELECT operation FROM audit_entry WHERE entity = 'WebhookEndpoint' AND entity_id = $1`, [own.id]);
    expect(audit.map((a: { operation: string }) => a.operation).sort()).toEqual(['deleteWebhookEndpoint', 'pauseWebhookEndpoint', 'registerWebhookEndpoint', 'resumeWebhookEndpoint'].sort());
  });
});

describe('registration input: empty and repeated lists, every problem at once, endpoints per client', () => {
  const fieldsOf = (err: { extensions?: Record<string, unknown> }) => (err.extensions?.violations as { field: string }[]).map((v) => v.field);

  it('an empty scopes or types list is refused (omitted or null means "all"), every problem reported at once', async () => {
    const r = await receiver();
    const before = await count();
    // A client: scopes: [] used to mean "every scope of my token", types: [] "every type".
    const noScopes = expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, scopes: [] } }, tk.clientA), 'BAD_USER_INPUT', 'input.scopes');
    expect(noScopes.message).toMatch(/must not be empty: omit it/);
    const noTypes = expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, types: [] } }, tk.clientA), 'BAD_USER_INPUT', 'input.types');
    expect(noTypes.message).toMatch(/must not be empty: omit it/);
    // ADMIN: the empty lists, a malformed cursor (the input's own checks) and a URL the rules refuse (the service's),
    // together in one error.
    const all = expectError(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: 'ftp://x.example.org/in', secretariat: t.a.code, clientId: 'x', scopes: [], types: [], after: 'start' } }, tk.admin),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(all).sort()).toEqual(['input.after', 'input.scopes', 'input.types', 'input.url']);
    expect(all.message).toContain('and 3 more problems');
    // A client's malformed scope and a bad URL: both (not FORBIDDEN for the scope the token "lacks").
    const both = expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: 'not a url', scopes: ['E02.01'] } }, tk.clientA), 'BAD_USER_INPUT');
    expect(fieldsOf(both).sort()).toEqual(['input.scopes', 'input.url']);
    expect(await count()).toBe(before);
    // Omitted and null still mean "all": the token's read scopes, every type they allow.
    const omitted = expectData(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, scopes: null, types: null } }, tk.clientA)).registerWebhookEndpoint.endpoint;
    expect(omitted).toMatchObject({ scopes: ['read:E02.01'], eventTypes: null });
    expectData(await hub.gql(DeleteWebhookEndpointDocument, { id: omitted.id }, tk.clientA));
  });

  it("ADMIN: a preset or types its scopes do not allow, and a school of no school of the secretariat, are input problems reported with the others", async () => {
    const before = await count();
    const admin = (input: Record<string, unknown>) =>
      hub.gql(RegisterWebhookEndpointDocument, { input: { url: 'not a url', secretariat: t.a.code, clientId: 'x', scopes: ['read:E02.01'], ...input } } as never, tk.admin);
    // The preset of F01.03 with only read:E02.01 listed; a type no listed preset carries; a well-formed DANE code of
    // no school (and one of the other secretariat): BAD_USER_INPUT on each field, with the URL's problem.
    const preset = expectError(await admin({ consumer: 'F01_03', types: ['IRREGULARITY_REPORT_SIGNED'], school: '999999999999' }), 'BAD_USER_INPUT');
    expect(fieldsOf(preset).sort()).toEqual(['input.consumer', 'input.school', 'input.types', 'input.url']);
    const byField = Object.fromEntries((preset.extensions?.violations as { field: string; message: string }[]).map((v) => [v.field, v.message]));
    expect(byField['input.consumer']).toMatch(/Preset F01_03 requires the scope read:F01\.03/);
    expect(byField['input.types']).toMatch(/do not allow event types irregularity_report\.signed/);
    expect(byField['input.school']).toMatch(/is not a school of secretariat/);
    const otherTenant = expectError(await admin({ school: t.schoolsB[0].daneCode }), 'BAD_USER_INPUT');
    expect(fieldsOf(otherTenant).sort()).toEqual(['input.school', 'input.url']);
    expect(await count()).toBe(before);
    // A client choosing a preset its token does not hold stays FORBIDDEN (a permission, not an input problem).
    const r = await receiver();
    expectError(await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, consumer: 'F01_03' } }, tk.clientA), 'FORBIDDEN');
  });

  it('a scope or type listed twice is stored once', async () => {
    const r = await receiver();
    const ep = expectData(
      await hub.gql(
        RegisterWebhookEndpointDocument,
        { input: { url: r.url, scopes: ['read:E02.01', 'read:E02.01'], types: ['ASSISTANCE_EVALUATION_SUBMITTED', 'ASSISTANCE_EVALUATION_SUBMITTED'] } },
        tk.clientA,
      ),
    ).registerWebhookEndpoint.endpoint;
    expect(ep).toMatchObject({ scopes: ['read:E02.01'], eventTypes: ['ASSISTANCE_EVALUATION_SUBMITTED'] });
    const [row] = await hub.runtime.db.query('SELECT scopes, event_types FROM webhook_endpoint WHERE id = $1', [ep.id]);
    expect([row.scopes, row.event_types]).toEqual([['read:E02.01'], ['assistance_evaluation.submitted']]);
    expectData(await hub.gql(DeleteWebhookEndpointDocument, { id: ep.id }, tk.clientA));
  });

  it('at most WEBHOOK_MAX_ENDPOINTS_PER_CLIENT endpoints per client, even when registrations race (LIMIT_EXCEEDED)', async () => {
    const limited = await startTestHub({ WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: '3', WEBHOOK_POLL_INTERVAL_MS: '0', LOG_LEVEL: 'silent' }, hub.database);
    try {
      const r = await receiver();
      const client = `limit-${Date.now()}`;
      const token = await limited.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01'], client });
      const admin = await limited.token({ role: Role.ADMIN });
      // Eight at once, half by the client, half by ADMIN for it: exactly three pass.
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2
            ? limited.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, token)
            : limited.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: client, scopes: ['read:E02.01'] } }, admin),
        ),
      );
      const ok = results.filter((x) => !x.errors);
      expect(ok).toHaveLength(3);
      for (const x of results.filter((y) => y.errors)) {
        const err = expectError(x, 'LIMIT_EXCEEDED');
        expect(err.extensions).toMatchObject({ limit: 'webhookEndpoints', max: 3, actual: 3 });
        expect(err.message).toContain('WEBHOOK_MAX_ENDPOINTS_PER_CLIENT');
      }
      const [{ n }] = await hub.runtime.db.query('SELECT count(*)::int AS n FROM webhook_endpoint WHERE client_id = $1', [client]);
      expect(n).toBe(3);
      // Another client is not affected; deleting one makes room.
      expectData(await limited.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: `${client}-other`, scopes: ['read:E02.01'] } }, admin));
      expectData(await limited.gql(DeleteWebhookEndpointDocument, { id: ok[0].data!.registerWebhookEndpoint.endpoint.id }, token));
      expectData(await limited.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, token));
      expectError(await limited.gql(RegisterWebhookEndpointDocument, { input: { url: r.url } }, token), 'LIMIT_EXCEEDED');
    } finally {
      await limited.stop();
    }
  });
});

describe('failures, pause and redelivery', () => {
  it('retries running out pause the endpoint and list a dead letter; resume delivers it and the rest in order; redeliver sends them again', async () => {
    const r = await receiver();
    r.answer = () => ({ status: 503, body: 'maintenance window' });
    const ministry = tk.ministry;
    const start = (await replayAll(hub, ministry)).endCursor;
    const { endpoint: ep } = expectData(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: 'e02', scopes: ['read:E02.01'], after: start } }, tk.admin),
    ).registerWebhookEndpoint;
    const emitted = [...(await emitEvents(hub, [evaluation()])), ...(await emitEvents(hub, [evaluation()]))];
    await until(async () => (await endpoint(ep.id)).status === 'PAUSED', 'the endpoint to pause');
    const paused = await endpoint(ep.id);
    expect(paused).toMatchObject({ pausedReason: 'RETRIES_EXHAUSTED', lastStatus: 503, lastError: 'HTTP 503' });
    expect(paused.deadLetters.totalCount).toBe(1);
    const [dead] = paused.deadLetters.edges.map((e) => e.node);
    expect(dead).toMatchObject({ lastStatus: 503, responseExcerpt: 'maintenance window', eventType: 'assistance_evaluation.submitted', resolution: null });
    expect(dead.attempts).toBeGreaterThanOrEqual(2);
    expect(paused.health.lagEvents).toBe(2);
    const attemptsWhenPaused = r.received.length;
    await new Promise((res) => setTimeout(res, 300));
    expect(r.received.length).toBe(attemptsWhenPaused); // paused: nothing more is sent
    const [auditRow] = await hub.runtime.db.query(`SELECT change FROM audit_entry WHERE operation = 'webhookRetriesExhausted' AND entity_id = $1`, [ep.id]);
    expect(auditRow.change).toMatchObject({ reason: 'RETRIES_EXHAUSTED' });

    r.answer = () => ({ status: 200 });
    r.received = [];
    expectData(await hub.gql(ResumeWebhookEndpointDocument, { id: ep.id }, tk.admin));
    await r.waitFor(() => r.received.length >= 2, 'both events after resuming');
    expect(r.received.map((x) => x.body.entityId)).toEqual(emitted.map((e) => e.entityId));
    await until(async () => (await endpoint(ep.id)).deadLetters.edges[0].node.resolution === 'DELIVERED', 'the dead letter to be settled');

    // Redeliver from the start: the same two events again, same ids (the receiver deduplicates).
    const ids = r.received.map((x) => x.headers['webhook-id']);
    r.received = [];
    expectError(await hub.gql(RedeliverWebhookEventsDocument, { id: ep.id, after: '99999999999:1' }, tk.admin), 'CURSOR_AHEAD');
    expectData(await hub.gql(RedeliverWebhookEventsDocument, { id: ep.id, after: start }, tk.admin));
    await r.waitFor(() => r.received.length >= 2, 'the redelivery');
    expect(r.received.map((x) => x.headers['webhook-id'])).toEqual(ids);
    await until(async () => (await endpoint(ep.id)).health.lagEvents === 0, 'the redelivery to finish');

    // A paused endpoint delivers nothing: a redelivery there would silently do nothing, so it is refused (INVALID_STATE)
    // and the cursor is left alone. Resumed, "0:0" (the start of the log) sends every event it may see again.
    expectData(await hub.gql(PauseWebhookEndpointDocument, { id: ep.id }, tk.admin));
    const cursorPaused = (await endpoint(ep.id)).cursor;
    const refused = expectError(await hub.gql(RedeliverWebhookEventsDocument, { id: ep.id, after: '0:0' }, tk.admin), 'INVALID_STATE');
    expect(refused.message).toMatch(/PAUSED.*resume/i);
    expect((await endpoint(ep.id)).cursor).toBe(cursorPaused);
    r.received = [];
    const both = expectData(await hub.gql(ResumeAndRedeliverDocument, { id: ep.id, after: '0:0' }, tk.admin));
    expect(both.redeliverWebhookEvents.status).toBe('ACTIVE');
    await r.waitFor(() => r.received.length >= 2, 'the redelivery from the start of the log');
    expect(r.received.map((x) => x.headers['webhook-id'])).toEqual(ids);
  });

  it('resume with skipFailed settles the dead letter as SKIPPED and continues after it', async () => {
    const r = await receiver();
    r.answer = (x) => (x.body.payload.poison ? { status: 422, body: 'cannot process' } : { status: 200 });
    const { endpoint: ep } = expectData(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: 'e02', scopes: ['read:E02.01'] } }, tk.admin),
    ).registerWebhookEndpoint;
    const [poison] = await emitEvents(hub, [{ ...evaluation(), payload: { poison: true } }]);
    const [next] = await emitEvents(hub, [evaluation()]);
    await until(async () => (await endpoint(ep.id)).status === 'PAUSED', 'the endpoint to pause');
    expectData(await hub.gql(ResumeWebhookEndpointDocument, { id: ep.id, skipFailed: true }, tk.admin));
    await r.waitFor(() => r.received.some((x) => x.body.entityId === next.entityId), 'the event after the poison one');
    expect(r.received.filter((x) => x.body.entityId === poison.entityId).every((x) => x.body.payload.poison)).toBe(true);
    const after = await endpoint(ep.id);
    expect(after.deadLetters.edges[0].node.resolution).toBe('SKIPPED');
    expect(after.status).toBe('ACTIVE');
  });
});

describe('/metrics', () => {
  it('serves Prometheus text with requests, errors, event lag and per-endpoint webhook lag', async () => {
    const r = await receiver();
    r.answer = () => 'hang';
    const { endpoint: ep } = expectData(
      await hub.gql(RegisterWebhookEndpointDocument, { input: { url: r.url, secretariat: t.a.code, clientId: 'e02', scopes: ['read:E02.01'] } }, tk.admin),
    ).registerWebhookEndpoint;
    await emitEvents(hub, [evaluation()]);
    await emitEvents(hub, [evaluation()]);
    expectError(await hub.gql(WebhookEndpointsDocument, {}, tk.leaderA), 'FORBIDDEN');
    await r.waitFor(() => r.received.length >= 1, 'the first (hanging) delivery');
    const res = await fetch(hub.url.replace('/graphql', '/metrics'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^pmi_hub_http_requests_total\{method="POST",path="\/graphql",status="200"\} \d+/m);
    expect(text).toMatch(/^pmi_hub_graphql_errors_total\{code="FORBIDDEN"\} \d+/m);
    expect(text).toMatch(/^pmi_hub_event_lag_events \d+/m);
    expect(text).toMatch(/^pmi_hub_event_lag_seconds /m);
    expect(text).toMatch(new RegExp(`^pmi_hub_webhook_lag_events\\{endpoint="${ep.id}"\\} 2$`, 'm'));
    expect(text).toMatch(new RegExp(`^pmi_hub_webhook_lag_seconds\\{endpoint="${ep.id}"\\} [0-9.]+`, 'm'));
    expect(text).toMatch(/^pmi_hub_webhook_deliveries_total\{result="success"\} \d+/m);
    expect(text).toMatch(/^pmi_hub_webhook_endpoints\{status="ACTIVE"\} \d+/m);
    expect(text).toMatch(/^pmi_hub_process_resident_memory_bytes /m);
    expectData(await hub.gql(PauseWebhookEndpointDocument, { id: ep.id }, tk.admin));
  });
});
