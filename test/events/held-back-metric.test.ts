import { Client } from 'pg';
import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { emitEvents, newEvent } from '../support/event-factories';
import { EventType } from '../../src/events/catalogue';

/**
 * `GET /metrics` reports events held back by an older open transaction of the hub's database
 * (`pmi_hub_event_held_back_events`) and how long that transaction has held the horizon
 * (`pmi_hub_event_held_back_seconds`), from the event bus's own reads. Real PostgreSQL and HTTP.
 */
jest.setTimeout(120_000);

let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  hub = await startTestHub();
  t = await createTwoTenants(hub, 1);
});
afterAll(() => hub?.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The two gauges as /metrics serves them. */
async function heldBack(): Promise<{ events: number; seconds: number }> {
  const res = await fetch(hub.url.replace('/graphql', '/metrics'));
  expect(res.status).toBe(200);
  const text = await res.text();
  const value = (name: string) => {
    const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
    if (!m) throw new Error(`${name} missing from /metrics`);
    return Number(m[1]);
  };
  return { events: value('pmi_hub_event_held_back_events'), seconds: value('pmi_hub_event_held_back_seconds') };
}

async function until(what: string, test: (m: { events: number; seconds: number }) => boolean, ms = 20_000) {
  let last = await heldBack();
  for (const end = Date.now() + ms; !test(last); last = await heldBack()) {
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(last)}`);
    await sleep(50);
  }
  return last;
}

const evaluation = (entityId: string) =>
  newEvent({ secretariat: t.a.code, school: t.schoolsA[0].daneCode, entityId, type: EventType.ASSISTANCE_EVALUATION_SUBMITTED });

describe('held-back metrics', () => {
  it('count committed events held back behind an older open transaction and its age, then drop to 0 when it ends', async () => {
    expect(await until('nothing held back at first', (m) => m.events === 0)).toEqual({ events: 0, seconds: 0 });
    const older = new Client({ connectionString: hub.database.url });
    await older.connect();
    try {
      // The older transaction writes an event and stays open; two events commit after it.
      await older.query('BEGIN');
      await older.query(
        `INSERT INTO event (type, secretariat_code, entity, entity_id, school_dane, actor, payload)
         VALUES ('assistance_evaluation.submitted', $1, 'AssistanceEvaluation', 'older', $2, 'test', '{}')`,
        [t.a.code, t.schoolsA[0].daneCode],
      );
      await emitEvents(hub, [evaluation('newer-1')]);
      await emitEvents(hub, [evaluation('newer-2')]);
      const seen = await until('two events held back', (m) => m.events === 2);
      expect(seen.seconds).toBeGreaterThanOrEqual(0);
      // The same transaction keeps holding: the age grows.
      await sleep(1_200);
      const later = await heldBack();
      expect(later.events).toBe(2);
      expect(later.seconds).toBeGreaterThanOrEqual(1);
      expect(later.seconds).toBeLessThan(60);

      // It ends without an event or a NOTIFY: the bus's own re-reads see the horizon move.
      await older.query('ROLLBACK');
      expect(await until('held back drops to 0', (m) => m.events === 0)).toEqual({ events: 0, seconds: 0 });
    } finally {
      await older.query('ROLLBACK').catch(() => undefined);
      await older.end();
    }
  });
});
