import { validate, type ValidationError } from 'class-validator';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { getNamedType } from 'graphql';
import { badInput } from './errors';
import { takeBoundaryViolations } from './input-guard';

/** One problem of an input: the path from the operation's argument (e.g. `input.goals.0.target`) and why. */
export interface Violation {
  field: string;
  message: string;
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

function flatten(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** class-validator violations of one value (an input object or a list of them), as paths under `prefix`. */
export async function violationsOf(value: unknown, prefix: string): Promise<Violation[]> {
  if (value === null || value === undefined || typeof value !== 'object') return [];
  const items = Array.isArray(value) ? value : [value];
  const violations: Violation[] = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false } });
    violations.push(...flatten(errors, Array.isArray(value) ? `${prefix}.${i}` : prefix));
  }
  return violations;
}

/**
 * type-graphql calls the validator once per argument parameter, and stops at the first that throws. So that a field
 * with several problems in several arguments reports them all at once, the calls for one field execution (one
 * `args` object) join one run: each registers its own violations synchronously, the run waits one microtask (all
 * parameters of the field have registered by then, see type-graphql's getParams), then fails every call with the
 * same error listing the boundary's violations (src/common/input-guard.ts) and every class-validator violation.
 */
interface Run {
  parts: Promise<Violation[]>[];
  outcome: Promise<void>;
}
const runs = new WeakMap<object, Run>();

function argumentName(value: unknown, type: unknown, { args, info }: ResolverData<object>): string {
  // An @Arg names its input type in the schema; an @Args class holds the args themselves (no prefix).
  const typeName = typeof type === 'function' ? type.name : '';
  const fieldArgs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  return (
    Object.keys(args).find((k) => args[k] === value) ?? fieldArgs.find((a) => getNamedType(a.type).name === typeName)?.name ?? ''
  );
}

/**
 * Validates every argument with class-validator. The error names the field at fault as a path from the operation's
 * argument, e.g. `input.daneCode` or `input.goals.0.target`, and `extensions.violations` lists every problem of
 * every argument of the field.
 */
export const validateArgument: ValidatorFn = (value, type, data) => {
  const key = data.args as object;
  let run = runs.get(key);
  if (!run) {
    const created: Run = { parts: [Promise.resolve(takeBoundaryViolations(key))], outcome: Promise.resolve() };
    created.outcome = (async () => {
      await Promise.resolve();
      runs.delete(key);
      assertNoViolations((await Promise.all(created.parts)).flat());
    })();
    runs.set(key, created);
    run = created;
  }
  run.parts.push(violationsOf(value, argumentName(value, type, data)));
  return run.outcome;
};
