import { assertNoViolations, hasViolation, takeDeferredViolations } from '../../common/validation';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork, type UnitOfWork } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, notFound } from '../../common/errors';
import { RecordFormat } from '../../records/record';
import { ExportFormat } from '../strategy/strategy.enums';
import { followUpRecord } from './follow-up-record';
import { EventType } from '../../events/catalogue';
import { ImprovementPlan } from '../improvement-plans/improvement-plan.entity';
import { PlanAction, PlanIndicator } from '../improvement-plans/plan-content.entity';
import { isUuid } from '../../common/input-guard';
import { getPlan } from '../improvement-plans/improvement-plan.queries';
import { AssistanceSession } from '../execution/assistance-session.entity';
import { rejectIfAny, today, type Violation } from '../execution/session.service';
import {
  CoachingNote,
  CoachingNoteReply,
  IndicatorMeasurement,
  PlanActionProgress,
  PlanCorrectiveAction,
  PlanSelfEvaluation,
} from './follow-up.entity';
import { ImplementationLevel, PlanPartKind, ProgressStatus } from './follow-up.enums';
import type {
  ActionProgressInput,
  CoachingNoteInput,
  CoachingReplyInput,
  FollowUpRecordArgs,
  IndicatorMeasurementInput,
  PlanCorrectiveActionInput,
  PlanSelfEvaluationInput,
} from './follow-up.inputs';

// ---------------------------------------------------------------- rules

/**
 * Rule "DONE needs evidence" (as in Indistar, domain brief §7–8): a DONE action carries evidence and is 100 %;
 * NOT_STARTED is 0 %. Every problem is reported at once.
 */
export function progressViolations(input: ActionProgressInput): Violation[] {
  const v: Violation[] = [];
  if (input.status === ProgressStatus.DONE) {
    if (!input.evidence?.trim()) v.push({ field: 'input.evidence', message: 'evidence is required for a DONE action (evidencia)' });
    if (input.percent !== 100) v.push({ field: 'input.percent', message: 'percent must be 100 for a DONE action' });
  }
  if (input.status === ProgressStatus.NOT_STARTED && input.percent !== 0) {
    v.push({ field: 'input.percent', message: 'percent must be 0 for a NOT_STARTED action' });
  }
  return v;
}

/** Rule "self-evaluation covers the plan": every goal of the current version rated once; FULL needs evidence. */
export function selfEvaluationViolations(input: PlanSelfEvaluationInput, goalIds: string[]): Violation[] {
  const v: Violation[] = [];
  const known = new Set(goalIds);
  const seen = new Set<string>();
  input.goalRatings.forEach((r, i) => {
    if (!known.has(r.goalId)) v.push({ field: `input.goalRatings.${i}.goalId`, message: `${r.goalId} is not a goal of this plan` });
    else if (seen.has(r.goalId)) v.push({ field: `input.goalRatings.${i}.goalId`, message: `${r.goalId} is rated twice` });
    seen.add(r.goalId);
    if (r.level === ImplementationLevel.FULL && !r.evidence?.trim()) {
      v.push({ field: `input.goalRatings.${i}.evidence`, message: 'evidence is required for FULL implementation' });
    }
  });
  const missing = goalIds.filter((g) => !seen.has(g));
  if (missing.length) v.push({ field: 'input.goalRatings', message: `Rate every goal; missing: ${missing.join(', ')}` });
  if (input.evaluatedOn > today()) v.push({ field: 'input.evaluatedOn', message: 'evaluatedOn is in the future' });
  return v;
}

// ---------------------------------------------------------------- helpers

interface PlanTenant {
  planId: string;
  secretariat: string;
  school: string;
  version: number;
}

/** The plan a part belongs to, if the caller may see it (a SCHOOL only its own school's); otherwise NOT_FOUND. */
async function planOfPart(ctx: Context, tx: EntityManager, table: 'improvement_plan_action' | 'improvement_plan_indicator', id: string, what: string) {
  const rows: { plan_id: string; secretariat_code: string; school_dane: string; version: number }[] = isUuid(id)
    ? await tx.query(
        `SELECT p.id AS plan_id, p.secretariat_code, p.school_dane, p.version FROM ${table} x JOIN improvement_plan p ON p.id = x.plan_id WHERE x.id = $1`,
        [id],
      )
    : [];
  const row = scopeOf(ctx).visible(rows[0], what, id, (r) => ({ secretariat: r.secretariat_code, school: r.school_dane.trim() }));
  return { planId: row.plan_id, secretariat: row.secretariat_code, school: row.school_dane.trim(), version: row.version } as PlanTenant;
}

