import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { findingItem, peiItem, selfEvaluationItem, supportPlanItem } from '../support/inbound-factories';
import { EventCollector } from '../support/event-factories';
import { characterization } from '../support/activities-factories';
import { Role } from '../../src/common/auth/roles';
import {
  EventsDocument,
  IdentifyNeedsDocument,
  IngestInspectionFindingsDocument,
  IngestPeiUpdatesDocument,
  IngestSelfEvaluationsDocument,
  IngestSupportPlanActionsDocument,
  InspectionFindingsFeedDocument,
  NeedsWithResolutionDocument,
  PeiUpdatesFeedDocument,
  RetractInputsDocument,
  SupportPlanActionsFeedDocument,
  SupportPlanDocument,
} from '../generated/graphql';
import { InputKind } from '../../src/modules/inputs/inputs.enums';

/**
 * Issue 13: retractions. A source withdraws records by external id; they become tombstones that reads, signals and
 * needs leave out, that a newer version revives, that the change feed and the `input.retracted` event carry.
 */
// The change feed and the event log deliver only settled rows: a long transaction anywhere on the cluster (another
// test run, a benchmark) holds them back. The waits below are generous; they assert delivery, not speed.
jest.setTimeout(240_000);
const SETTLE_MS = 150_000;

let hub: TestHub;
let se: string;
let otherSe: string;
let dane: string;
let leader: string;
let pei: string; // SUBPROCESS ingest:D02.02
let inspection: string; // SUBPROCESS ingest:F01.03

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  otherSe = (await createSecretariat(hub)).code;
  dane = (await createSchool(hub, se)).daneCode;
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se });
  pei = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D02.02'], client: 'sed-pei' });
  inspection = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:F01.03'] });
});
afterAll(() => hub.stop());

const retract = (kind: InputKind, items: { externalId: string; reason: string; sourceTimestamp: string }[], token: string, secretariat?: string) =>
  hub.gql(RetractInputsDocument, { input: { kind, items, secretariat } }, token);
const peiFeed = (vars: { includeRetracted?: boolean; changedSince?: string; daneCode?: string }, token = leader) =>
  hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: dane, ...vars }, token);
const peiIds = async (vars: { includeRetracted?: boolean } = {}) => expectData(await peiFeed(vars)).peiUpdates.edges.map((e) => e.node.externalId);
const ingestPei = (n: number, sourceTimestamp: string, summary?: string) =>
  hub.gql(IngestPeiUpdatesDocument, { input: { items: [{ ...peiItem(dane, n, sourceTimestamp), ...(summary ? { summary } : {}) }] } }, pei);

