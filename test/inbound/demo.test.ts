import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestHub, type TestHub } from '../support/hub';
import { Role } from '../../src/common/auth/roles';
import { loadDemoData } from '../../src/demo/seed';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const q = (sql: string) => hub.runtime.db.query(sql) as Promise<Record<string, unknown>[]>;

it('the demo jurisdiction includes inputs from every source, so the needs rules fire for some schools only', async () => {
  expect(await loadDemoData(hub.runtime)).toBe(true);
  const counts = await q(`SELECT
    (SELECT count(*)::int FROM self_evaluation_score) AS scores,
    (SELECT count(*)::int FROM characterization) AS characterizations,
    (SELECT count(*)::int FROM saber_result) AS saber,
    (SELECT count(*)::int FROM support_plan_action) AS pam,
    (SELECT count(*)::int FROM pei_update) AS pei,
    (SELECT count(*)::int FROM education_model_adoption) AS models,
    (SELECT count(*)::int FROM curriculum_change) AS curriculum,
    (SELECT count(*)::int FROM inspection_finding) AS findings,
    (SELECT count(*)::int FROM inspection_finding_action) AS finding_actions,
    (SELECT count(*)::int FROM school_regime_report) AS regimes`);
  expect(counts[0]).toEqual({ scores: 12 * 93, characterizations: 12, saber: 48, pam: 5, pei: 2, models: 1, curriculum: 1, findings: 3, finding_actions: 4, regimes: 5 });
  const lowScores = await q(`SELECT DISTINCT school_dane FROM self_evaluation_score WHERE score <= 2 ORDER BY 1`);
  expect(lowScores.map((r) => r.school_dane)).toEqual(['105001000011', '205001000019', '305001000039', '405001000029']);
  const lowSaber = await q(`SELECT school_dane FROM characterization WHERE saber11_category IN ('C', 'D') ORDER BY 1`);
  expect(lowSaber.map((r) => r.school_dane)).toEqual(['105001000011', '205001000019', '405001000029']);
  const events = await q(`SELECT count(*)::int AS n FROM event WHERE type = 'input.received'`);
  expect(events[0].n).toBeGreaterThan(12);
});

it('the README retraction example runs on the demo data: IV-2026-103 is withdrawn and its need resolves as "evidence retracted"', async () => {
  const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const start = blocks.findIndex((b) => b.includes('retractInputs(') && b.includes('IV-2026-103'));
  expect(start).toBeGreaterThanOrEqual(0);
  const [retract, identify, read] = blocks.slice(start, start + 3);
  const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: '05001' });
  const ok = async (doc: string) => {
    const res = await hub.gql<Record<string, unknown>, Record<string, never>>(doc, {}, leader);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const before = await ok(read);
  expect(before.supportNeeds.edges.map((e: any) => e.node.status)).toEqual(['OPEN']); // eslint-disable-line @typescript-eslint/no-explicit-any
  const r = await ok(retract);
  expect(r.retractInputs).toMatchObject({ retracted: 1, unchanged: 0, rejected: 0, items: [{ externalId: 'IV-2026-103', status: 'RETRACTED' }] });
  expect((await ok(identify)).identifyNeeds.resolved).toBeGreaterThanOrEqual(1);
  const after = await ok(read);
  expect(after.supportNeeds.edges[0].node).toMatchObject({
    status: 'RESOLVED',
    resolutionReason: 'EVIDENCE_RETRACTED',
    evidence: [{ value: 'correctiva IV-2026-103-C1', retracted: true, retractionReason: 'Hallazgo registrado en el EE equivocado' }],
  });
  expect(after.inspectionFindings.edges.map((e: any) => e.node)).toEqual([ // eslint-disable-line @typescript-eslint/no-explicit-any
    expect.objectContaining({ externalId: 'IV-2026-103', retractedBy: expect.any(String), retractionReason: 'Hallazgo registrado en el EE equivocado' }),
  ]);
  // Sent again, the retraction changes nothing.
  expect((await ok(retract)).retractInputs).toMatchObject({ retracted: 0, unchanged: 1 });
});
