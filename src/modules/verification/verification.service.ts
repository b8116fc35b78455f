import { assertNoViolations, hasViolation, takeDeferredViolations, type Violation } from '../../common/validation';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { unitOfWork, type Change } from '../../common/unit-of-work';
import { scopeOf } from '../../common/scope';
import { badInput, invalidState } from '../../common/errors';
import { keysetPage, keysetPageBy } from '../../common/pagination';
import { EventType } from '../../events/catalogue';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { AssistanceModality } from '../strategy/strategy.enums';
import { isUuid } from '../../common/input-guard';
import { AssistanceEvaluation } from '../assistance-evaluation/assistance-evaluation.entity';
import { receivedCondition, settingsFor } from '../assistance-evaluation/assistance-evaluation.service';
import { ServiceRequirement } from './service-requirement.entity';
import { Nonconformity, QualityAction, Verification, VerificationResult } from './verification.entity';
import { NonconformityStatus, QualityActionStatus } from './verification.enums';
import type { ActivityEvaluationSummary, VerificationSheet } from './verification.types';
import type {
  CompleteQualityActionInput,
  NonconformitiesArgs,
  OverdueQualityActionsArgs,
  QualityActionInput,
  RecordVerificationInput,
  ServiceRequirementsArgs,
  SetServiceRequirementsInput,
} from './verification.inputs';

/**
 * D02.03 activity 8 — "Verificar el cumplimiento de las actividades de asistencia técnica": the quality leader checks
 * each activity against the requirements of its ficha técnica (N01.05.F01). An unmet requirement opens a
 * nonconformity (N01.04) with a corrective or preventive action (N01.02); a new verification is then required, and
 * the nonconformity closes only when a later verification finds the requirement met.
 */

// ---------------------------------------------------------------- rules and defaults

/** Domain brief §8: default requirements of an assistance activity, for every kind of service. */
export const DEFAULT_REQUIREMENTS: { code: string; text: string }[] = [
  { code: 'HELD_IN_WINDOW', text: 'Realizada dentro de la ventana programada' },
  { code: 'ATTENDANCE', text: 'Asistencia registrada' },
  { code: 'AGENDA_SHARED', text: 'Objetivos y agenda compartidos previamente con el EE' },
  { code: 'AGREEMENTS', text: 'Compromisos registrados' },
  { code: 'MATERIALS', text: 'Materiales entregados' },
  { code: 'EVALUATION_RECEIVED', text: 'Evaluación del EE recibida' },
  { code: 'RATING_AVERAGE', text: 'Calificación promedio de la evaluación ≥ 3,5' },
];
/** Ficha default: an average rating below this is low. */
export const LOW_AVERAGE = 3.5;
/** A single rating at or below this is shown to the leader as a low rating. */
export const LOW_SCORE = 2;

/** Today in Colombia (UTC−5, no daylight saving), as YYYY-MM-DD. */
export const todayInColombia = () => new Date(Date.now() - 5 * 3600_000).toISOString().slice(0, 10);

/** The requirements of a kind of service: the secretariat's own, or the defaults (id '') when it set none. */
export async function requirementsFor(db: EntityManager, secretariat: string, kind: AssistanceModality): Promise<ServiceRequirement[]> {
  const own = await db.find(ServiceRequirement, { where: { secretariatCode: secretariat, serviceKind: kind }, order: { position: 'ASC' } });
  if (own.length) return own;
  return DEFAULT_REQUIREMENTS.map((r, i) =>
    Object.assign(new ServiceRequirement(), { id: '', secretariatCode: secretariat, serviceKind: kind, code: r.code, text: r.text, position: i + 1 }),
  );
}

function readSecretariat(ctx: Context, requested?: string | null): string {
  const scope = scopeOf(ctx, requested);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  return scope.secretariat;
}

function uniqueCodes(codes: string[], field: (i: number) => string) {
  const seen = new Set<string>();
  const violations = codes.flatMap((c, i) => {
    const dup = seen.has(c);
    seen.add(c);
    return dup ? [{ field: field(i), message: `${c} is listed twice` }] : [];
  });
  if (violations.length) throw badInput(violations[0].field, violations[0].message, { violations });
}

// ---------------------------------------------------------------- requirements (ficha técnica)

