import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '../../common/unit-of-work';
import { EventType } from '../../events/catalogue';
import { invalidState } from '../../common/errors';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { StrategyStatus } from './strategy.enums';

/**
 * The strategy's lifecycle after approval (activities 5–7):
 *
 *   DRAFT → SUBMITTED → APPROVED → EXECUTION → EVALUATION
 *
 * - APPROVED → EXECUTION when execution begins: the first assistance session recorded against it, or the scheduled
 *   period job finding its period started (whichever comes first).
 * - EXECUTION → EVALUATION when the evaluation period has ended or every activity is done (see period.service.ts):
 *   by the scheduled job (once across instances) or by the quality leader.
 * - A revision (reviseAssistanceStrategy) of an APPROVED or EXECUTION strategy returns it to DRAFT; sessions and
 *   follow-ups recorded so far are kept.
 */
export const TRANSITIONS: Partial<Record<StrategyStatus, StrategyStatus[]>> = {
  [StrategyStatus.APPROVED]: [StrategyStatus.EXECUTION],
  [StrategyStatus.EXECUTION]: [StrategyStatus.EVALUATION],
};

/** True once the strategy is approved (APPROVED, EXECUTION or EVALUATION): its programming is fixed. */
export const isApprovedOrLater = (s: StrategyStatus) =>
  s === StrategyStatus.APPROVED || s === StrategyStatus.EXECUTION || s === StrategyStatus.EVALUATION;

/** Sessions and follow-ups are recorded against an APPROVED or EXECUTION strategy. */
export const acceptsExecution = (s: StrategyStatus) => s === StrategyStatus.APPROVED || s === StrategyStatus.EXECUTION;

export async function lockStrategyRow(tx: EntityManager, id: string) {
  return tx.findOne(AssistanceStrategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/**
 * Moves a (locked) strategy to `to`, with its audit row and event in the unit of work. Refuses a transition the
 * lifecycle does not have. `operation` names what caused it (a mutation or `periodJob`).
 */
export async function moveStrategy(
  uow: UnitOfWork,
  strategy: AssistanceStrategy,
  to: StrategyStatus.EXECUTION | StrategyStatus.EVALUATION,
  operation: string,
  why: Record<string, unknown> = {},
): Promise<AssistanceStrategy> {
  const from = strategy.status;
  if (!(TRANSITIONS[from] ?? []).includes(to)) {
    throw invalidState(`The strategy is ${from}; it cannot move to ${to}`);
  }
  strategy.status = to;
  if (to === StrategyStatus.EXECUTION) strategy.executionStartedAt = new Date();
  else strategy.evaluationStartedAt = new Date();
  const saved = await uow.tx.save(strategy);
  await uow.record({
    operation,
    entity: 'AssistanceStrategy',
    entityId: strategy.id,
    secretariat: strategy.secretariatCode,
    change: { status: { from, to }, ...why },
    event: {
      type: to === StrategyStatus.EXECUTION ? EventType.STRATEGY_EXECUTION_STARTED : EventType.STRATEGY_EVALUATION_STARTED,
      payload: { strategyId: strategy.id, period: strategy.period, revision: strategy.revision, from, to, ...why },
    },
  });
  return saved;
}
