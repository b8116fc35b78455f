import type { EntityManager } from 'typeorm';
import { wallClock } from '../../common/time-zone';
import type { Violation } from '../../common/validation';

/**
 * Rules for what a secretariat may send out as the record of a period (activity 9). A published report or results
 * version can never be withdrawn, so what would only be noise is refused before it is published.
 */

/** PERIOD_NOT_BEGUN: a period after the current year (America/Bogota) has no evidence yet. */
export function periodNotBegun(period: string, field: string): Violation | null {
  return Number(period) > wallClock(new Date()).y ? { field, message: `The period ${period} has not begun: nothing can be reported on it yet` } : null;
}

/** REPORT_NEEDS_STRATEGY: the consolidated report reports on the assistance of the period's strategy. */
export async function reportWithoutStrategy(db: EntityManager, secretariat: string, period: string, field: string): Promise<Violation | null> {
  const [row] = await db.query(`SELECT 1 FROM assistance_strategy WHERE secretariat_code = $1 AND period = $2`, [secretariat, period]);
  return row ? null : { field, message: `There is no assistance strategy for ${period}: the consolidated report reports on one` };
}

/** REPORT_NEEDS_ANALYSIS: the profesional's analysis and conclusions are part of the published record. */
export function reportWithoutAnalysis(analysis: string, field: string): Violation | null {
  return analysis.trim() ? null : { field, message: 'Write the analysis and conclusions (análisis) before publishing' };
}

/** RESULTS_NEED_PLANS: PMI results are sent for a period whose PMIs the hub holds. */
export async function resultsWithoutPlans(db: EntityManager, secretariat: string, period: string, field: string): Promise<Violation | null> {
  const [row] = await db.query(`SELECT 1 FROM improvement_plan WHERE secretariat_code = $1 AND period = $2 LIMIT 1`, [secretariat, period]);
  return row ? null : { field, message: `No PMI of ${period} is registered: there are no results to send to the Ministry` };
}
