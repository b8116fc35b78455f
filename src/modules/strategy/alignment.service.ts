import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { AlignmentImprovementAction } from './alignment-improvement-action.entity';
import { ActivityStatus, AlignmentBlockerKind, StrategyStatus } from './strategy.enums';
import type { AlignmentImprovementActionInput } from './strategy.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { EventType } from '../../events/catalogue';
import { DomainError, ErrorCode, invalidState, notFound } from '../../common/errors';
import { scopeOf } from '../../common/scope';
import { groupBy } from '../../common/loaders';
import { lockStrategy } from './strategy.service';
import { getStrategy } from './strategy.queries';
import { STRATEGY_RULES } from './strategy.rules';

/**
 * Activity 4 (verificar la alineación con el PAM): every active activity of the strategy must belong to an action of
 * the secretariat's PAM (D02.01) for the same period; approval waits until it does.
 */

export interface AlignmentRow {
  activity: AssistanceActivity;
  supportPlanActionId: string | null;
  aligned: boolean;
}

/** Every active activity must link to an existing PAM action of the same secretariat and period (ALIGNMENT_WITH_PAM, strategy.rules.ts). */
export async function alignmentRows(db: EntityManager, strategy: AssistanceStrategy): Promise<AlignmentRow[]> {
  const activities = await db.find(AssistanceActivity, {
    where: { strategyId: strategy.id, status: In([ActivityStatus.PROGRAMMED, ActivityStatus.DONE]) },
    order: { startsOn: 'ASC', id: 'ASC' },
  });
  const linked = [...new Set(activities.map((a) => a.supportPlanActionId).filter((x): x is string => !!x))];
  const valid: { id: string }[] = linked.length
    ? await db.query(STRATEGY_RULES.ALIGNMENT_WITH_PAM.sql, [
        linked,
        strategy.secretariatCode,
        strategy.period,
      ])
    : [];
  const ok = new Set(valid.map((v) => v.id));
  return activities.map((activity) => ({
    activity,
    supportPlanActionId: activity.supportPlanActionId,
    aligned: !!activity.supportPlanActionId && ok.has(activity.supportPlanActionId),
  }));
}

/** Why the strategy cannot be approved yet (empty when it can): no active activity, or activities without a PAM action. */
export function alignmentBlockers(rows: AlignmentRow[]): { kind: AlignmentBlockerKind; message: string; count: number }[] {
  if (rows.length === 0) {
    return [
      {
        kind: AlignmentBlockerKind.NO_ACTIVITIES,
        message: 'The strategy has no active activity (PROGRAMMED or DONE): program at least one, linked to a PAM action of the period, before submitting and approving it',
        count: 0,
      },
    ];
  }
  const unaligned = rows.filter((r) => !r.aligned).length;
  if (unaligned === 0) return [];
  return [
    {
      kind: AlignmentBlockerKind.UNALIGNED_ACTIVITIES,
      message: `${unaligned} of ${rows.length} active activities are not linked to a PAM action of the period (see unaligned): link each one (supportPlanActionId) or record its improvement actions`,
      count: unaligned,
    },
  ];
}

export async function alignment(ctx: Context, strategyId: string) {
  const strategy = await getStrategy(ctx, strategyId);
  if (scopeOf(ctx).isSchool) throw notFound('AssistanceStrategy', strategyId);
  const rows = await alignmentRows(ctx.runtime.db.manager, strategy);
  const actions = await ctx.runtime.db.getRepository(AlignmentImprovementAction).find({ where: { strategyId }, order: { createdAt: 'ASC' } });
  const byActivity = groupBy(actions, (a) => a.activityId);
  return {
    strategy,
    aligned: rows.filter((r) => r.aligned).map((r) => r.activity),
    unaligned: rows
      .filter((r) => !r.aligned)
      .map((r) => ({ activity: r.activity, improvementActions: byActivity.get(r.activity.id) ?? [] })),
    approvable: rows.length > 0 && rows.every((r) => r.aligned),
    blockers: alignmentBlockers(rows),
  };
}

export async function approveStrategy(ctx: Context, id: string) {
  const outcome = await unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, id);
    if (strategy.status !== StrategyStatus.SUBMITTED) {
      throw invalidState(`Only a submitted strategy can be approved; this strategy is ${strategy.status}`);
    }
    const unaligned = (await alignmentRows(tx, strategy)).filter((r) => !r.aligned).map((r) => r.activity);
    if (unaligned.length > 0) {
      // The refusal itself is news for D02.01: record it, commit, then answer with the typed error.
      await uow.record({
        operation: 'approveAssistanceStrategy',
        entity: 'AssistanceStrategy',
        entityId: id,
        secretariat: strategy.secretariatCode,
        change: { refused: true, unalignedActivityIds: unaligned.map((a) => a.id) },
        event: {
          type: EventType.STRATEGY_ALIGNMENT_FAILED,
          payload: { strategyId: id, period: strategy.period, unalignedActivityIds: unaligned.map((a) => a.id) },
        },
      });
      return { refused: unaligned, approved: null };
    }
    strategy.status = StrategyStatus.APPROVED;
    strategy.approvedAt = new Date();
    strategy.approvedBy = callerOf(ctx).subject;
    const saved = await tx.save(strategy);
    await uow.record({
      operation: 'approveAssistanceStrategy',
      entity: 'AssistanceStrategy',
      entityId: id,
      secretariat: strategy.secretariatCode,
      change: { status: { from: 'SUBMITTED', to: 'APPROVED' }, revision: strategy.revision },
      event: {
        type: EventType.STRATEGY_APPROVED,
        payload: { strategyId: id, period: strategy.period, revision: strategy.revision },
      },
    });
    return { refused: null, approved: saved };
  });
  if (outcome.refused) {
    const n = outcome.refused.length;
    throw new DomainError(
      ErrorCode.STRATEGY_NOT_ALIGNED,
      `The strategy cannot be approved: ${n} activit${n === 1 ? 'y is' : 'ies are'} not linked to an action of the PAM: ${outcome.refused.map((a) => a.title).join('; ')}`,
      { unalignedActivityIds: outcome.refused.map((a) => a.id) },
    );
  }
  return outcome.approved as AssistanceStrategy;
}

export async function recordImprovementAction(ctx: Context, input: AlignmentImprovementActionInput) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const activity = await tx.findOneBy(AssistanceActivity, { id: input.activityId });
    if (!activity || !scopeOf(ctx).canSee(activity.secretariatCode)) throw notFound('AssistanceActivity', input.activityId);
    const saved = await tx.save(
      tx.create(AlignmentImprovementAction, {
        strategyId: activity.strategyId,
        activityId: activity.id,
        secretariatCode: activity.secretariatCode,
        what: input.what,
        who: input.who,
        dueOn: input.dueOn,
        recordedBy: callerOf(ctx).subject,
      }),
    );
    await uow.record({
      operation: 'recordAlignmentImprovementAction',
      entity: 'AlignmentImprovementAction',
      entityId: saved.id,
      secretariat: activity.secretariatCode,
      change: diff(null, { ...input }),
    });
    return saved;
  });
}
