import { startTestHub, expectData, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import { AssistanceSessionsDocument, PeriodStatusDocument, AssistanceStrategyOfDocument, AssistanceStrategyDocument, StrategyAlignmentDocument, SupportNeedsDocument } from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('the demo jurisdiction has needs, a classified strategy and programmed activities, the one first unaligned aligned through an improvement action and now in execution', async () => {
  expect(await loadDemoData(hub.runtime)).toBe(true);
  const period = String(new Date().getUTCFullYear());
  const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
  const needs = expectData(await hub.gql(SupportNeedsDocument, { period, status: 'OPEN', first: 200 }, leader)).supportNeeds;
  expect(needs.totalCount).toBeGreaterThan(5);
  const of = expectData(await hub.gql(AssistanceStrategyOfDocument, { period }, leader)).assistanceStrategyOf;
  const strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: of?.id as string }, leader)).assistanceStrategy;
  expect(strategy.status).toBe('EXECUTION');
  // Both demo schools in régimen controlado are included by obligation.
  const mandatory = strategy.classifications.filter((c) => c.mandatory).map((c) => c.schoolDane);
  expect(mandatory).toEqual(expect.arrayContaining(['305001000039', '405001000029']));
  expect(strategy.activities.length).toBe(3);
  const alignment = expectData(await hub.gql(StrategyAlignmentDocument, { strategyId: strategy.id }, leader)).strategyAlignment;
  // The activity first left unaligned was aligned (activities 4 → 5, see src/demo/follow-ups.ts) with its improvement action kept.
  expect(alignment.unaligned).toEqual([]);
  expect(alignment.approvable).toBe(true);
  const actions = await hub.runtime.db.query('SELECT count(*)::int AS n FROM alignment_improvement_action WHERE strategy_id = $1', [strategy.id]);
  expect(actions[0].n).toBeGreaterThanOrEqual(1);

  // Activities 5–6 (src/demo/follow-ups.ts): sessions held, cancelled, rescheduled and still pending; PMI follow-ups.
  const status = expectData(await hub.gql(PeriodStatusDocument, { strategyId: strategy.id }, leader)).periodStatus;
  expect(status.readyForEvaluation).toBe(false);
  expect(status.pending.length).toBeGreaterThanOrEqual(1);
  const sessions = expectData(await hub.gql(AssistanceSessionsDocument, { strategyId: strategy.id, first: 100 }, leader)).assistanceSessions;
  expect(new Set(sessions.edges.map((e) => e.node.status))).toEqual(new Set(['HELD', 'CANCELLED', 'PROGRAMMED']));
  const counts = await hub.runtime.db.query(
    `SELECT (SELECT count(*) FROM plan_action_progress WHERE status = 'DONE')::int AS done, (SELECT count(*) FROM indicator_measurement)::int AS measurements,
            (SELECT count(*) FROM coaching_note_reply)::int AS replies, (SELECT count(*) FROM plan_self_evaluation)::int AS self_evaluations,
            (SELECT count(*) FROM plan_corrective_action)::int AS corrective`,
  );
  expect(counts[0]).toEqual({ done: expect.any(Number), measurements: expect.any(Number), replies: expect.any(Number), self_evaluations: 1, corrective: 1 });
  expect(Math.min(counts[0].done, counts[0].measurements, counts[0].replies)).toBeGreaterThan(0);
});