/** Requirements of every kind of service (or one), by kind then position. */
export async function listRequirements(ctx: Context, args: ServiceRequirementsArgs) {
  const secretariat = readSecretariat(ctx, args.secretariat);
  const kinds = args.serviceKind ? [args.serviceKind] : Object.values(AssistanceModality);
  const out: ServiceRequirement[] = [];
  for (const kind of kinds) out.push(...(await requirementsFor(ctx.runtime.db.manager, secretariat, kind)));
  return out;
}

/**
 * Replaces the requirements of a kind of service. Rule: a requirement with an open nonconformity cannot be removed
 * (INVALID_STATE): the nonconformity must be closed by a verification first.
 */
export async function setRequirements(ctx: Context, input: SetServiceRequirementsInput) {
  const secretariat = scopeOf(ctx).writeTo(input.secretariat);
  uniqueCodes(input.requirements.map((r) => r.code), (i) => `input.requirements.${i}.code`);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const open: { requirement_code: string }[] = await tx.query(
      `SELECT DISTINCT n.requirement_code FROM nonconformity n JOIN assistance_activity a ON a.id = n.activity_id
        WHERE n.secretariat_code = $1 AND n.status = 'OPEN' AND a.modality = $2`,
      [secretariat, input.serviceKind],
    );
    const kept = new Set(input.requirements.map((r) => r.code));
    const removed = open.map((o) => o.requirement_code).filter((c) => !kept.has(c));
    if (removed.length) throw invalidState(`Requirements with open nonconformities cannot be removed: ${removed.join(', ')}`, { requirementCodes: removed });
    const before = await requirementsFor(tx, secretariat, input.serviceKind);
    await tx.delete(ServiceRequirement, { secretariatCode: secretariat, serviceKind: input.serviceKind });
    const saved = await tx.save(
      input.requirements.map((r, i) =>
        tx.create(ServiceRequirement, { secretariatCode: secretariat, serviceKind: input.serviceKind, code: r.code, text: r.text.trim(), position: i + 1 }),
      ),
    );
    await uow.record({
      operation: 'setServiceRequirements',
      entity: 'ServiceRequirement',
      entityId: `${secretariat}/${input.serviceKind}`,
      secretariat,
      change: { serviceKind: input.serviceKind, from: before.map((r) => r.code), to: saved.map((r) => r.code) },
    });
    return saved;
  });
}

// ---------------------------------------------------------------- the verification sheet

async function visibleActivity(ctx: Context, db: EntityManager, id: string) {
  const activity = isUuid(id) ? await db.findOneBy(AssistanceActivity, { id }) : null;
  return scopeOf(ctx).visible(activity, 'AssistanceActivity', id, (a) => ({ secretariat: a.secretariatCode }));
}

/** What the schools said of the activity (activity 7): due, received, averages per criterion, low ratings. */
export async function evaluationSummary(db: EntityManager, activity: AssistanceActivity, period: string): Promise<ActivityEvaluationSummary> {
  const settings = await settingsFor(db, activity.secretariatCode, period);
  const [{ due }]: { due: number }[] = await db.query(
    `SELECT count(*)::int AS due FROM assistance_activity a, unnest(a.school_danes) AS d(dane) WHERE a.id = $1 AND ${receivedCondition('d.dane')}`,
    [activity.id],
  );
  const evaluations = await db.find(AssistanceEvaluation, { where: { activityId: activity.id }, order: { schoolDane: 'ASC' } });
  const names = new Map(settings.criteria.map((c) => [c.code, c.name]));
  const round2 = (n: number) => Math.round(n * 100) / 100;
  let sum = 0;
  let count = 0;
  const per = new Map<string, { s: number; n: number }>();
  const lowRatings: ActivityEvaluationSummary['lowRatings'] = [];
  for (const e of evaluations) {
    for (const c of settings.criteria) {
      const score = e.ratings[c.code];
      if (score === undefined) continue;
      sum += score;
      count++;
      const p = per.get(c.code) ?? { s: 0, n: 0 };
      p.s += score;
      p.n++;
      per.set(c.code, p);
      if (score <= LOW_SCORE) lowRatings.push({ schoolDane: e.schoolDane, criterion: c.code, criterionName: names.get(c.code) ?? c.code, score, comments: e.comments });
    }
  }
  return {
    due,
    received: evaluations.length,
    average: count ? round2(sum / count) : null,
    byCriterion: settings.criteria.map((c) => {
      const p = per.get(c.code);
      const average = p ? round2(p.s / p.n) : null;
      return { code: c.code, name: c.name, average, ratings: p?.n ?? 0, low: average !== null && average < LOW_AVERAGE };
    }),
    lowRatings,
  };
}

