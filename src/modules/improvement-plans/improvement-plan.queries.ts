import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { jsonKeysetPage } from '../../common/json-read';
import { PLAN_JSON } from './improvement-plan.json';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/input-guard';
import { keysetPageBy } from '../../common/pagination';
import { rowTenant, schoolTenant, scopeOf } from '../../common/scope';
import { schoolLoader } from '../schools/school.loaders';
import { ImprovementPlan } from './improvement-plan.entity';
import { PlanVersion } from './plan-version.entity';
import type { ImprovementPlansArgs } from './improvement-plan.inputs';

/** Reads of the PMIs (planes de mejoramiento institucional), scoped through scopeOf(ctx). Writes: improvement-plan.service.ts. */

/**
 * A page of PMIs. With the resolver's `info`, a selection PostgreSQL can answer as JSON is read in one statement
 * (improvement-plan.json.ts); otherwise, or with JSON_READS=false, entities and loaders (the plain path). Both start
 * from the same scoped, filtered query.
 */
export async function listPlans(ctx: Context, args: ImprovementPlansArgs, info?: GraphQLResolveInfo) {
  const qb = plansQuery(ctx, args);
  const json = await jsonKeysetPage(ctx, info, qb, 'p', PLAN_JSON, [
    { column: 'p.school_dane', kind: 'dane' },
    { column: 'p.period', kind: 'period' },
    { column: 'p.id', kind: 'uuid' },
  ], args);
  if (json) return json;
  // Documented order: by school (DANE code), then period, then id.
  return keysetPageBy(
    qb,
    [
      { column: 'p.school_dane', of: (p) => p.schoolDane, kind: 'dane' },
      { column: 'p.period', of: (p) => p.period, kind: 'period' },
      { column: 'p.id', of: (p) => p.id, kind: 'uuid' },
    ],
    args,
  );
}

/** The PMIs the caller may see (scopeOf), with the list's filters. */
function plansQuery(ctx: Context, args: ImprovementPlansArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = scope.apply(ctx.runtime.db.getRepository(ImprovementPlan).createQueryBuilder('p'), 'p.secretariat_code', 'p.school_dane');
  if (args.school) qb.andWhere('p.school_dane = :school', { school: args.school });
  if (args.period) qb.andWhere('p.period = :period', { period: args.period });
  if (args.status) qb.andWhere('p.status = :status', { status: args.status });
  if (args.pertinent !== undefined && args.pertinent !== null) qb.andWhere('p.pertinent = :pt', { pt: args.pertinent });
  return qb;
}

export async function getPlan(ctx: Context, id: string): Promise<ImprovementPlan> {
  const plan = isUuid(id) ? await ctx.runtime.db.getRepository(ImprovementPlan).findOneBy({ id }) : null;
  return scopeOf(ctx).visible(plan, 'ImprovementPlan', id, rowTenant);
}

/** The PMI of a school for a period; null when the school has none (yet). Another tenant's school is NOT_FOUND. */
export async function getPlanOf(ctx: Context, daneCode: string, period: string): Promise<ImprovementPlan | null> {
  scopeOf(ctx).visible(await schoolLoader(ctx).load(daneCode), 'School', daneCode, schoolTenant);
  return ctx.runtime.db.getRepository(ImprovementPlan).findOneBy({ schoolDane: daneCode, period });
}

export async function getPlanVersion(ctx: Context, id: string, version: number): Promise<PlanVersion> {
  const plan = await getPlan(ctx, id);
  const row = await ctx.runtime.db.getRepository(PlanVersion).findOneBy({ planId: plan.id, version });
  if (!row) throw notFound('ImprovementPlan version', `${id}@${version}`);
  return row;
}
