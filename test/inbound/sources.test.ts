import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createTwoTenants } from '../support/factories';
import * as f from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';
import {
  IngestSelfEvaluationsDocument,
  IngestCharacterizationsDocument,
  IngestSupportPlanActionsDocument,
  IngestPeiUpdatesDocument,
  IngestEducationModelsDocument,
  IngestInspectionFindingsDocument,
  IngestSchoolRegimesDocument,
  IngestCurriculumChangesDocument,
  SelfEvaluationsDocument,
  CharacterizationsDocument,
  SupportPlanActionsDocument,
  PeiUpdatesDocument,
  EducationModelsDocument,
  InspectionFindingsDocument,
  SchoolRegimesDocument,
  CurriculumChangesDocument,
} from '../generated/graphql';

type Item = Record<string, unknown>;
interface Case {
  code: string;
  mutation: string;
  doc: TypedDocumentNode<any, any>;
  query: string;
  queryDoc: TypedDocumentNode<any, any>;
  queryVars?: Record<string, unknown>;
  item: (school: string, n: number, ts?: string) => Item;
  /** A content change (same natural key). */
  change: (item: Item) => Item;
  /** Makes the item invalid; returns the expected field suffix after `input.items.<i>.`. */
  invalid: (item: Item) => [Item, string];
  /** Children the stored record shows, for the "nothing partial" check. */
  children?: (node: any) => unknown[];
  /** Test-name prefixes for the two root fields (literal, so the tenancy coverage check finds them). */
  tenancy: [string, string];
  nonOfficial?: boolean;
  schoolLevel?: boolean;
}

const cases: Case[] = [
  {
    code: 'D01.03',
    mutation: 'ingestSelfEvaluations',
    doc: IngestSelfEvaluationsDocument,
    query: 'selfEvaluations',
    tenancy: ['tenancy:ingestSelfEvaluations', 'tenancy:selfEvaluations'],
    queryDoc: SelfEvaluationsDocument,
    item: f.selfEvaluationItem,
    change: (i) => ({ ...i, score: ((i.score as number) % 4) + 1 }),
    invalid: (i) => [{ ...i, score: 7 }, 'score'],
  },
  {
    code: 'D01.04',
    mutation: 'ingestCharacterizations',
    doc: IngestCharacterizationsDocument,
    query: 'characterizations',
    tenancy: ['tenancy:ingestCharacterizations', 'tenancy:characterizations'],
    queryDoc: CharacterizationsDocument,
    item: f.characterizationItem,
    change: (i) => ({ ...i, saber11Category: 'B' }),
    invalid: (i) => [{ ...i, saberResults: [{ ...(i.saberResults as Item[])[0] }, { ...(i.saberResults as Item[])[1], grade: 4 }] }, 'saberResults.1.grade'],
    children: (n) => n.saberResults,
  },
  {
    code: 'D02.01',
    mutation: 'ingestSupportPlanActions',
    doc: IngestSupportPlanActionsDocument,
    query: 'supportPlanActions',
    tenancy: ['tenancy:ingestSupportPlanActions', 'tenancy:supportPlanActions'],
    queryDoc: SupportPlanActionsDocument,
    queryVars: { period: '2026' },
    item: f.supportPlanItem,
    change: (i) => ({ ...i, name: `${i.name} (ajustada)` }),
    invalid: (i) => [{ ...i, tasks: [...(i.tasks as Item[]), { description: '   ' }] }, 'tasks.2.description'],
    children: (n) => [...n.indicators, ...n.tasks],
    schoolLevel: false,
  },
  {
    code: 'D02.02',
    mutation: 'ingestPeiUpdates',
    doc: IngestPeiUpdatesDocument,
    query: 'peiUpdates',
    tenancy: ['tenancy:ingestPeiUpdates', 'tenancy:peiUpdates'],
    queryDoc: PeiUpdatesDocument,
    item: f.peiItem,
    change: (i) => ({ ...i, summary: `${i.summary}, con enfoque inclusivo` }),
    invalid: (i) => [{ ...i, date: '2026-02-30' }, 'date'],
  },
  {
    code: 'C02.02',
    mutation: 'ingestEducationModels',
    doc: IngestEducationModelsDocument,
    query: 'educationModels',
    tenancy: ['tenancy:ingestEducationModels', 'tenancy:educationModels'],
    queryDoc: EducationModelsDocument,
    item: f.educationModelItem,
    change: (i) => ({ ...i, modelName: 'Post-primaria' }),
    invalid: (i) => [{ ...i, modelName: '' }, 'modelName'],
  },
  {
    code: 'F01.03',
    mutation: 'ingestInspectionFindings',
    doc: IngestInspectionFindingsDocument,
    query: 'inspectionFindings',
    tenancy: ['tenancy:ingestInspectionFindings', 'tenancy:inspectionFindings'],
    queryDoc: InspectionFindingsDocument,
    item: f.findingItem,
    change: (i) => ({ ...i, description: `${i.description} (reincidente)` }),
    invalid: (i) => [{ ...i, actions: [(i.actions as Item[])[0], { ...(i.actions as Item[])[1], description: '' }] }, 'actions.1.description'],
    children: (n) => n.actions,
  },
  {
    code: 'F01.03',
    mutation: 'ingestSchoolRegimes',
    doc: IngestSchoolRegimesDocument,
    query: 'schoolRegimes',
    tenancy: ['tenancy:ingestSchoolRegimes', 'tenancy:schoolRegimes'],
    queryDoc: SchoolRegimesDocument,
    item: f.regimeItem,
    change: (i) => ({ ...i, regime: i.regime === 'CONTROLLED' ? 'REGULATED_FREEDOM' : 'CONTROLLED' }),
    invalid: (i) => [{ ...i, year: '26' }, 'year'],
    nonOfficial: true,
  },
  {
    code: 'D02.05',
    mutation: 'ingestCurriculumChanges',
    doc: IngestCurriculumChangesDocument,
    query: 'curriculumChanges',
    tenancy: ['tenancy:ingestCurriculumChanges', 'tenancy:curriculumChanges'],
    queryDoc: CurriculumChangesDocument,
    item: f.curriculumItem,
    change: (i) => ({ ...i, areas: ['Ciencias sociales'] }),
    invalid: (i) => [{ ...i, date: '20-01-2026' }, 'date'],
  },
];

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const NON_OFFICIAL = { sector: 'NON_OFFICIAL' as never, regime: 'REGULATED_FREEDOM' as never };

