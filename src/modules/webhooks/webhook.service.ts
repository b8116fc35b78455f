import { randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { Role } from '../../common/auth/roles';
import { scopeOf } from '../../common/scope';
import { DomainError, ErrorCode, forbidden, invalidState, notFound, badInput } from '../../common/errors';
import { unitOfWork } from '../../common/unit-of-work';
import { assertNoViolations, hasViolation, takeDeferredViolations, type Violation } from '../../common/validation';
import { keysetPage, type Connection } from '../../common/pagination';
import { assertNotAhead, compareCursors, formatCursor, parseCursor, type EventCursor } from '../../events/cursor';
import { settledHead } from '../../events/event-store';
import { Secretariat } from '../secretariats/secretariat.entity';
import { WebhookAttempt, WebhookDeadLetter, WebhookEndpoint, type WebhookEndpointWithSecret, type WebhookHealth } from './webhook.entity';
import { DeadLetterResolution, WebhookPauseReason, WebhookStatus } from './webhook.enums';
import type { RegisterWebhookEndpointInput, WebhookAttemptsArgs, WebhookDeadLettersArgs, WebhookEndpointsArgs } from './webhook.inputs';
import { checkAddresses, checkUrlShape, urlPolicy } from './webhook.rules';
import { endpointCursor, endpointFilter, healthOf } from './webhook-health';
import { workerOf } from './webhook-worker';
import { secretBoxOf } from './secret-box';
import { PRESETS, presetsForScopes } from '../../events/presets';
import { INPUT_KINDS } from '../inputs/retraction.store';

/** `whsec_` + base64 of 32 random bytes: the form Standard Webhooks libraries take. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/**
 * The client a SUBPROCESS caller is: its token's `client_id` (or `azp`). Never its subject: a user whose subject
 * equals a client id would otherwise take over that client's endpoints (subjects and client ids are different
 * namespaces at the identity provider).
 */
const clientOf = (ctx: Context) => {
  const c = callerOf(ctx);
  if (!c.client) {
    throw forbidden('Webhook endpoints belong to a client: a SUBPROCESS token must name it in a client_id or azp claim (the subject is not a client id)');
  }
  return c.client;
};

/** Every read scope an endpoint may hold: `read:<code>` of an event preset or of an inbound source. */
const PRESET_SCOPES = new Set(Object.values(PRESETS).map((p) => `read:${p.code}`));
const KNOWN_READ_SCOPES = new Set([...PRESET_SCOPES, ...Object.values(INPUT_KINDS).map((k) => `read:${k.source}`)]);

/** Problems of scopes given explicitly: unknown ones (all named), or none that selects any event. */
function scopeViolations(scopes: string[]): Violation[] {
  const unknown = distinct(scopes.filter((s) => !KNOWN_READ_SCOPES.has(s)));
  if (unknown.length) {
    return [{ field: 'input.scopes', message: `Unknown scopes ${unknown.join(', ')}: known are ${[...KNOWN_READ_SCOPES].sort().join(', ')}` }];
  }
  if (!scopes.some((s) => PRESET_SCOPES.has(s))) {
    return [{ field: 'input.scopes', message: `scopes select no event: at least one of ${[...PRESET_SCOPES].sort().join(', ')} is needed (source scopes only add the inbound events of their source)` }];
  }
  return [];
}

/** Problems of an administrator's preset and types against the scopes it gave (as `eventFilter` refuses a client's). */
function selectionViolations(scopes: string[], input: Pick<RegisterWebhookEndpointInput, 'consumer' | 'types'>): Violation[] {
  const presets = presetsForScopes(scopes);
  const found: Violation[] = [];
  if (input.consumer && !presets.includes(input.consumer)) {
    found.push({ field: 'input.consumer', message: `Preset ${input.consumer} requires the scope read:${PRESETS[input.consumer].code} in scopes` });
  }
  const allowed = new Set(presets.flatMap((p) => PRESETS[p].types));
  const refused = distinct((input.types ?? []).filter((t) => !allowed.has(t)));
  if (refused.length) found.push({ field: 'input.types', message: `The scopes do not allow event types ${refused.join(', ')}` });
  return found;
}

/**
 * A SUBPROCESS caller manages an endpoint only while its token still holds every scope the endpoint was registered
 * with: a token that lost read:MEN must not redeliver the read:MEN history. Deleting stays allowed.
 */
function assertScopesCovered(ctx: Context, ep: WebhookEndpoint, what: string) {
  const caller = callerOf(ctx);
  if (caller.role === Role.ADMIN) return;
  const lacking = ep.scopes.filter((s) => !caller.scopes.includes(s));
  if (lacking.length) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `Your token no longer holds the scopes ${lacking.join(', ')} of webhook endpoint ${ep.id}, so you may not ${what} it. Narrow it to the scopes you hold: delete it (deleteWebhookEndpoint; there is no update) and register it again with after: "${ep.cursor}" to miss nothing, or ask an administrator`,
      { missingScopes: lacking, cursor: ep.cursor },
    );
  }
}

