import type * as http from 'node:http';
import type { Request, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import { withBodyPieces } from '../common/raw-splice';

/**
 * Apollo Server's express handler (as `expressMiddleware` of @as-integrations/express5 1.1.2, MIT, does it), except
 * that a POST answer holding raw JSON parts (src/common/raw-splice.ts) is written to the socket in pieces: the small
 * JSON around them, and each part as PostgreSQL's row strings or a cached answer's bytes, never joined into one
 * string and never copied when already bytes (issue 14, memory under load: a page of plans is ≈250 KB, and the
 * string Apollo's serializer built, its flattened copy and express's Buffer of it were the answers in flight — large
 * objects V8 frees only at a full collection). Same status, headers and bytes as `res.send` of the joined text: the
 * Content-Length is the pieces' bytes, no ETag on POST (server.ts), and the Content-Type already in the form `res.send`
 * would give it (else, and for other methods, whose ETag and 304 express computes, `res.send` of the joined text).
 */
export function graphqlHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (args: { req: Request; res: Response }) => Promise<TContext>,
) {
  server.assertStarted('graphqlHandler()');
  return async (req: Request, res: Response): Promise<void> => {
    if (!('body' in req)) {
      res.status(500);
      res.send('`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: searchOf(req.url),
      body: req.body,
    };
    const { result, bodyPieces } = withBodyPieces(() => server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res }) }));
    const response = await result;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status || 200;
    if (response.body.kind === 'complete') {
      const pieces = bodyPieces(response.body.string);
      if (pieces.length === 1 && typeof pieces[0] === 'string') res.send(pieces[0]);
      else sendPieces(req, res, pieces);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as unknown as { flush?: () => void }).flush === 'function') (res as unknown as { flush: () => void }).flush();
    }
    res.end();
  };
}

/** `type; charset=utf-8`, as express's `res.send` of a string leaves a Content-Type that has no other parameter. */
const UTF8_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+; charset=utf-8$/;

/**
 * The body in pieces: consecutive strings written into one Buffer of their own, Buffers as they are (a cached
 * answer's), in one corked write (node's HTTP corks the writes of a tick).
 */
export function sendPieces(req: Request, res: Response, pieces: Array<string | Buffer>): void {
  const type = res.get('Content-Type');
  const plain = req.method !== 'POST' || typeof type !== 'string' || !UTF8_TYPE.test(type) || res.get('Transfer-Encoding') !== undefined || [204, 205, 304].includes(res.statusCode);
  if (plain) {
    res.send(pieces.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join(''));
    return;
  }
  // res.send sets the type again under this name: the same header bytes as before.
  res.setHeader('Content-Type', type);
  writePieces(res, pieces);
}

/** Writes the body in pieces with its Content-Length (the caller has set status and the other headers). */
export function writePieces(res: http.ServerResponse, pieces: Array<string | Buffer>): void {
  const chunks: Buffer[] = [];
  let run: string[] = [];
  let runBytes = 0;
  const flush = () => {
    if (!run.length) return;
    const bytes = Buffer.allocUnsafeSlow(runBytes);
    let at = 0;
    for (const s of run) at += bytes.write(s, at, 'utf8');
    chunks.push(bytes);
    run = [];
    runBytes = 0;
  };
  for (const p of pieces) {
    if (typeof p === 'string') {
      run.push(p);
      runBytes += Buffer.byteLength(p);
    } else {
      flush();
      chunks.push(p);
    }
  }
  flush();
  res.setHeader('Content-Length', String(chunks.reduce((n, c) => n + c.length, 0)));
  for (let i = 0; i < chunks.length - 1; i++) res.write(chunks[i]);
  res.end(chunks[chunks.length - 1]);
}

/** The query string with its `?` ('' without one), as url.parse gave it (node deprecates url.parse: DEP0169). */
function searchOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return hash < 0 ? url.slice(q) : url.slice(q, hash);
}
