import { startTestHub, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { GenerateConsolidatedReportDocument, SchoolsDocument } from '../generated/graphql';
import { print } from 'graphql';

/**
 * A validly signed token that names a secretariat or school the registry does not hold is refused at the door,
 * UNAUTHENTICATED over HTTP (401) and WebSocket alike, before any write could fail on a foreign key with database text.
 */
let hub: TestHub;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;
beforeAll(async () => {
  hub = await startTestHub();
  tenants = await createTwoTenants(hub, 1);
});
afterAll(() => hub.stop());

const wsErrors = (token: string) =>
  new Promise<ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>>((resolve, reject) => {
    const client = hub.ws(token);
    client.subscribe(
      { query: print(GenerateConsolidatedReportDocument), variables: { input: { period: '2026' } } },
      {
        next: (r) => resolve(r.errors ?? []),
        error: (e) => resolve(Array.isArray(e) ? e : [{ message: String((e as { reason?: string }).reason ?? e), extensions: { closeCode: (e as { code?: number }).code } }]),
        complete: () => undefined,
      },
    );
    setTimeout(() => reject(new Error('no answer over WebSocket')), 15_000).unref();
  }).finally(() => undefined);

test('a token for a secretariat the registry does not hold: UNAUTHENTICATED on both transports, no database text', async () => {
  const unknown = await hub.token({ role: Role.QUALITY_LEADER, secretariat: '88888' });
  const res = await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026' } }, unknown);
  expect(res.status).toBe(401);
  const err = expectError(res, 'UNAUTHENTICATED');
  expect(err.message).toMatch(/secretariat "88888" is not in the registry/);
  const ws = await wsErrors(unknown);
  expect(JSON.stringify(ws)).not.toMatch(/foreign key|violates|relation/);
  expect(JSON.stringify(ws)).toMatch(/UNAUTHENTICATED|4401|4403|not in the registry/);
  const count = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM consolidated_report WHERE secretariat_code = '88888'`);
  expect(count[0].n).toBe(0);
});

test('a SCHOOL token whose school is not of its secretariat, or not in the registry, is refused', async () => {
  const { a, b, schoolsB } = tenants;
  const crossed = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: schoolsB[0].daneCode });
  expectError(await hub.gql(SchoolsDocument, {}, crossed), 'UNAUTHENTICATED');
  const missing = await hub.token({ role: Role.SCHOOL, secretariat: b.code, school: '199999999999' });
  expectError(await hub.gql(SchoolsDocument, {}, missing), 'UNAUTHENTICATED');
  const own = await hub.token({ role: Role.SCHOOL, secretariat: b.code, school: schoolsB[0].daneCode });
  expect((await hub.gql(SchoolsDocument, {}, own)).errors).toBeUndefined();
});

test('the dashboard mints no development token for a tenant the registry does not hold', async () => {
  const dev = await startTestHub({ DASHBOARD_DEV_TOKENS: 'true' }, hub.database);
  try {
    const mint = (body: unknown) =>
      fetch(dev.url.replace('/graphql', '/dashboard/dev-token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await mint({ role: 'QUALITY_LEADER', secretariat: '99999' })).status).toBe(400);
    expect((await mint({ role: 'SCHOOL', secretariat: tenants.a.code, school: tenants.schoolsB[0].daneCode })).status).toBe(400);
    const ok = await mint({ role: 'QUALITY_LEADER', secretariat: tenants.a.code });
    expect(ok.status).toBe(200);
    const { token } = (await ok.json()) as { token: string };
    expect((await dev.gql(SchoolsDocument, {}, token)).errors).toBeUndefined();
  } finally {
    await dev.stop();
  }
});
