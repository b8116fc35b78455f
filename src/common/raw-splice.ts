import { randomBytes } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Raw splices (issue 14, cold path): JSON text PostgreSQL wrote for a part of an HTTP answer (a page's edges), put into
 * the serialized response as is, so that neither pg (JSON.parse), graphql-js (completing every value) nor
 * JSON.stringify walk the thousands of values of that part. `JSON.rawJSON` would do this, but it only takes primitives
 * (not arrays or objects), so the part is withheld from graphql-js (the resolver answers an empty list at its path),
 * replaced by a placeholder string in the result (`placeSplices`, before the response cache or the serializer see the
 * result) and the placeholder's JSON text replaced by the raw text when Apollo serializes the result
 * (`stringifyResult`, Apollo's `stringifyResult` option).
 *
 * A raw text is kept in pieces (`RawText`: PostgreSQL's row strings, or a cached answer's UTF-8 bytes) and never joined
 * into one JS string on its way out (issue 14, memory: a page of plans is ≈250 KB, and every whole-answer string or
 * copy of it was a large object in V8's heap, collected only by a full GC): the response cache writes the pieces into
 * its Buffer, and over HTTP the handler (src/http/graphql-handler.ts) writes them to the socket (`withBodyPieces`,
 * `bodyPieces`). Anywhere else they are joined as before.
 *
 * Only the HTTP transport serializes through `stringifyResult`, so only HTTP contexts carry a `RawSplices` (WebSocket
 * operations and `executeOperation` never get raw parts). The placeholder holds a NUL and a per-process random nonce:
 * no string of an answer can hold it by chance (PostgreSQL text cannot hold NUL) or by a client's design (it does not
 * know the nonce).
 */

/** A JSON text in pieces, in order: strings, or UTF-8 bytes. */
export type RawText = ReadonlyArray<string | Buffer>;

export class RawSplices {
  /** Raw parts registered by resolvers: the response path of the value to replace and its JSON text. */
  readonly pending: Array<{ path: ReadonlyArray<string | number>; text: RawText }> = [];
}

const NONCE = randomBytes(12).toString('hex');
let sequence = 0;
/** The raw texts of a result's `data`, by placeholder's JSON (a WeakMap: a cached `data` keeps them as long as it lives). */
const attached = new WeakMap<object, Map<string, RawText>>();

/** Registers `text` (whole or in pieces) as the JSON of the value at `path` (response keys, as graphql-js writes them). */
export function addSplice(splices: RawSplices, path: ReadonlyArray<string | number>, text: string | RawText): void {
  splices.pending.push({ path, text: typeof text === 'string' ? [text] : text });
}

/**
 * Swaps each registered value (the empty list the resolver answered) for its placeholder and attaches the raw texts to
 * `data`. Idempotent (the pending list is consumed). A path that no longer leads to that empty list (a parent nulled
 * by an error elsewhere) is dropped: that part is not in the answer.
 */
export function placeSplices(splices: RawSplices | null | undefined, data: unknown): void {
  if (!splices?.pending.length) return;
  const pending = splices.pending.splice(0);
  if (!data || typeof data !== 'object') return;
  let texts = attached.get(data);
  for (const { path, text } of pending) {
    let parent: unknown = data;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    const last = path[path.length - 1];
    if (!parent || typeof parent !== 'object') continue;
    const value = (parent as Record<string | number, unknown>)[last];
    if (!Array.isArray(value) || value.length !== 0) continue;
    const placeholder = `\u0000${NONCE}:${sequence++}`;
    (parent as Record<string | number, unknown>)[last] = placeholder;
    if (!texts) attached.set(data, (texts = new Map()));
    texts.set(JSON.stringify(placeholder), text);
  }
}

/** True when `data` holds raw parts (it must then be serialized by `stringifyResult`). */
export const hasSplices = (data: unknown): boolean => !!data && typeof data === 'object' && attached.has(data);

/** `json` with the raw texts in place of their placeholders (each one's first occurrence), in pieces. */
function piecesOf(json: string, texts: Map<string, RawText> | undefined): Array<string | Buffer> {
  if (!texts) return [json];
  const at: Array<{ index: number; placeholder: string; text: RawText }> = [];
  for (const [placeholder, text] of texts) {
    const index = json.indexOf(placeholder);
    if (index >= 0) at.push({ index, placeholder, text });
  }
  at.sort((a, b) => a.index - b.index);
  const out: Array<string | Buffer> = [];
  let from = 0;
  for (const { index, placeholder, text } of at) {
    if (index > from) out.push(json.slice(from, index));
    for (const piece of text) out.push(piece);
    from = index + placeholder.length;
  }
  if (from < json.length) out.push(json.slice(from));
  return out;
}

/** UTF-8 bytes of pieces. */
export const byteLengthOf = (pieces: RawText): number => pieces.reduce((n, p) => n + (typeof p === 'string' ? Buffer.byteLength(p) : p.length), 0);

/** Pieces as one string. */
export const textOf = (pieces: RawText): string =>
  pieces.length === 1 && typeof pieces[0] === 'string' ? pieces[0] : pieces.map((p) => (typeof p === 'string' ? p : p.toString('utf8'))).join('');

/**
 * Pieces as the UTF-8 bytes of one Buffer, written piece by piece (no joined string). Not Buffer.from: a small one
 * would be a slice of a shared 8 KB pool slab, which it would keep alive.
 */
export function bytesOf(pieces: RawText): Buffer {
  const out = Buffer.allocUnsafeSlow(byteLengthOf(pieces));
  let at = 0;
  for (const p of pieces) at += typeof p === 'string' ? out.write(p, at, 'utf8') : p.copy(out, at);
  return out;
}

/** `JSON.stringify(data)` with the raw parts in place. */
export function stringifyData(data: unknown): string {
  return textOf(piecesOf(JSON.stringify(data), data && typeof data === 'object' ? attached.get(data) : undefined));
}

/**
 * Each root field of `data` as its JSON text, raw parts in place: [response key, UTF-8 JSON of the value]. What the
 * response cache keeps (off the V8 heap, one byte per byte of JSON; src/http/response-cache.ts).
 */
export function rootTexts(data: Record<string, unknown>): Array<[string, Buffer]> {
  const texts = attached.get(data);
  return Object.keys(data).map((key) => [key, bytesOf(piecesOf(JSON.stringify(data[key]), texts))]);
}

/** The inverse of `rootTexts`: an answer whose root fields are raw parts (the Buffers themselves, not copied). */
export function fromRootTexts(parts: ReadonlyArray<[string, Buffer]>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const texts = new Map<string, RawText>();
  for (const [key, bytes] of parts) {
    const placeholder = `\u0000${NONCE}:${sequence++}`;
    data[key] = placeholder;
    texts.set(JSON.stringify(placeholder), [bytes]);
  }
  attached.set(data, texts);
  return data;
}

/**
 * Where `stringifyResult` leaves the raw parts for the HTTP handler to write (`withBodyPieces`): the texts of the
 * placeholders it left in the body.
 */
const bodyTexts = new AsyncLocalStorage<Map<string, RawText>>();

/**
 * Runs `serve` (Apollo's handling of one HTTP request) so that `stringifyResult` leaves the placeholders of raw parts in
 * the body it returns; `bodyPieces(body)` then gives the body in pieces, raw parts in place, to write as they are.
 */
export function withBodyPieces<T>(serve: () => Promise<T>): { result: Promise<T>; bodyPieces: (body: string) => Array<string | Buffer> } {
  const texts = new Map<string, RawText>();
  return { result: bodyTexts.run(texts, serve), bodyPieces: (body) => piecesOf(body, texts.size ? texts : undefined) };
}

/**
 * Apollo Server's serializer (its default is `JSON.stringify(value) + '\n'`), with the raw parts of `data` in place;
 * inside `withBodyPieces`, with their placeholders left for the handler.
 */
export function stringifyResult(value: { data?: unknown }): string {
  const json = JSON.stringify(value) + '\n';
  const texts = value.data && typeof value.data === 'object' ? attached.get(value.data) : undefined;
  if (!texts) return json;
  const handler = bodyTexts.getStore();
  if (!handler) return textOf(piecesOf(json, texts));
  for (const [placeholder, text] of texts) handler.set(placeholder, text);
  return json;
}
