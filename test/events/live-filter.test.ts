import { startTestHub, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { EventCollector, emitEvent } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { EventType } from '../../src/events/catalogue';

/**
 * Issue 8 §11: once a subscriber is caught up and live, events it may not see, committed afterwards, are never
 * delivered. These events reach the stream through the bus (EventStream.deliver), not through the SQL replay, so
 * only the live filter stands between them and the client.
 */
let hub: TestHub;
let tenants: Awaited<ReturnType<typeof createTwoTenants>>;

beforeAll(async () => {
  hub = await startTestHub();
  tenants = await createTwoTenants(hub, 2);
});
afterAll(() => hub.stop());

/** Subscribes from the head and waits until a visible marker arrives: from then on the stream is live. */
async function liveCollector(token: string, marker: { secretariat: string; school: string | null }) {
  const sub = new EventCollector(hub.ws(token));
  // The subscription registers on its first read; retry the marker until one arrives (no fixed sleep).
  for (let i = 0; i < 50 && sub.events.length === 0; i++) {
    await emitEvent(hub, { ...marker, type: EventType.SCHOOL_UPDATED });
    await sub.until(() => sub.events.length > 0, 'marker', 200).catch(() => undefined);
  }
  expect(sub.events.length).toBeGreaterThan(0);
  return sub;
}

describe('live event filtering', () => {
  it('tenancy:events a live SCHOOL subscriber gets no event about another school of its secretariat', async () => {
    const { a, schoolsA } = tenants;
    const own = schoolsA[0].daneCode;
    const other = schoolsA[1].daneCode;
    const token = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: own });
    const sub = await liveCollector(token, { secretariat: a.code, school: own });
    const foreign = await emitEvent(hub, { secretariat: a.code, school: other, type: EventType.SCHOOL_UPDATED });
    const mine = await emitEvent(hub, { secretariat: a.code, school: own, type: EventType.SCHOOL_UPDATED });
    await sub.waitForEntity(mine.entityId);
    expect(sub.events.map((e) => e.entityId)).not.toContain(foreign.entityId);
    expect(sub.events.every((e) => e.schoolDane === own)).toBe(true);
    sub.unsubscribe();
  });

  it('tenancy:events a live leader subscriber gets no event of another secretariat', async () => {
    const { a, b, schoolsA, schoolsB } = tenants;
    const token = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
    const sub = await liveCollector(token, { secretariat: a.code, school: schoolsA[0].daneCode });
    const foreign = await emitEvent(hub, { secretariat: b.code, school: schoolsB[0].daneCode, type: EventType.SCHOOL_UPDATED });
    const foreignSecretariatLevel = await emitEvent(hub, { secretariat: b.code, school: null, type: EventType.IRREGULARITY_REPORT_SIGNED });
    const mine = await emitEvent(hub, { secretariat: a.code, school: schoolsA[1].daneCode, type: EventType.SCHOOL_UPDATED });
    await sub.waitForEntity(mine.entityId);
    const got = sub.events.map((e) => e.entityId);
    expect(got).not.toContain(foreign.entityId);
    expect(got).not.toContain(foreignSecretariatLevel.entityId);
    expect(sub.events.every((e) => e.secretariatCode === a.code)).toBe(true);
    sub.unsubscribe();
  });
});
