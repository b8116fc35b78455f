import type { EntityManager } from 'typeorm';
import type { Context } from '../context';
import { mapDatabaseError } from '../common/errors';

/**
 * Runs a unit of work in one transaction: the change, its audit row and its event row commit together or not at all.
 * Unique violations surface as CONFLICT.
 */
export async function inTransaction<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.runtime.db.transaction(work);
  } catch (err) {
    throw mapDatabaseError(err);
  }
}
