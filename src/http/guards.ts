import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getIntrospectionQuery,
  getOperationAST,
  getVariableValues,
  parse,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  type GraphQLInputType,
  type GraphQLInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Config } from '../config';
import { ErrorCode } from '../common/errors';
import { BATCH, inputListLimit, listsTooLong, outputListEstimate, type ListOverLimit } from '../common/list-limits';

/**
 * The guards every document passes, over HTTP and over WebSocket alike (src/server.ts gives both transports these
 * same rules). Each costs time linear in the document's size: fragments are measured once and their measure reused
 * at every spread, so a chain of fragments that each spread the next twice (2^n expansions) costs n steps.
 *
 * Depth, aliases and directives are GraphQL Armor's rules (@escape.tech/graphql-armor-*, which memoise fragments);
 * tokens are graphql-js's own `maxTokens` parse option (Armor's max-tokens plugin swaps the parser, which Apollo
 * Server does not let a plugin do; the limit is the same); the cost estimate is the hub's own (below), because
 * Armor's cost-limit ignores `first` given as a variable, and paginated lists are what makes a query expensive here.
 */

/** `extensions.limit` of each guard (README "Errors"). */
export enum Limit {
  DEPTH = 'depth',
  COMPLEXITY = 'complexity',
  ALIASES = 'aliases',
  DIRECTIVES = 'directives',
  TOKENS = 'tokens',
  OPERATIONS = 'operations',
  BODY_SIZE = 'bodySize',
  BATCH_SIZE = 'batchSize',
  SUBSCRIPTIONS = 'subscriptions',
  VALIDATION_ERRORS = 'validationErrors',
  VALIDATION_COMPLEXITY = 'validationComplexity',
  FILES = 'files',
}

export const limitError = (message: string, limit: Limit, max: number, actual?: number) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit, max, ...(actual === undefined ? {} : { actual }) } });

/** Armor reports a refusal as an error whose message ends in "found N."; the hub reports its own coded error instead. */
function armorReject(limit: Limit, max: number, describe: (actual: number) => string) {
  return [
    (context: ValidationContext | null, err: GraphQLError) => {
      const actual = Number(/found (\d+)/.exec(err.message)?.[1] ?? NaN);
      context?.reportError(limitError(describe(actual), limit, max, Number.isFinite(actual) ? actual : undefined));
    },
  ];
}

export function operationLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (ops > max) context.reportError(limitError(`${ops} operations in one document; at most ${max}`, Limit.OPERATIONS, max, ops));
    },
  });
}

/**
 * A type is a generated file (a record as CSV, XLSX or PDF: `RecordFile`, `ExportedRecord`) when it carries the file's
 * bytes in `contentBase64`. Every field returning one builds a file on request.
 */
export const isFileType = (type: unknown): boolean => isObjectType(type) && 'contentBase64' in type.getFields();

/**
 * What a walk of a document gives for the fragment spread `name`, computed once per fragment (memoised, so a walk
 * stays linear in the document however often a fragment is spread); an unknown or cyclic fragment — refused by
 * validation already — gives `empty`.
 */
function spreadValue<T>(
  schema: GraphQLSchema,
  name: string,
  state: { fragments: ReadonlyMap<string, FragmentDefinitionNode>; memo: Map<string, T>; inProgress: Set<string> },
  empty: T,
  walk: (set: SelectionSetNode, type: GraphQLCompositeType | undefined) => T,
): T {
  const known = state.memo.get(name);
  if (known !== undefined) return known;
  const fragment = state.fragments.get(name);
  if (!fragment || state.inProgress.has(name)) return empty;
  state.inProgress.add(name);
  const cond = schema.getType(fragment.typeCondition.name.value);
  const value = walk(fragment.selectionSet, cond && isCompositeType(cond) ? cond : undefined);
  state.inProgress.delete(name);
  state.memo.set(name, value);
  return value;
}

/**
 * At most `max` file-producing fields (fields whose type is a generated file, see `isFileType`) per operation, counted
 * through every fragment spread (and aliases): one request builds at most one file, so a document of 30 aliases of a
 * PDF cannot hold the event loop for tens of seconds. Fragments are counted once each (memoised): linear in the
 * document. @skip/@include are not evaluated (an upper bound).
 */
