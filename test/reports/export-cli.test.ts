import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { PmiRevisionRecordDocument } from '../generated/graphql';
import { createSchool, createSecretariat } from '../support/factories';
import { Jurisdiction, craftedJurisdiction } from '../support/reports-factories';
import { csvRows, pdfText, xlsxRows } from '../support/files';
import { runExport } from '../../src/cli/export';
import { Role } from '../../src/common/auth/roles';
import * as consolidated from '../../src/modules/reports/consolidated-report.service';
import * as irregularities from '../../src/modules/irregularities/irregularity.service';

/** npm run export writes the records of activities 9–10 and "Revisión de los PMI" through the same code as GraphQL. */
let hub: TestHub;
let dir: string;
let code: string;
const s = {} as Record<'A' | 'B' | 'C' | 'D' | 'E', string>;

beforeAll(async () => {
  hub = await startTestHub();
  dir = await mkdtemp(path.join(tmpdir(), 'pmi-export-'));
  code = (await createSecretariat(hub, { name: 'Secretaría de Educación de Prueba' })).code;
  for (const k of ['A', 'B', 'C', 'D', 'E'] as const) s[k] = (await createSchool(hub, code, { name: `Institución Educativa ${k}` })).daneCode;
  await craftedJurisdiction(new Jurisdiction(hub, code), s);
  await hub.runtime.db.query(
    `INSERT INTO improvement_plan_review (plan_id, version, pertinent, observation_general, reviewer, reviewer_role)
     SELECT id, 1, true, '=Revisar metas', 'Profesional A', 'IMPROVEMENT_PROFESSIONAL' FROM improvement_plan WHERE school_dane = $1`,
    [s.A],
  );
  const leader = hub.system({ subject: 'test:leader', role: Role.QUALITY_LEADER, secretariat: code });
  const r = await consolidated.generateReport(leader, '2026');
  await consolidated.updateAnalysis(leader, r.id, 'Cobertura completa del acompañamiento.');
  await consolidated.publishReport(leader, r.id);
  const f = await irregularities.draftReport(leader, '2026');
  await irregularities.addSchool(leader, f.id, s.E, 'Reincidencia documentada');
  await irregularities.signReport(leader, f.id, 'Ana María Gómez');
});

afterAll(async () => {
  await hub?.stop();
  if (!process.env.KEEP_EXPORTS) await rm(dir, { recursive: true, force: true });
});

async function exportFile(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runExport({
    argv,
    env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
    cwd: dir,
    out: (x) => out.push(x),
    err: (x) => err.push(x),
  });
  return { exit, out: out.join(''), err: err.join('') };
}

test('revision as CSV and XLSX: one row per review, Spanish labels, formula-safe text', async () => {
  const csv = await exportFile(['--record', 'revision', '--secretariat', code, '--period', '2026']);
  expect(csv).toMatchObject({ exit: 0, err: '' });
  const rows = csvRows(await readFile(path.join(dir, `revision-pmi-${code}-2026.csv`)));
  expect(rows[0].slice(0, 8)).toEqual(['Código DANE', 'Establecimiento educativo', 'Periodo', 'Versión del PMI', 'Fecha de revisión', 'Pertinente', 'Revisor', 'Rol del revisor']);
  expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[5], r[7], r[14]])).toEqual([[s.A, '2026', '1', 'Sí', 'Profesional de mejoramiento', "'=Revisar metas"]]);
  expect((await exportFile(['--record', 'revision', '--secretariat', code, '--period', '2026', '--format', 'xlsx'])).exit).toBe(0);
  const cells = await xlsxRows(await readFile(path.join(dir, `revision-pmi-${code}-2026.xlsx`)));
  expect(cells[1][0]).toBe(s.A);
  expect(cells[1][4]).toBeInstanceOf(Date);
});

