import 'reflect-metadata';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig, type Config } from '../../src/config';
import { startRuntime, type RunningRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub, type Hub } from '../../src/server';
import { systemContext, type Context } from '../../src/context';
import { Role } from '../../src/common/auth/roles';
import type { TokenClaims } from '../../src/common/auth/jwt';
import { createLogger } from '../../src/logger';
import { createTestDatabase, type TestDatabase } from './database';

export interface GraphQLResponse<T> extends ExecutionResult<T> {
  status: number;
}

export interface TestHub {
  url: string;
  wsUrl: string;
  runtime: RunningRuntime;
  database: TestDatabase;
  /** A signed token for these claims (subject defaults to test:<role>). */
  token(claims: Partial<TokenClaims> & { role: Role }): Promise<string>;
  /** POST a typed document over real HTTP. */
  gql<R, V>(doc: TypedDocumentNode<R, V> | string, variables?: V, token?: string | null): Promise<GraphQLResponse<R>>;
  /** A graphql-ws client on this hub (closed by stop()). */
  ws(token?: string | null, options?: Partial<Parameters<typeof createClient>[0]>): WsClient;
  /** A system context for factories (acts as ADMIN unless told otherwise). */
  system(caller?: Partial<Context['caller']> & { role?: Role }): Context;
  stop(): Promise<void>;
}

let schemaPromise: ReturnType<typeof buildHubSchema> | null = null;

/** Starts a real hub (HTTP + WebSocket) on a random port, on a private database with every migration applied. */
export async function startTestHub(env: Record<string, string> = {}, existingDb?: TestDatabase): Promise<TestHub> {
  const database = existingDb ?? (await createTestDatabase());
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DATABASE_POOL_SIZE: '5',
    JWT_SECRET: 'test-secret-for-pmi-hub-tests',
    ...env,
    DATABASE_URL: database.url,
  });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  schemaPromise ??= buildHubSchema();
  const hub: Hub = await createHub(runtime, await schemaPromise);
  const port = await hub.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: WsClient[] = [];
  return {
    url,
    wsUrl,
    runtime,
    database,
    token: (claims) => runtime.tokens.mint({ sub: `test:${claims.role.toLowerCase()}`, ...claims }),
    async gql(doc, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: typeof doc === 'string' ? doc : print(doc), variables }),
      });
      const body = (await res.json()) as ExecutionResult<never>;
      return { ...body, status: res.status };
    },
    ws(token, options = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
        ...options,
      });
      clients.push(client);
      return client;
    },
    system: (caller = {}) =>
      systemContext(runtime, { subject: 'test:system', role: Role.ADMIN, ...(caller as object) } as never),
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await hub.close();
      await runtime.shutdown();
      if (!existingDb) await database.drop();
    },
  };
}

/** Asserts a GraphQL error with this code (and field, if given) and returns it. */
export function expectError(res: ExecutionResult<unknown>, code: string, field?: string) {
  const err = res.errors?.[0];
  if (!err) throw new Error(`expected a ${code} error, got data ${JSON.stringify(res.data)}`);
  expect(err.extensions?.code).toBe(code);
  if (field !== undefined) expect(err.extensions?.field).toBe(field);
  return err;
}

/**
 * "All problems at once" (README, Errors): one BAD_USER_INPUT error whose `violations` name exactly these fields (each
 * at least once, in any order), whose `field` is the first violation's, and whose message counts the others. Returns
 * the violations.
 */
export function expectViolations(res: ExecutionResult<unknown>, fields: string[]) {
  expect(res.errors).toHaveLength(1);
  const err = res.errors![0];
  expect(err.extensions?.code).toBe('BAD_USER_INPUT');
  const violations = (err.extensions?.violations ?? []) as { field: string; message: string }[];
  expect([...new Set(violations.map((v) => v.field))].sort()).toEqual([...fields].sort());
  expect(err.extensions?.field).toBe(violations[0].field);
  expect(err.message).toContain(`and ${violations.length - 1} more problem`);
  return violations;
}

/** Fails with the errors' messages when a response has any. */
export function expectData<T>(res: ExecutionResult<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors, null, 2)}`);
  return res.data as T;
}
