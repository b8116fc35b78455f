import type { Caller } from '../common/auth/caller';
import { isNational } from '../common/auth/caller';
import { Role } from '../common/auth/roles';
import { forbidden, unauthenticated } from '../common/errors';
import { EventType } from './catalogue';
import { EventConsumer, PRESETS, presetsForScopes } from './presets';
import type { HubEvent } from './event.entity';

/**
 * What one subscription or replay page may deliver. Tenancy as for queries: MINISTRY and ADMIN see every
 * secretariat, everyone else only their own; a SCHOOL user only events about its school; a SUBPROCESS client only
 * the types of the presets its `read:<code>` scopes grant.
 */
export interface EventFilter {
  /** null: every secretariat. */
  secretariat: string | null;
  /** Set for SCHOOL callers: only events whose school is this DANE code. */
  school: string | null;
  /** null: every type. */
  types: ReadonlySet<EventType> | null;
  /**
   * Consumer codes whose part of a multi-consumer payload (`payload.parts`, e.g. consolidated_report.published) the
   * caller receives; null: every part. A sibling system receives the parts of its `read:<code>` scopes, inspection
   * the F01.03 part (domain brief §5: each consumer receives its part).
   */
  parts: ReadonlySet<string> | null;
  /**
   * Set for SUBPROCESS callers: `input.*` events (payload `source`) only of the sources whose records the client may
   * read (`read:<code>` or `ingest:<code>`), as the inbound read queries allow. Optional: null or absent, every source.
   */
  inputSources?: ReadonlySet<string> | null;
}

/** Event types about a source's records, filtered by `payload.source` for sibling systems. */
export const INPUT_EVENT_TYPES: ReadonlySet<EventType> = new Set([EventType.INPUT_RECEIVED, EventType.INPUT_RETRACTED, EventType.INPUT_KEY_CHANGED]);

/** Source codes a sibling system may read records of: `read:<code>` and `ingest:<code>` scopes. */
export const readableSources = (scopes: string[]) =>
  new Set(scopes.flatMap((s) => (/^(read|ingest):(.+)$/.exec(s) ? [s.slice(s.indexOf(':') + 1)] : [])));

export interface EventSelection {
  types?: EventType[] | null;
  consumer?: EventConsumer | null;
}

export function eventFilter(caller: Caller, selection: EventSelection): EventFilter {
  let types: Set<EventType> | null = null;
  if (selection.consumer) types = new Set(PRESETS[selection.consumer].types);
  if (selection.types?.length) {
    const asked = new Set(selection.types);
    types = types ? new Set([...types].filter((t) => asked.has(t))) : asked;
  }
  if (caller.role === Role.SUBPROCESS) {
    const presets = presetsForScopes(caller.scopes);
    if (presets.length === 0) {
      throw forbidden('Reading events requires a scope read:<subprocess>, e.g. read:E02.01');
    }
    if (selection.consumer && !presets.includes(selection.consumer)) {
      throw forbidden(`Preset ${selection.consumer} requires the scope read:${PRESETS[selection.consumer].code}`);
    }
    const allowed = new Set(presets.flatMap((p) => PRESETS[p].types));
    const refused = (selection.types ?? []).filter((t) => !allowed.has(t));
    if (refused.length) {
      throw forbidden(`Your scopes do not allow event types ${refused.join(', ')}`);
    }
    types = types ?? allowed;
  }
  const roleTypes = ROLE_EVENT_TYPES[caller.role];
  if (roleTypes) {
    // Roles that read only part of the workflow receive only the events of that part, as their queries allow.
    const refused = (selection.types ?? []).filter((t) => !roleTypes.has(t));
    if (refused.length) throw forbidden(`Your role does not receive event types ${refused.join(', ')}`);
    types = new Set([...(types ?? roleTypes)].filter((t) => roleTypes.has(t)));
  }
  return {
    secretariat: isNational(caller) ? null : caller.secretariat,
    school: caller.role === Role.SCHOOL ? caller.school : null,
    types,
    parts: consumerParts(caller),
    ...(caller.role === Role.SUBPROCESS ? { inputSources: readableSources(caller.scopes) } : {}),
  };
}

function consumerParts(caller: Caller): ReadonlySet<string> | null {
  if (caller.role === Role.SUBPROCESS) return new Set(presetsForScopes(caller.scopes).map((p) => PRESETS[p].code));
  if (caller.role === Role.INSPECTION) return new Set([PRESETS[EventConsumer.F01_03].code]);
  return null;
}

/** The event as this caller receives it: a payload with parts per consumer keeps only the caller's parts. */
export function project(filter: EventFilter, e: HubEvent): HubEvent {
  const payload = e.payload as { parts?: Record<string, unknown> } | null;
  if (!filter.parts || !payload || typeof payload.parts !== 'object' || payload.parts === null) return e;
  const parts = Object.fromEntries(Object.entries(payload.parts).filter(([code]) => filter.parts!.has(code)));
  return Object.assign(Object.create(Object.getPrototypeOf(e)), e, { payload: { ...payload, parts } });
}

/**
 * Event types of roles that read only part of the workflow: inspection (F01.03) receives what the F01.03 preset
 * carries (irregularity reports, results, regimes); Atención al Ciudadano the support requests it registers. Each type
 * is about a record the role may read through its queries (@Authorized): test/events/role-policy.test.ts checks it.
 */
export const ROLE_EVENT_TYPES: Partial<Record<Role, ReadonlySet<EventType>>> = {
  [Role.INSPECTION]: new Set(PRESETS[EventConsumer.F01_03].types),
  [Role.CITIZEN_SERVICE]: new Set([EventType.SUPPORT_REQUEST_REGISTERED, EventType.SUPPORT_REQUEST_UPDATED]),
};

export function matches(filter: EventFilter, e: HubEvent): boolean {
  if (filter.secretariat !== null && e.secretariatCode !== filter.secretariat) return false;
  if (filter.school !== null && e.schoolDane !== filter.school) return false;
  if (filter.inputSources && INPUT_EVENT_TYPES.has(e.type)) {
    const source = (e.payload as { source?: unknown } | null)?.source;
    if (typeof source !== 'string' || !filter.inputSources.has(source)) return false;
  }
  return !filter.types || filter.types.has(e.type);
}

/** Re-checked before every event delivered: a token that has expired since the subscription started ends it. */
export function assertStillAuthorized(caller: Caller, now = Date.now()) {
  if (caller.expiresAt && caller.expiresAt.getTime() <= now) {
    throw unauthenticated(
      'Authentication failed: token expired. Reconnect with a fresh token and resubscribe with `after` = the last cursor received',
    );
  }
}

export const ALL_EVENT_TYPES = Object.values(EventType);