test('irregularidades as PDF and CSV, consolidado as PDF; a format a record lacks is refused', async () => {
  const pdf = await exportFile(['--record', 'irregularidades', '--secretariat', code, '--period', '2026', '--format', 'pdf']);
  expect(pdf.exit).toBe(0);
  const text = pdfText(await readFile(path.join(dir, `F01.03.F01-irregularidades-${code}-2026.pdf`)));
  expect(text).toContain('Reporte de indicios de irregularidades');
  expect(text).toContain(s.E);
  expect(text).toContain('Ana María Gómez');
  expect((await exportFile(['--record', 'irregularidades', '--secretariat', code, '--period', '2026'])).exit).toBe(0);
  const rows = csvRows(await readFile(path.join(dir, `F01.03.F01-irregularidades-${code}-2026.csv`)));
  // B and C lack a pertinent PMI in 2026 only: 2025 holds no PMI of this secretariat (no data, not evidence).
  expect(rows.slice(1).map((r) => r[0])).toEqual([s.E]);
  const cons = await exportFile(['--record', 'consolidado', '--secretariat', code, '--period', '2026', '--format', 'pdf']);
  expect(cons.exit).toBe(0);
  expect(pdfText(await readFile(path.join(dir, `informe-consolidado-${code}-2026-v1.pdf`)))).toContain('Informe de análisis consolidado');
  const wrong = await exportFile(['--record', 'consolidado', '--secretariat', code, '--period', '2026', '--format', 'csv']);
  expect(wrong.exit).toBe(2);
  expect(wrong.err).toMatch(/not available for consolidado/);
  // Without --format a record with one format is written in it (and the usage names pdf).
  await rm(path.join(dir, `informe-consolidado-${code}-2026-v1.pdf`));
  const only = await exportFile(['--record', 'consolidado', '--secretariat', code, '--period', '2026']);
  expect(only).toMatchObject({ exit: 0, err: '' });
  expect(pdfText(await readFile(path.join(dir, `informe-consolidado-${code}-2026-v1.pdf`)))).toContain('Informe de análisis consolidado');
  expect(wrong.err).toMatch(/\[--format csv\|xlsx\|pdf\]/);
  const none = await exportFile(['--record', 'irregularidades', '--secretariat', code, '--period', '2025']);
  expect(none.exit).toBe(1);
});

test('tenancy:pmiRevisionRecord — "Revisión de los PMI" over GraphQL, CSV and XLSX parsed back, with the other records\' authorization', async () => {
  const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: code });
  const csv = expectData(await hub.gql(PmiRevisionRecordDocument, { period: '2026' }, leader)).pmiRevisionRecord;
  expect(csv).toMatchObject({ filename: `revision-pmi-${code}-2026.csv`, mimeType: 'text/csv; charset=utf-8' });
  const rows = csvRows(Buffer.from(csv.contentBase64, 'base64'));
  expect(rows[0][0]).toBe('Código DANE');
  expect(rows.slice(1).map((r) => [r[0], r[2], r[5], r[7], r[14]])).toEqual([[s.A, '2026', 'Sí', 'Profesional de mejoramiento', "'=Revisar metas"]]);
  // The same file as `npm run export -- --record revision`.
  expect((await exportFile(['--record', 'revision', '--secretariat', code, '--period', '2026'])).exit).toBe(0);
  expect(Buffer.from(csv.contentBase64, 'base64')).toEqual(await readFile(path.join(dir, `revision-pmi-${code}-2026.csv`)));

  const ministry = await hub.token({ role: Role.MINISTRY });
  const xlsx = expectData(await hub.gql(PmiRevisionRecordDocument, { period: '2026', secretariat: code, format: 'XLSX' }, ministry)).pmiRevisionRecord;
  expect(xlsx.filename).toBe(`revision-pmi-${code}-2026.xlsx`);
  const cells = await xlsxRows(Buffer.from(xlsx.contentBase64, 'base64'));
  expect(cells[1][0]).toBe(s.A);
  expectError(await hub.gql(PmiRevisionRecordDocument, { period: '2026' }, ministry), 'BAD_USER_INPUT', 'secretariat');

  const other = (await createSecretariat(hub)).code;
  const otherLeader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: other });
  expectError(await hub.gql(PmiRevisionRecordDocument, { period: '2026', secretariat: code }, otherLeader), 'NOT_FOUND');
  const theirs = csvRows(Buffer.from(expectData(await hub.gql(PmiRevisionRecordDocument, { period: '2026' }, otherLeader)).pmiRevisionRecord.contentBase64, 'base64'));
  expect(theirs).toHaveLength(1); // their own secretariat: the header, no review
  expectError(await hub.gql(PmiRevisionRecordDocument, { period: '2026' }, await hub.token({ role: Role.SCHOOL, secretariat: code, school: s.A })), 'FORBIDDEN');
});
