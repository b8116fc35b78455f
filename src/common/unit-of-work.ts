import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import { callerOf } from '../context';
import { DomainError, mapDatabaseError, unavailable } from './errors';
import { assertNoneDeferred } from './violations';
import { recordAuditMany } from '../modules/audit/audit.service';
import { appendEvents } from '../events/event-log';
import type { NewEvent } from '../events/event-log';
import type { EventType } from '../events/catalogue';

/**
 * One change to one record, declared once: it yields its audit row and, when `event` is set, its event row, both in
 * the transaction of the unit of work that records it.
 */
export interface Change {
  /** The GraphQL operation (or CLI/system step) that made the change, e.g. `recordAssistanceSession`. */
  operation: string;
  /** Entity name as shown in the audit trail, e.g. `AssistanceSession`. */
  entity: string;
  entityId: string;
  /** Tenant of the record; null only for national records (e.g. the catalogue). */
  secretariat: string | null;
  /** School the record concerns (events about a school are visible to that school only). */
  school?: string | null;
  /** What changed, as stored in the audit row (`diff(before, after)` or a small summary). */
  change: Record<string, unknown>;
  /** Event to publish for linked subprocesses, if the change is one (see events/catalogue.ts). */
  event?: { type: EventType; payload: Record<string, unknown> };
}

/** The one way to write: the transaction, and the changes made in it. */
export interface UnitOfWork {
  readonly ctx: Context;
  /** The transaction's entity manager: every read and write of the unit goes through it. */
  readonly tx: EntityManager;
  /** Declares changes; their audit and event rows are written at once, in this transaction. */
  record(...changes: Change[]): Promise<void>;
  /** Declares many changes in two statements (audit rows, event rows). */
  recordMany(changes: Change[]): Promise<void>;
}

class TransactionalUnit implements UnitOfWork {
  constructor(
    readonly ctx: Context,
    readonly tx: EntityManager,
  ) {}

  record(...changes: Change[]): Promise<void> {
    return this.recordMany(changes);
  }

  async recordMany(changes: Change[]): Promise<void> {
    if (changes.length === 0) return;
    callerOf(this.ctx);
    await recordAuditMany(
      this.tx,
      this.ctx,
      changes.map((c) => ({ operation: c.operation, entity: c.entity, entityId: c.entityId, secretariat: c.secretariat, change: c.change })),
    );
    const events: NewEvent[] = changes
      .filter((c) => c.event)
      .map((c) => ({
        type: c.event!.type,
        secretariat: c.secretariat,
        entity: c.entity,
        entityId: c.entityId,
        school: c.school ?? null,
        payload: c.event!.payload,
      }));
    await appendEvents(this.tx, this.ctx, events);
  }
}

/**
 * Runs `work` in one transaction with its audit and event rows: all commit together or nothing does. Unique
 * violations surface as CONFLICT. Services call this, never the audit or event writers directly.
 *
 * When the transaction's connection dies under it (PostgreSQL stopped or restarted, the backend terminated, the
 * socket cut), the unit fails as UNAVAILABLE (nothing was committed): TypeORM releases the transaction's query
 * runner on its connection's `error` event, so the transaction's next statement — or its COMMIT — fails with
 * TypeORM's "already released" error. The unit tells that case by the runner's state: it alone releases its runner,
 * and only after the work has ended, so a runner found released while the unit still holds it lost its connection. A
 * coded refusal the work reached first (NOT_FOUND, BAD_USER_INPUT…) is kept: it was decided on what was read before.
 */
export async function unitOfWork<T>(ctx: Context, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const runner = ctx.runtime.db.createQueryRunner();
  try {
    await runner.startTransaction();
    const result = await work(new TransactionalUnit(ctx, runner.manager));
    // Input violations deferred to the service and never taken: refuse before anything commits.
    assertNoneDeferred(ctx);
    await runner.commitTransaction();
    return result;
  } catch (err) {
    if (runner.isReleased) throw err instanceof DomainError ? err : connectionLost(err);
    try {
      await runner.rollbackTransaction();
    } catch {
      // the original error is the one to report; a failed rollback leaves nothing committed either
    }
    throw mapDatabaseError(err);
  } finally {
    if (!runner.isReleased) await runner.release();
  }
}

/** UNAVAILABLE for a unit whose connection died mid-transaction; the driver's error stays as `cause`, for the log only. */
function connectionLost(err: unknown) {
  const e = unavailable();
  Object.defineProperty(e, 'cause', { value: err, enumerable: false });
  return e;
}
