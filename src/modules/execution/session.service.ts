import { assertNoViolations, hasViolation, takeDeferredViolations } from '../../common/validation';
import { In } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, conflict, invalidState, notFound } from '../../common/errors';
import { keysetPage } from '../../common/pagination';
import { EventType } from '../../events/catalogue';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { ActivityStatus, StrategyStatus } from '../strategy/strategy.enums';
import { acceptsExecution, lockStrategyRow, moveStrategy } from '../strategy/strategy-lifecycle';
import { AssistanceSession } from './assistance-session.entity';
import { SessionStatus } from './session.enums';
import type { AssistanceSessionInput, AssistanceSessionsArgs } from './session.inputs';
import { getStrategy } from '../strategy/strategy.queries';

export interface Violation {
  field: string;
  message: string;
}

/** Throws BAD_USER_INPUT naming the first problem, with every problem in `violations`. */
export function rejectIfAny(violations: Violation[]) {
  assertNoViolations(violations);
}

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * Rule "session content by state" (domain brief §8): HELD needs the date held (not in the future), attendees and
 * topics; CANCELLED needs a reason; RESCHEDULED needs the new date and the reason; PROGRAMMED carries no outcome.
 */
export function sessionContentViolations(input: AssistanceSessionInput): Violation[] {
  const v: Violation[] = [];
  const at = (f: string, message: string) => v.push({ field: `input.${f}`, message });
  switch (input.status) {
    case SessionStatus.HELD:
      if (!input.heldOn) at('heldOn', 'A held session needs the date it was held (heldOn)');
      else if (input.heldOn > today()) at('heldOn', 'heldOn is in the future');
      if (input.attendees.length === 0) at('attendees', 'A held session needs its attendees (asistentes)');
      if (!input.topics.trim()) at('topics', 'A held session needs the topics dealt with (temas tratados)');
      if (input.rescheduledTo) at('rescheduledTo', 'Only a RESCHEDULED session has a new date');
      break;
    case SessionStatus.CANCELLED:
      if (!input.cancelReason?.trim()) at('cancelReason', 'A cancelled session needs its reason (motivo)');
      if (input.heldOn) at('heldOn', 'A cancelled session was not held');
      break;
    case SessionStatus.RESCHEDULED:
      if (!input.rescheduledTo) at('rescheduledTo', 'A rescheduled session needs its new date');
      else if (input.rescheduledTo < input.scheduledOn) at('rescheduledTo', 'The new date is before the date it was programmed for');
      if (!input.cancelReason?.trim()) at('cancelReason', 'A rescheduled session needs the reason (motivo)');
      if (input.heldOn) at('heldOn', 'A rescheduled session was not held');
      break;
    case SessionStatus.PROGRAMMED:
      if (input.heldOn) at('heldOn', 'A programmed session has not been held yet');
      if (input.rescheduledTo) at('rescheduledTo', 'Only a RESCHEDULED session has a new date');
      break;
  }
  return v;
}

/** Current sessions: rows that no later row replaces. */
export const CURRENT_SESSION_SQL = 'NOT EXISTS (SELECT 1 FROM assistance_session r WHERE r.replaces_id = s.id)';

/**
 * Records a state of a session with a school against a programmed activity (activity 5), by the secretariat's staff.
 * Rules: the activity is of the caller's secretariat (else NOT_FOUND) and serves the school; its strategy is APPROVED
 * or in EXECUTION (an APPROVED one enters EXECUTION here); `replacesId`, when given, is a current session of the
 * same activity and school (a replaced one is CONFLICT); a HELD or CANCELLED session is final and is not replaced.
 */
