import { getNamedType, isNonNullType, isScalarType, isEnumType, print, type ExecutionResult, type GraphQLField } from 'graphql';
import { startTestHub, expectData, expectError, expectViolations, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { buildHubSchema } from '../../src/schema';
import { Role } from '../../src/common/auth/roles';
import { SignJWT, decodeJwt } from 'jose';
import { SchoolsDocument, CreateSchoolDocument, IngestPeiUpdatesDocument, IngestSelfEvaluationsDocument, SelfEvaluationsDocument } from '../generated/graphql';
import { newDaneCode } from '../support/factories';

/**
 * Issue 8 §3: every value a client sends is checked at the boundary (src/common/input-guard.ts) and refused as
 * BAD_USER_INPUT with its field; no PostgreSQL text ever reaches the client.
 */
let hub: TestHub;
let leader: string;
let admin: string;
const period = String(new Date().getUTCFullYear());
const DB_TEXT = /invalid input syntax|invalid byte sequence|out of range for type|violates|relation "|SQLSTATE|QueryFailedError/i;

beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoData(hub.runtime);
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
  admin = await hub.token({ role: Role.ADMIN });
  // Lists under a strategy need a real one, so that the cursor (not the strategy) is what is checked.
  const [row] = await hub.runtime.db.query(`SELECT id FROM assistance_strategy WHERE secretariat_code = $1 AND period = $2`, [DEMO_SECRETARIAT, period]);
  REQUIRED.strategyId = JSON.stringify(row.id);
});
afterAll(() => hub.stop());

function expectNoDatabaseText(res: { errors?: readonly unknown[] }) {
  expect(JSON.stringify(res.errors ?? [])).not.toMatch(DB_TEXT);
}

/** Values for the required arguments of root fields, by name, so every field can be called generically. */
const REQUIRED: Record<string, string> = {
  period: `"${period}"`,
  daneCode: '"105001000011"',
  strategyId: '"00000000-0000-4000-8000-000000000000"',
  id: '"00000000-0000-4000-8000-000000000000"',
  entity: '"School"',
  entityId: '"105001000011"',
  record: 'PROGRAMACION',
  code: `"${DEMO_SECRETARIAT}"`,
};

