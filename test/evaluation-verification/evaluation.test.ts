import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { activityFor, heldSession, hoursFromNow, strategyFor } from '../support/evaluation-factories';
import { Role } from '../../src/common/auth/roles';
import { runExport } from '../../src/cli/export';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';
import {
  AssistanceEvaluationRecordDocument,
  AssistanceEvaluationsDocument,
  ConsolidateAssistanceEvaluationsDocument,
  EvaluationSettingsDocument,
  ReviewEvaluationConsolidationDocument,
  SetEvaluationSettingsDocument,
  SubmitAssistanceEvaluationDocument,
} from '../generated/graphql';

/**
 * Activity 7 on crafted data. Secretariat with four schools s1..s4 and two criteria C1, C2:
 *   X (INTEGRAL, Ana)  schools s1 s2 s3, all three held  → due 3; evaluated by s1 (5,4 YES) and s2 (3,2 PARTLY)
 *   Y (PUNCTUAL, Ana)  schools s1 s4, both held           → due 2; evaluated by s1 (4,4 YES) and s4 (1,2 NO)
 *   Z (TRAINING, Beto) schools s2 s3, only s2 held        → due 1; evaluated by s2 (5,5 YES); s3 is refused (NOT_RECEIVED)
 * So 6 evaluations due, 5 received.
 */
let hub: TestHub;
let se: string;
let s: string[];
let X: { id: string };
let Y: { id: string };
let Z: { id: string };
const tk: Record<string, string> = {};
const PERIOD = '2026';

const rating = (c1: number, c2: number) => [
  { criterion: 'C1', score: c1 },
  { criterion: 'C2', score: c2 },
];

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  s = [];
  for (let i = 0; i < 4; i++) s.push((await createSchool(hub, se)).daneCode);
  const strategy = await strategyFor(hub, se, PERIOD);
  const x = await activityFor(hub, se, strategy.id, [s[0], s[1], s[2]], { title: 'X', modality: AssistanceModality.INTEGRAL, responsible: 'Ana', startsOn: '2026-03-02' });
  const y = await activityFor(hub, se, strategy.id, [s[0], s[3]], { title: 'Y', modality: AssistanceModality.PUNCTUAL, responsible: 'Ana', startsOn: '2026-04-06', endsOn: '2026-04-17' });
  const z = await activityFor(hub, se, strategy.id, [s[1], s[2]], { title: 'Z', modality: AssistanceModality.TRAINING, responsible: 'Beto', startsOn: '2026-05-04', endsOn: '2026-05-08' });
  for (const d of [s[0], s[1], s[2]]) await heldSession(hub, x, d);
  for (const d of [s[0], s[3]]) await heldSession(hub, y, d, '2026-04-10');
  await heldSession(hub, z, s[1], '2026-05-05');
  [X, Y, Z] = [x, y, z];
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se });
  tk.staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: se });
  for (let i = 0; i < 4; i++) tk[`s${i + 1}`] = await hub.token({ role: Role.SCHOOL, secretariat: se, school: s[i] });
});
afterAll(() => hub.stop());

const setDeadline = async (deadline: string, criteria?: { code: string; name: string }[]) =>
  expectData(await hub.gql(SetEvaluationSettingsDocument, { input: { period: PERIOD, deadline, criteria } }, tk.leader)).setEvaluationSettings;

const submit = (who: string, activityId: string, c1: number, c2: number, objectivesMet: 'YES' | 'PARTLY' | 'NO', comments = '') =>
  hub.gql(SubmitAssistanceEvaluationDocument, { input: { activityId, ratings: rating(c1, c2), objectivesMet, comments } }, tk[who]);

