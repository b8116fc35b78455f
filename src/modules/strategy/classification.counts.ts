import { Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../context';
import { scopedCountQuery } from '../../common/counts';
import { SchoolSector, SchoolZone } from '../schools/school.enums';
import type { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceModality } from './strategy.enums';

/*
 * The classification of a strategy counted in SQL for the dashboard (issue 14): the active schools the caller may
 * list with `schools` of the strategy's secretariat, each with its row of `classifications` (a SCHOOL user: itself).
 */

@ObjectType({ description: 'Establecimientos educativos (EE) activos de un municipio, sector y zona con una misma clasificación en la estrategia.' })
export class ClassificationCount {
  @Field({ description: 'Municipio (registry name).' })
  municipality: string;

  @Field(() => SchoolSector, { description: 'Sector (oficial / no oficial).' })
  sector: SchoolSector;

  @Field(() => SchoolZone, { description: 'Zona (urbana / rural).' })
  zone: SchoolZone;

  @Field(() => AssistanceModality, { nullable: true, description: 'Modalidad in force (acompañamiento integral, asesoría puntual…); null: sin clasificar (no row in the strategy).' })
  modality: AssistanceModality | null;

  @Field(() => Int, { description: 'Active schools of this group.' })
  schools: number;

  @Field(() => Int, { description: 'Of them, of inclusión obligatoria (mandatory).' })
  mandatory: number;
}

/** One GROUP BY: active schools of the strategy's secretariat LEFT JOIN its classification. */
export async function classificationCounts(ctx: Context, strategy: AssistanceStrategy): Promise<ClassificationCount[]> {
  // The strategy is already visible to the caller (its secretariat, so the scope's secretariat adds nothing); a SCHOOL
  // user counts only itself.
  const rows: { municipality: string; sector: SchoolSector; zone: SchoolZone; modality: AssistanceModality | null; schools: string; mandatory: string }[] = await scopedCountQuery(ctx, {
    table: 'school',
    alias: 's',
    schoolColumn: 'dane_code',
    where: ['s.secretariat_code = :sec AND s.active'],
    params: { sec: strategy.secretariatCode },
  })
    .leftJoin('school_classification', 'c', 'c.school_dane = s.dane_code AND c.strategy_id = :id', { id: strategy.id })
    .select(['s.municipality AS municipality', 's.sector AS sector', 's.zone AS zone', 'c.modality AS modality'])
    .addSelect('count(*)', 'schools')
    .addSelect('count(*) FILTER (WHERE c.mandatory)', 'mandatory')
    .groupBy('s.municipality')
    .addGroupBy('s.sector')
    .addGroupBy('s.zone')
    .addGroupBy('c.modality')
    .orderBy('s.municipality')
    .addOrderBy('s.sector')
    .addOrderBy('s.zone')
    .addOrderBy('c.modality')
    .getRawMany();
  return rows.map((r) => ({ ...r, schools: Number(r.schools), mandatory: Number(r.mandatory) }));
}
