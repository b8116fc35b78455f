import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, parse, validate, specifiedRules, type GraphQLSchema, type GraphQLFormattedError } from 'graphql';
import type { Runtime } from './context';
import { createContext } from './context';
import type { Caller } from './common/auth/caller';
import { ErrorCode } from './common/errors';
import { guardRules, checkComplexity } from './http/guards';
import { graphiqlAssets, graphiqlPage } from './http/graphiql';
import { withStatementCount, currentStatementCounter } from './db/statement-counter';
import { migrationsApplied } from './db/data-source';

export const GRAPHQL_PATH = '/graphql';

export interface Hub {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

function bearer(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m) throw new GraphQLError('Authorization header must be "Bearer <token>"', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
  return m[1];
}

async function authenticate(runtime: Runtime, header: string | undefined | null): Promise<Caller | null> {
  const token = bearer(header);
  if (!token) return null;
  try {
    return await runtime.tokens.authenticate(token);
  } catch (err) {
    if (err instanceof GraphQLError) {
      throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } });
    }
    throw err;
  }
}

/** Expected errors keep their message and code; anything else becomes INTERNAL_SERVER_ERROR without details in production. */
export function formatError(runtime: Runtime) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Apollo labels every validation failure GRAPHQL_VALIDATION_FAILED; the guards keep their own stable code.
    if (formatted.extensions?.limit) formatted = { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.LIMIT_EXCEEDED } };
    const code = formatted.extensions?.code as string | undefined;
    const known = code && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (known) {
      if (runtime.config.production) {
        const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
      return formatted;
    }
    runtime.logger.error({ err: error }, 'unexpected error');
    if (runtime.config.production) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

export async function createHub(runtime: Runtime, schema: GraphQLSchema): Promise<Hub> {
  const { config, logger } = runtime;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: 1024 * 1024 });

  const rules = [...specifiedRules, ...guardRules(config)];
  const wsCleanup = useServer(
    {
      schema,
      // Authenticate once per connection; the caller is re-checked per event by the subscription resolvers.
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const header = (params.Authorization ?? params.authorization) as string | undefined;
        try {
          (ctx.extra as Record<string, unknown>).caller = await authenticate(runtime, header ?? null);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        // graphql-ws has already registered this operation in ctx.subscriptions.
        const open = Object.keys(ctx.subscriptions).length;
        if (open > config.MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(
              `At most ${config.MAX_SUBSCRIPTIONS_PER_CONNECTION} operations may be open on one connection (MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one or open another connection`,
              { extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: config.MAX_SUBSCRIPTIONS_PER_CONNECTION } },
            ),
          ];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        try {
          checkComplexity(schema, document, payload.operationName ?? undefined, payload.variables ?? undefined, config.MAX_QUERY_COMPLEXITY);
        } catch (err) {
          return [err as GraphQLError];
        }
        return undefined;
      },
      context: (ctx) => {
        const caller = ((ctx.extra as Record<string, unknown>).caller as Caller | null) ?? null;
        const socket = ctx.extra.socket;
        const connection = { close: (code: number, reason: string) => socket.close(code, reason) };
        return createContext(runtime, randomUUID(), caller, connection) as unknown as Record<string, unknown>;
      },
    },
    wsServer,
  );

  const complexityPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkComplexity(schema, document, request.operationName ?? undefined, request.variables ?? undefined, config.MAX_QUERY_COMPLEXITY);
        },
        async willSendResponse({ response }) {
          const counter = currentStatementCounter();
          if (config.EXPOSE_SQL_COUNT && counter && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: counter.count };
          }
        },
      };
    },
  };

  const apollo = new ApolloServer({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    stopOnTerminationSignals: false, // main.ts drains, then stops the database
    validationRules: guardRules(config),
    includeStacktraceInErrorResponses: !config.production,
    formatError: formatError(runtime),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      complexityPlugin,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    (req as unknown as { requestId: string }).requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        { requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    withStatementCount(() => next());
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', instance: runtime.instanceId });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await runtime.db.query('SELECT 1');
      if (!(await migrationsApplied(runtime.db))) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      res.status(503).json({ status: 'database unreachable', error: (err as Error).message });
    }
  });

  if (config.graphiql) {
    app.use(graphiqlAssets());
    app.get(GRAPHQL_PATH, (req, res, next) => {
      if (!req.query.query && req.accepts(['application/json', 'text/html']) === 'text/html') {
        res.type('html').send(graphiqlPage(GRAPHQL_PATH));
        return;
      }
      next();
    });
  }

  app.use(
    GRAPHQL_PATH,
    express.json({ limit: config.MAX_BODY_SIZE }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await authenticate(runtime, req.headers.authorization);
        return createContext(runtime, (req as unknown as { requestId: string }).requestId, caller);
      },
    }),
  );

  // Body too large, malformed JSON: a GraphQL-shaped error, not an HTML page.
  app.use((err: { type?: string; status?: number; message: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const tooLarge = err.type === 'entity.too.large';
    res.status(err.status ?? 400).json({
      errors: [
        {
          message: tooLarge ? `Request body exceeds the maximum of ${config.MAX_BODY_SIZE}` : `Malformed request: ${err.message}`,
          extensions: { code: tooLarge ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_USER_INPUT },
        },
      ],
    });
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === 'object' && addr ? addr.port : port);
        });
      }),
    async close() {
      await apollo.stop(); // drains HTTP and WebSocket connections
      wsServer.close();
    },
  };
}