async function visiblePlan(ctx: Context, tx: EntityManager, planId: string): Promise<PlanTenant> {
  const plan = scopeOf(ctx).visible(isUuid(planId) ? await tx.findOneBy(ImprovementPlan, { id: planId }) : null, 'ImprovementPlan', planId, (p) => ({
    secretariat: p.secretariatCode,
    school: p.schoolDane,
  }));
  return { planId: plan.id, secretariat: plan.secretariatCode, school: plan.schoolDane.trim(), version: plan.version };
}

const recorder = (ctx: Context) => ({ by: callerOf(ctx).subject, role: callerOf(ctx).role });

async function recordFollowUp(uow: UnitOfWork, operation: string, entity: string, id: string, t: PlanTenant, subject: string, extra: Record<string, unknown>) {
  await uow.record({
    operation,
    entity,
    entityId: id,
    secretariat: t.secretariat,
    school: t.school,
    change: { planId: t.planId, ...extra },
    event: { type: EventType.FOLLOW_UP_RECORDED, payload: { followUpId: id, subject, daneCode: t.school, planId: t.planId, ...extra } },
  });
}

// ---------------------------------------------------------------- writes

/** Progress of a PMI action, by the school (its own) or its secretariat's staff. Appends; never overwrites. */
export async function recordActionProgress(ctx: Context, input: ActionProgressInput): Promise<PlanActionProgress> {
  // Every problem at once: the input's own and the progress rules; the action is looked up first.
  const known = takeDeferredViolations(input, ['input.actionId']);
  return unitOfWork(ctx, async (uow) => {
    const t = await planOfPart(ctx, uow.tx, 'improvement_plan_action', input.actionId, 'PlanAction');
    rejectIfAny([...known, ...progressViolations(input).filter((v) => !hasViolation(known, v.field))]);
    const { by, role } = recorder(ctx);
    const row = await uow.tx.save(
      uow.tx.create(PlanActionProgress, {
        secretariatCode: t.secretariat,
        schoolDane: t.school,
        planId: t.planId,
        planVersion: t.version,
        actionId: input.actionId,
        status: input.status,
        percent: input.percent,
        evidence: input.evidence?.trim() || null,
        note: input.note?.trim() || null,
        recordedBy: by,
        recorderRole: role,
      }),
    );
    await recordFollowUp(uow, 'recordActionProgress', 'PlanActionProgress', row.id, t, 'ACTION_PROGRESS', {
      actionId: input.actionId,
      status: row.status,
      percent: row.percent,
    });
    return row;
  });
}

/** A measurement of a PMI indicator, by the school or its secretariat's staff. */
export async function recordIndicatorMeasurement(ctx: Context, input: IndicatorMeasurementInput): Promise<IndicatorMeasurement> {
  // Every problem at once: the input's own and the date rule; the indicator is looked up first, so its id must be valid.
  const found = takeDeferredViolations(input, ['input.indicatorId']);
  return unitOfWork(ctx, async (uow) => {
    const t = await planOfPart(ctx, uow.tx, 'improvement_plan_indicator', input.indicatorId, 'PlanIndicator');
    if (!hasViolation(found, 'input.measuredOn') && input.measuredOn > today()) found.push({ field: 'input.measuredOn', message: 'measuredOn is in the future' });
    assertNoViolations(found);
    const { by, role } = recorder(ctx);
    const row = await uow.tx.save(
      uow.tx.create(IndicatorMeasurement, {
        secretariatCode: t.secretariat,
        schoolDane: t.school,
        planId: t.planId,
        planVersion: t.version,
        indicatorId: input.indicatorId,
        value: input.value,
        measuredOn: input.measuredOn,
        source: input.source.trim(),
        note: input.note?.trim() || null,
        recordedBy: by,
        recorderRole: role,
      }),
    );
    await recordFollowUp(uow, 'recordIndicatorMeasurement', 'IndicatorMeasurement', row.id, t, 'INDICATOR_MEASUREMENT', {
      indicatorId: input.indicatorId,
      value: input.value,
      measuredOn: input.measuredOn,
    });
    return row;
  });
}

