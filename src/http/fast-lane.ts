import type http from 'node:http';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import type express from 'express';
import {
  Kind,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { Runtime } from '../context';
import { createContext } from '../context';
import type { Caller } from '../common/auth/caller';
import { RawSplices, placeSplices, stringifyResult, withBodyPieces } from '../common/raw-splice';
import { sendPieces, writePieces } from './graphql-handler';
import { checkComplexity } from './guards';
import { DocumentCache } from './document-cache';
import { currentStatementCounter, withStatementCount } from '../db/statement-counter';
import { metricsOf } from '../observability/metrics';

/**
 * The fast lane (issue 14, the cold read of a page of schools): a POST /graphql request whose document is one query
 * made only of root fields the JSON reads answer (`schools`, `improvementPlans`, and `__typename`) skips Apollo's
 * request pipeline — its per-request SHA-256 of the text, the plugins' hooks, the HeaderMap copies and content
 * negotiation — and, when it can, express's routing and body parsing, but not one of the hub's checks. Its front
 * (`front`, the HTTP server's handler) reads only bodies express would pass unchanged to express.json (see there)
 * and hands every other request, or body it does not answer, to express as express.json would have left it; inside
 * express (`middleware`, after the body rules: size, charset, content type) it sees what the front did not. For the
 * rest it runs what Apollo would run, with the same functions:
 *
 * - the document parsed with the same limits and validated with the same rules as Apollo (graphql-js's and the
 *   hub's: depth, aliases, directives, tokens, file fields…), kept by its exact text (an LRU): only a document with no
 *   error is taken, anything else goes to Apollo;
 * - the caller authenticated by the same function as Apollo's context (token rules, dev tokens, known tenants);
 * - the same cost estimate (`checkComplexity`) for the operation and variables;
 * - graphql-js's `execute` with the same schema, document, variables and a context built as Apollo's is: variable
 *   coercion, type-graphql's @Authorized and argument validation, scoping and the JSON reads are the resolvers' own;
 * - the answer serialized by the same `stringifyResult` after the same `placeSplices`, with the same content type,
 *   status and headers as express's `res.send` writes them (the front writes the same ones in the same order), the
 *   app's request id, metrics and log line, `sqlStatements` as the pipeline adds it (EXPOSE_SQL_COUNT: inside
 *   express only, where the count's scope is).
 *
 * Everything else is passed, untouched, to Apollo (`next()`): another accept header, `extensions` in the body, a
 * document or operation name it does not take, no token or a refused one, a limit exceeded, and any execution with
 * an error (the document only reads, so Apollo executing it again changes nothing; the lane's own count of JSON read
 * pages and SQL statements is then dropped). So errors keep Apollo's shapes, statuses and logging. With the response
 * cache on the lane is off (the cache's lookup belongs to Apollo's pipeline).
 */

/** Root fields a lane document may read: the JSON reads (src/common/json-read.ts). */
export const FAST_LANE_ROOT_FIELDS: ReadonlySet<string> = new Set(['schools', 'improvementPlans']);

/** Apollo's type for a single result when the request accepts anything or only JSON (MEDIA_TYPES.APPLICATION_JSON). */
const APPLICATION_JSON = 'application/json; charset=utf-8';
/** Accept headers for which Apollo chooses APPLICATION_JSON without a doubt; any other goes to Apollo. */
const ACCEPTS_JSON = new Set([undefined, '*/*', 'application/json', 'application/json, */*']);
/** Longest query text kept (as the WebSocket document cache): a longer one goes to Apollo. */
const MAX_TEXT = 10_000;

/** A document the lane answers, or `{ document: null }` for one it leaves to Apollo (kept too: asked again). */
type Checked = { document: DocumentNode; operationName: string | null } | { document: null };

export interface FastLaneOptions {
  runtime: Runtime;
  schema: GraphQLSchema;
  parseOptions: ParseOptions;
  /** Exactly the rules Apollo validates with: graphql-js's specified rules, then the hub's. */
  validationRules: readonly ValidationRule[];
  /** The authentication of Apollo's context (server.ts). */
  authenticate: (header: string | undefined) => Promise<Caller | null>;
}

/**
 * True when `document` is one query (and fragments), without directives on it or its root fields, reading only lane
 * root fields (fragments only below the root).
 */
export function isLaneDocument(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION);
  if (operations.length !== 1) return false;
  const [operation] = operations;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query' || operation.directives?.length) return false;
  let reads = 0;
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD || s.directives?.length) return false;
    if (FAST_LANE_ROOT_FIELDS.has(s.name.value)) reads++;
    else if (s.name.value !== '__typename') return false;
  }
  return reads > 0;
}

