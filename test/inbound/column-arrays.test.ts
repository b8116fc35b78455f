import { startTestHub, type TestHub } from '../support/hub';
import { createSchool, createSecretariat, newDaneCode, newSecretariat } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { arrayLiteral } from '../../src/modules/inputs/inbound-store';
import { SchoolSector } from '../../src/modules/schools/school.enums';
import {
  characterizationItem,
  curriculumItem,
  educationModelItem,
  findingItem,
  peiItem,
  regimeItem,
  selfEvaluationItem,
  supportPlanItem,
} from '../support/inbound-factories';

/**
 * Issue 14: the inbound store passes one array per column to PostgreSQL (INGEST_COLUMN_ARRAYS, the default) instead of
 * one JSON document of the rows (INGEST_COLUMN_ARRAYS=false, the plain path). Two hubs, each on its own database with
 * the same secretariat and schools, take the same sequence of batches of every source — first load, the same again,
 * newer and changed, older (STALE), rejected and duplicate items, a retraction and the revival, a key change, text
 * holding what an array literal must escape — and must answer the same per item and leave the same rows, audit rows
 * and events (ids and clock times aside).
 */
const ROWS = [
  'self_evaluation_score_all',
  'characterization_all',
  'saber_result',
  'support_plan_action_all',
  'support_plan_indicator',
  'support_plan_task',
  'pei_update_all',
  'education_model_adoption_all',
  'inspection_finding_all',
  'inspection_finding_action',
  'school_regime_report_all',
  'curriculum_change_all',
];
const VOLATILE = new Set(['id', 'received_at', 'change_tx', 'tx_id', 'at', 'occurred_at', 'request_id', 'retracted_at', 'created_at', 'updated_at']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Text an array literal must quote or escape, and characters outside Latin-1. */
const AWKWARD = ['Acta "firmada", {anexo 1} \\ fin', 'NULL', ' ', 'a,b;c', 'Ñandú — ✓ 𝔸', "O'Higgins", '{}', '"'];

const secretariat = newSecretariat();
const official = newDaneCode();
const other = newDaneCode();
const private_ = newDaneCode('3');

interface Side {
  hub: TestHub;
  token: string;
}

async function side(env: Record<string, string>): Promise<Side> {
  const hub = await startTestHub(env);
  await createSecretariat(hub, secretariat);
  await createSchool(hub, secretariat.code, { daneCode: official, name: 'IE Uno' });
  await createSchool(hub, secretariat.code, { daneCode: other, name: 'IE Dos' });
  await createSchool(hub, secretariat.code, { daneCode: private_, name: 'Colegio Tres', sector: SchoolSector.NON_OFFICIAL, regime: 'REGULATED_FREEDOM' as never });
  const token = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: secretariat.code });
  return { hub, token };
}

const RESULT = 'received created updated unchanged rejected items { index key status code field message violations { field message } id }';
const MUTATIONS: Record<string, string> = {
  selfEvaluations: `mutation($input: SelfEvaluationBatchInput!) { r: ingestSelfEvaluations(input: $input) { ${RESULT} } }`,
  characterizations: `mutation($input: CharacterizationBatchInput!) { r: ingestCharacterizations(input: $input) { ${RESULT} } }`,
  supportPlan: `mutation($input: SupportPlanBatchInput!) { r: ingestSupportPlanActions(input: $input) { ${RESULT} } }`,
  pei: `mutation($input: PeiUpdateBatchInput!) { r: ingestPeiUpdates(input: $input) { ${RESULT} } }`,
  models: `mutation($input: EducationModelBatchInput!) { r: ingestEducationModels(input: $input) { ${RESULT} } }`,
  findings: `mutation($input: InspectionFindingBatchInput!) { r: ingestInspectionFindings(input: $input) { ${RESULT} } }`,
  regimes: `mutation($input: SchoolRegimeBatchInput!) { r: ingestSchoolRegimes(input: $input) { ${RESULT} } }`,
  curriculum: `mutation($input: CurriculumChangeBatchInput!) { r: ingestCurriculumChanges(input: $input) { ${RESULT} } }`,
};
const RETRACT = `mutation($input: RetractionBatchInput!) { r: retractInputs(input: $input) { retracted unchanged rejected items { index externalId status code field message } } }`;