/** A corrective action to the PMI agreed with the school, recorded by the secretariat's staff. */
export async function recordCorrectiveAction(ctx: Context, input: PlanCorrectiveActionInput): Promise<PlanCorrectiveAction> {
  // Every problem at once: the input's own (e.g. the description) and the references and dates; the plan is looked up first.
  const v = takeDeferredViolations(input, ['input.planId']);
  const ok = (field: string) => !hasViolation(v, field);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const t = await visiblePlan(ctx, tx, input.planId);
    if (ok('input.dueOn') && ok('input.agreedOn') && input.dueOn < input.agreedOn) v.push({ field: 'input.dueOn', message: 'dueOn is before agreedOn' });
    if (input.actionId && ok('input.actionId') && !(await tx.existsBy(PlanAction, { id: input.actionId, planId: t.planId }))) {
      v.push({ field: 'input.actionId', message: `${input.actionId} is not an action of this plan` });
    }
    if (input.indicatorId && ok('input.indicatorId') && !(await tx.existsBy(PlanIndicator, { id: input.indicatorId, planId: t.planId }))) {
      v.push({ field: 'input.indicatorId', message: `${input.indicatorId} is not an indicator of this plan` });
    }
    if (
      input.sessionId &&
      ok('input.sessionId') &&
      !(await tx.existsBy(AssistanceSession, { id: input.sessionId, schoolDane: t.school, secretariatCode: t.secretariat }))
    ) {
      v.push({ field: 'input.sessionId', message: `${input.sessionId} is not a session with this school` });
    }
    rejectIfAny(v);
    const row = await tx.save(
      tx.create(PlanCorrectiveAction, {
        secretariatCode: t.secretariat,
        schoolDane: t.school,
        planId: t.planId,
        actionId: input.actionId ?? null,
        indicatorId: input.indicatorId ?? null,
        sessionId: input.sessionId ?? null,
        description: input.description.trim(),
        responsible: input.responsible.trim(),
        dueOn: input.dueOn,
        agreedOn: input.agreedOn,
        recordedBy: callerOf(ctx).subject,
      }),
    );
    await recordFollowUp(uow, 'recordPlanCorrectiveAction', 'PlanCorrectiveAction', row.id, t, 'CORRECTIVE_ACTION', { dueOn: row.dueOn });
    return row;
  });
}

const PART_TABLE: Record<Exclude<PlanPartKind, PlanPartKind.PLAN>, { table: string; text: string }> = {
  [PlanPartKind.CRITICAL_FACTOR]: { table: 'improvement_plan_critical_factor', text: 'description' },
  [PlanPartKind.OBJECTIVE]: { table: 'improvement_plan_objective', text: 'description' },
  [PlanPartKind.GOAL]: { table: 'improvement_plan_goal', text: 'description' },
  [PlanPartKind.INDICATOR]: { table: 'improvement_plan_indicator', text: 'name' },
  [PlanPartKind.ACTION]: { table: 'improvement_plan_action', text: 'description' },
};

