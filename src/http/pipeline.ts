import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ErrorCode, isDatabaseUnavailable, unavailable } from '../common/errors';
import { Limit, limitError, tokenLimitError, VALIDATION_ABORTED, validationAbortedError } from './guards';

/**
 * What every error goes through before it reaches a client, over HTTP (Apollo's formatError) and over WebSocket
 * (graphql-ws's onNext/onError) alike:
 * - a guard's refusal keeps `code: LIMIT_EXCEEDED` and its `limit` (also for the parser's token limit and for
 *   graphql-js giving up after 100 validation errors);
 * - no stack trace is ever sent (it is in the log, with the request id);
 * - with introspection off, "Did you mean …?" suggestions are cut, so errors do not reveal the schema;
 * - an error because the database is unreachable (stopped, restarting, connection lost) is UNAVAILABLE with a fixed
 *   message, in every environment: the driver's text never reaches a client;
 * - an error without a stable code is INTERNAL_SERVER_ERROR; in production its message is replaced by a generic one.
 */
export function hubErrorFormatter(config: Config) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const uncoded = !formatted.extensions?.code || formatted.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR;
    if (uncoded && isDatabaseUnavailable(error)) {
      const e = unavailable();
      return { message: e.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { ...e.extensions } };
    }
    let { message } = formatted;
    let { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const limit = tokenLimitError(message) ?? (VALIDATION_ABORTED.test(message) ? validationAbortedError() : null);
    if (limit) {
      message = limit.message;
      extensions = { ...limit.extensions };
    }
    // The guards report LIMIT_EXCEEDED; Apollo relabels every validation failure GRAPHQL_VALIDATION_FAILED.
    if (extensions.limit) extensions.code = ErrorCode.LIMIT_EXCEEDED;
    if (!config.introspection) message = hideSchemaDetails(message);
    const code = extensions.code as string | undefined;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...formatted, message, extensions };
    if (config.production) {
      return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return { ...formatted, message, extensions: { ...extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/** graphql-js's suggestions name fields and types: "Cannot query field "schoolz" on type "Query". Did you mean "school"?" */
export const hideSchemaDetails = (message: string) => message.replace(/ ?Did you mean .+?\?$/s, '');

/** Whether an error is one the hub means to send (a coded GraphQLError) rather than a fault to log. */
export function isExpected(err: unknown): boolean {
  const e = err as GraphQLError;
  const original = e?.originalError as GraphQLError | undefined;
  const code = (e?.extensions?.code ?? original?.extensions?.code) as string | undefined;
  if (code) return code !== ErrorCode.INTERNAL_SERVER_ERROR;
  // Errors graphql-js raises itself carry no original error (validation), or, for a variable's value that does not
  // coerce, the scalar's own GraphQLError and no path: client mistakes, on HTTP and WebSocket alike.
  return e instanceof GraphQLError && (!original || (!e.path && original instanceof GraphQLError));
}

/** Logs faults with their stack trace, on the request's logger (which carries the request id). */
export function logUnexpected(logger: Logger, errors: readonly unknown[]): void {
  for (const err of errors) {
    if (isExpected(err)) continue;
    const e = err as GraphQLError;
    logger.error({ err: e.originalError ?? e, path: e.path }, 'unexpected error');
  }
}

/** Codes graphql-ws leaves blank, set as Apollo sets them over HTTP. */
export function codeForWebSocket(err: GraphQLError, stage: 'parse' | 'validate' | 'execute'): GraphQLError {
  if (err.extensions?.code) return err;
  const code =
    stage === 'parse'
      ? 'GRAPHQL_PARSE_FAILED'
      : stage === 'validate'
        ? 'GRAPHQL_VALIDATION_FAILED'
        : // graphql-js's own errors before execution (variable coercion) have no path, and no original error but
          // the scalar's own GraphQLError.
          !err.path && (!err.originalError || err.originalError instanceof GraphQLError)
          ? ErrorCode.BAD_USER_INPUT
          : undefined;
  if (!code) return err;
  return new GraphQLError(err.message, { nodes: err.nodes, source: err.source, positions: err.positions, path: err.path, originalError: err.originalError, extensions: { ...err.extensions, code } });
}

export { Limit, limitError };