export async function recordSession(ctx: Context, input: AssistanceSessionInput): Promise<AssistanceSession> {
  const scope = scopeOf(ctx);
  // The activity (looked up first) and the session replaced must be well-formed ids before anything else is checked.
  const known = takeDeferredViolations(input, ['input.activityId', 'input.replacesId']);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const activity = scope.visible(await tx.findOneBy(AssistanceActivity, { id: input.activityId }), 'AssistanceActivity', input.activityId, (a) => ({
      secretariat: a.secretariatCode,
    }));
    const strategy = (await lockStrategyRow(tx, activity.strategyId))!;
    // Every problem at once: the input's own, the content rule for its status, and the activity's schools.
    const violations = [...known];
    const ok = (field: string) => !hasViolation(known, field);
    if (ok('input.schoolDane') && !activity.schoolDanes.map((d) => d.trim()).includes(input.schoolDane)) {
      violations.push({ field: 'input.schoolDane', message: `The activity does not serve school ${input.schoolDane}` });
    }
    if (ok('input.status')) violations.push(...sessionContentViolations(input).filter((v) => ok(v.field)));
    rejectIfAny(violations);
    if (!acceptsExecution(strategy.status)) {
      throw invalidState(`Sessions are recorded against an approved strategy in execution; this strategy is ${strategy.status}`);
    }
    if (activity.status === ActivityStatus.CANCELLED) throw invalidState('The activity is cancelled');
    if (input.replacesId) {
      const previous = await tx.findOneBy(AssistanceSession, { id: input.replacesId });
      if (!previous || previous.activityId !== activity.id || previous.schoolDane.trim() !== input.schoolDane) {
        throw badInput('input.replacesId', `No session ${input.replacesId} of this activity and school`);
      }
      if (await tx.existsBy(AssistanceSession, { replacesId: previous.id })) {
        throw conflict('input.replacesId', `Session ${previous.id} was already replaced; replace its current state`);
      }
      if (previous.status === SessionStatus.HELD || previous.status === SessionStatus.CANCELLED) {
        throw invalidState(`Session ${previous.id} is ${previous.status}: it is final; record a new session instead`);
      }
    }
    if (strategy.status === StrategyStatus.APPROVED) {
      await moveStrategy(uow, strategy, StrategyStatus.EXECUTION, 'recordAssistanceSession', { trigger: 'FIRST_SESSION' });
    }
    const session = await tx.save(
      tx.create(AssistanceSession, {
        secretariatCode: activity.secretariatCode,
        strategyId: activity.strategyId,
        activityId: activity.id,
        schoolDane: input.schoolDane,
        replacesId: input.replacesId ?? null,
        status: input.status,
        mode: input.mode,
        scheduledOn: input.scheduledOn,
        heldOn: input.heldOn ?? null,
        staff: input.staff.trim(),
        attendees: input.attendees.map((a) => ({ role: a.role.trim(), count: a.count, names: a.names ?? [] })),
        topics: input.topics.trim(),
        agreements: input.agreements.trim(),
        commitments: input.commitments.map((c) => ({ description: c.description.trim(), responsible: c.responsible.trim(), dueOn: c.dueOn ?? null })),
        nextSteps: input.nextSteps.trim(),
        cancelReason: input.cancelReason?.trim() || null,
        rescheduledTo: input.rescheduledTo ?? null,
        createdBy: callerOf(ctx).subject,
      }),
    );
    await uow.record({
      operation: 'recordAssistanceSession',
      entity: 'AssistanceSession',
      entityId: session.id,
      secretariat: session.secretariatCode,
      school: session.schoolDane,
      change: { activityId: activity.id, schoolDane: session.schoolDane, status: session.status, replacesId: session.replacesId },
      event: {
        type: EventType.FOLLOW_UP_RECORDED,
        payload: {
          followUpId: session.id,
          subject: 'SESSION',
          daneCode: session.schoolDane,
          strategyId: session.strategyId,
          activityId: activity.id,
          status: session.status,
          replacesId: session.replacesId,
        },
      },
    });
    return session;
  });
}

/** Sessions of a strategy, current states (default) or the whole history, by id (stable). A school sees its own. */
export async function listSessions(ctx: Context, args: AssistanceSessionsArgs) {
  const strategy = await getStrategy(ctx, args.strategyId);
  const scope = scopeOf(ctx);
  if (scope.isSchool && args.school && args.school !== scope.school) throw notFound('School', args.school);
  const qb = ctx.runtime.db.getRepository(AssistanceSession).createQueryBuilder('s').where('s.strategy_id = :id', { id: strategy.id });
  scope.apply(qb, 's.secretariat_code', 's.school_dane');
  if (args.activityId) qb.andWhere('s.activity_id = :activity', { activity: args.activityId });
  if (args.school) qb.andWhere('s.school_dane = :school', { school: args.school });
  if (args.current) qb.andWhere(CURRENT_SESSION_SQL);
  return keysetPage(qb, 's.id', (s) => s.id, args);
}

/** The earlier states of a session, newest first (bounded by the chain's length). */
export async function historyOf(ctx: Context, session: AssistanceSession): Promise<AssistanceSession[]> {
  const rows: { id: string }[] = await ctx.runtime.db.query(
    `WITH RECURSIVE chain AS (
       SELECT id, replaces_id, 0 AS depth FROM assistance_session WHERE id = $1
       UNION ALL SELECT s.id, s.replaces_id, c.depth + 1 FROM assistance_session s JOIN chain c ON s.id = c.replaces_id WHERE c.depth < 100)
     SELECT id FROM chain WHERE depth > 0 ORDER BY depth`,
    [session.id],
  );
  if (!rows.length) return [];
  const found = await ctx.runtime.db.getRepository(AssistanceSession).findBy({ id: In(rows.map((r) => r.id)) });
  const byId = new Map(found.map((s) => [s.id, s]));
  return rows.map((r) => byId.get(r.id)!).filter(Boolean);
}
