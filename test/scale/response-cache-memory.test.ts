import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildSchema, executeSync, parse } from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { ResponseCache } from '../../src/http/response-cache';
import { stringifyData } from '../../src/common/raw-splice';
import { Role } from '../../src/common/auth/roles';
import type { Caller } from '../../src/common/auth/caller';

/**
 * The response cache keeps an answer as the JSON text of its root fields, outside the V8 heap, not as graphql-js built
 * it (src/http/response-cache.ts, issue 14): graphql-js builds every result object with Object.create(null), field by
 * field, which V8 keeps as dictionary-mode objects. Measured in the same run against graphql-js's own result objects
 * for the same answers (heap and external memory both counted); the answer a hit gives is the executed one, byte for
 * byte once serialised.
 */
jest.setTimeout(120_000);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  // The kept text is off the V8 heap (Buffers): count it too.
  return getHeapStatistics().used_heap_size + process.memoryUsage().external;
};

// A page shaped like the dashboard's: 200 nodes of scalars with nested lists, new strings on every execution (as
// values read from PostgreSQL are).
const schema = buildSchema(`type Query { page: [Plan!]! }
  type Plan { id: ID! schoolDane: String! status: String! version: Int! pertinent: Boolean goals: [Goal!]! }
  type Goal { id: ID! area: String! description: String! indicators: [Indicator!]! }
  type Indicator { id: ID! name: String! baseline: Float target: Float unit: String! }`);
const document = parse('{ page { id schoolDane status version pertinent goals { id area description indicators { id name baseline target unit } } } }');
const executed = () =>
  executeSync({
    schema,
    document,
    rootValue: {
      page: Array.from({ length: 200 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, schoolDane: `1050010000${String(i).padStart(2, '0')}`, status: 'APPROVED', version: 1 + (i % 3), pertinent: i % 2 === 0,
        goals: Array.from({ length: 4 }, (_, g) => ({
          id: `goal-${i}-${g}`, area: 'DIRECTIVA', description: `Mejorar el índice sintético de calidad de la sede ${i}, meta ${g}`,
          indicators: Array.from({ length: 2 }, (_, k) => ({ id: `ind-${i}-${g}-${k}`, name: `Porcentaje de estudiantes en nivel ${k}`, baseline: 12.5 + k, target: 30 + g, unit: 'PERCENT' })),
        })),
      })),
    },
  }).data as Record<string, unknown>;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

it("a kept answer takes well under the heap of graphql-js's result objects, and a hit gives the executed answer", async () => {
  const cache = new ResponseCache(hub.runtime);
  const caller: Caller = { subject: 'test:ministry', role: Role.MINISTRY, secretariat: null, school: null, scopes: [], client: null };
  const miss = await cache.lookup('probe');
  if (miss.result === 'hit') throw new Error('nothing was stored');
  const N = 20;

  // The reference: graphql-js's results themselves, kept. The hub's own background work (event bus, pool) allocates in
  // the same heap between two readings and only ever inflates a delta: the best of three rounds is the measurement.
  let expected = '';
  const ratios: number[] = [];
  for (let round = 0; round < 3; round++) {
    let h0 = heapUsed();
    let kept: Record<string, unknown>[] | null = Array.from({ length: N }, executed);
    const asExecuted = heapUsed() - h0;
    expected = JSON.stringify(kept[0]);
    kept = null;
    h0 = heapUsed();
    for (let i = 0; i < N; i++) cache.store(`k${round}-${i}`, caller, miss.snapshot, executed());
    ratios.push((heapUsed() - h0) / asExecuted);
  }
  // was ≈0.4 when kept as JSON.parse builds objects (1: the same objects)
  expect(Math.min(...ratios)).toBeLessThan(0.3);
  const hit = await cache.lookup('k2-0');
  expect(hit.result).toBe('hit');
  if (hit.result === 'hit') expect(stringifyData(hit.data)).toBe(expected);
});
