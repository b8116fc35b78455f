import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectData } from '../support/hub';
import { pdfText, xlsxRows } from '../support/files';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { DEMO_SECRETARIAT } from '../../src/demo/seed';
import { ConsolidatedReportFileDocument, ConsolidatedReportsDocument, PmiRevisionRecordDocument } from '../generated/graphql';

/**
 * exceljs and the PDF engine (pdfmake, fontkit) are loaded on first use, not at start-up (issue 14: ≈40 MB of RSS
 * that only exports and imports need; src/common/lazy-modules.ts). A whole hub in its own process, freshly started
 * (the demo jurisdiction loaded): the packages it has loaded are read from the process itself (a preload writes
 * require's cache on SIGUSR2), then its first XLSX and its first PDF are asked over HTTP and must be complete files,
 * the same as the ones the same hub gives once warm.
 */
jest.setTimeout(240_000);

let db: TestDatabase;
let hub: HubProcess;
const dir = mkdtempSync(path.join(tmpdir(), 'pmi-lazy-'));
const listFile = path.join(dir, 'packages.json');

beforeAll(async () => {
  db = await createTestDatabase();
  hub = await spawnHub(db.url, {
    DEMO_DATA: 'true',
    NODE_OPTIONS: `--require ${path.join(__dirname, '..', 'support', 'loaded-packages.cjs')}`,
    LOADED_PACKAGES_FILE: listFile,
  });
});
afterAll(async () => {
  await hub?.stop();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** The npm packages the hub process has loaded so far. */
async function loaded(): Promise<string[]> {
  rmSync(listFile, { force: true });
  process.kill(hub.pid, 'SIGUSR2');
  for (let i = 0; i < 100 && !existsSync(listFile); i++) await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(readFileSync(listFile, 'utf8')) as string[];
}

it('a cold hub has not loaded exceljs nor the PDF engine, and its first XLSX and PDF are the same files as once warm', async () => {
  const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-for-pmi-hub-tests' }));
  const ministry = await tokens.mint({ sub: 'test:ministry', role: Role.MINISTRY });
  const inspection = await tokens.mint({ sub: 'test:inspection', role: Role.INSPECTION, secretariat: DEMO_SECRETARIAT });
  const year = String(new Date().getUTCFullYear());

  const atStart = await loaded();
  expect(atStart).toEqual(expect.arrayContaining(['graphql', 'typeorm', 'pg'])); // the probe sees what is loaded
  expect(atStart.filter((p) => ['exceljs', 'pdfmake', 'pdfkit', 'fontkit'].includes(p))).toEqual([]);

  const xlsx = async () => {
    const file = expectData(await hub.gql(PmiRevisionRecordDocument, { period: year, secretariat: DEMO_SECRETARIAT, format: 'XLSX' }, ministry)).pmiRevisionRecord;
    expect(file.filename).toBe(`revision-pmi-${DEMO_SECRETARIAT}-${year}.xlsx`);
    return xlsxRows(Buffer.from(file.contentBase64, 'base64'));
  };
  const coldXlsx = await xlsx();
  expect(coldXlsx[0][0]).toBe('Código DANE');
  const afterXlsx = await loaded();
  expect(afterXlsx).toContain('exceljs');
  expect(afterXlsx).not.toContain('pdfmake');

  const reports = expectData(await hub.gql(ConsolidatedReportsDocument, { first: 5, period: year }, inspection)).consolidatedReports;
  const pdf = async () =>
    pdfText(Buffer.from(expectData(await hub.gql(ConsolidatedReportFileDocument, { id: reports.edges[0].node.id }, inspection)).consolidatedReportFile.contentBase64, 'base64'));
  const coldPdf = await pdf();
  expect(coldPdf).toContain('Secretaría de Educación de Medellín');
  expect(await loaded()).toEqual(expect.arrayContaining(['pdfmake', 'fontkit']));

  // Warm: the same answers (the files carry their generation time, so compared by content).
  expect(await xlsx()).toEqual(coldXlsx);
  expect((await pdf()).replace(/generado .*\n/g, '')).toBe(coldPdf.replace(/generado .*\n/g, ''));
});