describe('retractInputs', () => {
  it('retract then re-read: gone by default, visible as a tombstone (who, when, why) with includeRetracted', async () => {
    expectData(await ingestPei(1, '2026-03-01T10:00:00Z'));
    expectData(await ingestPei(2, '2026-03-01T10:00:00Z'));
    const res = expectData(await retract(InputKind.PEI_UPDATE, [{ externalId: 'PEI-1', reason: 'Enviado al colegio equivocado', sourceTimestamp: '2026-03-02T10:00:00Z' }], pei))
      .retractInputs;
    expect(res).toMatchObject({ source: 'D02.02', kind: 'PEI_UPDATE', received: 1, retracted: 1, unchanged: 0, rejected: 0 });
    expect(res.items[0]).toMatchObject({ index: 0, externalId: 'PEI-1', status: 'RETRACTED', code: null });

    expect(await peiIds()).toEqual(['PEI-2']);
    const all = expectData(await peiFeed({ includeRetracted: true })).peiUpdates.edges.map((e) => e.node);
    const tomb = all.find((n) => n.externalId === 'PEI-1')!;
    expect(tomb).toMatchObject({ retractionReason: 'Enviado al colegio equivocado', retractedBy: 'sed-pei', retractionSourceTimestamp: '2026-03-02T10:00:00.000Z' });
    expect(tomb.retractedAt).not.toBeNull();
    expect(all.find((n) => n.externalId === 'PEI-2')!.retractedAt).toBeNull();
    // The other readers of the table (activity 1, the needs rules) read the view of current rows.
    const rows = await hub.runtime.db.query('SELECT external_id FROM pei_update WHERE school_dane = $1 ORDER BY external_id', [dane]);
    expect(rows.map((r: { external_id: string }) => r.external_id)).toEqual(['PEI-2']);
    // Audited, with the reason.
    const [audit] = await hub.runtime.db.query(
      `SELECT change FROM audit_entry WHERE operation = 'retractInputs' AND secretariat_code = $1 AND entity = 'PeiUpdate'`,
      [se],
    );
    expect(audit.change).toMatchObject({ source: 'D02.02', retracted: ['PEI-1'], reasons: { 'PEI-1': 'Enviado al colegio equivocado' } });
  });

  it('a retraction dated in the future is refused for its item (it could never be revived); the rest of the batch goes', async () => {
    expectData(await ingestPei(31, '2026-03-01T10:00:00Z'));
    expectData(await ingestPei(32, '2026-03-01T10:00:00Z'));
    const res = expectData(
      await retract(
        InputKind.PEI_UPDATE,
        [
          { externalId: 'PEI-31', reason: 'Fecha imposible', sourceTimestamp: '9999-12-31T23:59:59Z' },
          { externalId: 'PEI-32', reason: 'Duplicado', sourceTimestamp: '2026-03-05T10:00:00Z' },
        ],
        pei,
      ),
    ).retractInputs;
    expect(res.items.map((i) => [i.status, i.code, i.field])).toEqual([
      ['REJECTED', 'BAD_USER_INPUT', 'input.items.0.sourceTimestamp'],
      ['RETRACTED', null, null],
    ]);
    expect(await peiIds()).toContain('PEI-31');
  });

  it('retract twice: the second is UNCHANGED and writes nothing', async () => {
    expectData(await ingestPei(3, '2026-03-01T10:00:00Z'));
    const item = { externalId: 'PEI-3', reason: 'Duplicado', sourceTimestamp: '2026-03-05T10:00:00Z' };
    expect(expectData(await retract(InputKind.PEI_UPDATE, [item], pei)).retractInputs.items[0].status).toBe('RETRACTED');
    const events = async () =>
      (await hub.runtime.db.query(`SELECT count(*)::int AS n FROM event WHERE type = 'input.retracted' AND secretariat_code = $1`, [se]))[0].n;
    const before = await events();
    const again = expectData(await retract(InputKind.PEI_UPDATE, [item], pei)).retractInputs;
    expect(again).toMatchObject({ retracted: 0, unchanged: 1, rejected: 0 });
    expect(again.items[0]).toMatchObject({ status: 'UNCHANGED', code: null });
    expect(await events()).toBe(before);
  });

  it('a retraction older than the stored version is STALE and leaves the record standing', async () => {
    expectData(await ingestPei(4, '2026-04-10T10:00:00Z'));
    const res = expectData(await retract(InputKind.PEI_UPDATE, [{ externalId: 'PEI-4', reason: 'Viejo', sourceTimestamp: '2026-04-01T10:00:00Z' }], pei))
      .retractInputs;
    expect(res.items[0]).toMatchObject({ status: 'STALE', code: 'STALE', field: 'input.items.0.sourceTimestamp' });
    expect(res.items[0].message).toContain('2026-04-10T10:00:00.000Z');
    expect(await peiIds()).toContain('PEI-4');
  });

  it('a newer version revives a retracted record (same id); one not newer than the retraction is STALE', async () => {
    const created = expectData(await ingestPei(5, '2026-03-01T10:00:00Z')).ingestPeiUpdates.items[0];
    expectData(await retract(InputKind.PEI_UPDATE, [{ externalId: 'PEI-5', reason: 'No aprobado', sourceTimestamp: '2026-03-10T10:00:00Z' }], pei));
    // Between the stored version and the retraction: still refused, even with other content.
    const early = expectData(await ingestPei(5, '2026-03-05T10:00:00Z', 'Otra versión')).ingestPeiUpdates.items[0];
    expect(early).toMatchObject({ status: 'REJECTED', code: 'STALE' });
    expect(early.message).toContain('retracted');
    // The same content sent again at the retraction's own time: not newer, STALE — refused by the check in code (which
    // names the retraction), not only by the guard in SQL.
    const same = expectData(await ingestPei(5, '2026-03-10T10:00:00Z')).ingestPeiUpdates.items[0];
    expect(same).toMatchObject({ status: 'REJECTED', code: 'STALE' });
    expect(same.message).toContain('retracted');
    expect(await peiIds()).not.toContain('PEI-5');
    // Newer than the retraction, even with the same content as before: back, with the same id and no tombstone.
    const back = expectData(await ingestPei(5, '2026-03-11T10:00:00Z')).ingestPeiUpdates.items[0];
    expect(back).toMatchObject({ status: 'UPDATED', id: created.id });
    const node = expectData(await peiFeed({})).peiUpdates.edges.find((e) => e.node.externalId === 'PEI-5')!.node;
    expect(node).toMatchObject({ retractedAt: null, retractionReason: null, retractedBy: null });
    const [ev] = await hub.runtime.db.query(
      `SELECT payload FROM event WHERE type = 'input.received' AND secretariat_code = $1 ORDER BY id DESC LIMIT 1`,
      [se],
    );
    expect(ev.payload).toMatchObject({ source: 'D02.02', updated: 1, revived: 1 });
  });

  it("another source's record, another secretariat's record, an unknown id: NOT_FOUND per item; a scope of another source: FORBIDDEN", async () => {
    expectData(await ingestPei(6, '2026-03-01T10:00:00Z'));
    const item = { externalId: 'PEI-6', reason: 'x', sourceTimestamp: '2026-03-02T10:00:00Z' };
    // The same external id under another kind of record (the leader may write every source).
    const wrongKind = expectData(await retract(InputKind.CURRICULUM_CHANGE, [item], leader)).retractInputs;
    expect(wrongKind.items[0]).toMatchObject({ status: 'NOT_FOUND', code: 'NOT_FOUND', field: 'input.items.0.externalId' });
    // Another secretariat's leader does not find it (as if it did not exist).
    const otherLeader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: otherSe });
    expect(expectData(await retract(InputKind.PEI_UPDATE, [item], otherLeader)).retractInputs.items[0]).toMatchObject({ status: 'NOT_FOUND' });
    // A sibling system naming another secretariat: NOT_FOUND for the whole request, as for writes.
    expectError(await retract(InputKind.PEI_UPDATE, [item], pei, otherSe), 'NOT_FOUND');
    // The F01.03 system may not withdraw D02.02 records.
    expectError(await retract(InputKind.PEI_UPDATE, [item], inspection), 'FORBIDDEN');
    // A school may not retract at all.
    const school = await hub.token({ role: Role.SCHOOL, secretariat: se, school: dane });
    expectError(await retract(InputKind.PEI_UPDATE, [item], school), 'FORBIDDEN');
    expect(await peiIds()).toContain('PEI-6');
  });

  it('tenancy:retractInputs — invalid items are refused one by one, the valid ones retracted in one transaction', async () => {
    expectData(await ingestPei(7, '2026-03-01T10:00:00Z'));
    expectData(await ingestPei(8, '2026-03-01T10:00:00Z'));
    const res = expectData(
      await retract(
        InputKind.PEI_UPDATE,
        [
          { externalId: 'PEI-7', reason: 'Duplicado', sourceTimestamp: '2026-03-02T10:00:00Z' },
          { externalId: 'PEI-8', reason: '', sourceTimestamp: '2026-03-02T10:00:00Z' },
          { externalId: 'PEI-7', reason: 'Otra vez', sourceTimestamp: '2026-03-02T10:00:00Z' },
          { externalId: 'NO-EXISTE', reason: 'x', sourceTimestamp: '2026-03-02T10:00:00Z' },
        ],
        pei,
      ),
    ).retractInputs;
    expect(res.items.map((i) => [i.status, i.code, i.field])).toEqual([
      ['RETRACTED', null, null],
      ['REJECTED', 'BAD_USER_INPUT', 'input.items.1.reason'],
      ['REJECTED', 'CONFLICT', 'input.items.2.externalId'],
      ['NOT_FOUND', 'NOT_FOUND', 'input.items.3.externalId'],
    ]);
    expect(res).toMatchObject({ received: 4, retracted: 1, unchanged: 0, rejected: 3 });
    const ids = await peiIds();
    expect(ids).toContain('PEI-8');
    expect(ids).not.toContain('PEI-7');
  });
});

