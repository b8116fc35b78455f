import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { Role } from '../../common/auth/roles';
import { isNational } from '../../common/auth/caller';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { AssistanceActivity } from './assistance-activity.entity';
import { SchoolClassification } from './school-classification.entity';
import { AlignmentImprovementAction, StrategyRevision } from './alignment-improvement-action.entity';
import { ActivityStatus, StrategyStatus, StrategyWarningKind } from './strategy.enums';
import type {
  AlignmentImprovementActionInput,
  AssistanceActivityInput,
  OverrideClassificationInput,
  ScheduleArgs,
  UpdateAssistanceActivityInput,
} from './strategy.inputs';
import { inTransaction } from '../../db/transaction';
import { recordAudit, diff } from '../audit/audit.service';
import { appendEvent } from '../../events/event-log';
import { EventType } from '../../events/catalogue';
import { badInput, conflict, DomainError, ErrorCode, invalidState, notFound } from '../../common/errors';
import { canRead, readScope, writeSecretariat } from '../../common/tenancy';
import { settingsFor } from '../settings/settings.service';
import { loader, groupBy } from '../../common/loaders';

// ---------------------------------------------------------------- reading

/** A strategy the caller may see (a SCHOOL sees only its own part of it: see the field resolvers). */
export async function getStrategy(ctx: Context, id: string, db: EntityManager = ctx.runtime.db.manager) {
  const strategy = await db.findOneBy(AssistanceStrategy, { id });
  const caller = callerOf(ctx);
  // Schools of the secretariat may open the strategy; the field resolvers then show them only their own part.
  if (!strategy || !(isNational(caller) || caller.secretariat === strategy.secretariatCode)) throw notFound('AssistanceStrategy', id);
  return strategy;
}

export async function strategyOf(ctx: Context, period: string, secretariat?: string | null) {
  const scope = readScope(callerOf(ctx), secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  return ctx.runtime.db.manager.findOneBy(AssistanceStrategy, { secretariatCode: scope.secretariat, period });
}

/** A SCHOOL caller sees only rows that concern its school. */
const ownSchool = (ctx: Context) => (callerOf(ctx).role === Role.SCHOOL ? callerOf(ctx).school : null);

export const classificationsLoader = (ctx: Context) =>
  loader<string, SchoolClassification[]>(
    ctx,
    'classificationsByStrategy',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(SchoolClassification).find({
        where: { strategyId: In([...ids]) },
        order: { schoolDane: 'ASC' },
      });
      return groupBy(rows, (r) => r.strategyId);
    },
    [],
  );

export const activitiesLoader = (ctx: Context) =>
  loader<string, AssistanceActivity[]>(
    ctx,
    'activitiesByStrategy',
    async (ids) => {
      const rows = await ctx.runtime.db.getRepository(AssistanceActivity).find({
        where: { strategyId: In([...ids]) },
        order: { startsOn: 'ASC', id: 'ASC' },
      });
      return groupBy(rows, (r) => r.strategyId);
    },
    [],
  );

export async function classificationsOf(ctx: Context, strategy: AssistanceStrategy) {
  const rows = await classificationsLoader(ctx).load(strategy.id);
  const school = ownSchool(ctx);
  return school ? rows.filter((r) => r.schoolDane === school) : rows;
}

export async function activitiesOf(ctx: Context, strategy: AssistanceStrategy) {
  const rows = await activitiesLoader(ctx).load(strategy.id);
  const school = ownSchool(ctx);
  return school ? rows.filter((a) => a.schoolDanes.includes(school)) : rows;
}

/** Cronograma: activities of a strategy by school, staff member and/or month. */
export async function schedule(ctx: Context, args: ScheduleArgs) {
  const strategy = await getStrategy(ctx, args.strategyId);
  const school = ownSchool(ctx) ?? args.school ?? null;
  if (ownSchool(ctx) && args.school && args.school !== ownSchool(ctx)) return [];
  const qb = ctx.runtime.db
    .getRepository(AssistanceActivity)
    .createQueryBuilder('a')
    .where('a.strategy_id = :id', { id: strategy.id })
    .orderBy('a.starts_on', 'ASC')
    .addOrderBy('a.id', 'ASC');
  if (school) qb.andWhere(':school = ANY(a.school_danes)', { school });
  if (args.responsible) qb.andWhere('lower(a.responsible) = lower(:r)', { r: args.responsible });
  if (args.month) {
    qb.andWhere(`a.starts_on < (:m::date + interval '1 month') AND a.ends_on >= :m::date`, { m: `${args.month}-01` });
  }
  return qb.getMany();
}