/** The evaluations' bearing on the default requirements EVALUATION_RECEIVED and RATING_AVERAGE. */
function hintFor(code: string, e: ActivityEvaluationSummary): string | null {
  if (code === 'EVALUATION_RECEIVED') return `${e.received} de ${e.due} evaluaciones recibidas`;
  if (code === 'RATING_AVERAGE') {
    if (e.average === null) return 'Sin calificaciones';
    return `Promedio ${String(e.average).replace('.', ',')}${e.average < LOW_AVERAGE ? ' (bajo: < 3,5)' : ''}`;
  }
  return null;
}

/** The leader's sheet for verifying an activity: its requirements with their last result and open nonconformity, the evaluations, the history. */
export async function verificationSheet(ctx: Context, activityId: string): Promise<VerificationSheet> {
  const db = ctx.runtime.db.manager;
  const activity = await visibleActivity(ctx, db, activityId);
  const [{ period }]: { period: string }[] = await db.query('SELECT period FROM assistance_strategy WHERE id = $1', [activity.strategyId]);
  const requirements = await requirementsFor(db, activity.secretariatCode, activity.modality);
  const verifications = await db.find(Verification, { where: { activityId: activity.id }, order: { verifiedAt: 'DESC', id: 'DESC' } });
  const lastResults = verifications.length ? await db.find(VerificationResult, { where: { verificationId: verifications[0].id } }) : [];
  const open = await db.find(Nonconformity, { where: { activityId: activity.id, status: NonconformityStatus.OPEN } });
  const evaluation = await evaluationSummary(db, activity, period);
  return {
    activityId: activity.id,
    activity,
    requirements: requirements.map((requirement) => ({
      requirement,
      lastResult: lastResults.find((r) => r.requirementCode === requirement.code) ?? null,
      openNonconformity: open.find((n) => n.requirementCode === requirement.code) ?? null,
      hint: hintFor(requirement.code, evaluation),
    })),
    evaluation,
    verifications,
    reverificationDue: open.length > 0,
  };
}

// ---------------------------------------------------------------- recording a verification

function checkResults(input: RecordVerificationInput, requirements: ServiceRequirement[], open: Map<string, Nonconformity>, given: Violation[] = []) {
  const known = new Map(requirements.map((r) => [r.code, r]));
  const seen = new Set<string>();
  const violations: { field: string; message: string }[] = [];
  input.results.forEach((r, i) => {
    if (!known.has(r.requirementCode)) violations.push({ field: `input.results.${i}.requirementCode`, message: `${r.requirementCode} is not a requirement of this kind of service` });
    else if (seen.has(r.requirementCode)) violations.push({ field: `input.results.${i}.requirementCode`, message: `${r.requirementCode} is listed twice` });
    seen.add(r.requirementCode);
    if (!r.met && !open.has(r.requirementCode) && !r.action) {
      violations.push({ field: `input.results.${i}.action`, message: `${r.requirementCode} is unmet: plan a corrective or preventive action (owner and due date)` });
    }
  });
  for (const req of requirements) {
    if (!seen.has(req.code)) violations.push({ field: 'input.results', message: `Requirement ${req.code} (${req.text}) has no result` });
  }
  // With the input's own violations (e.g. empty evidence or notes): every problem at once.
  assertNoViolations([...given, ...violations.filter((v) => !given.some((g) => g.field === v.field))]);
}

/**
 * Records a verification of an activity against every requirement of its kind of service (each with evidence).
 * Rules: an unmet requirement without an open nonconformity raises one (N01.04) with the action given (N01.02) and
 * emits nonconformity.raised; an unmet requirement with an open one keeps it (no duplicate); a met requirement closes
 * its open nonconformity (closed by this verification; its open actions are marked done that day). Emits
 * verification.recorded.
 */
