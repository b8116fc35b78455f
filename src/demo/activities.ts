import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { identifyNeeds } from '../modules/needs/needs.service';
import { createStrategy, programActivity } from '../modules/strategy/strategy.service';
import { AssistanceModality } from '../modules/strategy/strategy.enums';
import * as seed from './seed';

/**
 * Secretariat 05001, activities 2–4: needs identified from the demo inputs, a draft strategy with the schools
 * classified, and three programmed activities — two linked to PAM actions, one not yet (so the alignment check has
 * something to show).
 */
export async function loadActivitiesDemo(runtime: Runtime): Promise<void> {
  const secretariat = seed.DEMO_SECRETARIAT;
  const period = String(new Date().getUTCFullYear());
  const professional = systemContext(runtime, { subject: 'demo:profesional-mejoramiento', role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  await identifyNeeds(professional, period);
  const strategy = await createStrategy(professional, period);
  const classified: { school_dane: string; modality: string }[] = await runtime.db.query(
    'SELECT school_dane, modality FROM school_classification WHERE strategy_id = $1 ORDER BY mandatory DESC, school_dane',
    [strategy.id],
  );
  const pam: { id: string }[] = await runtime.db.query(
    'SELECT id FROM support_plan_action WHERE secretariat_code = $1 AND period = $2 ORDER BY code',
    [secretariat, period],
  );
  const integral = classified.filter((c) => c.modality === AssistanceModality.INTEGRAL).map((c) => c.school_dane.trim());
  const punctual = classified.filter((c) => c.modality !== AssistanceModality.INTEGRAL).map((c) => c.school_dane.trim());
  const common = { resources: 'Transporte, guía de acompañamiento', tasks: [{ description: 'Acta de la visita', dueOn: null, done: false }] };
  if (integral.length) {
    await programActivity(professional, strategy.id, {
      ...common,
      title: 'Acompañamiento integral a la ejecución del PMI',
      modality: AssistanceModality.INTEGRAL,
      method: 'Visita in situ y mesa de trabajo con el comité de calidad',
      schoolDanes: integral,
      startsOn: `${period}-03-02`,
      endsOn: `${period}-06-26`,
      responsible: 'demo:tecnico-calidad',
      supportPlanActionId: pam[0]?.id ?? null,
    });
  }
  if (punctual.length) {
    await programActivity(professional, strategy.id, {
      ...common,
      title: 'Asesoría puntual en seguimiento de indicadores',
      modality: AssistanceModality.PUNCTUAL,
      method: 'Sesión virtual',
      schoolDanes: punctual,
      startsOn: `${period}-04-06`,
      endsOn: `${period}-04-17`,
      responsible: 'demo:profesional-mejoramiento',
      supportPlanActionId: pam[1]?.id ?? pam[0]?.id ?? null,
    });
  }
  await programActivity(professional, strategy.id, {
    ...common,
    title: 'Capacitación en autoevaluación institucional (Guía 34)',
    modality: AssistanceModality.TRAINING,
    method: 'Taller presencial',
    schoolDanes: [...integral, ...punctual].slice(0, 6),
    startsOn: `${period}-08-03`,
    endsOn: `${period}-08-07`,
    responsible: 'demo:profesional-mejoramiento',
    supportPlanActionId: null,
  });
}
