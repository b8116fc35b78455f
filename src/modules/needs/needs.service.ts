import { randomUUID } from 'node:crypto';
import type { Context } from '../../context';
import { SupportNeed } from './support-need.entity';
import { NeedSource, NeedStatus } from './need.enums';
import type { AddSupportNeedInput, NeedsArgs, UpdateSupportNeedInput } from './need.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { keysetPageBy } from '../../common/pagination';
import { scopeOf } from '../../common/scope';
import { badInput, invalidState, notFound } from '../../common/errors';
import { schoolLoader } from '../schools/school.service';

export async function listNeeds(ctx: Context, args: NeedsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = ctx.runtime.db.getRepository(SupportNeed).createQueryBuilder('n').where('n.period = :period', { period: args.period });
  scope.apply(qb, 'n.secretariat_code', 'n.school_dane');
  if (args.school) qb.andWhere('n.school_dane = :school', { school: args.school });
  if (args.status) qb.andWhere('n.status = :status', { status: args.status });
  if (args.area) qb.andWhere('n.area = :area', { area: args.area });
  if (args.source) qb.andWhere('n.source = :source', { source: args.source });
  if (args.rule) qb.andWhere('n.rule = :rule', { rule: args.rule });
  // Documented order: by school (DANE code), then id.
  return keysetPageBy(qb, [{ column: 'n.school_dane', of: (n) => n.schoolDane, kind: 'text' }, { column: 'n.id', of: (n) => n.id, kind: 'uuid' }], args);
}

/** A school of the caller's secretariat, or BAD_USER_INPUT on the field. */
export async function schoolOfSecretariat(ctx: Context, secretariat: string, daneCode: string, field: string) {
  const school = await schoolLoader(ctx).load(daneCode);
  if (!school || school.secretariatCode !== secretariat) throw badInput(field, `No school ${daneCode} in secretariat ${secretariat}`);
  return school;
}

export async function addNeed(ctx: Context, input: AddSupportNeedInput): Promise<SupportNeed> {
  const secretariat = scopeOf(ctx).writeTo();
  await schoolOfSecretariat(ctx, secretariat, input.daneCode, 'input.daneCode');
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const need = await tx.save(
      tx.create(SupportNeed, {
        secretariatCode: secretariat,
        period: input.period,
        schoolDane: input.daneCode,
        area: input.area ?? null,
        source: NeedSource.MANUAL,
        rule: null,
        supportRequestId: null,
        needKey: `MANUAL:${randomUUID()}`,
        description: input.description,
        evidence: [],
        priority: input.priority,
        status: NeedStatus.OPEN,
      }),
    );
    await uow.record({
      operation: 'addSupportNeed',
      entity: 'SupportNeed',
      entityId: need.id,
      secretariat,
      change: diff(null, { ...input }),
    });
    return need;
  });
}

async function changeNeed(ctx: Context, id: string, operation: string, apply: (n: SupportNeed) => void) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const need = await tx.findOne(SupportNeed, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need || !scopeOf(ctx).canSee(need.secretariatCode)) throw notFound('SupportNeed', id);
    const before = { ...need };
    apply(need);
    const saved = await tx.save(need);
    await uow.record({
      operation,
      entity: 'SupportNeed',
      entityId: id,
      secretariat: need.secretariatCode,
      change: diff(before, { description: saved.description, priority: saved.priority, area: saved.area, status: saved.status, dismissReason: saved.dismissReason }),
    });
    return saved;
  });
}

export const updateNeed = (ctx: Context, id: string, input: UpdateSupportNeedInput) =>
  changeNeed(ctx, id, 'updateSupportNeed', (n) => {
    if (input.description != null) n.description = input.description;
    if (input.priority != null) n.priority = input.priority;
    if (input.area != null) n.area = input.area;
  });

export const dismissNeed = (ctx: Context, id: string, reason: string) =>
  changeNeed(ctx, id, 'dismissSupportNeed', (n) => {
    if (n.status === NeedStatus.DISMISSED) throw invalidState('The need is already dismissed');
    n.status = NeedStatus.DISMISSED;
    n.dismissReason = reason;
  });
