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