async function post(s: Side, query: string, variables: object): Promise<unknown> {
  const res = await fetch(s.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: { r: unknown }; errors?: unknown };
  // Ids differ between the two databases: whether one was given is what must agree.
  return JSON.parse(JSON.stringify(body), (k, v) => (typeof v === 'string' && UUID.test(v) ? '<id>' : v));
}

const T1 = '2026-03-01T10:00:00Z';
const T2 = '2026-03-05T10:00:00Z';
const T0 = '2026-02-01T10:00:00Z';

/** The steps, each a mutation and its variables; the same for both hubs. */
function steps(): [string, object][] {
  const se = (n: number, ts = T1, evidence?: string | null) => ({
    ...selfEvaluationItem(n % 2 ? other : official, n, ts),
    ...(evidence === undefined ? {} : { evidence }),
  });
  const out: [string, object][] = [];
  const batch = (kind: string, items: object[]) => out.push([MUTATIONS[kind], { input: { items } }]);
  // D01.03: awkward text, a null evidence, a rejected item (score 7) and a duplicate (CONFLICT).
  const first = [...AWKWARD.map((t, i) => se(i, T1, t)), se(8, T1, null), { ...se(9), score: 7 }, se(0, T1, 'duplicado')];
  batch('selfEvaluations', first);
  batch('selfEvaluations', first); // unchanged
  batch('selfEvaluations', [se(0, T2, 'cambiada'), se(1, T0, 'vieja'), se(2, T1, AWKWARD[2]), se(10, T2, 'nueva')]);
  // A key change: an explicit external id already naming another record (CONFLICT on externalId).
  batch('selfEvaluations', [{ ...se(11, T2), year: '2025', externalId: `${official}:2026:DIR-01-01` }]);
  // Every other source; its second item carries awkward text in a text field (a list of text for D01.04 and D02.05,
  // whose array columns keep the JSON form).
  const sources: [string, (d: string, n: number, ts?: string) => Record<string, unknown>, string, (i: number) => Record<string, unknown>][] = [
    ['characterizations', characterizationItem, official, () => ({ infrastructureNeeds: AWKWARD })],
    ['supportPlan', supportPlanItem, official, (i) => ({ name: AWKWARD[i], lineName: AWKWARD[i + 1] })],
    ['pei', peiItem, official, (i) => ({ summary: AWKWARD[i] })],
    ['models', educationModelItem, other, (i) => ({ modelName: AWKWARD[i], notes: AWKWARD[i + 1] })],
    ['findings', findingItem, official, (i) => ({ description: AWKWARD[i] })],
    ['regimes', regimeItem, private_, () => ({})],
    ['curriculum', curriculumItem, other, (i) => ({ summary: AWKWARD[i], areas: AWKWARD })],
  ];
  for (const [kind, make, school, awkward] of sources) {
    const items = [0, 1, 2].map((n) => make(school, n, T1));
    items[1] = { ...items[1], ...awkward(1) };
    items[2] = { ...items[2], ...awkward(4) };
    batch(kind, items);
    batch(kind, items);
    batch(kind, [make(school, 0, T2), make(school, 1, T0), make(school, 5, T2)]);
  }
  // Retraction of a self-evaluation and of a PEI update, then newer versions bring them back (UPDATED, revived).
  out.push([RETRACT, { input: { kind: 'SELF_EVALUATION', items: [{ externalId: `${other}:2026:ACA-04-05`, reason: 'Error de digitación', sourceTimestamp: T2 }] } }]);
  out.push([RETRACT, { input: { kind: 'PEI_UPDATE', items: [{ externalId: 'PEI-2', reason: 'No aprobado', sourceTimestamp: T2 }] } }]);
  batch('selfEvaluations', [se(5, '2026-03-06T10:00:00Z', 'de nuevo')]);
  batch('pei', [peiItem(official, 2, '2026-03-06T10:00:00Z')]);
  return out;
}

