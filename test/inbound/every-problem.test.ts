import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import {
  characterizationItem,
  curriculumItem,
  educationModelItem,
  findingItem,
  peiItem,
  regimeItem,
  selfEvaluationItem,
  supportPlanItem,
  ts,
} from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';
import { PrivateSchoolRegime, SchoolSector } from '../../src/modules/schools/school.enums';
import { runImport } from '../../src/cli/import';
import { fieldLabel } from '../../src/common/violations';
import {
  IngestCharacterizationsDocument,
  IngestCurriculumChangesDocument,
  IngestEducationModelsDocument,
  IngestInspectionFindingsDocument,
  IngestPeiUpdatesDocument,
  IngestSchoolRegimesDocument,
  IngestSelfEvaluationsDocument,
  IngestSupportPlanActionsDocument,
  RetractInputsDocument,
  type IngestionResultFieldsFragment,
} from '../generated/graphql';

/**
 * "All problems at once" for the inbound side: every adapter reports every independent problem of a rejected item in
 * `violations` (each with its code and field path, in the order checked, the first being the item's code, field and
 * message), skips only the checks that need a failed one, stores nothing of the rejected item and stores the valid
 * items of the same batch. Before, an adapter stopped at its first problem (plus text and timestamp problems).
 */

let hub: TestHub;
let se: string;
let dane: string; // official
let privateDane: string; // non-official
let token: string;
const UNKNOWN = '999999999999';
const FUTURE = '9999-12-31T23:59:59Z';

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  dane = (await createSchool(hub, se)).daneCode;
  privateDane = (await createSchool(hub, se, { sector: SchoolSector.NON_OFFICIAL, regime: PrivateSchoolRegime.REGULATED_FREEDOM })).daneCode;
  token = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: se });
});
afterAll(() => hub.stop());

type Expected = [code: string, field: string, message?: RegExp][];

interface Case {
  source: string;
  doc: TypedDocumentNode<Record<string, IngestionResultFieldsFragment>, { input: { items: unknown[] } }>;
  table: string;
  /** The item with several independent problems (index 0), then a valid item (index 1). */
  bad: () => Record<string, unknown>;
  good: () => Record<string, unknown>;
  expected: Expected;
  /** A further rejected item showing a dependent check left unchecked (index 2), and what it reports. */
  dependent?: { item: () => Record<string, unknown>; expected: Expected };
}

const at = (fields: Expected, index = 0) => fields.map(([code, f]) => [code, `input.items.${index}.${f}`]);
const messagesMatch = (violations: { message: string }[] | null | undefined, expected: Expected) =>
  expected.forEach(([, , m], i) => m && expect(violations?.[i]?.message).toMatch(m));
const BAD = 'BAD_USER_INPUT';
const NF = 'NOT_FOUND';

