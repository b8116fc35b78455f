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
  /** A subscriber did not read its events fast enough; resubscribe with `after` = the last cursor received. */
  SLOW_CONSUMER = 'SLOW_CONSUMER',
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
export const conflict = (field: string, message: string) => new DomainError(ErrorCode.CONFLICT, message, { field });
export const forbidden = (message = 'Not allowed for this caller') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const invalidState = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError(ErrorCode.INVALID_STATE, message, extra);

/** PostgreSQL unique violation → CONFLICT on the constraint's field (constraint names are `uq_<table>_<field>`). */
export function mapDatabaseError(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e.driverError?.code ?? e.code;
  const constraint = e.driverError?.constraint ?? e.constraint ?? '';
  if (code === '23505') {
    return conflict(constraint.replace(/^uq_[a-z]+_/, '') || 'id', `A record with the same ${constraint} already exists`);
  }
  return err;
}
