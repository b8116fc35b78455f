import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import * as seed from './seed';
import * as consolidated from '../modules/reports/consolidated-report.service';
import * as results from '../modules/reports/pmi-results.service';
import * as irregularities from '../modules/irregularities/irregularity.service';

/**
 * Demo of activities 9–10 in 05001: the period's consolidated report generated, analysed and published (every consumer
 * receives its part; I02.04 the schools with infrastructure needs), the PMI results published to the Ministry, and the
 * year's F01.03.F01 drafted from the evidence, reviewed by the leader (one school added with its reason) and signed.
 */
export async function loadReportsDemo(runtime: Runtime): Promise<void> {
  const secretariat = seed.DEMO_SECRETARIAT;
  const period = String(new Date().getUTCFullYear());
  const leader = systemContext(runtime, { subject: 'demo:lider-calidad', role: Role.QUALITY_LEADER, secretariat });
  const professional = systemContext(runtime, { subject: 'demo:profesional-mejoramiento', role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });

  const report = await consolidated.generateReport(professional, period);
  const f = report.figures;
  await consolidated.updateAnalysis(
    professional,
    report.id,
    `Se acompañaron ${f.coverage.accompanied} de ${f.coverage.planned} establecimientos programados. ` +
      `Las necesidades se concentran en la gestión académica; se recomienda a D02.01 mantener la línea de acompañamiento integral ` +
      `y a I02.04 priorizar las sedes con planta física en mal estado.`,
  );
  await consolidated.publishReport(leader, report.id);
  await results.publishResults(leader, period);

  const draft = await irregularities.draftReport(professional, period);
  const listed = await irregularities.schoolsOf(leader, draft, true);
  if (listed.length === 0) {
    // The demo holds one year of history, short of the two consecutive periods the rule asks: the leader adds a school.
    const [candidate] = await runtime.db.query(
      `SELECT p.school_dane FROM improvement_plan p WHERE p.secretariat_code = $1 AND p.period = $2
          AND NOT (p.status = 'REVIEWED' AND coalesce(p.pertinent, false)) ORDER BY p.school_dane LIMIT 1`,
      [secretariat, period],
    );
    const dane: string = candidate?.school_dane ?? seed.DEMO_SCHOOLS[0][0];
    await irregularities.addSchool(
      leader,
      draft.id,
      dane,
      'Sin PMI pertinente tras el acompañamiento, y el mismo indicio consta en el informe de visita del año anterior (anterior al hub).',
    );
  }
  await irregularities.signReport(leader, draft.id, 'Líder de Calidad Educativa (demo)');
}
