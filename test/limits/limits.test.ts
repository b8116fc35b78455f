import 'reflect-metadata';
import { getIntrospectionQuery, type ExecutionResult } from 'graphql';
import WebSocket from 'ws';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileItems } from '../../src/inbound/file-import';
import { startTestHub, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { strategyFor } from '../support/evaluation-factories';
import { classifyForTest } from '../support/activities-factories';
import { Role } from '../../src/common/auth/roles';
import { buildHubSchema } from '../../src/schema';
import { INPUT_LIST_LIMITS, listInputsOf, listLimitSentence } from '../../src/common/list-limits';
import { getMetadataStorage as typeGraphqlMetadata } from 'type-graphql';
import { getMetadataStorage as validationMetadata } from 'class-validator';

/** One operation over graphql-ws: its result or its error frame (the connection stays open unless `closed` says so). */
function overWs(hub: TestHub, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  type Closed = { code: number; reason: string } | null;
  let closed = null as Closed;
  const client = hub.ws(token, { on: { closed: (e) => void (closed = { code: (e as { code: number }).code, reason: (e as { reason: string }).reason }) } });
  return new Promise<{ next?: ExecutionResult; errors?: { message: string; extensions?: Record<string, unknown> }[]; closed: Closed }>((resolve) => {
    let next: ExecutionResult | undefined;
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (v) => {
          next = v as ExecutionResult;
          if (!query.trim().startsWith('subscription')) return;
          unsubscribe();
          resolve({ next, closed });
        },
        error: (e) => {
          const ev = e as { code?: number; reason?: string };
          resolve({ errors: Array.isArray(e) ? e : undefined, closed: closed ?? (ev.code !== undefined ? { code: ev.code, reason: ev.reason ?? '' } : null) });
        },
        complete: () => resolve({ next, closed }),
      },
    );
  });
}

const firstError = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] | undefined }) => r.errors?.[0]?.extensions ?? {};