const CASES: Case[] = [
  {
    source: 'D01.03',
    doc: IngestSelfEvaluationsDocument as never,
    table: 'self_evaluation_score_all',
    bad: () => ({ daneCode: UNKNOWN, year: '26', componentCode: 'NOPE-99', score: 7, evidence: 'Acta', sourceTimestamp: FUTURE }),
    good: () => selfEvaluationItem(dane, 1),
    expected: [
      [NF, 'daneCode'],
      [BAD, 'year'],
      [NF, 'componentCode'],
      [BAD, 'score'],
      [BAD, 'sourceTimestamp'],
    ],
    // The component is looked up in its catalogue version: an unknown version leaves it unchecked.
    dependent: {
      item: () => ({ ...selfEvaluationItem(dane, 2), catalogueVersion: 'NO-SUCH-VERSION', componentCode: 'NOPE-99', score: 0 }),
      expected: [
        [NF, 'catalogueVersion'],
        [BAD, 'score'],
      ],
    },
  },
  {
    source: 'D01.04',
    doc: IngestCharacterizationsDocument as never,
    table: 'characterization_all',
    bad: () => ({
      daneCode: UNKNOWN,
      year: '2026',
      enrolment: -5,
      dropoutRate: 150,
      infrastructureNeeds: ['Cubierta', '  '],
      saberResults: [
        { grade: 4, subject: 'MATHEMATICS', insufficient: 120, minimum: 0, satisfactory: 0, advanced: 0 },
        { grade: 5, subject: 'LANGUAGE', insufficient: 10, minimum: 10, satisfactory: 10, advanced: 10 },
      ],
      sourceTimestamp: ts(),
    }),
    good: () => characterizationItem(dane, 1),
    // saberResults.0 does not add up either, but its sum needs its four levels to be percents: left unchecked.
    expected: [
      [NF, 'daneCode'],
      [BAD, 'enrolment'],
      [BAD, 'dropoutRate'],
      [BAD, 'infrastructureNeeds.1'],
      [BAD, 'saberResults.0.grade'],
      [BAD, 'saberResults.0.insufficient'],
      [BAD, 'saberResults.1', /must add up to 100 \(got 40\)/],
    ],
  },
  {
    source: 'D02.01',
    doc: IngestSupportPlanActionsDocument as never,
    table: 'support_plan_action_all',
    bad: () => ({
      ...supportPlanItem('', 90),
      period: '26',
      code: 'bad code!',
      name: ' ',
      endDate: '2026-13-01',
      indicators: [{ name: 'EE con PMI', baseline: null, target: 80, unit: ' ' }],
      tasks: [{ description: 'Taller', responsible: null, dueDate: 'mañana' }],
    }),
    good: () => supportPlanItem('', 1),
    expected: [
      [BAD, 'period'],
      [BAD, 'code'],
      [BAD, 'name'],
      [BAD, 'endDate'],
      [BAD, 'indicators.0.unit'],
      [BAD, 'tasks.0.dueDate'],
    ],
    // endDate before startDate is checked once both are dates.
    dependent: {
      item: () => ({ ...supportPlanItem('', 91), startDate: '2026-05-01', endDate: '2026-04-31', lineCode: 'L 1' }),
      expected: [
        [BAD, 'lineCode'],
        [BAD, 'endDate', /^endDate must be a date YYYY-MM-DD$/],
      ],
    },
  },
  {
    source: 'D02.02',
    doc: IngestPeiUpdatesDocument as never,
    table: 'pei_update_all',
    bad: () => ({ ...peiItem(UNKNOWN, 90, FUTURE), externalId: 'P'.repeat(201), date: '2026-02-30', summary: ' ' }),
    good: () => peiItem(dane, 1),
    expected: [
      [BAD, 'externalId'],
      [NF, 'daneCode'],
      [BAD, 'date'],
      [BAD, 'summary'],
      [BAD, 'sourceTimestamp'],
    ],
  },
  {
    source: 'C02.02',
    doc: IngestEducationModelsDocument as never,
    table: 'education_model_adoption_all',
    bad: () => ({ ...educationModelItem(UNKNOWN, 90), modelName: '', date: '2026-02-30', notes: 'n'.repeat(4001) }),
    good: () => educationModelItem(dane, 1),
    expected: [
      [NF, 'daneCode'],
      [BAD, 'date'],
      [BAD, 'modelName'],
      [BAD, 'notes'],
    ],
  },
  {
    source: 'F01.03',
    doc: IngestInspectionFindingsDocument as never,
    table: 'inspection_finding_all',
    bad: () => ({
      ...findingItem(UNKNOWN, 90),
      date: '20260310',
      description: ' ',
      actions: [
        { externalId: 'A1', type: 'CORRECTIVE', description: 'Actualizar el manual', dueDate: '2026-06-31' },
        { externalId: 'A1', type: 'PREVENTIVE', description: ' ', dueDate: null },
      ],
    }),
    good: () => findingItem(dane, 1),
    expected: [
      [NF, 'daneCode'],
      [BAD, 'date'],
      [BAD, 'description'],
      [BAD, 'actions.0.dueDate'],
      ['CONFLICT', 'actions.1.externalId'],
      [BAD, 'actions.1.description'],
    ],
  },
  {
    source: 'F01.03 (regimes)',
    doc: IngestSchoolRegimesDocument as never,
    table: 'school_regime_report_all',
    bad: () => ({ ...regimeItem(UNKNOWN, 2, FUTURE), year: '26', externalId: 'R'.repeat(201) }),
    good: () => regimeItem(privateDane, 1),
    expected: [
      [NF, 'daneCode'],
      [BAD, 'year'],
      [BAD, 'sourceTimestamp'],
      [BAD, 'externalId'],
    ],
    // Whether a school may have a regime is known once the school is: an official school is refused on regime, and
    // the item's other problems come with it.
    dependent: {
      item: () => ({ ...regimeItem(dane, 3), year: '26' }),
      expected: [
        [BAD, 'regime', /only non-official schools have a regime/],
        [BAD, 'year'],
      ],
    },
  },
  {
    source: 'D02.05',
    doc: IngestCurriculumChangesDocument as never,
    table: 'curriculum_change_all',
    bad: () => ({ ...curriculumItem(UNKNOWN, 90), date: 'ayer', summary: ' ', areas: ['Ciencias sociales', ''] }),
    good: () => curriculumItem(dane, 1),
    expected: [
      [NF, 'daneCode'],
      [BAD, 'date'],
      [BAD, 'summary'],
      [BAD, 'areas.1'],
    ],
  },
];

