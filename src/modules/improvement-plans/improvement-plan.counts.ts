import { PeriodArgs } from '../../common/period';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../context';
import { scopedCountQuery, sumOf } from '../../common/counts';
import { ImprovementPlanStatus } from './improvement-plan.enums';

/*
 * Counts of PMIs computed in SQL for the dashboard (issue 14): the rows `improvementPlans(period, secretariat)` lists,
 * under the same scopeOf, so every role counts exactly what it may list.
 */

@ObjectType({ description: 'PMI de los establecimientos educativos activos de un municipio.' })
export class PlanMunicipalityCount {
  @Field({ description: 'Municipio of the school (registry name).' })
  municipality: string;

  @Field(() => Int, { description: 'PMI registrados (plans of the period).' })
  plans: number;

  @Field(() => Int, { description: 'PMI pertinentes: current version REVIEWED and found pertinent.' })
  pertinent: number;
}

@ObjectType({ description: 'Cifras de los planes de mejoramiento institucional (PMI) de un periodo que el rol puede listar.' })
export class ImprovementPlanCounts {
  @Field(() => Int, { description: 'PMI registrados: `improvementPlans(period).totalCount`.' })
  plans: number;

  @Field(() => Int, { description: 'PMI revisados: current version REVIEWED (a later draft is not counted).' })
  reviewed: number;

  @Field(() => Int, { description: 'PMI pertinentes: current version REVIEWED and pertinent.' })
  pertinent: number;

  @Field(() => [PlanMunicipalityCount], { description: 'By municipality, plans of active schools only (as the dashboard shows them). Order: municipality.' })
  byMunicipality: PlanMunicipalityCount[];
}

@ArgsType()
export class ImprovementPlanCountsArgs extends PeriodArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others count their own).' })
  @IsOptional()
  secretariat?: string | null;
}

/** One GROUP BY over the plans the caller may list; municipality from the registry (active schools). */
export async function planCounts(ctx: Context, args: ImprovementPlanCountsArgs): Promise<ImprovementPlanCounts> {
  const rows: { municipality: string | null; active: boolean | null; plans: string; reviewed: string; pertinent: string }[] = await scopedCountQuery(ctx, {
    table: 'improvement_plan',
    alias: 'p',
    school: 'any',
    where: ['p.period = :period'],
    params: { period: args.period },
    secretariat: args.secretariat,
  })
    .select(['s.municipality AS municipality', 's.active AS active'])
    .addSelect('count(*)', 'plans')
    .addSelect('count(*) FILTER (WHERE p.status = :reviewed)', 'reviewed')
    .addSelect('count(*) FILTER (WHERE p.status = :reviewed AND p.pertinent)', 'pertinent')
    .setParameter('reviewed', ImprovementPlanStatus.REVIEWED)
    .groupBy('s.municipality')
    .addGroupBy('s.active')
    .orderBy('s.municipality')
    .getRawMany();
  return {
    plans: sumOf(rows, 'plans'),
    reviewed: sumOf(rows, 'reviewed'),
    pertinent: sumOf(rows, 'pertinent'),
    byMunicipality: rows
      .filter((r) => r.active && r.municipality !== null)
      .map((r) => ({ municipality: r.municipality!, plans: Number(r.plans), pertinent: Number(r.pertinent) })),
  };
}
