import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { send, TRANSPORTS } from '../support/transports';
import { Role } from '../../src/common/auth/roles';
import { isFileType } from '../../src/http/guards';

/**
 * One generated file per operation: every field whose type carries a file's bytes (`contentBase64`) counts, through
 * aliases and fragments, over HTTP and WebSocket alike (the shared validation rules of src/http/guards.ts).
 */
let hub: TestHub;
let token: string;
beforeAll(async () => {
  hub = await startTestHub();
  const sec = await createSecretariat(hub);
  token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: sec.code });
});
afterAll(() => hub?.stop());

test('the file-producing fields of the schema are the records and the consolidated report (all counted by the rule)', () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const f of Object.values(type.getFields())) if (isFileType(getNamedType(f.type))) fields.push(`${type.name}.${f.name}`);
  }
  expect(fields.sort()).toEqual(
    [
      'Query.assistanceEvaluationRecord',
      'Query.assistanceProgrammingRecord',
      'Query.consolidatedReportFile',
      'Query.irregularityReportFile',
      'Query.pmiFollowUpRecord',
      'Query.pmiRevisionRecord',
    ].sort(),
  );
  // Nothing else in the schema carries a file under another name.
  expect(Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && isFileType(t)).map((t) => t.name).sort()).toEqual(['ExportedRecord', 'RecordFile']);
});

const ID = '00000000-0000-4000-8000-000000000000';
const TWO = {
  aliases: `query { a: consolidatedReportFile(id: "${ID}") { filename } b: consolidatedReportFile(id: "${ID}") { filename } }`,
  mixed: `query { a: irregularityReportFile(id: "${ID}") { rows } b: pmiFollowUpRecord(period: "2026") { filename } }`,
  fragments: `query { ...F ...G } fragment F on Query { assistanceEvaluationRecord(period: "2026") { filename } } fragment G on Query { ...H } fragment H on Query { consolidatedReportFile(id: "${ID}") { filename } }`,
};

describe.each(TRANSPORTS)('over %s', (transport) => {
  it.each(Object.entries(TWO))('refuses two file fields in one operation (%s) with LIMIT_EXCEEDED, limit files', async (_name, query) => {
    const a = await send(hub, transport, { query }, token);
    expect(a.data ?? null).toBeNull();
    expect(a.errors.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'files', max: 1, actual: 2 }));
  });

  it('lets one file field through (answered by its resolver, here NOT_FOUND), and one per operation of a document', async () => {
    const one = await send(hub, transport, { query: `query { consolidatedReportFile(id: "${ID}") { filename } }` }, token);
    expect(one.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const two = await send(
      hub,
      transport,
      { query: `query A { pmiFollowUpRecord(period: "2026") { filename } } query B { consolidatedReportFile(id: "${ID}") { filename } }`, operationName: 'A' },
      token,
    );
    expect(two.errors.map((e) => e.extensions?.code)).not.toContain('LIMIT_EXCEEDED');
  });
});
