import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { DomainError } from '../common/errors';
import { AssistanceModality } from '../modules/strategy/strategy.enums';
import { ObjectivesMet } from '../modules/assistance-evaluation/assistance-evaluation.enums';
import { DEFAULT_CRITERIA, consolidate, reviewConsolidation, setSettings, submitEvaluation } from '../modules/assistance-evaluation/assistance-evaluation.service';
import { DEFAULT_REQUIREMENTS, recordVerification, addAction } from '../modules/verification/verification.service';
import { QualityActionKind } from '../modules/verification/verification.enums';
import { CURRENT_SESSION_SQL } from '../modules/execution/session.service';
import * as seed from './seed';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 - 5 * 3600_000).toISOString().slice(0, 10);

/**
 * Secretariat 05001, activities 7–8, on the activities of the demo strategy:
 * - the schools evaluate the activities they received (two of the punctual activity's ratings of materials are low);
 * - the leader then closes the window (plazo máximo = the moment after the last submission), so one late submission
 *   is refused with INVALID_STATE / DEADLINE_PASSED (logged as "demo: late evaluation refused");
 * - the consolidation is computed and reviewed by the leader;
 * - the punctual activity is verified: "Materiales entregados" unmet → a nonconformity with a corrective action
 *   (already overdue) and a preventive one; the integral activity passes.
 * Only schools with a held session (activity 5, recorded by the follow-up demo) evaluate.
 */
export async function loadEvaluationDemo(runtime: Runtime): Promise<void> {
  const secretariat = seed.DEMO_SECRETARIAT;
  const period = String(new Date().getUTCFullYear());
  const leader = systemContext(runtime, { subject: 'demo:lider-calidad', role: Role.QUALITY_LEADER, secretariat });
  const staff = systemContext(runtime, { subject: 'demo:tecnico-calidad', role: Role.QUALITY_STAFF, secretariat });
  const school = (dane: string) => systemContext(runtime, { subject: `demo:ee:${dane}`, role: Role.SCHOOL, secretariat, school: dane });

  const activities: { id: string; modality: AssistanceModality; held: string[] }[] = await runtime.db.query(
    `SELECT a.id, a.modality,
            coalesce(array_agg(DISTINCT trim(s.school_dane)) FILTER (WHERE s.id IS NOT NULL), '{}') AS held
       FROM assistance_activity a JOIN assistance_strategy st ON st.id = a.strategy_id
       LEFT JOIN assistance_session s ON s.activity_id = a.id AND s.status = 'HELD' AND ${CURRENT_SESSION_SQL}
      WHERE st.secretariat_code = $1 AND st.period = $2 AND a.status <> 'CANCELLED'
      GROUP BY a.id ORDER BY min(a.starts_on), a.id`,
    [secretariat, period],
  );
  const integral = activities.find((a) => a.modality === AssistanceModality.INTEGRAL && a.held.length > 0);
  const punctual = activities.find((a) => a.modality === AssistanceModality.PUNCTUAL && a.held.length > 0);
  const received = [integral, punctual].filter((a): a is NonNullable<typeof a> => !!a);
  if (!received.length) return;

  await setSettings(leader, { period, deadline: new Date(Date.now() + 3600_000).toISOString(), criteria: null });
  const ratings = (base: number, materials: number) => DEFAULT_CRITERIA.map((c) => ({ criterion: c.code, score: c.code === 'MATERIALS' ? materials : base }));
  const late: { activityId: string; dane: string }[] = [];
  for (const a of received) {
    const danes = [...a.held].sort();
    // The last school of each activity does not answer in time.
    late.push({ activityId: a.id, dane: danes[danes.length - 1] });
    for (const [i, dane] of danes.slice(0, -1).entries()) {
      const poorMaterials = a === punctual && i < 2;
      await submitEvaluation(school(dane), {
        activityId: a.id,
        ratings: ratings(i % 3 === 2 ? 3 : 4 + (i % 2), poorMaterials ? 2 : 4),
        objectivesMet: poorMaterials ? ObjectivesMet.PARTLY : ObjectivesMet.YES,
        comments: poorMaterials ? 'Las guías de trabajo no llegaron a tiempo' : i === 0 ? 'Acompañamiento útil para ajustar las metas del PMI' : '',
      });
    }
  }
  // The leader closes the window now: every evaluation above was on time; the next one is late.
  await setSettings(leader, { period, deadline: new Date().toISOString(), criteria: null });
  try {
    await submitEvaluation(school(late[0].dane), { activityId: late[0].activityId, ratings: ratings(5, 5), objectivesMet: ObjectivesMet.YES, comments: 'Enviada tarde' });
  } catch (e) {
    if (!(e instanceof DomainError) || e.extensions.reason !== 'DEADLINE_PASSED') throw e;
    runtime.logger.info({ school: late[0].dane, reason: e.extensions.reason }, 'demo: late evaluation refused');
  }
  await consolidate(staff, period);
  await reviewConsolidation(leader, period, 'Satisfacción general buena; la entrega de materiales de la asesoría puntual es el punto débil (ver no conformidad).');

  const result = (code: string, met: boolean) => ({ requirementCode: code, met, evidence: met ? `Verificado: ${code}` : 'Las guías de trabajo se entregaron después de la sesión', finding: null, action: null });
  if (punctual) {
    const v = await recordVerification(leader, {
      activityId: punctual.id,
      notes: 'Verificación según la ficha técnica N01.05.F01',
      results: DEFAULT_REQUIREMENTS.map((r) =>
        r.code === 'MATERIALS'
          ? {
              ...result(r.code, false),
              finding: 'Los materiales no se entregaron a los EE antes de la sesión',
              action: { kind: QualityActionKind.CORRECTIVE, description: 'Entregar las guías impresas a cada EE con acta de recibo', owner: 'demo:tecnico-calidad', dueOn: day(-10) },
            }
          : result(r.code, true),
      ),
    });
    const [nc]: { id: string }[] = await runtime.db.query('SELECT id FROM nonconformity WHERE verification_id = $1', [v.id]);
    await addAction(leader, nc.id, {
      kind: QualityActionKind.PREVENTIVE,
      description: 'Enviar los materiales con una semana de anticipación en toda asesoría',
      owner: 'demo:profesional-mejoramiento',
      dueOn: day(30),
    });
  }
  if (integral) {
    await recordVerification(leader, { activityId: integral.id, notes: '', results: DEFAULT_REQUIREMENTS.map((r) => result(r.code, true)) });
  }
}
