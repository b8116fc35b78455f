import { isDaneCode } from '../common/dane';
import { ErrorCode } from '../common/errors';
import { normalizeDeep, showClientText } from '../common/input-guard';
import { fieldLabel, type Violation } from '../common/violations';
import { SchoolSector } from '../modules/schools/school.enums';
import type { BatchEnv, ItemProvenance, SchoolInfo } from './source-spec';

/** Validation helpers the source adapters share: refusals with code and field, text, dates, schools, provenance. */

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

/**
 * An item's text screened before anything reads it (src/inbound/batch.ts does it for a whole batch before the
 * adapter's lookups): its text is normalised to NFC in place (keys and content hashes are of NFC text; the GraphQL
 * boundary normalises too, the CLI import comes here directly) and its text problems returned (a forbidden character,
 * every one named; a date-time no column stores), undefined when none. The value of each field refused so is removed
 * from the item (made undefined): no lookup, later check, message or result sees it, so none echoes it.
 */
export function screenItem(item: unknown, path: string): Violation[] | undefined {
  const found: Violation[] = [];
  normalizeDeep(item, path, found);
  if (found.length === 0) return undefined;
  for (const v of found) {
    const parts = v.field.slice(path.length + 1).split('.');
    let at = item as Record<string, unknown> | undefined;
    for (const part of parts.slice(0, -1)) at = at?.[part] as Record<string, unknown> | undefined;
    if (at && typeof at === 'object') at[parts[parts.length - 1]] = undefined;
  }
  return found;
}

/**
 * The problems of one inbound item. Its adapter runs every check that does not need an earlier one to pass and records
 * each fault here, so a rejected item lists them all (`violations`), the first being the one a check-and-stop adapter
 * would have returned. One collector serves a whole batch (src/inbound/batch.ts and retraction.ts call `beginItem`
 * before each item), so a valid item allocates nothing for it. A field whose text was refused (screenItem) is
 * reported once, by that refusal: what later checks find in it (now empty) is not recorded. Every message is recorded
 * with the client's forbidden characters written `<U+0001>` (showClientText).
 */
export class Problems {
  readonly list: Rejection[] = [];

  /** Problems recorded since `begin`. */
  get count(): number {
    return this.list.length;
  }

  /** Fields of the current item refused for their text (screenItem). */
  private readonly refused: string[] = [];

  /**
   * Starts an item: clears the collector, then records the problems found before the batch (`earlier`, e.g. the import
   * CLI's unreadable cells; `field` relative to the item, '' for the item itself) and the item's text problems
   * (`text`, from screenItem).
   */
  beginItem(path: string, earlier?: readonly Violation[], text?: readonly Violation[]): void {
    this.list.length = 0;
    this.refused.length = 0;
    if (earlier) for (const e of earlier) this.fail(e.field ? `${path}.${e.field}` : path, e.message);
    if (text) {
      for (const t of text) this.fail(t.field, t.message);
      for (const t of text) this.refused.push(t.field);
    }
  }

  /** Whether the field (or one holding it) was refused for its text: its value is gone, checks of it are moot. */
  isRefused(field: string): boolean {
    return this.refused.length > 0 && this.refused.some((r) => field === r || field.startsWith(`${r}.`));
  }

  /** The value of a check (e.g. `text(...)`, `schoolFor(...)`), or undefined once its rejection is recorded. */
  take<T>(x: T | Rejection): T | undefined {
    if (isRejection(x)) {
      this.fail(x.field, x.message, x.code);
      return undefined;
    }
    return x;
  }

  /** Records a problem; returns undefined, as `take` does for a failed check. */
  fail(field: string, message: string, code: ErrorCode = ErrorCode.BAD_USER_INPUT): undefined {
    if (!this.isRefused(field)) this.list.push(reject(field, showClientText(message), code));
    return undefined;
  }

  /** The recorded problems, once each (same field and message), in the order found. */
  distinct(): Rejection[] {
    const out: Rejection[] = [];
    for (const p of this.list) if (!out.some((q) => q.field === p.field && q.message === p.message)) out.push(p);
    return out;
  }
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string' || !ISO_DATE.test(s) || s.startsWith('0000')) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function text(value: unknown, field: string, max: number, required = true): string | null | Rejection {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return required ? reject(field, `${fieldLabel(field)} is required`) : null;
  }
  if (typeof value !== 'string') return reject(field, `${fieldLabel(field)} must be text`);
  const t = value.trim();
  if (t.length > max) return reject(field, `${fieldLabel(field)} must be at most ${max} characters`);
  return t;
}

/** A school of the batch's secretariat; one of another secretariat reads as unknown (NOT_FOUND), never revealed. */
export function schoolFor(env: BatchEnv, dane: unknown, field: string): SchoolInfo | Rejection {
  if (!isDaneCode(dane)) return reject(field, `${fieldLabel(field)} must be exactly 12 digits (código DANE)`);
  const s = env.schools.get(dane);
  if (!s || s.secretariatCode !== env.secretariat) {
    return reject(field, `School ${dane} not found in secretariat ${env.secretariat}`, ErrorCode.NOT_FOUND);
  }
  return s;
}

/**
 * How far ahead of the hub's clock a source's clock may be (ms). A newer version replaces a stored one and an older one is
 * STALE, so a version dated far ahead (year 9999) would keep its record for good: every inbound item and retraction
 * dated beyond this is refused.
 */
export const SOURCE_CLOCK_SKEW_MS = 24 * 3600_000;

/** The item's source timestamp: an ISO date-time at most a day ahead of the hub's clock. `dated` says what it dates. */
export function timestampOf(item: ItemProvenance, path: string, dated = 'an item is dated when the source recorded it'): Date | Rejection {
  const d = item.sourceTimestamp instanceof Date ? item.sourceTimestamp : new Date(String(item.sourceTimestamp ?? ''));
  if (Number.isNaN(d.getTime())) return reject(`${path}.sourceTimestamp`, 'sourceTimestamp must be an ISO date-time');
  if (d.getTime() > Date.now() + SOURCE_CLOCK_SKEW_MS) {
    return reject(`${path}.sourceTimestamp`, `sourceTimestamp ${d.toISOString()} is in the future: ${dated} (at most a day ahead of the hub's clock)`);
  }
  return d;
}

export function externalIdOf(item: ItemProvenance, path: string, fallback: string | null): string | Rejection {
  const id = text(item.externalId, `${path}.externalId`, 200, fallback === null);
  if (isRejection(id)) return id;
  return id ?? (fallback as string);
}

/** Key string of a prepared record, in the same form the database returns (see keyFromRow in src/modules/inputs/inbound-store.ts). */
export const joinKey = (...parts: unknown[]) => parts.map(String).join('|');

export const isOfficial = (s: SchoolInfo) => s.sector === SchoolSector.OFFICIAL;
