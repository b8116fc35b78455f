import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Context } from '../context';
import { callerOf } from '../context';
import { HubEvent } from './event.entity';
import type { EventType } from './catalogue';

/** PostgreSQL channel used as a wake-up signal; the event table stays the truth. */
export const EVENT_CHANNEL = 'pmi_hub_events';

export interface NewEvent {
  type: EventType;
  secretariat: string | null;
  entity: string;
  entityId: string;
  school?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Appends events inside the caller's transaction. NOTIFY is transactional in PostgreSQL: listeners on every hub
 * instance hear it only if the transaction commits, so a rolled-back change never announces anything.
 */
export async function appendEvents(tx: EntityManager, ctx: Context, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const actor = callerOf(ctx).subject;
  await tx.insert(
    HubEvent,
    events.map((e) => ({
      type: e.type,
      secretariatCode: e.secretariat,
      entity: e.entity,
      entityId: e.entityId,
      schoolDane: e.school ?? null,
      actor,
      payload: e.payload,
    })) as QueryDeepPartialEntity<HubEvent>[],
  );
  await tx.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, '']);
}

export const appendEvent = (tx: EntityManager, ctx: Context, e: NewEvent) => appendEvents(tx, ctx, [e]);