export async function recordVerification(ctx: Context, input: RecordVerificationInput) {
  // The activity is looked up first: its id must be valid before anything else is checked.
  const given = takeDeferredViolations(input, ['input.activityId']);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const activity = await visibleActivity(ctx, tx, input.activityId);
    // Serialises verifications of one activity (two leaders at once must not raise the same nonconformity twice).
    await tx.query('SELECT 1 FROM assistance_activity WHERE id = $1 FOR UPDATE', [activity.id]);
    const requirements = await requirementsFor(tx, activity.secretariatCode, activity.modality);
    const openList = await tx.find(Nonconformity, { where: { activityId: activity.id, status: NonconformityStatus.OPEN } });
    const open = new Map(openList.map((n) => [n.requirementCode, n]));
    checkResults(input, requirements, open, given);
    const subject = callerOf(ctx).subject;
    const passed = input.results.every((r) => r.met);
    const verification = await tx.save(
      tx.create(Verification, {
        secretariatCode: activity.secretariatCode,
        strategyId: activity.strategyId,
        activityId: activity.id,
        verifiedBy: subject,
        passed,
        notes: input.notes.trim(),
      }),
    );
    const order = new Map(requirements.map((r, i) => [r.code, i]));
    const results = [...input.results].sort((a, b) => order.get(a.requirementCode)! - order.get(b.requirementCode)!);
    await tx.insert(
      VerificationResult,
      results.map((r, i) => ({
        verificationId: verification.id,
        secretariatCode: activity.secretariatCode,
        position: i + 1,
        requirementCode: r.requirementCode,
        requirementText: requirements.find((q) => q.code === r.requirementCode)!.text,
        met: r.met,
        evidence: r.evidence.trim(),
      })),
    );
    const changes: Change[] = [];
    const raised: string[] = [];
    const closed: string[] = [];
    const today = todayInColombia();
    for (const r of results) {
      const current = open.get(r.requirementCode);
      if (!r.met && !current) {
        const nc = await tx.save(
          tx.create(Nonconformity, {
            secretariatCode: activity.secretariatCode,
            activityId: activity.id,
            verificationId: verification.id,
            requirementCode: r.requirementCode,
            description: (r.finding ?? r.evidence).trim(),
            status: NonconformityStatus.OPEN,
            raisedBy: subject,
          }),
        );
        const action = await createAction(tx, ctx, nc, r.action!);
        raised.push(nc.id);
        changes.push(
          {
            operation: 'recordVerification',
            entity: 'Nonconformity',
            entityId: nc.id,
            secretariat: activity.secretariatCode,
            change: { requirementCode: nc.requirementCode, description: nc.description, status: nc.status },
            event: {
              type: EventType.NONCONFORMITY_RAISED,
              payload: {
                nonconformityId: nc.id,
                activityId: activity.id,
                verificationId: verification.id,
                requirementCode: nc.requirementCode,
                description: nc.description,
                action: { actionId: action.id, kind: action.kind, owner: action.owner, dueOn: action.dueOn },
              },
            },
          },
          { operation: 'recordVerification', entity: 'QualityAction', entityId: action.id, secretariat: activity.secretariatCode, change: { kind: action.kind, owner: action.owner, dueOn: action.dueOn } },
        );
      } else if (r.met && current) {
        await tx.update(Nonconformity, { id: current.id }, { status: NonconformityStatus.CLOSED, closedAt: new Date(), closedByVerificationId: verification.id });
        await tx.update(
          QualityAction,
          { nonconformityId: current.id, status: QualityActionStatus.OPEN },
          { status: QualityActionStatus.DONE, doneOn: today, doneNotes: `Verificada en la verificación ${verification.id}` },
        );
        closed.push(current.id);
        changes.push({
          operation: 'recordVerification',
          entity: 'Nonconformity',
          entityId: current.id,
          secretariat: activity.secretariatCode,
          change: { status: { from: NonconformityStatus.OPEN, to: NonconformityStatus.CLOSED }, closedByVerificationId: verification.id },
        });
      }
    }
    const unmet = results.filter((r) => !r.met).map((r) => r.requirementCode);
    changes.unshift({
      operation: 'recordVerification',
      entity: 'Verification',
      entityId: verification.id,
      secretariat: activity.secretariatCode,
      change: { activityId: activity.id, passed, unmet },
      event: {
        type: EventType.VERIFICATION_RECORDED,
        payload: {
          verificationId: verification.id,
          activityId: activity.id,
          strategyId: activity.strategyId,
          passed,
          unmet,
          raisedNonconformityIds: raised,
          closedNonconformityIds: closed,
          stillOpenNonconformityIds: [...open.values()].filter((n) => !closed.includes(n.id)).map((n) => n.id),
        },
      },
    });
    await uow.recordMany(changes);
    return verification;
  });
}

async function createAction(tx: EntityManager, ctx: Context, nc: Nonconformity, input: QualityActionInput) {
  return tx.save(
    tx.create(QualityAction, {
      secretariatCode: nc.secretariatCode,
      nonconformityId: nc.id,
      kind: input.kind,
      description: input.description.trim(),
      owner: input.owner.trim(),
      dueOn: input.dueOn,
      status: QualityActionStatus.OPEN,
      createdBy: callerOf(ctx).subject,
    }),
  );
}