export function fileFieldLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const schema = context.getSchema();
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      const memo = new Map<string, number>();
      const inProgress = new Set<string>();
      const count = (set: SelectionSetNode, type: GraphQLCompositeType | undefined): number => {
        let total = 0;
        for (const sel of set.selections) {
          if (sel.kind === Kind.FIELD) {
            const field = type && 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
            const named = field ? getNamedType(field.type) : undefined;
            if (named && isFileType(named)) total += 1;
            else if (sel.selectionSet) total += count(sel.selectionSet, named && isCompositeType(named) ? named : undefined);
          } else if (sel.kind === Kind.INLINE_FRAGMENT) {
            const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
            total += count(sel.selectionSet, cond && isCompositeType(cond) ? cond : undefined);
          } else {
            total += spreadValue(schema, sel.name.value, { fragments, memo, inProgress }, 0, count);
          }
        }
        return total;
      };
      for (const d of doc.definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        const root = d.operation === 'query' ? schema.getQueryType() : d.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const n = count(d.selectionSet, root ?? undefined);
        if (n > max) {
          context.reportError(
            limitError(`${n} fields that generate a file (record) in one operation; at most ${max}: ask for one file per request`, Limit.FILES, max, n),
          );
        }
      }
    },
  });
}

/** MAX_BODY_SIZE (`512kb`, `20mb`, as express reads it: 1 kb = 1024 bytes) in bytes. */
export function bodySizeBytes(size: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(size.trim());
  if (!m) throw new Error(`MAX_BODY_SIZE must look like 512kb or 20mb, got ${size}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

/**
 * The GraphQL specification (draft after October 2021, "Single root field") forbids @skip and @include on a
 * subscription's root selection, through fragments too: which root field a subscription has must not depend on its
 * variables. graphql-js 16's check of the single root field evaluates those directives without variables and throws
 * ("…was not provided a runtime value"), which failed the request (HTTP 500) or the whole WebSocket (4500). This
 * runs before validation on both transports and refuses the document instead (GRAPHQL_VALIDATION_FAILED); it reads
 * only the root level of subscription operations, each fragment once.
 */
export function subscriptionRootDirectiveErrors(document: DocumentNode | undefined): GraphQLError[] {
  if (!document) return [];
  const errors: GraphQLError[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'subscription') continue;
    const seen = new Set<string>();
    const nodes: import('graphql').ASTNode[] = [];
    const scan = (set: SelectionSetNode) => {
      for (const sel of set.selections) {
        if (sel.directives?.some((d) => d.name.value === 'skip' || d.name.value === 'include')) nodes.push(sel);
        if (sel.kind === Kind.INLINE_FRAGMENT) scan(sel.selectionSet);
        else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
          seen.add(sel.name.value);
          const f = fragments.get(sel.name.value);
          if (f) scan(f.selectionSet);
        }
      }
    };
    scan(op.selectionSet);
    if (nodes.length) {
      const name = op.name ? `Subscription "${op.name.value}"` : 'An anonymous subscription';
      errors.push(
        new GraphQLError(`${name} must not use @skip or @include in its top level selection: its root field cannot depend on variables (GraphQL specification); send one subscription per case`, {
          nodes,
        }),
      );
    }
  }
  return errors;
}

/** A subscription sent over HTTP: they are served over WebSocket only (graphql-transport-ws). */
export const subscriptionOverHttpError = (path: string) =>
  new GraphQLError(`Subscriptions are served over WebSocket only: open ws(s)://<host>${path} with the graphql-transport-ws protocol (graphql-ws)`, {
    extensions: { code: ErrorCode.BAD_REQUEST },
  });

/** Stand-in documents for HTTP requests refused before validation, and the errors the hub's rule reports for them. */
const refusedDocuments = new WeakMap<DocumentNode, readonly GraphQLError[]>();
export function refusedBeforeValidation(errors: readonly GraphQLError[]): DocumentNode {
  const standIn: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] } }],
  };
  refusedDocuments.set(standIn, errors);
  return standIn;
}
const refusedBeforeValidationRule: ValidationRule = (context) => ({
  Document(doc) {
    for (const e of refusedDocuments.get(doc) ?? []) context.reportError(e);
  },
});