function callOf(field: GraphQLField<unknown, unknown>, extra: Record<string, string>): string | null {
  const args: string[] = [];
  for (const a of field.args) {
    if (a.name in extra) args.push(`${a.name}: ${extra[a.name]}`);
    else if (isNonNullType(a.type) && a.defaultValue === undefined) {
      if (!(a.name in REQUIRED)) return null;
      args.push(`${a.name}: ${REQUIRED[a.name]}`);
    }
  }
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : named.name.endsWith('Connection') ? '{ totalCount }' : '{ __typename }';
  return `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
}

describe('page cursors', () => {
  it('a made-up cursor on supportNeeds is BAD_USER_INPUT on `after`, not a database error', async () => {
    const res = await hub.gql(`{ supportNeeds(period: "${period}", after: "YzphYmM") { totalCount } }`, {}, leader);
    expectError(res, 'BAD_USER_INPUT', 'after');
    expectNoDatabaseText(res);
  });

  it('over WebSocket too, a made-up cursor and a malformed id are BAD_USER_INPUT without database text', async () => {
    const client = hub.ws(leader);
    for (const [query, field] of [
      [`{ supportNeeds(period: "${period}", after: "YzphYmM") { totalCount } }`, 'after'],
      ['{ assistanceStrategy(id: "x") { id } }', 'id'],
    ]) {
      const res = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
        let last: { errors?: readonly { extensions?: Record<string, unknown> }[] } = {};
        client.subscribe({ query }, { next: (r) => (last = r as never), error: (e) => (Array.isArray(e) ? resolve({ errors: e }) : reject(e)), complete: () => resolve(last) });
      });
      expectNoDatabaseText(res);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('every connection refuses made-up and garbage cursors as BAD_USER_INPUT on `after`', async () => {
    const schema = await buildHubSchema();
    const connections = Object.values(schema.getQueryType()!.getFields()).filter(
      (f) => getNamedType(f.type).name.endsWith('Connection') && f.args.some((a) => a.name === 'after'),
    );
    expect(connections.length).toBeGreaterThanOrEqual(10);
    const tried: string[] = [];
    for (const f of connections) {
      // c:abc, c:zzz and c:[1,2] have the envelope of a hub cursor but a key no list issues (outside check: schools
      // took "c:zzz" as a position and answered an empty page).
      const madeUp = ['YzphYmM', 'YzoAAA', '!!!', ...['c:1 OR 1=1', 'c:zzz', 'c:[1,2]', 'c:["x","y"]'].map((c) => Buffer.from(c).toString('base64url'))];
      for (const cursor of madeUp) {
        const doc = callOf(f, { after: JSON.stringify(cursor) });
        if (!doc) continue;
        let res = await hub.gql(doc, {}, leader);
        // A list the leader may not read at all (e.g. webhook endpoints) is tried as ADMIN, who reads every list.
        if (res.errors?.[0]?.extensions?.code === 'FORBIDDEN') res = await hub.gql(doc, {}, await hub.token({ role: Role.ADMIN }));
        expectNoDatabaseText(res);
        expect([f.name, cursor, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([f.name, cursor, 'BAD_USER_INPUT', 'after']);
        tried.push(f.name);
      }
    }
    expect(new Set(tried).size).toBeGreaterThanOrEqual(10);
  });

  it('every root query with a period refuses one that is not a year as BAD_USER_INPUT on `period`', async () => {
    // Outside check: improvementPlanOf(period: "99999999999999999999") answered null, as if the school had no PMI.
    const schema = await buildHubSchema();
    const withPeriod = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'period'));
    expect(withPeriod.length).toBeGreaterThanOrEqual(10);
    const tried: string[] = [];
    for (const f of withPeriod) {
      for (const bad of ['"99999999999999999999"', '"26"', '"2026-1"', '""']) {
        // (the first failure names the field)
        const doc = callOf(f, { period: bad, ...(f.args.some((a) => a.name === 'daneCode') ? { daneCode: '"105001000011"' } : {}) });
        if (!doc) continue;
        let res = await hub.gql(doc, {}, leader);
        if (res.errors?.[0]?.extensions?.code === 'FORBIDDEN') res = await hub.gql(doc, {}, admin);
        expectNoDatabaseText(res);
        expect([f.name, bad, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([f.name, bad, 'BAD_USER_INPUT', 'period']);
        tried.push(f.name);
      }
    }
    expect(tried).toEqual(expect.arrayContaining(['improvementPlanOf', 'supportPlan']));
  });

  it('every root field naming a school refuses a malformed DANE code as BAD_USER_INPUT on that argument, once', async () => {
    // Outside check: improvementPlans(school: "abc") was an empty list, school(daneCode: "abc") NOT_FOUND, others
    // BAD_USER_INPUT. One rule now; a well-formed code of no school keeps each field's documented answer.
    const schema = await buildHubSchema();
    const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())].filter((f) =>
      f.args.some((a) => ['daneCode', 'school'].includes(a.name) && getNamedType(a.type).name === 'String'),
    );
    expect(fields.length).toBeGreaterThanOrEqual(8);
    const tried: string[] = [];
    for (const f of fields) {
      const arg = f.args.find((a) => ['daneCode', 'school'].includes(a.name))!.name;
      const doc = callOf(f, { [arg]: '"abc"' });
      if (!doc) continue;
      const isMutation = !!schema.getMutationType()!.getFields()[f.name];
      let res = await hub.gql(isMutation ? `mutation ${doc}` : doc, {}, leader);
      if (res.errors?.[0]?.extensions?.code === 'FORBIDDEN') res = await hub.gql(isMutation ? `mutation ${doc}` : doc, {}, admin);
      const err = res.errors?.[0];
      expect([f.name, err?.extensions?.code, err?.extensions?.field]).toEqual([f.name, 'BAD_USER_INPUT', arg]);
      const violations = (err?.extensions?.violations ?? []) as { field: string }[];
      expect(violations.filter((v) => v.field === arg)).toHaveLength(1);
      tried.push(f.name);
    }
    expect(tried).toEqual(expect.arrayContaining(['school', 'improvementPlans', 'improvementPlanOf']));
  });

  it('a malformed DANE code or id inside an input is one violation, not one per rule', async () => {
    const res = await hub.gql(CreateSchoolDocument, { input: { daneCode: 'abc', name: 'Colegio', secretariat: DEMO_SECRETARIAT, sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello', municipalityCode: '05088' } } as never, admin);
    const err = expectError(res, 'BAD_USER_INPUT');
    const violations = (err.extensions?.violations ?? []) as { field: string }[];
    expect(violations.filter((v) => v.field === 'input.daneCode')).toHaveLength(1);
  });

  it('a cursor the list returned still works', async () => {
    const first = await hub.gql(`{ supportNeeds(period: "${period}", first: 2) { pageInfo { endCursor } } }`, {}, leader);
    const cursor = expectData(first as never as { data: { supportNeeds: { pageInfo: { endCursor: string } } } }).supportNeeds.pageInfo.endCursor;
    const next = await hub.gql(`{ supportNeeds(period: "${period}", first: 2, after: "${cursor}") { totalCount } }`, {}, leader);
    expectData(next);
  });
});

describe('ids', () => {
  it('assistanceStrategy(id: "x") is BAD_USER_INPUT on `id`', async () => {
    const res = await hub.gql('{ assistanceStrategy(id: "x") { id } }', {}, leader);
    expectError(res, 'BAD_USER_INPUT', 'id');
    expectNoDatabaseText(res);
  });

  it('every root query and mutation taking an ID refuses a malformed one as BAD_USER_INPUT', async () => {
    const schema = await buildHubSchema();
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
    ];
    let tried = 0;
    for (const [op, f] of fields) {
      const idArgs = f.args.filter((a) => getNamedType(a.type).name === 'ID' && a.name !== 'after');
      if (idArgs.length === 0) continue;
      const extra = Object.fromEntries(idArgs.map((a) => [a.name, '"x\'; --"']));
      // Mutations with an input object are called with variables that omit it: skip those (their inputs are covered below).
      const doc = callOf(f, extra);
      if (!doc) continue;
      const res = await hub.gql(`${op} ${doc}`, {}, leader);
      expectNoDatabaseText(res);
      // A role that may not call the field at all is refused first (FORBIDDEN); otherwise the id is the fault.
      expect([f.name, res.errors?.[0]?.extensions?.code]).toEqual([f.name, expect.stringMatching(/^(BAD_USER_INPUT|FORBIDDEN)$/)]);
      if (res.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT') tried++;
    }
    expect(tried).toBeGreaterThanOrEqual(8);
  });
});

describe('strings', () => {
  it('a NUL in createSchool name is BAD_USER_INPUT on input.name', async () => {
    const res = await hub.gql(
      CreateSchoolDocument,
      { input: { daneCode: newDaneCode(), secretariat: DEMO_SECRETARIAT, name: 'IE \u0000Nueva', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello', municipalityCode: '05088' } } as never,
      admin,
    );
    expectError(res, 'BAD_USER_INPUT', 'input.name');
    expectNoDatabaseText(res);
  });

  describe('a forbidden character and the field\'s own rules: every problem of every field in one error', () => {
    // Review: a field holding U+0001 was reported for its characters only; its length and @Printable rules, and so
    // their problems, were dropped (the boundary's violation stood for the whole field).
    const input = () => ({
      daneCode: newDaneCode(),
      secretariat: DEMO_SECRETARIAT,
      name: `IE \u0001\ufffe ✓ ${'x'.repeat(260)}`, // forbidden characters, too long, and a character the PDF cannot show
      sector: 'OFFICIAL',
      zone: 'URBAN',
      municipality: 'M'.repeat(121), // too long
      municipalityCode: '05088',
    });
    function expectEveryProblem(res: ExecutionResult<unknown>) {
      const violations = expectViolations(res, ['input.name', 'input.municipality']);
      const name = violations.filter((v) => v.field === 'input.name').map((v) => v.message);
      expect(name).toHaveLength(3);
      expect(name[0]).toContain('found U+0001, U+FFFE.'); // the boundary's, first
      expect(name.slice(1)).toEqual(
        expect.arrayContaining([expect.stringMatching(/name must be shorter than or equal to 250 characters/), expect.stringContaining('cannot show "✓" (U+2713):')]),
      );
      // Each character is named once: the control character and the noncharacter by the boundary only.
      expect(name.slice(1).join(' ')).not.toMatch(/U\+0001|U\+FFFE/);
      expect(violations.filter((v) => v.field === 'input.municipality').map((v) => v.message)).toEqual([
        expect.stringMatching(/municipality must be shorter than or equal to 120 characters/),
      ]);
      expect(res.errors![0].extensions?.field).toBe('input.name');
    }

    it('over HTTP', async () => {
      const sent = input();
      expectEveryProblem(await hub.gql(CreateSchoolDocument, { input: sent } as never, admin));
      expect(await hub.runtime.db.query('SELECT 1 FROM school WHERE dane_code = $1', [sent.daneCode])).toEqual([]);
    });

    it('over WebSocket', async () => {
      const client = hub.ws(admin);
      const res = await new Promise<ExecutionResult<unknown>>((resolve, reject) => {
        let last: ExecutionResult<unknown> = {};
        client.subscribe(
          { query: print(CreateSchoolDocument), variables: { input: input() } },
          { next: (r) => (last = r as ExecutionResult<unknown>), error: (e) => (Array.isArray(e) ? resolve({ errors: e }) : reject(e)), complete: () => resolve(last) },
        );
      });
      await client.dispose();
      expectEveryProblem(res);
    });
  });

  it('a NUL in one inbound item rejects that item only; the rest of the batch is stored', async () => {
    const ts = '2026-05-01T00:00:00Z';
    const res = await hub.gql(
      IngestSelfEvaluationsDocument,
      {
        input: {
          items: [
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-01-01', score: 2, evidence: 'Acta\u0000', sourceTimestamp: ts },
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-01-02', score: 3, evidence: 'Acta', sourceTimestamp: ts },
          ],
        },
      },
      leader,
    );
    const items = expectData(res).ingestSelfEvaluations.items;
    expect(items[0]).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT', field: 'input.items.0.evidence' });
    expect(items[1]).toMatchObject({ status: 'CREATED' });
  });

  it('a control character or noncharacter in one inbound item rejects that item only, naming each character (normalizeDeep, shared with the CLI import)', async () => {
    const ts = '2026-05-01T00:00:00Z';
    const res = await hub.gql(
      IngestSelfEvaluationsDocument,
      {
        input: {
          items: [
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-01-03', score: 2, evidence: 'Acta\u0001\uffff', sourceTimestamp: ts },
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-01-04', score: 3, evidence: 'Acta', sourceTimestamp: ts },
          ],
        },
      },
      leader,
    );
    const items = expectData(res).ingestSelfEvaluations.items;
    expect(items[0]).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT', field: 'input.items.0.evidence' });
    expect(items[0].message).toContain('U+0001, U+FFFF');
    expect(items[1]).toMatchObject({ status: 'CREATED' });
  });

  it('the same external id in NFC and NFD is one record, in one batch and across batches; NFD re-sent is UNCHANGED', async () => {
    const nfc = 'PEI-\u00d1B';
    const nfd = 'PEI-N\u0303B';
    expect(nfc).not.toBe(nfd);
    const item = (externalId: string, summary: string) => ({
      externalId,
      daneCode: '105001000011',
      changeType: 'ADJUSTED' as never,
      date: '2026-04-01',
      summary,
      sourceTimestamp: '2026-04-02T00:00:00Z',
    });
    const one = expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [item(nfc, 'Año de ajuste'), item(nfd, 'Año de ajuste')] } }, leader));
    expect(one.ingestPeiUpdates.items.map((i) => [i.status, i.code])).toEqual([
      ['CREATED', null],
      ['REJECTED', 'CONFLICT'],
    ]);
    const again = expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [item(nfd, 'An\u0303o de ajuste')] } }, leader));
    expect(again.ingestPeiUpdates.items[0].status).toBe('UNCHANGED');
    const rows = await hub.runtime.db.query('SELECT external_id FROM pei_update WHERE external_id LIKE $1', ['PEI-%B']);
    expect(rows).toEqual([{ external_id: nfc }]);
  });
});

describe('dates', () => {
  it('a date-time outside the years 1–9999 is BAD_USER_INPUT on its argument; in an inbound item it rejects that item only', async () => {
    const res = await hub.gql('{ peiUpdates(receivedSince: "0000-01-01T00:00:00Z") { totalCount } }', {}, leader);
    expectNoDatabaseText(res);
    expectError(res, 'BAD_USER_INPUT', 'receivedSince');
    const batch = await hub.gql(
      IngestSelfEvaluationsDocument,
      {
        input: {
          items: [
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-02-01', score: 2, evidence: 'Acta', sourceTimestamp: '0000-01-01T00:00:00Z' },
            { daneCode: '105001000011', year: '2027', componentCode: 'DIR-02-02', score: 2, evidence: 'Acta', sourceTimestamp: '2026-05-01T00:00:00Z' },
          ],
        },
      },
      leader,
    );
    expectNoDatabaseText(batch);
    const items = expectData(batch).ingestSelfEvaluations.items;
    expect(items[0]).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT', field: 'input.items.0.sourceTimestamp' });
    expect(items[1].status).toBe('CREATED');
  });
});

describe('numbers', () => {
  it('a number beyond its column (smallint score) is BAD_USER_INPUT with its field', async () => {
    const res = await hub.gql(SelfEvaluationsDocument, { maxScore: 2147483647 }, leader);
    expectError(res, 'BAD_USER_INPUT', 'maxScore');
    expectNoDatabaseText(res);
  });
});

describe('tokens', () => {
  it('a token with no exp never expires, so it is refused as UNAUTHENTICATED; minted tokens carry one', async () => {
    const secret = new TextEncoder().encode('test-secret-for-pmi-hub-tests');
    const forever = await new SignJWT({ role: 'QUALITY_LEADER', secretariat: DEMO_SECRETARIAT })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer('pmi-hub')
      .setAudience('pmi-hub')
      .setIssuedAt()
      .sign(secret);
    const res = await hub.gql(SchoolsDocument, {}, forever);
    const err = expectError(res, 'UNAUTHENTICATED');
    expect(err.message).toMatch(/exp/);
    expect(decodeJwt(leader).exp).toEqual(expect.any(Number));
    expectData(await hub.gql(SchoolsDocument, {}, leader));
  });
});
