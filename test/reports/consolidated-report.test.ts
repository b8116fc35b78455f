import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { Jurisdiction, craftedJurisdiction } from '../support/reports-factories';
import { pdfText } from '../support/files';
import { EventCollector } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import {
  ConsolidatedReportDocument,
  EventsDocument,
  ConsolidatedReportFileDocument,
  ConsolidatedReportsDocument,
  GenerateConsolidatedReportDocument,
  PublishConsolidatedReportDocument,
  UpdateConsolidatedReportAnalysisDocument,
} from '../generated/graphql';

let hub: TestHub;
let j: Jurisdiction;
let other: string;
const s = {} as Record<'A' | 'B' | 'C' | 'D' | 'E', string>;
const tk: Record<string, string> = {};
let strategyId: string;

beforeAll(async () => {
  hub = await startTestHub();
  const sec = await createSecretariat(hub, { name: 'Secretaría de Educación de Prueba' });
  other = (await createSecretariat(hub)).code;
  j = new Jurisdiction(hub, sec.code);
  for (const k of ['A', 'B', 'C', 'D', 'E'] as const) s[k] = (await createSchool(hub, sec.code, { name: `Institución Educativa ${k}` })).daneCode;
  ({ strategyId } = await craftedJurisdiction(j, s));
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: sec.code });
  tk.professional = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: sec.code });
  tk.inspection = await hub.token({ role: Role.INSPECTION, secretariat: sec.code });
  tk.otherInspection = await hub.token({ role: Role.INSPECTION, secretariat: other });
  tk.otherLeader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: other });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  tk.school = await hub.token({ role: Role.SCHOOL, secretariat: sec.code, school: s.A });
  tk.i0204 = await hub.token({ role: Role.SUBPROCESS, secretariat: sec.code, scopes: ['read:I02.04'] });
});

afterAll(() => hub?.stop());

let v1: string;

test('the draft carries the exact figures of the crafted jurisdiction', async () => {
  const r = expectData(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026' } }, tk.professional)).generateConsolidatedReport;
  v1 = r.id;
  expect(r).toMatchObject({ status: 'DRAFT', version: 1, replacesId: null, period: '2026' });
  const f = r.figures;
  expect(f.strategyId).toBe(strategyId);
  expect(f.coverage).toEqual({
    planned: 4,
    accompanied: 3,
    byModality: [
      { modality: 'INTEGRAL', planned: 2, accompanied: 2 },
      { modality: 'PUNCTUAL', planned: 2, accompanied: 1 },
    ],
  });
  expect(f.programming).toEqual({ programmed: 4, onTime: 2, late: 1, notDone: 1, cancelledActivities: 1 });
  expect(f.evaluation).toEqual({
    received: 2,
    expected: 3,
    responseRate: 0.6667,
    averageRating: 3.5,
    objectivesMet: 1,
    objectivesPartlyMet: 1,
    objectivesNotMet: 0,
    criteria: [
      { code: 'PERTINENCE', name: 'Pertinencia', average: 4, responses: 2 },
      { code: 'TIMELINESS', name: 'Oportunidad', average: 3, responses: 2 },
    ],
  });
  expect(f.planProgress).toEqual({ plans: 2, indicators: 3, measured: 2, achieved: 1, averageProgress: 0.75, actions: 5, actionsDone: 3 });
  expect(f.needsByArea).toEqual([
    { area: 'ACADEMIC', needs: 4, schools: 3, recurrentSchools: 1 },
    { area: null, needs: 1, schools: 1, recurrentSchools: 0 },
  ]);
  expect(f.infrastructure).toEqual([
    { schoolDane: s.B, schoolName: 'Institución Educativa B', condition: 'CRITICAL', needs: [], year: '2025' },
    { schoolDane: s.C, schoolName: 'Institución Educativa C', condition: 'FAIR', needs: ['Cubierta', 'Aulas'], year: '2026' },
  ]);
  expect(f.characterization).toEqual([
    { schoolDane: s.A, modality: 'INTEGRAL', accompanied: true, pmiPertinent: true, actionsDoneShare: 0.6667 },
    { schoolDane: s.B, modality: 'INTEGRAL', accompanied: true, pmiPertinent: false, actionsDoneShare: 0.5 },
    { schoolDane: s.C, modality: 'PUNCTUAL', accompanied: true, pmiPertinent: false, actionsDoneShare: null },
    { schoolDane: s.D, modality: null, accompanied: false, pmiPertinent: false, actionsDoneShare: null },
    { schoolDane: s.E, modality: null, accompanied: false, pmiPertinent: false, actionsDoneShare: null },
  ]);
});

test('tenancy:generateConsolidatedReport tenancy:updateConsolidatedReportAnalysis — drafts are the staff’s: others cannot write or read them', async () => {
  const r = expectData(
    await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id: v1, analysis: 'La cobertura del acompañamiento integral fue completa.' } }, tk.professional),
  ).updateConsolidatedReportAnalysis;
  expect(r.analysis).toMatch(/cobertura/);
  expectError(await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id: v1, analysis: 'x' } }, tk.otherLeader), 'NOT_FOUND');
  for (const who of ['ministry', 'inspection', 'school']) {
    expectError(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026' } }, tk[who]), 'FORBIDDEN');
    expectError(await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id: v1, analysis: 'x' } }, tk[who]), 'FORBIDDEN');
  }
  // Inspection and the Ministry read published reports only: a draft is not found.
  expectError(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.inspection), 'NOT_FOUND');
  expectError(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.ministry), 'NOT_FOUND');
  // The other secretariat generates its own report, with none of these figures.
  const theirs = expectData(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026' } }, tk.otherLeader)).generateConsolidatedReport;
  expect(theirs.secretariatCode).toBe(other);
  expect(theirs.figures.coverage.planned).toBe(0);
  // A report can never be withdrawn once published: one with no analysis and no strategy of the period is refused,
  // both problems at once; a period not begun cannot even be drafted.
  const refused = expectError(await hub.gql(PublishConsolidatedReportDocument, { id: theirs.id }, tk.otherLeader), 'BAD_USER_INPUT', 'analysis');
  expect((refused.extensions!.violations as Array<{ field: string }>).map((v) => v.field)).toEqual(['analysis', 'period']);
  const next = String(new Date().getUTCFullYear() + 1);
  expectError(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: next } }, tk.otherLeader), 'BAD_USER_INPUT', 'input.period');
});

