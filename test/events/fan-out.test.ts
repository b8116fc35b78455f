import { startTestHub, type TestHub } from '../support/hub';
import { emitEvents, newEvent } from '../support/event-factories';
import type { HubEvent } from '../../src/events/event.entity';

/**
 * The bus hands each batch to thousands of subscribers (issue 14: 5,000 on one instance). It yields to the event loop
 * every 500 of them, so other work (requests, commits, the next notification) is not held up until the last socket
 * is written; every subscriber still receives every batch once and in order.
 */
describe('event bus fan-out', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.stop();
  });

  it('yields to the event loop between chunks of subscribers, and each receives every event once, in order', async () => {
    const n = 1_200;
    const tag = `fan-out-${process.pid}`;
    const received: string[][] = Array.from({ length: n }, () => []);
    let handedOut = 0;
    let ranBetween: number | null = null;
    const detach = Array.from({ length: n }, (_, i) =>
      hub.runtime.events.subscribe({
        deliver(batch: readonly HubEvent[]) {
          const mine = batch.filter((e) => (e.payload as { tag?: string }).tag === tag);
          if (mine.length === 0) return;
          received[i].push(...mine.map((e) => e.cursor));
          handedOut++;
          // Work queued by the first subscriber of the batch: when does the event loop get to it?
          if (handedOut === 1) setImmediate(() => (ranBetween = handedOut));
        },
        backlog: () => 0,
        end: () => undefined,
      }),
    );
    try {
      await emitEvents(hub, [newEvent({ secretariat: null, payload: { tag, k: 1 } }), newEvent({ secretariat: null, payload: { tag, k: 2 } })]);
      for (let i = 0; i < 200 && received.some((r) => r.length < 2); i++) await new Promise((r) => setTimeout(r, 25));
      const first = received[0];
      expect(first).toHaveLength(2);
      expect(received.every((r) => r.length === 2 && r[0] === first[0] && r[1] === first[1])).toBe(true);
      // The event loop ran between the first and the last subscriber of the batch, not only after all 1,200.
      expect(ranBetween).not.toBeNull();
      expect(ranBetween!).toBeGreaterThanOrEqual(1);
      expect(ranBetween!).toBeLessThan(n);
    } finally {
      detach.forEach((d) => d());
    }
  });
});
