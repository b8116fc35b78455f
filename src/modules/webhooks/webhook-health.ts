import type { DataSource } from 'typeorm';
import type { Runtime } from '../../context';
import { Role } from '../../common/auth/roles';
import type { Caller } from '../../common/auth/caller';
import { settledBacklog } from '../../events/event-store';
import { eventFilter, type EventFilter } from '../../events/visibility';
import type { EventCursor } from '../../events/cursor';
import type { WebhookEndpoint, WebhookHealth } from './webhook.entity';

type EndpointPrincipal = Pick<WebhookEndpoint, 'id' | 'secretariatCode' | 'schoolDane' | 'clientId' | 'scopes' | 'consumer' | 'eventTypes'>;

/** The caller an endpoint stands for: a SUBPROCESS client of its secretariat with its `read:<code>` scopes. */
export function principalOf(ep: EndpointPrincipal): Caller {
  return {
    subject: `webhook:${ep.id}`,
    role: Role.SUBPROCESS,
    secretariat: ep.secretariatCode,
    school: null,
    scopes: ep.scopes,
    client: ep.clientId,
    expiresAt: null,
  };
}

/**
 * What an endpoint receives: exactly what its principal would receive from `events(consumer, types)` (the same
 * function decides), narrowed to one school when the endpoint names one. Throws FORBIDDEN when the scopes do not
 * allow the selection (checked at registration).
 */
export function endpointFilter(ep: EndpointPrincipal): EventFilter {
  const filter = eventFilter(principalOf(ep), { consumer: ep.consumer, types: ep.eventTypes });
  return ep.schoolDane ? { ...filter, school: ep.schoolDane } : filter;
}

export const endpointCursor = (ep: Pick<WebhookEndpoint, 'cursorTx' | 'cursorId'>): EventCursor => ({ tx: BigInt(ep.cursorTx), id: BigInt(ep.cursorId) });

export async function lagOf(db: DataSource, ep: EndpointPrincipal & Pick<WebhookEndpoint, 'cursorTx' | 'cursorId'>): Promise<{ count: number; seconds: number }> {
  let filter: EventFilter;
  try {
    filter = endpointFilter(ep);
  } catch {
    return { count: 0, seconds: 0 };
  }
  const { count, oldest } = await settledBacklog(db, endpointCursor(ep), filter);
  return { count, seconds: oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0 };
}

export async function healthOf(db: DataSource, ep: WebhookEndpoint): Promise<WebhookHealth> {
  const [lag, [rate]] = await Promise.all([
    lagOf(db, ep),
    db.query(
      `SELECT count(*)::int AS attempts, count(*) FILTER (WHERE success)::int AS ok
         FROM webhook_attempt WHERE endpoint_id = $1 AND started_at > now() - interval '24 hours'`,
      [ep.id],
    ) as Promise<{ attempts: number; ok: number }[]>,
  ]);
  return { lagEvents: lag.count, lagSeconds: lag.seconds, attempts24h: rate.attempts, successRate: rate.attempts ? rate.ok / rate.attempts : null };
}

/** Lag of every active endpoint (for /metrics). */
export async function activeEndpointLags(runtime: Runtime): Promise<{ id: string; count: number; seconds: number }[]> {
  const rows: (EndpointPrincipal & { cursorTx: string; cursorId: string })[] = await runtime.db.query(
    `SELECT id, secretariat_code AS "secretariatCode", school_dane AS "schoolDane", client_id AS "clientId", scopes, consumer,
            event_types AS "eventTypes", cursor_tx::text AS "cursorTx", cursor_id::text AS "cursorId"
       FROM webhook_endpoint WHERE status = 'ACTIVE' ORDER BY id`,
  );
  const out = [];
  for (const ep of rows) out.push({ id: ep.id, ...(await lagOf(runtime.db, ep)) });
  return out;
}