/**
 * Endpoints the caller may see and manage: ADMIN every one (optionally of one secretariat); a SUBPROCESS client its
 * own (its client id, its secretariat). Anyone else's endpoint answers NOT_FOUND, as a missing one.
 */
function visibleEndpoints(ctx: Context, secretariat?: string | null, clientId?: string | null) {
  const qb = ctx.runtime.db.getRepository(WebhookEndpoint).createQueryBuilder('w');
  scopeOf(ctx, secretariat).apply(qb, 'w.secretariat_code', 'none');
  if (callerOf(ctx).role !== Role.ADMIN) qb.andWhere('w.client_id = :client', { client: clientOf(ctx) });
  if (clientId) qb.andWhere('w.client_id = :only', { only: clientId });
  return qb;
}

export async function getEndpoint(ctx: Context, id: string): Promise<WebhookEndpoint> {
  const ep = await visibleEndpoints(ctx).andWhere('w.id = :id', { id }).getOne();
  if (!ep) throw notFound('Webhook endpoint', id);
  return ep;
}

export function listEndpoints(ctx: Context, args: WebhookEndpointsArgs): Promise<Connection<WebhookEndpoint>> {
  const qb = visibleEndpoints(ctx, args.secretariat, args.clientId);
  if (args.status) qb.andWhere('w.status = :status', { status: args.status });
  return keysetPage(qb, 'w.id', (w) => w.id, args);
}

export const health = (ctx: Context, ep: WebhookEndpoint): Promise<WebhookHealth> => healthOf(ctx.runtime.db, ep);

/** Attempts of a visible endpoint, oldest first (ascending id). */
export function attempts(ctx: Context, ep: WebhookEndpoint, args: WebhookAttemptsArgs): Promise<Connection<WebhookAttempt>> {
  const qb = ctx.runtime.db.getRepository(WebhookAttempt).createQueryBuilder('a').where('a.endpoint_id = :id', { id: ep.id });
  if (args.failedOnly) qb.andWhere('NOT a.success');
  return keysetPage(qb, 'a.id', (a) => a.id, args, 'integer');
}

/** Dead letters of a visible endpoint, in id order. */
export function deadLetters(ctx: Context, ep: WebhookEndpoint, args: WebhookDeadLettersArgs): Promise<Connection<WebhookDeadLetter>> {
  const qb = ctx.runtime.db.getRepository(WebhookDeadLetter).createQueryBuilder('d').where('d.endpoint_id = :id', { id: ep.id });
  if (args.pendingOnly) qb.andWhere('d.resolution IS NULL');
  return keysetPage(qb, 'd.id', (d) => d.id, args);
}

/** A well-formed event cursor no further than the end of the log. */
async function checkedCursor(ctx: Context, raw: string, field: string): Promise<EventCursor> {
  const cursor = parseCursor(raw, field);
  if (compareCursors(cursor, ctx.runtime.events.cursor) > 0) assertNotAhead(cursor, await settledHead(ctx.runtime.db), field);
  return cursor;
}

/** The URL's problems, and the parsed URL's href: what the hub will call, stored and shown as such. */
async function urlViolations(ctx: Context, raw: string, field: string): Promise<{ href: string | null; violations: Violation[] }> {
  const policy = urlPolicy(ctx.runtime.config);
  const { url, problems } = checkUrlShape(raw, policy);
  const violations = problems.map(([rule, message]) => ({ field, message: `url ${message} (${rule})` }));
  if (url && violations.length === 0) {
    const refused = await checkAddresses(url, policy);
    if (refused) violations.push({ field, message: `url ${refused} (PUBLIC_ADDRESS)` });
  }
  return { href: url?.href ?? null, violations };
}

/** A list without repeats, first occurrences kept in order (a scope or type listed twice counts once). */
const distinct = <T>(list: T[]): T[] => [...new Set(list)];

