import {
  Kind,
  createSourceEventStream,
  execute,
  getOperationAST,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context';
import { EventStream } from './event-stream';

/**
 * Subscription execution for the WebSocket server (graphql-ws's `subscribe` option), with one result per event and
 * selection instead of one per subscriber.
 *
 * graphql-js's `subscribe()` runs the resolvers of the selection for every subscriber and every event: with 5,000
 * subscribers an event is executed 5,000 times with the same outcome (issue 14). Here the source stream is created as
 * graphql-js creates it (`createSourceEventStream`: the field's `subscribe`, which authorizes the caller and sets the
 * filter), and each event it yields is executed once per distinct selection; subscribers with the same selection that
 * receive the very same event object reuse that result.
 *
 * Why the result may be shared: the bus hands one object per event to every stream (event-bus.ts), and a stream yields
 * it as is unless it has to cut the payload to the caller's parts (visibility.ts `project`, which then yields a new
 * object: no sharing, executed for that subscriber alone). The `events` resolver returns its root and every field of
 * HubEvent is plain data (`simpleResolvers`), so what the execution produces depends only on the event and on the
 * selection: not on the caller (whose authorization the stream re-checks before yielding each event) nor on the
 * arguments of the subscription field (which choose the events: the stream has applied them). The key is therefore
 * the printed operation without the root field's arguments, plus the variables when the selection uses any (e.g. in
 * `@include(if: $x)`). A result with errors is never shared: every other subscriber executes on its own.
 *
 * Replayed events are read per stream, so each is its own object and is executed per subscriber, as before.
 * Memory: results hang off the event objects (WeakMap), so they go when the last buffer holding the event lets go.
 */
const shared = new WeakMap<object, Map<string, Shared>>();

/** One event's execution for one selection, and its result as JSON once a subscriber has written it directly. */
interface Shared {
  result: Promise<ExecutionResult>;
  /** `JSON.stringify(result)` as UTF-8; null when the result has errors (never shared); undefined: not built yet. */
  json?: Buffer | null;
}

/** Stats for tests and diagnostics: executions run, results reused, and `next` messages written from shared JSON. */
export const sharedExecutionStats = { executed: 0, reused: 0, direct: 0 };

export async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const key = selectionKey(args.document, args.operationName, args.variableValues);
  const run = (event: unknown): Promise<ExecutionResult> => {
    sharedExecutionStats.executed++;
    return Promise.resolve(execute({ ...args, rootValue: event }));
  };
  /** The shared execution of this event for this selection, started by the first subscriber that asks. */
  const sharedOf = (event: object, key: string): { entry: Shared; mine: boolean } => {
    let byKey = shared.get(event);
    if (!byKey) shared.set(event, (byKey = new Map()));
    const entry = byKey.get(key);
    if (entry) return { entry, mine: false };
    const created: Shared = { result: run(event) };
    byKey.set(key, created);
    return { entry: created, mine: true };
  };
  const resultOf = async (event: unknown): Promise<ExecutionResult> => {
    if (key === null || event === null || typeof event !== 'object') return run(event);
    const { entry, mine } = sharedOf(event, key);
    if (mine) return entry.result;
    // Another subscriber's execution: reused only when it succeeded; otherwise this subscriber executes on its own.
    const result = await entry.result.catch(() => null);
    if (result && !result.errors) {
      sharedExecutionStats.reused++;
      return result;
    }
    return run(event);
  };
  const connection = (args.contextValue as Context | undefined)?.connection;
  if (key !== null && connection?.sendNext && source instanceof EventStream) {
    // The message graphql-ws would send for a shared result is `{"id":…,"type":"next","payload":JSON(result)}`:
    // the result's JSON is built once per event and selection and only the envelope is per subscriber. A result
    // with errors goes the usual way (graphql-ws, onNext's error formatting), executed for this subscriber alone.
    const sendNext = connection.sendNext.bind(connection);
    source.writeWith(async (event) => {
      const { entry, mine } = sharedOf(event, key);
      let json = entry.json;
      if (json === undefined) {
        const result = await entry.result.catch(() => null);
        json = entry.json ??= result && !result.errors ? Buffer.from(JSON.stringify(result)) : null;
      }
      if (json === null) return false;
      if (!mine) sharedExecutionStats.reused++;
      sharedExecutionStats.direct++;
      await sendNext(json);
      return true;
    });
  }
  return mapStream(source, resultOf);
}

/**
 * What a subscriber's result depends on besides the event, or null when it cannot be told (not one plain operation).
 */
export function selectionKey(document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): string | null {
  // Documents are shared by the subscribers that send the same text (src/http/document-cache.ts): print once.
  let byName = printed.get(document);
  if (!byName) printed.set(document, (byName = new Map()));
  let text = byName.get(operationName ?? '');
  if (text === undefined) byName.set(operationName ?? '', (text = printSelection(document, operationName)));
  if (text === null) return null;
  return text.includes('$') ? `${text}\n${JSON.stringify(variables ?? {})}` : text;
}
const printed = new WeakMap<DocumentNode, Map<string, string | null>>();

function printSelection(document: DocumentNode, operationName?: string | null): string | null {
  const op = getOperationAST(document, operationName);
  if (!op) return null;
  const withoutRootArguments: OperationDefinitionNode = {
    ...op,
    name: undefined,
    variableDefinitions: [],
    selectionSet: {
      ...op.selectionSet,
      selections: op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? { ...s, arguments: [] } : s)),
    },
  };
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return print({ kind: Kind.DOCUMENT, definitions: [withoutRootArguments, ...fragments] });
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return !!x && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/**
 * The source stream mapped to results. `return()` and `throw()` go straight to the source, so an unsubscribe ends the
 * event stream at once even while it waits for events (as graphql-js's own mapping does).
 */
function mapStream<T, R>(source: AsyncIterable<T>, fn: (value: T) => Promise<R>): AsyncIterableIterator<R> {
  const it = source[Symbol.asyncIterator]();
  const done = async (): Promise<IteratorResult<R>> => ({ done: true, value: undefined });
  return {
    async next() {
      const r = await it.next();
      if (r.done) return { done: true, value: undefined };
      return { done: false, value: await fn(r.value) };
    },
    async return() {
      if (it.return) await it.return();
      return done();
    },
    async throw(err?: unknown) {
      if (it.throw) await it.throw(err);
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
