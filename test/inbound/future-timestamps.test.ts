import { startTestHub, expectData, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { peiItem, selfEvaluationItem } from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';
import { IngestPeiUpdatesDocument, IngestSelfEvaluationsDocument } from '../generated/graphql';

/**
 * Outside review: a source timestamp far in the future (year 9999) stored a record that no later real update could
 * replace (each one STALE). Every inbound item dated more than a day ahead of the hub's clock is refused per item, like
 * retractions; and a refused item reports every problem found in it, not only the first.
 */

let hub: TestHub;
let se: string;
let dane: string;
let pei: string; // SUBPROCESS ingest:D02.02
let d0103: string; // SUBPROCESS ingest:D01.03

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  dane = (await createSchool(hub, se)).daneCode;
  pei = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D02.02'] });
  d0103 = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D01.03'] });
});
afterAll(() => hub.stop());

const ingestPei = async (items: ReturnType<typeof peiItem>[]) => expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items } }, pei)).ingestPeiUpdates;

describe('a source timestamp far in the future', () => {
  it('year 9999 is REJECTED on items.N.sourceTimestamp, the rest of the batch is stored, and a later real update is not STALE', async () => {
    const res = await ingestPei([peiItem(dane, 1, '9999-12-31T23:59:59Z'), peiItem(dane, 2, '2026-03-01T10:00:00Z')]);
    expect(res.items.map((i) => [i.status, i.code, i.field])).toEqual([
      ['REJECTED', 'BAD_USER_INPUT', 'input.items.0.sourceTimestamp'],
      ['CREATED', null, null],
    ]);
    expect(res.items[0].message).toMatch(/sourceTimestamp 9999-12-31T23:59:59.000Z is in the future.*at most a day ahead of the hub's clock/);
    expect(res.items[0].violations).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.items.0.sourceTimestamp', message: res.items[0].message }]);
    expect(res.rejected).toBe(1);
    expect(res.created).toBe(1);
    // Nothing of the refused item was written: the real version is new, and the one after it updates it.
    expect((await ingestPei([peiItem(dane, 1, '2026-03-02T10:00:00Z')])).items[0].status).toBe('CREATED');
    expect((await ingestPei([{ ...peiItem(dane, 1, '2026-03-03T10:00:00Z'), summary: 'Ajuste aprobado' }])).items[0].status).toBe('UPDATED');
  });

  it('a source clock up to a day ahead of the hub is accepted; just over a day is refused (every source, e.g. D01.03)', async () => {
    const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();
    const res = expectData(
      await hub.gql(
        IngestSelfEvaluationsDocument,
        { input: { items: [selfEvaluationItem(dane, 1, ahead(3600_000)), selfEvaluationItem(dane, 2, ahead(24 * 3600_000 + 600_000))] } },
        d0103,
      ),
    ).ingestSelfEvaluations;
    expect(res.items.map((i) => [i.status, i.field])).toEqual([
      ['CREATED', null],
      ['REJECTED', 'input.items.1.sourceTimestamp'],
    ]);
  });
});

describe('a rejected item reports every problem', () => {
  it('bad date, year-9999 timestamp and a lone surrogate: three violations; code, field and message are the first', async () => {
    const bad = { ...peiItem(dane, 5, '9999-12-31T23:59:59Z'), date: '2026-02-30', summary: 'Resumen \ud800 roto' };
    const res = await ingestPei([bad, peiItem(dane, 6)]);
    const [item] = res.items;
    expect(item.status).toBe('REJECTED');
    expect(item.violations?.map((v) => v.field).sort()).toEqual(['input.items.0.date', 'input.items.0.sourceTimestamp', 'input.items.0.summary']);
    expect(item.violations?.[0]).toEqual({ code: item.code, field: item.field, message: item.message });
    expect(res.items[1].status).toBe('CREATED');
    expect(res.items[1].violations).toBeNull();
  });
});
