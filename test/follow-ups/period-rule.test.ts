import { evaluatePeriod, type CurrentSession } from '../../src/modules/strategy/period.service';
import { AssistanceStrategy } from '../../src/modules/strategy/assistance-strategy.entity';
import { AssistanceActivity } from '../../src/modules/strategy/assistance-activity.entity';
import { ActivityStatus, StrategyStatus } from '../../src/modules/strategy/strategy.enums';

const strategy = Object.assign(new AssistanceStrategy(), { id: 's', period: '2026', status: StrategyStatus.EXECUTION, evaluationPeriodEndsOn: null });
const activity = (id: string, schoolDanes: string[], status = ActivityStatus.PROGRAMMED) => Object.assign(new AssistanceActivity(), { id, schoolDanes, status });
const session = (activity_id: string, school_dane: string, status: string, extra: Partial<CurrentSession> = {}): CurrentSession => ({
  activity_id,
  school_dane,
  status,
  scheduled_on: '2026-05-04',
  rescheduled_to: null,
  ...extra,
});

describe('the activity 6 decision (evaluatePeriod)', () => {
  it('every activity held or cancelled with each school: done, ready before the period ends', () => {
    const s = evaluatePeriod(strategy, [activity('a', ['1', '2']), activity('b', ['3'], ActivityStatus.CANCELLED)], [session('a', '1', 'HELD'), session('a', '2', 'CANCELLED')], '2026-06-01');
    expect(s).toMatchObject({ periodEnded: false, activities: 1, activitiesDone: 1, allActivitiesDone: true, readyForEvaluation: true, pending: [] });
  });

  it('a session still programmed or rescheduled keeps the activity pending, with its date, until the period ends', () => {
    const activities = [activity('a', ['1', '2', '3'])];
    const sessions = [session('a', '1', 'HELD'), session('a', '1', 'PROGRAMMED'), session('a', '2', 'RESCHEDULED', { rescheduled_to: '2026-07-01' })];
    const open = evaluatePeriod(strategy, activities, sessions, '2026-06-01');
    expect(open.readyForEvaluation).toBe(false);
    expect(open.pending[0].schools).toEqual([
      { schoolDane: '1', reason: 'PROGRAMMED', on: '2026-05-04' },
      { schoolDane: '2', reason: 'RESCHEDULED', on: '2026-07-01' },
      { schoolDane: '3', reason: 'NO_SESSION', on: null },
    ]);
    expect(evaluatePeriod(strategy, activities, sessions, '2026-12-31').readyForEvaluation).toBe(false);
    expect(evaluatePeriod(strategy, activities, sessions, '2027-01-01')).toMatchObject({ periodEnded: true, readyForEvaluation: true });
    const ownEnd = Object.assign(new AssistanceStrategy(), { ...strategy, evaluationPeriodEndsOn: '2026-05-31' });
    expect(evaluatePeriod(ownEnd, activities, sessions, '2026-06-01')).toMatchObject({ periodEndsOn: '2026-05-31', periodEnded: true });
  });

  it('an activity marked DONE is done whatever its sessions', () => {
    expect(evaluatePeriod(strategy, [activity('a', ['1'], ActivityStatus.DONE)], [], '2026-06-01').allActivitiesDone).toBe(true);
  });
});
