import { createHash } from 'node:crypto';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import { callerOf } from '../context';
import type { Caller } from '../common/auth/caller';
import { DomainError, ErrorCode, notFound } from '../common/errors';
import { scopeOf } from '../common/scope';
import { unitOfWork, type Change, type UnitOfWork } from '../common/unit-of-work';
import { EventType } from '../events/catalogue';
import { SchoolSector, type PrivateSchoolRegime } from '../modules/schools/school.enums';
import { normalizeDeep } from '../common/input-guard';

/**
 * The common machinery of the inbound side: every source subprocess sends a batch of items; each item is validated
 * in JS once, resolved against the whole batch's schools in one query, then written set-based (one
 * `INSERT ... SELECT FROM jsonb_to_recordset ... ON CONFLICT DO UPDATE ... WHERE changed and not stale` per chunk),
 * all in one transaction with its audit rows and `input.received` events. Each item gets its own result.
 */

/** Source subprocess codes (subprocesos fuente) of the process map. */
export const SOURCES = ['D01.03', 'D01.04', 'D02.01', 'D02.02', 'C02.02', 'F01.03', 'D02.05'] as const;
export type SourceCode = (typeof SOURCES)[number];

export enum ItemStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(ItemStatus, {
  name: 'IngestionStatus',
  description: 'What happened to one item of an inbound batch.',
  valuesConfig: {
    CREATED: { description: 'New record stored (creado).' },
    UPDATED: { description: 'Existing record changed (actualizado).' },
    UNCHANGED: { description: 'Identical to what is stored: nothing written (sin cambios).' },
    REJECTED: { description: 'Refused (rechazado): see code, field and message; nothing of it was written.' },
  },
});

@ObjectType({ description: 'Result of one item of an inbound batch.' })
export class IngestionItemResult {
  @Field(() => Int, { description: 'Position of the item in `items` (0-based).' })
  index: number;

  @Field(() => String, { nullable: true, description: 'Natural key of the record (e.g. DANE:year:component), when it could be read.' })
  key: string | null;

  @Field(() => ItemStatus, { description: 'Created, updated, unchanged or rejected.' })
  status: ItemStatus;

  @Field(() => String, { nullable: true, description: 'Id of the stored record (created, updated or unchanged).' })
  id: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Error code of a rejected item: BAD_USER_INPUT, NOT_FOUND (unknown school or catalogue entry), STALE, CONFLICT (duplicate in the batch).',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Field at fault, as a path from the argument, e.g. input.items.3.score.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'Why the item was rejected.' })
  message: string | null;
}

@ObjectType({ description: 'Outcome of an inbound batch (lote) from a source subprocess.' })
export class IngestionResult {
  @Field({ description: 'Source subprocess code, e.g. D01.03.' })
  source: string;

  @Field({ description: 'Secretariat (Secretaría de Educación) the batch was loaded into.' })
  secretariatCode: string;

  @Field(() => Int, { description: 'Items received.' })
  received: number;

  @Field(() => Int, { description: 'Items stored as new records.' })
  created: number;

  @Field(() => Int, { description: 'Items that changed a stored record.' })
  updated: number;

  @Field(() => Int, { description: 'Items identical to the stored record.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused.' })
  rejected: number;

  @Field(() => [IngestionItemResult], { description: 'One result per item, in the order sent.' })
  items: IngestionItemResult[];
}

/** A refused item: code, field path and reason. */
export interface Rejection {
  rejected: true;
  code: ErrorCode;
  field: string;
  message: string;
}
export const reject = (field: string, message: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT): Rejection => ({
  rejected: true,
  code,
  field,
  message,
});
export const isRejection = (x: unknown): x is Rejection => !!x && (x as Rejection).rejected === true;

/** An item turned into a row of its table (snake_case columns) plus whatever its children need. */
export interface Prepared<C = unknown> {
  /** Natural key values, joined with `|`, as the key columns read back from the database. */
  key: string;
  externalId: string;
  /** DANE code of the school concerned, null for secretariat-level records (PAM). */
  school: string | null;
  sourceTimestamp: Date;
  /** Column values of the record (without provenance). */
  row: Record<string, unknown>;
  /** Child rows, part of the content hash. */
  children?: C;
}

export interface SchoolInfo {
  daneCode: string;
  secretariatCode: string;
  sector: SchoolSector;
  regime: PrivateSchoolRegime | null;
}

