import { assertNoViolations, hasViolation, takeDeferredViolations } from '../../common/validation';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { ModificationWindow } from './modification-window.entity';
import type { ModificationWindowsArgs, OpenModificationWindowInput } from './improvement-plan.inputs';
import { unitOfWork } from '../../common/unit-of-work';

import { conflict, invalidState, notFound } from '../../common/errors';
import { scopeOf } from '../../common/scope';

/** Windows of the caller's secretariat (or the requested one for national roles), newest first. */
export async function listWindows(ctx: Context, args: ModificationWindowsArgs): Promise<ModificationWindow[]> {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = scope.apply(ctx.runtime.db.getRepository(ModificationWindow).createQueryBuilder('w'), 'w.secretariat_code', 'none');
  if (args.period) qb.andWhere('w.period = :p', { p: args.period });
  return qb.orderBy('w.opens_at', 'DESC').addOrderBy('w.id', 'ASC').limit(500).getMany();
}

export async function openWindow(ctx: Context, input: OpenModificationWindowInput): Promise<ModificationWindow> {
  const caller = callerOf(ctx);
  const secretariatCode = scopeOf(ctx).writeTo();
  // Every problem at once: the input's own and the order of the dates.
  const found = takeDeferredViolations(input);
  if (!hasViolation(found, 'input.opensAt') && !hasViolation(found, 'input.closesAt') && input.closesAt.getTime() <= input.opensAt.getTime()) {
    found.push({ field: 'input.closesAt', message: 'closesAt must be after opensAt' });
  }
  assertNoViolations(found);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    // Serialise openings per secretariat so two overlapping windows cannot slip in side by side.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`window:${secretariatCode}:${input.period}`]);
    const overlapping = await tx
      .getRepository(ModificationWindow)
      .createQueryBuilder('w')
      .where('w.secretariat_code = :se AND w.period = :p AND w.closed_at IS NULL', { se: secretariatCode, p: input.period })
      .andWhere('w.opens_at < :closes AND w.closes_at > :opens', { opens: input.opensAt, closes: input.closesAt })
      .getOne();
    if (overlapping) {
      throw conflict(
        'input.opensAt',
        `A modification window for period ${input.period} already covers ${overlapping.opensAt.toISOString()}–${overlapping.closesAt.toISOString()} (${overlapping.id}); close it first`,
        { entity: 'ModificationWindow', id: overlapping.id },
      );
    }
    const window = await tx.save(
      tx.create(ModificationWindow, {
        secretariatCode,
        period: input.period,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        closedAt: null,
        openedBy: caller.subject,
      }),
    );
    await uow.record({
      operation: 'openModificationWindow',
      entity: 'ModificationWindow',
      entityId: window.id,
      secretariat: secretariatCode,
      change: { period: input.period, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() },
    });
    return window;
  });
}

export async function closeWindow(ctx: Context, id: string): Promise<ModificationWindow> {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const window = await tx.findOne(ModificationWindow, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!window || !scopeOf(ctx).canSee(window.secretariatCode)) throw notFound('ModificationWindow', id);
    if (window.closedAt) throw invalidState(`The modification window ${id} was already closed`);
    window.closedAt = new Date();
    const saved = await tx.save(window);
    await uow.record({
      operation: 'closeModificationWindow',
      entity: 'ModificationWindow',
      entityId: id,
      secretariat: window.secretariatCode,
      change: { closedAt: { from: null, to: saved.closedAt?.toISOString() } },
    });
    return saved;
  });
}

/**
 * Refuses a school's change unless the secretariat's window for that period is open now; the message says why
 * (none opened, not yet open, already closed) so the school knows whom to ask.
 */
export async function assertWindowOpen(tx: EntityManager, secretariat: string, period: string, now = new Date()) {
  const windows = await tx.find(ModificationWindow, { where: { secretariatCode: secretariat, period } });
  if (windows.some((w) => w.isOpenAt(now))) return;
  const base = `PMIs for period ${period} can only be registered, changed or submitted while the secretariat's modification window (periodo de modificación) is open`;
  const live = windows.filter((w) => !w.closedAt);
  const next = live.filter((w) => w.opensAt > now).sort((a, b) => +a.opensAt - +b.opensAt)[0];
  if (next) throw invalidState(`${base}: it opens on ${next.opensAt.toISOString()}`, { opensAt: next.opensAt.toISOString() });
  if (windows.length > 0) {
    const last = windows
      .map((w) => (w.closedAt && w.closedAt < w.closesAt ? w.closedAt : w.closesAt))
      .sort((a, b) => +b - +a)[0];
    throw invalidState(`${base}: it closed on ${last.toISOString()}`, { closedAt: last.toISOString() });
  }
  throw invalidState(`${base}: none has been opened for this period`);
}
