// type-graphql's decorators (reached through the guards' input checks) need the metadata API loaded first.
import 'reflect-metadata';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ErrorCode, isDatabaseUnavailable, unavailable } from '../common/errors';
import { Limit, limitError, tokenLimitError, validationAbortedError } from './guards';
import { showClientText } from '../common/input-guard';

/**
 * What every error goes through before it reaches a client, over HTTP (Apollo's formatError) and over WebSocket
 * (graphql-ws's onNext/onError) alike:
 * - a guard's refusal keeps `code: LIMIT_EXCEEDED` and its `limit` (also for the parser's token limit and for
 *   graphql-js giving up validation, after 100 errors or on repeated fields, see validationAbortedError);
 * - no stack trace is ever sent (it is in the log, with the request id);
 * - with introspection off, "Did you mean …?" suggestions are cut, so errors do not reveal the schema;
 * - an error because the database is unreachable (stopped, restarting, connection lost) is UNAVAILABLE with a fixed
 *   message, in every environment: the driver's text never reaches a client;
 * - a variable whose value does not coerce (graphql-js, before execution) is BAD_USER_INPUT with `field` (the
 *   variable's path, see {@link variableField}) and `violations`, like every other input error;
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
    const limit = tokenLimitError(message) ?? validationAbortedError(message);
    if (limit) {
      message = limit.message;
      extensions = { ...limit.extensions };
    }
    // The guards report LIMIT_EXCEEDED; Apollo relabels every validation failure GRAPHQL_VALIDATION_FAILED.
    if (extensions.limit) extensions.code = ErrorCode.LIMIT_EXCEEDED;
    if (!config.introspection) message = hideSchemaDetails(message);
    if (extensions.code === ErrorCode.BAD_USER_INPUT && !extensions.field) {
      const field = variableField(message);
      if (field) extensions = { ...extensions, field, violations: [{ field, message }] };
    }
    // A client's forbidden characters are never echoed raw, whichever message interpolated its value.
    message = showClientText(message);
    if (Array.isArray(extensions.violations)) {
      extensions = { ...extensions, violations: (extensions.violations as { message?: unknown }[]).map((v) => (typeof v?.message === 'string' ? { ...v, message: showClientText(v.message) } : v)) };
    }
    const code = extensions.code as string | undefined;
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return { ...formatted, message, extensions };
    if (config.production) {
      return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return { ...formatted, message, extensions: { ...extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * The path of the variable a graphql-js variable-coercion error is about, in the hub's `field` notation: the variable's
 * name (`f`), then the path inside its value that graphql-js gives (`input.items.3.score`), then the input field
 * named as missing or unknown (`input.name`). Null for any other message. graphql-js puts the path only in the
 * message: `Variable "$input" got invalid value {…} at "input.items[3]"; Field "name" of required type …`.
 */
export function variableField(message: string): string | null {
  const variable = /^Variable "\$([_A-Za-z]\w*)" /.exec(message)?.[1];
  if (!variable) return null;
  const at = new RegExp(` at "(${variable}(?:\\.[_A-Za-z]\\w*|\\[\\d+\\])*)"; `).exec(message)?.[1] ?? variable;
  const inner = /; Field "([_A-Za-z]\w*)" (?:of required type "[^"]*" was not provided|is not defined by type )/.exec(message)?.[1];
  return (inner ? `${at}.${inner}` : at).replace(/\[(\d+)\]/g, '.$1');
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
