import { startTestHub, type TestHub } from '../support/hub';
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
