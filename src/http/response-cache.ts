import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { Context, Runtime } from '../context';
import type { Caller } from '../common/auth/caller';
import { isNational } from '../common/auth/caller';
import { metricsOf } from '../observability/metrics';
import { fromRootTexts, hasSplices, placeSplices, rootTexts } from '../common/raw-splice';

/**
 * Root fields whose answers the response cache may keep (docs/performance.md, "Response cache"). Each one, and every
 * field reachable from it, reads only tables that change through the unit of work (so every change leaves an audit
 * row in its own transaction), is authorized only by the caller's role, secretariat, school and scopes, and depends
 * on no clock. test/scale/response-cache.test.ts pins the fields reachable from these roots: a new field under them
 * fails that test until someone has checked it the same way.
 */
export const CACHED_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'improvementPlans',
  'improvementPlan',
  'improvementPlanOf',
  'schools',
  'school',
  'secretariats',
  'secretariat',
  'jurisdictionAnalysis',
  'schoolProfile',
  'pmiResults',
  'pmiResultsNational',
]);

/**
 * Did any change commit, since snapshot $1, that a caller of secretariat $2 could read? Every committed change has
 * its audit row with its transaction id (tx_id, migration AuditTransaction). A transaction older than the snapshot's
 * xmin was already visible to it; any other one not visible in it committed after it (or was running then). National
 * rows (secretariat_code NULL: the catalogue) concern every caller. The same statement returns its own snapshot: when
 * nothing changed, the entry holds for it too, so the next check scans from there.
 */
const CHECK_TENANT = `SELECT pg_current_snapshot()::text AS snapshot, EXISTS (
  SELECT 1 FROM audit_entry
   WHERE (secretariat_code = $2 OR secretariat_code IS NULL)
     AND tx_id >= pg_snapshot_xmin($1::pg_snapshot)::text::bigint
     AND NOT pg_visible_in_snapshot(tx_id::text::xid8, $1::pg_snapshot)) AS changed`;
/** The same for national callers (MINISTRY, ADMIN) and any caller without a secretariat: a change anywhere. */
const CHECK_ALL = `SELECT pg_current_snapshot()::text AS snapshot, EXISTS (
  SELECT 1 FROM audit_entry
   WHERE tx_id >= pg_snapshot_xmin($1::pg_snapshot)::text::bigint
     AND NOT pg_visible_in_snapshot(tx_id::text::xid8, $1::pg_snapshot)) AS changed`;
const SNAPSHOT = `SELECT pg_current_snapshot()::text AS snapshot`;
/** Longest wait for an identical request already executing; after it, the request executes itself. */
const COALESCE_WAIT_MS = 10_000;

interface Entry {
  /** The answer's `data`, as the UTF-8 JSON of each root field (`rootTexts`); over HTTP a hit is written from these bytes. */
  parts: Array<[string, Buffer]>;
  /** A snapshot at which the answer held: taken before the operation ran, or by the last check that found no change. */
  snapshot: string;
  /** Whose changes invalidate it: the caller's secretariat, or null for a change anywhere. */
  tenant: string | null;
}

/** The caller as authorization sees it: role, tenant, school, scopes and client; not the token's times or id. */
export function callerKey(c: Caller): string {
  return JSON.stringify([c.role, c.secretariat ?? null, c.school ?? null, [...c.scopes].sort(), c.client ?? null]);
}

/**
 * Nesting beyond which variables are not keyed (the request is answered without the cache): no input type of the
 * schema nests a tenth as deep, and a client's 3,000 nested brackets would overflow the stack (a 500 before).
 */
export const CANONICAL_MAX_DEPTH = 64;

/**
 * JSON with object keys sorted at every level: the same variables give the same text whatever their order; null when
 * the value nests deeper than CANONICAL_MAX_DEPTH.
 */
export function canonicalJson(v: unknown, depth = 0): string | null {
  if (v === undefined) return 'null';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (depth >= CANONICAL_MAX_DEPTH) return null;
  const parts: string[] = [];
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = canonicalJson(x, depth + 1);
      if (t === null) return null;
      parts.push(t);
    }
    return `[${parts.join(',')}]`;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o).sort()) {
    if (o[k] === undefined) continue;
    const t = canonicalJson(o[k], depth + 1);
    if (t === null) return null;
    parts.push(`${JSON.stringify(k)}:${t}`);
  }
  return `{${parts.join(',')}}`;
}