/** Generated files (records) per operation. */
export const MAX_FILES_PER_OPERATION = 1;

/** The validation rules added to graphql-js's specified rules, for both transports. */
export function hubValidationRules(config: Config): ValidationRule[] {
  const rules: ValidationRule[] = [
    refusedBeforeValidationRule,
    operationLimit(config.MAX_OPERATIONS_PER_REQUEST),
    fileFieldLimit(MAX_FILES_PER_OPERATION),
    // Fragments and inline fragments add no depth; introspection (__schema) is deep by nature and switched off apart.
    maxDepthRule({
      n: config.MAX_QUERY_DEPTH,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: armorReject(Limit.DEPTH, config.MAX_QUERY_DEPTH, (d) => `Query depth ${d} exceeds the maximum of ${config.MAX_QUERY_DEPTH}`),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: config.MAX_ALIASES,
      allowList: [],
      propagateOnRejection: false,
      onReject: armorReject(Limit.ALIASES, config.MAX_ALIASES, (n) => `${n} aliases in one operation; at most ${config.MAX_ALIASES}`),
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: config.MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: armorReject(Limit.DIRECTIVES, config.MAX_DIRECTIVES, (n) => `${n} directives in one operation; at most ${config.MAX_DIRECTIVES}`),
    }) as unknown as ValidationRule,
  ];
  if (!config.introspection) rules.push(NoSchemaIntrospectionCustomRule);
  return rules;
}

/** Parse options for both transports: the lexer stops after MAX_TOKENS tokens, before any tree is built. */
export const hubParseOptions = (config: Config): ParseOptions => ({ maxTokens: config.MAX_TOKENS });

/** graphql-js's message when `maxTokens` stops the parser (16.x spells it "more that"). */
const TOKENS_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

/** The coded LIMIT_EXCEEDED error for a parse stopped by the token limit, or null for any other syntax error. */
export function tokenLimitError(message: string): GraphQLError | null {
  const m = TOKENS_MESSAGE.exec(message);
  if (!m) return null;
  const max = Number(m[1]);
  return limitError(`The document has more than ${max} tokens (MAX_TOKENS); send large data as variables`, Limit.TOKENS, max);
}

/**
 * graphql-js gives up validating in two ways, told apart by their messages: after 100 errors ("Too many validation
 * errors, error limit reached. Validation aborted.") and, in a valid document too, when its check that same-named
 * fields can merge spends its fixed comparison budget (graphql 16.11+: "Validation aborted.", e.g. ~800 copies of one
 * field). Each gets its own coded limit: the second is not about errors in the document.
 */
const VALIDATION_ERRORS_ABORTED = /^Too many validation errors, error limit reached\. Validation aborted\.$/;
const VALIDATION_COMPLEXITY_ABORTED = /^Validation aborted\.$/;
/** graphql-js's MAX_COMPLEXITY_BUDGET of OverlappingFieldsCanBeMergedRule (16.11+), reported as `max`. */
const OVERLAP_COMPARISON_BUDGET = 500_000;
export function validationAbortedError(message: string): GraphQLError | null {
  if (VALIDATION_ERRORS_ABORTED.test(message)) {
    return limitError('Too many validation errors in one document; validation stopped after 100', Limit.VALIDATION_ERRORS, 100);
  }
  if (VALIDATION_COMPLEXITY_ABORTED.test(message)) {
    return limitError(
      'The document repeats the same fields too often to be validated (graphql-js stops comparing them); select each field once',
      Limit.VALIDATION_COMPLEXITY,
      OVERLAP_COMPARISON_BUDGET,
    );
  }
  return null;
}

const DEFAULT_PAGE = 20;

const isListOutput = (t: GraphQLOutputType): boolean => (isNonNullType(t) ? isListOutput(t.ofType) : isListType(t));

/**
 * How many elements each list of introspection has in this schema, on average per parent: `__Schema.types` all the
 * types, `__Type.fields` the fields of a type with fields, `__Field.args` the arguments of a field… so that
 * `__schema { types { fields { args { … } } } }` is priced as the size of its answer, like any other list (29
 * aliases of it once answered 26.7 MB in 7.2 s, priced 1 per level).
 */