/** A coaching note by the secretariat's staff on a part of the plan (or the plan as a whole). */
export async function addCoachingNote(ctx: Context, input: CoachingNoteInput): Promise<CoachingNote> {
  // Every problem at once: the input's own (e.g. the note's body) and the part commented; the plan is looked up first.
  const found = takeDeferredViolations(input, ['input.planId']);
  const ok = (field: string) => !hasViolation(found, field);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const t = await visiblePlan(ctx, tx, input.planId);
    let partText: string | null = null;
    if (!ok('input.partKind') || !ok('input.partId')) {
      // nothing more to check about the part
    } else if (input.partKind === PlanPartKind.PLAN) {
      if (input.partId) found.push({ field: 'input.partId', message: 'A note on the whole plan has no partId' });
    } else if (!input.partId) {
      found.push({ field: 'input.partId', message: `Name the ${input.partKind} commented (partId)` });
    } else {
      const part = PART_TABLE[input.partKind];
      const rows: { text: string }[] = await tx.query(`SELECT ${part.text} AS text FROM ${part.table} WHERE id = $1 AND plan_id = $2`, [input.partId, t.planId]);
      if (!rows.length) found.push({ field: 'input.partId', message: `${input.partId} is not a ${input.partKind} of this plan` });
      else partText = rows[0].text;
    }
    assertNoViolations(found);
    const { by, role } = recorder(ctx);
    const note = await tx.save(
      tx.create(CoachingNote, {
        secretariatCode: t.secretariat,
        schoolDane: t.school,
        planId: t.planId,
        partKind: input.partKind,
        partId: input.partId ?? null,
        partText,
        body: input.body.trim(),
        author: by,
        authorRole: role,
      }),
    );
    await recordFollowUp(uow, 'addCoachingNote', 'CoachingNote', note.id, t, 'COACHING_NOTE', { partKind: note.partKind, partId: note.partId });
    return note;
  });
}

/** An answer to a coaching note: the school (its own plan) or the secretariat's staff. */
export async function replyToCoachingNote(ctx: Context, input: CoachingReplyInput): Promise<CoachingNoteReply> {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const note = scopeOf(ctx).visible(isUuid(input.noteId) ? await tx.findOneBy(CoachingNote, { id: input.noteId }) : null, 'CoachingNote', input.noteId, (n) => ({
      secretariat: n.secretariatCode,
      school: n.schoolDane.trim(),
    }));
    const { by, role } = recorder(ctx);
    const reply = await tx.save(
      tx.create(CoachingNoteReply, {
        noteId: note.id,
        secretariatCode: note.secretariatCode,
        schoolDane: note.schoolDane,
        body: input.body.trim(),
        author: by,
        authorRole: role,
      }),
    );
    const t = { planId: note.planId, secretariat: note.secretariatCode, school: note.schoolDane.trim(), version: 0 };
    await recordFollowUp(uow, 'replyToCoachingNote', 'CoachingNoteReply', reply.id, t, 'COACHING_REPLY', { noteId: note.id });
    return reply;
  });
}

/** The school's own evaluation of its PMI (only the school writes it). */
export async function recordSelfEvaluation(ctx: Context, input: PlanSelfEvaluationInput): Promise<PlanSelfEvaluation> {
  // Every problem at once: the input's own (e.g. a malformed date) and the goals rated; the plan is looked up first.
  const found = takeDeferredViolations(input, ['input.planId']);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const t = await visiblePlan(ctx, tx, input.planId);
    const goals: { id: string }[] = await tx.query('SELECT id FROM improvement_plan_goal WHERE plan_id = $1 ORDER BY position', [t.planId]);
    // A rule on a field the input's own check already refused (e.g. a date that is no date) would only repeat it.
    const rules = selfEvaluationViolations(input, goals.map((g) => g.id)).filter((r) => !found.some((f) => f.field === r.field));
    rejectIfAny([...found, ...rules]);
    const row = await tx.save(
      tx.create(PlanSelfEvaluation, {
        secretariatCode: t.secretariat,
        schoolDane: t.school,
        planId: t.planId,
        planVersion: t.version,
        evaluatedOn: input.evaluatedOn,
        goalRatings: input.goalRatings.map((r) => ({ goalId: r.goalId, level: r.level, evidence: r.evidence?.trim() || null, comment: r.comment?.trim() || null })),
        achievements: input.achievements.trim(),
        difficulties: input.difficulties.trim(),
        adjustments: input.adjustments.trim(),
        recordedBy: callerOf(ctx).subject,
      }),
    );
    await recordFollowUp(uow, 'recordPlanSelfEvaluation', 'PlanSelfEvaluation', row.id, t, 'SELF_EVALUATION', { planVersion: t.version });
    return row;
  });
}

// ---------------------------------------------------------------- reads

