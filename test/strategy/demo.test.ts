import { startTestHub, expectData, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import { AssistanceStrategyOfDocument, AssistanceStrategyDocument, StrategyAlignmentDocument, SupportNeedsDocument } from '../generated/graphql';

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
});
