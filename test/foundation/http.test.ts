import { getIntrospectionQuery } from 'graphql';
import { startTestHub, expectError, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';

let hub: TestHub;
let root: string;
let token: string;
beforeAll(async () => {
  hub = await startTestHub({ MAX_QUERY_DEPTH: '4', MAX_ALIASES: '3', MAX_OPERATIONS_PER_REQUEST: '2', MAX_QUERY_COMPLEXITY: '500', MAX_BODY_SIZE: '2kb', MAX_DIRECTIVES: '2', MAX_TOKENS: '150' });
  root = hub.url.replace('/graphql', '');
  const { a } = await createTwoTenants(hub, 1);
  token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
});
afterAll(() => hub.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type JsonResponse = Omit<Response, 'json'> & { json(): Promise<Json> };
const post = (body: unknown, headers: Record<string, string> = {}): Promise<JsonResponse> =>
  fetch(hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP endpoint', () => {
  it('reports liveness and readiness', async () => {
    const live = await fetch(`${root}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${root}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers not ready when a migration is pending', async () => {
    await hub.runtime.db.query(`DELETE FROM migrations WHERE id = (SELECT max(id) FROM migrations) RETURNING name`).then(async (rows) => {
      try {
        const res = await fetch(`${root}/readyz`);
        expect(res.status).toBe(503);
      } finally {
        const [[removed]] = rows;
        await hub.runtime.db.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [Number(removed.name.match(/\d+$/)[0]), removed.name]);
      }
    });
    expect((await fetch(`${root}/readyz`)).status).toBe(200);
  });

  it('serves GraphiQL from its own assets, with no CDN', async () => {
    const page = await fetch(hub.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(5);
    for (const asset of assets) {
      const res = await fetch(`${root}${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('echoes or creates a request id', async () => {
    const res = await post({ query: '{ __typename }' }, { 'x-request-id': 'abc-123' });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    const other = await post({ query: '{ __typename }' });
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a POST answer carries no ETag (never revalidated); a GET answer keeps its ETag', async () => {
    const res = await post({ query: '{ __typename }' }, { 'x-request-id': 'etag-1' });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-request-id')).toBe('etag-1');
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const first = await fetch(`${hub.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(await first.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('no answer but GET and HEAD carries an ETag: a malformed body, a PUT; OPTIONS gets Apollo\'s 405; a sub-path is not the endpoint', async () => {
    const malformed = await post('{"query":', {});
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('etag')).toBeNull();
    const put = await fetch(hub.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('etag')).toBeNull();
    // OPTIONS is Apollo's to answer (its CSRF refusal, or 405 naming GET and POST), not express's "Allow: POST".
    const bare = await fetch(hub.url, { method: 'OPTIONS' });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toMatch(/CSRF/);
    const options = await fetch(hub.url, { method: 'OPTIONS', headers: { 'apollo-require-preflight': 'true' } });
    expect(options.status).toBe(405);
    expect(options.headers.get('allow')).toBe('GET, POST');
    const sub = await fetch(`${hub.url}/x`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(sub.status).toBe(404);
    for (const other of ['/GRAPHQL', '/GraphQL/']) {
      const upper = await fetch(`${root}${other}`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: '{"query":"{ __typename }"}' });
      expect({ other, status: upper.status }).toEqual({ other, status: 404 });
    }
    expect((await fetch(`${root}/HEALTHZ`)).status).toBe(404);
    const slash = await fetch(`${hub.url}/`, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: '{"query":"{ __typename }"}' });
    expect(slash.status).toBe(200);
    expect(slash.headers.get('etag')).toBeNull();
  });

  it('prevents CSRF: a simple (non-preflighted) request is refused', async () => {
    const res = await fetch(`${hub.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    const text = await post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
  });
});

describe('guards for a public endpoint', () => {
  it('rejects a query deeper than MAX_QUERY_DEPTH', async () => {
    const depth4 = '{ schools { edges { node { daneCode } } } }';
    expect((await (await post({ query: depth4 })).json()).errors).toBeUndefined();
    const depth5 = '{ schools { edges { node { secretariat { code } } } } }';
    const body = await (await post({ query: depth5 })).json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'depth', max: 4, actual: 5 });
    // Fragments count too.
    const viaFragment = '{ schools { edges { ...E } } } fragment E on SchoolEdge { node { secretariat { code } } }';
    expect((await (await post({ query: viaFragment })).json()).errors[0].extensions.limit).toBe('depth');
  });

  it('rejects more aliases than MAX_ALIASES', async () => {
    const q = `{ a: __typename b: __typename c: __typename d: __typename }`;
    const body = await (await post({ query: q })).json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 3 });
  });

  it('rejects documents with more operations than MAX_OPERATIONS_PER_REQUEST', async () => {
    const q = 'query A { __typename } query B { __typename } query C { __typename }';
    const body = await (await post({ query: q, operationName: 'A' })).json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'operations', max: 2 });
  });

  it('rejects an operation whose estimated cost exceeds MAX_QUERY_COMPLEXITY', async () => {
    const q = 'query($first: Int) { schools(first: $first) { edges { node { daneCode name sector } } } }';
    expect(expectData(await hub.gql<{ schools: unknown }, { first: number }>(q, { first: 5 }, token)).schools).toBeDefined();
    const err = expectError(await hub.gql(q, { first: 200 }, token), 'LIMIT_EXCEEDED');
    expect(err.extensions).toMatchObject({ limit: 'complexity', max: 500 });
    // Estimates are kept per document and page size: the same document alternates between both outcomes.
    for (const first of [5, 200, 5, 200]) {
      const r = await hub.gql<{ schools: unknown }, { first: number }>(q, { first }, token);
      if (first === 5) expect(expectData(r).schools).toBeDefined();
      else expect(expectError(r, 'LIMIT_EXCEEDED').extensions).toMatchObject({ limit: 'complexity', max: 500, actual: err.extensions.actual });
    }
  });

  it('rejects more directives than MAX_DIRECTIVES, counted through fragments', async () => {
    const ok = '{ a: __typename @include(if: true) b: __typename @skip(if: false) }';
    expect((await (await post({ query: ok })).json()).errors).toBeUndefined();
    const q = '{ ...F ...F } fragment F on Query { __typename @include(if: true) __typename @skip(if: false) }';
    const body = await (await post({ query: q })).json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'directives', max: 2, actual: 4 });
  });

  it('rejects a document of more than MAX_TOKENS tokens before parsing it whole', async () => {
    const body = await (await post({ query: `{ ${'a '.repeat(200)}}` })).json();
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'tokens', max: 150 } })]);
  });

  it('counts aliases through every fragment spread', async () => {
    const q = '{ ...F ...F } fragment F on Query { a: __typename b: __typename }';
    const body = await (await post({ query: q })).json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'aliases', max: 3, actual: 4 });
  });

  it('estimates cost linearly: a fragment spread twice costs twice, and `first` given as a variable counts', async () => {
    const twice = 'query($n: Int) { ...S ...S } fragment S on Query { schools(first: $n) { edges { node { daneCode } } } }';
    // 2 × (1 + 200 × 3) = 1202 > 500; with first 50: 2 × (1 + 50 × 3) = 302.
    expect((await hub.gql(twice, { n: 50 }, token)).errors).toBeUndefined();
    const err = expectError(await hub.gql(twice, { n: 200 }, token), 'LIMIT_EXCEEDED');
    expect(err.extensions).toMatchObject({ limit: 'complexity', actual: 1202 });
  });

  it('rejects a body larger than MAX_BODY_SIZE', async () => {
    const res = await post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(4000) } });
    expect(res.status).toBe(413);
    const body: Json = await res.json();
    expect(body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('answers malformed JSON with BAD_REQUEST, and the server stays up', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect((await fetch(`${root}/healthz`)).status).toBe(200);
  });

  it('lets the standard introspection query of GraphiQL and codegen through the depth and cost guards', async () => {
    const ok = await startTestHub({}, hub.database);
    try {
      const res = await fetch(ok.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: getIntrospectionQuery() }) });
      const body: Json = await res.json();
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.queryType.name).toBe('Query');
    } finally {
      await ok.stop();
    }
  });

  it('allows introspection unless turned off', async () => {
    const q = { query: '{ __schema { queryType { name } } }' };
    expect((await (await post(q)).json()).data.__schema.queryType.name).toBe('Query');
    const closed = await startTestHub({ INTROSPECTION: 'false' }, hub.database);
    try {
      const res = await fetch(closed.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(q) });
      const body: Json = await res.json();
      expect(body.errors[0].message).toMatch(/introspection/i);
    } finally {
      await closed.stop();
    }
  });
});
