import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { scopeOf } from './scope';

/*
 * What the dashboard's count queries (issue 14, the `*.counts.ts` modules) share: the rows a list query would
 * return, under the same scopeOf, with the registry school (alias `s`) of each row for its municipality.
 */

export interface CountSource {
  /** Table and alias of the counted rows. */
  table: string;
  alias: string;
  /** Conditions, each ANDed in this order; parameters for them. */
  where?: readonly string[];
  params?: ObjectLiteral;
  /** Column of `alias` naming the row's school (DANE code), for SCHOOL callers. Default `school_dane`. */
  schoolColumn?: string;
  /**
   * Joins the registry school of each row as `s` (LEFT JOIN on DANE code and secretariat): `any` joins every school,
   * `active` only active ones (inactive schools join as NULL).
   */
  school?: 'any' | 'active';
  /** Secretariat asked for (national roles); others count their own. */
  secretariat?: string | null;
}

/** The rows of a list query the caller may list (scopeOf): FROM table alias [LEFT JOIN school s] WHERE … AND scope. */
export function scopedCountQuery(ctx: Context, src: CountSource): SelectQueryBuilder<ObjectLiteral> {
  const a = src.alias;
  const qb = ctx.runtime.db.createQueryBuilder().from(src.table, a);
  if (src.school) qb.leftJoin('school', 's', `s.dane_code = ${a}.school_dane AND s.secretariat_code = ${a}.secretariat_code${src.school === 'active' ? ' AND s.active' : ''}`);
  (src.where ?? []).forEach((w, i) => (i === 0 ? qb.where(w, src.params) : qb.andWhere(w)));
  return scopeOf(ctx, src.secretariat).apply(qb, `${a}.secretariat_code`, `${a}.${src.schoolColumn ?? 'school_dane'}`);
}

/** Sum of a count column over the grouped rows (PostgreSQL returns count(*) as text). */
export const sumOf = <K extends string>(rows: readonly Record<K, string | number>[], key: K): number => rows.reduce((n, r) => n + Number(r[key]), 0);

/** The order of `byMunicipality` lists built in JavaScript: by municipality name, code unit by code unit. */
export const byMunicipality = (a: { municipality: string }, b: { municipality: string }): number =>
  a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : 0;
