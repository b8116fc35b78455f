import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLArgument, type GraphQLInputObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The items of an inbound batch, turned into instances of their class without type-graphql's detour (issue 14).
 *
 * type-graphql hands a resolver each input object as an instance of its class: per item it lists the class's fields
 * (looking each field's type up among every input type of the schema), builds a plain object of the values, calls
 * `new Item()` (which defines every field as undefined), `delete`s each field the item left out (which leaves V8 a
 * slow dictionary object) and `Object.assign`s the values: 5 µs per item, and every later read of the item (the
 * batch's text checks, its adapter, its hash) slower for the dictionary. For an item type whose fields are all
 * scalars, enums or lists of them — values type-graphql passes on as they are — the boundary builds the same objects
 * directly: the class's prototype, the class's own fields in the class's order (those the item gave), the same values.
 *
 * `liftBatchItems` (called by the boundary, src/common/input-guard.ts, before type-graphql converts the arguments)
 * takes the converted items out of the batch argument, which type-graphql then converts with an empty list, and
 * `restoreBatchItems` (called by the argument validation, src/common/validation.ts, which type-graphql runs on the
 * converted argument before the resolver) puts them in. Every validator of this schema goes through it, so the
 * resolver always gets them. test/inbound/batch-items.test.ts compares both conversions for every batch type.
 */

interface ItemShape {
  proto: object;
  /** The item type's fields, in the order of the class's own properties. */
  keys: string[];
}

const shapes = new Map<GraphQLInputObjectType, ItemShape | null>();

const classOf = (name: string): Function | undefined => getMetadataStorage().inputTypes.find((t) => t.name === name)?.target;

/** How to build an item of this type directly, or null when type-graphql's own conversion must do it. */
export function itemShape(type: GraphQLInputObjectType): ItemShape | null {
  if (shapes.has(type)) return shapes.get(type)!;
  let shape: ItemShape | null = null;
  const cls = classOf(type.name);
  const fields = Object.values(type.getFields()).map((f) => f.name);
  // No input object inside (type-graphql would convert it into its own class).
  const flat = Object.values(type.getFields()).every((f) => !isInputObjectType(getNamedType(f.type)));
  if (cls && flat) {
    let instance: Record<string, unknown> | null = null;
    try {
      instance = new (cls as new () => Record<string, unknown>)();
    } catch {
      instance = null;
    }
    if (instance) {
      const own = Object.keys(instance);
      const proto = Object.getPrototypeOf(instance) as object;
      // The constructor only declares the fields (all undefined, enumerable, no symbol), every field is one of them
      // under its own name, and none is an accessor of the prototype: then `new` + `delete` + `assign` leaves exactly
      // the fields given, in the class's order.
      const plain =
        own.every((k) => instance![k] === undefined) &&
        Object.getOwnPropertyNames(instance).length === own.length &&
        Object.getOwnPropertySymbols(instance).length === 0 &&
        fields.every((f) => own.includes(f) && !(f in proto));
      if (plain) shape = { proto, keys: own.filter((k) => fields.includes(k)) };
    }
  }
  shapes.set(type, shape);
  return shape;
}

/** A value type-graphql passes on unchanged for a field that is not an input object (see convertToType). */
const passedOn = (v: unknown) =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'object' && (v.constructor === Date || v.constructor === Array));

/** The items as type-graphql would convert them, or null when one is not of the kind handled here. */
export function convertItems(shape: ItemShape, items: unknown): object[] | null {
  if (!Array.isArray(items)) return null;
  const out: object[] = new Array(items.length);
  const { proto, keys } = shape;
  for (let i = 0; i < items.length; i++) {
    const raw = items[i] as Record<string, unknown> | null;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
    const o = Object.create(proto) as Record<string, unknown>;
    for (let k = 0; k < keys.length; k++) {
      const v = raw[keys[k]];
      if (v === undefined) continue;
      if (!passedOn(v)) return null;
      o[keys[k]] = v;
    }
    out[i] = o;
  }
  return out;
}

interface BatchArgument {
  name: string;
  /** The argument's class (what type-graphql converts it into). */
  cls: Function;
  item: ItemShape;
}

/** The one argument of a field that is an inbound batch (`…BatchInput` with `items` of a flat item type), if any. */
export function batchArgument(defs: readonly GraphQLArgument[]): BatchArgument | null {
  const found: BatchArgument[] = [];
  for (const def of defs) {
    const named = getNamedType(def.type);
    if (!isInputObjectType(named) || !named.name.endsWith('BatchInput')) continue;
    const items = named.getFields().items;
    if (!items) continue;
    const list = isNonNullType(items.type) ? items.type.ofType : items.type;
    if (!isListType(list)) continue;
    const itemType = getNamedType(list);
    const cls = classOf(named.name);
    const item = isInputObjectType(itemType) ? itemShape(itemType) : null;
    if (cls && item) found.push({ name: def.name, cls, item });
  }
  return found.length === 1 ? found[0] : null;
}

const lifted = new WeakMap<object, { cls: Function; items: object[] }>();

/**
 * Takes the items of the batch argument out of `args` (converted: see the file's comment), leaving a copy of the
 * argument with an empty list for type-graphql; `restoreBatchItems` puts them in the converted argument. Does nothing
 * when an item is not of the kind handled here (type-graphql converts them all, as before).
 */
export function liftBatchItems(arg: BatchArgument, args: Record<string, unknown>): void {
  const input = args[arg.name] as Record<string, unknown> | null | undefined;
  if (!input || typeof input !== 'object') return;
  const items = convertItems(arg.item, input.items);
  if (!items) return;
  // A copy: the coerced value may be a variable's, which another field of the operation may be given too.
  args[arg.name] = { ...input, items: [] };
  lifted.set(args, { cls: arg.cls, items });
}

/** Puts the lifted items into the converted argument `value` of this field execution (`args`), once. */
export function restoreBatchItems(value: unknown, args: object): void {
  const found = lifted.get(args);
  if (!found || !(value instanceof found.cls)) return;
  lifted.delete(args);
  (value as { items: object[] }).items = found.items;
}
