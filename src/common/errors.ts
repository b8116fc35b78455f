import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  STALE = 'STALE',
  INVALID_STATE = 'INVALID_STATE',
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** Activity 4: approval refused; `extensions.unalignedActivityIds` lists the activities without a PAM action. */
  STRATEGY_NOT_ALIGNED = 'STRATEGY_NOT_ALIGNED',
  /** A subscriber did not read its events fast enough; resubscribe with `after` = the last cursor received. */
  SLOW_CONSUMER = 'SLOW_CONSUMER',
  /**
   * An event cursor beyond the end of the log (a typo, or a cursor kept from another database, e.g. before a restore):
   * `extensions.logEnd` is the cursor of the last event in the log; `field` names the argument.
   */
  CURSOR_AHEAD = 'CURSOR_AHEAD',
  /**
   * The database cannot be reached just now (stopped, restarting, connection lost): nothing of the operation was
   * written; retry later. `/readyz` answers 503 meanwhile, and the hub recovers by itself when the database is back.
   */
  UNAVAILABLE = 'UNAVAILABLE',
  /**
   * A printed form (PDF) would have to show a character its font has no glyph for (e.g. CJK, emoji): refused rather
   * than printed without it. `extensions.unprintable` lists each `{ field, row, character, codePoint }`.
   */
  UNPRINTABLE_CHARACTER = 'UNPRINTABLE_CHARACTER',
  /** A request the HTTP endpoint does not serve, e.g. a subscription (WebSocket only); Apollo's own code for malformed requests. */
  BAD_REQUEST = 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An expected failure of the domain: it reaches the client with its code and, for input errors, the field at fault. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });
export const notFound = (what: string, key: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} ${key} not found`);
/** The record that is in the way of a CONFLICT: its entity and its id or natural key, in `extensions.existing`. */
export interface ExistingRecord {
  entity: string;
  id?: string;
  key?: Record<string, string>;
}
/** CONFLICT on `field`; `existing` says which record exists (its id or key is also in the message). */
export const conflict = (field: string, message: string, existing?: ExistingRecord) =>
  new DomainError(ErrorCode.CONFLICT, message, existing ? { field, existing } : { field });
export const forbidden = (message = 'Not allowed for this caller') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const invalidState = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.INVALID_STATE, message, extra);

/** PostgreSQL unique violation → CONFLICT naming the key's columns (from the error detail "Key (a, b)=(…)"). */
export function mapDatabaseError(err: unknown): unknown {
  const e = err as { code?: string; detail?: string; driverError?: { code?: string; detail?: string } };
  const code = e.driverError?.code ?? e.code;
  if (code === '23505') {
    const detail = e.driverError?.detail ?? e.detail ?? '';
    const match = /Key \(([^)]+)\)=\((.*)\) already exists/.exec(detail);
    const names = (match?.[1] ?? 'id').split(',').map((c) => c.trim().replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase()));
    const values = match?.[2]?.split(', ') ?? [];
    const field = names.join(',');
    const key = values.length === names.length ? Object.fromEntries(names.map((n, i) => [n, values[i]])) : undefined;
    const table = (e as { driverError?: { table?: string }; table?: string }).driverError?.table ?? (e as { table?: string }).table ?? 'record';
    const shown = key ? ` (${Object.entries(key).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
    // Mutations take their record as `input`; the path matches the explicit checks services make first.
    return conflict(`input.${field}`, `A record with the same ${field} already exists${shown}`, { entity: table, ...(key ? { key } : {}) });
  }
  return err;
}

/** SQLSTATE classes and codes meaning "the server is not there" rather than "the statement is wrong". */
const UNAVAILABLE_SQLSTATES = /^(08|57P0[1-4]|53300|58)/;
/** Node's socket errors and the driver's messages for a connection that is gone or cannot be made. */
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|Connection is not established|terminating connection/i;

/**
 * Whether an error (or one it wraps: GraphQL's originalError, TypeORM's driverError, an AggregateError's errors) says
 * the database is unreachable, rather than that a statement failed. A transaction whose connection dies under it is
 * the unit of work's to tell (src/common/unit-of-work.ts, by its query runner's state): it throws UNAVAILABLE itself,
 * so TypeORM's "query runner already released" is not taken for a lost connection here (it would hide a runner used
 * after its transaction ended).
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    errors?: unknown;
    cause?: unknown;
    thrownValue?: unknown;
  };
  if (typeof e.code === 'string' && (UNAVAILABLE_ERRNOS.has(e.code) || UNAVAILABLE_SQLSTATES.test(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message) && !(err instanceof GraphQLError && e.originalError === undefined)) return true;
  // graphql-js wraps a thrown value that is not an Error of its realm as NonErrorThrown (`thrownValue`).
  const inner = [e.originalError, e.driverError, e.cause, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== err && isDatabaseUnavailable(i, depth + 1));
}

/** What a client gets while the database is unreachable: a coded error with no database text. */
export const unavailable = () =>
  new DomainError(ErrorCode.UNAVAILABLE, 'The database is unavailable just now; nothing was written. Retry later (GET /readyz answers 503 until it is back)');