describe('limits (outside check: lists, cost, introspection, subscriptions, WebSocket size)', () => {
  let hub: TestHub;
  let secretariat: string;
  let inspection: string;
  let leader: string;
  let daneCode: string;
  beforeAll(async () => {
    hub = await startTestHub();
    secretariat = (await createSecretariat(hub)).code;
    daneCode = (await createSchool(hub, secretariat)).daneCode;
    inspection = await hub.token({ role: Role.SUBPROCESS, secretariat, scopes: ['ingest:F01.03'] });
    leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat });
  });
  afterAll(() => hub.stop());

  describe('1. every list input has a maximum', () => {
    it('lists every list-typed input field and argument of the schema in one table, and describes each maximum', async () => {
      const schema = await buildHubSchema();
      const keys = listInputsOf(schema);
      expect(keys.filter((k) => INPUT_LIST_LIMITS[k] === undefined)).toEqual([]);
      expect(Object.keys(INPUT_LIST_LIMITS).filter((k) => !keys.includes(k))).toEqual([]);
      const actions = schema.getType('InspectionFindingItemInput') as import('graphql').GraphQLInputObjectType;
      expect(actions.getFields().actions.description).toContain(listLimitSentence(100));
    });

    it('keeps each maximum in that table only: no input class repeats one as a class-validator rule (ArrayMaxSize)', async () => {
      // A second rule with another number refused below the documented maximum, as BAD_USER_INPUT instead of
      // LIMIT_EXCEEDED listSize (review: schoolDanes 500 where the table and the schema say 3,000).
      await buildHubSchema(); // loads every input and arguments class
      const { inputTypes, argumentTypes } = typeGraphqlMetadata();
      const classes = [...inputTypes, ...argumentTypes].map((c) => c.target);
      expect(classes.length).toBeGreaterThan(50);
      const repeated = classes.flatMap((cls) =>
        (validationMetadata().getTargetValidationMetadatas(cls, '', true, false) as unknown as { name?: string; propertyName: string }[])
          .filter((r) => r.name === 'arrayMaxSize')
          .map((r) => `${cls.name}.${r.propertyName}`),
      );
      expect(repeated).toEqual([]);
    });

    const finding = (actions: number, i = 0) => ({
      externalId: `F-${i}`,
      daneCode,
      date: '2026-03-01',
      description: 'Hallazgo',
      sourceTimestamp: '2026-03-01T00:00:00Z',
      actions: Array.from({ length: actions }, (_, j) => ({ externalId: `A-${j}`, type: 'CORRECTIVE', description: 'x' })),
    });
    const INGEST = `mutation($input: InspectionFindingBatchInput!) { ingestInspectionFindings(input: $input) { items { status } } }`;

    it('refuses one finding with 150,000 actions as LIMIT_EXCEEDED naming input.items.0.actions, writing nothing (HTTP and WebSocket)', async () => {
      const before = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM event`);
      const input = { secretariat, items: [finding(150_000)] };
      const http = await hub.gql(INGEST, { input } as never, inspection);
      expect(http.errors).toHaveLength(1);
      expect(firstError(http)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.items.0.actions', max: 100, actual: 150_000 });
      const ws = await overWs(hub, inspection, INGEST, { input });
      expect(ws.closed).toBeNull();
      expect(firstError(ws.next ?? { errors: ws.errors })).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.items.0.actions' });
      const after = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM event`);
      expect(after[0].n).toBe(before[0].n);
      // At the maximum it is accepted.
      const ok = await hub.gql(INGEST, { input: { secretariat, items: [finding(100)] } } as never, inspection);
      expect(ok.errors).toBeUndefined();
    });

    it('refuses a filter list over its maximum (events(types:)) the same way', async () => {
      const types = Array.from({ length: 101 }, () => 'SCHOOL_UPDATED');
      const res = await hub.gql(`query($t: [EventType!]) { events(types: $t) { endCursor } }`, { t: types } as never, leader);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'types', max: 100, actual: 101 });
    });
  });

  describe('1a. lists of variables are refused before graphql-js coerces them (re-check)', () => {
    const INGEST_AS_B = `mutation($b: InspectionFindingBatchInput!) { ingestInspectionFindings(input: $b) { items { status } } }`;

    it('a batch over MAX_BATCH_SIZE is LIMIT_EXCEEDED batchSize on input.items before its items are read, for any caller (HTTP and WebSocket)', async () => {
      // Items that would not even coerce: refused by their number first (they were coerced, then refused — any token
      // could hold the event loop for seconds with 90,000 of them).
      const b = { secretariat, items: Array.from({ length: hub.runtime.config.MAX_BATCH_SIZE + 1 }, () => ({})) };
      for (const token of [inspection, leader]) {
        const http = await hub.gql(INGEST_AS_B, { b } as never, token);
        expect(http.errors).toHaveLength(1);
        expect(firstError(http)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'batchSize', field: 'input.items', max: hub.runtime.config.MAX_BATCH_SIZE });
      }
      const ws = await overWs(hub, leader, INGEST_AS_B, { b });
      expect(firstError(ws.next ?? { errors: ws.errors })).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'batchSize', field: 'input.items' });
    });

    it("names the argument's path, not the client's variable name", async () => {
      const b = { secretariat, items: [{ externalId: 'F-b', actions: Array.from({ length: 101 }, () => ({})) }] };
      const res = await hub.gql(INGEST_AS_B, { b } as never, inspection);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.items.0.actions', max: 100, actual: 101 });
    });

    it("a bare list variable gets its argument's maximum before its entries are coerced", async () => {
      const res = await hub.gql(`query($t: [EventType!]) { events(types: $t) { endCursor } }`, { t: Array.from({ length: 101 }, () => 'NOT_A_TYPE') } as never, leader);
      expect(res.errors).toHaveLength(1);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'types', max: 100, actual: 101 });
    });
  });

  describe('1c. lists written in the document are refused before anything runs (attack of 2026-12-01)', () => {
    // A list over its maximum written inline, or a variable inside an inline object, was checked only when its field
    // executed: the operation answered data:null with LIMIT_EXCEEDED at ["b"], and root field "a" was committed.
    let strategyId: string;
    let schools: string[];
    beforeAll(async () => {
      strategyId = (await strategyFor(hub, secretariat, '2027')).id;
      schools = [daneCode, (await createSchool(hub, secretariat)).daneCode];
      await classifyForTest(hub, strategyId, schools);
    });
    const activities = async (title: string) =>
      (await hub.runtime.db.query(`SELECT count(*)::int AS n FROM assistance_activity WHERE strategy_id = $1 AND title = $2`, [strategyId, title]))[0].n as number;
    const fields = (title: string, danes: string) =>
      `title:"${title}",method:"Visita",modality:INTEGRAL,responsible:"Ana Gómez",startsOn:"2027-02-01",endsOn:"2027-03-01",schoolDanes:${danes}`;
    const codes = (n: number) => Array.from({ length: n }, (_, i) => String(105001000000 + i));

    it('a variable inside an inline object: the whole operation is refused, root field "a" is not written (HTTP and WebSocket)', async () => {
      const q = `mutation($d:[String!]!,$e:[String!]!){ a: programAssistanceActivity(strategyId:"${strategyId}", input:{${fields('A-var', '$d')}}){id} b: programAssistanceActivity(strategyId:"${strategyId}", input:{${fields('B-var', '$e')}}){id} }`;
      const vars = { d: schools, e: codes(3001) };
      const http = await hub.gql(q, vars as never, leader);
      expect(http.data ?? undefined).toBeUndefined();
      expect(http.errors).toHaveLength(1);
      expect(firstError(http)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.schoolDanes', max: 3000, actual: 3001 });
      const ws = await overWs(hub, leader, q, vars);
      expect(ws.next).toBeUndefined();
      expect(firstError({ errors: ws.errors })).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.schoolDanes', max: 3000, actual: 3001 });
      expect(await activities('A-var')).toBe(0);
      // Within the maximum both run.
      const ok = await hub.gql(q, { d: schools, e: schools } as never, leader);
      expect(ok.errors).toBeUndefined();
      expect(await activities('A-var')).toBe(1);
    });

    it('a fully literal list in a second root field, through a fragment too (HTTP and WebSocket)', async () => {
      const names = JSON.stringify(Array.from({ length: 21 }, (_, i) => `N${i}`));
      const session = `input:{activityId:"0b6c2f8e-3c1a-4d7e-9a59-2f1d4c5b6a7e",schoolDane:"${daneCode}",status:HELD,scheduledOn:"2027-02-02",heldOn:"2027-02-02",staff:"tecnico",topics:"t",attendees:[{role:"Rector",count:1,names:${names}}]}`;
      const q = `mutation { a: programAssistanceActivity(strategyId:"${strategyId}", input:{${fields('A-lit', JSON.stringify(schools))}}){id} ...S }
        fragment S on Mutation { b: recordAssistanceSession(${session}){id} }`;
      const http = await hub.gql(q, {} as never, leader);
      expect(http.data ?? undefined).toBeUndefined();
      expect(firstError(http)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.attendees.0.names', max: 20, actual: 21 });
      const ws = await overWs(hub, leader, q);
      expect(firstError({ errors: ws.errors })).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.attendees.0.names' });
      expect(await activities('A-lit')).toBe(0);
    });

    it("a variable's default is checked as well", async () => {
      const names = JSON.stringify(Array.from({ length: 21 }, (_, i) => `N${i}`));
      const q = `mutation($n:[String!]! = ${names}){ a: programAssistanceActivity(strategyId:"${strategyId}", input:{${fields('A-def', JSON.stringify(schools))}}){id}
        b: recordAssistanceSession(input:{activityId:"0b6c2f8e-3c1a-4d7e-9a59-2f1d4c5b6a7e",schoolDane:"${daneCode}",status:HELD,scheduledOn:"2027-02-02",heldOn:"2027-02-02",staff:"tecnico",topics:"t",attendees:[{role:"R",count:1,names:$n}]}){id} }`;
      const res = await hub.gql(q, {} as never, leader);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.attendees.0.names', max: 20, actual: 21 });
      expect(await activities('A-def')).toBe(0);
    });

    it('reports every list over its maximum at once (it gave the first only)', async () => {
      const commitments = Array.from({ length: 101 }, () => '{description:"d",responsible:"r"}').join(',');
      const names = JSON.stringify(Array.from({ length: 21 }, (_, i) => `N${i}`));
      const session = (attendees: string, more = '') =>
        `input:{activityId:"0b6c2f8e-3c1a-4d7e-9a59-2f1d4c5b6a7e",schoolDane:"${daneCode}",status:HELD,scheduledOn:"2027-02-02",heldOn:"2027-02-02",staff:"tecnico",topics:"t",attendees:${attendees}${more}}`;
      const q = `mutation($att:[SessionAttendeeInput!]!) {
        a: recordAssistanceSession(${session('$att')}){id}
        b: recordAssistanceSession(${session(`[{role:"R",count:1},{role:"D",count:2,names:${names}}]`, `,commitments:[${commitments}]`)}){id} }`;
      const att = Array.from({ length: 501 }, () => ({ role: 'Docente', count: 1 }));
      const res = await hub.gql(q, { att } as never, leader);
      expect(res.errors).toHaveLength(1);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'listSize', field: 'input.attendees', max: 500, actual: 501 });
      expect(res.errors![0].message).toContain('and 2 more lists over their maximum');
      expect(firstError(res).lists).toEqual([
        { field: 'input.attendees', limit: 'listSize', max: 500, actual: 501 },
        { field: 'input.attendees.1.names', limit: 'listSize', max: 20, actual: 21 },
        { field: 'input.commitments', limit: 'listSize', max: 100, actual: 101 },
      ]);
      const ws = await overWs(hub, leader, q, { att });
      expect((firstError({ errors: ws.errors }).lists as unknown[]).length).toBe(3);
    });
  });

  describe('1b. the spreadsheet import keeps to the same maxima', () => {
    it('reports a finding whose rows make 101 actions as a problem of that item (not sent)', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pmi-limits-'));
      const file = path.join(dir, 'f0103.csv');
      const header = 'finding_id,dane_code,date,area,description,action_id,action_type,action_description,action_due_date';
      const rows = Array.from({ length: 101 }, (_, i) => `IV-L1,${daneCode},2026-04-03,DIRECTIVE,Hallazgo,IV-L1-C${i},CORRECTIVE,Corregir,`);
      rows.push(`IV-L2,${daneCode},2026-04-03,DIRECTIVE,Hallazgo,IV-L2-C1,CORRECTIVE,Corregir,`);
      writeFileSync(file, [header, ...rows].join('\n') + '\n');
      const read = await fileItems('F01.03', file, '2026-04-03T00:00:00Z');
      expect(read.items).toHaveLength(2);
      expect(read.items[0].problems.map((p) => p.message)).toEqual(['actions holds 101 entries; at most 100 (LIMIT_EXCEEDED listSize)']);
      expect(read.items[1].problems).toEqual([]);
    });
  });

  describe('2. list fields without first are priced by their length', () => {
    it('prices a page of 200 findings × actions beyond the maximum (it was 1× each)', async () => {
      const q = `{ inspectionFindings(first: 200) { edges { node { id description actions { id type description dueDate } } } } }`;
      const res = await hub.gql(q, {} as never, leader);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'complexity' });
      expect(firstError(await overWs(hub, leader, q).then((r) => r.next ?? { errors: r.errors }))).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'complexity' });
      // The default page of 20 still passes.
      expect((await hub.gql(q.replace('first: 200', 'first: 20'), {} as never, leader)).errors).toBeUndefined();
    });
  });

  describe('2b. jurisdictionAnalysis with huge child lists', () => {
    it('reads at most 100 signals per school and rule (actions stored before the maximum existed)', async () => {
      const [f] = await hub.runtime.db.query(`SELECT id FROM inspection_finding WHERE secretariat_code = $1 AND school_dane = $2 LIMIT 1`, [secretariat, daneCode]);
      expect(f).toBeDefined();
      await hub.runtime.db.query(
        `INSERT INTO inspection_finding_action (finding_id, secretariat_code, school_dane, external_id, type, description)
         SELECT $1, $2, $3, 'OLD-' || g, 'CORRECTIVE', 'x' FROM generate_series(1, 5000) g`,
        [f.id, secretariat, daneCode],
      );
      const res = await hub.gql(`{ jurisdictionAnalysis(period: "2026") { nodes { school { daneCode } signals { rule } } } }`, {} as never, leader);
      expect(res.errors).toBeUndefined();
      const node = (res.data as { jurisdictionAnalysis: { nodes: { school: { daneCode: string }; signals: { rule: string }[] }[] } }).jurisdictionAnalysis.nodes.find(
        (n) => n.school.daneCode === daneCode,
      )!;
      expect(node.signals.filter((x) => x.rule === 'INSPECTION_ACTION_NOT_IN_PMI')).toHaveLength(100);
    });
  });

  describe('3. introspection is priced', () => {
    const alias = (i: number) => `a${i}: __schema { types { fields { args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } } }`;
    const attack = `{ ${Array.from({ length: 29 }, (_, i) => alias(i)).join(' ')} }`;

    it('refuses 29 aliases of __schema types fields args as LIMIT_EXCEEDED complexity, over HTTP and WebSocket', async () => {
      const started = Date.now();
      const res = await hub.gql(attack, {} as never, null);
      expect(firstError(res)).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'complexity' });
      expect(Date.now() - started).toBeLessThan(2_000);
      const ws = await overWs(hub, null, attack);
      expect(firstError(ws.next ?? { errors: ws.errors })).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'complexity' });
    });

    it('still answers one full introspection (GraphiQL, codegen)', async () => {
      const res = await hub.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), {} as never, null);
      expect(res.errors).toBeUndefined();
    });
  });

  describe('4. subscriptions', () => {
    const rooted = 'subscription($x: Boolean!) { events @include(if: $x) { cursor } }';
    const fragment = 'subscription($x: Boolean!) { ...F } fragment F on Subscription { events @skip(if: $x) { cursor } }';

    it.each([rooted, fragment])('refuses @skip/@include on the root field as a validation error, never 500 (HTTP): %s', async (query) => {
      const res = await hub.gql(query, { x: true } as never, leader);
      expect(res.status).toBe(200);
      expect(firstError(res)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(res.errors![0].message).toMatch(/must not use @skip or @include/);
    });

    it.each([rooted, fragment])('refuses it over WebSocket with an error frame; the connection stays open: %s', async (query) => {
      let closed = false;
      const client = hub.ws(leader, { on: { closed: () => void (closed = true) } });
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe({ query, variables: { x: true } }, { next: () => {}, error: resolve, complete: () => resolve(null) });
      });
      expect(Array.isArray(errors)).toBe(true);
      expect((errors as { extensions: { code: string } }[])[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const again = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: '{ __typename }' }, { next: resolve, error: resolve, complete: () => {} });
      });
      expect(again).toEqual({ data: { __typename: 'Query' } });
      expect(closed).toBe(false);
    });

    it('answers a subscription sent over HTTP POST as BAD_REQUEST (200 for application/json, 400 for graphql-response+json)', async () => {
      const res = await hub.gql('subscription { events { cursor } }', {} as never, leader);
      expect(res.status).toBe(200);
      expect(firstError(res)).toMatchObject({ code: 'BAD_REQUEST' });
      expect(res.errors![0].message).toMatch(/WebSocket/);
      const strict = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${leader}` },
        body: JSON.stringify({ query: 'subscription { events { cursor } }' }),
      });
      expect(strict.status).toBe(400);
    });
  });

  describe('5. WebSocket message size', () => {
    it('takes a 1.7 MB message (it closed with 1009 at 1 MiB)', async () => {
      const ws = await overWs(hub, null, 'query($pad: String!) { __type(name: $pad) { name } }', { pad: 'x'.repeat(1_700_000) });
      expect(ws.closed).toBeNull();
      expect(ws).toEqual({ next: { data: { __type: null } }, closed: null });
    });

    it('closes with 4413 and a reason naming LIMIT_EXCEEDED bodySize past MAX_BODY_SIZE', async () => {
      const small = await startTestHub({ MAX_BODY_SIZE: '100kb' });
      try {
        const socket = new WebSocket(small.wsUrl, 'graphql-transport-ws');
        const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
        await new Promise((r) => socket.on('open', r));
        socket.send(JSON.stringify({ type: 'connection_init' }));
        await new Promise((r) => socket.once('message', r));
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }', variables: { pad: 'x'.repeat(100 * 1024 + 70 * 1024) } } }));
        const { code, reason } = await closed;
        expect(code).toBe(4413);
        expect(reason).toMatch(/^LIMIT_EXCEEDED bodySize/);
      } finally {
        await small.stop();
      }
    });
  });
});
