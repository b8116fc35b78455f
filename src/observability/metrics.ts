import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Runtime } from '../context';
import { settledBacklog } from '../events/event-store';
import { activeEndpointLags } from '../modules/webhooks/webhook-health';

/**
 * Prometheus metrics of one hub process (`GET /metrics`, text format, prom-client 15). One registry per runtime,
 * so several hubs in one process (the tests) keep their own figures. Lag gauges are computed when scraped:
 *
 * - `pmi_hub_http_requests_total{method,path,status}`, `pmi_hub_http_request_duration_seconds{method,path}`;
 * - `pmi_hub_graphql_errors_total{code}`: errors sent to clients, by `extensions.code`;
 * - `pmi_hub_event_lag_events`, `pmi_hub_event_lag_seconds`: settled events of the log this instance's event bus has
 *   not read yet (what its subscribers wait for), and the age of the oldest;
 * - `pmi_hub_event_held_back_events`, `pmi_hub_event_held_back_seconds`: committed events this instance's event bus
 *   found held back at its last read (behind an older transaction of the hub's database still running; counted up to
 *   1000), and how long the horizon has stayed at the transaction holding them, as seen by this instance (0 when none
 *   is held back). Taken from the bus's own check after each read: scraping runs no statement;
 * - `pmi_hub_webhook_lag_events{endpoint}`, `pmi_hub_webhook_lag_seconds{endpoint}`: per active endpoint, events it
 *   may see that are not delivered yet and the age of the oldest (every instance reports every endpoint: the figures
 *   come from the database);
 * - `pmi_hub_webhook_deliveries_total{result}`: attempts made by this instance (`success`, `failure`);
 * - `pmi_hub_webhook_endpoints{status}`: endpoints by status;
 * - `pmi_hub_response_cache_lookups_total{result}`: cacheable queries by outcome (`hit`; `shared`: answered by an
 *   identical request it waited for; `miss`: no entry; `stale`: an entry a committed change made obsolete), and `pmi_hub_response_cache_bytes`, `pmi_hub_response_cache_entries`
 *   (src/http/response-cache.ts);
 * - `pmi_hub_json_reads_total{path}`: pages of the JSON reads (src/common/json-read.ts) by how they were answered:
 *   `raw` (PostgreSQL's text spliced into the HTTP answer), `parsed` (parsed and completed by graphql-js), `fallback`
 *   (a raw read that found a value graphql-js writes otherwise, answered again by the parsed path), `plain` (a parsed
 *   read that found a value only the plain path answers as graphql-js expects: NaN, a year after 9999);
 * - `pmi_hub_fast_lane_requests_total{result}`: POST /graphql requests whose document only reads JSON-read root
 *   fields (src/http/fast-lane.ts): `answered` by the fast lane, `passed` to Apollo's pipeline (an error, a refused
 *   token, a limit: Apollo answers those);
 * - the prom-client defaults (process CPU, memory, event-loop lag, `pmi_hub_` prefix).
 */
