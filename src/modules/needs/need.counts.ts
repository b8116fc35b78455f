import { PeriodArgs } from '../../common/period';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../context';
import { ManagementArea } from '../../common/management-area';
import { byMunicipality, scopedCountQuery, sumOf } from '../../common/counts';
import { NeedStatus } from './need.enums';

/*
 * Counts of support needs computed in SQL for the dashboard (issue 14): the rows
 * `supportNeeds(period, secretariat, status)` lists, under the same scopeOf.
 */

@ObjectType({ description: 'Necesidades de apoyo de un área de gestión (Guía 34).' })
export class NeedAreaCount {
  @Field(() => ManagementArea, { nullable: true, description: 'Área de gestión; null: transversal (sin área).' })
  area: ManagementArea | null;

  @Field(() => Int, { description: 'Needs of this area.' })
  needs: number;
}

@ObjectType({ description: 'Necesidades de apoyo de los establecimientos educativos activos de un municipio.' })
export class NeedMunicipalityCount {
  @Field({ description: 'Municipio of the school (registry name).' })
  municipality: string;

  @Field(() => Int, { description: 'Needs of the active schools of this municipality.' })
  needs: number;
}

@ObjectType({ description: 'Cifras de las necesidades de apoyo de un periodo que el rol puede listar.' })
export class SupportNeedCounts {
  @Field(() => Int, { description: 'Needs in the state asked for: `supportNeeds(period, status).totalCount`.' })
  needs: number;

  @Field(() => [NeedAreaCount], { description: 'By management area, areas with at least one need. Order: Guía 34 (directiva, académica, administrativa y financiera, comunidad), then sin área.' })
  byArea: NeedAreaCount[];

  @Field(() => [NeedMunicipalityCount], { description: 'By municipality, needs of active schools only. Order: municipality.' })
  byMunicipality: NeedMunicipalityCount[];
}

@ArgsType()
export class SupportNeedCountsArgs extends PeriodArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others count their own).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => NeedStatus, { defaultValue: NeedStatus.OPEN, description: 'Needs in this state (default: abiertas).' })
  status: NeedStatus = NeedStatus.OPEN;
}

const AREA_ORDER: (string | null)[] = [ManagementArea.DIRECTIVE, ManagementArea.ACADEMIC, ManagementArea.ADMINISTRATIVE_FINANCIAL, ManagementArea.COMMUNITY, null];

/** One GROUP BY (area × municipality of an active school) over the needs the caller may list; totals summed from it. */
export async function needCounts(ctx: Context, args: SupportNeedCountsArgs): Promise<SupportNeedCounts> {
  const rows: { area: ManagementArea | null; municipality: string | null; needs: string }[] = await scopedCountQuery(ctx, {
    table: 'support_need',
    alias: 'n',
    school: 'active',
    where: ['n.period = :period AND n.status = :status'],
    params: { period: args.period, status: args.status },
    secretariat: args.secretariat,
  })
    .select(['n.area AS area', 's.municipality AS municipality'])
    .addSelect('count(*)', 'needs')
    .groupBy('n.area')
    .addGroupBy('s.municipality')
    .getRawMany();
  const areas = new Map<ManagementArea | null, number>();
  const municipalities = new Map<string, number>();
  for (const r of rows) {
    areas.set(r.area, (areas.get(r.area) ?? 0) + Number(r.needs));
    if (r.municipality !== null) municipalities.set(r.municipality, (municipalities.get(r.municipality) ?? 0) + Number(r.needs));
  }
  const rank = (a: string | null) => (AREA_ORDER.includes(a) ? AREA_ORDER.indexOf(a) : AREA_ORDER.length);
  return {
    needs: sumOf(rows, 'needs'),
    byArea: [...areas].sort((a, b) => rank(a[0]) - rank(b[0])).map(([area, needs]) => ({ area, needs })),
    byMunicipality: [...municipalities].map(([municipality, needs]) => ({ municipality, needs })).sort(byMunicipality),
  };
}
