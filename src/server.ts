import http from 'node:http';
import { KnownTenants } from './common/auth/known-tenants';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { WebSocket, WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, getOperationAST, parse, validate, specifiedRules, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context, Runtime } from './context';
import { createContext, type ClientConnection } from './context';
import type { Caller } from './common/auth/caller';
import { ErrorCode, unauthenticated } from './common/errors';
import {
  hubValidationRules,
  hubParseOptions,
  checkComplexity,
  Limit,
  limitError,
  bodySizeBytes,
  subscriptionRootDirectiveErrors,
  subscriptionOverHttpError,
  refusedBeforeValidation,
} from './http/guards';
import { hubErrorFormatter, logUnexpected, codeForWebSocket } from './http/pipeline';
import { graphiqlAssets, graphiqlPage } from './http/graphiql';
import { graphqlHandler } from './http/graphql-handler';
import { withStatementCount, currentStatementCounter } from './db/statement-counter';
import { migrationsApplied } from './db/data-source';
import { metricsOf, metricPath } from './observability/metrics';
import { metricsHandler } from './http/metrics';
import { dashboardRouter, DASHBOARD_PATH } from './dashboard/serve';
import { subscribeShared } from './events/shared-execution';
import { DocumentCache } from './http/document-cache';
import { ResponseCache } from './http/response-cache';
import { RawSplices, placeSplices, stringifyResult } from './common/raw-splice';
import { FastLane, laneBodyError, requestIdOf } from './http/fast-lane';

export const GRAPHQL_PATH = '/graphql';

export interface Hub {
  httpServer: http.Server;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

const invalidTokenHeaders = () => new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]);

function bearer(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!m) throw new GraphQLError('Authorization header must be "Bearer <token>"', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401, headers: invalidTokenHeaders() } },
  });
  return m[1];
}

const knownTenants = new WeakMap<Runtime, KnownTenants>();

async function authenticate(runtime: Runtime, header: string | undefined | null): Promise<Caller | null> {
  const token = bearer(header);
  if (!token) return null;
  try {
    let tenants = knownTenants.get(runtime);
    if (!tenants) knownTenants.set(runtime, (tenants = new KnownTenants(runtime.db)));
    return await tenants.check(await runtime.tokens.authenticate(token));
  } catch (err) {
    if (err instanceof GraphQLError) {
      // RFC 6750: a presented token that is not valid is an HTTP authentication failure, whatever the media type.
      throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401, headers: invalidTokenHeaders() } } });
    }
    throw err;
  }
}

/** The media type a client prefers for a single result (Apollo answers 406 when it accepts neither). */
function prefersGraphQLResponseJson(accept: string | undefined): boolean {
  if (!accept) return false;
  let best: { type: string; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().toLowerCase().split(';').map((p) => p.trim());
    if (!['application/graphql-response+json', 'application/json', 'application/*', '*/*'].includes(type)) continue;
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    if (!best || q > best.q) best = { type, q };
  }
  return best?.type === 'application/graphql-response+json';
}

const NEXT_SUFFIX = Buffer.from('}');

/**
 * `ClientConnection.sendNext` for one operation on one socket: the `next` message graphql-ws would write
 * (`stringifyMessage({ id, type: 'next', payload: result })` is `{"id":<id>,"type":"next","payload":<result>}`: the
 * same keys in the same order) as one text frame, sent as graphql-ws's `ws` adapter sends (nothing when the socket is
 * no longer open; settled by the write callback). The payload's JSON is built once per event and selection and shared
 * by every subscriber receiving it (src/events/shared-execution.ts); only the operation id differs per subscriber.
 */
function nextMessageWriter(socket: WebSocket, id: string): (payloadJson: Buffer) => Promise<void> {
  const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  return (payloadJson) =>
    new Promise<void>((resolve, reject) => {
      if (socket.readyState !== WebSocket.OPEN) return resolve();
      const message = Buffer.concat([prefix, payloadJson, NEXT_SUFFIX], prefix.length + payloadJson.length + 1);
      socket.send(message, { binary: false }, (err) => (err ? reject(err) : resolve()));
    });
}

/**
 * The graphql-ws envelope around a payload that would be an HTTP body: `{"id":…,"type":"subscribe","payload":…}`.
 * A message may be MAX_BODY_SIZE plus this much.
 */
export const WS_FRAMING_OVERHEAD = 64 * 1024;
/** Close code of a WebSocket message over the size limit (graphql-ws's own codes are 44xx; 4413 as HTTP's 413). */
export const WS_CLOSE_TOO_LARGE = 4413;

