import http from 'node:http';
import { Session } from 'node:inspector/promises';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestHub, type TestHub } from '../support/hub';
import { generateNational } from '../bench/support/national-data';
import { PLANS_QUERY } from '../bench/support/floor-sql';
import { Role } from '../../src/common/auth/roles';

/**
 * Answers in flight (issue 14, memory under load; docs/performance.md, "Answers in flight"): a large page answered by
 * the raw JSON read leaves the hub over HTTP without its whole text ever being a string in V8's heap — from the
 * response cache's bytes as they are kept, or from PostgreSQL's row strings written piece by piece into the socket's
 * buffer — and answers the same bytes and headers as before (the parsed path, which builds the answer as graphql-js
 * and JSON.stringify do, is the reference). What V8 allocates is measured by its sampling heap profiler, garbage
 * included; the test's own client keeps the answers as Buffers (outside V8's heap) so that it adds no string of them.
 */
jest.setTimeout(300_000);

let database: TestDatabase;
let db: Client;
/** As `npm start` serves (raw reads, response cache on); raw reads without the cache; the parsed path, no cache. */
let cached: TestHub;
let uncached: TestHub;
let parsed: TestHub;
let token: string;
const FIRST = 100;
const pageOf = (first: number) => JSON.stringify({ query: PLANS_QUERY, variables: { period: '2026', first } });

beforeAll(async () => {
  database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  await generateNational(db, { schools: 400, seed: 7 });
  cached = await startTestHub({}, database);
  uncached = await startTestHub({ RESPONSE_CACHE_MAX_BYTES: '0' }, database);
  parsed = await startTestHub({ RESPONSE_CACHE_MAX_BYTES: '0', JSON_READS_RAW: 'false' }, database);
  token = await cached.token({ role: Role.MINISTRY, secretariat: null });
});
afterAll(async () => {
  await cached?.stop();
  await uncached?.stop();
  await parsed?.stop();
  await db?.end();
  await database?.drop();
});

interface Sent {
  status: number;
  type: string | undefined;
  length: string | undefined;
  bytes: Buffer;
}

/** POST over real HTTP; the answer kept as bytes. */
const post = (hub: TestHub, body = pageOf(FIRST)): Promise<Sent> =>
  new Promise((resolve, reject) => {
    const url = new URL(hub.url);
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], length: res.headers['content-length'], bytes: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });

/** Bytes of V8's heap allocated while `run` runs, collected since or not (sampling heap profiler, 1 KB interval). */
async function heapAllocated(run: () => Promise<void>): Promise<number> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    await run();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const walk = (node: { selfSize: number; children: unknown[] }) => {
      bytes += node.selfSize;
      node.children.forEach((c) => walk(c as typeof node));
    };
    walk(profile.head as never);
    return bytes;
  } finally {
    session.disconnect();
  }
}

/** The answer of the parsed path (the reference bytes and headers), checked to be a large page without errors. */
async function reference(first = FIRST): Promise<Sent> {
  const ref = await post(parsed, pageOf(first));
  expect(ref.status).toBe(200);
  expect(ref.bytes.includes('"errors"')).toBe(false);
  expect(JSON.parse(ref.bytes.toString()).data.improvementPlans.edges).toHaveLength(first);
  // Large enough that a copy of it stands far above what the rest of a request allocates.
  expect(ref.bytes.length).toBeGreaterThan(300_000);
  return ref;
}

const same = (a: Sent, b: Sent) => {
  expect(a.bytes.equals(b.bytes)).toBe(true);
  expect([a.status, a.type, a.length]).toEqual([b.status, b.type, b.length]);
};

it('a page kept by the response cache is sent from the kept bytes: under half a copy of it allocated per hit', async () => {
  const ref = await reference();
  same(await post(cached), ref); // the miss, stored
  same(await post(cached), ref); // a hit
  const N = 8;
  const answers: Sent[] = [];
  const allocated = await heapAllocated(async () => {
    for (let i = 0; i < N; i++) answers.push(await post(cached));
  });
  answers.forEach((a) => same(a, ref));
  // 0.33 of the page's size measured, what any request allocates; was 2.2: the kept bytes as a string, then the
  // spliced answer flattened for express's Buffer.
  expect(allocated / N).toBeLessThan(ref.bytes.length / 2);
});

it('an uncached page leaves as PostgreSQL wrote it: the rows and little more allocated per request', async () => {
  const ref = await reference();
  same(await post(uncached), ref);
  const N = 6;
  const answers: Sent[] = [];
  const allocated = await heapAllocated(async () => {
    for (let i = 0; i < N; i++) answers.push(await post(uncached));
  });
  answers.forEach((a) => same(a, ref));
  // 1.9 times the page's size measured (the rows as pg reads them, any request's own); was 3.7: also the edges joined,
  // the answer spliced and flattened.
  expect(allocated / N).toBeLessThan(ref.bytes.length * 2.5);
});

it('a miss that the cache keeps is sent from the bytes it keeps: the rows and little more allocated', async () => {
  // Each page size is another entry: every request below is a miss, then kept.
  const sizes = [FIRST - 1, FIRST - 2, FIRST - 3, FIRST - 4, FIRST - 5, FIRST - 6];
  const refs = new Map<number, Sent>();
  for (const n of sizes) refs.set(n, await reference(n));
  const answers: Sent[] = [];
  const allocated = await heapAllocated(async () => {
    for (const n of sizes) answers.push(await post(cached, pageOf(n)));
  });
  answers.forEach((a, i) => same(a, refs.get(sizes[i])!));
  const bytes = sizes.reduce((n, s) => n + refs.get(s)!.bytes.length, 0);
  // 2.0 times the pages' size measured; was 4.9: also the edges joined, the kept answer's text flattened, the sent
  // answer's text flattened.
  expect(allocated / bytes).toBeLessThan(3);
  // And the hits after them are served from those bytes.
  for (const n of sizes) same(await post(cached, pageOf(n)), refs.get(n)!);
});

it('over GET (where express computes the ETag and answers 304) the raw page is the same answer, ETag included', async () => {
  const url = (hub: TestHub) => `${hub.url}?query=${encodeURIComponent(PLANS_QUERY)}&variables=${encodeURIComponent(JSON.stringify({ period: '2026', first: 10 }))}`;
  const get = async (hub: TestHub) => {
    const res = await fetch(url(hub), { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    return { status: res.status, type: res.headers.get('content-type'), length: res.headers.get('content-length'), etag: res.headers.get('etag'), text: await res.text() };
  };
  const ref = await get(parsed);
  expect(ref.status).toBe(200);
  expect(ref.etag).toBeTruthy();
  for (const hub of [cached, cached, uncached]) expect(await get(hub)).toEqual(ref);
});