export interface StrategyWarning {
  kind: StrategyWarningKind;
  message: string;
  responsible: string | null;
  month: string | null;
  count: number | null;
  schoolDane: string | null;
}

/** Warnings: staff overload per month (activities counted in each month their window touches) and uncovered schools. */
export async function warningsOf(ctx: Context, strategy: AssistanceStrategy): Promise<StrategyWarning[]> {
  const settings = await settingsFor(ctx.runtime.db.manager, strategy.secretariatCode);
  const activities = (await activitiesLoader(ctx).load(strategy.id)).filter((a) => a.status !== ActivityStatus.CANCELLED);
  const load = new Map<string, number>();
  for (const a of activities) {
    for (const month of monthsBetween(a.startsOn, a.endsOn)) {
      const key = `${a.responsible}\u0000${month}`;
      load.set(key, (load.get(key) ?? 0) + 1);
    }
  }
  const warnings: StrategyWarning[] = [];
  for (const [key, count] of load) {
    if (count <= settings.maxActivitiesPerStaffMonth) continue;
    const [responsible, month] = key.split('\u0000');
    warnings.push({
      kind: StrategyWarningKind.STAFF_OVERLOAD,
      message: `${responsible} has ${count} activities in ${month}; the maximum is ${settings.maxActivitiesPerStaffMonth}`,
      responsible,
      month,
      count,
      schoolDane: null,
    });
  }
  const served = new Set(activities.flatMap((a) => a.schoolDanes));
  for (const c of await classificationsLoader(ctx).load(strategy.id)) {
    if (served.has(c.schoolDane)) continue;
    warnings.push({
      kind: c.mandatory ? StrategyWarningKind.MANDATORY_SCHOOL_WITHOUT_ACTIVITY : StrategyWarningKind.CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY,
      message: `${c.mandatory ? 'Mandatory school' : 'School'} ${c.schoolDane} has no programmed activity`,
      responsible: null,
      month: null,
      count: null,
      schoolDane: c.schoolDane,
    });
  }
  const school = ownSchool(ctx);
  return school ? warnings.filter((w) => w.schoolDane === school) : warnings;
}

export function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let [y, m] = start.slice(0, 7).split('-').map(Number);
  const [ey, em] = end.slice(0, 7).split('-').map(Number);
  while (y < ey || (y === ey && m <= em)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return months;
}

// ---------------------------------------------------------------- activity 3: classification

/**
 * Classifies every school with open needs, plus every school of mandatory inclusion, in one statement.
 * Mandatory: official schools with low SABER performance (a LOW_SABER_* need that is not resolved: a dismissal does
 * not lift a legal obligation) and non-official schools in régimen controlado. Default proposal: INTEGRAL when
 * mandatory or with at least `integralNeedsThreshold` open needs, PUNCTUAL otherwise. Staff overrides keep their
 * modality; the rule's proposal is refreshed beside it.
 */
