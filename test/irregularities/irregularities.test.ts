import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { Jurisdiction } from '../support/reports-factories';
import { csvRows, pdfText, xlsxRows } from '../support/files';
import ExcelJS from 'exceljs';
import { Role } from '../../src/common/auth/roles';
import {
  AddSchoolToIrregularityReportDocument,
  DraftIrregularityReportDocument,
  IrregularityReportDocument,
  IrregularityReportFileDocument,
  IrregularityReportsDocument,
  RemoveSchoolFromIrregularityReportDocument,
  SignIrregularityReportDocument,
} from '../generated/graphql';

/**
 * Activity 10 on a crafted history (year 2026, default 2 consecutive periods: 2025 and 2026). Schools:
 *  S1 accompanied; no PMI in 2025, PMI not pertinent in 2026                    → listed: NO_PERTINENT_PMI
 *  S2 accompanied; F01.03 action in the 2025 PMI but not done, absent in 2026     → listed: INSPECTION_ACTION_UNRESOLVED
 *  S3 accompanied; 1 of 4 PMI actions done in 2025 and in 2026                    → listed: PMI_MOSTLY_UNDONE
 *  S4 accompanied; pertinent PMI done in 2025, not pertinent only in 2026         → not listed (one period only)
 *  S5 no PMI either year, but its only session was cancelled (never accompanied)  → not listed
 *  S6 accompanied, everything in order, its activity has an open nonconformity    → not listed (activity 8 is the SE's service)
 *  S7 accompanied; F01.03 action carried out (DONE) in its 2025 PMI               → not listed
 */
let hub: TestHub;
let j: Jurisdiction;
let other: string;
const s: Record<string, string> = {};
const tk: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const sec = await createSecretariat(hub, { name: 'Secretaría de Educación de Prueba' });
  other = (await createSecretariat(hub)).code;
  j = new Jurisdiction(hub, sec.code);
  for (const n of [1, 2, 3, 4, 5, 6, 7]) s[`S${n}`] = (await createSchool(hub, sec.code, { name: `Institución Educativa S${n}` })).daneCode;
  const st25 = await j.strategy('2025');
  const st26 = await j.strategy('2026');
  const a25 = await j.activity(st25, { schools: [s.S2, s.S3, s.S4, s.S7], startsOn: '2025-03-01', endsOn: '2025-10-31' });
  const a26 = await j.activity(st26, { schools: [s.S1, s.S3, s.S5], startsOn: '2026-03-01', endsOn: '2026-10-31' });
  const a26b = await j.activity(st26, { schools: [s.S6], modality: 'PUNCTUAL', startsOn: '2026-04-01', endsOn: '2026-04-30' });
  for (const x of ['S2', 'S3', 'S4', 'S7']) await j.session(st25, a25, s[x], { on: '2025-05-10' });
  for (const x of ['S1', 'S3']) await j.session(st26, a26, s[x], { on: '2026-05-10' });
  await j.session(st26, a26, s.S5, { status: 'CANCELLED', on: '2026-05-10' });
  await j.session(st26, a26b, s.S6, { on: '2026-04-15' });
  await j.nonconformity(st26, a26b);

  await j.actions(await j.plan(s.S1, '2026', { pertinent: false }), 2, 0);

  await j.finding(s.S2, { ref: 'AC-2', foundOn: '2024-10-01', dueDate: '2025-06-30' });
  const p2a = await j.plan(s.S2, '2025');
  await j.action(p2a, { inspectionRef: 'AC-2', progress: ['IN_PROGRESS'] });
  await j.actions(p2a, 2, 0);
  await j.actions(await j.plan(s.S2, '2026'), 1, 0);

  await j.actions(await j.plan(s.S3, '2025'), 1, 3);
  await j.actions(await j.plan(s.S3, '2026'), 1, 3);

  await j.actions(await j.plan(s.S4, '2025'), 2, 0);
  await j.actions(await j.plan(s.S4, '2026', { pertinent: false }), 2, 0);

  for (const p of ['2025', '2026']) await j.actions(await j.plan(s.S6, p), 3, 0);

  await j.finding(s.S7, { ref: 'AC-7', foundOn: '2024-10-01', dueDate: '2025-06-30' });
  const p7a = await j.plan(s.S7, '2025');
  await j.action(p7a, { inspectionRef: 'AC-7', progress: ['IN_PROGRESS', 'DONE'] });
  await j.actions(await j.plan(s.S7, '2026'), 1, 0);

  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: sec.code });
  tk.professional = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: sec.code });
  tk.inspection = await hub.token({ role: Role.INSPECTION, secretariat: sec.code });
  tk.otherInspection = await hub.token({ role: Role.INSPECTION, secretariat: other });
  tk.otherLeader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: other });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  tk.school = await hub.token({ role: Role.SCHOOL, secretariat: sec.code, school: s.S1 });
  tk.f0103 = await hub.token({ role: Role.SUBPROCESS, secretariat: sec.code, scopes: ['read:F01.03'] });
});