test('tenancy:publishConsolidatedReport — publishing sends each consumer its part, and I02.04 the infrastructure needs school by school', async () => {
  expectError(await hub.gql(PublishConsolidatedReportDocument, { id: v1 }, tk.professional), 'FORBIDDEN');
  expectError(await hub.gql(PublishConsolidatedReportDocument, { id: v1 }, tk.otherLeader), 'NOT_FOUND');
  expectError(await hub.gql(PublishConsolidatedReportDocument, { id: v1 }, tk.ministry), 'FORBIDDEN');
  const p = expectData(await hub.gql(PublishConsolidatedReportDocument, { id: v1 }, tk.leader)).publishConsolidatedReport;
  expect(p).toMatchObject({ status: 'PUBLISHED', version: 1 });
  const events: Array<{ type: string; school_dane: string | null; payload: Record<string, any> }> = await hub.runtime.db.query(
    `SELECT type, school_dane, payload FROM event WHERE entity_id = $1 ORDER BY id`,
    [v1],
  );
  expect(events.map((e) => [e.type, e.school_dane])).toEqual([
    ['consolidated_report.published', null],
    ['infrastructure_need.reported', s.B],
    ['infrastructure_need.reported', s.C],
  ]);
  const parts = events[0].payload.parts;
  expect(Object.keys(parts).sort()).toEqual(['D01.04', 'D02.01', 'D02.02', 'F01.03', 'I02.04']);
  expect(parts['D01.04'].characterizationItems).toHaveLength(5);
  expect(parts['D02.01'].programming).toEqual({ programmed: 4, onTime: 2, late: 1, notDone: 1, cancelledActivities: 1 });
  expect(parts['D02.02'].needsByArea[0]).toEqual({ area: 'ACADEMIC', needs: 4, schools: 3, recurrentSchools: 1 });
  expect(events[2].payload).toMatchObject({ reportId: v1, period: '2026', daneCode: s.C, condition: 'FAIR', needs: ['Cubierta', 'Aulas'] });
});

test('each consumer receives only its part of consolidated_report.published, over WebSocket and HTTP alike', async () => {
  const d0104 = await hub.token({ role: Role.SUBPROCESS, secretariat: j.code, scopes: ['read:D01.04'] });
  const both = await hub.token({ role: Role.SUBPROCESS, secretariat: j.code, scopes: ['read:D02.01', 'read:D02.02'] });
  const partsOf = (p: unknown) => Object.keys((p as { parts: Record<string, unknown> }).parts).sort();
  for (const [token, expected] of [
    [d0104, ['D01.04']],
    [both, ['D02.01', 'D02.02']],
    [tk.i0204, ['I02.04']],
    [tk.inspection, ['F01.03']],
    [tk.leader, ['D01.04', 'D02.01', 'D02.02', 'F01.03', 'I02.04']],
  ] as const) {
    // An event is delivered once settled (no older transaction still open anywhere on the server): poll briefly.
    let page = expectData(await hub.gql(EventsDocument, { types: ['CONSOLIDATED_REPORT_PUBLISHED'], first: 10 }, token)).events;
    for (let i = 0; i < 100 && page.nodes.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      page = expectData(await hub.gql(EventsDocument, { types: ['CONSOLIDATED_REPORT_PUBLISHED'], first: 10 }, token)).events;
    }
    expect(page.nodes.map((n) => partsOf(n.payload))).toEqual([expected]);
    const client = hub.ws(token);
    const sub = new EventCollector(client, { types: ['CONSOLIDATED_REPORT_PUBLISHED'], after: '0:0' });
    try {
      await sub.until(() => sub.events.length > 0, 'the published report', 10_000);
      expect(partsOf(sub.events[0].payload)).toEqual(expected);
    } finally {
      sub.unsubscribe();
      await client.dispose();
    }
  }
});

