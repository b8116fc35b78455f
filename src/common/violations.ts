import { badInput } from './errors';

/**
 * Input violations and the "all problems at once" error (BAD_USER_INPUT with `violations`). Kept apart from
 * validation.ts (class-validator, type-graphql) so that unitOfWork can use it without loading the schema's types.
 */

/** One problem of an input: the path from the operation's argument (e.g. `input.goals.0.target`) and why. */
export interface Violation {
  field: string;
  message: string;
}

/**
 * How a message names the field at `path` (every violation reads "<field> must …"): its own name, with the index of
 * an entry of a list (`input.items.0.infrastructureNeeds.1` → `infrastructureNeeds.1`).
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const last = parts[parts.length - 1];
  return parts.length > 1 && /^\d+$/.test(last) ? `${parts[parts.length - 2]}.${last}` : last;
}

/** One BAD_USER_INPUT error listing every violation; `field` and the message are the first one's. */
export function violationsError(violations: Violation[]) {
  const [first] = violations;
  const message = violations.length === 1 ? first.message : `${first.message} (and ${violations.length - 1} more problems: see extensions.violations)`;
  return badInput(first.field, message, { violations });
}

/** Throws every violation at once, if any. */
export function assertNoViolations(violations: Violation[]): void {
  if (violations.length > 0) throw violationsError(violations);
}

/** Violations of an argument value left to its service (validation.ts, `validateWithService`). */
export const deferredViolations = new WeakMap<object, Violation[]>();
/** Per request context: the argument values whose violations were deferred to the service. */
export const deferredByContext = new WeakMap<object, Set<object>>();

/**
 * Safety net, called by unitOfWork before it commits: violations deferred to the service that it never took are
 * thrown now (and the transaction rolls back), so an input at fault can never be written because a service forgot to
 * take them.
 */
export function assertNoneDeferred(context: object): void {
  const values = deferredByContext.get(context);
  if (!values) return;
  deferredByContext.delete(context);
  const left = [...values].flatMap((v) => deferredViolations.get(v) ?? []);
  for (const v of values) deferredViolations.delete(v);
  assertNoViolations(left);
}
