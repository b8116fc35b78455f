import { hasViolation, takeDeferredViolations, violationsError } from '../../common/validation';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { Role } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';
import { EventType } from '../../events/catalogue';
import { invalidState, notFound } from '../../common/errors';
import { keysetPageBy } from '../../common/pagination';
import { rowTenant, scopeOf } from '../../common/scope';
import { School } from '../schools/school.entity';
import { SupportRequest, SupportRequestUpdate } from './support-request.entity';
import { SUPPORT_REQUEST_TRANSITIONS, SupportRequestChannel, SupportRequestStatus } from './support-request.enums';
import type { RegisterSupportRequestInput, SupportRequestsArgs, UpdateSupportRequestStatusInput } from './support-request.inputs';
import { isUuid } from '../../common/input-guard';

export async function listRequests(ctx: Context, args: SupportRequestsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = scope.apply(ctx.runtime.db.getRepository(SupportRequest).createQueryBuilder('r'), 'r.secretariat_code', 'r.school_dane');
  if (args.school) qb.andWhere('r.school_dane = :school', { school: args.school });
  if (args.status) qb.andWhere('r.status = :status', { status: args.status });
  if (args.area) qb.andWhere('r.area = :area', { area: args.area });
  if (args.channel) qb.andWhere('r.channel = :channel', { channel: args.channel });
  // Documented order: by school (DANE code), then id.
  return keysetPageBy(qb, [{ column: 'r.school_dane', of: (r) => r.schoolDane, kind: 'dane' }, { column: 'r.id', of: (r) => r.id, kind: 'uuid' }], args);
}

export async function getRequest(ctx: Context, id: string): Promise<SupportRequest> {
  const r = isUuid(id) ? await ctx.runtime.db.getRepository(SupportRequest).findOneBy({ id }) : null;
  return scopeOf(ctx).visible(r, 'SupportRequest', id, rowTenant);
}

/**
 * A school asks for support for itself (channel DIRECT); Atención al Ciudadano registers it for a school of its own
 * secretariat (channel CITIZEN_SERVICE). Any other school answers NOT_FOUND.
 */
export async function registerRequest(ctx: Context, input: RegisterSupportRequestInput): Promise<SupportRequest> {
  const caller = callerOf(ctx);
  const daneCode = input.daneCode ?? scopeOf(ctx).school;
  // Every problem at once: the input's own (subject, description…) and the school it is for.
  const found = takeDeferredViolations(input);
  if (!daneCode && !hasViolation(found, 'input.daneCode')) found.push({ field: 'input.daneCode', message: 'daneCode is required when registering on behalf of a school' });
  if (daneCode && found.length > 0 && !hasViolation(found, 'input.daneCode')) {
    // The school is checked whatever the input's other problems: one the caller may not see is listed with them (alone,
    // it stays NOT_FOUND, below). Only on this error path, so a valid request looks the school up once.
    const school = await ctx.runtime.db.getRepository(School).findOneBy({ daneCode });
    if (!school || !scopeOf(ctx).canSee(school.secretariatCode, school.daneCode)) found.push({ field: 'input.daneCode', message: `School ${daneCode} not found` });
  }
  if (!daneCode || found.length > 0) throw violationsError(found);
  const channel = caller.role === Role.SCHOOL ? SupportRequestChannel.DIRECT : SupportRequestChannel.CITIZEN_SERVICE;
  return unitOfWork(ctx, async (uow) => {
    const tx = uow.tx;
    const school = await tx.findOneBy(School, { daneCode });
    if (!school || !scopeOf(ctx).canSee(school.secretariatCode, school.daneCode)) throw notFound('School', daneCode);
    const request = await tx.save(
      tx.create(SupportRequest, {
        secretariatCode: school.secretariatCode,
        schoolDane: daneCode,
        subject: input.subject.trim(),
        area: input.area,
        description: input.description.trim(),
        channel,
        status: SupportRequestStatus.OPEN,
        requester: caller.subject,
        requesterRole: caller.role,
        requesterName: input.requesterName?.trim() || null,
        contact: input.contact?.trim() || null,
        filingNumber: input.filingNumber?.trim() || null,
      }),
    );
    await tx.insert(SupportRequestUpdate, {
      requestId: request.id,
      fromStatus: null,
      toStatus: SupportRequestStatus.OPEN,
      note: null,
      actor: caller.subject,
    });
    await uow.record({
      operation: 'registerSupportRequest',
      entity: 'SupportRequest',
      entityId: request.id,
      secretariat: request.secretariatCode,
      school: daneCode,
      change: { daneCode, subject: request.subject, area: request.area, channel, status: request.status },
      event: { type: EventType.SUPPORT_REQUEST_REGISTERED, payload: { requestId: request.id, daneCode, area: request.area, channel } },
    });
    return request;
  });
}

/** Staff move a request along OPEN → IN_PROGRESS → ATTENDED / CLOSED, always with a note. */
export async function updateRequestStatus(ctx: Context, id: string, input: UpdateSupportRequestStatusInput): Promise<SupportRequest> {
  const caller = callerOf(ctx);
  return unitOfWork(ctx, async (uow) => {
    const tx = uow.tx;
    const r = isUuid(id) ? await tx.findOne(SupportRequest, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!r || !scopeOf(ctx).canSee(r.secretariatCode, r.schoolDane)) throw notFound('SupportRequest', id);
    const from = r.status;
    if (!SUPPORT_REQUEST_TRANSITIONS[from].includes(input.status)) {
      throw invalidState(`A support request cannot go from ${from} to ${input.status}`, {
        allowed: SUPPORT_REQUEST_TRANSITIONS[from],
      });
    }
    r.status = input.status;
    const saved = await tx.save(r);
    await tx.insert(SupportRequestUpdate, {
      requestId: r.id,
      fromStatus: from,
      toStatus: input.status,
      note: input.note.trim(),
      actor: caller.subject,
    });
    await uow.record({
      operation: 'updateSupportRequestStatus',
      entity: 'SupportRequest',
      entityId: r.id,
      secretariat: r.secretariatCode,
      school: r.schoolDane,
      change: { status: { from, to: input.status }, note: input.note.trim() },
      event: { type: EventType.SUPPORT_REQUEST_UPDATED, payload: { requestId: r.id, daneCode: r.schoolDane, status: input.status } },
    });
    return saved;
  });
}
