import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { send, TRANSPORTS, type Answer, type Transport } from '../support/transports';
import { documentedErrorCodes, DATABASE_TEXT } from '../support/error-codes';
import { fragmentBomb } from '../fuzz/generate';

/**
 * One pipeline for HTTP and WebSocket (issue 8, §1, §4, §9): every case below runs over both transports, on a hub
 * with NODE_ENV=production, and must be answered the same way.
 */
let prod: TestHub;
let dev: TestHub;
let token: string;
beforeAll(async () => {
  prod = await startTestHub({ NODE_ENV: 'production' });
  dev = await startTestHub({}, prod.database);
  const { a } = await createTwoTenants(prod, 1);
  token = await dev.token({ role: Role.QUALITY_LEADER, secretariat: a.code }); // the same secret verifies it on both hubs
});
afterAll(async () => {
  await dev.stop();
  await prod.stop();
});

const codes = (a: Answer) => a.errors.map((e) => e.extensions?.code);
const documented = documentedErrorCodes();

/** What is true of every answer: a documented code on each error, no stack trace, no database text, no 5xx. */
function expectClean(a: Answer) {
  expect(a.closed).toBeUndefined();
  if (a.status !== undefined) expect(a.status).toBeLessThan(500);
  for (const e of a.errors) {
    expect(documented).toContain(e.extensions?.code);
    expect(e.extensions?.stacktrace).toBeUndefined();
  }
  expect(JSON.stringify(a.errors)).not.toMatch(DATABASE_TEXT);
}