describe('change feed (changedSince)', () => {
  it('returns changes and retractions after a position, in change order, so a poller mirrors the hub', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    const send = (n: number, ts: string) => hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(school, 100 + n, ts)] } }, pei);
    expectData(await send(1, '2026-03-01T10:00:00Z'));
    expectData(await send(2, '2026-03-01T10:00:00Z'));
    const feed = async (changedSince: string, expected: number) => {
      // Settled rows only: under load a commit can be held back briefly behind an older running transaction.
      for (const end = Date.now() + SETTLE_MS; ; ) {
        const page = expectData(await hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: school, changedSince }, leader)).peiUpdates;
        if (page.edges.length >= expected || Date.now() > end) return page.edges.map((e) => e.node);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    // A consumer's mirror, keyed by hub id.
    const mirror = new Map<string, { externalId: string; summary: string }>();
    const apply = (nodes: Awaited<ReturnType<typeof feed>>) => {
      for (const n of nodes) {
        if (n.retractedAt) mirror.delete(n.id);
        else mirror.set(n.id, { externalId: n.externalId, summary: n.summary });
      }
      return nodes.at(-1)!.changeCursor;
    };
    const first = await feed('0', 2);
    expect(first.map((n) => n.externalId).sort()).toEqual(['PEI-101', 'PEI-102']);
    let position = apply(first);

    expectData(await retract(InputKind.PEI_UPDATE, [{ externalId: 'PEI-101', reason: 'Retirado', sourceTimestamp: '2026-03-02T10:00:00Z' }], pei));
    expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [{ ...peiItem(school, 102, '2026-03-03T10:00:00Z'), summary: 'Corregido' }] } }, pei));
    const changes = await feed(position, 2);
    // Both the retraction and the update, in the order they were committed; nothing seen before is repeated.
    expect(changes.map((n) => [n.externalId, n.retractedAt !== null])).toEqual([
      ['PEI-101', true],
      ['PEI-102', false],
    ]);
    expect(changes[0].retractionReason).toBe('Retirado');
    position = apply(changes);
    expect([...mirror.values()]).toEqual([{ externalId: 'PEI-102', summary: 'Corregido' }]);
    // Nothing changed since: an empty page.
    expect(expectData(await hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: school, changedSince: position }, leader)).peiUpdates.edges).toEqual([]);
    // What the mirror holds is what the hub lists.
    const current = expectData(await hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: school }, leader)).peiUpdates.edges.map((e) => e.node.id);
    expect(current).toEqual([...mirror.keys()]);
  });

  it('never skips a change committed late by an older transaction: later commits wait behind it', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    const send = (n: number, ts: string) => hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(school, 200 + n, ts)] } }, pei);
    expectData(await send(1, '2026-03-01T10:00:00Z'));
    const poll = async (changedSince: string) =>
      expectData(await hub.gql(PeiUpdatesFeedDocument, { first: 200, daneCode: school, changedSince }, leader)).peiUpdates.edges.map((e) => e.node);
    let seen: Awaited<ReturnType<typeof poll>> = [];
    for (const end = Date.now() + SETTLE_MS; seen.length < 1 && Date.now() < end; ) {
      seen = await poll('0');
      if (seen.length < 1) await new Promise((r) => setTimeout(r, 100));
    }
    const position = seen.at(-1)!.changeCursor;
    // Transaction A changes PEI-201 and stays open; B (the hub) writes PEI-202 and commits first.
    const a = hub.runtime.db.createQueryRunner();
    await a.connect();
    await a.startTransaction();
    try {
      await a.query(`UPDATE pei_update_all SET summary = 'Cambio de A' WHERE school_dane = $1 AND external_id = 'PEI-201'`, [school]);
      expectData(await send(2, '2026-03-01T10:00:00Z'));
      // B is committed and readable, but the feed holds it back while the older A runs: a poller that took B now
      // and resumed after it would never see A.
      expect((await hub.runtime.db.query(`SELECT 1 FROM pei_update WHERE school_dane = $1 AND external_id = 'PEI-202'`, [school])).length).toBe(1);
      expect(await poll(position)).toEqual([]);
      await a.commitTransaction();
    } finally {
      if (a.isTransactionActive) await a.rollbackTransaction();
      await a.release();
    }
    let after: Awaited<ReturnType<typeof poll>> = [];
    for (const end = Date.now() + SETTLE_MS; after.length < 2 && Date.now() < end; ) {
      after = await poll(position);
      if (after.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    // Both, in transaction order: A (older) first.
    expect(after.map((n) => [n.externalId, n.summary])).toEqual([
      ['PEI-201', 'Cambio de A'],
      ['PEI-202', 'Resignificación del PEI 202'],
    ]);
  });

  it('refuses a malformed position with BAD_USER_INPUT on changedSince', async () => {
    expectError(await peiFeed({ changedSince: 'yesterday' }), 'BAD_USER_INPUT', 'changedSince');
  });
});

