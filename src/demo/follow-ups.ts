import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { submitStrategy, updateActivity } from '../modules/strategy/strategy.service';
import { approveStrategy, recordImprovementAction } from '../modules/strategy/alignment.service';
import { recordSession } from '../modules/execution/session.service';
import { SessionMode, SessionStatus } from '../modules/execution/session.enums';
import type { AssistanceSessionInput } from '../modules/execution/session.inputs';
import {
  addCoachingNote,
  recordActionProgress,
  recordCorrectiveAction,
  recordIndicatorMeasurement,
  recordSelfEvaluation,
  replyToCoachingNote,
} from '../modules/follow-ups/follow-up.service';
import { ImplementationLevel, PlanPartKind, ProgressStatus } from '../modules/follow-ups/follow-up.enums';
import { AssistanceModality } from '../modules/strategy/strategy.enums';
import * as seed from './seed';

/**
 * Secretariat 05001, activities 5–6: the unaligned activity gets its improvement action and PAM link, the strategy is
 * submitted and approved, and its execution starts (EXECUTION): sessions held, one cancelled, one rescheduled and one
 * still programmed (so the period status lists pending work); PMI follow-ups of the reviewed plans (progress with
 * evidence, measurements, a corrective action, a coaching note answered by the school, a self-evaluation).
 */
