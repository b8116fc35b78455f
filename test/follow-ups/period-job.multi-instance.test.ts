import { createTestDatabase, type TestDatabase } from '../support/database';
import { spawnHub, type HubProcess } from '../support/hub-process';
import { startTestHub, type TestHub } from '../support/hub';
import { followUpWorld, heldSession, isoDay, type FollowUpWorld } from '../support/follow-up-factories';
import { Role } from '../../src/common/auth/roles';
import { recordSession } from '../../src/modules/execution/session.service';
import { setEvaluationPeriodEnd } from '../../src/modules/strategy/period.service';
import { AssistanceSessionInput } from '../../src/modules/execution/session.inputs';

/**
 * Two hub OS processes (src/main.ts, see test/support/hub-process.ts) on one database, each running the period job
 * every 100 ms: a strategy whose evaluation period has ended moves to EVALUATION exactly once — one audit row, one
 * event — however often both instances run the job.
 */
let database: TestDatabase;
let setup: TestHub;
let w: FollowUpWorld;
let hubs: HubProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  // The fixture is written through an in-process hub that runs no job, then that hub stops.
  setup = await startTestHub({}, database);
  w = await followUpWorld(setup);
  const staff = setup.system({ subject: 'test:staff', role: Role.QUALITY_STAFF, secretariat: w.secretariat });
  const leader = setup.system({ subject: 'test:leader', role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  await recordSession(staff, Object.assign(new AssistanceSessionInput(), { mode: 'IN_PERSON', commitments: [], nextSteps: '', ...heldSession(w.integralId, w.schools.a) }) as never);
  await setEvaluationPeriodEnd(leader, w.strategyId, isoDay(-1) < `${w.period}-01-01` ? `${w.period}-01-01` : isoDay(-1));
  await setup.stop();
}, 180_000);
afterAll(async () => {
  await Promise.all(hubs.map((h) => h.stop()));
  await database?.drop();
});

const q = async (sql: string, params: unknown[] = []) => {
  const { Client } = await import('pg');
  const c = new Client({ connectionString: database.url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
};

it('two hub instances run the scheduled period job; the strategy moves to EVALUATION once (one audit row, one event)', async () => {
  const [before] = await q('SELECT status FROM assistance_strategy WHERE id = $1', [w.strategyId]);
  expect(before.status).toBe('EXECUTION');
  hubs = await Promise.all([spawnHub(database.url, { PERIOD_JOB_INTERVAL_MS: '100' }), spawnHub(database.url, { PERIOD_JOB_INTERVAL_MS: '100' })]);
  expect(hubs[0].pid).not.toBe(hubs[1].pid);
  const deadline = Date.now() + 30_000;
  let status = 'EXECUTION';
  while (status !== 'EVALUATION' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    status = (await q('SELECT status FROM assistance_strategy WHERE id = $1', [w.strategyId]))[0].status;
  }
  expect(status).toBe('EVALUATION');
  // Let both instances run the job many more times.
  await new Promise((r) => setTimeout(r, 2_000));
  const audit = await q(`SELECT operation, change FROM audit_entry WHERE entity_id = $1 AND operation = 'periodJob'`, [w.strategyId]);
  expect(audit).toHaveLength(1);
  expect(audit[0].change.status).toEqual({ from: 'EXECUTION', to: 'EVALUATION' });
  const events = await q(`SELECT payload FROM event WHERE type = 'strategy.evaluation_started' AND entity_id = $1`, [w.strategyId]);
  expect(events).toHaveLength(1);
  expect(events[0].payload).toMatchObject({ trigger: 'PERIOD_JOB', periodEnded: true, allActivitiesDone: false });
}, 120_000);