export async function registerEndpoint(ctx: Context, input: RegisterWebhookEndpointInput): Promise<WebhookEndpointWithSecret> {
  const caller = callerOf(ctx);
  // Every input problem at once: the input's own (class-validator: lengths, empty lists, formats) and the service's
  // (what an administrator must name, the URL rules, the cursor).
  const violations: Violation[] = takeDeferredViolations(input);
  const scopesOk = !hasViolation(violations, 'input.scopes');
  let secretariat: string;
  let clientId: string;
  let scopes: string[];
  if (caller.role === Role.ADMIN) {
    secretariat = input.secretariat ?? '';
    clientId = input.clientId ?? '';
    scopes = distinct(input.scopes ?? []);
    if (!input.secretariat && !hasViolation(violations, 'input.secretariat')) violations.push({ field: 'input.secretariat', message: 'secretariat is required when an administrator registers: name the secretariat of the endpoint' });
    if (!input.clientId && !hasViolation(violations, 'input.clientId')) violations.push({ field: 'input.clientId', message: 'clientId is required when an administrator registers: name the client the endpoint belongs to' });
    if (!input.scopes && scopesOk) violations.push({ field: 'input.scopes', message: 'scopes are required when an administrator registers: give the read:<code> scopes that bound what the endpoint receives' });
    if (input.scopes && scopesOk) {
      const problems = scopeViolations(input.scopes);
      violations.push(...problems);
      // The administrator chose both the scopes and what to receive: a preset or types they do not allow is an
      // input problem (the field at fault), not a permission the caller lacks.
      if (!problems.length) violations.push(...selectionViolations(scopes, input));
    }
  } else {
    // A client registers for itself, within its own token: its secretariat, its client id, its read scopes.
    // A malformed secretariat or client id is reported with the other violations, not as NOT_FOUND / FORBIDDEN.
    secretariat = hasViolation(violations, 'input.secretariat') ? (caller.secretariat ?? '') : scopeOf(ctx).writeTo(input.secretariat);
    clientId = clientOf(ctx);
    if (input.clientId && input.clientId !== clientId && !hasViolation(violations, 'input.clientId')) throw forbidden('A client registers endpoints for itself only');
    const own = caller.scopes.filter((s) => s.startsWith('read:'));
    const unknown = input.scopes && scopesOk ? scopeViolations(input.scopes) : [];
    violations.push(...unknown);
    const extra = scopesOk && !unknown.length ? (input.scopes ?? []).filter((s) => !own.includes(s)) : [];
    if (extra.length) throw forbidden(`Your token does not hold the scopes ${distinct(extra).join(', ')}`);
    scopes = distinct(input.scopes ?? own);
  }
  let url = input.url;
  if (!hasViolation(violations, 'input.url')) {
    const checked = await urlViolations(ctx, input.url, 'input.url');
    violations.push(...checked.violations);
    url = checked.href ?? url;
  }
  let start: EventCursor | null = null;
  if (input.after && !hasViolation(violations, 'input.after')) {
    try {
      start = await checkedCursor(ctx, input.after, 'input.after');
    } catch (err) {
      if ((err as DomainError).extensions?.code !== 'BAD_USER_INPUT') throw err;
      violations.push({ field: 'input.after', message: (err as Error).message });
    }
  }
  if (input.school && !hasViolation(violations, 'input.school') && secretariat && !hasViolation(violations, 'input.secretariat')) {
    // A well-formed code of no school of the secretariat is reported with the input's other problems. (An unknown
    // secretariat stays NOT_FOUND, below, and then no school is looked for in it.)
    const [known] = await ctx.runtime.db.query(
      `SELECT EXISTS (SELECT 1 FROM secretariat WHERE code = $1) AS secretariat,
              EXISTS (SELECT 1 FROM school WHERE dane_code = $2 AND secretariat_code = $1) AS school`,
      [secretariat, input.school],
    );
    if (known.secretariat && !known.school) violations.push({ field: 'input.school', message: `School ${input.school} is not a school of secretariat ${secretariat}` });
  }
  assertNoViolations(violations);
  // What the endpoint receives is decided by the same function as the events subscription: FORBIDDEN when the
  // scopes do not grant the preset or the types.
  const types = input.types ? distinct(input.types) : null;
  const draft = { id: 'new', secretariatCode: secretariat, schoolDane: input.school ?? null, clientId, scopes, consumer: input.consumer ?? null, eventTypes: types };
  endpointFilter(draft);
  const max = ctx.runtime.config.WEBHOOK_MAX_ENDPOINTS_PER_CLIENT;
  const secret = newSecret();
  // Read before the transaction, on the pool: inside it, with registrations of the same client queued on the lock
  // below holding the other connections, a second connection could never come.
  const from = start ?? (await settledHead(ctx.runtime.db));
  const saved = await unitOfWork(ctx, async (uow) => {
    // One registration per client at a time (held to the commit): two concurrent ones cannot both pass the limit.
    // A client is (secretariat, client id), as for visibility: the same id in another secretariat is another client,
    // which must neither fill this one's quota nor learn its count.
    await uow.tx.query(`SELECT pg_advisory_xact_lock(hashtext('webhook_endpoints:' || $1 || '/' || $2))`, [secretariat, clientId]);
    const [{ n }] = await uow.tx.query('SELECT count(*)::int AS n FROM webhook_endpoint WHERE secretariat_code = $1 AND client_id = $2', [secretariat, clientId]);
    if (n >= max) {
      throw new DomainError(
        ErrorCode.LIMIT_EXCEEDED,
        `Client ${clientId} of secretariat ${secretariat} already has ${n} webhook endpoints, the most allowed (WEBHOOK_MAX_ENDPOINTS_PER_CLIENT = ${max}): delete one first`,
        { limit: 'webhookEndpoints', max, actual: n },
      );
    }
    if (!(await uow.tx.existsBy(Secretariat, { code: secretariat }))) throw notFound('Secretariat', secretariat);
    // The id is chosen here: a sealed secret is bound to its endpoint's id (secret-box.ts).
    const id = randomUUID();
    const ep = uow.tx.create(WebhookEndpoint, {
      ...draft,
      id,
      url,
      description: input.description ?? '',
      status: WebhookStatus.ACTIVE,
      secret: secretBoxOf(ctx.runtime.config).seal(id, secret),
      cursorTx: from.tx.toString(),
      cursorId: from.id.toString(),
      createdBy: caller.subject,
    });
    const row = await uow.tx.save(WebhookEndpoint, ep);
    await uow.record({
      operation: 'registerWebhookEndpoint',
      entity: 'WebhookEndpoint',
      entityId: row.id,
      secretariat,
      school: row.schoolDane,
      change: { url: row.url, clientId, scopes, consumer: row.consumer, eventTypes: row.eventTypes, school: row.schoolDane, cursor: formatCursor(from) },
    });
    return row;
  });
  workerOf(ctx.runtime)?.wake();
  return { endpoint: await getEndpoint(ctx, saved.id), secret };
}