afterAll(() => hub?.stop());

let reportId: string;

test('the draft lists exactly the schools that keep an irregularity over both periods after the assistance', async () => {
  const r = expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.professional)).draftIrregularityReport;
  reportId = r.id;
  expect(r).toMatchObject({ status: 'DRAFT', year: '2026', consecutivePeriods: 2, minDoneShare: 0.3, schoolCount: 3 });
  expect(r.schools.map((x) => [x.schoolDane, x.reasons, x.origin, x.included])).toEqual([
    [s.S1, ['NO_PERTINENT_PMI'], 'RULE', true],
    [s.S2, ['INSPECTION_ACTION_UNRESOLVED'], 'RULE', true],
    [s.S3, ['PMI_MOSTLY_UNDONE'], 'RULE', true],
  ]);
  const s2 = r.schools[1];
  expect(s2.evidence.map((e) => [e.period, e.reason, e.source])).toEqual([
    ['2025', 'INSPECTION_ACTION_UNRESOLVED', 'F01.03'],
    ['2026', 'INSPECTION_ACTION_UNRESOLVED', 'F01.03'],
  ]);
  expect(s2.evidence[0].description).toMatch(/AC-2 de F01.03 incluida en el PMI 2025 pero no cumplida/);
  expect(s2.evidence[1].description).toMatch(/AC-2 de F01.03 no incluida en el PMI 2026/);
  expect(s2.assistance).toEqual([expect.objectContaining({ period: '2025', modality: 'INTEGRAL', heldOn: ['2025-05-10'] })]);
  expect(r.schools[2].evidence.map((e) => e.description)).toEqual([
    '1 de 4 acciones del PMI 2025 cumplidas (25 %)',
    '1 de 4 acciones del PMI 2026 cumplidas (25 %)',
  ]);
  expect(r.schools[0].evidence.map((e) => e.description)).toEqual(['Sin PMI registrado para 2025', 'PMI 2026 revisado como no pertinente (versión 1)']);
});

test('a nonconformity of activity 8 does not put a school on the report, nor does one period alone or no accompaniment', async () => {
  const r = expectData(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.leader)).irregularityReport!;
  const listed = r.schools.map((x) => x.schoolDane);
  for (const x of ['S4', 'S5', 'S6', 'S7']) expect(listed).not.toContain(s[x]);
});

test('with one period (setting) the rule looks at 2026 alone: the schools accompanied in 2026 with an irregularity then', async () => {
  await hub.runtime.db.query(
    `INSERT INTO secretariat_settings (secretariat_code, low_self_evaluation_score, saber_insufficient_share, low_saber11_categories,
       integral_needs_threshold, max_activities_per_staff_month, irregularity_consecutive_periods) VALUES ($1, 2, 0.25, '{C,D}', 3, 8, 1)`,
    [j.code],
  );
  try {
    const r = expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.leader)).draftIrregularityReport;
    expect(r.consecutivePeriods).toBe(1);
    // S2 and S4 keep their 2026 irregularity but were accompanied only in 2025, outside the one-period window.
    expect(r.schools.map((x) => [x.schoolDane, x.reasons])).toEqual([
      [s.S1, ['NO_PERTINENT_PMI']],
      [s.S3, ['PMI_MOSTLY_UNDONE']],
    ]);
  } finally {
    await hub.runtime.db.query(`DELETE FROM secretariat_settings WHERE secretariat_code = $1`, [j.code]);
    expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.leader));
  }
});

