import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { DEFAULT_SETTINGS, SecretariatSettings } from './secretariat-settings.entity';
import type { UpdateSecretariatSettingsInput } from './settings.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { scopeOf } from '../../common/scope';
import { badInput } from '../../common/errors';

/** The thresholds in force for a secretariat: its row, or the defaults. */
export async function settingsFor(db: EntityManager, secretariatCode: string): Promise<SecretariatSettings> {
  const row = await db.findOneBy(SecretariatSettings, { secretariatCode });
  return row ?? Object.assign(new SecretariatSettings(), { secretariatCode, ...DEFAULT_SETTINGS, updatedAt: new Date(0) });
}

export async function getSettings(ctx: Context, secretariat?: string | null) {
  const scope = scopeOf(ctx, secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  return settingsFor(ctx.runtime.db.manager, scope.secretariat);
}

export async function updateSettings(ctx: Context, input: UpdateSecretariatSettingsInput) {
  const secretariatCode = scopeOf(ctx).writeTo();
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const current = await settingsFor(tx, secretariatCode);
    const before = { ...current };
    for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== null) (current as never as Record<string, unknown>)[k] = v;
    const saved = await tx.save(SecretariatSettings, current);
    const { updatedAt: _u, ...after } = saved;
    await uow.record({
      operation: 'updateSecretariatSettings',
      entity: 'SecretariatSettings',
      entityId: secretariatCode,
      secretariat: secretariatCode,
      change: diff(before, after),
    });
    return saved;
  });
}
