import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { documentedErrorCodes } from '../support/error-codes';

/** HTTP status codes per the GraphQL-over-HTTP specification (issue 8, §2): a client mistake is never a 5xx. */
let hub: TestHub;
let token: string;
beforeAll(async () => {
  hub = await startTestHub({ MAX_BODY_SIZE: '2kb', MAX_QUERY_COMPLEXITY: '500' });
  const { a } = await createTwoTenants(hub, 1);
  token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
});
afterAll(() => hub.stop());

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function post(body: unknown, accept: string | null, auth: string | null = token) {
  const res = await fetch(hub.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accept ? { accept } : {}),
      ...(auth ? { authorization: `Bearer ${auth}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, ...json, code: json.errors?.[0]?.extensions?.code };
}

/** Request errors: nothing was executed. */
const requestErrors: [string, unknown, string][] = [
  ['a syntax error', { query: '{ schools(' }, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', { query: '{ schoolz { totalCount } }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ['a variable of the wrong type', { query: 'query($f: Int!) { schools(first: $f) { totalCount } }', variables: { f: 'x' } }, 'BAD_USER_INPUT'],
  ['a missing required variable', { query: 'query($f: Int!) { schools(first: $f) { totalCount } }' }, 'BAD_USER_INPUT'],
  ['a cost above MAX_QUERY_COMPLEXITY', { query: '{ schools(first: 200) { edges { node { daneCode name sector } } } }' }, 'LIMIT_EXCEEDED'],
  ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
  ['a persisted query (not supported)', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 'PERSISTED_QUERY_NOT_SUPPORTED'],
];

describe('HTTP status', () => {
  it.each(requestErrors)('answers %s with HTTP 200 for application/json (or no Accept) and 400 for application/graphql-response+json', async (_name, body, code) => {
    for (const accept of [JSON_TYPE, null, `${JSON_TYPE}, */*;q=0.5`]) {
      const res = await post(body, accept);
      expect({ accept, status: res.status, code: res.code }).toEqual({ accept, status: 200, code });
      expect(res.type).toMatch(/^application\/json/);
      expect(res.data).toBeUndefined();
    }
    for (const accept of [GRAPHQL_RESPONSE, `${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`]) {
      const res = await post(body, accept);
      expect({ accept, status: res.status, code: res.code }).toEqual({ accept, status: 400, code });
      expect(res.type).toMatch(/^application\/graphql-response\+json/);
    }
    expect(documentedErrorCodes()).toContain(code);
  });

  it('answers an executed request with a field error (page size above the maximum) with 200 for both media types', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const res = await post({ query: '{ schools(first: 201) { totalCount } }' }, accept);
      expect(res.status).toBe(200);
      expect(res.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field).toBe('first');
    }
  });

  it('answers a body above MAX_BODY_SIZE with 413 LIMIT_EXCEEDED (limit bodySize) and malformed JSON with 400 BAD_REQUEST', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const big = await post({ query: '{ __typename }', variables: { pad: 'x'.repeat(4000) } }, accept);
      expect(big.status).toBe(413);
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'bodySize' });
      const bad = await post('{"query": ', accept);
      expect(bad.status).toBe(400);
      expect(bad.code).toBe('BAD_REQUEST');
    }
  });

  it('answers a presented but invalid token with 401 and WWW-Authenticate, whatever the media type', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE, null]) {
      for (const bad of ['not-a-jwt', `${token}x`]) {
        const res = await post({ query: '{ __typename }' }, accept, bad);
        expect(res.status).toBe(401);
        expect(res.code).toBe('UNAUTHENTICATED');
        expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      }
    }
    const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(401);
  });

  it('answers an absent token as an anonymous request: 200, UNAUTHENTICATED on each field that needs a caller', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const res = await post({ query: '{ __typename schools(first: 1) { totalCount } }' }, accept, null);
      expect(res.status).toBe(200);
      expect(res.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).not.toMatch(/\n\s+at /);
      const anonymous = await post({ query: '{ __typename }' }, accept, null);
      expect(anonymous).toMatchObject({ status: 200, data: { __typename: 'Query' } });
    }
  });
});