export interface ActionFollowUp {
  action: PlanAction;
  current: PlanActionProgress | null;
  history: PlanActionProgress[];
}
export interface IndicatorFollowUp {
  indicator: PlanIndicator;
  latest: IndicatorMeasurement | null;
  measurements: IndicatorMeasurement[];
}
export interface PlanFollowUpView {
  plan: ImprovementPlan;
  actions: ActionFollowUp[];
  indicators: IndicatorFollowUp[];
  correctiveActions: PlanCorrectiveAction[];
  coachingNotes: CoachingNote[];
  selfEvaluations: PlanSelfEvaluation[];
  averagePercent: number | null;
  actionsDone: number;
}

/**
 * Follow-up of one PMI (seguimiento): per action its current progress (the latest row) and history, per indicator
 * its measurements (by date), corrective actions, coaching notes and self-evaluations, newest last. Bounded by the
 * plan's size. Readers: the school (its own), its secretariat's staff, national roles.
 */
export async function planFollowUp(ctx: Context, planId: string): Promise<PlanFollowUpView> {
  const plan = await getPlan(ctx, planId);
  const db = ctx.runtime.db.manager;
  const actions = await db.find(PlanAction, { where: { planId: plan.id }, order: { goalId: 'ASC', position: 'ASC' } });
  const indicators = await db.find(PlanIndicator, { where: { planId: plan.id }, order: { goalId: 'ASC', position: 'ASC' } });
  const progress = await db.find(PlanActionProgress, { where: { planId: plan.id }, order: { recordedAt: 'ASC', id: 'ASC' } });
  const measurements = await db.find(IndicatorMeasurement, { where: { planId: plan.id }, order: { measuredOn: 'ASC', recordedAt: 'ASC' } });
  const byAction = groupRows(progress, (p) => p.actionId);
  const byIndicator = groupRows(measurements, (m) => m.indicatorId);
  const actionViews = actions.map((action) => {
    const history = byAction.get(action.id) ?? [];
    return { action, history, current: history.at(-1) ?? null };
  });
  const currents = actionViews.map((a) => a.current).filter((c): c is PlanActionProgress => !!c && c.status !== ProgressStatus.CANCELLED);
  // Cancelled actions leave the average (as in the activity 6 figures); actions without progress count 0.
  const counted = actionViews.filter((a) => a.current?.status !== ProgressStatus.CANCELLED).length;
  return {
    plan,
    actions: actionViews,
    indicators: indicators.map((indicator) => {
      const list = byIndicator.get(indicator.id) ?? [];
      return { indicator, measurements: list, latest: list.at(-1) ?? null };
    }),
    correctiveActions: await db.find(PlanCorrectiveAction, { where: { planId: plan.id }, order: { recordedAt: 'ASC', id: 'ASC' } }),
    coachingNotes: await db.find(CoachingNote, { where: { planId: plan.id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    selfEvaluations: await db.find(PlanSelfEvaluation, { where: { planId: plan.id }, order: { recordedAt: 'ASC', id: 'ASC' } }),
    averagePercent: counted ? Math.round((currents.reduce((s, c) => s + c.percent, 0) / counted) * 10) / 10 : null,
    actionsDone: currents.filter((c) => c.status === ProgressStatus.DONE).length,
  };
}

export async function repliesOf(ctx: Context, note: CoachingNote) {
  return ctx.runtime.db.getRepository(CoachingNoteReply).find({ where: { noteId: note.id }, order: { createdAt: 'ASC', id: 'ASC' } });
}

function groupRows<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * Record "Seguimiento de los PMI" as a file. The secretariat is the caller's own (national roles name one: without
 * it BAD_USER_INPUT); a SCHOOL gets only its own school's rows.
 */
export async function followUpRecordFile(ctx: Context, args: FollowUpRecordArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  if (args.secretariat && args.secretariat !== scope.secretariat) throw notFound('Secretariat', args.secretariat);
  if (scope.isSchool && args.school && args.school !== scope.school) throw notFound('School', args.school);
  const school = scope.school ?? args.school ?? null;
  const file = await followUpRecord(ctx.runtime.db.manager, scope.secretariat, args.period, args.format === ExportFormat.XLSX ? RecordFormat.XLSX : RecordFormat.CSV, school);
  return { filename: file.filename, mimeType: file.mimeType, contentBase64: file.content.toString('base64') };
}