/** Root fields of an operation, through fragment spreads and inline fragments (`__typename` included). */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return out;
}

/** A query of allow-listed root fields only (and at least one of them). */
export function isCacheable(operation: OperationDefinitionNode | undefined, document: DocumentNode | undefined): boolean {
  if (!operation || !document || operation.operation !== 'query') return false;
  const fields = rootFields(operation, document).filter((f) => f !== '__typename');
  return fields.length > 0 && fields.every((f) => CACHED_ROOT_FIELDS.has(f));
}

/**
 * Answers of read queries kept in memory per hub instance, keyed by the caller and the request, and checked against
 * the audit trail on every hit so that no answer outlives a committed change, made on this instance or any other.
 * Sized by the bytes of the answers' JSON (RESPONSE_CACHE_MAX_BYTES; 0 turns it off); RESPONSE_CACHE_TTL_MS bounds the
 * life of an answer whatever the audit trail says, for changes made outside the hub (an operator's SQL). Identical
 * requests arriving while one of them executes wait for its answer instead of executing too.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, Entry> | null;
  /** Requests executing now, by key: identical ones arriving meanwhile wait for their answer (see `answer`). */
  private readonly inflight = new Map<string, Promise<void>>();
  /** Printed documents: Apollo hands back the same parsed document for the same query text. */
  private readonly printed = new WeakMap<DocumentNode, string>();
  private readonly metrics;

  constructor(private readonly runtime: Runtime) {
    const { RESPONSE_CACHE_MAX_BYTES: maxSize, RESPONSE_CACHE_TTL_MS: ttl } = runtime.config;
    this.metrics = metricsOf(runtime);
    this.lru =
      maxSize > 0
        ? new LRUCache<string, Entry>({ maxSize, ttl, updateAgeOnGet: false, allowStale: false, ttlAutopurge: false })
        : null;
    if (this.lru) this.metrics.responseCacheSize = () => ({ bytes: this.lru!.calculatedSize ?? 0, entries: this.lru!.size });
  }

  get enabled(): boolean {
    return this.lru !== null;
  }

  /** The answer's key, or null when the variables cannot be keyed (nested beyond CANONICAL_MAX_DEPTH): not cached. */
  key(caller: Caller, document: DocumentNode, operationName: string | null | undefined, variables: unknown): string | null {
    const vars = canonicalJson(variables ?? {});
    if (vars === null) return null;
    let text = this.printed.get(document);
    if (text === undefined) this.printed.set(document, (text = print(document)));
    return createHash('sha256')
      .update(JSON.stringify([callerKey(caller), text, operationName ?? null, vars]))
      .digest('base64url');
  }

  /** The kept answer, if nothing it depends on changed since; otherwise the snapshot to store the answer with. */
  async lookup(key: string): Promise<{ result: 'hit'; data: Record<string, unknown> } | { result: 'miss' | 'stale'; snapshot: string }> {
    const entry = this.lru!.get(key);
    if (!entry) {
      const [{ snapshot }] = await this.runtime.db.query(SNAPSHOT);
      return { result: 'miss', snapshot };
    }
    const [{ snapshot, changed }] = await this.runtime.db.query(
      entry.tenant === null ? CHECK_ALL : CHECK_TENANT,
      entry.tenant === null ? [entry.snapshot] : [entry.snapshot, entry.tenant],
    );
    if (changed) {
      if (this.lru!.get(key) === entry) this.lru!.delete(key);
      return { result: 'stale', snapshot };
    }
    entry.snapshot = snapshot;
    return { result: 'hit', data: fromRootTexts(entry.parts) };
  }

  /**
   * Lookup, coalescing identical misses: when the same request is already executing, wait for it (at most
   * COALESCE_WAIT_MS) and look again: its answer, once stored, is checked like any cached one, so the waiting request
   * still sees every change committed before it arrived. Otherwise this request executes: with the snapshot to store
   * its answer with, and `done` to call once it is answered (stored or not).
   */
  private async answer(key: string): Promise<{ data: Record<string, unknown> } | { snapshot: string; done: () => void }> {
    let found = await this.lookup(key);
    if (found.result !== 'hit') {
      const running = this.inflight.get(key);
      if (running) await Promise.race([running, new Promise((r) => setTimeout(r, COALESCE_WAIT_MS).unref())]);
      // An identical request executing now, or one that stored its answer while this lookup was under way.
      if (running || this.lru!.peek(key)) {
        found = await this.lookup(key);
        if (found.result === 'hit') {
          this.metrics.responseCache.inc({ result: 'shared' });
          return { data: found.data };
        }
      }
    }
    this.metrics.responseCache.inc({ result: found.result });
    if (found.result === 'hit') return { data: found.data };
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.inflight.set(key, done);
    const timer = setTimeout(() => finish(), COALESCE_WAIT_MS).unref();
    const finish = () => {
      clearTimeout(timer);
      if (this.inflight.get(key) === done) this.inflight.delete(key);
      release();
    };
    return { snapshot: found.snapshot, done: finish };
  }

  /** Keeps the answer; returns the parts kept (null when it is larger than the whole cache). */
  store(key: string, caller: Caller, snapshot: string, data: Record<string, unknown>): Array<[string, Buffer]> | null {
    // Kept as JSON text, not as objects: graphql-js builds each result object with Object.create(null) field by field
    // (V8 dictionary-mode objects, ≈3.8 bytes of heap per byte of JSON; a full cache of 64 MB took 326 MB of heap),
    // JSON.parse's compact objects still take ≈1.5; the text takes one byte per byte, outside the V8 heap, and a hit
    // is written to the socket from those bytes, without JSON.stringify nor any copy in the heap
    // (test/scale/response-cache-memory.test.ts, test/scale/answers-in-flight.test.ts; issue 14).
    const parts = rootTexts(data);
    const size = parts.reduce((n, [key, bytes]) => n + key.length + bytes.length, 0);
    // lru-cache refuses (and drops) an entry larger than the whole cache.
    if (size > this.lru!.maxSize) return null;
    const tenant = isNational(caller) || !caller.secretariat ? null : caller.secretariat;
    this.lru!.set(key, { parts, snapshot, tenant }, { size });
    return parts;
  }

  /**
   * The Apollo plugin: after parsing, validation, the limits (didResolveOperation) and authentication (the context),
   * right before execution, a cached answer replaces execution; an executed answer without errors is kept.
   */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ contextValue }): Promise<GraphQLRequestListener<Context> | void> => {
        const caller = contextValue.caller;
        if (!this.enabled || !caller || contextValue.connection) return;
        let pending: { key: string; snapshot: string; done: () => void } | null = null;
        return {
          responseForOperation: async ({ operation, document, request, contextValue }) => {
            if (!isCacheable(operation, document)) return null;
            const key = this.key(caller, document, request.operationName, request.variables);
            if (key === null) return null;
            let found: Awaited<ReturnType<ResponseCache['answer']>>;
            try {
              found = await this.answer(key);
            } catch {
              // The cache's statement failed (e.g. the database is down): execute without it, so the request gets
              // exactly the answer (or the UNAVAILABLE error) it would get with the cache off.
              return null;
            }
            // An answer with raw JSON parts is only served where the serializer puts them in place (HTTP).
            if ('data' in found && hasSplices(found.data) && !contextValue.splices) return null;
            if ('data' in found) return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: found.data } } };
            pending = { key, ...found };
            return null;
          },
          willSendResponse: async ({ response, contextValue }) => {
            if (!pending) return;
            try {
              if (response.body.kind !== 'single') return;
              placeSplices(contextValue.splices, response.body.singleResult.data);
              const { data, errors } = response.body.singleResult;
              if (errors?.length || !data || (response.http.status !== undefined && response.http.status !== 200)) return;
              const parts = this.store(pending.key, caller, pending.snapshot, data);
              // The answer is then sent from the kept bytes, as a hit is: the same JSON, and over HTTP no copy of it
              // in the V8 heap (src/http/graphql-handler.ts; issue 14, memory).
              if (parts && contextValue.splices) response.body.singleResult.data = fromRootTexts(parts);
            } finally {
              pending.done(); // stored or not: the requests waiting for this one look again
            }
          },
        };
      },
    };
  }
}
