import type { Runtime } from '../../context';
import { systemContext } from '../../context';
import { Role } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';
import { compareCursors, formatCursor } from '../../events/cursor';
import { readSettled } from '../../events/event-store';
import type { HubEvent } from '../../events/event.entity';
import { project, type EventFilter } from '../../events/visibility';
import { metricsOf } from '../../observability/metrics';
import { bodyOf, newAgents, post, type DeliveryResult } from './delivery';
import { endpointCursor, endpointFilter, lagOf } from './webhook-health';
import { retryDelay, urlPolicy, type UrlPolicy } from './webhook.rules';
import { WebhookPauseReason, WebhookStatus } from './webhook.enums';
import { secretBoxOf } from './secret-box';

/** Events read per query while an endpoint catches up. */
const BATCH = 100;
const USER_AGENT = 'pmi-hub-webhooks/1';

/** The endpoint row as the worker needs it (secrets included). */
interface EndpointRow {
  id: string;
  secretariatCode: string;
  schoolDane: string | null;
  clientId: string;
  scopes: string[];
  consumer: string | null;
  eventTypes: string[] | null;
  url: string;
  status: WebhookStatus;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  cursorTx: string;
  cursorId: string;
  generation: number;
  failingSince: Date | null;
  failedAttempts: number;
}

const ROW = `id, secretariat_code AS "secretariatCode", school_dane AS "schoolDane", client_id AS "clientId", scopes, consumer,
  event_types AS "eventTypes", url, status, secret, previous_secret AS "previousSecret",
  previous_secret_expires_at AS "previousSecretExpiresAt", cursor_tx::text AS "cursorTx", cursor_id::text AS "cursorId",
  generation, failing_since AS "failingSince", failed_attempts AS "failedAttempts"`;

/** TypeORM answers an UPDATE … RETURNING with [rows, count] and a SELECT with rows: always the rows. */
const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);

/** PostgreSQL text holds no NUL; a cut UTF-16 pair is not a character. */
const clean = (s: string | null) => (s === null ? null : s.replace(/\u0000/g, '').replace(/[\uD800-\uDBFF]$/, '').slice(0, 2000));

/**
 * Delivers the event log to webhook endpoints, on every hub instance; each endpoint is delivered by one instance at
 * a time.
 *
 * Ownership is a lease in the endpoint's row: an instance claims due endpoints with `UPDATE … WHERE id IN (SELECT …
 * FOR UPDATE SKIP LOCKED)` (lease free or expired), so two instances never claim the same one; it extends the lease
 * with every cursor advance and before a POST that could outlive it, and releases it when the endpoint is caught up
 * or must wait for a retry. An instance that dies (SIGKILL) holds its leases until they expire (WEBHOOK_LEASE_MS);
 * then another claims the endpoint and resumes from its cursor in the database: at most the event in flight is sent
 * again (at-least-once; receivers deduplicate by `webhook-id`).
 *
 * Per endpoint one POST at a time, in cursor order; the cursor advances only on a 2xx, in the same statement that
 * records the attempt and only if this instance still holds the lease and the endpoint's `generation` has not changed
 * (an API change — pause, redeliver, new URL — bumps it, and the worker re-reads the row). Endpoints are independent
 * tasks (up to WEBHOOK_CONCURRENCY per instance), each POST bounded by WEBHOOK_TIMEOUT_MS: a slow endpoint never
 * delays another. The worker wakes on every batch of the instance's event bus (NOTIFY) and every
 * WEBHOOK_POLL_INTERVAL_MS (retries falling due, leases expiring).
 */
