import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { pdfText } from '../support/files';
import { Role } from '../../src/common/auth/roles';
import { AddSchoolToIrregularityReportDocument, DraftIrregularityReportDocument, IrregularityReportFileDocument } from '../generated/graphql';

/**
 * The F01.03.F01 files print every school the report holds, however long its text: a fresh secretariat (no history,
 * so the rule lists no school) whose report for the current year holds the two schools the leader adds, each with a
 * 2000-character reason.
 */
let hub: TestHub;
let leader: string;
let reportId: string;
const schools: string[] = [];
const WORDS = ['acción', 'reincidencia', 'gestión', 'evaluación', 'meta', 'compromiso', 'seguimiento', 'plan'];
/** 2000 characters of distinct Spanish words (a number makes each unique, so each one is looked for in the PDF). */
const reasonOf = (tag: string) => {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < 2000; i++) words.push(`${WORDS[i % WORDS.length]}${tag}${i}`);
  return words.join(' ').slice(0, 2000).replace(/\s+\S*$/, '');
};

beforeAll(async () => {
  hub = await startTestHub();
  const sec = await createSecretariat(hub, { name: 'Secretaría de Educación de Prueba' });
  for (const n of [1, 2]) schools.push((await createSchool(hub, sec.code, { name: `Institución Educativa Larga ${n}` })).daneCode);
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: sec.code });
  reportId = expectData(await hub.gql(DraftIrregularityReportDocument, { year: String(new Date().getUTCFullYear()) }, leader)).draftIrregularityReport.id;
  for (const [i, dane] of schools.entries()) {
    expectData(await hub.gql(AddSchoolToIrregularityReportDocument, { input: { reportId, schoolDane: dane, reason: reasonOf(`x${i}`) } }, leader));
  }
});

afterAll(() => hub?.stop());

test('irregularityReportFile PDF prints every row, also rows taller than a page (2 schools × 2000-character reasons)', async () => {
  const pdf = expectData(await hub.gql(IrregularityReportFileDocument, { id: reportId, format: 'PDF' }, leader)).irregularityReportFile;
  expect(pdf.rows).toBe(2);
  const content = Buffer.from(pdf.contentBase64, 'base64');
  if (process.env.KEEP_PDF) require('node:fs').writeFileSync(process.env.KEEP_PDF, content);
  const text = pdfText(content);
  for (const dane of schools) expect(text).toContain(dane);
  const printed = new Set(text.split(/\s+/));
  for (const [i] of schools.entries()) {
    const missing = reasonOf(`x${i}`)
      .split(' ')
      .filter((w) => !printed.has(w));
    expect(missing).toEqual([]);
  }
  // The header row repeats on the pages the long rows continue on.
  const pages = Number(/Página 1 de (\d+)/.exec(text)?.[1]);
  expect(pages).toBeGreaterThan(1);
  expect(text.split('Código DANE').length - 1).toBeGreaterThanOrEqual(pages);
});