async function classify(tx: EntityManager, strategy: AssistanceStrategy): Promise<void> {
  const settings = await settingsFor(tx, strategy.secretariatCode);
  const params = [strategy.secretariatCode, strategy.period, strategy.id, settings.integralNeedsThreshold];
  await tx.query(
    `WITH needs AS (
       SELECT school_dane,
              count(*) FILTER (WHERE status = 'OPEN')::int AS open_needs,
              bool_or(rule IN ('LOW_SABER_11', 'LOW_SABER_LEVEL') AND status <> 'RESOLVED') AS low_saber
         FROM support_need
        WHERE secretariat_code = $1 AND period = $2
        GROUP BY school_dane
     ), candidates AS (
       SELECT s.dane_code, coalesce(n.open_needs, 0) AS open_needs,
              coalesce(s.regime = 'CONTROLLED', false) AS controlled,
              (s.sector = 'OFFICIAL' AND coalesce(n.low_saber, false)) AS official_low_saber
         FROM school s LEFT JOIN needs n ON n.school_dane = s.dane_code
        WHERE s.secretariat_code = $1 AND s.active
     ), proposed AS (
       SELECT dane_code, open_needs, controlled OR official_low_saber AS mandatory,
              CASE WHEN controlled OR official_low_saber OR open_needs >= $4 THEN 'INTEGRAL' ELSE 'PUNCTUAL' END AS modality,
              array_remove(ARRAY[
                CASE WHEN controlled THEN 'Mandatory inclusion: non-official school in régimen controlado' END,
                CASE WHEN official_low_saber THEN 'Mandatory inclusion: official school with low SABER performance' END,
                CASE WHEN open_needs >= $4 THEN format('%s open need(s): integral from %s', open_needs, $4::int)
                     WHEN open_needs > 0 THEN format('%s open need(s): fewer than %s, punctual', open_needs, $4::int) END
              ], NULL) AS reasons
         FROM candidates
        WHERE open_needs > 0 OR controlled OR official_low_saber
     ), upserted AS (
       INSERT INTO school_classification
              (strategy_id, secretariat_code, school_dane, proposed_modality, modality, mandatory, reasons, open_needs)
       SELECT $3, $1, dane_code, modality, modality, mandatory, reasons, open_needs FROM proposed
       ON CONFLICT (strategy_id, school_dane) DO UPDATE SET
              proposed_modality = EXCLUDED.proposed_modality,
              modality = CASE WHEN school_classification.override_justification IS NULL
                              THEN EXCLUDED.modality ELSE school_classification.modality END,
              mandatory = EXCLUDED.mandatory, reasons = EXCLUDED.reasons, open_needs = EXCLUDED.open_needs
       RETURNING school_dane
     )
     DELETE FROM school_classification c
      WHERE c.strategy_id = $3 AND c.override_justification IS NULL
        AND c.school_dane NOT IN (SELECT dane_code FROM proposed)`,
    params,
  );
}

// ---------------------------------------------------------------- writing

async function lockStrategy(ctx: Context, tx: EntityManager, id: string) {
  const strategy = await tx.findOne(AssistanceStrategy, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!strategy || !canRead(callerOf(ctx), strategy.secretariatCode) || callerOf(ctx).role === Role.ADMIN) {
    throw notFound('AssistanceStrategy', id);
  }
  return strategy;
}

/** Programming changes need a strategy that is not approved; a change to a submitted one returns it to draft. */
async function openForChanges(tx: EntityManager, strategy: AssistanceStrategy) {
  if (strategy.status === StrategyStatus.APPROVED) {
    throw invalidState('The strategy is approved: open a revision (reviseAssistanceStrategy) with a reason before changing it');
  }
  if (strategy.status === StrategyStatus.SUBMITTED) {
    strategy.status = StrategyStatus.DRAFT;
    await tx.save(strategy);
  }
}

export async function createStrategy(ctx: Context, period: string) {
  const secretariat = writeSecretariat(callerOf(ctx));
  return inTransaction(ctx, async (tx) => {
    if (await tx.existsBy(AssistanceStrategy, { secretariatCode: secretariat, period })) {
      throw conflict('period', `The secretariat already has a strategy for ${period}`);
    }
    const strategy = await tx.save(tx.create(AssistanceStrategy, { secretariatCode: secretariat, period, status: StrategyStatus.DRAFT, revision: 1 }));
    await classify(tx, strategy);
    await recordAudit(tx, ctx, { operation: 'createAssistanceStrategy', entity: 'AssistanceStrategy', entityId: strategy.id, secretariat, change: { period } });
    return strategy;
  });
}

export async function reclassify(ctx: Context, strategyId: string) {
  return inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, strategyId);
    await openForChanges(tx, strategy);
    await classify(tx, strategy);
    await recordAudit(tx, ctx, { operation: 'classifySchools', entity: 'AssistanceStrategy', entityId: strategy.id, secretariat: strategy.secretariatCode, change: {} });
    return strategy;
  });
}