async function setup(c: Case) {
  const { a, b } = await createTwoTenants(hub, 0);
  const attrs = c.nonOfficial ? NON_OFFICIAL : {};
  const schoolsA = [await createSchool(hub, a.code, attrs), await createSchool(hub, a.code, attrs), await createSchool(hub, a.code, attrs)];
  const schoolsB = [await createSchool(hub, b.code, attrs)];
  const staff = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: a.code });
  const sub = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: [`ingest:${c.code}`] });
  return { a, b, schoolsA, schoolsB, staff, sub };
}

const eventsOf = async (secretariat: string) =>
  (await hub.runtime.db.query(`SELECT school_dane, payload FROM event WHERE type = 'input.received' AND secretariat_code = $1 ORDER BY id`, [secretariat])) as {
    school_dane: string | null;
    payload: Record<string, unknown>;
  }[];

describe.each(cases)('$code $mutation', (c) => {
  const run = async (items: Item[], token: string, secretariat?: string) => {
    const res = await hub.gql(c.doc, { input: { secretariat, items } }, token);
    return expectData(res)[c.mutation] as {
      received: number;
      created: number;
      updated: number;
      unchanged: number;
      rejected: number;
      items: { index: number; status: string; code: string | null; field: string | null; id: string | null; key: string | null }[];
    };
  };
  const list = async (token: string, vars: Record<string, unknown> = {}) =>
    expectData(await hub.gql(c.queryDoc, { ...(c.queryVars ?? {}), first: 5, ...vars }, token))[c.query] as {
      totalCount: number;
      edges: { node: any }[];
    };

  it('happy path: stores every item with provenance and emits input.received per school', async () => {
    const { a, schoolsA, sub } = await setup(c);
    const items = [c.item(schoolsA[0].daneCode, 1), c.item(schoolsA[1].daneCode, 2)];
    const out = await run(items, sub);
    expect(out).toMatchObject({ received: 2, created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(out.items.map((i) => i.status)).toEqual(['CREATED', 'CREATED']);
    const page = await list(sub);
    expect(page.totalCount).toBe(2);
    for (const e of page.edges) {
      expect(e.node.source).toBe(c.code);
      expect(e.node.externalId).toBeTruthy();
      expect(out.items.map((i) => i.id)).toContain(e.node.id);
      if (c.children) expect(c.children(e.node).length).toBeGreaterThan(0);
    }
    const events = await eventsOf(a.code);
    if (c.schoolLevel === false) {
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ source: c.code, created: 2, updated: 0 });
    } else {
      expect(events.map((e) => e.school_dane).sort()).toEqual([schoolsA[0].daneCode, schoolsA[1].daneCode].sort());
      expect(events[0].payload).toMatchObject({ source: c.code, created: 1, updated: 0 });
    }
    const audit = await hub.runtime.db.query('SELECT count(*)::int AS n FROM audit_entry WHERE secretariat_code = $1 AND operation = $2', [a.code, c.mutation]);
    expect(audit[0].n).toBeGreaterThanOrEqual(1);
  });

  it('repeat batch: every item UNCHANGED, nothing written, no new event', async () => {
    const { a, schoolsA, staff } = await setup(c);
    const items = [c.item(schoolsA[0].daneCode, 3), c.item(schoolsA[1].daneCode, 4)];
    await run(items, staff);
    const before = await eventsOf(a.code);
    const page1 = await list(staff);
    const again = await run(items, staff);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect(await eventsOf(a.code)).toHaveLength(before.length);
    const page2 = await list(staff);
    expect(page2.edges.map((e) => [e.node.id, e.node.receivedAt ?? null])).toEqual(page1.edges.map((e) => [e.node.id, e.node.receivedAt ?? null]));
  });

  it('stale item: older than the stored record is REJECTED with STALE; a newer one updates, keeping the id', async () => {
    const { a, schoolsA, staff } = await setup(c);
    const first = await run([c.item(schoolsA[0].daneCode, 5, '2026-03-01T10:00:00Z')], staff);
    const stale = await run([c.change(c.item(schoolsA[0].daneCode, 5, '2026-02-01T10:00:00Z'))], staff);
    expect(stale.items[0]).toMatchObject({ status: 'REJECTED', code: 'STALE', field: 'input.items.0.sourceTimestamp' });
    const newer = await run([c.change(c.item(schoolsA[0].daneCode, 5, '2026-04-01T10:00:00Z'))], staff);
    expect(newer.items[0]).toMatchObject({ status: 'UPDATED', id: first.items[0].id });
    const events = await eventsOf(a.code);
    expect(events.at(-1)!.payload).toMatchObject({ source: c.code, created: 0, updated: 1 });
  });

  it('mixed batch: valid items are written, the invalid one is rejected with its field and leaves nothing', async () => {
    const { schoolsA, staff } = await setup(c);
    const good = c.item(schoolsA[0].daneCode, 6);
    const [bad, field] = c.invalid(c.item(schoolsA[1].daneCode, 7));
    const unknownSchool = c.item('999999999999', 8);
    const out = await run(c.schoolLevel === false ? [good, bad] : [good, bad, unknownSchool], staff);
    expect(out.items[0].status).toBe('CREATED');
    expect(out.items[1]).toMatchObject({ status: 'REJECTED', code: 'BAD_USER_INPUT', field: `input.items.1.${field}` });
    if (c.schoolLevel !== false) expect(out.items[2]).toMatchObject({ status: 'REJECTED', code: 'NOT_FOUND', field: 'input.items.2.daneCode' });
    const page = await list(staff);
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node.id).toBe(out.items[0].id);
    if (c.children) {
      const rows = c.children(page.edges[0].node);
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('duplicate natural key in one batch: the second is REJECTED with CONFLICT', async () => {
    const { schoolsA, staff } = await setup(c);
    const item = c.item(schoolsA[0].daneCode, 9);
    const out = await run([item, c.change(item)], staff);
    expect(out.items.map((i) => i.status)).toEqual(['CREATED', 'REJECTED']);
    expect(out.items[1].code).toBe('CONFLICT');
  });

  it(`${c.tenancy[0]} wrong scope or role is FORBIDDEN; another secretariat is NOT_FOUND; its schools are unknown`, async () => {
    const { a, b, schoolsA, schoolsB } = await setup(c);
    const otherScope = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: [c.code === 'D01.03' ? 'ingest:D01.04' : 'ingest:D01.03', `read:${c.code}`] });
    const item = c.item(schoolsA[0].daneCode, 10);
    expectError(await hub.gql(c.doc, { input: { items: [item] } }, otherScope), 'FORBIDDEN');
    for (const role of [Role.QUALITY_STAFF, Role.SCHOOL, Role.MINISTRY, Role.INSPECTION, Role.CITIZEN_SERVICE]) {
      const t = await hub.token({ role, secretariat: role === Role.MINISTRY ? null : a.code, school: role === Role.SCHOOL ? schoolsA[0].daneCode : null });
      expectError(await hub.gql(c.doc, { input: { items: [item] } }, t), 'FORBIDDEN');
    }
    const sub = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: [`ingest:${c.code}`] });
    expectError(await hub.gql(c.doc, { input: { secretariat: b.code, items: [item] } }, sub), 'NOT_FOUND');
    if (c.schoolLevel !== false) {
      const out = await run([c.item(schoolsB[0].daneCode, 11)], sub);
      expect(out.items[0]).toMatchObject({ status: 'REJECTED', code: 'NOT_FOUND', field: 'input.items.0.daneCode' });
    }
    // ADMIN loads for a named secretariat, and must name one.
    const admin = await hub.token({ role: Role.ADMIN });
    expectError(await hub.gql(c.doc, { input: { items: [item] } }, admin), 'FORBIDDEN');
    expect((await run([item], admin, a.code)).created).toBe(1);
    expectError(await hub.gql(c.doc, { input: { secretariat: 'NOPE', items: [item] } }, admin), 'NOT_FOUND');
  });

  it(`${c.tenancy[1]} another secretariat's records are invisible; schools see only their own; scopes limit sibling systems`, async () => {
    const { a, b, schoolsA, staff } = await setup(c);
    await run([c.item(schoolsA[0].daneCode, 12), c.item(schoolsA[1].daneCode, 13)], staff);
    const otherStaff = await hub.token({ role: Role.QUALITY_LEADER, secretariat: b.code });
    expect((await list(otherStaff)).totalCount).toBe(0);
    // Naming another secretariat is NOT_FOUND, as for a missing one.
    expectError(await hub.gql(c.queryDoc, { ...(c.queryVars ?? {}), first: 5, secretariat: a.code }, otherStaff), 'NOT_FOUND');
    const ministry = await hub.token({ role: Role.MINISTRY });
    expect((await list(ministry, { secretariat: a.code })).totalCount).toBe(2);
    const reader = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: [`read:${c.code}`] });
    expect((await list(reader)).totalCount).toBe(2);
    const foreignReader = await hub.token({ role: Role.SUBPROCESS, secretariat: b.code, scopes: [`read:${c.code}`] });
    expect((await list(foreignReader)).totalCount).toBe(0);
    const wrongScope = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['read:E02.01'] });
    expectError(await hub.gql(c.queryDoc, { ...(c.queryVars ?? {}), first: 5 }, wrongScope), 'FORBIDDEN');
    const school = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: schoolsA[0].daneCode });
    if (c.schoolLevel === false) {
      expectError(await hub.gql(c.queryDoc, { ...(c.queryVars ?? {}), first: 5 }, school), 'FORBIDDEN');
    } else {
      const own = await list(school);
      expect(own.totalCount).toBe(1);
      expect(own.edges[0].node.schoolDane).toBe(schoolsA[0].daneCode);
      expect((await list(school, { daneCode: schoolsA[1].daneCode })).totalCount).toBe(0);
    }
  });

  it('a batch over MAX_BATCH_SIZE is refused with LIMIT_EXCEEDED and writes nothing', async () => {
    const { schoolsA, staff } = await setup(c);
    const config = hub.runtime.config as { MAX_BATCH_SIZE: number };
    const saved = config.MAX_BATCH_SIZE;
    config.MAX_BATCH_SIZE = 2;
    try {
      const items = [c.item(schoolsA[0].daneCode, 14), c.item(schoolsA[1].daneCode, 15), c.item(schoolsA[2].daneCode, 16)];
      const err = expectError(await hub.gql(c.doc, { input: { items } }, staff), 'LIMIT_EXCEEDED', 'input.items');
      expect(err.extensions).toMatchObject({ max: 2, actual: 3 });
    } finally {
      config.MAX_BATCH_SIZE = saved;
    }
    expect((await list(staff)).totalCount).toBe(0);
  });
});
