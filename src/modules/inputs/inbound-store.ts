import { hash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { ErrorCode } from '../../common/errors';
import { unitOfWork, type Change, type UnitOfWork } from '../../common/unit-of-work';
import { EventType } from '../../events/catalogue';
import { ItemStatus, type IngestionItemResult } from './ingestion-result';

/**
 * The writes of the inbound records, owned by the inputs module: the records a source adapter (src/inbound/) has
 * mapped and validated are written set-based — per chunk, one read of the stored versions by natural key (and by
 * external id, for key changes), one `INSERT ... SELECT FROM jsonb_to_recordset ... ON CONFLICT DO UPDATE ... WHERE
 * changed and not stale` — in one transaction with the child rows, the audit rows and the `input.received` /
 * `input.key_changed` events. Each item gets its own result. Tombstones (retracted records) come back only with a
 * version newer than their retraction (docs/inbound.md#tombstones-reads-and-revival).
 */

/** An item turned into a row of its table (snake_case columns) plus whatever its children need. */
export interface PreparedRecord<C = unknown> {
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

/** Written (created or updated) records, handed to the source's child rows and side effects. */
export interface Written<C> {
  id: string;
  created: boolean;
  prepared: PreparedRecord<C>;
}

/** What the writes of a batch know of it. */
export interface StoreEnv {
  secretariat: string;
  receivedAt: Date;
  client: string;
}

/**
 * A known external id arriving with another natural key (sources whose key is not the external id):
 * `MOVE` — the record moves to the new key (same id, `input.key_changed` event and audit);
 * `CONFLICT` — the item is refused, naming both keys. See docs/inbound.md#key-changes.
 */
export type KeyChangePolicy = 'MOVE' | 'CONFLICT';

/** Where and how one kind of inbound record is stored. */
export interface StoreSpec<C = unknown> {
  source: string;
  /** Entity name for audit and events. */
  entity: string;
  /** Mutation name, for the audit trail. */
  operation: string;
  /** The stored rows, tombstones included (`<table>_all`). */
  table: string;
  /** Conflict target: the natural key columns (a unique index must exist on them). */
  keyColumns: string[];
  /** Every non-provenance column written, with its SQL type (as in the migration). */
  columns: Record<string, string>;
  /** Replaces the child rows of the written records (set-based). */
  writeChildren?(tx: EntityManager, env: StoreEnv, written: Written<C>[]): Promise<void>;
  /** Further effects in the same transaction (e.g. the school registry's regime). */
  afterWrite?(uow: UnitOfWork, env: StoreEnv, written: Written<C>[]): Promise<void>;
  /** Audit/event entity id for a group without a school (PAM): e.g. the period. */
  groupIdOf?(p: PreparedRecord<C>): string;
  keyChange?: KeyChangePolicy;
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

// crypto.hash: the one-shot form of createHash().update().digest(), the same digest without a Hash object per record.
function hashOf(p: PreparedRecord<unknown>): string {
  return hash('md5', JSON.stringify(p.children === undefined ? p.row : [p.row, p.children]), 'hex');
}

const keyFromRow = (row: Record<string, unknown>, cols: string[]) =>
  cols.map((c) => (row[c] instanceof Date ? (row[c] as Date).toISOString() : String(row[c]))).join('|');

const recordset = (cols: Record<string, string>) =>
  Object.entries(cols)
    .map(([c, t]) => `"${c}" ${t}`)
    .join(', ');

function keyValue(p: PreparedRecord<unknown>, column: string, secretariat: string): unknown {
  if (column === 'secretariat_code') return secretariat;
  if (column === 'external_id') return p.externalId;
  return p.row[column];
}

/**
 * Column arrays (issue 14): the read of the stored versions and the upsert take one array per column and unnest them,
 * instead of one JSON document of the rows read by jsonb_to_recordset. PostgreSQL parses arrays of scalars for less
 * than the JSON (15 vs 19 µs of its CPU per row written, test/bench figures in docs/performance.md), and the batch's
 * constants travel once. The values reach the columns as the JSON form gives them — a Date as its ISO text, a
 * non-finite number as null, a string, a number or a boolean as itself —, checked by
 * test/inbound/column-arrays.test.ts against the JSON form (`INGEST_COLUMN_ARRAYS=false`), which stays for sources
 * with an array column (a list of text) and for any value that is not a scalar.
 */
const BATCH_CONSTANTS = ['secretariat_code', 'source', 'client', 'received_at'];

/** A value as its JSON form would hand it to PostgreSQL (JSON.stringify: Date → ISO text, NaN/Infinity → null). */
function arrayElement(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}
const isArrayElement = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

const ESCAPED = /["\\]/;
/**
 * The array literal node-postgres would write for these values (every element quoted, `\` and `"` escaped, null as
 * NULL), or null when one is not a scalar. Written here in one pass because the driver's own (two replacements per
 * element) cost 2 µs of the hub's CPU per record written.
 */
export function arrayLiteral(values: unknown[]): string | null {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = arrayElement(values[i]);
    if (i > 0) out += ',';
    if (v === null) out += 'NULL';
    else if (!isArrayElement(v)) return null;
    else {
      const text = String(v);
      out += ESCAPED.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${text}"`;
    }
  }
  return `${out}}`;
}

/**
 * The statements of one kind of record, built once per batch from its StoreSpec: the read of the stored versions by
 * natural key and by external id, the upsert (its WHERE repeats the stale check in SQL, so a concurrent newer write is
 * never overwritten) and the key-change move.
 */
export function statementsFor(spec: StoreSpec<unknown>, columnArrays: boolean) {
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
  // One index probe of (secretariat_code, external_id) per id, whatever the planner believes of the table: written as
  // `external_id = ANY($2)`, a table growing inside a first load (statistics not yet gathered) was read through the
  // secretariat's index and filtered row by row — 60 ms per 1,000 ids at 100,000 rows, growing with the table (issue
  // 14). OFFSET 0 keeps the lateral subquery from being flattened into a join the planner could turn back into that.
  // The secretariat is compared with `(SELECT $1)`, a value the planner does not see: given the value itself, it
  // estimated the rows of a secretariat absent from the table's statistics (a new one, or one small beside the rest of
  // the country) at one, and then preferred any smaller index that starts with secretariat_code (e.g. D01.03's
  // (secretariat_code, year, score)), scanning all the secretariat's rows once per id: 8.5 s per 1,000 ids with 10,000
  // rows stored, quadratic in a first load into a copy of the national data. Without the value it counts a
  // secretariat's share of the table and takes (secretariat_code, external_id), test/inbound/external-id-probe.test.ts.
  const selectByExternalId = `SELECT t.* FROM unnest($2::text[]) AS x(external_id)
    CROSS JOIN LATERAL (SELECT ${stored} FROM "${spec.table}" t WHERE t.secretariat_code = (SELECT $1::varchar) AND t.external_id = x.external_id OFFSET 0) t`;
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
  // The column-array form of the read and the upsert (see COLUMN_ARRAYS above): one array per column, the batch's
  // constants (secretariat, source, client, reception time) as single values. Declared without length (char(12) as
  // bpchar), so a value too long for its column fails on assignment to the column, as it does in the JSON form.
  const arrays = columnArrays && Object.values(allColumns).every((t) => !t.endsWith('[]'));
  const baseType = (t: string) => t.replace(/^char\(\d+\)$/, 'bpchar').replace(/^varchar\(\d+\)$/, 'varchar');
  const perRow = colNames.filter((c) => !BATCH_CONSTANTS.includes(c));
  // One probe of the natural key's unique index per key, as for the external ids above: a join let the planner, which
  // counts the arrays' elements exactly, hash them against a scan of the whole table while a first load outgrew the
  // statistics (12 ms per 1,000 keys at 100,000 rows, growing with the table).
  const selectExistingArrays = `SELECT t.* FROM unnest(${keyCols.map((c, i) => `$${i + 1}::${baseType(allColumns[c])}[]`).join(', ')}) AS k(${quoted(keyCols)})
    CROSS JOIN LATERAL (SELECT ${stored} FROM "${spec.table}" t WHERE ${keyCols.map((c) => `t."${c}" = k."${c}"`).join(' AND ')} OFFSET 0) t`;
  const upsertArrays = `INSERT INTO "${spec.table}" AS t (${quoted(colNames)})
    SELECT ${colNames.map((c) => (BATCH_CONSTANTS.includes(c) ? `$${BATCH_CONSTANTS.indexOf(c) + 1}::${baseType(allColumns[c])}` : `r."${c}"`)).join(', ')}
    FROM unnest(${perRow.map((c, i) => `$${i + 1 + BATCH_CONSTANTS.length}::${baseType(allColumns[c])}[]`).join(', ')}) AS r(${quoted(perRow)})
    ON CONFLICT (${quoted(keyCols)}) DO UPDATE SET ${updatable.map((c) => `"${c}" = EXCLUDED."${c}"`).join(', ')}, ${clearTombstone}
    WHERE ${newerThanStored('EXCLUDED')}
    RETURNING t.id, (t.xmax = 0) AS inserted, ${keyCols.map((c) => `t."${c}"`).join(', ')}`;
  return {
    keyCols,
    selectByExternalId,
    detectsKeyChange,
    move,
    /** The read of the stored versions of these records by natural key: statement and parameters. */
    selectExisting(keys: Record<string, unknown>[]): [string, unknown[]] {
      if (arrays) {
        const params = keyCols.map((c) => arrayLiteral(keys.map((k) => k[c])));
        if (params.every((a) => a !== null)) return [selectExistingArrays, params];
      }
      return [selectExisting, [JSON.stringify(keys)]];
    },
    /** The upsert of these rows (every column, provenance included): statement and parameters. */
    upsert(rows: Record<string, unknown>[]): [string, unknown[]] {
      if (arrays && rows.length > 0) {
        const first = rows[0];
        const constants = BATCH_CONSTANTS.map((c) => arrayElement(first[c]));
        // The same object (the batch's one reception time) needs no ISO text per row to be known equal.
        const sameConstants = rows.every((r) => BATCH_CONSTANTS.every((c, i) => r[c] === first[c] || arrayElement(r[c]) === constants[i]));
        const params = sameConstants && constants.every(isArrayElement) ? perRow.map((c) => arrayLiteral(rows.map((r) => r[c]))) : [null];
        if (params.every((a) => a !== null)) {
          return [upsertArrays, [...constants, ...params]];
        }
      }
      return [upsert, [JSON.stringify(rows)]];
    },
  };
}

/** A stored version of a record, as the batch reads it. */
type Stored = { id: string; hash: string; ts: Date; retractedAt: Date | null; retractionTs: Date | null; key: string; externalId: string };
const storedOf = (r: Record<string, unknown>, keyCols: string[]): Stored => ({
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

/** STALE, UNCHANGED or null (to be written) for an item against its stored record (a tombstone: only a newer version). */
function judge(c: { index: number; p: PreparedRecord<unknown>; hash: string }, old: Stored): IngestionItemResult | null {
  const ts = c.p.sourceTimestamp.getTime();
  if (ts < old.ts.getTime()) return staleResult(c.index, c.p.key, old, c.p.sourceTimestamp);
  if (old.retractedAt) return ts > (old.retractionTs as Date).getTime() ? null : staleResult(c.index, c.p.key, old, c.p.sourceTimestamp);
  if (old.hash === c.hash) return { index: c.index, key: c.p.key, status: ItemStatus.UNCHANGED, id: old.id, code: null, field: null, message: null };
  return null;
}

const concurrentStale = (c: { index: number; p: PreparedRecord<unknown> }): IngestionItemResult => ({
  // Another transaction stored a newer or identical version between our read and our write.
  index: c.index,
  key: c.p.key,
  status: ItemStatus.REJECTED,
  id: null,
  code: ErrorCode.STALE,
  field: `input.items.${c.index}.sourceTimestamp`,
  message: 'Stale: a newer version was stored concurrently',
});

/**
 * Writes the valid items of a batch (`items`, already checked for duplicates) and sets their results; the other
 * results are left as they are.
 */
export async function storeInboundRecords<C>(
  ctx: Context,
  spec: StoreSpec<C>,
  env: StoreEnv,
  items: { index: number; p: PreparedRecord<C> }[],
  results: IngestionItemResult[],
): Promise<void> {
  const { secretariat } = env;
  const prepared = items.map((x) => ({ ...x, hash: hashOf(x.p) }));
  const { keyCols, selectExisting, selectByExternalId, detectsKeyChange, upsert, move } = statementsFor(
    spec as StoreSpec<unknown>,
    ctx.runtime.config.INGEST_COLUMN_ARRAYS,
  );
  const rowOf = (p: PreparedRecord<C>, hash: string) => ({
    secretariat_code: secretariat,
    source: spec.source,
    external_id: p.externalId,
    client: env.client,
    received_at: env.receivedAt,
    source_timestamp: p.sourceTimestamp,
    content_hash: hash,
    ...p.row,
  });
  await unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const written: Written<C>[] = [];
    const revived = new Set<string>();
    const moves: { id: string; externalId: string; from: string; to: string; school: string | null; groupId: string }[] = [];
    for (let start = 0; start < prepared.length; start += CHUNK) {
      const chunk = prepared.slice(start, start + CHUNK);
      const existing = new Map<string, Stored>();
      const found: Record<string, unknown>[] = await tx.query(
        ...selectExisting(chunk.map(({ p }) => Object.fromEntries(keyCols.map((c) => [c, keyValue(p, c, secretariat)])))),
      );
      for (const r of found) existing.set(keyFromRow(r, keyCols), storedOf(r, keyCols));
      const byExternalId = new Map<string, Stored>();
      if (detectsKeyChange) {
        const missing = chunk.filter((c) => !existing.has(c.p.key)).map((c) => c.p.externalId);
        if (missing.length > 0) {
          const rows: Record<string, unknown>[] = await tx.query(selectByExternalId, [secretariat, missing]);
          for (const r of rows) byExternalId.set(r.external_id as string, storedOf(r, keyCols));
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
      const returned: Record<string, unknown>[] = await tx.query(...upsert(toWrite.map(({ p, hash }) => rowOf(p, hash))));
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
}