describe('downstream', () => {
  it('a need identified from an F01.03 finding resolves with "evidence retracted" once the finding is withdrawn; the PMI no longer has to include its actions', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    expectData(await hub.gql(IngestInspectionFindingsDocument, { input: { items: [findingItem(school, 77, '2026-03-11T10:00:00Z')] } }, inspection));
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    const needs = async () =>
      expectData(await hub.gql(NeedsWithResolutionDocument, { period: '2026', school, rule: 'INSPECTION_ACTION_NOT_IN_PMI' as never }, leader)).supportNeeds
        .edges.map((e) => e.node);
    const [open] = await needs();
    expect(open).toMatchObject({ status: 'OPEN', resolutionReason: null });
    expect(open.evidence.map((e) => e.value).sort()).toEqual(['correctiva HAL-77-AC1', 'preventiva HAL-77-AP1']);

    expectData(
      await retract(InputKind.INSPECTION_FINDING, [{ externalId: 'HAL-77', reason: 'Hallazgo registrado en el EE equivocado', sourceTimestamp: '2026-03-12T10:00:00Z' }], inspection),
    );
    const run = expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader)).identifyNeeds;
    expect(run.resolved).toBeGreaterThanOrEqual(1);
    const [resolved] = await needs();
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionReason: 'EVIDENCE_RETRACTED' });
    expect(resolved.evidence).toHaveLength(2);
    for (const e of resolved.evidence) expect(e).toMatchObject({ retracted: true, retractionReason: 'Hallazgo registrado en el EE equivocado' });
    // The finding's actions are asked of no PMI any more: the rule finds nothing for the school.
    const signals = await hub.runtime.db.query(
      `SELECT 1 FROM inspection_finding_action a JOIN inspection_finding f ON f.id = a.finding_id WHERE a.school_dane = $1`,
      [school],
    );
    expect(signals).toHaveLength(0);
    // A need that resolves for another cause says so.
    const otherReasons = await hub.runtime.db.query(
      `SELECT DISTINCT resolution_reason FROM support_need WHERE secretariat_code = $1 AND status = 'RESOLVED' AND school_dane <> $2`,
      [se, school],
    );
    expect(otherReasons.map((r: { resolution_reason: string }) => r.resolution_reason)).not.toContain('EVIDENCE_RETRACTED');
  });

  it('D01.04: retracting a characterization resolves its Saber needs (through the Saber results too) as evidence retracted', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    await characterization(hub, se, school, 'D', [{ grade: 5, subject: 'MATHEMATICS', share: 45 }]);
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    const needs = async () =>
      (await Promise.all(
        (['LOW_SABER_11', 'LOW_SABER_LEVEL'] as const).map(async (rule) =>
          expectData(await hub.gql(NeedsWithResolutionDocument, { period: '2026', school, rule: rule as never }, leader)).supportNeeds.edges.map((e) => e.node),
        ),
      )).flat();
    expect((await needs()).map((n) => [n.rule, n.status])).toEqual([
      ['LOW_SABER_11', 'OPEN'],
      ['LOW_SABER_LEVEL', 'OPEN'],
    ]);
    const d0104 = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D01.04'] });
    const res = expectData(
      await retract(InputKind.CHARACTERIZATION, [{ externalId: `${school}:2026`, reason: 'Cargada con el año equivocado', sourceTimestamp: '2026-12-01T00:00:00Z' }], d0104),
    ).retractInputs;
    expect(res.items[0]).toMatchObject({ status: 'RETRACTED' });
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    for (const n of await needs()) {
      expect(n).toMatchObject({ status: 'RESOLVED', resolutionReason: 'EVIDENCE_RETRACTED' });
      expect(n.evidence.every((e) => e.retracted === true && e.retractionReason === 'Cargada con el año equivocado')).toBe(true);
    }
  });

  it('input.retracted reaches an F01.03 subscriber entitled to it (graphql-ws), and only for its own source', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    expectData(await hub.gql(IngestInspectionFindingsDocument, { input: { items: [findingItem(school, 88, '2026-03-11T10:00:00Z')] } }, inspection));
    expectData(await hub.gql(IngestPeiUpdatesDocument, { input: { items: [peiItem(school, 88, '2026-03-11T10:00:00Z')] } }, pei));
    const f0103 = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['read:F01.03'] });
    const subscribers = hub.runtime.events.subscriberCount;
    const sub = new EventCollector(hub.ws(f0103), { consumer: 'F01_03' as never });
    for (const end = Date.now() + 20_000; hub.runtime.events.subscriberCount <= subscribers && Date.now() < end; ) await new Promise((r) => setTimeout(r, 25));
    // A D02.02 retraction first: the F01.03 system may not read D02.02 records, so it does not get this one.
    expectData(await retract(InputKind.PEI_UPDATE, [{ externalId: 'PEI-88', reason: 'x', sourceTimestamp: '2026-03-12T10:00:00Z' }], pei));
    expectData(await retract(InputKind.INSPECTION_FINDING, [{ externalId: 'HAL-88', reason: 'Error', sourceTimestamp: '2026-03-12T10:00:00Z' }], inspection));
    const ours = () => sub.events.filter((e) => e.type === 'INPUT_RETRACTED' && e.schoolDane === school);
    await sub.until(() => ours().length > 0, 'input.retracted', SETTLE_MS);
    await new Promise((r) => setTimeout(r, 300));
    // Under load an earlier test's retraction, still held back when the subscription started, may arrive too: only F01.03's.
    expect(sub.events.filter((e) => e.type === 'INPUT_RETRACTED').map((e) => (e.payload as { source: string }).source)).not.toContain('D02.02');
    const retracted = ours();
    expect(retracted).toHaveLength(1);
    expect(retracted[0]).toMatchObject({ schoolDane: school, secretariatCode: se });
    expect(retracted[0].payload).toMatchObject({ source: 'F01.03', daneCode: school, retracted: 1, externalIds: ['HAL-88'] });
    sub.unsubscribe();
    // Replayed (the SQL filter rather than the live one): the same, F01.03's only.
    const replayed = expectData(await hub.gql(EventsDocument, { consumer: 'F01_03' as never, first: 200 }, f0103)).events.nodes.filter(
      (e) => e.type === 'INPUT_RETRACTED',
    );
    expect(replayed.some((e) => e.schoolDane === school)).toBe(true);
    expect(new Set(replayed.map((e) => (e.payload as { source: string }).source))).toEqual(new Set(['F01.03']));
    // Staff of the secretariat see both; another secretariat's staff neither.
    const mine = expectData(await hub.gql(EventsDocument, { types: ['INPUT_RETRACTED' as never], first: 200 }, leader)).events.nodes;
    expect(mine.filter((e) => e.schoolDane === school).map((e) => (e.payload as { source: string }).source).sort()).toEqual(['D02.02', 'F01.03']);
    const other = await hub.token({ role: Role.QUALITY_LEADER, secretariat: otherSe });
    expect(expectData(await hub.gql(EventsDocument, { types: ['INPUT_RETRACTED' as never], first: 200 }, other)).events.nodes).toEqual([]);
  });

  it('a retracted finding leaves the findings list and the feed shows it', async () => {
    const school = (await createSchool(hub, se)).daneCode;
    expectData(await hub.gql(IngestInspectionFindingsDocument, { input: { items: [findingItem(school, 99, '2026-03-11T10:00:00Z')] } }, inspection));
    const list = async (includeRetracted: boolean) =>
      expectData(await hub.gql(InspectionFindingsFeedDocument, { first: 50, daneCode: school, includeRetracted }, leader)).inspectionFindings.edges.map(
        (e) => e.node,
      );
    const [before] = await list(false);
    expectData(await retract(InputKind.INSPECTION_FINDING, [{ externalId: 'HAL-99', reason: 'Error', sourceTimestamp: '2026-03-12T10:00:00Z' }], inspection));
    expect(await list(false)).toEqual([]);
    const [tomb] = await list(true);
    expect(tomb).toMatchObject({ id: before.id, retractionReason: 'Error' });
    // The tombstone keeps its actions, for audits.
    expect(tomb.actions.map((a) => a.externalId)).toEqual(['HAL-99-AC1', 'HAL-99-AP1']);
    let fed: { externalId: string; retractedAt: unknown }[] = [];
    for (const end = Date.now() + SETTLE_MS; Date.now() < end && !fed.some((n) => n.retractedAt); ) {
      fed = expectData(await hub.gql(InspectionFindingsFeedDocument, { first: 50, daneCode: school, changedSince: before.changeCursor }, leader)).inspectionFindings.edges.map(
        (e) => e.node,
      );
      if (!fed.some((n) => n.retractedAt)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(fed).toMatchObject([{ externalId: 'HAL-99', retractedAt: expect.any(String) }]);
  });
});

