import { In } from 'typeorm';
import type { Context } from '../../context';
import { loader } from '../../common/loaders';
import { Secretariat } from './secretariat.entity';

/** Secretariat by code, batched per request. */
export const secretariatLoader = (ctx: Context) =>
  loader<string, Secretariat | null>(
    ctx,
    'secretariatByCode',
    async (codes) => {
      const rows = await ctx.runtime.db.getRepository(Secretariat).findBy({ code: In([...codes]) });
      return new Map(rows.map((r) => [r.code, r]));
    },
    null,
  );