const stored = async (table: string) =>
  (await hub.runtime.db.query(`SELECT external_id FROM ${table} WHERE secretariat_code = $1 ORDER BY external_id`, [se])).map(
    (r: { external_id: string }) => r.external_id,
  );

describe('every adapter reports every independent problem of an item at once', () => {
  it.each(CASES.map((c) => [c.source, c] as const))('%s: ≥ 3 problems, each with code and field path; nothing of it stored, the valid item stored', async (_source, c) => {
    const items = [c.bad(), c.good(), ...(c.dependent ? [c.dependent.item()] : [])];
    const res = Object.values(expectData(await hub.gql(c.doc, { input: { items } }, token)))[0];
    const [bad, good] = res.items;
    expect(bad.status).toBe('REJECTED');
    expect(bad.violations?.map((v) => [v.code, v.field])).toEqual(at(c.expected));
    messagesMatch(bad.violations, c.expected);
    expect(c.expected.length).toBeGreaterThanOrEqual(3);
    // Every violation names its field first ("evidence must be at most 4000 characters"), as the boundary's do; a
    // NOT_FOUND or CONFLICT names the record instead.
    const named = [...(bad.violations ?? []), ...(c.dependent ? (res.items[2].violations ?? []) : [])].filter((v) => v.code === BAD);
    for (const v of named) expect(v.message.startsWith(`${fieldLabel(v.field)} `) ? v.message : `${fieldLabel(v.field)}: ${v.message}`).toBe(v.message);
    // Backward compatible: code, field and message are the first problem's.
    expect(bad.violations?.[0]).toEqual({ code: bad.code, field: bad.field, message: bad.message });
    for (const v of bad.violations ?? []) expect(v.message).toBeTruthy();
    expect(good).toMatchObject({ status: 'CREATED', violations: null, code: null });
    if (c.dependent) {
      const dep = res.items[2];
      expect(dep.status).toBe('REJECTED');
      expect(dep.violations?.map((v) => [v.code, v.field])).toEqual(at(c.dependent.expected, 2));
      messagesMatch(dep.violations, c.dependent.expected);
    }
    expect(res).toMatchObject({ created: 1, rejected: items.length - 1 });
    // Only the valid item is stored.
    const ids = await hub.runtime.db.query(`SELECT id FROM ${c.table} WHERE secretariat_code = $1`, [se]);
    expect(ids.map((r: { id: string }) => r.id)).toEqual([good.id]);
  });
});

describe('every message names its field', () => {
  it('evidence of 20,001 characters reads "evidence must be at most 4000 characters" (it lacked the field name)', async () => {
    const res = expectData(await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [{ ...selfEvaluationItem(dane, 6), evidence: 'e'.repeat(20_001) }] } }, token));
    const [r] = res.ingestSelfEvaluations.items;
    expect(r.violations).toEqual([{ code: BAD, field: 'input.items.0.evidence', message: 'evidence must be at most 4000 characters' }]);
  });

  it('a blank required text and an entry of a list are named too', async () => {
    const item = { ...characterizationItem(dane, 7), infrastructureNeeds: ['Cubierta', ' '] };
    const [r] = expectData(await hub.gql(IngestCharacterizationsDocument, { input: { items: [item] } }, token)).ingestCharacterizations.items;
    expect(r.violations?.map((v) => v.message)).toEqual(['infrastructureNeeds.1 is required']);
  });
});

