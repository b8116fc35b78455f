import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { send, TRANSPORTS } from '../support/transports';
import { Role } from '../../src/common/auth/roles';

/** An outside reviewer's findings on input errors and HTTP: cursors, variable coercion, a mutation over GET. */
let hub: TestHub;
let token: string;
beforeAll(async () => {
  hub = await startTestHub({ MAX_QUERY_COMPLEXITY: '500' });
  const { a } = await createTwoTenants(hub, 1);
  token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
});
afterAll(() => hub.stop());

const CURSOR_MESSAGE = 'after must be the cursor of an event, e.g. "7812:431"';

describe.each(TRANSPORTS)('over %s', (transport) => {
  describe.each(['', ' 61226:2', '61226:2 ', '61226:2\n', '9999999999999999999:1', 'x'])('event cursor %j', (after) => {
    // Subscriptions go over WebSocket only.
    test.each([
      ['query', 'query($a: ID) { events(first: 1, after: $a) { endCursor } }'],
      ...(transport === 'ws' ? [['subscription', 'subscription($a: ID) { events(after: $a) { cursor } }']] : []),
    ])('the %s refuses it alike: BAD_USER_INPUT on after, with violations', async (_kind, query) => {
      const answer = await send(hub, transport, { query, variables: { a: after } }, token);
      expect(answer.errors).toHaveLength(1);
      const [e] = answer.errors;
      expect(e.message).toBe(CURSOR_MESSAGE);
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', violations: [{ field: 'after', message: CURSOR_MESSAGE }] });
    });
  });

  test.each([
    ['a string for an Int', 'query($f: Int!) { schools(first: $f) { totalCount } }', { f: 'x' }, 'f'],
    ['1e300 for an Int (not a cost)', 'query($f: Int!) { schools(first: $f) { totalCount } }', { f: 1e300 }, 'f'],
    ['a missing required variable', 'query($f: Int!) { schools(first: $f) { totalCount } }', {}, 'f'],
    [
      'a DateTimeISO out of range',
      'mutation($d: DateTimeISO!) { openModificationWindow(input: { opensAt: $d, closesAt: $d, period: "2026" }) { id } }',
      { d: '275760-09-13T00:00:00Z' },
      'd',
    ],
    [
      'a nested required field left out',
      'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { daneCode } }',
      { input: { daneCode: '105001000011', municipality: 'Medellín', sector: 'OFFICIAL', zone: 'URBAN' } },
      'input.name',
    ],
  ])('a variable that does not coerce (%s) is BAD_USER_INPUT with field and violations', async (_what, query, variables, field) => {
    const answer = await send(hub, transport, { query, variables }, token);
    expect(answer.errors.length).toBeGreaterThan(0);
    const [e] = answer.errors;
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(e.extensions?.violations).toEqual([{ field, message: e.message }]);
    expect(answer.data ?? null).toBeNull();
  });
});

describe('a mutation over GET', () => {
  test.each(['application/json', 'application/graphql-response+json'])('is 405 with Allow: POST and a coded error (Accept: %s)', async (accept) => {
    const res = await fetch(`${hub.url}?query=${encodeURIComponent('mutation{__typename}')}`, {
      headers: { accept, authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

});

describe('HTTP 415, as the README documents it', () => {
  test.each([
    ['an unsupported charset', { 'content-type': 'application/json; charset=latin1' }],
    // body-parser decodes any `utf-*` charset: UTF-16 and UTF-32 were accepted (outside check), whatever the body held.
    ['UTF-16LE', { 'content-type': 'application/json; charset=utf-16le' }],
    ['UTF-16, quoted and in capitals', { 'content-type': 'application/json; charset="UTF-16"' }],
    ['UTF-32', { 'content-type': 'application/json;charset=utf-32' }],
    ['the alias utf8 (refused alike, with the same message)', { 'content-type': 'application/json; charset=utf8' }],
    ['an unsupported content encoding', { 'content-type': 'application/json', 'content-encoding': 'br2' }],
  ])('%s is 415 BAD_REQUEST', async (_what, headers) => {
    const res = await fetch(hub.url, { method: 'POST', headers: { ...headers, authorization: `Bearer ${token}` }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(415);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    if (headers['content-type'].includes('charset')) expect(body.errors[0].message).toMatch(/^Unsupported charset ".+": send the body in UTF-8$/);
  });

  test.each(['utf-8', 'UTF-8', '"utf-8"'])('charset=%s is read', async (charset) => {
    const res = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': `application/json; charset=${charset}`, authorization: `Bearer ${token}` },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
