import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { badInput } from '../../common/errors';
import { scopeOf } from '../../common/scope';
import { settingsFor } from '../settings/settings.service';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { StrategyRevision } from './alignment-improvement-action.entity';
import { ActivityStatus, StrategyWarningKind } from './strategy.enums';
import type { ScheduleArgs } from './strategy.inputs';
import { activitiesLoader, classificationsLoader } from './strategy.loaders';

/**
 * Reads of the assistance strategy (estrategia de asistencia técnica), its classification, programming (cronograma),
 * warnings and revisions, scoped through scopeOf(ctx). Writes: strategy.service.ts; loaders: strategy.loaders.ts.
 */

/** A strategy the caller may see (a SCHOOL sees only its own part of it: see the field resolvers). */
export async function getStrategy(ctx: Context, id: string, db: EntityManager = ctx.runtime.db.manager) {
  const strategy = await db.findOneBy(AssistanceStrategy, { id });
  // Schools of the secretariat may open the strategy; the field resolvers then show them only their own part.
  return scopeOf(ctx).visible(strategy, 'AssistanceStrategy', id, (s) => ({ secretariat: s.secretariatCode, school: 'none' }));
}

export async function strategyOf(ctx: Context, period: string, secretariat?: string | null) {
  const scope = scopeOf(ctx, secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  return ctx.runtime.db.manager.findOneBy(AssistanceStrategy, { secretariatCode: scope.secretariat, period });
}

export async function classificationsOf(ctx: Context, strategy: AssistanceStrategy) {
  return scopeOf(ctx).ownRows(await classificationsLoader(ctx).load(strategy.id), (r) => r.schoolDane);
}

export async function activitiesOf(ctx: Context, strategy: AssistanceStrategy) {
  return scopeOf(ctx).ownRows(await activitiesLoader(ctx).load(strategy.id), (a) => a.schoolDanes);
}

/** Cronograma: activities of a strategy by school, staff member and/or month. */
export async function schedule(ctx: Context, args: ScheduleArgs) {
  const strategy = await getStrategy(ctx, args.strategyId);
  const own = scopeOf(ctx).school;
  const school = own ?? args.school ?? null;
  if (own && args.school && args.school !== own) return [];
  const qb = ctx.runtime.db
    .getRepository(AssistanceActivity)
    .createQueryBuilder('a')
    .where('a.strategy_id = :id', { id: strategy.id })
    .orderBy('a.starts_on', 'ASC')
    .addOrderBy('a.id', 'ASC');
  if (school) qb.andWhere(':school = ANY(a.school_danes)', { school });
  if (args.responsible) qb.andWhere('lower(a.responsible) = lower(:r)', { r: args.responsible });
  if (args.month) {
    qb.andWhere(`a.starts_on < (:m::date + interval '1 month') AND a.ends_on >= :m::date`, { m: `${args.month}-01` });
  }
  return qb.getMany();
}

export interface StrategyWarning {
  kind: StrategyWarningKind;
  message: string;
  responsible: string | null;
  month: string | null;
  count: number | null;
  schoolDane: string | null;
}

/** Warnings: staff overload per month (activities counted in each month their window touches) and uncovered schools. */
export async function warningsOf(ctx: Context, strategy: AssistanceStrategy): Promise<StrategyWarning[]> {
  const settings = await settingsFor(ctx.runtime.db.manager, strategy.secretariatCode);
  const activities = (await activitiesLoader(ctx).load(strategy.id)).filter((a) => a.status !== ActivityStatus.CANCELLED);
  const load = new Map<string, number>();
  for (const a of activities) {
    for (const month of monthsBetween(a.startsOn, a.endsOn)) {
      const key = `${a.responsible}\u0000${month}`;
      load.set(key, (load.get(key) ?? 0) + 1);
    }
  }
  const warnings: StrategyWarning[] = [];
  for (const [key, count] of load) {
    if (count <= settings.maxActivitiesPerStaffMonth) continue;
    const [responsible, month] = key.split('\u0000');
    warnings.push({
      kind: StrategyWarningKind.STAFF_OVERLOAD,
      message: `${responsible} has ${count} activities in ${month}; the maximum is ${settings.maxActivitiesPerStaffMonth}`,
      responsible,
      month,
      count,
      schoolDane: null,
    });
  }
  const served = new Set(activities.flatMap((a) => a.schoolDanes));
  for (const c of await classificationsLoader(ctx).load(strategy.id)) {
    if (served.has(c.schoolDane)) continue;
    warnings.push({
      kind: c.mandatory ? StrategyWarningKind.MANDATORY_SCHOOL_WITHOUT_ACTIVITY : StrategyWarningKind.CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY,
      message: `${c.mandatory ? 'Mandatory school' : 'School'} ${c.schoolDane} has no programmed activity`,
      responsible: null,
      month: null,
      count: null,
      schoolDane: c.schoolDane,
    });
  }
  return scopeOf(ctx).ownRows(warnings, (w) => w.schoolDane);
}

export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [y, m] = start.slice(0, 7).split('-').map(Number);
  const [ey, em] = end.slice(0, 7).split('-').map(Number);
  while (y < ey || (y === ey && m <= em)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return months;
}

export async function revisionsOf(ctx: Context, strategy: AssistanceStrategy) {
  if (scopeOf(ctx).isSchool) return [];
  return ctx.runtime.db.getRepository(StrategyRevision).find({ where: { strategyId: strategy.id }, order: { revision: 'ASC' } });
}