describe('key changes', () => {
  it('D02.01: a PAM action whose external id arrives under a new code moves (same id, one record), with an event and an audit row', async () => {
    const action = (code: string, sourceTimestamp: string) => ({ ...supportPlanItem('', 6, sourceTimestamp), externalId: 'SIGEP-ACC-0006', code });
    const d0201 = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D02.01'] });
    const first = expectData(await hub.gql(IngestSupportPlanActionsDocument, { input: { items: [action('PAM-6', '2026-01-20T08:00:00Z')] } }, d0201))
      .ingestSupportPlanActions.items[0];
    expect(first.status).toBe('CREATED');
    const moved = expectData(await hub.gql(IngestSupportPlanActionsDocument, { input: { items: [action('PAM-06', '2026-01-21T08:00:00Z')] } }, d0201))
      .ingestSupportPlanActions.items[0];
    expect(moved).toMatchObject({ status: 'UPDATED', id: first.id, key: `${se}|2026|PAM-06` });
    const actions = expectData(await hub.gql(SupportPlanActionsFeedDocument, { period: '2026', first: 200, includeRetracted: true }, leader)).supportPlanActions.edges
      .map((e) => e.node)
      .filter((n) => n.externalId === 'SIGEP-ACC-0006');
    expect(actions.map((a) => [a.id, a.code])).toEqual([[first.id, 'PAM-06']]);
    const plan = expectData(await hub.gql(SupportPlanDocument, { period: '2026' }, leader)).supportPlan!;
    const codes = plan.lines.flatMap((l) => l.actions.map((a) => a.code));
    expect(codes).toContain('PAM-06');
    expect(codes).not.toContain('PAM-6');
    const [ev] = await hub.runtime.db.query(`SELECT payload FROM event WHERE type = 'input.key_changed' AND secretariat_code = $1`, [se]);
    expect(ev.payload).toMatchObject({ source: 'D02.01', id: first.id, externalId: 'SIGEP-ACC-0006', from: `${se}|2026|PAM-6`, to: `${se}|2026|PAM-06` });
    const [audit] = await hub.runtime.db.query(`SELECT change FROM audit_entry WHERE entity_id = $1 AND secretariat_code = $2`, [first.id, se]);
    expect(audit.change).toMatchObject({ keyChanged: { from: `${se}|2026|PAM-6`, to: `${se}|2026|PAM-06` } });
    // Sent again under the old code with an older timestamp: STALE, the record stays where it moved.
    const back = expectData(await hub.gql(IngestSupportPlanActionsDocument, { input: { items: [action('PAM-6', '2026-01-20T09:00:00Z')] } }, d0201))
      .ingestSupportPlanActions.items[0];
    expect(back).toMatchObject({ status: 'REJECTED', code: 'STALE' });
  });

  it('D01.03: a known external id under another natural key is refused as CONFLICT naming both keys', async () => {
    const d0103 = await hub.token({ role: Role.SUBPROCESS, secretariat: se, scopes: ['ingest:D01.03'] });
    const item = (componentCode: string) => ({ ...selfEvaluationItem(dane, 0), componentCode, externalId: 'AUTOEV-2026-0001' });
    expect(expectData(await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [item('DIR-01-01')] } }, d0103)).ingestSelfEvaluations.items[0].status).toBe(
      'CREATED',
    );
    const res = expectData(await hub.gql(IngestSelfEvaluationsDocument, { input: { items: [item('DIR-01-02')] } }, d0103)).ingestSelfEvaluations.items[0];
    expect(res).toMatchObject({ status: 'REJECTED', code: 'CONFLICT', field: 'input.items.0.externalId' });
    expect(res.message).toContain(`${dane}|2026|DIR-01-01`);
    expect(res.message).toContain(`${dane}|2026|DIR-01-02`);
    const rows = await hub.runtime.db.query(`SELECT component_code FROM self_evaluation_score WHERE external_id = 'AUTOEV-2026-0001'`);
    expect(rows).toEqual([{ component_code: 'DIR-01-01' }]);
  });
});