describe('retractions report every problem of an item at once', () => {
  it('blank externalId, blank reason and a withdrawal dated in year 9999: three violations; the valid retraction is made', async () => {
    expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(dane, 50)] } }, token));
    const res = expectData(
      await hub.gql(
        RetractInputsDocument,
        {
          input: {
            kind: 'PEI_UPDATE',
            items: [
              { externalId: ' ', reason: ' ', sourceTimestamp: FUTURE },
              { externalId: 'PEI-50', reason: 'Actualización no aprobada', sourceTimestamp: '2026-03-02T10:00:00Z' },
            ],
          },
        },
        token,
      ),
    ).retractInputs;
    const [bad, good] = res.items;
    expect(bad.status).toBe('REJECTED');
    expect(bad.violations?.map((v) => [v.code, v.field])).toEqual(at([
      [BAD, 'externalId'],
      [BAD, 'reason'],
      [BAD, 'sourceTimestamp'],
    ]));
    expect(bad.violations?.[0]).toEqual({ code: bad.code, field: bad.field, message: bad.message });
    expect(good).toMatchObject({ status: 'RETRACTED', violations: null });
    expect(res).toMatchObject({ retracted: 1, rejected: 1 });
    const [row] = await hub.runtime.db.query(`SELECT retracted_at FROM pei_update_all WHERE secretariat_code = $1 AND external_id = 'PEI-50'`, [se]);
    expect(row.retracted_at).not.toBeNull();
  });
});