describe.each(TRANSPORTS)('over %s, with NODE_ENV=production', (transport: Transport) => {
  it('refuses a chained fragment bomb (2^40 expansions) with LIMIT_EXCEEDED, without a token', async () => {
    const a = await send(prod, transport, { query: fragmentBomb(40) }, null);
    expectClean(a);
    expect(a.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'complexity' });
    // Before the fix, 22 levels took ~7 s and each further level doubled it: 40 levels would take weeks. Linear
    // guards answer in milliseconds; the bound is loose so that a loaded machine cannot make it fail.
    expect(a.ms).toBeLessThan(10_000);
  });

  it('refuses the same bomb with a token too, and a bomb of aliases through fragments', async () => {
    expect((await send(prod, transport, { query: fragmentBomb(40) }, token)).errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    const aliases = ['query { ...A0 }'];
    for (let i = 0; i < 40; i++) aliases.push(`fragment A${i} on Query { x: __typename ...A${i + 1} ...A${i + 1} }`);
    aliases.push('fragment A40 on Query { __typename }');
    const a = await send(prod, transport, { query: aliases.join(' ') }, token);
    expectClean(a);
    expect(a.errors.map((e) => e.extensions?.limit)).toContain('aliases');
    expect(a.ms).toBeLessThan(10_000);
  });

  it('answers ~800 repeated fields and over 100 validation errors with coded limits, not "Validation aborted"', async () => {
    const unknown = `{ ${'schoolz '.repeat(800)}}`;
    const a = await send(prod, transport, { query: unknown }, token);
    expectClean(a);
    expect(a.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'validationComplexity' }) })]);
    expect(JSON.stringify(a.errors)).not.toMatch(/Validation aborted/);
    const distinct = `{ ${Array.from({ length: 150 }, (_v, i) => `unknown${i}`).join(' ')} }`;
    const c = await send(prod, transport, { query: distinct }, token);
    expectClean(c);
    // The first 100 problems, then the limit.
    expect(c.errors).toHaveLength(101);
    expect(c.errors.slice(0, 100).every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(c.errors[100]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'validationErrors', max: 100 } });
    expect(JSON.stringify(c.errors)).not.toMatch(/Validation aborted/);
    const many = `{ ${'schools { totalCount } '.repeat(800)}}`;
    const b = await send(prod, transport, { query: many }, token);
    expectClean(b);
    expect(b.errors[0]).toMatchObject({ extensions: { code: "LIMIT_EXCEEDED", limit: "tokens", max: 2000 } });
  });

  it('a valid document repeating one field ~800 times is refused for its repetition, not for "too many validation errors"', async () => {
    // graphql-js's overlap check gives up ("Validation aborted.") on a valid document: it names no error of the document.
    const a = await send(prod, transport, { query: `{ ${'__typename '.repeat(800)}}` }, token);
    expectClean(a);
    expect(a.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/repeats the same fields/),
        extensions: expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'validationComplexity', max: 500000 }),
      }),
    ]);
    const few = await send(prod, transport, { query: `{ ${'__typename '.repeat(200)}}` }, token);
    expect(few.errors ?? []).toEqual([]);
    expect(few.data).toEqual({ __typename: 'Query' });
  });

  it('refuses introspection without a token (introspection is off in production)', async () => {
    const a = await send(prod, transport, { query: '{ __schema { types { name } } }' }, null);
    expectClean(a);
    expect(a.data ?? null).toBeNull();
    expect(new Set(codes(a))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(a.errors[0].message).toMatch(/introspection/i);
  });

  it('does not reveal the schema through "Did you mean" suggestions when introspection is off', async () => {
    const a = await send(prod, transport, { query: '{ schoolz { totalCount } }' }, token);
    expectClean(a);
    expect(codes(a)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(a.errors[0].message).not.toMatch(/Did you mean|"school"|"schools"/);
    // In development (introspection on), the suggestion helps and is kept.
    const d = await send(dev, transport, { query: '{ schoolz { totalCount } }' }, token);
    expect(d.errors[0].message).toMatch(/Did you mean/);
  });

  it('masks a malformed cursor: a coded error, no PostgreSQL text', async () => {
    const a = await send(prod, transport, { query: '{ supportNeeds(period: "2026", after: "YzphYmM") { totalCount } }' }, token);
    expectClean(a);
    expect(a.errors.length).toBeGreaterThan(0);
    expect(a.errors[0].message).not.toMatch(/uuid|invalid input syntax/);
  });

  it('answers a wrongly typed variable with BAD_USER_INPUT naming it', async () => {
    const a = await send(prod, transport, { query: 'query($f: Int!) { schools(first: $f) { totalCount } }', variables: { f: 'x' } }, token);
    expectClean(a);
    expect(codes(a)).toEqual(['BAD_USER_INPUT']);
    expect(a.errors[0].message).toMatch(/\$f/);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED and an unknown operation name with OPERATION_RESOLUTION_FAILURE', async () => {
    const a = await send(prod, transport, { query: '{ schools(' }, token);
    expectClean(a);
    expect(codes(a)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const b = await send(prod, transport, { query: 'query A { __typename }', operationName: 'B' }, token);
    expectClean(b);
    expect(codes(b)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    // The same words on both transports (Apollo's, with its full stop).
    expect(b.errors[0].message).toBe('Unknown operation named "B".');
    const c = await send(prod, transport, { query: 'query A { __typename } query C { __typename }' }, token);
    expect(codes(c)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    expect(c.errors[0].message).toBe('Must provide operation name if query contains multiple operations.');
  });

  it('refuses a page size above the maximum with BAD_USER_INPUT on `first`', async () => {
    const a = await send(prod, transport, { query: '{ schools(first: 100000) { totalCount } }' }, token);
    expectClean(a);
    expect(a.errors[0].extensions).toMatchObject({ code: expect.stringMatching(/BAD_USER_INPUT|LIMIT_EXCEEDED/) });
  });

  it('hides internal errors in production and sends no stack trace in development either', async () => {
    await prod.runtime.db.query('ALTER TABLE school RENAME TO school_away');
    try {
      const p = await send(prod, transport, { query: '{ schools(first: 1) { totalCount } }' }, token);
      expect(p.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(p.errors)).not.toMatch(/school_away|relation/);
      const d = await send(dev, transport, { query: '{ schools(first: 1) { totalCount } }' }, token);
      expect(d.errors[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(d.errors[0].extensions?.stacktrace).toBeUndefined();
    } finally {
      await prod.runtime.db.query('ALTER TABLE school_away RENAME TO school');
    }
  });
});

describe('stack traces stay in the log', () => {
  it('logs an unexpected error with its stack and the request id (HTTP and WebSocket)', async () => {
    const logged: { bindings: Record<string, unknown>; obj: { err?: Error } }[] = [];
    const logger = dev.runtime.logger;
    const child = logger.child.bind(logger);
    const spy = jest.spyOn(logger, 'child').mockImplementation((bindings, options) => {
      const c = child(bindings, options);
      const error = c.error.bind(c);
      c.error = ((obj: { err?: Error }, ...rest: unknown[]) => {
        logged.push({ bindings, obj });
        return (error as (...a: unknown[]) => void)(obj, ...rest);
      }) as typeof c.error;
      return c;
    });
    await dev.runtime.db.query('ALTER TABLE school RENAME TO school_away');
    try {
      const res = await fetch(dev.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-1' },
        body: JSON.stringify({ query: '{ schools(first: 1) { totalCount } }' }),
      });
      const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions.stacktrace).toBeUndefined();
      await send(dev, 'ws', { query: '{ schools(first: 1) { totalCount } }' }, token);
    } finally {
      await dev.runtime.db.query('ALTER TABLE school_away RENAME TO school');
      spy.mockRestore();
    }
    const http = logged.find((l) => l.bindings.requestId === 'trace-me-1');
    expect(http?.obj.err?.stack).toMatch(/school_away|relation/);
    expect(http?.obj.err?.stack).toMatch(/\n\s+at /);
    const ws = logged.find((l) => l.bindings.requestId !== 'trace-me-1');
    expect(ws?.bindings.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ws?.obj.err?.stack).toMatch(/\n\s+at /);
  });
});