export interface BatchEnv {
  ctx: Context;
  caller: Caller;
  secretariat: string;
  schools: Map<string, SchoolInfo>;
  receivedAt: Date;
  client: string;
}

/** Written (created or updated) records, handed to the source for child rows and side effects. */
export interface Written<C> {
  id: string;
  created: boolean;
  prepared: Prepared<C>;
}

export interface SourceSpec<Item, C = unknown, Env = unknown> {
  source: SourceCode;
  /** Entity name for audit and events. */
  entity: string;
  /** Mutation name, for the audit trail. */
  operation: string;
  table: string;
  /** Conflict target: the natural key columns (a unique index must exist on them). */
  keyColumns: string[];
  /** Every non-provenance column written, with its SQL type (as in the migration). */
  columns: Record<string, string>;
  /** DANE code the item names, so the batch resolves all its schools in one query. */
  schoolOf?(item: Item): string | null | undefined;
  /** Loads what validation needs for the whole batch (e.g. the catalogue), once. */
  loadEnv?(env: BatchEnv, items: Item[]): Promise<Env>;
  /** Validates one item; `path` is e.g. `input.items.3`. */
  prepare(item: Item, path: string, env: BatchEnv, extra: Env): Prepared<C> | Rejection;
  /** Replaces the child rows of the written records (set-based). */
  writeChildren?(tx: EntityManager, env: BatchEnv, written: Written<C>[]): Promise<void>;
  /** Further effects in the same transaction (e.g. the school registry's regime). */
  afterWrite?(uow: UnitOfWork, env: BatchEnv, written: Written<C>[]): Promise<void>;
  /** Audit/event entity id for a group without a school (PAM): e.g. the period. */
  groupIdOf?(p: Prepared<C>): string;
  /**
   * A known external id arriving with another natural key (sources whose key is not the external id):
   * `MOVE` — the record moves to the new key (same id, `input.key_changed` event and audit);
   * `CONFLICT` — the item is refused, naming both keys. See docs/inbound.md#key-changes.
   */
  keyChange?: KeyChangePolicy;
}

export type KeyChangePolicy = 'MOVE' | 'CONFLICT';

export interface BatchInput<Item> {
  secretariat?: string | null;
  items: Item[];
}

/** Base item fields every source shares. */
export interface ItemProvenance {
  externalId?: string | null;
  sourceTimestamp: Date | string;
}

const PROVENANCE_COLUMNS: Record<string, string> = {
  secretariat_code: 'varchar',
  source: 'varchar',
  external_id: 'varchar',
  client: 'varchar',
  received_at: 'timestamptz',
  source_timestamp: 'timestamptz',
  content_hash: 'char(32)',
};

const CHUNK = 1000;

// ---------- small validation helpers shared by the sources ----------

export const DANE = /^\d{12}$/;
export const YEAR = /^(19|20)\d{2}$/;
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE.test(s) || s.startsWith('0000')) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function text(value: unknown, field: string, max: number, required = true): string | null | Rejection {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return required ? reject(field, 'is required') : null;
  }
  if (typeof value !== 'string') return reject(field, 'must be text');
  const t = value.trim();
  if (t.length > max) return reject(field, `must be at most ${max} characters`);
  return t;
}

/** A school of the batch's secretariat; one of another secretariat reads as unknown (NOT_FOUND), never revealed. */
export function schoolFor(env: BatchEnv, dane: unknown, field: string): SchoolInfo | Rejection {
  if (typeof dane !== 'string' || !DANE.test(dane)) return reject(field, 'daneCode must be exactly 12 digits (código DANE)');
  const s = env.schools.get(dane);
  if (!s || s.secretariatCode !== env.secretariat) {
    return reject(field, `School ${dane} not found in secretariat ${env.secretariat}`, ErrorCode.NOT_FOUND);
  }
  return s;
}

export function timestampOf(item: ItemProvenance, path: string): Date | Rejection {
  const d = item.sourceTimestamp instanceof Date ? item.sourceTimestamp : new Date(String(item.sourceTimestamp ?? ''));
  if (Number.isNaN(d.getTime())) return reject(`${path}.sourceTimestamp`, 'sourceTimestamp must be an ISO date-time');
  return d;
}