/** A request the lane takes: its document (checked) and Apollo's reading of the variables and operation name. */
interface LanePlan {
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** Marks on a request the front of the lane has seen (then the express part does not look at it again). */
interface SeenRequest {
  laneSeen?: boolean;
  /** express.json's error for the body the front read (it goes on to the app, which reports it in express.json's place). */
  laneBodyError?: unknown;
}

export class FastLane {
  private readonly documents = new DocumentCache<Checked>(1_000, (query) => this.checkText(query), MAX_TEXT);
  private readonly metrics;

  constructor(private readonly options: FastLaneOptions) {
    this.metrics = metricsOf(options.runtime);
  }

  private checkText(query: string): Checked {
    try {
      const document = parse(query, this.options.parseOptions);
      if (isLaneDocument(document) && validate(this.options.schema, document, this.options.validationRules).length === 0) {
        const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as { name?: { value: string } };
        return { document, operationName: operation.name?.value ?? null };
      }
    } catch {
      // A parse error (or a limit of the parser): Apollo answers it.
    }
    return { document: null };
  }

  /** The request's plan when the lane may answer it (body, accept header, document), else null: Apollo's. */
  plan(body: unknown, headers: http.IncomingHttpHeaders): LanePlan | null {
    // Apollo's reading of a POST body (runHttpQuery): `query` a string, `variables` an object (null: none),
    // `operationName` a string (null: none); with `extensions` or anything unusual, Apollo decides.
    if (!body || typeof body !== 'object' || Array.isArray(body) || 'extensions' in body) return null;
    const { query, variables, operationName } = body as Record<string, unknown>;
    if (typeof query !== 'string' || query.length > MAX_TEXT) return null;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
    if (!ACCEPTS_JSON.has(headers.accept)) return null;
    const checked = this.documents.get(query);
    if (!checked.document) return null;
    // Apollo resolves the operation by name: a name that is not the document's is its error to answer.
    if (typeof operationName === 'string' && operationName !== checked.operationName) return null;
    return {
      document: checked.document,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
      operationName: (operationName ?? undefined) as string | undefined,
    };
  }

  /**
   * The answer's JSON text, or null when Apollo must answer (counted `passed`): no caller or a refused token, a limit,
   * an execution with errors. The lane's statements are counted apart and added to the request's count (`outer`,
   * EXPOSE_SQL_COUNT) only when it answers.
   */
  async answer(plan: LanePlan, authorization: string | undefined, requestId: string): Promise<string | null> {
    const { runtime, schema, authenticate } = this.options;
    const { config } = runtime;
    const outer = config.EXPOSE_SQL_COUNT ? currentStatementCounter() : undefined;
    const run = <T>(fn: () => T) => (outer ? withStatementCount(fn) : { counter: undefined, result: fn() });
    const { counter, result: answered } = run(async () => {
      let caller: Caller | null;
      try {
        caller = await authenticate(authorization);
      } catch {
        return null; // a refused token: Apollo refuses it with its status and header
      }
      if (!caller) return null; // every lane root field needs a caller: Apollo answers UNAUTHENTICATED
      try {
        checkComplexity(schema, plan.document, plan.operationName, plan.variables, config.MAX_QUERY_COMPLEXITY, config.MAX_BATCH_SIZE);
      } catch {
        return null;
      }
      const ctx = createContext(runtime, requestId, caller);
      ctx.splices = new RawSplices();
      ctx.jsonReadPaths = [];
      const result = await execute({ schema, document: plan.document, contextValue: ctx, variableValues: plan.variables, operationName: plan.operationName });
      if (result.errors?.length || !result.data) return null;
      placeSplices(ctx.splices, result.data);
      return { data: result.data as Record<string, unknown>, reads: ctx.jsonReadPaths };
    });
    let out;
    try {
      out = await answered;
    } catch {
      out = null; // an unexpected throw: Apollo's pipeline reports it as it would
    }
    if (!out) {
      this.metrics.fastLane.inc({ result: 'passed' });
      return null;
    }
    for (const path of out.reads) this.metrics.jsonReads.inc({ path });
    this.metrics.fastLane.inc({ result: 'answered' });
    let extensions: Record<string, unknown> | undefined;
    if (outer && counter) {
      outer.count += counter.count;
      extensions = { sqlStatements: outer.count };
    }
    return stringifyResult({ data: out.data, ...(extensions ? { extensions } : {}) } as { data: unknown });
  }

  /** `answer`, its raw parts left as pieces to write as they are (src/common/raw-splice.ts, `withBodyPieces`). */
  async answerPieces(plan: LanePlan, authorization: string | undefined, requestId: string): Promise<Array<string | Buffer> | null> {
    const { result, bodyPieces } = withBodyPieces(() => this.answer(plan, authorization, requestId));
    const text = await result;
    return text === null ? null : bodyPieces(text);
  }