export class WebhookWorker {
  private readonly running = new Map<string, Promise<void>>();
  /** Endpoints whose last task failed unexpectedly (e.g. the database): not claimed again before this time. */
  private readonly cooldown = new Map<string, number>();
  private readonly aborts = new Set<AbortController>();
  private timer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private ticking: Promise<void> | null = null;
  /** A look requested while one runs: 'full' (every active endpoint) wins over 'light' (only those that need one). */
  private pending: 'full' | 'light' | null = null;
  private polls = 0;
  /** Counts wake-ups: a task that ends after one came while it ran looks again (the claim skipped its endpoint). */
  private wakes = 0;
  private stopping = false;
  private readonly policy: UrlPolicy;
  private readonly agents = newAgents();
  private readonly leaseMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly runtime: Runtime) {
    this.policy = urlPolicy(runtime.config);
    this.leaseMs = runtime.config.WEBHOOK_LEASE_MS;
    this.timeoutMs = runtime.config.WEBHOOK_TIMEOUT_MS;
  }

  get me(): string {
    return this.runtime.instanceId;
  }

  /** Endpoints this instance is delivering now. */
  get active(): string[] {
    return [...this.running.keys()];
  }

  start(): void {
    this.unsubscribe = this.runtime.events.subscribe({ deliver: () => this.wake(), backlog: () => 0, end: () => undefined });
    // Polls look only at endpoints that need a look without new events (a retry due, an expired lease, a change made
    // through another instance); every 30th poll looks at all, as a safety net. New events wake a full look.
    this.timer = setInterval(() => this.look(++this.polls % 30 === 0), this.runtime.config.WEBHOOK_POLL_INTERVAL_MS);
    this.timer.unref();
    const prune = () => void this.prune();
    this.pruneTimer = setInterval(prune, 3_600_000);
    this.pruneTimer.unref();
    prune();
    this.wake();
  }

  /** Stops claiming, aborts the POSTs in flight (not recorded as attempts) and releases every lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    if (this.timer) clearInterval(this.timer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    for (const a of this.aborts) a.abort();
    await this.ticking?.catch(() => undefined);
    await Promise.all([...this.running.values()].map((p) => p.catch(() => undefined)));
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /** New events or a change: looks at every active endpoint soon; concurrent wake-ups collapse into one more look. */
  wake(): void {
    this.wakes++;
    this.look(true);
  }

  private look(full: boolean): void {
    if (this.stopping) return;
    if (this.ticking) {
      if (full || !this.pending) this.pending = full ? 'full' : 'light';
      return;
    }
    this.ticking = this.tick(full)
      .catch((err) => {
        if (!this.stopping) this.runtime.logger.warn({ err }, 'webhook worker: claiming endpoints failed');
      })
      .finally(() => {
        this.ticking = null;
        const pending = this.pending;
        this.pending = null;
        if (pending) this.look(pending === 'full');
      });
  }

  private async tick(full: boolean): Promise<void> {
    const free = this.runtime.config.WEBHOOK_CONCURRENCY - this.running.size;
    if (free <= 0) return;
    const claimed = rowsOf<EndpointRow>(await this.runtime.db.query(
      `UPDATE webhook_endpoint w SET lease_owner = $1, lease_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE w.id IN (
          SELECT id FROM webhook_endpoint
           WHERE status = 'ACTIVE' AND (next_attempt_at IS NULL OR next_attempt_at <= now())
             AND (lease_until IS NULL OR lease_until < now()) AND NOT (id = ANY($3::uuid[]))
             AND ($5::boolean OR next_attempt_at IS NOT NULL OR lease_owner IS NOT NULL
                  OR updated_at > now() - make_interval(secs => $6::double precision / 1000))
           ORDER BY next_attempt_at NULLS FIRST, id
           LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING ${ROW}`,
      [this.me, this.leaseMs, [...this.active, ...this.cooling()], free, full, 3 * this.runtime.config.WEBHOOK_POLL_INTERVAL_MS],
    ));
    const seen = this.wakes;
    for (const row of claimed) {
      const { id } = row;
      if (this.stopping) break;
      const task = this.deliverEndpoint(row, Date.now() + this.leaseMs)
        .catch((err) => {
          this.cooldown.set(id, Date.now() + this.runtime.config.WEBHOOK_RETRY_BASE_MS);
          this.runtime.logger.error({ err, endpoint: id }, 'webhook delivery failed unexpectedly');
        })
        .finally(() => {
          this.running.delete(id);
          // Woken while this task held the endpoint (events committed since its last read): look again.
          if (this.wakes !== seen) this.wake();
        });
      this.running.set(id, task);
    }
  }

  private cooling(): string[] {
    const now = Date.now();
    for (const [id, until] of this.cooldown) if (until <= now) this.cooldown.delete(id);
    return [...this.cooldown.keys()];
  }

  private async load(id: string): Promise<EndpointRow | null> {
    const rows: EndpointRow[] = await this.runtime.db.query(`SELECT ${ROW} FROM webhook_endpoint WHERE id = $1 AND lease_owner = $2`, [id, this.me]);
    return rows[0] ?? null;
  }

  /** Delivers one claimed endpoint until it is caught up, must wait for a retry, changes state or the lease is lost. */
  private async deliverEndpoint(claimed: EndpointRow, leaseGuess: number): Promise<void> {
    const id = claimed.id;
    let leaseUntil = leaseGuess - 1_000;
    let delivered = 0;
    let fresh: EndpointRow | null = claimed; // the claim returned the row: no second read for the first turn
    let released = false;
    try {
      for (;;) {
        if (this.stopping) return;
        const ep = fresh ?? (await this.load(id));
        fresh = null;
        if (!ep || ep.status !== WebhookStatus.ACTIVE) return;
        let filter: EventFilter;
        try {
          filter = endpointFilter(ep as never);
        } catch (err) {
          this.runtime.logger.error({ err, endpoint: id }, 'webhook endpoint selection no longer allowed by its scopes; nothing delivered');
          return;
        }
        const settledBefore = this.runtime.events.cursor;
        const events = await readSettled(this.runtime.db, endpointCursor(ep), BATCH, filter);
        if (events.length === 0) {
          // Nothing visible up to the bus position: skip the invisible events in between once and for all.
          if (compareCursors(settledBefore, endpointCursor(ep)) > 0) {
            await this.runtime.db.query(
              `UPDATE webhook_endpoint SET cursor_tx = $3, cursor_id = $4 WHERE id = $1 AND lease_owner = $2 AND generation = $5
                 AND (cursor_tx, cursor_id) < ($3::bigint, $4::bigint)`,
              [id, this.me, settledBefore.tx.toString(), settledBefore.id.toString(), ep.generation],
            );
          }
          return;
        }
        let changed = false;
        for (const e of events) {
          if (this.stopping) return;
          if (leaseUntil - Date.now() < this.timeoutMs + 1_000) {
            const sent = Date.now();
            const renewed = rowsOf(await this.runtime.db.query(
              `UPDATE webhook_endpoint SET lease_until = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1 AND lease_owner = $2 RETURNING 1`,
              [id, this.me, this.leaseMs],
            ));
            if (!renewed.length) return;
            leaseUntil = sent + this.leaseMs;
          }
          // As the subscription does: a payload with parts per consumer keeps only this endpoint's parts.
          const result = await this.send(ep, project(filter, e));
          if (!result) return; // aborted: stopping
          metricsOf(this.runtime).webhookDeliveries.inc({ result: result.ok ? 'success' : 'failure' });
          if (!result.ok) {
            await this.failed(ep, e, result);
            return;
          }
          const sent = Date.now();
          // Not advanced: the lease was lost or the row changed through the API; the next turn re-reads it.
          // The last event of a short batch releases the lease in the same statement: this turn ends after it.
          const last = e === events[events.length - 1] && events.length < BATCH;
          if (!(await this.succeeded(ep, e, result, last))) {
            changed = true;
            break;
          }
          leaseUntil = sent + this.leaseMs;
          ep.cursorTx = e.txId;
          ep.cursorId = e.id;
          ep.failedAttempts = 0;
          ep.failingSince = null;
          delivered++;
          if (last) released = true;
        }
        // A short batch was everything up to the read: done (a wake-up since then brings this endpoint back). A
        // full batch, or a row changed under us: read again.
        if (!changed && events.length < BATCH) return;
      }
    } finally {
      if (!released) await this.runtime.db
        .query(`UPDATE webhook_endpoint SET lease_owner = NULL, lease_until = NULL WHERE id = $1 AND lease_owner = $2`, [id, this.me])
        .catch((err) => this.runtime.logger.warn({ err, endpoint: id }, 'webhook lease release failed (it expires by itself)'));
      if (delivered >= BATCH) await this.logProgress(id, delivered);
    }
  }

  private async send(ep: EndpointRow, e: HubEvent): Promise<DeliveryResult | null> {
    const box = secretBoxOf(this.runtime.config);
    const secrets = [box.open(ep.id, ep.secret)];
    if (ep.previousSecret && ep.previousSecretExpiresAt && new Date(ep.previousSecretExpiresAt).getTime() > Date.now()) secrets.push(box.open(ep.id, ep.previousSecret));
    const abort = new AbortController();
    this.aborts.add(abort);
    try {
      const result = await post(ep.url, e.id, JSON.stringify(bodyOf(e)), secrets, this.policy, this.timeoutMs, USER_AGENT, abort.signal, this.agents);
      return abort.signal.aborted ? null : result;
    } finally {
      this.aborts.delete(abort);
    }
  }

  /** Records the attempt, advances the cursor and settles a dead letter of this event, in one statement. */
  private async succeeded(ep: EndpointRow, e: HubEvent, r: DeliveryResult, release: boolean): Promise<boolean> {
    const rows = await this.runtime.db.query(
      `WITH moved AS (
         UPDATE webhook_endpoint SET cursor_tx = $3, cursor_id = $4, failing_since = NULL, failed_attempts = 0, next_attempt_at = NULL,
                last_attempt_at = now(), last_delivered_at = now(), last_status = $5, last_error = NULL,
                lease_until = CASE WHEN $13::boolean THEN NULL ELSE now() + make_interval(secs => $6::double precision / 1000) END,
                lease_owner = CASE WHEN $13::boolean THEN NULL ELSE lease_owner END
          WHERE id = $1 AND lease_owner = $2 AND generation = $7
         RETURNING id),
       attempt AS (
         INSERT INTO webhook_attempt (endpoint_id, event_id, event_cursor, event_type, attempt, started_at, duration_ms, status_code, success, error, response_excerpt, instance_id)
         SELECT id, $4, $8, $9, $10, now() - make_interval(secs => $11::double precision / 1000), $11, $5, true, NULL, $12, $2 FROM moved),
       settled AS (
         UPDATE webhook_dead_letter SET resolution = 'DELIVERED', resolved_at = now()
          WHERE endpoint_id IN (SELECT id FROM moved) AND event_id = $4 AND resolution IS NULL)
       SELECT id FROM moved`,
      [ep.id, this.me, e.txId, e.id, r.status, this.leaseMs, ep.generation, formatEventCursor(e), e.type, ep.failedAttempts + 1, r.durationMs, clean(r.excerpt), release],
    );
    return rows.length > 0;
  }

  /** Records the failed attempt; schedules the retry, or pauses the endpoint when the event has failed too long. */
  private async failed(ep: EndpointRow, e: HubEvent, r: DeliveryResult): Promise<void> {
    const failures = ep.failedAttempts + 1;
    const failingSince = ep.failingSince ? new Date(ep.failingSince) : new Date(Date.now() - r.durationMs);
    const exhausted = Date.now() - failingSince.getTime() >= this.runtime.config.WEBHOOK_RETRY_MAX_AGE_MS;
    const delay = retryDelay(failures, this.runtime.config);
    const params = [ep.id, this.me, ep.generation, failures, failingSince, r.status, clean(r.error), delay, e.id, formatEventCursor(e), e.type, r.durationMs, clean(r.excerpt)];
    const attempt = `INSERT INTO webhook_attempt (endpoint_id, event_id, event_cursor, event_type, attempt, started_at, duration_ms, status_code, success, error, response_excerpt, instance_id)
         SELECT id, $9, $10, $11, $4, now() - make_interval(secs => $12::double precision / 1000), $12, $6, false, $7, $13, $2 FROM moved`;
    if (!exhausted) {
      await this.runtime.db.query(
        `WITH moved AS (
           UPDATE webhook_endpoint SET failed_attempts = $4, failing_since = $5, last_attempt_at = now(), last_status = $6, last_error = $7,
                  next_attempt_at = now() + make_interval(secs => $8::double precision / 1000)
            WHERE id = $1 AND lease_owner = $2 AND generation = $3 RETURNING id)
         ${attempt}`,
        params,
      );
      this.runtime.logger.warn(
        { endpoint: ep.id, event: e.id, attempt: failures, status: r.status, error: r.error, retryInMs: delay },
        'webhook delivery failed; will retry',
      );
      return;
    }
    // Retries ran out: pause the endpoint and list the event as a dead letter (audited, as a change of the endpoint).
    const ctx = systemContext(this.runtime, { subject: 'system:webhook-worker', role: Role.ADMIN });
    const paused = await unitOfWork(ctx, async (uow) => {
      const rows: { id: string; secretariat_code: string }[] = await uow.tx.query(
        `WITH moved AS (
           UPDATE webhook_endpoint SET failed_attempts = $4, failing_since = $5, last_attempt_at = now(), last_status = $6, last_error = $7,
                  next_attempt_at = NULL, status = 'PAUSED', paused_reason = '${WebhookPauseReason.RETRIES_EXHAUSTED}', paused_at = now(),
                  generation = generation + 1
            WHERE id = $1 AND lease_owner = $2 AND generation = $3 AND $8::int >= 0 RETURNING id, secretariat_code),
         attempt AS (${attempt}),
         dead AS (
           INSERT INTO webhook_dead_letter (endpoint_id, event_id, event_cursor, event_type, first_failed_at, dead_at, attempts, last_status, last_error, response_excerpt)
           SELECT id, $9, $10, $11, $5, now(), $4, $6, $7, $13 FROM moved)
         SELECT id, secretariat_code FROM moved`,
        params,
      );
      if (!rows.length) return false;
      await uow.record({
        operation: 'webhookRetriesExhausted',
        entity: 'WebhookEndpoint',
        entityId: ep.id,
        secretariat: rows[0].secretariat_code,
        change: { status: { from: WebhookStatus.ACTIVE, to: WebhookStatus.PAUSED }, reason: WebhookPauseReason.RETRIES_EXHAUSTED, event: e.id, attempts: failures },
      });
      return true;
    });
    if (paused) {
      this.runtime.logger.error(
        { endpoint: ep.id, event: e.id, attempts: failures, status: r.status, error: r.error, failingSince },
        'webhook retries exhausted: endpoint paused, event listed in its dead letters',
      );
    }
  }

  private async logProgress(id: string, delivered: number) {
    try {
      const rows = await this.runtime.db.query(
        `SELECT id, secretariat_code AS "secretariatCode", school_dane AS "schoolDane", client_id AS "clientId", scopes, consumer,
                event_types AS "eventTypes", cursor_tx::text AS "cursorTx", cursor_id::text AS "cursorId" FROM webhook_endpoint WHERE id = $1`,
        [id],
      );
      if (!rows[0]) return;
      const lag = await lagOf(this.runtime.db, rows[0]);
      this.runtime.logger.info({ endpoint: id, delivered, lagEvents: lag.count, lagSeconds: lag.seconds }, 'webhook deliveries');
    } catch {
      // Only a log line.
    }
  }

  /** Deletes attempts older than WEBHOOK_ATTEMPT_RETENTION_HOURS (dead letters are kept). */
  private async prune(): Promise<void> {
    try {
      await this.runtime.db.query(`DELETE FROM webhook_attempt WHERE started_at < now() - make_interval(hours => $1)`, [this.runtime.config.WEBHOOK_ATTEMPT_RETENTION_HOURS]);
    } catch (err) {
      if (!this.stopping) this.runtime.logger.warn({ err }, 'pruning webhook attempts failed');
    }
  }
}

const formatEventCursor = (e: HubEvent) => formatCursor({ tx: BigInt(e.txId), id: BigInt(e.id) });

const workers = new WeakMap<Runtime, WebhookWorker>();

/** The worker of this hub process, if started (mutations wake it so a change takes effect at once). */
export const workerOf = (runtime: Runtime) => workers.get(runtime) ?? null;

/** Starts delivering on this instance (WEBHOOK_POLL_INTERVAL_MS 0: never); returns a stop function. */
export function startWebhookWorker(runtime: Runtime): () => Promise<void> {
  if (!runtime.config.WEBHOOK_POLL_INTERVAL_MS) return async () => {};
  const worker = new WebhookWorker(runtime);
  workers.set(runtime, worker);
  worker.start();
  return async () => {
    await worker.stop();
    workers.delete(runtime);
  };
}