async function dump(s: Side) {
  const clean = (rows: Record<string, unknown>[]) =>
    rows
      .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k))), (_k, v) => (typeof v === 'string' && UUID.test(v) ? '<id>' : v)))
      .sort();
  const db = s.hub.runtime.db;
  const out: Record<string, string[]> = {};
  for (const t of ROWS) out[t] = clean(await db.query(`SELECT * FROM ${t}`));
  out.school = clean(await db.query('SELECT dane_code, regime FROM school'));
  out.audit = clean(await db.query('SELECT operation, entity, entity_id, secretariat_code, change FROM audit_entry'));
  out.events = clean(await db.query('SELECT type, entity, entity_id, school_dane, secretariat_code, payload FROM event'));
  return out;
}

let arrays: Side;
let plain: Side;
beforeAll(async () => {
  arrays = await side({});
  plain = await side({ INGEST_COLUMN_ARRAYS: 'false' });
});
afterAll(async () => {
  await arrays?.hub.stop();
  await plain?.hub.stop();
});

describe('inbound writes: column arrays and the JSON document (INGEST_COLUMN_ARRAYS)', () => {
  it('answer every item the same and store the same rows, audit rows and events', async () => {
    const answers: { arrays: unknown; plain: unknown }[] = [];
    for (const [query, variables] of steps()) {
      answers.push({ arrays: await post(arrays, query, variables), plain: await post(plain, query, variables) });
    }
    for (const a of answers) expect(a.arrays).toEqual(a.plain);
    // The sequence exercised what it is meant to: every outcome, and no request failed as a whole.
    const statuses = new Set(JSON.stringify(answers.map((a) => a.arrays)).match(/"status":"[A-Z]+"|"code":"[A-Z_]+"/g));
    expect([...statuses].sort()).toEqual(
      ['CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED', 'RETRACTED'].map((s) => `"status":"${s}"`).concat(['"code":"BAD_USER_INPUT"', '"code":"CONFLICT"', '"code":"STALE"']).sort(),
    );
    expect(JSON.stringify(answers)).not.toContain('"errors"');
    const [a, p] = [await dump(arrays), await dump(plain)];
    expect(a).toEqual(p);
    // The awkward text arrived as sent (an array literal that mangled quotes, braces or NULL would differ from it).
    expect(a.self_evaluation_score_all.join('\n')).toContain('"evidence":"a,b;c"');
    expect(a.pei_update_all.join('\n')).toContain('"summary":"NULL"');
    expect(a.support_plan_action_all.join('\n')).toContain(`"name":${JSON.stringify(AWKWARD[4])}`);
    expect(a.education_model_adoption_all.join('\n')).toContain(`"model_name":${JSON.stringify(AWKWARD[4])}`);
    expect(a.education_model_adoption_all.join('\n')).toContain(`"notes":${JSON.stringify(AWKWARD[5])}`);
  });
});

describe('arrayLiteral', () => {
  it('writes what node-postgres writes for an array of the same values', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { prepareValue } = require('pg/lib/utils') as { prepareValue: (v: unknown) => unknown };
    const samples: unknown[] = [...AWKWARD, '', 'a\\"b\\\\', '\\', 'ñ\u0301', 'x'.repeat(300), 0, -1.5, 1e21, 2 ** 53, true, false, null, 'NULL', 'null'];
    for (let i = 0; i < 2000; i++) {
      samples.push(Array.from({ length: i % 12 }, () => String.fromCharCode(32 + Math.floor(Math.random() * 100))).join(''));
    }
    expect(arrayLiteral(samples)).toBe(prepareValue(samples));
    expect(arrayLiteral([{ a: 1 }])).toBeNull();
    expect(arrayLiteral([new Date('2026-03-01T10:00:00Z'), undefined, Number.NaN])).toBe('{"2026-03-01T10:00:00.000Z",NULL,NULL}');
  });
});
