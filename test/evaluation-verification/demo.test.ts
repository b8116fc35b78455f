import { startTestHub, expectData, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import {
  AssistanceEvaluationsDocument,
  EvaluationConsolidationDocument,
  EvaluationSettingsDocument,
  NonconformitiesDocument,
  OverdueQualityActionsDocument,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it('the demo jurisdiction shows evaluations on time, a refused late one, a reviewed consolidation and a nonconformity with its actions', async () => {
  expect(await loadDemoData(hub.runtime)).toBe(true);
  const period = String(new Date().getUTCFullYear());
  const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
  const settings = expectData(await hub.gql(EvaluationSettingsDocument, { period }, leader)).evaluationSettings;
  const evaluations = expectData(await hub.gql(AssistanceEvaluationsDocument, { period, first: 200 }, leader)).assistanceEvaluations;
  expect(evaluations.totalCount).toBeGreaterThanOrEqual(3);
  const late = await hub.runtime.db.query(`SELECT count(*)::int AS n FROM assistance_evaluation WHERE secretariat_code = $1 AND submitted_at > $2`, [DEMO_SECRETARIAT, settings.deadline]);
  expect(late[0].n).toBe(0);
  const consolidation = expectData(await hub.gql(EvaluationConsolidationDocument, { period }, leader)).evaluationConsolidation!;
  expect(consolidation.status).toBe('REVIEWED');
  expect(consolidation.results.overall.received).toBe(evaluations.totalCount);
  // One school per evaluated activity did not answer in time.
  expect(consolidation.results.overall.due).toBeGreaterThan(evaluations.totalCount);
  const open = expectData(await hub.gql(NonconformitiesDocument, { status: 'OPEN' }, leader)).nonconformities;
  expect(open.edges.map((e) => e.node.requirementCode)).toEqual(['MATERIALS']);
  expect(open.edges[0].node.actions.map((a) => a.overdue)).toEqual([true, false]);
  const overdue = expectData(await hub.gql(OverdueQualityActionsDocument, {}, leader)).overdueQualityActions;
  expect(overdue.totalCount).toBe(1);
});