test('a period whose PMIs the hub does not hold is no evidence; a year not yet begun is refused', async () => {
  // Another secretariat whose history in the hub starts in 2026: its school lacks a pertinent PMI in 2026, and 2025
  // holds no PMI of that secretariat at all (before the hub), so the two-period rule cannot list it.
  const k = new Jurisdiction(hub, other);
  const x = (await createSchool(hub, other, { name: 'Institución Educativa Sin Historia' })).daneCode;
  const st = await k.strategy('2026');
  const a = await k.activity(st, { schools: [x], startsOn: '2026-03-01', endsOn: '2026-10-31' });
  await k.session(st, a, x, { on: '2026-05-10' });
  await k.actions(await k.plan(x, '2026', { pertinent: false }), 1, 0);
  const r = expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.otherLeader)).draftIrregularityReport;
  expect(r.schoolCount).toBe(0);
  const next = String(new Date().getUTCFullYear() + 1);
  expectError(await hub.gql(DraftIrregularityReportDocument, { year: next }, tk.otherLeader), 'BAD_USER_INPUT', 'year');
});

test('the leader adds and removes schools with a reason; a re-draft keeps those decisions', async () => {
  const added = expectData(
    await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: s.S4, reason: 'Reincidencia conocida por la SE' } }, tk.leader),
  ).addSchoolToIrregularityReport;
  expect(added).toEqual({ schoolDane: s.S4, origin: 'LEADER', included: true, reasons: [], leaderReason: 'Reincidencia conocida por la SE' });
  const removed = expectData(
    await hub.gql(RemoveSchoolFromIrregularityReportDocument, { input: { reportId, schoolDane: s.S3, reason: 'Plan de choque acordado en noviembre' } }, tk.leader),
  ).removeSchoolFromIrregularityReport;
  expect(removed).toMatchObject({ schoolDane: s.S3, included: false, origin: 'RULE' });
  expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: s.S4, reason: 'otra vez' } }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: s.S4, reason: 'x' } }, tk.leader), 'BAD_USER_INPUT', 'input.reason');
  expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: s.S5, reason: 'Sin razón' } }, tk.professional), 'FORBIDDEN');

  const r = expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.leader)).draftIrregularityReport;
  expect(r.schools.map((x) => [x.schoolDane, x.included, x.origin])).toEqual([
    [s.S1, true, 'RULE'],
    [s.S2, true, 'RULE'],
    [s.S4, true, 'LEADER'],
    [s.S3, false, 'RULE'],
  ]);
  expect(r.schoolCount).toBe(3);
});

test('tenancy:draftIrregularityReport tenancy:addSchoolToIrregularityReport tenancy:removeSchoolFromIrregularityReport — another secretariat cannot touch the report; MINISTRY, INSPECTION and schools write nothing', async () => {
  const input = { reportId, schoolDane: s.S5, reason: 'Intento ajeno' };
  expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input }, tk.otherLeader), 'NOT_FOUND');
  expectError(await hub.gql(RemoveSchoolFromIrregularityReportDocument, { input: { ...input, schoolDane: s.S1 } }, tk.otherLeader), 'NOT_FOUND');
  for (const who of ['ministry', 'inspection', 'school']) {
    expectError(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk[who]), 'FORBIDDEN');
    expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input }, tk[who]), 'FORBIDDEN');
  }
  // The other secretariat's own draft is its own report and lists none of these schools.
  const theirs = expectData(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.otherLeader)).draftIrregularityReport;
  expect(theirs.secretariatCode).toBe(other);
  expect(theirs.schools).toEqual([]);
});

