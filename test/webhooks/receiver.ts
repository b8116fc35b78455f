import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request a receiver got. */
export interface Received {
  headers: Record<string, string>;
  raw: string;
  body: { id: string; type: string; cursor: string; secretariat: string | null; school: string | null; entityId: string; timestamp: string; payload: Record<string, unknown> };
  at: number;
}

/** What the receiver answers: a status (and body), or `hang` (never answers). */
export type Answer = { status: number; body?: string } | 'hang';

/**
 * A real HTTP receiver of webhooks on 127.0.0.1, as a sibling system would run one. `answer` decides each reply;
 * `down()` closes the port (connections refused) and `up()` opens the same port again.
 */
export class Receiver {
  received: Received[] = [];
  answer: (r: Received, n: number) => Answer = () => ({ status: 204 });
  /** Milliseconds to wait before answering (a slow receiver). */
  delayMs = 0;
  private server: http.Server | null = null;
  private hanging = new Set<http.ServerResponse>();
  port = 0;

  get url() {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  async up(): Promise<this> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const r: Received = { headers: req.headers as Record<string, string>, raw, body: JSON.parse(raw), at: Date.now() };
        this.received.push(r);
        const a = this.answer(r, this.received.length);
        if (a === 'hang') {
          this.hanging.add(res);
          return;
        }
        const reply = () => res.writeHead(a.status, { 'content-type': 'text/plain' }).end(a.body ?? '');
        if (this.delayMs) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async down(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const r of this.hanging) r.destroy();
    this.hanging.clear();
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }

  /** Event ids in arrival order. */
  ids(): string[] {
    return this.received.map((r) => r.body.id);
  }

  /** Ids after deduplication by `webhook-id`, keeping the first arrival: what a receiver that deduplicates processes. */
  deduplicated(): string[] {
    const seen = new Set<string>();
    return this.received.map((r) => r.headers['webhook-id']).filter((id) => !seen.has(id) && seen.add(id));
  }

  async waitFor(cond: () => boolean, what: string, timeoutMs = 150_000): Promise<void> {
    await until(cond, what, timeoutMs);
  }
}

export async function until(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Verifies a delivery with the reference Standard Webhooks library; throws when the signature does not match. */
export const verify = (secret: string, r: Received) => new Webhook(secret).verify(r.raw, r.headers);

/** Compares two event ids numerically (cursor order is (tx, id); within these tests one event per transaction). */
export const cursorKey = (cursor: string) => cursor.split(':').map(BigInt) as [bigint, bigint];
export const isAscending = (cursors: string[]) =>
  cursors.every((c, i) => {
    if (i === 0) return true;
    const [t0, i0] = cursorKey(cursors[i - 1]);
    const [t1, i1] = cursorKey(c);
    return t1 > t0 || (t1 === t0 && i1 > i0);
  });
