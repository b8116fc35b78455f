import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts SQL statements per request, so tests and benchmarks can prove a list query does not do N+1. */
const store = new AsyncLocalStorage<{ count: number }>();

export function countStatement(): void {
  const s = store.getStore();
  if (s) s.count++;
}

export function withStatementCount<T>(fn: () => T): { counter: { count: number }; result: T } {
  const counter = { count: 0 };
  const result = store.run(counter, fn);
  return { counter, result };
}

export const currentStatementCounter = () => store.getStore();

/** Runs `fn` outside any request's count: work shared by requests (e.g. a cached registry lookup) is not theirs. */
export const uncounted = <T>(fn: () => T): T => store.exit(fn);
