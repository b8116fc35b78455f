import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { DEMO_SCHOOLS, DEMO_SECRETARIAT } from './seed';
import { ingestSelfEvaluations } from '../inbound/d01-03-self-evaluation';
import { GUIA34_2008 } from '../modules/catalogue/catalogue.service';
import { ingestCharacterizations } from '../inbound/d01-04-characterization';
import { ingestSupportPlanActions } from '../inbound/d02-01-support-plan';
import { ingestPeiUpdates } from '../inbound/d02-02-pei';
import { ingestEducationModels } from '../inbound/c02-02-education-model';
import { ingestInspectionFindings, ingestSchoolRegimes } from '../inbound/f01-03-inspection';
import { ingestCurriculumChanges } from '../inbound/d02-05-curriculum';
import { type IngestionResult } from '../modules/inputs/ingestion-result';
import { InfrastructureCondition, Saber11Category, SaberSubject } from '../modules/inputs/inputs.enums';

/**
 * Demo inputs from every source subprocess for the 12 demo schools, loaded through the same services as sibling
 * systems. Chosen so that the needs rules fire for some schools and not others:
 * - low self-evaluation (components at 1–2): 105001000011, 205001000019, 305001000039, 405001000029;
 * - low SABER (Saber 11 C/D, ≥25% insuficiente): 105001000011 (C), 205001000019 (D), 405001000029 (C);
 * - F01.03 findings: 305001000039 and 405001000029 (régimen controlado), 105001000045;
 * - PEI changes: 105001000011, 205001000019; a new model: 205001000027; a curriculum change: 105001000037.
 * Everything else scores well (3–4, Saber 11 A+/A/B).
 */
const LOW_SELF_EVALUATION = new Set(['105001000011', '205001000019', '305001000039', '405001000029']);
const SABER11: Record<string, Saber11Category> = {
  '105001000011': Saber11Category.C,
  '105001000029': Saber11Category.B,
  '105001000037': Saber11Category.B,
  '105001000045': Saber11Category.A,
  '205001000019': Saber11Category.D,
  '205001000027': Saber11Category.B,
  '305001000012': Saber11Category.A_PLUS,
  '305001000021': Saber11Category.A,
  '305001000039': Saber11Category.B,
  '405001000029': Saber11Category.C,
};
const TS = new Date('2026-03-01T12:00:00Z');
const EVIDENCE = ['', 'Sin evidencia documentada', 'Documento elaborado, poco conocido por la comunidad', 'Socializado y aplicado', 'Evaluado y mejorado cada año'];

function check(what: string, r: IngestionResult) {
  if (r.rejected > 0) {
    const first = r.items.find((i) => i.status === 'REJECTED');
    throw new Error(`demo ${what}: ${r.rejected} items rejected (${first?.field}: ${first?.message})`);
  }
}