export function externalIdOf(item: ItemProvenance, path: string, fallback: string | null): string | Rejection {
  const id = text(item.externalId, `${path}.externalId`, 200, fallback === null);
  if (isRejection(id)) return id;
  return id ?? (fallback as string);
}

// ---------- the batch ----------

function hashOf(p: Prepared<unknown>): string {
  return createHash('md5')
    .update(JSON.stringify(p.children === undefined ? p.row : [p.row, p.children]))
    .digest('hex');
}

const keyFromRow = (row: Record<string, unknown>, cols: string[]) =>
  cols.map((c) => (row[c] instanceof Date ? (row[c] as Date).toISOString() : String(row[c]))).join('|');

const recordset = (cols: Record<string, string>) =>
  Object.entries(cols)
    .map(([c, t]) => `"${c}" ${t}`)
    .join(', ');

/** Secretariat the batch writes to: staff and sibling systems their own, ADMIN the one it names (which must exist). */
export async function targetSecretariat(ctx: Context, requested: string | null | undefined): Promise<string> {
  const secretariat = scopeOf(ctx).writeTo(requested);
  const rows = await ctx.runtime.db.query('SELECT 1 FROM secretariat WHERE code = $1', [secretariat]);
  if (rows.length === 0) throw notFound('Secretariat', secretariat);
  return secretariat;
}

export function assertBatchSize(ctx: Context, n: number, field = 'input.items') {
  const max = ctx.runtime.config.MAX_BATCH_SIZE;
  if (n > max) {
    throw new DomainError(ErrorCode.LIMIT_EXCEEDED, `A batch may hold at most ${max} items; this one has ${n}. Split it.`, {
      field,
      limit: 'batchSize',
      max,
      actual: n,
    });
  }
}