test('the signed report is immutable and reaches F01.03 as irregularity_report.signed', async () => {
  expectError(await hub.gql(SignIrregularityReportDocument, { input: { reportId, signerName: 'Ana' } }, tk.professional), 'FORBIDDEN');
  const signed = expectData(await hub.gql(SignIrregularityReportDocument, { input: { reportId, signerName: 'Ana María Gómez' } }, tk.leader))
    .signIrregularityReport;
  expect(signed).toMatchObject({ status: 'SIGNED', signerName: 'Ana María Gómez' });
  expectError(await hub.gql(SignIrregularityReportDocument, { input: { reportId, signerName: 'Ana' } }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(DraftIrregularityReportDocument, { year: '2026' }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: s.S5, reason: 'Tarde' } }, tk.leader), 'INVALID_STATE');
  expectError(await hub.gql(RemoveSchoolFromIrregularityReportDocument, { input: { reportId, schoolDane: s.S1, reason: 'Tarde' } }, tk.leader), 'INVALID_STATE');
  // The database refuses too, whatever the code path.
  await expect(hub.runtime.db.query(`UPDATE irregularity_report SET signer_name = 'x' WHERE id = $1`, [reportId])).rejects.toThrow(/cannot change/);
  await expect(hub.runtime.db.query(`UPDATE irregularity_report_school SET included = false WHERE report_id = $1`, [reportId])).rejects.toThrow(/cannot change/);

  const events: Array<{ payload: { year: string; schools: Array<{ daneCode: string; reasons: string[] }> } }> = await hub.runtime.db.query(
    `SELECT payload FROM event WHERE type = 'irregularity_report.signed' AND entity_id = $1`,
    [reportId],
  );
  expect(events).toHaveLength(1);
  expect(events[0].payload.year).toBe('2026');
  expect(events[0].payload.schools.map((x) => x.daneCode)).toEqual([s.S1, s.S2, s.S4]);
});

test('tenancy:irregularityReport tenancy:irregularityReports — INSPECTION reads only its secretariat; MINISTRY reads any; F01.03 reads with read:F01.03', async () => {
  const mine = expectData(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.inspection)).irregularityReport!;
  expect(mine.id).toBe(reportId);
  expect(mine.status).toBe('SIGNED');
  // INSPECTION of another secretariat naming this one: NOT_FOUND, as any record of another tenant; its own
  // secretariat's report is still a draft — and drafts are the secretariat staff's (inspection reads signed ones).
  expectError(await hub.gql(IrregularityReportDocument, { year: '2026', secretariat: j.code }, tk.otherInspection), 'NOT_FOUND');
  expect(expectData(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.otherInspection)).irregularityReport).toBeNull();
  const list = expectData(await hub.gql(IrregularityReportsDocument, { first: 10 }, tk.otherInspection)).irregularityReports;
  expect(list.edges.map((e) => e.node.secretariatCode)).toEqual([]);
  const ministry = expectData(await hub.gql(IrregularityReportDocument, { year: '2026', secretariat: j.code }, tk.ministry)).irregularityReport!;
  expect(ministry.id).toBe(reportId);
  const all = expectData(await hub.gql(IrregularityReportsDocument, { first: 10 }, tk.ministry)).irregularityReports;
  expect(all.edges.map((e) => e.node.id)).toEqual([reportId]); // the other secretariat's report is a draft: not the Ministry's to read
  expect(expectData(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.f0103)).irregularityReport!.id).toBe(reportId);
  expectError(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.school), 'FORBIDDEN');
  expectError(await hub.gql(SignIrregularityReportDocument, { input: { reportId, signerName: 'MEN' } }, tk.ministry), 'FORBIDDEN');
});

