import ExcelJS from 'exceljs';
import { print } from 'graphql';
import { startTestHub, expectData, expectError, expectViolations, type TestHub } from '../support/hub';
import { followUpWorld, type FollowUpWorld } from '../support/follow-up-factories';
import { csvRows, pdfText } from '../support/files';
import { Role } from '../../src/common/auth/roles';
import { characterizationItem } from '../support/inbound-factories';
import { newDaneCode } from '../support/factories';
import {
  CreateSchoolDocument,
  IngestCharacterizationsDocument,
  ConsolidatedReportFileDocument,
  GenerateConsolidatedReportDocument,
  PmiFollowUpRecordDocument,
  PublishConsolidatedReportDocument,
  RecordActionProgressDocument,
  UpdateConsolidatedReportAnalysisDocument,
} from '../generated/graphql';

/**
 * Outside testers (text in exports): text no format can keep is refused when written, on both transports, every
 * character named; text already stored is never dropped nor written as invalid XML; CSV quotes a field with a comma;
 * a published consolidated report (PDF only) can always be downloaded.
 */
let hub: TestHub;
let w: FollowUpWorld;
let leader: string;
let schoolA: string;

beforeAll(async () => {
  hub = await startTestHub();
  w = await followUpWorld(hub);
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  schoolA = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.a });
}, 120_000);
afterAll(() => hub?.stop());

const BAD = '=1+1 A\u0001B\u000bC\u001fD\u2028E\u202eF\ufffeG\uffffH';

