import { In } from 'typeorm';
import type { Context } from '../../context';
import { groupBy, loader } from '../../common/loaders';
import { AssistanceActivity } from './assistance-activity.entity';
import { SchoolClassification } from './school-classification.entity';

/** The strategy module's DataLoaders, one set per request (src/common/loaders.ts): one statement per page, never one per row. */

export const classificationsLoader = (ctx: Context) =>
  loader<string, SchoolClassification[]>(
    ctx,
    'classificationsByStrategy',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(SchoolClassification).find({
        where: { strategyId: In([...ids]) },
        order: { schoolDane: 'ASC' },
      });
      return groupBy(rows, (r) => r.strategyId);
    },
    [],
  );

export const activitiesLoader = (ctx: Context) =>
  loader<string, AssistanceActivity[]>(
    ctx,
    'activitiesByStrategy',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(AssistanceActivity).find({
        where: { strategyId: In([...ids]) },
        order: { startsOn: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, (r) => r.strategyId);
    },
    [],
  );

/** Activities by id (evaluations and verifications name the activity they are about). */
export const activityById = (ctx: Context) =>
  loader<string, AssistanceActivity | null>(
    ctx,
    'strategy.activityById',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(AssistanceActivity).findBy({ id: In([...ids]) });
      return new Map(rows.map((a) => [a.id, a]));
    },
    null,
  );
