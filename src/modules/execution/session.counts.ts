import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { IsUUID } from 'class-validator';
import type { Context } from '../../context';
import { byMunicipality, scopedCountQuery } from '../../common/counts';
import { getStrategy } from '../strategy/strategy.queries';
import { CURRENT_SESSION_SQL } from './session.service';
import { SessionStatus } from './session.enums';

/*
 * Counts of assistance sessions computed in SQL for the dashboard (issue 14): the rows
 * `assistanceSessions(strategyId)` lists (current state of each session), under the same scopeOf.
 */

@ObjectType({ description: 'Sesiones de asistencia técnica de un mes: programadas y realizadas.' })
export class SessionMonthCount {
  @Field({ description: 'Month, YYYY-MM.' })
  month: string;

  @Field(() => Int, { description: 'Programadas: sessions not cancelled whose (re)scheduled date (rescheduledTo, else scheduledOn) falls in the month.' })
  programmed: number;

  @Field(() => Int, { description: 'Realizadas: sessions HELD whose heldOn falls in the month.' })
  held: number;
}

@ObjectType({ description: 'Asesorías realizadas en los establecimientos educativos activos de un municipio.' })
export class SessionMunicipalityCount {
  @Field({ description: 'Municipio of the school (registry name).' })
  municipality: string;

  @Field(() => Int, { description: 'Sessions HELD with active schools of this municipality.' })
  held: number;
}

@ObjectType({ description: 'Cifras de las sesiones de asistencia técnica de una estrategia que el rol puede listar (estado actual de cada una).' })
export class AssistanceSessionCounts {
  @Field(() => Int, { description: 'Sessions (current state): `assistanceSessions(strategyId).totalCount`.' })
  sessions: number;

  @Field(() => Int, { description: 'Asesorías realizadas: sessions whose current state is HELD.' })
  held: number;

  @Field(() => [SessionMonthCount], { description: 'Months with at least one programmed or held session. Order: month.' })
  byMonth: SessionMonthCount[];

  @Field(() => [SessionMunicipalityCount], { description: 'Held sessions by municipality, active schools only. Order: municipality.' })
  byMunicipality: SessionMunicipalityCount[];
}

@ArgsType()
export class AssistanceSessionCountsArgs {
  @Field(() => ID, { description: 'The assistance strategy (estrategia de asistencia técnica).' })
  @IsUUID()
  strategyId: string;
}

/** The current sessions of a strategy the caller may list, counted in SQL (months and municipalities). */
export async function sessionCounts(ctx: Context, args: AssistanceSessionCountsArgs): Promise<AssistanceSessionCounts> {
  const strategy = await getStrategy(ctx, args.strategyId);
  const base = scopedCountQuery(ctx, { table: 'assistance_session', alias: 's', where: ['s.strategy_id = :id', CURRENT_SESSION_SQL], params: { id: strategy.id } })
    .select(['s.status AS status', 's.scheduled_on AS scheduled_on', 's.rescheduled_to AS rescheduled_to', 's.held_on AS held_on', 's.school_dane AS school_dane', 's.secretariat_code AS secretariat_code']);
  const [sql, params] = base.getQueryAndParameters();
  const n = params.length;
  // A session counts in up to two months (programmed, held) and one municipality: one pass over the scoped rows.
  const rows: { kind: string; key: string | null; count: string }[] = await ctx.runtime.db.query(
    `WITH s AS (${sql})
     SELECT 'all' AS kind, NULL AS key, count(*) AS count FROM s
     UNION ALL SELECT 'held', NULL, count(*) FROM s WHERE status = $${n + 1}
     UNION ALL SELECT 'programmed', to_char(coalesce(rescheduled_to, scheduled_on), 'YYYY-MM'), count(*) FROM s WHERE status <> $${n + 2} GROUP BY 2
     UNION ALL SELECT 'heldMonth', to_char(held_on, 'YYYY-MM'), count(*) FROM s WHERE status = $${n + 1} AND held_on IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'municipality', sc.municipality, count(*) FROM s
       JOIN school sc ON sc.dane_code = s.school_dane AND sc.secretariat_code = s.secretariat_code AND sc.active
       WHERE s.status = $${n + 1} GROUP BY 2`,
    [...params, SessionStatus.HELD, SessionStatus.CANCELLED],
  );
  const months = new Map<string, SessionMonthCount>();
  const month = (m: string) => months.get(m) ?? months.set(m, { month: m, programmed: 0, held: 0 }).get(m)!;
  const result: AssistanceSessionCounts = { sessions: 0, held: 0, byMonth: [], byMunicipality: [] };
  for (const r of rows) {
    const c = Number(r.count);
    if (r.kind === 'all') result.sessions = c;
    else if (r.kind === 'held') result.held = c;
    else if (r.kind === 'programmed') month(r.key!).programmed = c;
    else if (r.kind === 'heldMonth') month(r.key!).held = c;
    else result.byMunicipality.push({ municipality: r.key!, held: c });
  }
  result.byMonth = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  result.byMunicipality.sort(byMunicipality);
  return result;
}