describe('the input boundary refuses control characters, noncharacters and lone surrogates', () => {
  it('over HTTP: BAD_USER_INPUT naming each field and every character, all at once; nothing stored', async () => {
    const res = await hub.gql(
      RecordActionProgressDocument,
      { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 45, evidence: BAD, note: 'x\ufdd0\u{1fffe}\ud800y' } },
      schoolA,
    );
    const violations = expectViolations(res, ['input.evidence', 'input.note']);
    const evidence = violations.find((v) => v.field === 'input.evidence')!;
    expect(evidence.message).toContain('found U+0001, U+000B, U+001F, U+FFFE, U+FFFF.');
    expect(evidence.message).not.toMatch(/U\+2028|U\+202E/); // line separator and bidi marks are text, kept
    expect(violations.find((v) => v.field === 'input.note')!.message).toContain('found U+FDD0, U+1FFFE, U+D800 (lone surrogate).');
    const [{ n }] = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM plan_action_progress WHERE action_id = $1 AND evidence LIKE '=1+1%'`, [w.plans.a.actionId]);
    expect(n).toBe(0);
  });

  it('over WebSocket: the same error', async () => {
    const client = hub.ws(schoolA);
    const res = await new Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
      let last = {};
      client.subscribe(
        { query: print(RecordActionProgressDocument), variables: { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 45, evidence: BAD } } },
        { next: (r) => (last = r), error: (e) => (Array.isArray(e) ? resolve({ errors: e }) : reject(e)), complete: () => resolve(last) },
      );
    });
    await client.dispose();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.evidence' });
  });

  it('TAB, LF, CR and the rest of Unicode are accepted', async () => {
    expectData(
      await hub.gql(RecordActionProgressDocument, { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 40, evidence: 'Acta\t1\r\nD\u2028E\u202eF 学校 ✓' } }, schoolA),
    );
  });
});

describe('exports of text stored before the boundary refused it', () => {
  it('XLSX: well-formed, every character kept (_xHHHH_, which Excel reads back); CSV keeps it and quotes a comma', async () => {
    const stored = 'ver acta,=2+5,@SUM(1+1),-3+3 A\u0001B\u000bC\u001fD\u2028E\u202eF\ufffeG\uffffH';
    await hub.runtime.db.query(
      `UPDATE plan_action_progress SET evidence = $2 WHERE id = (SELECT id FROM plan_action_progress WHERE action_id = $1 ORDER BY recorded_at DESC LIMIT 1)`,
      [w.plans.a.actionId, stored],
    );
    const xlsx = expectData(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, format: 'XLSX' }, leader)).pmiFollowUpRecord;
    const content = Buffer.from(xlsx.contentBase64, 'base64');
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/pmi-outside-');
    writeFileSync(`${dir}/f.xlsx`, content);
    const xml = execFileSync('unzip', ['-p', `${dir}/f.xlsx`, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).toContain('A_x0001_B_x000B_C_x001F_D\u2028E\u202eF_xFFFE_G_xFFFF_H');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as never);
    const values: unknown[] = [];
    book.worksheets[0].eachRow((r) => r.eachCell((c) => values.push(c.value)));
    expect(values).toContain(stored);

    const csv = expectData(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, format: 'CSV' }, leader)).pmiFollowUpRecord;
    const text = Buffer.from(csv.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`;"${stored}";`); // one quoted field: a comma-separated Excel neither splits it nor runs =2+5
    expect(csvRows(Buffer.from(csv.contentBase64, 'base64')).flat()).toContain(stored);
  });
});

describe('the consolidated report (PDF only) can always be downloaded once published', () => {
  let id: string;
  beforeAll(async () => {
    id = expectData(await hub.gql(GenerateConsolidatedReportDocument, { input: { period: w.period } }, leader)).generateConsolidatedReport.id;
  });

  it('an analysis its PDF cannot print is refused when written, on input.analysis, every character named', async () => {
    for (const analysis of ['Conclusión ✓ 📈 =SUM(A1) 学校', 'Conclusión\u2028sigue ✓']) {
      const res = await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id, analysis } }, leader);
      const err = expectError(res, 'BAD_USER_INPUT', 'input.analysis');
      if (analysis.includes('学')) expect(err.message).toContain('"✓" (U+2713), "📈" (U+1F4C8), "学" (U+5B66), "校" (U+6821)');
      else {
        // A line separator is layout, printed as a line break (it made a published report undownloadable): only ✓ is named.
        expect(err.message).toContain('"✓" (U+2713)');
        expect(err.message).not.toContain('U+2028');
      }
    }
    const [row] = await hub.runtime.db.query(`SELECT analysis FROM consolidated_report WHERE id = $1`, [id]);
    expect(row.analysis).toBe('');
  });

  it('a report holding unprintable text (stored before) is refused at publish, not after; the message offers no CSV/XLSX', async () => {
    await hub.runtime.db.query(`UPDATE consolidated_report SET analysis = $2 WHERE id = $1`, [id, 'Conclusión ✓ 📈']);
    const err = expectError(await hub.gql(PublishConsolidatedReportDocument, { id }, leader), 'UNPRINTABLE_CHARACTER', '7. Análisis y conclusiones › texto');
    expect(err.message).toContain('"✓" (U+2713) in 7. Análisis y conclusiones › texto; "📈" (U+1F4C8)');
    expect(err.message).not.toMatch(/CSV|XLSX/);
    const [row] = await hub.runtime.db.query(`SELECT status FROM consolidated_report WHERE id = $1`, [id]);
    expect(row.status).toBe('DRAFT');
  });

  it('a printable analysis publishes, and the PDF downloads with percents in one form', async () => {
    const analysis = 'Conclusión: avance suficiente =SUM(A1)\u2028Siguiente paso:\u3000acompañar\u2029fin';
    expectData(await hub.gql(UpdateConsolidatedReportAnalysisDocument, { input: { id, analysis } }, leader));
    expectData(await hub.gql(PublishConsolidatedReportDocument, { id }, leader));
    const file = expectData(await hub.gql(ConsolidatedReportFileDocument, { id }, leader)).consolidatedReportFile;
    const text = pdfText(Buffer.from(file.contentBase64, 'base64'));
    expect(text).toContain('=SUM(A1)');
    // Unicode's separators print as line breaks, its other spaces as spaces.
    expect(text).toMatch(/=SUM\(A1\)\s*\n\s*Siguiente paso: acompañar\s*\n\s*fin/);
    expect(text).not.toMatch(/\d%/);
    for (const p of text.match(/\d[\d,]* %/g) ?? []) expect(p).toMatch(/^\d+,\d %$/);
  });
});

describe('every field that flows into the PDF-only consolidated report is checked when written', () => {
  it('a school name and an inbound infrastructure need its PDF font cannot show are refused, each character named', async () => {
    const admin = await hub.token({ role: Role.ADMIN });
    const res = await hub.gql(
      CreateSchoolDocument,
      { input: { daneCode: newDaneCode(), secretariat: w.secretariat, name: 'IE 学校 ✓', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello', municipalityCode: '05088' } } as never,
      admin,
    );
    const err = expectError(res, 'BAD_USER_INPUT', 'input.name');
    expect(err.message).toContain('"学" (U+5B66), "校" (U+6821), "✓" (U+2713)');
    const batch = expectData(
      await hub.gql(IngestCharacterizationsDocument, { input: { items: [{ ...characterizationItem(w.schools.a, 1), infrastructureNeeds: ['Cubierta', 'Aulas 📈'] }] } } as never, leader),
    ).ingestCharacterizations;
    expect(batch.items[0]).toMatchObject({ status: 'REJECTED', field: 'input.items.0.infrastructureNeeds.1' });
    expect(batch.items[0].message).toContain('"📈" (U+1F4C8)');
  });

  it('a character no text may hold is named once, by the boundary, beside the characters the font cannot show (HTTP); an inbound item names it alone', async () => {
    const admin = await hub.token({ role: Role.ADMIN });
    const res = await hub.gql(
      CreateSchoolDocument,
      { input: { daneCode: newDaneCode(), secretariat: w.secretariat, name: 'IE \u0001 ✓', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello', municipalityCode: '05088' } } as never,
      admin,
    );
    const violations = expectViolations(res, ['input.name']).map((v) => v.message);
    expect(violations).toEqual([expect.stringContaining('found U+0001.'), expect.stringContaining('cannot show "✓" (U+2713):')]);
    expect(violations[1]).not.toContain('U+0001');
    const batch = expectData(
      await hub.gql(IngestCharacterizationsDocument, { input: { items: [{ ...characterizationItem(w.schools.a, 2), infrastructureNeeds: ['Aulas \u0001 📈'] }] } } as never, leader),
    ).ingestCharacterizations;
    expect(batch.items[0]).toMatchObject({ status: 'REJECTED', field: 'input.items.0.infrastructureNeeds.0' });
    // In an inbound item a field refused for such a character is reported once, by that refusal: its value is removed
    // before the adapter's checks (none looks it up or echoes it; README, Errors), so its font is not checked either.
    const messages = (batch.items[0].violations ?? []).map((v) => v.message);
    expect(messages).toEqual([expect.stringContaining('found U+0001.')]);
    expect(JSON.stringify(batch)).not.toContain('\u0001');
  });
});
