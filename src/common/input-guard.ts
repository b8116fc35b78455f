import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { batchArgument, liftBatchItems } from './batch-items';
import { DANE_CODE_PATTERN } from './dane';
import { badInput } from './errors';
import { inputListLimit, listTooLong, listsTooLong, type ListOverLimit } from './list-limits';
import { isWellFormedCursor } from './pagination';
import { violationsError, type Violation } from './violations';


import { PLAIN_TEXT, forbiddenCharacters, forbiddenCharactersMessage } from './forbidden-characters';
export { PLAIN_TEXT, forbiddenCharacters, forbiddenCharactersMessage, showClientText } from './forbidden-characters';

/**
 * The boundary every client value crosses before any resolver, service or query sees it (HTTP and WebSocket alike,
 * since both execute this schema). For every argument of every field, walking input objects and lists:
 *
 * - every string is Unicode-normalised to NFC in place, so "Ñ" composed and decomposed are one key, one hash and one
 *   search term everywhere (issue 8 §3);
 * - a string holding a control character other than TAB/LF/CR (NUL included, which PostgreSQL text cannot store), a
 *   Unicode noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, the plane ends) or a lone surrogate is refused, every such
 *   character named (`forbiddenCharacters`; an XLSX cannot hold most of them);
 * - a value of type `ID` must be a UUID, the form of every record id of the hub (event cursors, the `after` of
 *   the event log, have their own format and are checked by their argument);
 * - a page cursor (`after` of a Relay connection) must be one the hub issued (its key is checked against the list's
 *   key kind by keysetPage);
 * - a date-time must lie between the years 1 and 9999 (what every date column can store).
 *
 * GraphQL's own Int is 32-bit (an int4 column); narrower columns are guarded by @Min/@Max on their argument. A value
 * PostgreSQL still refuses as data (SQLSTATE class 22) becomes BAD_USER_INPUT without the database's text.
 *
 * Problems are not thrown here (except for subscriptions, which type-graphql does not validate): they are handed to the argument validation (src/common/validation.ts) through
 * {@link takeBoundaryViolations}, which reports them together with every class-validator violation in one
 * `BAD_USER_INPUT` error. Items of an inbound batch (`items` of a `…BatchInput`) are normalised but their forbidden
 * characters are left to the batch (normalizeDeep, the same check), which refuses such an item alone (one bad item never blocks the rest).
 */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a text is a record id (UUID): a service answers NOT_FOUND for one that is not, without asking the database. */
export const isUuid = (s: string) => UUID_PATTERN.test(s);

/**
 * What the boundary found in the arguments of one field execution: every violation, and the fields whose form it
 * refused (a malformed id, DANE code or page cursor, a date no column stores), which their own class-validator rule
 * would only report again in other words. Forbidden characters do not put a field there: its length, format or
 * @Printable rule finds another problem, reported too (all problems at once).
 */
export interface BoundaryFindings {
  violations: Violation[];
  formRefused?: ReadonlySet<string>;
}
const NONE: BoundaryFindings = { violations: [] };

const pending = new WeakMap<object, BoundaryFindings>();

/**
 * Arguments and input fields that name a school by its DANE code, by name: one rule for every field and filter, so
 * a malformed code is BAD_USER_INPUT wherever it is sent (not an empty list here and NOT_FOUND there). A well-formed
 * code of no school stays what each field documents (an empty filter result, NOT_FOUND for a lookup). A list
 * (`schoolDanes`) is checked element by element, each violation naming its element (`input.schoolDanes.3`). Items of
 * an inbound batch are checked by the batch, per item.
 */
const DANE_NAMES = new Set(['daneCode', 'school', 'schoolDane', 'schoolDanes']);

/** PostgreSQL dates and timestamps reach from 4713 BC to 294276 AD; a JavaScript Date from 271821 BC: keep to years 1–9999. */
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const MIN_TIME = new Date('0001-01-01T00:00:00Z').getTime();
export const isStorableDate = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_TIME && d.getTime() <= MAX_TIME;

