import { In } from 'typeorm';
import type { Context } from '../../context';
import { loader } from '../../common/loaders';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { EvaluationSettings } from './evaluation-settings.entity';
import { settingsFor } from './assistance-evaluation.service';

/** Activities by id, one statement per request however many evaluations are listed. */
export const activityById = (ctx: Context) =>
  loader<string, AssistanceActivity | null>(
    ctx,
    'evaluation.activityById',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(AssistanceActivity).findBy({ id: In([...ids]) });
      return new Map(rows.map((a) => [a.id, a]));
    },
    null,
  );

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