const introspectionSizesOf = new WeakMap<GraphQLSchema, Map<string, number>>();
function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  let sizes = introspectionSizesOf.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const avg = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
  const withFields = types.filter((t) => isObjectType(t) || isInterfaceType(t)) as (GraphQLObjectType | GraphQLInterfaceType)[];
  const fields = withFields.flatMap((t) => Object.values(t.getFields()));
  const directives = schema.getDirectives();
  sizes = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', avg(withFields.map((t) => Object.keys(t.getFields()).length))],
    ['__Type.interfaces', avg(withFields.map((t) => t.getInterfaces().length))],
    ['__Type.possibleTypes', avg(types.filter(isAbstractType).map((t) => schema.getPossibleTypes(t).length))],
    ['__Type.enumValues', avg(types.filter(isEnumType).map((t) => t.getValues().length))],
    ['__Type.inputFields', avg(types.filter(isInputObjectType).map((t) => Object.keys(t.getFields()).length))],
    ['__Field.args', avg(fields.map((f) => f.args.length))],
    ['__Directive.args', avg(directives.map((d) => d.args.length))],
  ]);
  introspectionSizesOf.set(schema, sizes);
  return sizes;
}

/**
 * Estimated cost of an operation: a field costs 1 plus its selection; a list field with a `first` argument costs
 * 1 + first × its selection (`first` from a literal or a variable, 20 when absent or not an integer). Fragment costs
 * are computed once (memoised by name), so the estimate is linear in the document's size. It is an upper bound:
 * @skip/@include and type conditions are not evaluated. A list field without `first` costs 1 + its estimated length
 * × its selection: its maximum for a child list stored from an input, a per-field estimate otherwise
 * (src/common/list-limits.ts); a list of leaves costs 1. Introspection's lists cost their sizes in this schema.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined | null,
): number {
  return estimateCosts(schema, document, operationName, variables).cost;
}

/**
 * The operation's cost (above) and, apart, its introspection's: what `__schema` and `__type` select, priced with
 * introspection's list sizes in this schema ({@link introspectionSizes}). Each of those fields costs 1 in `cost`; their
 * selections count in `introspection` only, whose maximum is one full introspection of the schema
 * ({@link maxIntrospectionCost}): GraphiQL's and codegen's introspection passes, 29 aliases of it do not.
 */
export function estimateCosts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined | null,
): { cost: number; introspection: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION) operations.push(d);
  }
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return { cost: 0, introspection: 0 }; // Apollo and graphql-ws answer "operation not found" themselves.
  const memo = new Map<string, Cost>();
  const inProgress = new Set<string>();
  const introspection = introspectionSizes(schema);
  const listEstimate = (typeName: string, fieldName: string) =>
    typeName.startsWith('__') ? (introspection.get(`${typeName}.${fieldName}`) ?? 1) : outputListEstimate(typeName, fieldName);
  // `__schema` and `__type` are not among the query type's fields: graphql-js defines them apart.
  const fieldOf = (type: GraphQLCompositeType | undefined, name: string) => {
    if (type && type === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return type && 'getFields' in type ? type.getFields()[name] : undefined;
  };

  const pageSize = (value: ValueNode | undefined): number => {
    if (!value) return DEFAULT_PAGE;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind === Kind.VARIABLE) {
      const v = variables?.[value.name.value];
      return typeof v === 'number' && Number.isInteger(v) ? v : DEFAULT_PAGE;
    }
    return DEFAULT_PAGE;
  };

  interface Cost {
    cost: number;
    introspection: number;
  }
  const costOf = (set: SelectionSetNode, type: GraphQLCompositeType | undefined): Cost => {
    let total = 0;
    let intro = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = fieldOf(type, sel.name.value);
        const named = field ? getNamedType(field.type) : undefined;
        const inner = sel.selectionSet ? costOf(sel.selectionSet, named && isCompositeType(named) ? named : undefined) : { cost: 0, introspection: 0 };
        const child = inner.cost + inner.introspection;
        let own: number;
        const paginated = field?.args.some((a) => a.name === 'first');
        if (paginated) own = 1 + Math.max(0, pageSize(sel.arguments?.find((a) => a.name.value === 'first')?.value)) * Math.max(child, 1);
        else if (field && type && sel.selectionSet && isListOutput(field.type)) own = 1 + listEstimate(type.name, field.name) * Math.max(child, 1);
        else own = 1 + child;
        if (field === SchemaMetaFieldDef || field === TypeMetaFieldDef || (type && type.name.startsWith('__'))) {
          // Introspection: the meta field costs 1 in the operation's cost, what it selects counts apart.
          if (type && type.name.startsWith('__')) intro += own;
          else {
            total += 1;
            intro += own - 1;
          }
        } else {
          total += 1 + (own - 1 - inner.introspection);
          intro += inner.introspection;
        }
      } else {
        let c: Cost | undefined;
        if (sel.kind === Kind.INLINE_FRAGMENT) {
          const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
          c = costOf(sel.selectionSet, cond && isCompositeType(cond) ? cond : undefined);
        } else {
          c = spreadValue(schema, sel.name.value, { fragments, memo, inProgress }, { cost: 0, introspection: 0 }, costOf);
        }
        total += c.cost;
        intro += c.introspection;
      }
    }
    return { cost: total, introspection: intro };
  };

  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return costOf(operation.selectionSet, root ?? undefined);
}

