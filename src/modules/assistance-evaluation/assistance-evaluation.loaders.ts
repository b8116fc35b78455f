import type { Context } from '../../context';
import { loader } from '../../common/loaders';
import { EvaluationSettings } from './evaluation-settings.entity';
import { settingsFor } from './assistance-evaluation.service';

/** Settings by `secretariat/period` (defaults when not set). */
export const settingsByPeriod = (ctx: Context) =>
  loader<string, EvaluationSettings>(
    ctx,
    'evaluation.settingsByPeriod',
    async (keys) => {
      const out = new Map<string, EvaluationSettings>();
      for (const key of keys) {
        const [secretariat, period] = key.split('/');
        out.set(key, await settingsFor(ctx.runtime.db.manager, secretariat, period));
      }
      return out;
    },
    null as never,
  );