/** Demo step (registered in seed.ts); reads DEMO_SCHOOLS at call time, so the circular import is harmless. */
export async function loadDemoInputs(runtime: Runtime): Promise<void> {
  const ctx = systemContext(runtime, {
    subject: 'system:demo-data',
    role: Role.IMPROVEMENT_PROFESSIONAL,
    secretariat: DEMO_SECRETARIAT,
    client: 'pmi-hub-demo',
  });
  const schools = DEMO_SCHOOLS.map((s) => s[0] as string);
  const components = GUIA34_2008.processes.flatMap((p) => p.components.map((c) => c.code));

  // D01.03: every Guía 34 component for 2026.
  const scores = schools.flatMap((dane, s) =>
    components.map((code, c) => {
      const low = LOW_SELF_EVALUATION.has(dane) && (c + s) % 4 === 0;
      const score = low ? ((c + s) % 8 === 0 ? 1 : 2) : 3 + ((c + s) % 3 === 0 ? 1 : 0);
      return { daneCode: dane, year: '2026', componentCode: code, score, evidence: EVIDENCE[score], sourceTimestamp: TS };
    }),
  );
  check('D01.03', await ingestSelfEvaluations(ctx, { items: scores }));

  // D01.04: 2025 characterization with Saber results.
  const characterizations = schools.map((dane, s) => {
    const cat = SABER11[dane] ?? null;
    const low = cat === Saber11Category.C || cat === Saber11Category.D;
    const levels = (bias: number) => (low ? [30 + bias, 38, 24 - bias, 8] : [8 + bias, 30, 44 - bias, 18]);
    const saberResults = [
      [3, SaberSubject.LANGUAGE],
      [5, SaberSubject.MATHEMATICS],
      [9, SaberSubject.MATHEMATICS],
      [9, SaberSubject.LANGUAGE],
    ].map(([grade, subject], i) => {
      const [insufficient, minimum, satisfactory, advanced] = levels(i);
      return { grade: grade as number, subject: subject as SaberSubject, insufficient, minimum, satisfactory, advanced };
    });
    const rural = dane.startsWith('2') || dane.startsWith('4');
    return {
      daneCode: dane,
      year: '2025',
      enrolment: rural ? 180 + s * 20 : 700 + s * 60,
      saber11Category: cat,
      saberResults,
      dropoutRate: low ? 7.5 : 2.1,
      repetitionRate: low ? 5.2 : 1.8,
      infrastructureCondition: dane === '205001000019' ? InfrastructureCondition.CRITICAL : rural ? InfrastructureCondition.POOR : InfrastructureCondition.GOOD,
      infrastructureNeeds: dane === '205001000019' ? ['Muro de contención', 'Baterías sanitarias'] : rural ? ['Conectividad'] : [],
      sourceTimestamp: TS,
    };
  });
  check('D01.04', await ingestCharacterizations(ctx, { items: characterizations }));

  // D02.01: the secretariat's PAM for 2026.
  const action = (lineCode: string, lineName: string, code: string, name: string, indicator: [string, number, number, string], task: string) => ({
    period: '2026',
    lineCode,
    lineName,
    code,
    name,
    startDate: '2026-02-01',
    endDate: '2026-11-30',
    indicators: [{ name: indicator[0], baseline: indicator[1], target: indicator[2], unit: indicator[3] }],
    tasks: [{ description: task, responsible: 'Profesional de mejoramiento', dueDate: '2026-06-30' }],
    sourceTimestamp: TS,
  });
  check(
    'D02.01',
    await ingestSupportPlanActions(ctx, {
      items: [
        action('L1', 'Gestión escolar y PMI', 'PAM-01', 'Asistencia técnica integral para la formulación de PMI', ['EE con PMI pertinente', 45, 85, '%'], 'Taller de autoevaluación con Guía 34'),
        action('L1', 'Gestión escolar y PMI', 'PAM-02', 'Seguimiento a la ejecución de los PMI', ['PMI con seguimiento semestral', 30, 90, '%'], 'Visitas de seguimiento'),
        action('L2', 'Mejoramiento de aprendizajes', 'PAM-03', 'Acompañamiento a EE con bajo desempeño en Saber', ['EE que salen de categoría D', 0, 1, 'establecimientos'], 'Plan de acompañamiento situado'),
        action('L2', 'Mejoramiento de aprendizajes', 'PAM-04', 'Formación docente en evaluación formativa', ['Docentes formados', 0, 120, 'docentes'], 'Diplomado en evaluación'),
        action('L3', 'Inspección y vigilancia', 'PAM-05', 'Apoyo a EE privados en régimen controlado', ['EE en régimen controlado con PMI aprobado', 0, 2, 'establecimientos'], 'Mesas de trabajo con rectores'),
      ],
    }),
  );

  // D02.02, C02.02, D02.05: changes at schools.
  check(
    'D02.02',
    await ingestPeiUpdates(ctx, {
      items: [
        { externalId: 'PEI-2026-0011', daneCode: '105001000011', changeType: 'UPDATED' as never, date: '2026-02-20', summary: 'Resignificación del PEI con enfoque de educación inclusiva', sourceTimestamp: TS },
        { externalId: 'PEI-2026-0019', daneCode: '205001000019', changeType: 'ADJUSTED' as never, date: '2026-03-05', summary: 'Ajuste del componente pedagógico: media técnica agropecuaria', sourceTimestamp: TS },
      ],
    }),
  );
  check(
    'C02.02',
    await ingestEducationModels(ctx, {
      items: [{ externalId: 'MEF-2026-027', daneCode: '205001000027', modelName: 'Escuela Nueva', date: '2026-02-02', notes: 'Implementación en las sedes rurales', sourceTimestamp: TS }],
    }),
  );
  check(
    'D02.05',
    await ingestCurriculumChanges(ctx, {
      items: [
        {
          externalId: 'PE-2026-037',
          daneCode: '105001000037',
          date: '2026-01-25',
          summary: 'Incorporación de la cátedra de la paz y educación ambiental',
          areas: ['Ciencias sociales', 'Ciencias naturales y educación ambiental'],
          sourceTimestamp: TS,
        },
      ],
    }),
  );

  // F01.03: findings with the actions the PMI must include, and the regimes (as in the registry).
  check(
    'F01.03',
    await ingestInspectionFindings(ctx, {
      items: [
        {
          externalId: 'IV-2026-101',
          daneCode: '305001000039',
          date: '2026-03-12',
          area: 'DIRECTIVE' as never,
          description: 'Manual de convivencia sin actualizar a la Ley 1620 de 2013',
          actions: [
            { externalId: 'IV-2026-101-C1', type: 'CORRECTIVE' as never, description: 'Actualizar y adoptar el manual de convivencia', dueDate: '2026-06-30' },
            { externalId: 'IV-2026-101-P1', type: 'PREVENTIVE' as never, description: 'Revisión anual del manual con el consejo directivo', dueDate: '2026-12-15' },
          ],
          sourceTimestamp: TS,
        },
        {
          externalId: 'IV-2026-102',
          daneCode: '405001000029',
          date: '2026-03-18',
          area: 'ADMINISTRATIVE_FINANCIAL' as never,
          description: 'Costos educativos cobrados sin resolución de aprobación',
          actions: [{ externalId: 'IV-2026-102-C1', type: 'CORRECTIVE' as never, description: 'Tramitar la resolución de costos', dueDate: '2026-05-31' }],
          sourceTimestamp: TS,
        },
        {
          externalId: 'IV-2026-103',
          daneCode: '105001000045',
          date: '2026-04-02',
          area: 'ACADEMIC' as never,
          description: 'Plan de estudios sin la intensidad horaria mínima en ciencias naturales',
          actions: [{ externalId: 'IV-2026-103-C1', type: 'CORRECTIVE' as never, description: 'Ajustar la intensidad horaria', dueDate: '2026-07-31' }],
          sourceTimestamp: TS,
        },
      ],
    }),
  );
  check(
    'F01.03 regimes',
    await ingestSchoolRegimes(ctx, {
      items: DEMO_SCHOOLS.filter((s) => s[4] !== null).map((s) => ({ daneCode: s[0], regime: s[4] as never, year: '2026', sourceTimestamp: TS })),
    }),
  );
}