describe('a field refused for its characters is reported once, not looked up, and never echoed (attack of 2026-12-01)', () => {
  const CTRL = '\u0001';
  /** Whether a string of the answer holds the character raw (graphql-js's own `"X\\u0001"` quoting is escaped text). */
  const echoes = (res: unknown): boolean =>
    typeof res === 'string' ? res.includes(CTRL) : !!res && typeof res === 'object' && Object.values(res).some(echoes);

  it('D01.03 componentCode "DIR-01-01\\u0001": the forbidden-character violation only, no NOT_FOUND naming it; nothing echoed', async () => {
    const item = { ...selfEvaluationItem(dane, 3), componentCode: `DIR-01-01${CTRL}` };
    const res = await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [item] } }, token);
    const [r] = expectData(res).ingestSelfEvaluations.items;
    expect(r.status).toBe('REJECTED');
    expect(r.violations?.map((v) => [v.code, v.field])).toEqual([[BAD, 'input.items.0.componentCode']]);
    expect(r.message).toMatch(/^componentCode must not contain control characters.*found U\+0001/);
    expect(echoes(res)).toBe(false);
  });

  it('D01.03 catalogueVersion holding NUL: reported once, its components left unchecked, the batch still answered', async () => {
    const item = { ...selfEvaluationItem(dane, 4), catalogueVersion: `GUIA34-2008\u0000` };
    const res = await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [item, selfEvaluationItem(dane, 5)] } }, token);
    const [bad, good] = expectData(res).ingestSelfEvaluations.items;
    expect(bad.violations?.map((v) => [v.code, v.field])).toEqual([[BAD, 'input.items.0.catalogueVersion']]);
    expect(good.status).not.toBe('REJECTED');
    expect(JSON.stringify(res)).not.toMatch(/[^\\]\\u0000/);
  });

  /** Every string of an item, as [path, set-to] pairs (nested lists and objects included). */
  const strings = (value: unknown, at: string[] = []): string[][] => {
    if (typeof value === 'string') return [at];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...at, String(i)]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, k]));
    return [];
  };
  const withControl = (item: Record<string, unknown>, at: string[]) => {
    const copy = structuredClone(item) as Record<string, unknown>;
    let o = copy as Record<string, unknown>;
    for (const k of at.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[at[at.length - 1]] = `${String(o[at[at.length - 1]])}${CTRL}`;
    return copy;
  };

  it.each(CASES.map((c) => [c.source, c] as const))('%s: every text field with a control character is that one violation, nothing echoed', async (_source, c) => {
    const good = c.good();
    const paths = strings(good).filter((p) => p[0] !== 'sourceTimestamp');
    let checked = 0;
    for (const p of paths) {
      const res = await hub.gql(c.doc, { input: { items: [withControl(good, p)] } }, token);
      expect(echoes(res)).toBe(false);
      // An enum value with the character does not coerce: refused by GraphQL as a whole (still not echoed).
      if (!res.data) {
        expect(res.errors?.[0]?.extensions?.code).toBe(BAD);
        continue;
      }
      const [r] = Object.values(res.data as Record<string, IngestionResultFieldsFragment>)[0].items;
      expect([r.status, r.violations?.map((v) => v.field)]).toEqual(['REJECTED', [`input.items.0.${p.join('.')}`]]);
      expect(r.message).toContain('found U+0001');
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('a retraction whose externalId holds the character: one violation, its externalId not echoed in the result', async () => {
    const res = await hub.gql(
      RetractInputsDocument,
      { input: { kind: 'PEI_UPDATE', items: [{ externalId: `PEI-1${CTRL}`, reason: 'Duplicado', sourceTimestamp: '2026-03-02T10:00:00Z' }] } },
      token,
    );
    const [r] = expectData(res).retractInputs.items;
    expect(r.violations?.map((v) => v.field)).toEqual(['input.items.0.externalId']);
    expect(r.externalId).toBeNull();
    expect(echoes(res)).toBe(false);
  });
});

describe('the file import lists every problem of a row at once', () => {
  async function importFile(source: string, file: string, ...flags: string[]) {
    let out = '';
    const err = new Writable({ write: (_c, _e, cb) => cb() });
    const code = await runImport({
      argv: ['--source', source, '--secretariat', se, ...flags, file],
      env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      out: (s) => (out += s),
      err,
    });
    return { code, out };
  }
  const csv = (name: string, lines: string[]) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pmi-every-problem-')), name);
    writeFileSync(file, lines.join('\n'));
    return file;
  };

  it('an unreadable cell and what the other cells break (unknown school, bad year, unknown component), each at its column; the valid row is loaded', async () => {
    const before = (await stored('self_evaluation_score_all')).length;
    const file = csv('d0103.csv', [
      'dane_code;year;catalogue_version;component_code;score;evidence;source_timestamp',
      `${UNKNOWN};26;GUIA34-2008;NOPE-01;abc;Acta 1;2026-03-01T00:00:00Z`,
      `${dane};2025;GUIA34-2008;DIR-01-01;2;Acta 2;2026-03-01T00:00:00Z`,
    ]);
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    const line = res.out.split('\n').find((l) => l.startsWith('line 2:'));
    // The unreadable score is named once, by its cell (not again as "score must be 1…4").
    expect(line).toBe(
      `line 2: REJECTED BAD_USER_INPUT line 2, column score: "abc" is not a number (this file writes 1.500,25 for one thousand five hundred and a quarter) (expected a number); ` +
        `dane_code: School ${UNKNOWN} not found in secretariat ${se}; year: year must be a year such as 2026; ` +
        `component_code: Component NOPE-01 is not in catalogue GUIA34-2008`,
    );
    expect(res.out).toMatch(/^line 3: CREATED/m);
    expect((await stored('self_evaluation_score_all')).length).toBe(before + 1);
  });

  it('a component_code holding U+0001: named once, by its cell, and the output never carries it raw', async () => {
    const file = csv('d0103-ctrl.csv', [
      'dane_code;year;catalogue_version;component_code;score;evidence;source_timestamp',
      `${dane};2024;GUIA34-2008;DIR-01-01\u0001;2;Acta;2026-03-01T00:00:00Z`,
    ]);
    const res = await importFile('D01.03', file);
    expect(res.code).toBe(1);
    expect(res.out).not.toContain('\u0001');
    const line = res.out.split('\n').find((l) => l.startsWith('line 2:'));
    // The reader refuses the cell itself (its character named); nothing else is said of it (no NOT_FOUND echoing it).
    expect(line).toBe('line 2: REJECTED BAD_USER_INPUT line 2, column component_code: holds the control character U+0001 (expected text)');
  });

  it('--retract: an unreadable source_timestamp and a blank reason are both named; the valid row is retracted', async () => {
    expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(dane, 60), peiItem(dane, 61)] } }, token));
    const file = csv('retract.csv', ['external_id;reason;source_timestamp', 'PEI-60;;31/02/2026 10:00', 'PEI-61;Duplicado;02/03/2026 10:00']);
    const res = await importFile('D02.02', file, '--retract');
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/^line 2: REJECTED BAD_USER_INPUT line 2, column source_timestamp: "31\/02\/2026 10:00" is not a calendar date[^;]*; reason: reason is required$/m);
    expect(res.out).toMatch(/^line 3: RETRACTED PEI-61$/m);
    const rows = await hub.runtime.db.query(`SELECT external_id, retracted_at FROM pei_update_all WHERE secretariat_code = $1 AND external_id IN ('PEI-60', 'PEI-61') ORDER BY external_id`, [se]);
    expect(rows.map((r: { retracted_at: Date | null }) => r.retracted_at !== null)).toEqual([false, true]);
  });
});
