import { secretariatLoader } from './secretariat.loaders';
import type { Context } from '../../context';
import { Secretariat } from './secretariat.entity';
import type { CreateSecretariatInput, SecretariatsArgs, UpdateSecretariatInput } from './secretariat.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { conflict, notFound } from '../../common/errors';
import { keysetPage } from '../../common/pagination';
import { scopeOf } from '../../common/scope';
import { filterText, likeEscape } from '../../common/text';

export async function listSecretariats(ctx: Context, args: SecretariatsArgs) {
  const qb = scopeOf(ctx).apply(ctx.runtime.db.getRepository(Secretariat).createQueryBuilder('se'), 'se.code', 'none');
  const search = filterText(args.search);
  if (search) qb.andWhere(`se.name ILIKE :q`, { q: `%${likeEscape(search)}%` });
  return keysetPage(qb, 'se.code', (s) => s.code, args, 'code');
}

export async function getSecretariat(ctx: Context, code: string): Promise<Secretariat> {
  const found = scopeOf(ctx).canSee(code, 'none') ? await secretariatLoader(ctx).load(code) : null;
  if (!found) throw notFound('Secretariat', code);
  return found;
}

export async function createSecretariat(ctx: Context, input: CreateSecretariatInput): Promise<Secretariat> {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    if (await tx.existsBy(Secretariat, { code: input.code })) {
      throw conflict('input.code', `Secretariat ${input.code} already exists`, { entity: 'Secretariat', key: { code: input.code } });
    }
    const saved = await tx.save(tx.create(Secretariat, { ...input, department: input.department ?? null }));
    await uow.record({
      operation: 'createSecretariat',
      entity: 'Secretariat',
      entityId: saved.code,
      secretariat: saved.code,
      change: diff(null, { ...input }),
    });
    return saved;
  });
}

export async function updateSecretariat(ctx: Context, code: string, input: UpdateSecretariatInput) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const current = await tx.findOne(Secretariat, { where: { code }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('Secretariat', code);
    const before = { ...current };
    if (input.name != null) current.name = input.name;
    if (input.department !== undefined) current.department = input.department ?? null;
    const saved = await tx.save(current);
    await uow.record({
      operation: 'updateSecretariat',
      entity: 'Secretariat',
      entityId: code,
      secretariat: code,
      change: diff(before, { name: saved.name, department: saved.department }),
    });
    return saved;
  });
}