/**
 * The most introspection one operation may select: one full introspection of this schema (graphql-js's
 * getIntrospectionQuery with every option, as GraphiQL and code generators send it), with half again as slack for
 * deeper `ofType` chains. Two of them in one operation are refused.
 */
const maxIntrospectionOf = new WeakMap<GraphQLSchema, number>();
export function maxIntrospectionCost(schema: GraphQLSchema): number {
  let max = maxIntrospectionOf.get(schema);
  if (max === undefined) {
    const full = parse(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
    );
    max = Math.ceil(estimateCosts(schema, full, undefined, {}).introspection * 1.5);
    maxIntrospectionOf.set(schema, max);
  }
  return max;
}

/** Names of the variables given as a `first` argument anywhere in the document (the only ones estimateCost reads). */
const firstVariablesOf = new WeakMap<DocumentNode, Set<string>>();
function firstVariables(document: DocumentNode): Set<string> {
  let names = firstVariablesOf.get(document);
  if (names) return names;
  names = new Set<string>();
  firstVariablesOf.set(document, names);
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names!.add(node.value.name.value);
    },
  });
  return names;
}

/**
 * Estimated costs by document, operation and priced values (checkComplexity), for one schema per document: at most
 * COSTS_KEPT per document, the least recently used dropped first (a page read with ever new `first` values keeps the
 * ones in use).
 */
type Costs = { cost: number; introspection: number };
export const COSTS_KEPT = 64;
const costsOf = new WeakMap<DocumentNode, LRUCache<string, Costs>>();
const costsSchema = new WeakMap<DocumentNode, GraphQLSchema>();
/** Cost estimates computed so far (not answered from what is kept), for tests and diagnostics. */
let estimated = 0;
export const costEstimates = (): number => estimated;
/** How many estimates are kept for this document, for tests and diagnostics. */
export const keptCosts = (document: DocumentNode): number => costsOf.get(document)?.size ?? 0;

const listHolders = new WeakMap<GraphQLInputObjectType, boolean>();
/** Whether a value of this input type can hold a list: a list-typed field in it or in any input type it reaches. */
function holdsList(type: GraphQLInputObjectType): boolean {
  let found = listHolders.get(type);
  if (found !== undefined) return found;
  found = false;
  const seen = new Set<GraphQLInputObjectType>([type]);
  const queue = [type];
  while (queue.length > 0 && !found) {
    for (const f of Object.values(queue.pop()!.getFields())) {
      const t = isNonNullType(f.type) ? f.type.ofType : f.type;
      if (isListType(t)) found = true;
      else if (isInputObjectType(t) && !seen.has(t)) {
        seen.add(t);
        queue.push(t);
      }
    }
  }
  listHolders.set(type, found);
  return found;
}