const WHAT: Record<string, string> = {
  pauseWebhookEndpoint: 'pause',
  resumeWebhookEndpoint: 'resume',
  redeliverWebhookEvents: 'redeliver events of',
  rotateWebhookSecret: 'rotate the secret of',
};

/** Applies a change to a visible endpoint in one unit of work (audited); bumps its generation so the worker re-reads it. */
async function changeEndpoint(
  ctx: Context,
  id: string,
  operation: string,
  change: (ep: WebhookEndpoint, tx: import('typeorm').EntityManager) => Promise<{ set: Record<string, unknown>; audit: Record<string, unknown> }>,
): Promise<WebhookEndpoint> {
  assertScopesCovered(ctx, await getEndpoint(ctx, id), WHAT[operation] ?? operation);
  await unitOfWork(ctx, async (uow) => {
    const ep = await uow.tx.getRepository(WebhookEndpoint).createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id }).getOneOrFail();
    const { set, audit } = await change(ep, uow.tx);
    await uow.tx
      .createQueryBuilder()
      .update(WebhookEndpoint)
      .set({ ...set, generation: () => 'generation + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id })
      .execute();
    await uow.record({ operation, entity: 'WebhookEndpoint', entityId: id, secretariat: ep.secretariatCode, school: ep.schoolDane, change: audit });
  });
  workerOf(ctx.runtime)?.wake();
  return getEndpoint(ctx, id);
}

export const pauseEndpoint = (ctx: Context, id: string) =>
  changeEndpoint(ctx, id, 'pauseWebhookEndpoint', async (ep) => ({
    set: ep.status === WebhookStatus.PAUSED ? {} : { status: WebhookStatus.PAUSED, pausedReason: WebhookPauseReason.BY_CALLER, pausedAt: () => 'now()' },
    audit: { status: { from: ep.status, to: WebhookStatus.PAUSED } },
  }));