test('tenancy:irregularityReportFile tenancy:signIrregularityReport — F01.03.F01 as PDF, CSV and XLSX, parsed back; another secretariat gets NOT_FOUND', async () => {
  expectError(await hub.gql(IrregularityReportFileDocument, { id: reportId, format: 'PDF' }, tk.otherInspection), 'NOT_FOUND');
  expectError(await hub.gql(SignIrregularityReportDocument, { input: { reportId, signerName: 'Otro' } }, tk.otherLeader), 'NOT_FOUND');

  const pdf = expectData(await hub.gql(IrregularityReportFileDocument, { id: reportId, format: 'PDF' }, tk.inspection)).irregularityReportFile;
  expect(pdf).toMatchObject({ filename: `F01.03.F01-irregularidades-${j.code}-2026.pdf`, mimeType: 'application/pdf', rows: 3 });
  const text = pdfText(Buffer.from(pdf.contentBase64, 'base64'));
  if (process.env.KEEP_PDF) require('node:fs').writeFileSync(process.env.KEEP_PDF, Buffer.from(pdf.contentBase64, 'base64'));
  expect(text).toContain('República de Colombia');
  expect(text).toContain('Secretaría de Educación de Prueba');
  expect(text).toContain('Reporte de indicios de irregularidades');
  expect(text).toContain('F01.03.F01');
  expect(text).toMatch(/Periodo: 2026/);
  expect(text).toMatch(/Página 1 de \d/);
  expect(text).toContain('Ana María Gómez');
  for (const x of ['S1', 'S2', 'S4']) expect(text).toContain(s[x]);
  // S3, removed by the leader, is printed only in the last section, with the reason.
  const removedAt = text.indexOf('Establecimientos retirados por el líder');
  expect(removedAt).toBeGreaterThan(0);
  expect(text.indexOf(s.S3)).toBeGreaterThan(removedAt);
  expect(text.slice(removedAt)).toMatch(/Plan de choque acordado en\s+noviembre/);
  expect(text).toMatch(/Sin PMI\s+pertinente/);
  expect(text).toMatch(/Ninguno\s+sostenido\s+en\s+los/);

  const csv = expectData(await hub.gql(IrregularityReportFileDocument, { id: reportId, format: 'CSV' }, tk.leader)).irregularityReportFile;
  const rows = csvRows(Buffer.from(csv.contentBase64, 'base64'));
  expect(rows[0]).toEqual([
    'Código DANE',
    'Establecimiento educativo',
    'Municipio',
    'Sector',
    'Indicios de irregularidad',
    'Evidencia',
    'Asistencia técnica recibida',
    'Origen',
    'Justificación del líder',
    'Firmado por',
    'Fecha de firma',
  ]);
  // The signature on every row: the signer's name and the day (Colombia) it was signed.
  const signedOn = expectData(await hub.gql(IrregularityReportDocument, { year: '2026' }, tk.leader)).irregularityReport!.signedAt as string;
  const day = new Date(new Date(signedOn).getTime() - 5 * 3600_000).toISOString().slice(0, 10);
  for (const r of rows.slice(1)) expect(r.slice(9)).toEqual(['Ana María Gómez', day]);
  expect(rows.slice(1).map((r) => [r[0], r[4], r[7]])).toEqual([
    [s.S1, 'Sin PMI pertinente', 'Evidencia (regla)'],
    [s.S2, 'Hallazgo F01.03 sin resolver', 'Evidencia (regla)'],
    // Added by hand with no indicio held over both periods: said in Spanish, never a blank cell (outside testers).
    [s.S4, 'Ninguno sostenido en los periodos considerados (incluido por el líder de calidad: ver su justificación)', 'Líder de calidad'],
  ]);
  expect(rows[3][8]).toBe('Reincidencia conocida por la SE');

  const xlsx = expectData(await hub.gql(IrregularityReportFileDocument, { id: reportId, format: 'XLSX' }, tk.leader)).irregularityReportFile;
  const cells = await xlsxRows(Buffer.from(xlsx.contentBase64, 'base64'));
  const header = cells.findIndex((r) => r[0] === 'Código DANE');
  // The title names the secretariat once ("Secretaría de Educación de Prueba", not the prefix twice).
  expect(cells[0][0]).toBe('República de Colombia — Secretaría de Educación de Prueba');
  expect(cells.slice(header + 1).map((r) => r[0])).toEqual([s.S1, s.S2, s.S4]);
  expect(cells[header + 1][9]).toBe('Ana María Gómez');
  expect(cells[header + 3][4]).toMatch(/^Ninguno sostenido en los periodos considerados/);
  expect(cells[header + 1][10]).toEqual(new Date(`${day}T00:00:00Z`)); // a date cell
  // Second sheet: the schools the leader removed, with the reason.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['F01.03.F01', 'Retirados por el líder']);
  const removed: unknown[][] = [];
  wb.worksheets[1].eachRow((r) => removed.push((r.values as unknown[]).slice(1)));
  const h2 = removed.findIndex((r) => r[0] === 'Código DANE');
  expect(removed[h2]).toEqual(['Código DANE', 'Establecimiento educativo', 'Municipio', 'Indicios de irregularidad (regla)', 'Justificación del retiro']);
  expect(removed.slice(h2 + 1).map((r) => [r[0], r[4]])).toEqual([[s.S3, 'Plan de choque acordado en noviembre']]);
});