/** What the boundary found in these (coerced) arguments; handed out once. */
export function takeBoundaryViolations(args: object): BoundaryFindings {
  const found = pending.get(args) ?? NONE;
  pending.delete(args);
  return found;
}

/**
 * Deep NFC normalisation of plain data (objects, arrays, strings), in place, collecting the strings that hold NUL and
 * the dates no column can store. For inbound items, checked one by one (also when loaded from a spreadsheet by the CLI).
 */
export function normalizeDeep(value: unknown, path: string, problems: Violation[] = []): unknown {
  if (typeof value === 'string' && PLAIN_TEXT.test(value)) return value;
  const name = path.slice(path.lastIndexOf('.') + 1);
  if (value instanceof Date) {
    if (!isStorableDate(value)) problems.push({ field: path, message: `${name} must be a date-time between the years 1 and 9999` });
    return value;
  }
  if (typeof value === 'string') {
    const bad = forbiddenCharacters(value);
    if (bad.length > 0) {
      problems.push({ field: path, message: forbiddenCharactersMessage(name, bad) });
    }
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeDeep(value[i], `${path}.${i}`, problems);
    return value;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (typeof v === 'string' && PLAIN_TEXT.test(v)) continue; // as the call would answer, without building its path
      o[k] = normalizeDeep(v, path ? `${path}.${k}` : k, problems);
    }
  }
  return value;
}

interface WalkState {
  violations: Violation[];
  /** Fields whose form was refused (see BoundaryFindings); made on the first. */
  formRefused?: Set<string>;
  /** Every list found longer than its maximum (src/common/list-limits.ts), one array for the whole walk: refused together. */
  tooLong: ListOverLimit[];
  /** Inside the items of an inbound batch: forbidden characters are the batch's to refuse, per item. */
  perItem: boolean;
}

/** A violation of the field's form (see BoundaryFindings). */
function refuseForm(st: WalkState, field: string, message: string): void {
  st.violations.push({ field, message });
  (st.formRefused ??= new Set()).add(field);
}
const notAnId = (name: string) => `${name} must be an id (UUID), e.g. 0b6c2f8e-3c1a-4d7e-9a59-2f1d4c5b6a7e`;

function walk(value: unknown, type: GraphQLInputType, path: string, name: string, st: WalkState, listKey?: string): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return walk(value, type.ofType, path, name, st, listKey);
  if (isListType(type)) {
    if (!Array.isArray(value)) return walk(value, type.ofType, path, name, st);
    const max = listKey ? inputListLimit(listKey) : undefined;
    if (typeof max === 'number' && value.length > max) {
      // Refused whole, its entries unread: a list of 150,000 actions is not walked (nor stored) before the refusal.
      st.tooLong.push({ field: path, name, limit: 'listSize', max, actual: value.length });
      return value;
    }
    for (let i = 0; i < value.length; i++) value[i] = walk(value[i], type.ofType, `${path}.${i}`, name, st);
    return value;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    const fields = type.getFields();
    const batch = type.name.endsWith('BatchInput');
    for (const k of Object.keys(o)) {
      const f = fields[k];
      if (!f) continue;
      // Inside an item, a number, a boolean, a date or a plain text that is not an ID is left as it is (as the call
      // would leave it, without building its path: ~16,000 such values in a batch of 2,000 items; issue 14).
      if (st.perItem) {
        const v = o[k];
        if (typeof v === 'string' ? PLAIN_TEXT.test(v) && getNamedType(f.type).name !== 'ID' : v === null || typeof v !== 'object' || v instanceof Date) continue;
      }
      const perItem = st.perItem || (batch && k === 'items');
      // The same state object unless it changes (one allocation per batch instead of one per field of every item).
      const inner = perItem === st.perItem ? st : { ...st, perItem };
      o[k] = walk(o[k], f.type, `${path}.${k}`, k, inner, `${type.name}.${k}`);
      if (inner !== st) st.formRefused ??= inner.formRefused;
      st.violations = inner.violations;
    }
    return value;
  }
  if (value instanceof Date) {
    if (!st.perItem && !isStorableDate(value)) refuseForm(st, path, `${name} must be a date-time between the years 1 and 9999`);
    return value;
  }
  if (typeof value !== 'string') return value;
  if (!st.perItem && DANE_NAMES.has(name) && !DANE_CODE_PATTERN.test(value) && getNamedType(type).name === 'String') {
    // An element of a list is named with its index (schoolDanes.3), as its field is.
    const label = /\.\d+$/.test(path) ? `${name}${path.slice(path.lastIndexOf('.'))}` : name;
    refuseForm(st, path, `${label} must be a DANE code of 12 digits (código DANE), e.g. 105001000011`);
  }
  if (PLAIN_TEXT.test(value)) {
    if (getNamedType(type).name === 'ID' && name !== 'after' && !UUID_PATTERN.test(value)) refuseForm(st, path, notAnId(name));
    return value;
  }
  if (!st.perItem) {
    const bad = forbiddenCharacters(value);
    if (bad.length > 0) st.violations.push({ field: path, message: forbiddenCharactersMessage(name, bad) });
  }
  const named = getNamedType(type).name;
  if (named === 'ID' && name !== 'after' && !UUID_PATTERN.test(value)) refuseForm(st, path, notAnId(name));
  return value.normalize('NFC');
}

