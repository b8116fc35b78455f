import { In } from 'typeorm';
import type { Context } from '../../context';
import { groupBy, loader } from '../../common/loaders';
import { SupportRequestUpdate } from './support-request.entity';

/** Status history of many requests in one query. */
export const updatesByRequest = (ctx: Context) =>
  loader<string, SupportRequestUpdate[]>(
    ctx,
    'supportRequest.updates',
    async (ids) => {
      const rows = await ctx.runtime.db
        .getRepository(SupportRequestUpdate)
        .find({ where: { requestId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
      return groupBy(rows, (r) => r.requestId);
    },
    [],
  );