  /** The lane inside express: after the body rules, before Apollo's middleware. */
  middleware(): express.RequestHandler {
    return async (req, res, next) => {
      if ((req as SeenRequest).laneSeen) return next();
      const plan = this.plan(req.body, req.headers);
      if (!plan) return next();
      const pieces = await this.answerPieces(plan, req.headers.authorization, (req as unknown as { requestId: string }).requestId);
      if (pieces === null) return next();
      // What the HTTP handler does with Apollo's response (src/http/graphql-handler.ts: same header, status, pieces).
      res.setHeader('content-type', APPLICATION_JSON);
      res.statusCode = 200;
      sendPieces(req, res, pieces);
    };
  }

  /**
   * The lane in front of express (the HTTP server's handler): a POST to exactly /graphql with a JSON body whose
   * headers leave express nothing to decide (content type application/json, UTF-8 or no charset, a Content-Length
   * within MAX_FRONT_BODY and the body size limit, no Content-Encoding or Transfer-Encoding, an accept header as
   * above) is read here; a body the lane does not answer goes on to `app` as express would have parsed it (express.json
   * run on the same bytes; its error, if any, reported in its place). An answer is written as express writes
   * Apollo's (`observe`: the app's request id, metrics and log; then the headers res.send sets, in its order).
   */
  front(
    app: (req: http.IncomingMessage, res: http.ServerResponse) => void,
    options: { path: string; maxBodySize: number; jsonParser: express.RequestHandler; observe: (req: http.IncomingMessage, res: http.ServerResponse, started: bigint) => string },
  ): (req: http.IncomingMessage, res: http.ServerResponse) => void {
    const max = Math.min(options.maxBodySize, MAX_FRONT_BODY);
    return (req, res) => {
      const h = req.headers;
      const length = h['content-length'];
      if (
        req.method !== 'POST' ||
        req.url !== options.path ||
        !FRONT_TYPES.has(h['content-type']) ||
        h['transfer-encoding'] !== undefined ||
        h['content-encoding'] !== undefined ||
        !ACCEPTS_JSON.has(h.accept) ||
        length === undefined ||
        !/^[0-9]{1,9}$/.test(length) ||
        Number(length) > max
      ) {
        return app(req, res);
      }
      const started = process.hrtime.bigint();
      (req as SeenRequest).laneSeen = true;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.once('end', () => {
        const bytes = Buffer.concat(chunks);
        let body: unknown;
        try {
          body = JSON.parse(bytes.toString('utf8'));
        } catch {
          body = undefined;
        }
        if (!body || typeof body !== 'object' || Array.isArray(body)) return this.replay(bytes, req, res, app, options.jsonParser);
        (req as { body?: unknown }).body = body;
        const plan = this.plan(body, h);
        if (!plan) return app(req, res);
        void this.answerPieces(plan, h.authorization, requestIdOf(req)).then(
          (pieces) => {
            if (pieces === null) return app(req, res);
            options.observe(req, res, started);
            // The headers the HTTP handler writes after Apollo's content-type (same names, same order), then the
            // answer in pieces as it writes them (raw parts never joined into one string).
            res.setHeader('content-type', APPLICATION_JSON);
            res.statusCode = 200;
            res.setHeader('Content-Type', APPLICATION_JSON);
            writePieces(res, pieces);
          },
          () => app(req, res),
        );
      });
    };
  }

  /** The app gets the body express.json would have made of these bytes, or its error (SeenRequest.laneBodyError). */
  private replay(
    bytes: Buffer,
    req: http.IncomingMessage,
    res: http.ServerResponse,
    app: (req: http.IncomingMessage, res: http.ServerResponse) => void,
    jsonParser: express.RequestHandler,
  ): void {
    const copy = new Readable({ read() {} });
    copy.push(bytes);
    copy.push(null);
    // What body-parser reads of a request: its headers, and a stream not yet read (an IncomingMessage in progress).
    const stand = Object.assign(copy, { headers: req.headers, complete: false, socket: { readable: true } }) as unknown as express.Request;
    jsonParser(stand, res as unknown as express.Response, (err?: unknown) => {
      if (err) (req as SeenRequest).laneBodyError = err;
      else (req as { body?: unknown }).body = (stand as { body?: unknown }).body;
      app(req, res);
    });
  }
}

/** After the front read a body: express.json's error for it, reported where express.json would report it. */
export const laneBodyError: express.RequestHandler = (req, _res, next) => next((req as SeenRequest).laneBodyError);

/** Content types the front takes (utf8Only and express.json let them through unchanged). */
const FRONT_TYPES = new Set<string | undefined>(['application/json', 'application/json; charset=utf-8']);
/** Largest body the front reads itself (a lane document is at most MAX_TEXT characters, plus variables). */
const MAX_FRONT_BODY = 64 * 1024;

/** The request id the app's middleware gives a request (server.ts): the client's, up to 100 characters, or a new one. */
export function requestIdOf(req: http.IncomingMessage): string {
  const kept = (req as unknown as { requestId?: string }).requestId;
  if (kept) return kept;
  const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
  (req as unknown as { requestId: string }).requestId = id;
  return id;
}