export { listTooLong };

function checkArgs(defs: readonly GraphQLArgument[], args: Record<string, unknown>, returnsConnection: boolean, owner: string): BoundaryFindings {
  const st: WalkState = { violations: [], perItem: false, tooLong: [] };
  for (const def of defs) {
    if (!(def.name in args)) continue;
    args[def.name] = walk(args[def.name], def.type, def.name, def.name, st, `${owner}(${def.name})`);
    const v = args[def.name];
    if (def.name === 'after' && returnsConnection && typeof v === 'string' && !isWellFormedCursor(v)) {
      refuseForm(st, 'after', 'after must be a cursor this list returned (edges.cursor or pageInfo.endCursor)');
    }
  }
  // Checked before execution already (src/http/guards.ts); this is for the schema executed any other way.
  if (st.tooLong.length > 0) throw listsTooLong(st.tooLong);
  return st;
}

/**
 * Last line of defence: a value PostgreSQL refuses as data (SQLSTATE class 22: out of range, invalid text
 * representation, bad encoding…) that a check above missed is still the client's mistake, never an internal error,
 * and its text never reaches the client.
 */
function rethrowDataException(err: unknown, argNames: string): never {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code === 'string' && code.startsWith('22') && !(err instanceof GraphQLError)) {
    throw badInput(argNames, 'A value sent is malformed or out of range for what it describes');
  }
  throw err;
}

/** Wraps the resolver (and subscriber) of every field that takes arguments with the boundary check. */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const returnsConnection = getNamedType(field.type).name.endsWith('Connection');
      const defs = field.args;
      const owner = `${type.name}.${field.name}`;
      if (type === schema.getSubscriptionType() && field.subscribe) {
        const subscribe = field.subscribe;
        // type-graphql does not validate the arguments of `subscribe`: refuse here, before anything is read.
        field.subscribe = (root, args, ctx, info) => {
          const { violations } = checkArgs(defs, args, returnsConnection, owner);
          if (violations.length > 0) throw violationsError(violations);
          return subscribe(root, args, ctx, info);
        };
        continue;
      }
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const batch = batchArgument(defs);
      field.resolve = (root, args, ctx, info) => {
        const found = checkArgs(defs, args, returnsConnection, owner);
        if (found.violations.length > 0) pending.set(args, found);
        if (batch) liftBatchItems(batch, args);
        const out = resolve(root, args, ctx, info);
        return out instanceof Promise ? out.catch((err: unknown) => rethrowDataException(err, Object.keys(args).join(','))) : out;
      };
    }
  }
  return schema;
}
