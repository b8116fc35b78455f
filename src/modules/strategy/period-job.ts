import type { Runtime } from '../../context';
import { systemContext } from '../../context';
import { Role } from '../../common/auth/roles';
import { unitOfWork } from '../../common/unit-of-work';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { StrategyStatus } from './strategy.enums';
import { moveStrategy } from './strategy-lifecycle';
import { computePeriodStatus, isoToday } from './period.service';

/** Key of the PostgreSQL advisory lock that one instance at a time holds while it runs the job. */
export const PERIOD_JOB_LOCK_KEY = 5_020_306;

export interface PeriodJobResult {
  /** False when another instance held the lock: this run did nothing. */
  ran: boolean;
  moved: { strategyId: string; to: StrategyStatus }[];
}

/**
 * The scheduled strategy period job (activities 5–6), run by every hub instance on a timer but carried out by one at
 * a time: it takes a transaction-scoped advisory lock (pg_try_advisory_xact_lock) and skips when another instance
 * holds it. Each move re-reads the strategy under a row lock and checks its status, so a strategy moves once however
 * many instances or runs there are: APPROVED → EXECUTION once its period has started; EXECUTION → EVALUATION once
 * its evaluation period has ended or every activity is done. Moves are audited and published like any other.
 */
export async function runPeriodJob(runtime: Runtime, now = new Date()): Promise<PeriodJobResult> {
  const ctx = systemContext(runtime, { subject: 'system:period-job', role: Role.ADMIN });
  const today = isoToday(now);
  return unitOfWork(ctx, async (uow) => {
    const [{ locked }] = await uow.tx.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [PERIOD_JOB_LOCK_KEY]);
    if (!locked) return { ran: false, moved: [] };
    const moved: PeriodJobResult['moved'] = [];
    const candidates = await uow.tx
      .getRepository(AssistanceStrategy)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('s.status IN (:...statuses)', { statuses: [StrategyStatus.APPROVED, StrategyStatus.EXECUTION] })
      .orderBy('s.id')
      .getMany();
    for (const strategy of candidates) {
      if (strategy.status === StrategyStatus.APPROVED && today >= `${strategy.period}-01-01`) {
        await moveStrategy(uow, strategy, StrategyStatus.EXECUTION, 'periodJob', { trigger: 'PERIOD_STARTED' });
        moved.push({ strategyId: strategy.id, to: StrategyStatus.EXECUTION });
      }
      if (strategy.status !== StrategyStatus.EXECUTION) continue;
      const status = await computePeriodStatus(uow.tx, strategy, today);
      if (!status.readyForEvaluation) continue;
      await moveStrategy(uow, strategy, StrategyStatus.EVALUATION, 'periodJob', {
        trigger: 'PERIOD_JOB',
        periodEnded: status.periodEnded,
        allActivitiesDone: status.allActivitiesDone,
      });
      moved.push({ strategyId: strategy.id, to: StrategyStatus.EVALUATION });
    }
    return { ran: true, moved };
  });
}

/** Starts the job on this instance every PERIOD_JOB_INTERVAL_MS (0: never); returns a stop function. */
export function startPeriodJob(runtime: Runtime): () => Promise<void> {
  const every = runtime.config.PERIOD_JOB_INTERVAL_MS;
  if (!every) return async () => {};
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runPeriodJob(runtime)
      .then((r) => {
        if (r.moved.length) runtime.logger.info({ moved: r.moved }, 'period job moved strategies');
      })
      .catch((err) => runtime.logger.error({ err }, 'period job failed'))
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, every);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