// ---------------------------------------------------------------- nonconformities and actions

async function lockedNonconformity(ctx: Context, tx: EntityManager, id: string) {
  const nc = isUuid(id) ? await tx.findOne(Nonconformity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
  return scopeOf(ctx).visible(nc, 'Nonconformity', id, (n) => ({ secretariat: n.secretariatCode }));
}

/** Another action for an open nonconformity (INVALID_STATE once closed). */
export async function addAction(ctx: Context, nonconformityId: string, input: QualityActionInput) {
  return unitOfWork(ctx, async (uow) => {
    const nc = await lockedNonconformity(ctx, uow.tx, nonconformityId);
    if (nc.status !== NonconformityStatus.OPEN) throw invalidState('The nonconformity is closed; actions are planned while it is open');
    const action = await createAction(uow.tx, ctx, nc, input);
    await uow.record({ operation: 'addQualityAction', entity: 'QualityAction', entityId: action.id, secretariat: nc.secretariatCode, change: { nonconformityId: nc.id, kind: action.kind, owner: action.owner, dueOn: action.dueOn } });
    return action;
  });
}

/**
 * The owner reports an action done. This does not close the nonconformity: only a later verification that finds the
 * requirement met does. Rules: the action is OPEN (INVALID_STATE); doneOn is not in the future (BAD_USER_INPUT).
 */
export async function completeAction(ctx: Context, id: string, input: CompleteQualityActionInput) {
  // Every problem at once: the input's own (e.g. notes too short) and the date rule.
  const found = takeDeferredViolations(input);
  if (!hasViolation(found, 'input.doneOn') && input.doneOn > todayInColombia()) found.push({ field: 'input.doneOn', message: 'doneOn cannot be in the future' });
  assertNoViolations(found);
  return unitOfWork(ctx, async (uow) => {
    const action = isUuid(id) ? await uow.tx.findOne(QualityAction, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    const found = scopeOf(ctx).visible(action, 'QualityAction', id, (a) => ({ secretariat: a.secretariatCode }));
    if (found.status !== QualityActionStatus.OPEN) throw invalidState(`The action is already ${found.status}`);
    found.status = QualityActionStatus.DONE;
    found.doneOn = input.doneOn;
    found.doneNotes = input.notes.trim();
    const saved = await uow.tx.save(found);
    await uow.record({ operation: 'completeQualityAction', entity: 'QualityAction', entityId: id, secretariat: found.secretariatCode, change: { status: { from: 'OPEN', to: 'DONE' }, doneOn: input.doneOn } });
    return saved;
  });
}

export async function getNonconformity(ctx: Context, id: string) {
  const nc = isUuid(id) ? await ctx.runtime.db.manager.findOneBy(Nonconformity, { id }) : null;
  return scopeOf(ctx).visible(nc, 'Nonconformity', id, (n) => ({ secretariat: n.secretariatCode }));
}

/** Nonconformities, by id (a stable order; filter by status or activity). */
export async function listNonconformities(ctx: Context, args: NonconformitiesArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = ctx.runtime.db.getRepository(Nonconformity).createQueryBuilder('n');
  scope.apply(qb, 'n.secretariat_code', 'none');
  if (args.status) qb.andWhere('n.status = :status', { status: args.status });
  if (args.activityId) qb.andWhere('n.activity_id = :activity', { activity: args.activityId });
  return keysetPage(qb, 'n.id', (n) => n.id, args);
}

/**
 * Open corrective and preventive actions past their due date (vencidas) as of a date (default today in Colombia), by
 * due date then id; actions of closed nonconformities are never open.
 */
export async function listOverdueActions(ctx: Context, args: OverdueQualityActionsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const asOf = args.asOf ?? todayInColombia();
  const qb = ctx.runtime.db
    .getRepository(QualityAction)
    .createQueryBuilder('q')
    .where('q.status = :open AND q.due_on < :asOf', { open: QualityActionStatus.OPEN, asOf });
  scope.apply(qb, 'q.secretariat_code', 'none');
  return keysetPageBy(qb, [
    { column: 'q.due_on', of: (q) => q.dueOn, kind: 'date' },
    { column: 'q.id', of: (q) => q.id, kind: 'uuid' },
  ], args);
}
