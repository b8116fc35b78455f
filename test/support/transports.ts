import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { TestHub } from './hub';

export type Transport = 'http' | 'ws';
export const TRANSPORTS: Transport[] = ['http', 'ws'];

export interface Sent {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface Answer {
  transport: Transport;
  /** HTTP status; undefined over WebSocket. */
  status?: number;
  data?: unknown;
  errors: GraphQLFormattedError[];
  /** Wall time of the round trip, in milliseconds. */
  ms: number;
  /** Set when the WebSocket closed instead of answering. */
  closed?: { code: number; reason: string };
}

/**
 * Sends one operation over the given transport and returns what came back: over HTTP the JSON body and status, over
 * WebSocket the first `next` payload or the `error` message's errors (a query or mutation, or a subscription's first
 * result). A WebSocket client is opened for the call and disposed of afterwards.
 */
export async function send(
  hub: TestHub,
  transport: Transport,
  op: Sent,
  token?: string | null,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<Answer> {
  const started = performance.now();
  if (transport === 'http') {
    const res = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(op),
    });
    const text = await res.text();
    let body: ExecutionResult;
    try {
      body = JSON.parse(text) as ExecutionResult;
    } catch {
      throw new Error(`HTTP ${res.status} answered with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    return { transport, status: res.status, data: body.data, errors: (body.errors ?? []) as unknown as GraphQLFormattedError[], ms: performance.now() - started };
  }
  let closed: Answer['closed'];
  const client = hub.ws(token, {
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        closed = { code: e.code, reason: String(e.reason) };
      },
    },
  });
  try {
    const outcome = await new Promise<{ data?: unknown; errors: GraphQLFormattedError[] }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no WebSocket answer within ${timeoutMs} ms`)), timeoutMs);
      let unsubscribe = () => {};
      unsubscribe = client.subscribe(
        { query: op.query, variables: op.variables, operationName: op.operationName },
        {
          next: (value) => {
            clearTimeout(timer);
            resolve({ data: value.data, errors: (value.errors ?? []) as GraphQLFormattedError[] });
            unsubscribe();
          },
          error: (err) => {
            clearTimeout(timer);
            if (Array.isArray(err)) resolve({ errors: err as GraphQLFormattedError[] });
            else resolve({ errors: [], ...(closed ? {} : { data: undefined }) });
          },
          complete: () => {
            clearTimeout(timer);
            resolve({ errors: [] });
          },
        },
      );
    });
    return { transport, ...outcome, ms: performance.now() - started, closed };
  } finally {
    await client.dispose();
  }
}
