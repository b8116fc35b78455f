import { In } from 'typeorm';
import type { Context } from '../../context';
import { loader } from '../../common/loaders';
import { scopeOf } from '../../common/scope';
import { School } from './school.entity';

/**
 * Schools by DANE code, batched per request, for every nested `school`/`schools` field; callers check visibility with
 * scopeOf(ctx).visible/canSee. A SCHOOL caller can only ever load its own school (any other reads as missing):
 * whatever row a nested field starts from, another school's name never reaches it.
 */
export const schoolLoader = (ctx: Context) =>
  loader<string, School | null>(
    ctx,
    'schoolByDane',
    async (codes) => {
      const own = scopeOf(ctx).school;
      const wanted = own ? [...codes].filter((c) => c === own) : [...codes];
      const rows = wanted.length ? await ctx.runtime.db.getRepository(School).findBy({ daneCode: In(wanted) }) : [];
      return new Map(rows.map((r) => [r.daneCode, r]));
    },
    null,
  );
