import { startTestHub, expectData, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import { pdfText } from '../support/files';
import {
  ConsolidatedReportsDocument,
  ConsolidatedReportFileDocument,
  IrregularityReportDocument,
  IrregularityReportFileDocument,
  PublishedPmiResultsDocument,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('the demo carries the cycle to a published consolidated report, published PMI results and a signed F01.03.F01', async () => {
  expect(await loadDemoData(hub.runtime)).toBe(true);
  const year = String(new Date().getUTCFullYear());
  const inspection = await hub.token({ role: Role.INSPECTION, secretariat: DEMO_SECRETARIAT });
  const ministry = await hub.token({ role: Role.MINISTRY });

  const reports = expectData(await hub.gql(ConsolidatedReportsDocument, { first: 5, period: year }, inspection)).consolidatedReports;
  expect(reports.edges.map((e) => [e.node.status, e.node.version])).toEqual([['PUBLISHED', 1]]);
  const pdf = expectData(await hub.gql(ConsolidatedReportFileDocument, { id: reports.edges[0].node.id }, inspection)).consolidatedReportFile;
  const text = pdfText(Buffer.from(pdf.contentBase64, 'base64'));
  if (process.env.KEEP_PDF) require('node:fs').writeFileSync(process.env.KEEP_PDF, Buffer.from(pdf.contentBase64, 'base64'));
  expect(text).toContain('Secretaría de Educación de Medellín');

  const published = expectData(await hub.gql(PublishedPmiResultsDocument, { period: year, secretariat: DEMO_SECRETARIAT }, ministry)).publishedPmiResults;
  expect(published.totalCount).toBe(1);

  const f0103 = expectData(await hub.gql(IrregularityReportDocument, { year }, inspection)).irregularityReport!;
  expect(f0103.status).toBe('SIGNED');
  expect(f0103.schoolCount).toBeGreaterThanOrEqual(1);
  const file = expectData(await hub.gql(IrregularityReportFileDocument, { id: f0103.id, format: 'PDF' }, inspection)).irregularityReportFile;
  expect(pdfText(Buffer.from(file.contentBase64, 'base64'))).toContain('Reporte de indicios de irregularidades');
  const events = await hub.runtime.db.query(
    `SELECT type, count(*)::int AS n FROM event WHERE secretariat_code = $1 AND type IN ('consolidated_report.published', 'irregularity_report.signed', 'pmi_results.published') GROUP BY type ORDER BY type`,
    [DEMO_SECRETARIAT],
  );
  expect(events).toEqual([
    { type: 'consolidated_report.published', n: 1 },
    { type: 'irregularity_report.signed', n: 1 },
    { type: 'pmi_results.published', n: 1 },
  ]);
});
