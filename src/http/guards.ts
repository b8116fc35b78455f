import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Config } from '../config';
import { ErrorCode } from '../common/errors';

const limitError = (message: string, limit: string, max: number, actual: number) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit, max, actual } });

/** Deepest selection nesting, following fragments (cycles are rejected by graphql-js itself). */
function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  if (!set) return 0;
  let max = 0;
  for (const sel of set.selections) {
    let d = 0;
    // Introspection (__schema, __type) is deep by nature (ofType chains) and switched off apart with INTROSPECTION.
    if (sel.kind === Kind.FIELD && sel.name.value.startsWith('__')) continue;
    if (sel.kind === Kind.FIELD) d = sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1;
    else if (sel.kind === Kind.INLINE_FRAGMENT) d = depthOf(sel.selectionSet, fragments, seen);
    else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
      const f = fragments[sel.name.value];
      d = f ? depthOf(f.selectionSet, fragments, new Set([...seen, sel.name.value])) : 0;
    }
    if (d > max) max = d;
  }
  return max;
}

export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const doc = context.getDocument();
    const fragments = Object.fromEntries(
      doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    return {
      OperationDefinition(op) {
        const depth = depthOf(op.selectionSet, fragments);
        if (depth > max) {
          context.reportError(limitError(`Query depth ${depth} exceeds the maximum of ${max}`, 'depth', max, depth));
        }
      },
    };
  };
}

export function aliasLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias && ++count === max + 1) {
          context.reportError(limitError(`More than ${max} aliases in one request`, 'aliases', max, count));
        }
      },
    };
  };
}

export function operationLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(doc) {
      const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
      if (ops > max) context.reportError(limitError(`${ops} operations in one document; at most ${max}`, 'operations', max, ops));
    },
  });
}

export const guardRules = (config: Config): ValidationRule[] => [
  depthLimit(config.MAX_QUERY_DEPTH),
  aliasLimit(config.MAX_ALIASES),
  operationLimit(config.MAX_OPERATIONS_PER_REQUEST),
];

/** A list field costs its page size (`first`, default 20) times its selection. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : 20;
  return 1 + first * Math.max(childComplexity, 1);
};

/** Throws LIMIT_EXCEEDED when an operation's estimated cost is above the configured maximum. */
export function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  max: number,
): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (err) {
    // The estimate coerces variables before Apollo does: a wrong variable is the client's error.
    throw new GraphQLError((err as Error).message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  if (cost > max) throw limitError(`Query cost ${cost} exceeds the maximum of ${max}`, 'complexity', max, cost);
}
