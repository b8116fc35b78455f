import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../context';
import { scopedCountQuery, sumOf } from '../../common/counts';
import { SchoolSector, SchoolZone } from './school.enums';

/*
 * Counts of the registry computed in SQL, for the dashboard's jurisdiction view (issue 14): the same rows as
 * `schools` (same scopeOf), without sending every school to the browser.
 */

@ObjectType({ description: 'Establecimientos educativos (EE) activos de un municipio, sector y zona.' })
export class SchoolGroupCount {
  @Field({ description: 'Municipio (name as in the registry).' })
  municipality: string;

  @Field(() => SchoolSector, { description: 'Sector (oficial / no oficial).' })
  sector: SchoolSector;

  @Field(() => SchoolZone, { description: 'Zona (urbana / rural).' })
  zone: SchoolZone;

  @Field(() => Int, { description: 'Active schools (EE activos) of this municipality, sector and zone.' })
  schools: number;
}

@ObjectType({ description: 'Cifras del directorio de establecimientos educativos (EE) que el rol puede listar.' })
export class SchoolCounts {
  @Field(() => Int, { description: 'Active schools (EE activos): the rows of `schools` with active = true.' })
  active: number;

  @Field(() => Int, { description: 'All schools the caller may list (`schools.totalCount`), active or not.' })
  total: number;

  @Field(() => [SchoolGroupCount], { description: 'Active schools by municipality, sector and zone (groups with at least one). Order: municipality, sector, zone.' })
  groups: SchoolGroupCount[];
}

@ArgsType()
export class SchoolCountsArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others count their own).' })
  @IsOptional()
  secretariat?: string | null;
}

/** Counts of the schools the caller may list (`schools` with no filter): one GROUP BY over the registry. */
export async function schoolCounts(ctx: Context, args: SchoolCountsArgs): Promise<SchoolCounts> {
  const rows: { municipality: string; sector: SchoolSector; zone: SchoolZone; active: string; total: string }[] = await scopedCountQuery(ctx, {
    table: 'school',
    alias: 's',
    schoolColumn: 'dane_code',
    secretariat: args.secretariat,
  })
    .select(['s.municipality AS municipality', 's.sector AS sector', 's.zone AS zone'])
    .addSelect('count(*) FILTER (WHERE s.active)', 'active')
    .addSelect('count(*)', 'total')
    .groupBy('s.municipality')
    .addGroupBy('s.sector')
    .addGroupBy('s.zone')
    .orderBy('s.municipality')
    .addOrderBy('s.sector')
    .addOrderBy('s.zone')
    .getRawMany();
  return {
    active: sumOf(rows, 'active'),
    total: sumOf(rows, 'total'),
    groups: rows.filter((r) => Number(r.active) > 0).map((r) => ({ municipality: r.municipality, sector: r.sector, zone: r.zone, schools: Number(r.active) })),
  };
}