export async function ingestBatch<Item extends ItemProvenance, C, Env>(
  ctx: Context,
  spec: SourceSpec<Item, C, Env>,
  input: BatchInput<Item>,
): Promise<IngestionResult> {
  const caller = callerOf(ctx);
  const items = input.items ?? [];
  assertBatchSize(ctx, items.length);
  const secretariat = await targetSecretariat(ctx, input.secretariat);

  const danes = new Set<string>();
  if (spec.schoolOf) {
    for (const it of items) {
      const d = spec.schoolOf(it);
      if (typeof d === 'string' && DANE.test(d)) danes.add(d);
    }
  }
  const schools = new Map<string, SchoolInfo>();
  if (danes.size > 0) {
    const rows: { dane_code: string; secretariat_code: string; sector: SchoolSector; regime: PrivateSchoolRegime | null }[] =
      await ctx.runtime.db.query(
        'SELECT dane_code, secretariat_code, sector, regime FROM school WHERE dane_code = ANY($1::text[]) AND active',
        [[...danes]],
      );
    for (const r of rows) {
      schools.set(r.dane_code, { daneCode: r.dane_code, secretariatCode: r.secretariat_code, sector: r.sector, regime: r.regime });
    }
  }
  const env: BatchEnv = {
    ctx,
    caller,
    secretariat,
    schools,
    receivedAt: new Date(),
    client: caller.client ?? caller.subject,
  };
  const extra = (spec.loadEnv ? await spec.loadEnv(env, items) : undefined) as Env;

  const results: IngestionItemResult[] = new Array(items.length);
  const prepared: { index: number; p: Prepared<C>; hash: string }[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const path = `input.items.${index}`;
    let out: Prepared<C> | Rejection;
    // Keys and content hashes are of NFC text (the GraphQL boundary normalises too; the CLI import comes here directly).
    const bad: { field: string; message: string }[] = [];
    normalizeDeep(item, path, bad);
    try {
      out = bad.length > 0 ? reject(bad[0].field, bad[0].message) : spec.prepare(item, path, env, extra);
    } catch (err) {
      out = reject(path, `Invalid item: ${(err as Error).message}`);
    }
    if (isRejection(out)) {
      results[index] = { index, key: null, status: ItemStatus.REJECTED, id: null, code: out.code, field: out.field, message: out.message };
      return;
    }
    const first = seen.get(out.key);
    if (first !== undefined) {
      results[index] = {
        index,
        key: out.key,
        status: ItemStatus.REJECTED,
        id: null,
        code: ErrorCode.CONFLICT,
        field: path,
        message: `Same record (${out.key}) as input.items.${first} in this batch`,
      };
      return;
    }
    seen.set(out.key, index);
    prepared.push({ index, p: out, hash: hashOf(out) });
  });

  const allColumns = { ...PROVENANCE_COLUMNS, ...spec.columns };
  const keyCols = spec.keyColumns;
  const keyTypes = Object.fromEntries(keyCols.map((c) => [c, allColumns[c]]));
  const colNames = Object.keys(allColumns);
  const updatable = colNames.filter((c) => !keyCols.includes(c) && c !== 'secretariat_code' && c !== 'source');
  const quoted = (cs: string[]) => cs.map((c) => `"${c}"`).join(', ');
  const stored = `t.id, t.content_hash, t.source_timestamp, t.retracted_at, t.retraction_source_timestamp, t.external_id, ${keyCols.map((c) => `t."${c}"`).join(', ')}`;
  const selectExisting = `SELECT ${stored}
    FROM "${spec.table}" t JOIN jsonb_to_recordset($1::jsonb) AS k(${recordset(keyTypes)}) USING (${quoted(keyCols)})`;
  // Sources keyed by a natural key: the same external id under another key is a key change (spec.keyChange).
  const detectsKeyChange = !!spec.keyChange && !keyCols.includes('external_id');
  const selectByExternalId = `SELECT ${stored} FROM "${spec.table}" t WHERE t.secretariat_code = $1 AND t.external_id = ANY($2::text[])`;
  // A tombstone (retracted record) comes back only with a version newer than its retraction; see docs/inbound.md.
  const clearTombstone = `retracted_at = NULL, retracted_by = NULL, retraction_reason = NULL, retraction_source_timestamp = NULL`;
  const newerThanStored = (x: string) => `t.source_timestamp <= ${x}.source_timestamp AND CASE WHEN t.retracted_at IS NULL
      THEN t.content_hash <> ${x}.content_hash ELSE t.retraction_source_timestamp < ${x}.source_timestamp END`;
  const upsert = `INSERT INTO "${spec.table}" AS t (${quoted(colNames)})
    SELECT ${quoted(colNames)} FROM jsonb_to_recordset($1::jsonb) AS r(${recordset(allColumns)})
    ON CONFLICT (${quoted(keyCols)}) DO UPDATE SET ${updatable.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ')}, ${clearTombstone}
    WHERE ${newerThanStored('EXCLUDED')}
    RETURNING t.id, (t.xmax = 0) AS inserted, ${keyCols.map((c) => `t."${c}"`).join(', ')}`;
  // A SELECT over the UPDATE so that the driver answers with the rows (an UPDATE alone answers [rows, count]).
  const move = `WITH moved AS (UPDATE "${spec.table}" AS t SET ${[...updatable, ...keyCols.filter((c) => c !== 'secretariat_code')]
    .map((c) => `"${c}" = r."${c}"`)
    .join(', ')}, ${clearTombstone}
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, ${recordset(allColumns)})
    WHERE t.id = r.id AND ${newerThanStored('r')}
    RETURNING t.id) SELECT id FROM moved`;

  type Stored = { id: string; hash: string; ts: Date; retractedAt: Date | null; retractionTs: Date | null; key: string; externalId: string };
  const storedOf = (r: Record<string, unknown>): Stored => ({
    id: r.id as string,
    hash: (r.content_hash as string).trim(),
    ts: r.source_timestamp as Date,
    retractedAt: (r.retracted_at as Date | null) ?? null,
    retractionTs: (r.retraction_source_timestamp as Date | null) ?? null,
    key: keyFromRow(r, keyCols),
    externalId: r.external_id as string,
  });
  const staleResult = (index: number, key: string, old: Stored, ts: Date): IngestionItemResult => ({
    index,
    key,
    status: ItemStatus.REJECTED,
    id: old.id,
    code: ErrorCode.STALE,
    field: `input.items.${index}.sourceTimestamp`,
    message: old.retractedAt
      ? `Stale: the record was retracted at source version ${old.retractionTs?.toISOString()}; only a newer version (not ${ts.toISOString()}) brings it back`
      : `Stale: the stored record is from ${old.ts.toISOString()}, newer than ${ts.toISOString()}`,
  });
  /** STALE, UNCHANGED or null (to be written) for an item against its stored record. */
  const judge = (c: { index: number; p: Prepared<C>; hash: string }, old: Stored): IngestionItemResult | null => {
    const ts = c.p.sourceTimestamp.getTime();
    if (ts < old.ts.getTime()) return staleResult(c.index, c.p.key, old, c.p.sourceTimestamp);
    if (old.retractedAt) return ts > (old.retractionTs as Date).getTime() ? null : staleResult(c.index, c.p.key, old, c.p.sourceTimestamp);
    if (old.hash === c.hash) return { index: c.index, key: c.p.key, status: ItemStatus.UNCHANGED, id: old.id, code: null, field: null, message: null };
    return null;
  };
  const rowOf = (p: Prepared<C>, hash: string) => ({
    secretariat_code: secretariat,
    source: spec.source,
    external_id: p.externalId,
    client: env.client,
    received_at: env.receivedAt,
    source_timestamp: p.sourceTimestamp,
    content_hash: hash,
    ...p.row,
  });
  const concurrentStale = (c: { index: number; p: Prepared<C> }): IngestionItemResult => ({
    // Another transaction stored a newer or identical version between our read and our write.
    index: c.index,
    key: c.p.key,
    status: ItemStatus.REJECTED,
    id: null,
    code: ErrorCode.STALE,
    field: `input.items.${c.index}.sourceTimestamp`,
    message: 'Stale: a newer version was stored concurrently',
  });

  await unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const written: Written<C>[] = [];
    const revived = new Set<string>();
    const moves: { id: string; externalId: string; from: string; to: string; school: string | null; groupId: string }[] = [];
    for (let start = 0; start < prepared.length; start += CHUNK) {
      const chunk = prepared.slice(start, start + CHUNK);
      const existing = new Map<string, Stored>();
      const keysJson = JSON.stringify(chunk.map(({ p }) => Object.fromEntries(keyCols.map((c) => [c, keyValue(p, c, secretariat)]))));
      const found: Record<string, unknown>[] = await tx.query(selectExisting, [keysJson]);
      for (const r of found) existing.set(keyFromRow(r, keyCols), storedOf(r));
      const byExternalId = new Map<string, Stored>();
      if (detectsKeyChange) {
        const missing = chunk.filter((c) => !existing.has(c.p.key)).map((c) => c.p.externalId);
        if (missing.length > 0) {
          const rows: Record<string, unknown>[] = await tx.query(selectByExternalId, [secretariat, missing]);
          for (const r of rows) byExternalId.set(r.external_id as string, storedOf(r));
        }
      }
      const toWrite: typeof chunk = [];
      const toMove: { c: (typeof chunk)[number]; old: Stored }[] = [];
      for (const c of chunk) {
        const old = existing.get(c.p.key);
        if (old) {
          const verdict = judge(c, old);
          if (verdict) results[c.index] = verdict;
          else {
            if (old.retractedAt) revived.add(old.id);
            toWrite.push(c);
          }
          continue;
        }
        const moved = byExternalId.get(c.p.externalId);
        if (!moved || moved.key === c.p.key) {
          toWrite.push(c);
          continue;
        }
        if (spec.keyChange === 'CONFLICT') {
          results[c.index] = {
            index: c.index,
            key: c.p.key,
            status: ItemStatus.REJECTED,
            id: moved.id,
            code: ErrorCode.CONFLICT,
            field: `input.items.${c.index}.externalId`,
            message: `External id ${c.p.externalId} already identifies the record with key ${moved.key}; this item has key ${c.p.key}. ${spec.source} does not move records between keys: retract ${c.p.externalId} first, or send the item under its own external id`,
          };
          continue;
        }
        const stale = c.p.sourceTimestamp.getTime() < moved.ts.getTime() || (moved.retractedAt && c.p.sourceTimestamp.getTime() <= (moved.retractionTs as Date).getTime());
        if (stale) {
          results[c.index] = staleResult(c.index, c.p.key, moved, c.p.sourceTimestamp);
          continue;
        }
        if (moved.retractedAt) revived.add(moved.id);
        toMove.push({ c, old: moved });
      }
      if (toMove.length > 0) {
        const returned: { id: string }[] = await tx.query(move, [JSON.stringify(toMove.map(({ c, old }) => ({ id: old.id, ...rowOf(c.p, c.hash) })))]);
        const ok = new Set(returned.map((r) => r.id));
        for (const { c, old } of toMove) {
          if (!ok.has(old.id)) {
            results[c.index] = concurrentStale(c);
            continue;
          }
          results[c.index] = { index: c.index, key: c.p.key, status: ItemStatus.UPDATED, id: old.id, code: null, field: null, message: null };
          written.push({ id: old.id, created: false, prepared: c.p });
          const groupId = c.p.school ?? spec.groupIdOf?.(c.p) ?? secretariat;
          moves.push({ id: old.id, externalId: c.p.externalId, from: old.key, to: c.p.key, school: c.p.school, groupId });
        }
      }
      if (toWrite.length === 0) continue;
      const rowsJson = JSON.stringify(toWrite.map(({ p, hash }) => rowOf(p, hash)));
      const returned: Record<string, unknown>[] = await tx.query(upsert, [rowsJson]);
      const byKey = new Map(returned.map((r) => [keyFromRow(r, keyCols), r]));
      for (const c of toWrite) {
        const r = byKey.get(c.p.key);
        if (!r) {
          results[c.index] = concurrentStale(c);
          continue;
        }
        const created = r.inserted === true;
        results[c.index] = {
          index: c.index,
          key: c.p.key,
          status: created ? ItemStatus.CREATED : ItemStatus.UPDATED,
          id: r.id as string,
          code: null,
          field: null,
          message: null,
        };
        written.push({ id: r.id as string, created, prepared: c.p });
      }
    }
    if (written.length === 0) return;
    if (spec.writeChildren) await spec.writeChildren(tx, env, written);
    if (spec.afterWrite) await spec.afterWrite(uow, env, written);

    // One audit row and one input.received event per (source, school) of the batch.
    const groups = new Map<string, { school: string | null; created: string[]; updated: string[]; revived: string[] }>();
    for (const w of written) {
      const gid = w.prepared.school ?? spec.groupIdOf?.(w.prepared) ?? secretariat;
      let g = groups.get(gid);
      if (!g) groups.set(gid, (g = { school: w.prepared.school, created: [], updated: [], revived: [] }));
      (w.created ? g.created : g.updated).push(w.prepared.externalId);
      if (revived.has(w.id)) g.revived.push(w.prepared.externalId);
    }
    const changes: Change[] = [...groups].map(([gid, g]) => ({
      operation: spec.operation,
      entity: spec.entity,
      entityId: gid,
      secretariat,
      school: g.school,
      change: { source: spec.source, created: g.created, updated: g.updated, ...(g.revived.length ? { revived: g.revived } : {}) },
      event: {
        type: EventType.INPUT_RECEIVED,
        payload: { source: spec.source, daneCode: g.school, created: g.created.length, updated: g.updated.length, revived: g.revived.length },
      },
    }));
    // A key change is its own audit row and event: consumers keyed by the natural key must move the record too.
    for (const m of moves) {
      changes.push({
        operation: spec.operation,
        entity: spec.entity,
        entityId: m.id,
        secretariat,
        school: m.school,
        change: { source: spec.source, externalId: m.externalId, keyChanged: { from: m.from, to: m.to } },
        event: {
          type: EventType.INPUT_KEY_CHANGED,
          payload: { source: spec.source, daneCode: m.school, group: m.groupId, id: m.id, externalId: m.externalId, from: m.from, to: m.to },
        },
      });
    }
    await uow.recordMany(changes);
  });

  const count = (s: ItemStatus) => results.reduce((n, r) => n + (r.status === s ? 1 : 0), 0);
  return {
    source: spec.source,
    secretariatCode: secretariat,
    received: items.length,
    created: count(ItemStatus.CREATED),
    updated: count(ItemStatus.UPDATED),
    unchanged: count(ItemStatus.UNCHANGED),
    rejected: count(ItemStatus.REJECTED),
    items: results,
  };
}

function keyValue(p: Prepared<unknown>, column: string, secretariat: string): unknown {
  if (column === 'secretariat_code') return secretariat;
  if (column === 'external_id') return p.externalId;
  return p.row[column];
}

/** Key string of a prepared record, in the same form the database returns (see keyFromRow). */
export const joinKey = (...parts: unknown[]) => parts.map(String).join('|');

export const isOfficial = (s: SchoolInfo) => s.sector === SchoolSector.OFFICIAL;