/**
 * Every list the operation sends, checked against its maximum (src/common/list-limits.ts) before any field executes
 * and before graphql-js coerces the variables (coercing one finding with 150,000 actions took seconds before the
 * boundary could refuse it): the arguments of every field, at the root and nested, through fragments, whatever their
 * form — a variable (as sent), a literal list or object, a variable inside a literal, a variable's default. Every list
 * over its maximum is reported in one LIMIT_EXCEEDED error (listsTooLong), so an operation with one such list is
 * refused whole: no other root field of it runs. A list over its maximum is refused without reading its entries;
 * only objects and lists are walked. Linear in the document and the variables: each fragment is walked once, and each
 * variable once per position type (a variable used twice at the same kind of position is reported at its first
 * use). The boundary (src/common/input-guard.ts) checks the same maxima again on the coerced arguments.
 */
export function checkOperationLists(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined | null,
  maxBatch = Infinity,
): void {
  const found: ListOverLimit[] = [];
  const values = variables ?? {};
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  /** Whether a list of `length` entries at `key` is over its maximum (then recorded, and its entries left unread). */
  const over = (length: number, path: string, name: string, key: string | undefined): boolean => {
    const limit = key ? inputListLimit(key) : undefined;
    // A batch's items: MAX_BATCH_SIZE, refused here as assertBatchSize refuses it, before 2 × 10⁵ items are coerced.
    if (limit === BATCH && length > maxBatch) found.push({ field: path, name, limit: 'batchSize', max: maxBatch, actual: length });
    else if (typeof limit === 'number' && length > limit) found.push({ field: path, name, limit: 'listSize', max: limit, actual: length });
    else return false;
    return true;
  };
  // A variable's value as sent (before coercion).
  const walkValue = (value: unknown, type: GraphQLInputType, path: string, name: string, key: string | undefined): void => {
    if (value === null || value === undefined || typeof value !== 'object') return;
    if (isNonNullType(type)) return walkValue(value, type.ofType, path, name, key);
    if (isListType(type)) {
      if (!Array.isArray(value)) return walkValue(value, type.ofType, path, name, undefined);
      if (over(value.length, path, name, key)) return;
      const inner = getNamedType(type.ofType);
      if (!isInputObjectType(inner) && !isListType(isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType)) return;
      // Elements of an input type that holds no list anywhere cannot be refused here: 2,000 items of a batch are not
      // walked field by field for nothing (issue 14).
      if (isInputObjectType(inner) && !holdsList(inner)) return;
      for (let i = 0; i < value.length; i++) walkValue(value[i], type.ofType, `${path}.${i}`, name, undefined);
      return;
    }
    if (!isInputObjectType(type) || Array.isArray(value)) return;
    const fields = type.getFields();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[k];
      if (f) walkValue(v, f.type, `${path}.${k}`, k, `${type.name}.${k}`);
    }
  };
  const walkedVariables = new Set<string>();
  // A variable at a position of the document: its path and maximum are the position's (`input.items.3.actions`,
  // whatever the variable is called; a bare list variable gets its argument's maximum).
  const walkVariable = (variable: string, type: GraphQLInputType, path: string, name: string, key: string | undefined): void => {
    const once = `${variable}\u0000${key ?? ''}\u0000${String(type)}`;
    if (walkedVariables.has(once)) return;
    walkedVariables.add(once);
    if (Object.hasOwn(values, variable)) return walkValue(values[variable], type, path, name, key);
    const fallback = defaults.get(variable);
    if (fallback) walkLiteral(fallback, type, path, name, key);
  };
  // A value written in the document (validation has checked it fits its type).
  const walkLiteral = (node: ValueNode, type: GraphQLInputType, path: string, name: string, key: string | undefined): void => {
    if (node.kind === Kind.VARIABLE) return walkVariable(node.name.value, type, path, name, key);
    if (isNonNullType(type)) return walkLiteral(node, type.ofType, path, name, key);
    if (isListType(type)) {
      if (node.kind !== Kind.LIST) return walkLiteral(node, type.ofType, path, name, undefined);
      if (over(node.values.length, path, name, key)) return;
      for (let i = 0; i < node.values.length; i++) walkLiteral(node.values[i], type.ofType, `${path}.${i}`, name, undefined);
      return;
    }
    if (!isInputObjectType(type) || node.kind !== Kind.OBJECT) return;
    const fields = type.getFields();
    for (const f of node.fields) {
      const def = fields[f.name.value];
      if (def) walkLiteral(f.value, def.type, `${path}.${f.name.value}`, f.name.value, `${type.name}.${f.name.value}`);
    }
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();
  const visitSet = (set: SelectionSetNode, type: GraphQLCompositeType | undefined): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const field = type && 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
        if (field && type) {
          for (const arg of sel.arguments ?? []) {
            const def = field.args.find((a) => a.name === arg.name.value);
            if (def) walkLiteral(arg.value, def.type, def.name, def.name, `${type.name}.${field.name}(${def.name})`);
          }
        }
        const named = field ? getNamedType(field.type) : undefined;
        if (sel.selectionSet) visitSet(sel.selectionSet, named && isCompositeType(named) ? named : undefined);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        visitSet(sel.selectionSet, cond && isCompositeType(cond) ? cond : undefined);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value); // each fragment once: linear in the document
        const fragment = fragments.get(sel.name.value);
        const cond = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment) visitSet(fragment.selectionSet, cond && isCompositeType(cond) ? cond : undefined);
      }
    }
  };
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  visitSet(operation.selectionSet, root ?? undefined);
  if (found.length > 0) throw listsTooLong(found);
}