export async function overrideClassification(ctx: Context, input: OverrideClassificationInput) {
  return inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, input.strategyId);
    await openForChanges(tx, strategy);
    const row = await tx.findOneBy(SchoolClassification, { strategyId: strategy.id, schoolDane: input.daneCode });
    if (!row) throw badInput('input.daneCode', `School ${input.daneCode} is not classified in this strategy`);
    const before = { modality: row.modality, overrideJustification: row.overrideJustification };
    row.modality = input.modality;
    row.overrideJustification = input.justification;
    row.overriddenBy = callerOf(ctx).subject;
    row.overriddenAt = new Date();
    const saved = await tx.save(row);
    await recordAudit(tx, ctx, {
      operation: 'overrideSchoolClassification',
      entity: 'SchoolClassification',
      entityId: row.id,
      secretariat: strategy.secretariatCode,
      change: { ...diff(before, { modality: saved.modality, overrideJustification: saved.overrideJustification }), proposedModality: row.proposedModality },
    });
    return saved;
  });
}

/** Checks the schools belong to the secretariat, the window lies in the period, and the PAM action is of the same period. */
async function checkActivity(
  tx: EntityManager,
  strategy: AssistanceStrategy,
  a: { schoolDanes?: string[]; startsOn?: string; endsOn?: string; supportPlanActionId?: string | null },
  prefix: string,
) {
  if (a.schoolDanes) {
    const unique = [...new Set(a.schoolDanes)];
    const rows: { dane_code: string }[] = await tx.query(
      'SELECT dane_code FROM school WHERE secretariat_code = $1 AND dane_code = ANY($2)',
      [strategy.secretariatCode, unique],
    );
    const found = new Set(rows.map((r) => r.dane_code.trim()));
    const missing = unique.findIndex((d) => !found.has(d));
    if (missing >= 0) throw badInput(`${prefix}.schoolDanes.${a.schoolDanes.indexOf(unique[missing])}`, `No school ${unique[missing]} in this secretariat`);
  }
  if (a.startsOn && !a.startsOn.startsWith(strategy.period)) throw badInput(`${prefix}.startsOn`, `The activity must start within the period ${strategy.period}`);
  if (a.endsOn && !a.endsOn.startsWith(strategy.period)) throw badInput(`${prefix}.endsOn`, `The activity must end within the period ${strategy.period}`);
  if (a.startsOn && a.endsOn && a.endsOn < a.startsOn) throw badInput(`${prefix}.endsOn`, 'endsOn is before startsOn');
  if (a.supportPlanActionId) {
    const rows = await tx.query('SELECT 1 FROM support_plan_action WHERE id = $1 AND secretariat_code = $2 AND period = $3', [
      a.supportPlanActionId,
      strategy.secretariatCode,
      strategy.period,
    ]);
    if (rows.length === 0) {
      throw badInput(`${prefix}.supportPlanActionId`, `No PAM action ${a.supportPlanActionId} of this secretariat for ${strategy.period}`);
    }
  }
}

export async function programActivity(ctx: Context, strategyId: string, input: AssistanceActivityInput) {
  return inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, strategyId);
    await openForChanges(tx, strategy);
    await checkActivity(tx, strategy, input, 'input');
    const activity = await tx.save(
      tx.create(AssistanceActivity, {
        strategyId: strategy.id,
        secretariatCode: strategy.secretariatCode,
        title: input.title,
        modality: input.modality,
        method: input.method,
        schoolDanes: [...new Set(input.schoolDanes)],
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        responsible: input.responsible,
        resources: input.resources,
        tasks: (input.tasks ?? []).map((t) => ({ description: t.description, dueOn: t.dueOn ?? null, done: t.done ?? false })),
        supportPlanActionId: input.supportPlanActionId ?? null,
        status: ActivityStatus.PROGRAMMED,
      }),
    );
    await recordAudit(tx, ctx, { operation: 'programAssistanceActivity', entity: 'AssistanceActivity', entityId: activity.id, secretariat: strategy.secretariatCode, change: diff(null, { ...input }) });
    return activity;
  });
}

const EXECUTION_FIELDS = new Set(['status', 'tasks']);

