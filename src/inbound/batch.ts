import { batchTooLarge } from '../common/list-limits';
import type { Context } from '../context';
import { callerOf } from '../context';
import { isDaneCode } from '../common/dane';
import { ErrorCode, notFound } from '../common/errors';
import { scopeOf } from '../common/scope';
import type { PrivateSchoolRegime, SchoolSector } from '../modules/schools/school.enums';
import { ItemStatus, type IngestionItemResult, type IngestionResult } from '../modules/inputs/ingestion-result';
import { storeInboundRecords } from '../modules/inputs/inbound-store';
import type { Violation } from '../common/violations';
import { Problems, screenItem, timestampOf } from './validation';
import type { BatchEnv, BatchInput, ItemProvenance, Prepared, SchoolInfo, SourceSpec } from './source-spec';

/**
 * A batch of a source subprocess: the target secretariat, the batch limit, every school of the batch resolved in one
 * query, each item mapped and validated once by its adapter (src/inbound/<source>.ts), which records every independent
 * problem of the item in the batch's one collector (`Problems`), duplicates in the batch refused;
 * then the valid items go to the inputs module's store (src/modules/inputs/inbound-store.ts), which writes them
 * set-based in one transaction with their audit rows and events. Each item gets its own result.
 */

/** Secretariat the batch writes to: staff and sibling systems their own, ADMIN the one it names (which must exist). */
export async function targetSecretariat(ctx: Context, requested: string | null | undefined): Promise<string> {
  const secretariat = scopeOf(ctx).writeTo(requested);
  const rows = await ctx.runtime.db.query('SELECT 1 FROM secretariat WHERE code = $1', [secretariat]);
  if (rows.length === 0) throw notFound('Secretariat', secretariat);
  return secretariat;
}

export function assertBatchSize(ctx: Context, n: number, field = 'input.items') {
  const max = ctx.runtime.config.MAX_BATCH_SIZE;
  if (n > max) throw batchTooLarge(field, max, n);
}

/** Internal options of a batch (not of the GraphQL mutations). */
export interface BatchOptions {
  /**
   * Problems found before the batch, per item index (the import CLI's unreadable cells), each `field` relative to the
   * item ('' for the item itself): such an item is rejected with them first and its adapter's own problems after.
   */
  problems?: readonly (readonly Violation[] | undefined)[];
}

/**
 * The schools of a batch. The codes go as char(12), the column's type: compared as text, the column was cast row by
 * row and no index served (a scan of every school per batch: 7–9 ms of PostgreSQL's CPU among 20,000 schools; issue
 * 14). Only 12-digit codes are asked for, which compare alike either way.
 */
export const SCHOOLS_BY_DANE_SQL = 'SELECT dane_code, secretariat_code, sector, regime FROM school WHERE dane_code = ANY($1::bpchar[]) AND active';

export async function ingestBatch<Item extends ItemProvenance, C, Env>(
  ctx: Context,
  spec: SourceSpec<Item, C, Env>,
  input: BatchInput<Item>,
  options: BatchOptions = {},
): Promise<IngestionResult> {
  const caller = callerOf(ctx);
  const items = input.items ?? [];
  assertBatchSize(ctx, items.length);
  const secretariat = await targetSecretariat(ctx, input.secretariat);

  // Every item's text is screened before the adapter's lookups: a field refused for its characters is removed from
  // its item, so it is neither looked up (its school, loadEnv, prepare) nor reported again, nor echoed.
  const screened = items.map((item, index) => screenItem(item, `input.items.${index}`));
  const danes = new Set<string>();
  if (spec.schoolOf) {
    for (const it of items) {
      const d = spec.schoolOf(it);
      if (isDaneCode(d)) danes.add(d);
    }
  }
  const schools = new Map<string, SchoolInfo>();
  if (danes.size > 0) {
    const rows: { dane_code: string; secretariat_code: string; sector: SchoolSector; regime: PrivateSchoolRegime | null }[] =
      await ctx.runtime.db.query(SCHOOLS_BY_DANE_SQL, [[...danes]]);
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
  const prepared: { index: number; p: Prepared<C> }[] = [];
  const seen = new Map<string, number>();
  // One collector for the whole batch, cleared per item: a valid item allocates nothing for it.
  const problems = new Problems();
  items.forEach((item, index) => {
    const path = `input.items.${index}`;
    // Every problem at once: what was found before the batch (a spreadsheet's unreadable cells), the text's, then every
    // independent check of the adapter, in its order (the first is what a check-and-stop adapter would have returned).
    problems.beginItem(path, options.problems?.[index], screened[index]);
    let out: Prepared<C> | undefined;
    try {
      out = spec.prepare(item, path, env, extra, problems);
    } catch (err) {
      out = undefined;
      problems.fail(path, `Invalid item: ${(err as Error).message}`);
      problems.take(timestampOf(item, path)); // an adapter that threw may not have reached it
    }
    if (problems.count > 0 || !out) {
      if (problems.count === 0) problems.fail(path, 'Invalid item');
      const violations = problems.distinct();
      const [first] = violations;
      results[index] = {
        index,
        key: null,
        status: ItemStatus.REJECTED,
        id: null,
        code: first.code,
        field: first.field,
        message: first.message,
        violations: violations.map(({ code, field, message }) => ({ code, field, message })),
      };
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
    prepared.push({ index, p: out });
  });

  await storeInboundRecords(ctx, spec, env, prepared, results);

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