/**
 * Active again, retrying at once from the cursor (nothing was delivered past it). With `skipFailed`, the pending dead
 * letters are settled as SKIPPED and the cursor moves past the last of them.
 */
export const resumeEndpoint = (ctx: Context, id: string, skipFailed: boolean) =>
  changeEndpoint(ctx, id, 'resumeWebhookEndpoint', async (ep, tx) => {
    const set: Record<string, unknown> = { status: WebhookStatus.ACTIVE, pausedReason: null, pausedAt: null, failingSince: null, failedAttempts: 0, nextAttemptAt: null };
    let skipped: string[] = [];
    if (skipFailed) {
      const pending = await tx.find(WebhookDeadLetter, { where: { endpointId: id, resolution: IsNull() }, order: { deadAt: 'ASC' } });
      skipped = pending.map((d) => d.eventId);
      const last = pending.map((d) => parseCursor(d.eventCursor)).reduce<EventCursor | null>((a, c) => (!a || compareCursors(c, a) > 0 ? c : a), null);
      if (last && compareCursors(last, endpointCursor(ep)) > 0) Object.assign(set, { cursorTx: last.tx.toString(), cursorId: last.id.toString() });
      if (pending.length) {
        await tx.update(WebhookDeadLetter, pending.map((d) => d.id), { resolution: DeadLetterResolution.SKIPPED, resolvedAt: () => 'now()' } as never);
      }
    }
    return { set, audit: { status: { from: ep.status, to: WebhookStatus.ACTIVE }, skippedEvents: skipped } };
  });

/**
 * Delivers again every event after `after` (a cursor at or before the endpoint's; `0:0` is the start of the log):
 * receivers deduplicate by id. Refused on a paused endpoint: nothing would be delivered until it is resumed, and a
 * redelivery that silently does nothing is worse than a clear refusal.
 */
export async function redeliver(ctx: Context, id: string, after: string): Promise<WebhookEndpoint> {
  const cursor = await checkedCursor(ctx, after, 'after');
  return changeEndpoint(ctx, id, 'redeliverWebhookEvents', async (ep) => {
    if (ep.status !== WebhookStatus.ACTIVE) {
      throw invalidState(
        `Webhook endpoint ${id} is ${ep.status} (${ep.pausedReason}): nothing is delivered until it is resumed, so the redelivery is refused. Resume it first (resumeWebhookEndpoint; both mutations may go in one document, resume first), then redeliver`,
        { field: 'id', status: ep.status, pausedReason: ep.pausedReason },
      );
    }
    if (compareCursors(cursor, endpointCursor(ep)) > 0) {
      throw badInput('after', `after must be at or before the endpoint's cursor (${ep.cursor}): events after it have not been delivered yet`);
    }
    return {
      set: { cursorTx: cursor.tx.toString(), cursorId: cursor.id.toString(), failingSince: null, failedAttempts: 0, nextAttemptAt: null },
      audit: { cursor: { from: ep.cursor, to: formatCursor(cursor) } },
    };
  });
}

/** A new secret; the previous one keeps signing (a second signature) for `overlapSeconds`. */
export async function rotateSecret(ctx: Context, id: string, overlapSeconds: number): Promise<WebhookEndpointWithSecret> {
  const secret = newSecret();
  const endpoint = await changeEndpoint(ctx, id, 'rotateWebhookSecret', async (_ep, tx) => {
    const [{ secret: current }] = await tx.query('SELECT secret FROM webhook_endpoint WHERE id = $1', [id]);
    return {
      set: {
        secret: secretBoxOf(ctx.runtime.config).seal(id, secret),
        previousSecret: overlapSeconds > 0 ? current : null, // as stored: sealed (or not) for this endpoint already
        previousSecretExpiresAt: overlapSeconds > 0 ? () => `now() + interval '${Math.floor(overlapSeconds)} seconds'` : null,
        secretRotatedAt: () => 'now()',
      },
      audit: { secretRotated: true, overlapSeconds },
    };
  });
  return { endpoint, secret };
}

export async function deleteEndpoint(ctx: Context, id: string): Promise<string> {
  const ep = await getEndpoint(ctx, id);
  await unitOfWork(ctx, async (uow) => {
    await uow.tx.delete(WebhookEndpoint, { id });
    await uow.record({ operation: 'deleteWebhookEndpoint', entity: 'WebhookEndpoint', entityId: id, secretariat: ep.secretariatCode, school: ep.schoolDane, change: { url: ep.url, clientId: ep.clientId } });
  });
  return id;
}