/**
 * The server's sockets: a message over `maxPayload` makes ws close the connection with 1009 and no reason, which a
 * graphql-ws client reports as a bare close. The hub closes it instead with 4413 and a reason naming the limit
 * (`LIMIT_EXCEEDED bodySize: …`): the frame is dropped as it arrives (never buffered whole), so no operation id can
 * be read to answer with an error message.
 */
function hubWebSocket(maxBodySize: number, label: string): typeof WebSocket {
  const reason = `LIMIT_EXCEEDED bodySize: message over ${label} (MAX_BODY_SIZE ${maxBodySize} bytes)`.slice(0, 123);
  return class HubWebSocket extends WebSocket {
    override close(code?: number, data?: string | Buffer): void {
      if (code === 1009) return super.close(WS_CLOSE_TOO_LARGE, reason);
      return super.close(code, data);
    }
  };
}

const MEDIA_JSON = 'application/json; charset=utf-8';
const MEDIA_GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';

/**
 * A body declared in any charset but UTF-8 is 415 (README, HTTP status codes): express.json would decode UTF-16 and
 * UTF-32 too, and a UTF-8 body declared as UTF-16 would reach the JSON parser as garbled text (a misleading 400).
 */
function utf8Only(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1].toLowerCase();
  // `utf8` too is refused here: express.json would refuse it with another message (one answer for every other charset).
  if (charset === undefined || charset === 'utf-8') return next();
  res.status(415).json({
    errors: [{ message: `Unsupported charset "${charset.slice(0, 40)}": send the body in UTF-8`, extensions: { code: 'BAD_REQUEST' } }],
  });
}

