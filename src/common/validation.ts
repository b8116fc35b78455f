import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { LRUCache } from 'lru-cache';
import type { ResolverData, ValidatorFn } from 'type-graphql';
import { getNamedType } from 'graphql';
import { takeBoundaryViolations } from './input-guard';
import { restoreBatchItems } from './batch-items';

import { assertNoViolations, deferredByContext, deferredViolations, type Violation } from './violations';

export { assertNoViolations, assertNoneDeferred, violationsError, type Violation } from './violations';

function flatten(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/**
 * class-validator's built-in rules whose outcome and message depend only on the property's own value (no other
 * property, no database, no clock): a class whose every rule is one of these, validated with only primitive values,
 * gets the same violations for the same values, so they are kept (issue 14: class-validator walked its metadata and
 * ran the rules of a page's arguments on every request).
 */
const PURE_RULES = new Set([
  'min', 'max', 'isLength', 'minLength', 'maxLength', 'matches', 'isEnum', 'isIn', 'isNotIn', 'isBoolean', 'isInt',
  'isNumber', 'isString', 'isPositive', 'isNotEmpty', 'isUUID', 'isDateString', 'isISO8601', 'isEmail', 'isUrl',
  'arrayMinSize', 'arrayMaxSize',
]);
type Rule = { type: string; name?: string; propertyName: string; each?: boolean; groups?: string[]; always?: boolean };
/** Per class: the validated properties when every rule is pure (see PURE_RULES), else null. */
const pureProperties = new Map<Function, string[] | null>();
function pureSpecOf(cls: Function): string[] | null {
  let spec = pureProperties.get(cls);
  if (spec !== undefined) return spec;
  const rules = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as unknown as Rule[];
  const pure = rules.every(
    (r) =>
      !r.each &&
      !r.groups?.length &&
      ((r.type === 'conditionalValidation' && r.name === 'isOptional') || (r.type === 'customValidation' && !!r.name && PURE_RULES.has(r.name))),
  );
  spec = pure ? [...new Set(rules.map((r) => r.propertyName))].sort() : null;
  pureProperties.set(cls, spec);
  return spec;
}
/**
 * Violations by class, prefix and values of a pure class: at most KEPT_MAX values per class, the least recently used
 * dropped first, so the values in use (a page's arguments) stay however many others come and go.
 */
export const KEPT_MAX = 2_000;
const kept = new Map<Function, LRUCache<string, Violation[]>>();
/** class-validator runs of single values so far (values not answered from what is kept), for tests and diagnostics. */
let validatedItems = 0;
export const itemValidations = (): number => validatedItems;
/** How many values of this class have their violations kept, for tests and diagnostics. */
export const keptValues = (cls: Function): number => kept.get(cls)?.size ?? 0;
function keptKey(item: object, prefix: string): { cls: Function; key: string } | null {
  const cls = item.constructor;
  if (typeof cls !== 'function' || cls === Object) return null;
  const spec = pureSpecOf(cls);
  if (!spec) return null;
  const values: unknown[] = [prefix];
  for (const p of spec) {
    const v = (item as Record<string, unknown>)[p];
    if ((v !== null && typeof v === 'object') || typeof v === 'function' || typeof v === 'symbol') return null; // validated each time
    // Unambiguous: the type, and numbers as text (NaN, ±Infinity and -0 apart; JSON would write null or 0).
    values.push(typeof v, typeof v === 'number' || typeof v === 'bigint' ? (Object.is(v, -0) ? '-0' : String(v)) : (v ?? null));
  }
  return { cls, key: JSON.stringify(values) };
}

async function violationsOfItem(item: object, prefix: string): Promise<Violation[]> {
  const k = keptKey(item, prefix);
  const found = k && kept.get(k.cls)?.get(k.key);
  if (found) return found.map((v) => ({ ...v }));
  validatedItems++;
  const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false } });
  const violations = flatten(errors, prefix);
  if (k) {
    let byKey = kept.get(k.cls);
    if (!byKey) kept.set(k.cls, (byKey = new LRUCache<string, Violation[]>({ max: KEPT_MAX })));
    byKey.set(k.key, violations.map((v) => ({ ...v })));
  }
  return violations;
}

