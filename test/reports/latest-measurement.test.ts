import { startTestHub, type TestHub } from '../support/hub';
import { createSchool, createSecretariat } from '../support/factories';
import { Jurisdiction } from '../support/reports-factories';

/**
 * indicator_latest_measurement (migration LatestIndicatorMeasurement) is what the Ministry's aggregate reads: it must
 * equal "the measurement with the greatest (measured_on, recorded_at)" whatever order measurements arrive in, in one
 * statement or many, and measurements cannot change afterwards (it would go stale).
 */
let hub: TestHub;
let j: Jurisdiction;
let plan: string;
beforeAll(async () => {
  hub = await startTestHub();
  const sec = await createSecretariat(hub);
  j = new Jurisdiction(hub, sec.code);
  plan = await j.plan((await createSchool(hub, sec.code)).daneCode, '2026', { status: 'REVIEWED', pertinent: true });
});
afterAll(() => hub?.stop());

const measure = (indicator: string, rows: Array<[number, string]>) =>
  hub.runtime.db.query(
    `INSERT INTO indicator_measurement (secretariat_code, school_dane, plan_id, plan_version, indicator_id, value, measured_on, source, recorded_by, recorder_role)
     SELECT p.secretariat_code, p.school_dane, p.id, 1, $2, v.value, v.d, 'Acta', 'test', 'QUALITY_STAFF'
       FROM improvement_plan p, unnest($3::numeric[], $4::date[]) AS v(value, d) WHERE p.id = $1`,
    [plan, indicator, rows.map((r) => r[0]), rows.map((r) => r[1])],
  );
const latest = async (indicator: string) =>
  (await hub.runtime.db.query(`SELECT value::float AS v FROM indicator_latest_measurement WHERE indicator_id = $1`, [indicator]))[0]?.v ?? null;
const reference = async (indicator: string) =>
  (
    await hub.runtime.db.query(
      `SELECT value::float AS v FROM indicator_measurement WHERE indicator_id = $1 ORDER BY measured_on DESC, recorded_at DESC LIMIT 1`,
      [indicator],
    )
  )[0]?.v ?? null;

test('the kept latest measurement equals the latest by date, whatever the arrival order, one statement or many', async () => {
  const a = await j.indicator(plan, { baseline: 0, target: 10 });
  expect(await latest(a)).toBeNull();
  await measure(a, [[3, '2026-03-01']]);
  await measure(a, [[9, '2026-09-01']]);
  await measure(a, [[6, '2026-06-01']]); // an older one arriving late does not replace the latest
  expect([await latest(a), await reference(a)]).toEqual([9, 9]);

  const b = await j.indicator(plan, { baseline: 0, target: 10 });
  await measure(b, [
    [5, '2026-05-01'],
    [8, '2026-08-01'],
    [2, '2026-02-01'],
  ]);
  expect([await latest(b), await reference(b)]).toEqual([8, 8]);
  await measure(b, [[7, '2026-08-01']]); // same day, recorded later: the later record is the latest
  expect([await latest(b), await reference(b)]).toEqual([7, 7]);
});

test('measurements are history: an update or delete is refused by PostgreSQL', async () => {
  const c = await j.indicator(plan, { baseline: 0, target: 10, measurements: [4] });
  await expect(hub.runtime.db.query(`UPDATE indicator_measurement SET value = 1 WHERE indicator_id = $1`, [c])).rejects.toThrow(/history/);
  await expect(hub.runtime.db.query(`DELETE FROM indicator_measurement WHERE indicator_id = $1`, [c])).rejects.toThrow(/history/);
  expect(await latest(c)).toBe(4);
});
