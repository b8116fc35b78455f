import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { getNamedType } from 'graphql';
import { badInput } from './errors';

function flatten(errors: ValidationError[], prefix: string): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/**
 * Validates every argument with class-validator. The error names the field at fault as a path from the operation's
 * argument, e.g. `input.daneCode` or `input.goals.0.target`, and lists every violation.
 */
export const validateArgument: ValidatorFn = async (value, type, { args, info }) => {
  if (value === null || value === undefined || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  // An @Arg names its input type in the schema; an @Args class holds the args themselves (no prefix).
  const typeName = typeof type === 'function' ? type.name : '';
  const fieldArgs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const argName =
    Object.keys(args).find((k) => args[k] === value) ??
    fieldArgs.find((a) => getNamedType(a.type).name === typeName)?.name ??
    '';
  const violations: { field: string; message: string }[] = [];
  for (const [i, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    const errors = await validate(item, { forbidUnknownValues: false, validationError: { target: false } });
    const prefix = Array.isArray(value) ? `${argName}.${i}` : argName;
    violations.push(...flatten(errors, prefix));
  }
  if (violations.length > 0) {
    throw badInput(violations[0].field, violations[0].message, { violations });
  }
};