test('a published report is immutable; a correction is a new version that references it', async () => {
  expectError(await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id: v1, analysis: 'cambio' } }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(PublishConsolidatedReportDocument, { id: v1 }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026' } }, tk.leader), 'BAD_USER_INPUT', 'input.correctionReason');
  await expect(hub.runtime.db.query(`UPDATE consolidated_report SET analysis = 'x' WHERE id = $1`, [v1])).rejects.toThrow(/cannot change/);
  await expect(hub.runtime.db.query(`DELETE FROM consolidated_report WHERE id = $1`, [v1])).rejects.toThrow(/cannot change/);

  await j.session(strategyId, (await hub.runtime.db.query(`SELECT id FROM assistance_activity WHERE strategy_id = $1 AND modality = 'PUNCTUAL'`, [strategyId]))[0].id, s.D, { on: '2026-07-02' });
  const v2 = expectData(
    await hub.gql(GenerateConsolidatedReportDocument, { input: { period: '2026', correctionReason: 'Sesión con D registrada tarde' } }, tk.professional),
  ).generateConsolidatedReport;
  expect(v2).toMatchObject({ version: 2, status: 'DRAFT', replacesId: v1, correctionReason: 'Sesión con D registrada tarde' });
  expect(v2.figures.programming).toEqual({ programmed: 4, onTime: 2, late: 2, notDone: 0, cancelledActivities: 1 });
  const again = expectData(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.leader)).consolidatedReport;
  expect(again.figures.programming.late).toBe(1);
  expect(again.analysis).toMatch(/cobertura/);
});

test('tenancy:consolidatedReport tenancy:consolidatedReports tenancy:consolidatedReportFile — INSPECTION reads its secretariat’s published reports; MINISTRY every one; the PDF reads back', async () => {
  expect(expectData(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.inspection)).consolidatedReport.status).toBe('PUBLISHED');
  expectError(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.otherInspection), 'NOT_FOUND');
  expectError(await hub.gql(ConsolidatedReportFileDocument, { id: v1 }, tk.otherInspection), 'NOT_FOUND');
  expectError(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.school), 'FORBIDDEN');
  const insp = expectData(await hub.gql(ConsolidatedReportsDocument, { first: 10 }, tk.inspection)).consolidatedReports;
  expect(insp.edges.map((e) => [e.node.version, e.node.status])).toEqual([[1, 'PUBLISHED']]);
  const staff = expectData(await hub.gql(ConsolidatedReportsDocument, { first: 10, period: '2026' }, tk.leader)).consolidatedReports;
  expect(staff.totalCount).toBe(2);
  const men = expectData(await hub.gql(ConsolidatedReportsDocument, { first: 10 }, tk.ministry)).consolidatedReports;
  expect(men.edges.map((e) => e.node.id)).toEqual([v1]);
  expect(expectData(await hub.gql(ConsolidatedReportDocument, { id: v1 }, tk.i0204)).consolidatedReport.figures.infrastructure).toHaveLength(2);

  const file = expectData(await hub.gql(ConsolidatedReportFileDocument, { id: v1 }, tk.ministry)).consolidatedReportFile;
  expect(file).toMatchObject({ filename: `informe-consolidado-${j.code}-2026-v1.pdf`, mimeType: 'application/pdf' });
  const text = pdfText(Buffer.from(file.contentBase64, 'base64'));
  for (const t of [
    'República de Colombia',
    'Secretaría de Educación de Prueba',
    'Informe de análisis consolidado',
    'Periodo: 2026',
    'Cobertura',
    'Acompañamiento integral',
    'Realizadas con retraso',
    'Pertinencia',
    'Gestión académica',
    'Cubierta; Aulas',
    'La cobertura del acompañamiento integral fue completa.',
  ]) {
    expect(text).toContain(t);
  }
  expect(text).toMatch(/Página 1 de [12]/);
});
