import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';

describe('WebSocket endpoint and shutdown', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub?.stop().catch(() => undefined);
  });

  it('answers GraphQL over graphql-ws on the same path, authenticated by connection params', async () => {
    const { a } = await createTwoTenants(hub, 2);
    const token = await hub.token({ role: Role.QUALITY_STAFF, secretariat: a.code });
    const client = hub.ws(token);
    const result = await new Promise<unknown>((resolve, reject) => {
      let value: unknown;
      client.subscribe(
        { query: '{ schools { totalCount } }' },
        { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
      );
    });
    expect(result).toEqual({ data: { schools: { totalCount: 2 } } });
  });

  it('refuses a WebSocket connection with an invalid token', async () => {
    const client = hub.ws('garbage');
    const outcome = await new Promise<string>((resolve) => {
      client.on('closed', (e) => resolve(String((e as { code?: number }).code)));
      client.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(outcome).toBe('4403');
  });

  it('drains: stopping the hub closes open WebSocket connections and the port', async () => {
    const other = await startTestHub({}, hub.database);
    const token = await other.token({ role: Role.MINISTRY });
    const client = other.ws(token, { lazy: false });
    await new Promise((resolve) => client.on('connected', resolve));
    const closed = new Promise((resolve) => client.on('closed', resolve));
    await other.stop();
    await expect(closed).resolves.toBeDefined();
    await expect(fetch(other.url.replace('/graphql', '/healthz'))).rejects.toThrow();
  });
});
