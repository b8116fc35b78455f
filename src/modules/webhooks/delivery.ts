import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { HubEvent } from '../../events/event.entity';
import { addressProblem, hostOf, type UrlPolicy } from './webhook.rules';

/** Body of every delivery: one event. Receivers deduplicate by `id` (also the `webhook-id` header). */
export interface WebhookBody {
  id: string;
  type: string;
  cursor: string;
  secretariat: string | null;
  school: string | null;
  entity: string;
  entityId: string;
  timestamp: string;
  payload: Record<string, unknown>;
}

export function bodyOf(e: HubEvent): WebhookBody {
  return {
    id: e.id,
    type: e.type,
    cursor: `${e.txId}:${e.id}`,
    secretariat: e.secretariatCode,
    school: e.schoolDane,
    entity: e.entity,
    entityId: e.entityId,
    timestamp: new Date(e.occurredAt).toISOString(),
    payload: e.payload,
  };
}

/**
 * Standard Webhooks headers: `webhook-id` (the event id, the same on every retry), `webhook-timestamp` (seconds, of
 * this attempt) and `webhook-signature`: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per secret, separated
 * by spaces — during a rotation's overlap both the new and the previous secret sign, so a receiver holding either
 * verifies.
 */
export function signedHeaders(id: string, body: string, secrets: string[], now = new Date()): Record<string, string> {
  const signature = secrets.map((s) => new Webhook(s).sign(id, now, body)).join(' ');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

/** Keep-alive connection pools of one worker: consecutive deliveries to an endpoint reuse its connection. */
export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

export const newAgents = (): Agents => ({
  http: new http.Agent({ keepAlive: true, maxSockets: 4, maxFreeSockets: 1, timeout: 60_000 }),
  https: new https.Agent({ keepAlive: true, maxSockets: 4, maxFreeSockets: 1, timeout: 60_000 }),
});

export interface DeliveryResult {
  ok: boolean;
  status: number | null;
  error: string | null;
  excerpt: string | null;
  durationMs: number;
}

const EXCERPT_CHARS = 500;
const READ_LIMIT = 8 * 1024;

/** Message of a refused address, the same at the literal check and in the lookup. */
const refusal = (address: string, problem: string) => `refused non-public address ${address} (${problem})`;

/**
 * A DNS lookup that refuses non-public addresses ({@link addressProblem}): the addresses checked are the ones the
 * socket may connect to — every answer, since Node tries them in turn (autoSelectFamily) — so a name that resolves
 * inward at delivery time (DNS rebinding) is refused even if it resolved outward at registration.
 */
export function guardedLookup(policy: UrlPolicy): LookupFunction | undefined {
  if (policy.allowPrivate) return undefined;
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const list = addresses as dns.LookupAddress[];
      for (const a of list) {
        const problem = addressProblem(a.address);
        if (problem) return callback(Object.assign(new Error(refusal(a.address, problem)), { code: 'EPRIVATEADDR' }));
      }
      if (options.all) return callback(null, list);
      callback(null, list[0].address, list[0].family);
    });
  }) as LookupFunction;
}

/**
 * POSTs one signed body. Never throws: a timeout (WEBHOOK_TIMEOUT_MS for the whole exchange), a refused connection,
 * a refused address or a non-2xx answer is a failed result with what is known. Redirects are not followed (a 3xx is
 * a failure: the registered URL is the one that was checked).
 */
export function post(rawUrl: string, id: string, body: string, secrets: string[], policy: UrlPolicy, timeoutMs: number, userAgent: string, signal?: AbortSignal, agents?: Agents): Promise<DeliveryResult> {
  const started = Date.now();
  const done = (r: Omit<DeliveryResult, 'durationMs'>): DeliveryResult => ({ ...r, durationMs: Date.now() - started });
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return resolve(done({ ok: false, status: null, error: 'invalid URL', excerpt: null }));
    }
    // A literal address is connected to without a lookup: checked here, by the same function.
    const literalProblem = !policy.allowPrivate && isIP(hostOf(url)) ? addressProblem(hostOf(url)) : null;
    if (literalProblem) return resolve(done({ ok: false, status: null, error: refusal(hostOf(url), literalProblem), excerpt: null }));
    if (policy.httpsOnly && url.protocol !== 'https:') {
      return resolve(done({ ok: false, status: null, error: 'refused: https required', excerpt: null }));
    }
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const finish = (r: Omit<DeliveryResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(policy),
        agent: (url.protocol === 'https:' ? agents?.https : agents?.http) ?? false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': userAgent,
          ...signedHeaders(id, body, secrets),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < READ_LIMIT) chunks.push(c);
          size += c.length;
          if (size >= READ_LIMIT) res.destroy();
        });
        const end = () => {
          const text = Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_CHARS);
          const ok = status >= 200 && status < 300;
          finish({ ok, status, error: ok ? null : `HTTP ${status}`, excerpt: text || null });
        };
        res.on('end', end);
        res.on('close', end);
        res.on('error', end);
      },
    );
    const timer = setTimeout(() => {
      finish({ ok: false, status: null, error: `timeout after ${timeoutMs} ms`, excerpt: null });
      req.destroy();
    }, timeoutMs);
    signal?.addEventListener('abort', () => {
      finish({ ok: false, status: null, error: 'aborted: the hub is stopping', excerpt: null });
      req.destroy();
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish({ ok: false, status: null, error: err.code ? `${err.code}: ${err.message}` : err.message, excerpt: null }));
    req.end(body);
  });
}