/** Throws LIMIT_EXCEEDED when an operation's estimated cost is above the configured maximum. */
export function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined | null,
  max: number,
  maxBatch = Infinity,
): void {
  // The cost is estimated from the variables as execution will see them. Apollo and graphql-ws call this before
  // graphql-js coerces them, so a value that does not coerce (e.g. `first: 1e300` for an Int) is left to execution,
  // which refuses it as BAD_USER_INPUT before running anything, instead of being priced as LIMIT_EXCEEDED.
  const operation = getOperationAST(document, operationName);
  if (!operation) return;
  checkOperationLists(schema, operation, document, variables, maxBatch);
  // The estimate reads only the variables given as `first`, so only those are coerced first: coercing the rest (an
  // inbound batch of 2,000 items) cost as much as execution's own coercion of them (issue 14). Coercion is per
  // variable, so these values are what a full coercion gives; only an operation found too expensive needs to know
  // whether another variable fails to coerce (then execution refuses it first, as before).
  const definitions = operation.variableDefinitions ?? [];
  const pageVariables = firstVariables(document);
  const priced = definitions.filter((d) => pageVariables.has(d.variable.name.value));
  const coerced = getVariableValues(schema, priced, variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return;
  // The estimate depends only on the schema, the document, the operation and these values: kept per document (one
  // schema per document; another schema's estimates are not kept) (issue 14).
  if (!costsSchema.has(document)) costsSchema.set(document, schema);
  const byValues = costsSchema.get(document) === schema ? (costsOf.get(document) ?? new LRUCache<string, Costs>({ max: COSTS_KEPT })) : null;
  const key = JSON.stringify([operationName ?? null, coerced.coerced]);
  let costs = byValues?.get(key);
  if (costs === undefined) {
    estimated++;
    costs = estimateCosts(schema, document, operationName, coerced.coerced);
    if (byValues) {
      byValues.set(key, costs);
      costsOf.set(document, byValues);
    }
  }
  const { cost, introspection } = costs;
  if (introspection > 0) {
    const maxIntrospection = maxIntrospectionCost(schema);
    if (introspection > maxIntrospection) {
      throw limitError(
        `Introspection cost ${introspection} exceeds the maximum of ${maxIntrospection} (one full introspection of the schema per operation)`,
        Limit.COMPLEXITY,
        maxIntrospection,
        introspection,
      );
    }
  }
  if (cost > max) {
    if (priced.length < definitions.length && getVariableValues(schema, definitions, variables ?? {}, { maxErrors: 1 }).errors) return;
    const shown = Number.isFinite(cost) && cost < Number.MAX_SAFE_INTEGER ? cost : Number.MAX_SAFE_INTEGER;
    throw limitError(`Query cost ${shown} exceeds the maximum of ${max}`, Limit.COMPLEXITY, max, shown);
  }
}