export async function loadFollowUpsDemo(runtime: Runtime): Promise<void> {
  const secretariat = seed.DEMO_SECRETARIAT;
  const period = String(new Date().getUTCFullYear());
  const today = new Date().toISOString().slice(0, 10);
  const notAfterToday = (d: string) => (d < today ? d : today);
  const professional = systemContext(runtime, { subject: 'demo:profesional-mejoramiento', role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  const leader = systemContext(runtime, { subject: 'demo:lider-calidad', role: Role.QUALITY_LEADER, secretariat });
  const staff = systemContext(runtime, { subject: 'demo:tecnico-calidad', role: Role.QUALITY_STAFF, secretariat });
  const asSchool = (school: string) => systemContext(runtime, { subject: `demo:ee:${school}`, role: Role.SCHOOL, secretariat, school });

  const [strategy] = await runtime.db.query('SELECT id FROM assistance_strategy WHERE secretariat_code = $1 AND period = $2', [secretariat, period]);
  if (!strategy) return;
  const activities: { id: string; modality: string; school_danes: string[]; starts_on: string; support_plan_action_id: string | null }[] =
    await runtime.db.query(
      `SELECT id, modality, school_danes, to_char(starts_on, 'YYYY-MM-DD') AS starts_on, support_plan_action_id
         FROM assistance_activity WHERE strategy_id = $1 ORDER BY starts_on, id`,
      [strategy.id],
    );
  const pam: { id: string }[] = await runtime.db.query('SELECT id FROM support_plan_action WHERE secretariat_code = $1 AND period = $2 ORDER BY code', [
    secretariat,
    period,
  ]);
  // Activity 4 closed: the unaligned activity gets its improvement action, then its PAM action.
  for (const a of activities.filter((x) => !x.support_plan_action_id)) {
    await recordImprovementAction(leader, { activityId: a.id, what: 'Vincular la capacitación a la acción del PAM de formación', who: 'demo:profesional-mejoramiento', dueOn: `${period}-02-27` } as never);
    await updateActivity(professional, a.id, { supportPlanActionId: pam.at(-1)?.id ?? pam[0]?.id } as never);
  }
  await submitStrategy(professional, strategy.id);
  await approveStrategy(leader, strategy.id);

  const schools = (a: (typeof activities)[number]) => a.school_danes.map((d) => d.trim());
  const base = (a: (typeof activities)[number], school: string, scheduledOn: string): AssistanceSessionInput =>
    ({
      activityId: a.id,
      schoolDane: school,
      status: SessionStatus.PROGRAMMED,
      mode: a.modality === AssistanceModality.PUNCTUAL ? SessionMode.VIRTUAL : SessionMode.IN_PERSON,
      scheduledOn,
      staff: 'demo:tecnico-calidad, demo:profesional-mejoramiento',
      attendees: [],
      topics: '',
      agreements: '',
      commitments: [],
      nextSteps: '',
    }) as AssistanceSessionInput;
  const held = (input: AssistanceSessionInput, heldOn: string): AssistanceSessionInput => ({
    ...input,
    status: SessionStatus.HELD,
    heldOn: notAfterToday(heldOn),
    attendees: [
      { role: 'Rector(a)', count: 1, names: [] },
      { role: 'Comité de calidad', count: 4, names: [] },
    ],
    topics: 'Revisión del avance de las acciones del PMI y de la medición de sus indicadores',
    agreements: 'Actualizar evidencias de las acciones ejecutadas; medir el indicador de matemáticas al cierre del periodo',
    commitments: [{ description: 'Cargar las evidencias del primer semestre', responsible: 'Coordinación académica', dueOn: `${period}-07-31` }],
    nextSteps: 'Visita de seguimiento al cierre del semestre',
  });

  const heldSessions = new Map<string, string>();
  for (const [ai, a] of activities.entries()) {
    for (const [si, school] of schools(a).entries()) {
      const day = `${a.starts_on.slice(0, 8)}${String(10 + si).padStart(2, '0')}`;
      if (a.modality === AssistanceModality.TRAINING) {
        // The training is still to come for the first school and not yet programmed for the others: pending.
        if (si === 0) await recordSession(staff, base(a, school, day));
        continue;
      }
      if (ai === 1 && si === 0) {
        await recordSession(staff, { ...base(a, school, day), status: SessionStatus.CANCELLED, cancelReason: 'Jornada de paro docente' });
        continue;
      }
      const programmed = await recordSession(staff, base(a, school, day));
      if (si === 1) {
        const moved = await recordSession(staff, {
          ...base(a, school, day),
          replacesId: programmed.id,
          status: SessionStatus.RESCHEDULED,
          rescheduledTo: `${a.starts_on.slice(0, 8)}25`,
          cancelReason: 'Actividad institucional del establecimiento',
        });
        const s = await recordSession(staff, { ...held(base(a, school, day), `${a.starts_on.slice(0, 8)}25`), replacesId: moved.id });
        heldSessions.set(school, s.id);
        continue;
      }
      const s = await recordSession(staff, { ...held(base(a, school, day), day), replacesId: programmed.id });
      heldSessions.set(school, s.id);
    }
  }

  // PMI follow-ups of the plans reviewed (the school and the staff write theirs).
  const plans: { id: string; school_dane: string }[] = await runtime.db.query(
    `SELECT id, school_dane FROM improvement_plan WHERE secretariat_code = $1 AND period = $2 AND reviewed_version IS NOT NULL ORDER BY school_dane`,
    [secretariat, period],
  );
  for (const [pi, plan] of plans.entries()) {
    const school = plan.school_dane.trim();
    const ee = asSchool(school);
    const actions: { id: string }[] = await runtime.db.query('SELECT id FROM improvement_plan_action WHERE plan_id = $1 ORDER BY goal_id, position', [plan.id]);
    const indicators: { id: string; baseline: number }[] = await runtime.db.query(
      'SELECT id, baseline FROM improvement_plan_indicator WHERE plan_id = $1 ORDER BY goal_id, position',
      [plan.id],
    );
    const goals: { id: string }[] = await runtime.db.query('SELECT id FROM improvement_plan_goal WHERE plan_id = $1 ORDER BY position', [plan.id]);
    if (actions[0]) {
      await recordActionProgress(ee, { actionId: actions[0].id, status: ProgressStatus.IN_PROGRESS, percent: 40, note: 'Primer trimestre' });
      await recordActionProgress(ee, {
        actionId: actions[0].id,
        status: ProgressStatus.DONE,
        percent: 100,
        evidence: `https://sed.example/evidencias/${school}/acta-01.pdf`,
      });
    }
    if (actions[1]) await recordActionProgress(staff, { actionId: actions[1].id, status: pi % 2 ? ProgressStatus.DELAYED : ProgressStatus.IN_PROGRESS, percent: 30 + 10 * pi, note: 'Verificado en la visita' });
    for (const [ii, ind] of indicators.slice(0, 2).entries()) {
      await recordIndicatorMeasurement(ee, { indicatorId: ind.id, value: Number(ind.baseline) + 2 + ii, measuredOn: notAfterToday(`${period}-06-30`), source: 'Informe de periodo académico' });
    }
    const note = await addCoachingNote(staff, {
      planId: plan.id,
      partKind: indicators[0] ? PlanPartKind.INDICATOR : PlanPartKind.PLAN,
      partId: indicators[0]?.id ?? null,
      body: 'La meta del indicador es alcanzable; definan la fuente de verificación de cada medición.',
    });
    await replyToCoachingNote(ee, { noteId: note.id, body: 'Usaremos los informes de periodo y el SIMAT como fuente.' });
    if (pi === 0) {
      await recordCorrectiveAction(staff, {
        planId: plan.id,
        actionId: actions[1]?.id ?? null,
        indicatorId: null,
        sessionId: heldSessions.get(school) ?? null,
        description: 'Reprogramar la acción con un cronograma mensual y un responsable por sede',
        responsible: 'Coordinación académica',
        agreedOn: notAfterToday(`${period}-05-15`),
        dueOn: `${period}-08-31`,
      });
      await recordSelfEvaluation(ee, {
        planId: plan.id,
        evaluatedOn: notAfterToday(`${period}-06-30`),
        goalRatings: goals.map((g, gi) => ({
          goalId: g.id,
          level: gi === 0 ? ImplementationLevel.FULL : ImplementationLevel.LIMITED,
          evidence: gi === 0 ? 'Actas del comité de calidad' : null,
          comment: null,
        })),
        achievements: 'Plan de aula de matemáticas en ejecución en todos los grados',
        difficulties: 'Rotación de docentes en el primer semestre',
        adjustments: 'Ajustar la meta de convivencia al segundo semestre',
      });
    }
  }
}