export async function createHub(runtime: Runtime, schema: GraphQLSchema): Promise<Hub> {
  const { config, logger } = runtime;
  const metrics = metricsOf(runtime);
  const app = express();
  app.disable('x-powered-by');
  // Paths are what they say: /GRAPHQL or /Healthz are not the hub's endpoints (404), as the WebSocket path is exact.
  app.enable('case sensitive routing');
  // Answers to anything but GET and HEAD carry no ETag — GraphQL POSTs, their 4xx and Apollo's 405 alike: a client
  // revalidates only GET and HEAD, and hashing every answer cost ~2 % of a page of schools (issue 14). express's
  // res.send reads the setting from res.app; this app differs from the hub's only in it.
  const noETag = express();
  noETag.disable('x-powered-by');
  noETag.set('etag', false);
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') Object.defineProperty(res, 'app', { value: noETag, configurable: true, writable: true });
    next();
  });
  // The fast lane's front (src/http/fast-lane.ts) sees each request first when it is on; otherwise express alone.
  let front: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => (front ? front(req, res) : app(req, res)));
  // A WebSocket message may be as large as an HTTP body (inbound batches go either way), plus graphql-ws's envelope.
  const maxBodySize = bodySizeBytes(config.MAX_BODY_SIZE);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    maxPayload: maxBodySize + WS_FRAMING_OVERHEAD,
    WebSocket: hubWebSocket(maxBodySize, config.MAX_BODY_SIZE),
  });

  // One pipeline for both transports: the same parse limits, validation rules, cost estimate and error formatting.
  const rules = hubValidationRules(config);
  const parseOptions = hubParseOptions(config);
  const format = hubErrorFormatter(config);
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((e) => format(e.toJSON(), e));

  // One parse and validation per distinct subscription text, one shared syntax tree (src/http/document-cache.ts).
  const validationRules = [...specifiedRules, ...rules];
  const documents = new DocumentCache(1_000, (query) => {
    let document;
    try {
      document = parse(query, parseOptions);
    } catch (err) {
      return { document: null, errors: [err as GraphQLError] };
    }
    // graphql-js 16 throws on @skip/@include(if: $var) at a subscription's root; refused first (see the function).
    const refused = subscriptionRootDirectiveErrors(document);
    if (refused.length) return { document, errors: refused };
    return { document, errors: validate(schema, document, validationRules) };
  });
  const wsCleanup = useServer(
    {
      schema,
      // One execution per event and selection, shared by the subscribers that receive that event (see the file).
      subscribe: config.SHARED_SUBSCRIPTION_EXECUTION ? subscribeShared : undefined,
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
        // The token is checked once, at connection: an operation started after it expired is refused as over HTTP
        // (an open event subscription ends by itself when the token does, src/events/event-stream.ts).
        const connected = (ctx.extra as Record<string, unknown>).caller as Caller | null | undefined;
        if (connected?.expiresAt && connected.expiresAt.getTime() <= Date.now()) {
          return [unauthenticated('Authentication failed: token expired')];
        }
        // graphql-ws has already registered this operation in ctx.subscriptions.
        const open = Object.keys(ctx.subscriptions).length;
        if (open > config.MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            limitError(
              `At most ${config.MAX_SUBSCRIPTIONS_PER_CONNECTION} operations may be open on one connection (MAX_SUBSCRIPTIONS_PER_CONNECTION); complete one or open another connection`,
              Limit.SUBSCRIPTIONS,
              config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
            ),
          ];
        }
        const checked = documents.get(payload.query);
        if (!checked.document) return checked.errors.map((e) => codeForWebSocket(e, 'parse'));
        if (checked.errors.length) return checked.errors.map((e) => codeForWebSocket(e, 'validate'));
        const document = checked.document;
        const operationName = payload.operationName ?? undefined;
        if (!getOperationAST(document, operationName)) {
          return [new GraphQLError(operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
        }
        try {
          checkComplexity(schema, document, operationName, payload.variables, config.MAX_QUERY_COMPLEXITY, config.MAX_BATCH_SIZE);
        } catch (err) {
          return [err as GraphQLError];
        }
        return { schema, document, operationName, variableValues: payload.variables ?? undefined };
      },
      onError: (_ctx, _id, _payload, errors) => {
        logUnexpected(logger, errors);
        return formatAll(errors.map((e) => codeForWebSocket(e, 'execute')));
      },
      // A result without errors must stay as it is here, and no jsonMessageReplacer may be set: shared results are
      // written without graphql-ws (nextMessageWriter), as graphql-ws would write them given exactly that.
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return result;
        logUnexpected((args.contextValue as Context).logger, result.errors);
        return { ...result, errors: formatAll(result.errors.map((e) => codeForWebSocket(e, 'execute'))) };
      },
      context: (ctx, id) => {
        const caller = ((ctx.extra as Record<string, unknown>).caller as Caller | null) ?? null;
        const socket = ctx.extra.socket;
        const connection: ClientConnection = {
          close: (code: number, reason: string) => socket.close(code, reason),
          sendNext: nextMessageWriter(socket, id),
        };
        return createContext(runtime, randomUUID(), caller, connection) as unknown as Record<string, unknown>;
      },
    },
    wsServer,
  );

  const pipelinePlugin: ApolloServerPlugin<Context> = {
    async requestDidStart({ request }) {
      const graphqlResponseJson = prefersGraphQLResponseJson(request.http?.headers.get('accept'));
      return {
        async validationDidStart(requestContext) {
          // graphql-js 16's validation throws (HTTP 500) on @skip/@include(if: $var) at a subscription's root: such a
          // document is swapped for a stand-in that the hub's validation rule refuses with these errors.
          const refused = subscriptionRootDirectiveErrors(requestContext.document);
          if (refused.length) (requestContext as { document: DocumentNode }).document = refusedBeforeValidation(refused);
        },
        async didResolveOperation({ request, document, operation }) {
          // Apollo would run a subscription as a query and answer "Cannot return null" (500): it is the client's mistake.
          if (operation?.operation === 'subscription') throw subscriptionOverHttpError(GRAPHQL_PATH);
          checkComplexity(schema, document, request.operationName, request.variables, config.MAX_QUERY_COMPLEXITY, config.MAX_BATCH_SIZE);
        },
        async didEncounterErrors({ contextValue, errors }) {
          logUnexpected(contextValue?.logger ?? logger, errors);
          for (const e of errors) metrics.graphqlErrors.inc({ code: String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR) });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const counter = currentStatementCounter();
          if (config.EXPOSE_SQL_COUNT && counter) result.extensions = { ...result.extensions, sqlStatements: counter.count };
          // GraphQL over HTTP: a request error (no execution: parse, validation, variables, limits) is HTTP 200 for
          // application/json and 400 for application/graphql-response+json; an executed request is 200 either way.
          if (result.data !== undefined || !result.errors?.length) return;
          // A mutation (or subscription) over GET: Apollo has set 405 and `Allow: POST`, as the specification asks.
          if (response.http.status === 405) return;
          if (result.errors.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR)) return;
          response.http.headers.set('content-type', graphqlResponseJson ? MEDIA_GRAPHQL_RESPONSE : MEDIA_JSON);
          response.http.status = graphqlResponseJson ? 400 : 200;
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    schema,
    // The introspection switch is NoSchemaIntrospectionCustomRule in hubValidationRules, shared with WebSocket.
    introspection: true,
    hideSchemaDetailsFromClientErrors: !config.introspection,
    csrfPrevention: true,
    // Automatic persisted queries are off: no server-side cache a client can fill, and one code for them.
    persistedQueries: false,
    stopOnTerminationSignals: false, // main.ts drains, then stops the database
    parseOptions,
    validationRules: rules,
    includeStacktraceInErrorResponses: false, // stack traces go to the log (didEncounterErrors), never to clients
    formatError: (formatted, error) => format(formatted, error),
    // JSON.stringify with the raw JSON parts of JSON reads in place (src/common/raw-splice.ts).
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default plugins the hub does not use: the cache-control plugin wraps every field (no @cacheControl
      // here, no cache headers either way); usage reporting, schema reporting and inline traces only with Apollo's cloud.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      pipelinePlugin,
      // Raw JSON parts take their place in the result before the response cache keeps it (it calls this too).
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response }) {
              if (response.body.kind === 'single') placeSplices(contextValue.splices, response.body.singleResult.data);
            },
          };
        },
      },
      // After the pipeline's checks: a lookup happens only for a valid operation of an authenticated caller.
      new ResponseCache(runtime).plugin(),
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

  /** Every request's id (header and context), metrics and log line; the fast lane's front calls it for its answers. */
  const observe = (req: http.IncomingMessage, res: http.ServerResponse, started: bigint): string => {
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const url = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
      const path = metricPath(url);
      metrics.httpRequests.inc({ method: req.method, path, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method: req.method, path }, Number(process.hrtime.bigint() - started) / 1e9);
      logger.info({ requestId, method: req.method, path: url, status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request');
    });
    return requestId;
  };
  app.use((req, res, next) => {
    observe(req, res, process.hrtime.bigint());
    // The per-request SQL counter (an AsyncLocalStorage scope) only when its figure is exposed (tests, benchmarks).
    if (config.EXPOSE_SQL_COUNT) withStatementCount(() => next());
    else next();
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
      // The reason goes to the log; the answer names no host, port or driver text.
      logger.warn({ err }, 'readyz: database unreachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.get('/metrics', metricsHandler(runtime));
  app.use(DASHBOARD_PATH, dashboardRouter(runtime)); // the live dashboard (docs/dashboard.md)

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

  const jsonParser = express.json({ limit: config.MAX_BODY_SIZE });
  const bodyRules = [utf8Only, laneBodyError, jsonParser];
  const graphqlHandlers = [
    ...bodyRules,
    // Apollo's express handler, writing raw JSON parts to the socket as they are (src/http/graphql-handler.ts).
    graphqlHandler(apollo, async ({ req }) => {
      const caller = await authenticate(runtime, req.headers.authorization);
      const ctx = createContext(runtime, (req as unknown as { requestId: string }).requestId, caller);
      // Answers over HTTP are serialized by stringifyResult, which puts raw JSON parts in place.
      ctx.splices = new RawSplices();
      return ctx;
    }),
  ];
  // POST answers carry no ETag: a client revalidates only GET and HEAD (express answers 304 to those alone), and
  // hashing every answer cost ~2 % of the hub's time on a page of schools (issue 14). GET keeps its ETag.
  const graphqlPost = express();
  graphqlPost.disable('x-powered-by');
  graphqlPost.set('etag', false);
  // The fast lane (src/http/fast-lane.ts): after the body rules, before Apollo; what it does not answer goes on to
  // Apollo untouched. Off with the response cache on (its lookup is part of Apollo's pipeline).
  const fastLane =
    config.FAST_LANE && !(config.RESPONSE_CACHE_MAX_BYTES > 0)
      ? new FastLane({ runtime, schema, parseOptions, validationRules, authenticate: (header) => authenticate(runtime, header) })
      : null;
  graphqlPost.post('/', ...bodyRules, ...(fastLane ? [fastLane.middleware()] : []), ...graphqlHandlers.slice(bodyRules.length));
  // In front of express too, except where a request's SQL statements are counted (that scope is the app's middleware).
  if (fastLane && !config.EXPOSE_SQL_COUNT) front = fastLane.front(app, { path: GRAPHQL_PATH, maxBodySize, jsonParser, observe });
  // Exactly /graphql (and /graphql/): a sub-path is not the endpoint (404); OPTIONS, PUT… reach Apollo (405, Allow).
  app.use(GRAPHQL_PATH, (req, res, next) => (req.method === 'POST' && req.path === '/' ? graphqlPost(req, res, next) : next()));
  app.all(GRAPHQL_PATH, ...graphqlHandlers);

  // Body too large, malformed JSON, unsupported encoding: a GraphQL-shaped error with a 4xx status, never an HTML page.
  app.use((err: { type?: string; status?: number; message: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const tooLarge = err.type === 'entity.too.large';
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 400;
    res.status(status).json({
      errors: [
        tooLarge
          ? { message: `Request body exceeds the maximum of ${config.MAX_BODY_SIZE} (MAX_BODY_SIZE)`, extensions: { code: ErrorCode.LIMIT_EXCEEDED, limit: Limit.BODY_SIZE, max: config.MAX_BODY_SIZE } }
          : { message: `Malformed request: ${err.message}`, extensions: { code: 'BAD_REQUEST' } },
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

