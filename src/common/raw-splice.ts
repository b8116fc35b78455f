import { randomBytes } from 'node:crypto';

/**
 * Raw splices (issue 14, cold path): JSON text PostgreSQL wrote for a part of an HTTP answer (a page's edges), put into
 * the serialized response as is, so that neither pg (JSON.parse), graphql-js (completing every value) nor
 * JSON.stringify walk the thousands of values of that part. `JSON.rawJSON` would do this, but it only takes primitives
 * (not arrays or objects), so the part is withheld from graphql-js (the resolver answers an empty list at its path),
 * replaced by a placeholder string in the result (`placeSplices`, before the response cache or the serializer see the
 * result) and the placeholder's JSON text replaced by the raw text when Apollo serializes the result
 * (`stringifyResult`, Apollo's `stringifyResult` option).
 *
 * Only the HTTP transport serializes through `stringifyResult`, so only HTTP contexts carry a `RawSplices` (WebSocket
 * operations and `executeOperation` never get raw parts). The placeholder holds a NUL and a per-process random nonce:
 * no string of an answer can hold it by chance (PostgreSQL text cannot hold NUL) or by a client's design (it does not
 * know the nonce).
 */
export class RawSplices {
  /** Raw parts registered by resolvers: the response path of the value to replace and its JSON text. */
  readonly pending: Array<{ path: ReadonlyArray<string | number>; text: string }> = [];
}

const NONCE = randomBytes(12).toString('hex');
let sequence = 0;
/** The raw texts of a result's `data`, by placeholder (a WeakMap: a cached `data` keeps them as long as it lives). */
const attached = new WeakMap<object, Map<string, string>>();

/** Registers `text` as the JSON of the value at `path` (response keys, as graphql-js writes them). */
export function addSplice(splices: RawSplices, path: ReadonlyArray<string | number>, text: string): void {
  splices.pending.push({ path, text });
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

/** The UTF-8 bytes of `data`'s JSON with the raw parts in place (what the response cache counts), without building it. */
export function splicedByteLength(data: unknown): number {
  let bytes = Buffer.byteLength(JSON.stringify(data));
  const texts = data && typeof data === 'object' ? attached.get(data) : undefined;
  for (const [placeholder, text] of texts ?? []) bytes += Buffer.byteLength(text) - Buffer.byteLength(placeholder);
  return bytes;
}

/** `JSON.stringify(data)` with the raw parts in place. */
export function stringifyData(data: unknown): string {
  const json = JSON.stringify(data);
  const texts = data && typeof data === 'object' ? attached.get(data) : undefined;
  return texts ? splice(json, texts) : json;
}

/**
 * Each root field of `data` as its JSON text, raw parts in place: [response key, UTF-8 JSON of the value]. What the
 * response cache keeps (off the V8 heap, one byte per byte of JSON; src/http/response-cache.ts).
 */
export function rootTexts(data: Record<string, unknown>): Array<[string, Buffer]> {
  const texts = attached.get(data);
  return Object.keys(data).map((key) => {
    const json = JSON.stringify(data[key]);
    const text = texts ? splice(json, texts) : json;
    // Not Buffer.from: a small one would be a slice of a shared 8 KB pool slab, which it would keep alive.
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text, 'utf8');
    return [key, bytes];
  });
}

/** The inverse of `rootTexts`: an answer whose root fields are raw parts, serialized by concatenation. */
export function fromRootTexts(parts: ReadonlyArray<[string, Buffer]>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const texts = new Map<string, string>();
  for (const [key, bytes] of parts) {
    const placeholder = `\u0000${NONCE}:${sequence++}`;
    data[key] = placeholder;
    texts.set(JSON.stringify(placeholder), bytes.toString('utf8'));
  }
  attached.set(data, texts);
  return data;
}

function splice(json: string, texts: Map<string, string>): string {
  let out = json;
  for (const [placeholder, text] of texts) {
    const at = out.indexOf(placeholder);
    if (at >= 0) out = out.slice(0, at) + text + out.slice(at + placeholder.length);
  }
  return out;
}

/** Apollo Server's serializer (its default is `JSON.stringify(value) + '\n'`), with the raw parts of `data` in place. */
export function stringifyResult(value: { data?: unknown }): string {
  const json = JSON.stringify(value) + '\n';
  const texts = value.data && typeof value.data === 'object' ? attached.get(value.data) : undefined;
  return texts ? splice(json, texts) : json;
}