export async function updateActivity(ctx: Context, id: string, input: UpdateAssistanceActivityInput) {
  return inTransaction(ctx, async (tx) => {
    const found = await tx.findOneBy(AssistanceActivity, { id });
    if (!found || !canRead(callerOf(ctx), found.secretariatCode)) throw notFound('AssistanceActivity', id);
    const strategy = await lockStrategy(ctx, tx, found.strategyId);
    const activity = (await tx.findOneBy(AssistanceActivity, { id })) as AssistanceActivity;
    const changed = Object.entries(input).filter(([, v]) => v !== undefined && v !== null).map(([k]) => k);
    // Execution (status, tasks) goes on after approval; programming changes need a revision.
    if (changed.some((k) => !EXECUTION_FIELDS.has(k))) await openForChanges(tx, strategy);
    const merged = {
      schoolDanes: input.schoolDanes,
      startsOn: input.startsOn ?? activity.startsOn,
      endsOn: input.endsOn ?? activity.endsOn,
      supportPlanActionId: input.supportPlanActionId,
    };
    await checkActivity(tx, strategy, merged, 'input');
    const before = { ...activity };
    for (const key of changed) {
      const value = (input as Record<string, unknown>)[key];
      if (key === 'tasks') activity.tasks = (value as AssistanceActivityInput['tasks']).map((t) => ({ description: t.description, dueOn: t.dueOn ?? null, done: t.done }));
      else if (key === 'schoolDanes') activity.schoolDanes = [...new Set(value as string[])];
      else (activity as unknown as Record<string, unknown>)[key] = value;
    }
    const saved = await tx.save(activity);
    await recordAudit(tx, ctx, {
      operation: 'updateAssistanceActivity',
      entity: 'AssistanceActivity',
      entityId: id,
      secretariat: strategy.secretariatCode,
      change: diff(before, Object.fromEntries(changed.map((k) => [k, (saved as unknown as Record<string, unknown>)[k]]))),
    });
    return saved;
  });
}

export async function submitStrategy(ctx: Context, id: string) {
  return inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, id);
    if (strategy.status !== StrategyStatus.DRAFT) throw invalidState(`Only a draft can be submitted; this strategy is ${strategy.status}`);
    const active = await tx.countBy(AssistanceActivity, { strategyId: id, status: In([ActivityStatus.PROGRAMMED, ActivityStatus.DONE]) });
    if (active === 0) throw invalidState('Program at least one activity before submitting the strategy');
    strategy.status = StrategyStatus.SUBMITTED;
    strategy.submittedAt = new Date();
    const saved = await tx.save(strategy);
    await recordAudit(tx, ctx, { operation: 'submitAssistanceStrategy', entity: 'AssistanceStrategy', entityId: id, secretariat: strategy.secretariatCode, change: { status: { from: 'DRAFT', to: 'SUBMITTED' } } });
    await appendEvent(tx, ctx, {
      type: EventType.STRATEGY_SUBMITTED,
      secretariat: strategy.secretariatCode,
      entity: 'AssistanceStrategy',
      entityId: id,
      payload: { strategyId: id, period: strategy.period, revision: strategy.revision },
    });
    return saved;
  });
}

// ---------------------------------------------------------------- activity 4: alignment with the PAM

export interface AlignmentRow {
  activity: AssistanceActivity;
  supportPlanActionId: string | null;
  aligned: boolean;
}