export class HubMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'path' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'path'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly webhookDeliveries: Counter<'result'>;
  readonly responseCache: Counter<'result'>;
  readonly jsonReads: Counter<'path'>;
  readonly fastLane: Counter<'result'>;
  /** Set by the response cache when it is on: its size when scraped. */
  responseCacheSize: () => { bytes: number; entries: number } = () => ({ bytes: 0, entries: 0 });

  constructor(runtime: Runtime) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'pmi_hub_' });
    this.httpRequests = new Counter({ name: 'pmi_hub_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'path', 'status'], registers });
    this.httpDuration = new Histogram({
      name: 'pmi_hub_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'path'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.graphqlErrors = new Counter({ name: 'pmi_hub_graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code', labelNames: ['code'], registers });
    this.webhookDeliveries = new Counter({ name: 'pmi_hub_webhook_deliveries_total', help: 'Webhook delivery attempts made by this instance', labelNames: ['result'], registers });

    this.responseCache = new Counter({
      name: 'pmi_hub_response_cache_lookups_total',
      help: 'Cacheable queries by outcome of the response cache lookup: hit, shared (answered by an identical request it waited for), miss (no entry), stale (a committed change made the entry obsolete)',
      labelNames: ['result'],
      registers,
    });
    this.jsonReads = new Counter({
      name: 'pmi_hub_json_reads_total',
      help: 'Pages of the JSON reads by how they were answered: raw (text spliced into the HTTP answer), parsed, fallback (raw found a value to leave to graphql-js), plain (left to the plain path)',
      labelNames: ['path'],
      registers,
    });
    this.fastLane = new Counter({
      name: 'pmi_hub_fast_lane_requests_total',
      help: 'POST /graphql requests of a JSON read document seen by the fast lane: answered by it, or passed (to Apollo) because something needs the full pipeline (an error, a refused token, a limit)',
      labelNames: ['result'],
      registers,
    });
    const cacheSize = () => this.responseCacheSize();
    new Gauge({
      name: 'pmi_hub_response_cache_bytes',
      help: "Bytes of the answers' JSON held by the response cache",
      registers,
      collect() {
        this.set(cacheSize().bytes);
      },
    });
    new Gauge({
      name: 'pmi_hub_response_cache_entries',
      help: 'Answers held by the response cache',
      registers,
      collect() {
        this.set(cacheSize().entries);
      },
    });

    let eventLag: Promise<{ count: number; oldest: Date | null }> | null = null;
    const readEventLag = () => (eventLag ??= settledBacklog(runtime.db, runtime.events.cursor).finally(() => setTimeout(() => (eventLag = null), 0)));
    new Gauge({
      name: 'pmi_hub_event_lag_events',
      help: "Settled events of the log this instance's event bus has not read yet",
      registers,
      async collect() {
        this.set((await readEventLag()).count);
      },
    });
    new Gauge({
      name: 'pmi_hub_event_lag_seconds',
      help: "Age of the oldest settled event this instance's event bus has not read yet (0 when caught up)",
      registers,
      async collect() {
        const { oldest } = await readEventLag();
        this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
      },
    });

    const events = runtime.events;
    new Gauge({
      name: 'pmi_hub_event_held_back_events',
      help: "Committed events held back at the event bus's last read, behind an older transaction of the hub's database still running (counted up to 1000)",
      registers,
      collect() {
        this.set(events.heldBack.events);
      },
    });
    new Gauge({
      name: 'pmi_hub_event_held_back_seconds',
      help: 'How long the transaction holding events back has held the horizon, as seen by this instance (0 when none is held back)',
      registers,
      collect() {
        this.set(events.heldBack.seconds);
      },
    });

    let webhookLag: Promise<{ id: string; count: number; seconds: number }[]> | null = null;
    const readWebhookLag = () =>
      (webhookLag ??= activeEndpointLags(runtime).finally(() => setTimeout(() => (webhookLag = null), 0)));
    new Gauge({
      name: 'pmi_hub_webhook_lag_events',
      help: 'Per active webhook endpoint: events it may see that are not delivered yet',
      labelNames: ['endpoint'],
      registers,
      async collect() {
        this.reset();
        for (const l of await readWebhookLag()) this.set({ endpoint: l.id }, l.count);
      },
    });
    new Gauge({
      name: 'pmi_hub_webhook_lag_seconds',
      help: 'Per active webhook endpoint: age of the oldest event not delivered yet (0 when caught up)',
      labelNames: ['endpoint'],
      registers,
      async collect() {
        this.reset();
        for (const l of await readWebhookLag()) this.set({ endpoint: l.id }, l.seconds);
      },
    });
    new Gauge({
      name: 'pmi_hub_webhook_endpoints',
      help: 'Webhook endpoints by status',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        const rows: { status: string; n: number }[] = await runtime.db.query('SELECT status, count(*)::int AS n FROM webhook_endpoint GROUP BY status');
        for (const s of ['ACTIVE', 'PAUSED']) this.set({ status: s }, rows.find((r) => r.status === s)?.n ?? 0);
      },
    });
  }
}

const byRuntime = new WeakMap<Runtime, HubMetrics>();

/** The metrics of this hub process (created on first use). */
export function metricsOf(runtime: Runtime): HubMetrics {
  let m = byRuntime.get(runtime);
  if (!m) {
    m = new HubMetrics(runtime);
    byRuntime.set(runtime, m);
  }
  return m;
}

/** Known paths keep their name; anything else is `other` (labels must not grow with what clients send). */
export const metricPath = (path: string) => (['/graphql', '/healthz', '/readyz', '/metrics'].includes(path) ? path : 'other');
