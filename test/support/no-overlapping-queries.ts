/**
 * Jest setup (setupFilesAfterEnv): the suite fails when code sends a query on a pg connection that is still busy
 * with another one (e.g. `Promise.all` of queries inside one transaction). pg 8 queues such a query and prints
 * `DeprecationWarning: Calling client.query() when the client is already executing a query` once per process; pg 9
 * will throw. The warning is printed only once and without the caller, so this hook checks the same condition pg
 * checks, on every call, records where it came from, and fails the test during which it happened.
 */
import { Client } from 'pg';

type Query = (this: Client, ...args: unknown[]) => unknown;
interface Overlap {
  stack: string;
}

const overlaps: Overlap[] = [];
const marker = Symbol.for('pmi-hub.no-overlapping-queries');
const proto = Client.prototype as unknown as Record<string | symbol, unknown> & { query: Query };

if (!proto[marker]) {
  const original = proto.query;
  proto.query = function query(this: Client, ...args: unknown[]) {
    const self = this as unknown as { _queryQueue?: unknown[]; _activeQuery?: unknown; pipeline?: boolean; _ending?: boolean };
    // pg warns only once a second query waits in its queue; a query sent while one is active is the same mistake.
    if (!self._ending && !self.pipeline && (self._activeQuery || (self._queryQueue?.length ?? 0) > 0)) {
      overlaps.push({ stack: new Error('client.query() while the client is already executing a query').stack ?? '' });
    }
    return original.apply(this, args);
  };
  proto[marker] = true;
}

/** Overlaps recorded so far (and forgets them): for the test that proves this hook works. */
export function takeOverlappingQueries(): string[] {
  return overlaps.splice(0).map((o) => o.stack);
}

function failOnOverlaps() {
  const found = takeOverlappingQueries();
  if (found.length) {
    throw new Error(
      `${found.length} query(ies) sent on a pg connection already executing a query (pg prints a DeprecationWarning; pg 9 throws). Run them one after another on that connection:\n\n${found.join('\n\n')}`,
    );
  }
}

// Also the warning itself, in case some other code path triggers it.
process.on('warning', (w) => {
  if (/already executing a query/.test(w.message) && overlaps.length === 0) overlaps.push({ stack: w.stack ?? w.message });
});

afterEach(failOnOverlaps);
afterAll(failOnOverlaps);