/** Every active activity must link to an existing PAM action of the same secretariat and period. */
export async function alignmentRows(db: EntityManager, strategy: AssistanceStrategy): Promise<AlignmentRow[]> {
  const activities = await db.find(AssistanceActivity, {
    where: { strategyId: strategy.id, status: In([ActivityStatus.PROGRAMMED, ActivityStatus.DONE]) },
    order: { startsOn: 'ASC', id: 'ASC' },
  });
  const linked = [...new Set(activities.map((a) => a.supportPlanActionId).filter((x): x is string => !!x))];
  const valid: { id: string }[] = linked.length
    ? await db.query('SELECT id FROM support_plan_action WHERE id = ANY($1) AND secretariat_code = $2 AND period = $3', [
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

export async function alignment(ctx: Context, strategyId: string) {
  const strategy = await getStrategy(ctx, strategyId);
  if (ownSchool(ctx)) throw notFound('AssistanceStrategy', strategyId);
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
  };
}

export async function approveStrategy(ctx: Context, id: string) {
  const outcome = await inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, id);
    if (strategy.status !== StrategyStatus.SUBMITTED) {
      throw invalidState(`Only a submitted strategy can be approved; this strategy is ${strategy.status}`);
    }
    const unaligned = (await alignmentRows(tx, strategy)).filter((r) => !r.aligned).map((r) => r.activity);
    if (unaligned.length > 0) {
      // The refusal itself is news for D02.01: record it, commit, then answer with the typed error.
      await recordAudit(tx, ctx, { operation: 'approveAssistanceStrategy', entity: 'AssistanceStrategy', entityId: id, secretariat: strategy.secretariatCode, change: { refused: true, unalignedActivityIds: unaligned.map((a) => a.id) } });
      await appendEvent(tx, ctx, {
        type: EventType.STRATEGY_ALIGNMENT_FAILED,
        secretariat: strategy.secretariatCode,
        entity: 'AssistanceStrategy',
        entityId: id,
        payload: { strategyId: id, period: strategy.period, unalignedActivityIds: unaligned.map((a) => a.id) },
      });
      return { refused: unaligned, approved: null };
    }
    strategy.status = StrategyStatus.APPROVED;
    strategy.approvedAt = new Date();
    strategy.approvedBy = callerOf(ctx).subject;
    const saved = await tx.save(strategy);
    await recordAudit(tx, ctx, { operation: 'approveAssistanceStrategy', entity: 'AssistanceStrategy', entityId: id, secretariat: strategy.secretariatCode, change: { status: { from: 'SUBMITTED', to: 'APPROVED' }, revision: strategy.revision } });
    await appendEvent(tx, ctx, {
      type: EventType.STRATEGY_APPROVED,
      secretariat: strategy.secretariatCode,
      entity: 'AssistanceStrategy',
      entityId: id,
      payload: { strategyId: id, period: strategy.period, revision: strategy.revision },
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

export async function reviseStrategy(ctx: Context, id: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const strategy = await lockStrategy(ctx, tx, id);
    if (strategy.status !== StrategyStatus.APPROVED) throw invalidState('Only an approved strategy is revised; change a draft directly');
    const snapshot = {
      strategy: { ...strategy },
      classifications: await tx.find(SchoolClassification, { where: { strategyId: id }, order: { schoolDane: 'ASC' } }),
      activities: await tx.find(AssistanceActivity, { where: { strategyId: id }, order: { startsOn: 'ASC', id: 'ASC' } }),
    };
    await tx.save(tx.create(StrategyRevision, { strategyId: id, revision: strategy.revision, reason, snapshot, revisedBy: callerOf(ctx).subject }));
    strategy.status = StrategyStatus.DRAFT;
    strategy.revision += 1;
    strategy.revisionReason = reason;
    strategy.approvedAt = null;
    strategy.approvedBy = null;
    const saved = await tx.save(strategy);
    await recordAudit(tx, ctx, { operation: 'reviseAssistanceStrategy', entity: 'AssistanceStrategy', entityId: id, secretariat: strategy.secretariatCode, change: { revision: { from: strategy.revision - 1, to: strategy.revision }, reason } });
    return saved;
  });
}

export async function revisionsOf(ctx: Context, strategy: AssistanceStrategy) {
  if (ownSchool(ctx)) return [];
  return ctx.runtime.db.getRepository(StrategyRevision).find({ where: { strategyId: strategy.id }, order: { revision: 'ASC' } });
}

export async function recordImprovementAction(ctx: Context, input: AlignmentImprovementActionInput) {
  return inTransaction(ctx, async (tx) => {
    const activity = await tx.findOneBy(AssistanceActivity, { id: input.activityId });
    if (!activity || !canRead(callerOf(ctx), activity.secretariatCode)) throw notFound('AssistanceActivity', input.activityId);
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
    await recordAudit(tx, ctx, { operation: 'recordAlignmentImprovementAction', entity: 'AlignmentImprovementAction', entityId: saved.id, secretariat: activity.secretariatCode, change: diff(null, { ...input }) });
    return saved;
  });
}