/** class-validator violations of one value (an input object or a list of them), as paths under `prefix`. */
export async function violationsOf(value: unknown, prefix: string): Promise<Violation[]> {
  if (value === null || value === undefined || typeof value !== 'object') return [];
  if (!Array.isArray(value)) return violationsOfItem(value, prefix);
  const items = value;
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
 *
 * An argument whose remaining checks need the database (e.g. an activity's dates against its strategy's period) is
 * declared with `validateFn: validateWithService`: when every violation found lies inside such arguments, the run
 * does not fail; the service takes them with {@link takeDeferredViolations}, adds its own and throws them all
 * together with {@link assertNoViolations}.
 */
interface Run {
  parts: Promise<Violation[]>[];
  deferred: { value: object; prefix: string }[];
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

const under = (field: string, prefix: string) => field === prefix || field.startsWith(`${prefix}.`);

function join(value: unknown, type: unknown, data: ResolverData<object>, defer: boolean): Promise<void> {
  const key = data.args as object;
  // The items of an inbound batch the boundary converted itself (src/common/batch-items.ts), before any check.
  restoreBatchItems(value, key);
  let run = runs.get(key);
  if (!run) {
    const boundary = takeBoundaryViolations(key);
    const created: Run = { parts: [], deferred: [], outcome: Promise.resolve() };
    created.outcome = (async () => {
      await Promise.resolve();
      runs.delete(key);
      const others = (await Promise.all(created.parts)).flat();
      // A field whose form the boundary refused (malformed id, DANE code, cursor) is reported once, with the
      // boundary's message, not again by its class-validator rule. A field holding a forbidden character keeps its
      // rules' violations (too long, unprintable…): every problem of every field at once.
      const refused = boundary.formRefused;
      const all = [...boundary.violations, ...(refused ? others.filter((v) => !refused.has(v.field)) : others)];
      if (all.length === 0) return;
      const { deferred } = created;
      if (deferred.length > 0 && all.every((v) => deferred.some((d) => under(v.field, d.prefix)))) {
        const context = data.context as object | undefined;
        for (const d of deferred) {
          deferredViolations.set(d.value, all.filter((v) => under(v.field, d.prefix)));
          if (context) deferredByContext.set(context, (deferredByContext.get(context) ?? new Set()).add(d.value));
        }
        return;
      }
      assertNoViolations(all);
    })();
    runs.set(key, created);
    run = created;
  }
  const prefix = argumentName(value, type, data);
  if (defer && value !== null && typeof value === 'object') run.deferred.push({ value, prefix });
  run.parts.push(violationsOf(value, prefix));
  return run.outcome;
}

/**
 * Validates every argument with class-validator. The error names the field at fault as a path from the operation's
 * argument, e.g. `input.daneCode` or `input.goals.0.target`, and `extensions.violations` lists every problem of
 * every argument of the field.
 */
export const validateArgument: ValidatorFn = (value, type, data) => join(value, type, data, false);

/** Validates like {@link validateArgument}, but leaves this argument's violations to the service (see above). */
export const validateWithService: ValidatorFn = (value, type, data) => join(value, type, data, true);

/**
 * The violations found in an argument declared with `validateWithService` (each list is handed out once). `needed`
 * names fields (paths such as `input.activityId`) the service must use before it can check anything else, e.g. to
 * look a record up: when one of them is at fault, the violations are thrown at once.
 */
export function takeDeferredViolations(value: object, needed: string[] = []): Violation[] {
  const found = deferredViolations.get(value) ?? [];
  deferredViolations.delete(value);
  if (needed.some((f) => hasViolation(found, f))) assertNoViolations(found);
  return found;
}

/** True when a violation already concerns this field or something inside it (its own checks would be moot). */
export const hasViolation = (violations: Violation[], field: string) => violations.some((v) => under(v.field, field));
