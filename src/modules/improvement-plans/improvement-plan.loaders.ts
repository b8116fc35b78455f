import type { Context } from '../../context';
import { groupBy, loader } from '../../common/loaders';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './plan-content.entity';
import { PlanVersion } from './plan-version.entity';
import { PlanReview } from './plan-review.entity';
import { partsOf } from './plan-parts.read';

/** One-to-many loaders: one query per kind of part for a whole page of plans (or goals), never one per plan. */
function byParent<T extends object>(
  ctx: Context,
  name: string,
  entity: new () => T,
  column: 'planId' | 'goalId',
  order: Record<string, 'ASC' | 'DESC'>,
) {
  return loader<string, T[]>(
    ctx,
    name,
    async (ids) => {
      const rows = await partsOf(ctx.runtime.db, entity, column, ids, order);
      return groupBy(rows, (r) => (r as Record<string, string>)[column]);
    },
    [],
  );
}

// Position, then id: the same order as the JSON reads (improvement-plan.json.ts), whatever ties.
const byPosition = { position: 'ASC', id: 'ASC' } as const;
export const criticalFactorsByPlan = (ctx: Context) =>
  byParent(ctx, 'pmi.criticalFactors', PlanCriticalFactor, 'planId', byPosition);
export const objectivesByPlan = (ctx: Context) => byParent(ctx, 'pmi.objectives', PlanObjective, 'planId', byPosition);
export const goalsByPlan = (ctx: Context) => byParent(ctx, 'pmi.goals', PlanGoal, 'planId', byPosition);
export const indicatorsByGoal = (ctx: Context) => byParent(ctx, 'pmi.indicators', PlanIndicator, 'goalId', byPosition);
export const actionsByGoal = (ctx: Context) => byParent(ctx, 'pmi.actions', PlanAction, 'goalId', byPosition);
export const versionsByPlan = (ctx: Context) => byParent(ctx, 'pmi.versions', PlanVersion, 'planId', { version: 'ASC' });
export const reviewsByPlan = (ctx: Context) =>
  byParent(ctx, 'pmi.reviews', PlanReview, 'planId', { reviewedAt: 'ASC', id: 'ASC' });