describe('evaluation of the assistance (activity 7)', () => {
  it('without settings, the defaults apply: five criteria and a deadline 15 days after the period', async () => {
    const d = expectData(await hub.gql(EvaluationSettingsDocument, { period: PERIOD }, tk.s1)).evaluationSettings;
    expect(d.id).toBe('');
    expect(d.criteria.map((c) => c.code)).toEqual(['PERTINENCE', 'TIMELINESS', 'MASTERY', 'MATERIALS', 'OBJECTIVES']);
    expect(new Date(d.deadline).toISOString()).toBe('2027-01-16T04:59:59.999Z');
  });

  it('before the deadline a school evaluates each activity it received once; ratings are checked against the criteria', async () => {
    await setDeadline(hoursFromNow(2), [
      { code: 'C1', name: 'Pertinencia' },
      { code: 'C2', name: 'Oportunidad' },
    ]);
    const first = expectData(await submit('s1', X.id, 5, 4, 'YES')).submitAssistanceEvaluation;
    expect(first.ratings).toEqual([
      { criterion: 'C1', score: 5 },
      { criterion: 'C2', score: 4 },
    ]);
    expect(first.activity.title).toBe('X');
    // Every problem of the ratings at once, with its field.
    const bad = expectError(
      await hub.gql(SubmitAssistanceEvaluationDocument, { input: { activityId: X.id, ratings: [{ criterion: 'C1', score: 4 }, { criterion: 'NOPE', score: 3 }], objectivesMet: 'YES' } }, tk.s2),
      'BAD_USER_INPUT',
      'input.ratings.1.criterion',
    );
    expect((bad.extensions?.violations as { field: string }[]).map((v) => v.field)).toEqual(['input.ratings.1.criterion', 'input.ratings']);
    expectError(await submit('s2', X.id, 6, 2, 'PARTLY'), 'BAD_USER_INPUT', 'input.ratings.0.score');
    expectData(await submit('s2', X.id, 3, 2, 'PARTLY', 'Faltó material'));
    expectData(await submit('s1', Y.id, 4, 4, 'YES'));
    expectData(await submit('s4', Y.id, 1, 2, 'NO', 'No se cumplió'));
    expectData(await submit('s2', Z.id, 5, 5, 'YES'));
    // Once per activity and school.
    expectError(await submit('s1', X.id, 1, 1, 'NO'), 'CONFLICT', 'input.activityId');
    // s3 is served by Z but had no held session: nothing to evaluate yet.
    const notReceived = expectError(await submit('s3', Z.id, 3, 3, 'YES'), 'INVALID_STATE');
    expect(notReceived.extensions?.reason).toBe('NOT_RECEIVED');
    // Criteria cannot change once rated; the deadline can.
    const locked = expectError(
      await hub.gql(SetEvaluationSettingsDocument, { input: { period: PERIOD, deadline: hoursFromNow(2), criteria: [{ code: 'C1', name: 'Pertinencia' }] } }, tk.leader),
      'INVALID_STATE',
    );
    expect(locked.extensions?.reason).toBe('CRITERIA_IN_USE');
  });

  it('consolidation waits for the deadline', async () => {
    const early = expectError(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD }, tk.staff), 'INVALID_STATE');
    expect(early.extensions?.reason).toBe('DEADLINE_NOT_PASSED');
  });

  it('after the deadline a submission is refused with DEADLINE_PASSED and the deadline', async () => {
    const past = hoursFromNow(-1);
    await setDeadline(past);
    const refused = expectError(await submit('s3', X.id, 4, 4, 'YES'), 'INVALID_STATE');
    expect(refused.extensions?.reason).toBe('DEADLINE_PASSED');
    expect(refused.extensions?.deadline).toBe(new Date(past).toISOString());
    const count = await hub.runtime.db.query('SELECT count(*)::int AS n FROM assistance_evaluation WHERE secretariat_code = $1', [se]);
    expect(count[0].n).toBe(5);
  });

  it('consolidates exact averages per criterion, activity, staff member and modality, and the response rate', async () => {
    const c = expectData(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD }, tk.staff)).consolidateAssistanceEvaluations;
    expect(c.status).toBe('DRAFT');
    const r = c.results;
    expect(r.overall).toEqual({ due: 6, received: 5, responseRate: 0.8333, average: 3.5, objectivesMet: { YES: 3, PARTLY: 1, NO: 1 } });
    expect(r.byCriterion).toEqual([
      { code: 'C1', name: 'Pertinencia', average: 3.6, ratings: 5 },
      { code: 'C2', name: 'Oportunidad', average: 3.4, ratings: 5 },
    ]);
    expect(r.byActivity.map((a) => [a.title, a.due, a.received, a.responseRate, a.average])).toEqual([
      ['X', 3, 2, 0.6667, 3.5],
      ['Y', 2, 2, 1, 2.75],
      ['Z', 1, 1, 1, 5],
    ]);
    expect(r.byActivity[1].objectivesMet).toEqual({ YES: 1, PARTLY: 0, NO: 1 });
    // Ana: X and Y, 8 ratings summing 25 → 3.125, rounded half up to 3.13; 4 received of 5 due.
    expect(r.byStaff).toEqual([
      { responsible: 'Ana', activities: 2, due: 5, received: 4, responseRate: 0.8, average: 3.13 },
      { responsible: 'Beto', activities: 1, due: 1, received: 1, responseRate: 1, average: 5 },
    ]);
    expect(r.byModality).toEqual([
      { modality: 'INTEGRAL', activities: 1, due: 3, received: 2, responseRate: 0.6667, average: 3.5 },
      { modality: 'PUNCTUAL', activities: 1, due: 2, received: 2, responseRate: 1, average: 2.75 },
      { modality: 'TRAINING', activities: 1, due: 1, received: 1, responseRate: 1, average: 5 },
    ]);
    expect(r.comments).toEqual([
      { activityId: X.id, schoolDane: s[1], objectivesMet: 'PARTLY', comments: 'Faltó material' },
      { activityId: Y.id, schoolDane: s[3], objectivesMet: 'NO', comments: 'No se cumplió' },
    ]);
  });

  it('the leader reviews the consolidation; it becomes final and goes to E02.01 as an event, as each submission did', async () => {
    expectError(await hub.gql(ReviewEvaluationConsolidationDocument, { period: PERIOD, notes: 'Revisado' }, tk.staff), 'FORBIDDEN');
    const reviewed = expectData(await hub.gql(ReviewEvaluationConsolidationDocument, { period: PERIOD, notes: 'Resultados aceptables; reforzar materiales.' }, tk.leader))
      .reviewEvaluationConsolidation;
    expect(reviewed.status).toBe('REVIEWED');
    expect(reviewed.reviewNotes).toBe('Resultados aceptables; reforzar materiales.');
    const again = expectError(await hub.gql(ConsolidateAssistanceEvaluationsDocument, { period: PERIOD }, tk.leader), 'INVALID_STATE');
    expect(again.extensions?.reason).toBe('ALREADY_REVIEWED');
    const events: { type: string; school_dane: string | null; payload: Record<string, unknown> }[] = await hub.runtime.db.query(
      `SELECT type, school_dane, payload FROM event WHERE secretariat_code = $1 AND type LIKE 'assistance_evaluation%' ORDER BY id`,
      [se],
    );
    expect(events.map((e) => e.type)).toEqual([...Array(5).fill('assistance_evaluation.submitted'), 'assistance_evaluations.consolidated']);
    expect(events[0].school_dane).toBe(s[0]);
    expect(events[0].payload).toMatchObject({ activityId: X.id, daneCode: s[0], ratings: { C1: 5, C2: 4 }, objectivesMet: 'YES', period: PERIOD });
    expect(events[5].payload).toMatchObject({ period: PERIOD, due: 6, received: 5, responseRate: 0.8333, average: 3.5 });
  });

  it('a school lists only its own evaluations', async () => {
    const own = expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD }, tk.s1)).assistanceEvaluations;
    expect(own.totalCount).toBe(2);
    expect(own.edges.every((e) => e.node.schoolDane === s[0])).toBe(true);
    const asked = expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD, school: s[3] }, tk.s1)).assistanceEvaluations;
    expect(asked.totalCount).toBe(0);
    const all = expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD, first: 2 }, tk.staff)).assistanceEvaluations;
    expect(all.totalCount).toBe(5);
    const next = expectData(await hub.gql(AssistanceEvaluationsDocument, { period: PERIOD, first: 10, after: all.pageInfo.endCursor }, tk.staff)).assistanceEvaluations;
    expect(next.edges).toHaveLength(3);
  });

  it('the record "Evaluación de asesoría" reads back: Spanish headers and values, real dates, formula-safe text', async () => {
    // A comment that a spreadsheet would run as a formula.
    await hub.runtime.db.query(`UPDATE assistance_evaluation SET comments = '=HYPERLINK("http://x")' WHERE activity_id = $1 AND school_dane = $2`, [Z.id, s[1]]);
    const csvFile = expectData(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'CSV' }, tk.leader)).assistanceEvaluationRecord;
    expect(csvFile.filename).toBe(`evaluacion-asesoria-${se}-${PERIOD}.csv`);
    const text = Buffer.from(csvFile.contentBase64, 'base64').toString('utf8');
    const rows: string[][] = parse(text.replace(/^\uFEFF/, ''), { delimiter: ';' });
    expect(rows[0]).toEqual([
      'Código DANE', 'Establecimiento educativo', 'Actividad de asistencia técnica', 'Modalidad', 'Metodología', 'Responsable (nombre o usuario registrado)',
      'Fecha inicio', 'Fecha fin', 'Pertinencia (calificación 1–5)', 'Oportunidad (calificación 1–5)', 'Promedio (1–5)',
      '¿Se cumplieron los objetivos? (Sí / Parcialmente / No)', 'Observaciones', 'Fecha de envío',
    ]);
    expect(rows).toHaveLength(6);
    const y4 = rows.find((r) => r[0] === s[3] && r[2] === 'Y')!;
    expect(y4.slice(3, 13)).toEqual(['Asesoría puntual', 'Visita in situ', 'Ana', '2026-04-06', '2026-04-17', '1', '2', '1,5', 'No', 'No se cumplió']);
    expect(y4[13]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
    expect(rows.find((r) => r[2] === 'Z')![12]).toBe(`'=HYPERLINK("http://x")`);

    const xlsxFile = expectData(await hub.gql(AssistanceEvaluationRecordDocument, { period: PERIOD, format: 'XLSX' }, tk.leader)).assistanceEvaluationRecord;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsxFile.contentBase64, 'base64') as never);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Evaluación de asesoría');
    // The deadline as Colombia's date and time in Spanish, not a UTC timestamp.
    expect(sheet.getRow(2).getCell(1).value).toMatch(/^Plazo máximo: \d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}, \d{2}:\d{2} \(hora de Colombia\)$/);
    const header = sheet.getRow(4).values as unknown[];
    expect(header[1]).toBe('Código DANE');
    const data = [5, 6, 7, 8, 9].map((n) => sheet.getRow(n));
    const row = data.find((r) => r.getCell(1).value === s[3] && r.getCell(3).value === 'Y')!;
    expect(row.getCell(7).value).toEqual(new Date('2026-04-06T00:00:00Z'));
    expect(row.getCell(9).value).toBe(1);
    expect(row.getCell(9).numFmt).toBe('#,##0'); // a rating shows "1", not "1."
    expect(row.getCell(11).value).toBe(1.5);
    expect(row.getCell(11).numFmt).toBe('#,##0.00');
    expect(row.getCell(12).value).toBe('No');
    expect(row.getCell(14).value).toBeInstanceOf(Date);
    const formula = data.find((r) => r.getCell(3).value === 'Z')!.getCell(13);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=HYPERLINK("http://x")'); // a string cell, never run: no apostrophe needed
  });
  it('npm run export -- --record evaluacion writes the same record to a file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pmi-eval-export-'));
    try {
      let out = '';
      let err = '';
      const code = await runExport({
        argv: ['--record', 'evaluacion', '--secretariat', se, '--period', PERIOD, '--format', 'csv'],
        env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
        cwd: dir,
        out: (x) => (out += x),
        err: (x) => (err += x),
      });
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toContain('Evaluación de asesoría');
    expect(out).toMatch(/\b5 rows\)/);
      const rows: string[][] = parse(await readFile(path.join(dir, `evaluacion-asesoria-${se}-${PERIOD}.csv`)), { bom: true, delimiter: ';' });
      expect(rows[0][0]).toBe('Código DANE');
      expect(rows).toHaveLength(6);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
