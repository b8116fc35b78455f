import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { ManagementArea } from '../common/management-area';
import { periodEnd, periodStart } from '../common/period';
import * as seed from './seed';
import { openWindow } from '../modules/improvement-plans/modification-window.service';
import { registerPlan, reviewPlan, submitPlan, updatePlan } from '../modules/improvement-plans/improvement-plan.service';
import type { RegisterImprovementPlanInput } from '../modules/improvement-plans/improvement-plan.inputs';
import { IndicatorFrequency, PlanActionStatus } from '../modules/improvement-plans/improvement-plan.enums';
import { registerRequest, updateRequestStatus } from '../modules/support-requests/support-request.service';
import { SupportRequestStatus } from '../modules/support-requests/support-request.enums';

const { DIRECTIVE, ACADEMIC, ADMINISTRATIVE_FINANCIAL, COMMUNITY } = ManagementArea;

/** What each demo school has done with its PMI this year (index into DEMO_SCHOOLS). */
type PlanState = 'MISSING' | 'DRAFT' | 'SUBMITTED' | 'PERTINENT' | 'NOT_PERTINENT' | 'FIXED_AND_RESUBMITTED' | 'APPROVED_THEN_CHANGED';
const STATES: PlanState[] = [
  'PERTINENT', // IE La Esperanza
  'NOT_PERTINENT', // IE San Javier del Valle
  'FIXED_AND_RESUBMITTED', // IE Débora Arango Pérez: v1 not pertinent, v2 submitted
  'SUBMITTED', // IE Manuel Uribe Ángel
  'DRAFT', // IER Santa Elena
  'APPROVED_THEN_CHANGED', // IER Palmitas: v1 pertinent, v2 draft
  'MISSING', // CER San Cristóbal
  'PERTINENT', // Colegio Los Andes (answers an F01.03 action)
  'DRAFT', // Colegio San Marcos
  'MISSING', // Gimnasio El Poblado (régimen controlado, no PMI yet)
  'SUBMITTED', // Colegio Campestre Altavista
  'NOT_PERTINENT', // Liceo Rural La Loma (régimen controlado)
];

function planContent(period: string, i: number): Omit<RegisterImprovementPlanInput, 'period' | 'daneCode'> {
  const rural = i >= 4 && i <= 6;
  return {
    criticalFactors: [
      { area: ACADEMIC, description: 'Resultados Saber 11 en matemáticas por debajo del promedio de la ETC', urgency: 5, trend: 4, impact: 5 },
      {
        area: COMMUNITY,
        description: rural ? 'Deserción en la sede rural por distancia y trabajo en cosecha' : 'Casos de convivencia escolar en aumento en básica secundaria',
        urgency: 4,
        trend: 3,
        impact: 4,
      },
      { area: DIRECTIVE, description: 'El PEI no ha sido actualizado desde 2019', urgency: 2, trend: 2, impact: 3 },
    ],
    objectives: [
      { area: ACADEMIC, description: 'Fortalecer las competencias matemáticas de los estudiantes de la media' },
      { area: COMMUNITY, description: rural ? 'Aumentar la permanencia escolar en la sede rural' : 'Mejorar el clima escolar y la convivencia' },
    ],
    goals: [
      {
        area: ACADEMIC,
        description: `Reducir al 20 % los estudiantes en nivel insuficiente en matemáticas en ${period}`,
        indicators: [
          { name: 'Estudiantes de grado 11 en nivel insuficiente en matemáticas', baseline: 31 + i, target: 20, unit: '%', frequency: IndicatorFrequency.ANNUAL },
          { name: 'Docentes de matemáticas formados en evaluación por competencias', baseline: 1, target: 4, unit: 'docentes', frequency: IndicatorFrequency.SEMIANNUAL },
        ],
        actions: [
          {
            description: 'Plan de nivelación en matemáticas para grados 10 y 11',
            responsible: 'Coordinación académica',
            startDate: `${period}-02-02`,
            endDate: `${period}-11-27`,
            resources: 'Docentes del área, guías del programa Todos a Aprender',
            status: PlanActionStatus.IN_PROGRESS,
          },
          {
            description: 'Simulacros tipo Saber 11 con análisis de resultados por competencia',
            responsible: 'Jefatura del área de matemáticas',
            startDate: `${period}-03-02`,
            endDate: `${period}-09-30`,
            resources: 'Cuadernillos, sala de informática',
            status: PlanActionStatus.NOT_STARTED,
          },
        ],
      },
      {
        area: COMMUNITY,
        description: rural ? 'Reducir la deserción de la sede rural al 3 %' : 'Reducir en 30 % las situaciones tipo II de convivencia',
        indicators: [
          rural
            ? { name: 'Tasa de deserción intraanual', baseline: 6.5, target: 3, unit: '%', frequency: IndicatorFrequency.QUARTERLY }
            : { name: 'Situaciones tipo II registradas', baseline: 40, target: 28, unit: 'casos', frequency: IndicatorFrequency.QUARTERLY },
        ],
        actions: [
          {
            description: rural ? 'Visitas a familias de estudiantes con inasistencia reiterada' : 'Escuela de padres sobre convivencia y resolución de conflictos',
            responsible: 'Orientación escolar',
            startDate: `${period}-02-16`,
            endDate: `${period}-11-13`,
            resources: rural ? 'Transporte, docente orientador' : 'Auditorio, material impreso',
            status: PlanActionStatus.NOT_STARTED,
          },
        ],
      },
      {
        area: ADMINISTRATIVE_FINANCIAL,
        description: 'Ejecutar el 100 % del plan de mantenimiento de la planta física',
        indicators: [{ name: 'Ejecución del plan de mantenimiento', baseline: 45, target: 100, unit: '%', frequency: IndicatorFrequency.SEMIANNUAL }],
        actions: [
          {
            description: 'Reparación de baterías sanitarias y cubierta del bloque 2',
            responsible: 'Rectoría y pagaduría',
            startDate: `${period}-04-01`,
            endDate: `${period}-08-31`,
            resources: 'Fondo de servicios educativos',
            status: PlanActionStatus.NOT_STARTED,
            // Colegio Los Andes answers a corrective action from the F01.03 control visit.
            inspectionActionRef: i === 7 ? `F0103-${period}-AC-0012` : null,
          },
        ],
      },
    ],
    communication: 'Socialización en consejo directivo y asamblea general de padres; publicación en la cartelera y la página web institucional',
  };
}

/** Secretariat 05001: an open window for the current year, PMIs in every state, and a few support requests. */
export async function loadPlansDemo(runtime: Runtime): Promise<void> {
  const secretariat = seed.DEMO_SECRETARIAT;
  const period = String(new Date().getUTCFullYear());
  const leader = systemContext(runtime, { subject: 'demo:lider-calidad', role: Role.QUALITY_LEADER, secretariat });
  const professional = systemContext(runtime, { subject: 'demo:profesional-mejoramiento', role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  const staff = systemContext(runtime, { subject: 'demo:tecnico-calidad', role: Role.QUALITY_STAFF, secretariat });
  const citizen = systemContext(runtime, { subject: 'demo:atencion-ciudadano', role: Role.CITIZEN_SERVICE, secretariat });
  const asSchool = (school: string) => systemContext(runtime, { subject: `demo:ee:${school}`, role: Role.SCHOOL, secretariat, school });

  await openWindow(leader, { period, opensAt: periodStart(period), closesAt: periodEnd(period) });

  for (const [i, [daneCode]] of seed.DEMO_SCHOOLS.entries()) {
    const state = STATES[i];
    if (state === 'MISSING') continue;
    const ctx = asSchool(daneCode);
    const plan = await registerPlan(ctx, { period, daneCode, ...planContent(period, i) } as RegisterImprovementPlanInput);
    if (state === 'DRAFT') continue;
    await submitPlan(ctx, plan.id);
    if (state === 'SUBMITTED') continue;
    const pertinent = state === 'PERTINENT' || state === 'APPROVED_THEN_CHANGED';
    await reviewPlan(professional, plan.id, {
      pertinent,
      version: 1,
      observations: pertinent
        ? { general: 'El plan es pertinente: los factores críticos responden a la autoevaluación y las metas son medibles.' }
        : {
            goals: 'La meta de convivencia no tiene línea base verificable.',
            indicators: 'Falta el indicador de seguimiento de la meta de planta física.',
            actions: 'Las acciones no tienen recursos asignados en el presupuesto del FSE.',
            general: 'No pertinente: ajustar metas e indicadores y volver a radicar.',
          },
    });
    if (state === 'FIXED_AND_RESUBMITTED') {
      await updatePlan(ctx, plan.id, {
        criticalFactors: null,
        communication: 'Socialización en consejo directivo, consejo de padres y emisora escolar; informe trimestral a la comunidad',
      });
      await submitPlan(ctx, plan.id);
    }
    if (state === 'APPROVED_THEN_CHANGED') {
      await updatePlan(ctx, plan.id, {
        objectives: [
          { area: ACADEMIC, description: 'Fortalecer las competencias matemáticas y lectoras de los estudiantes de la media' },
          { area: COMMUNITY, description: 'Aumentar la permanencia escolar en la sede rural' },
        ],
      });
    }
  }

  const school = (i: number) => seed.DEMO_SCHOOLS[i][0];
  await registerRequest(asSchool(school(6)), {
    daneCode: school(6),
    subject: 'Apoyo para formular el PMI',
    area: DIRECTIVE,
    description: 'El centro educativo rural no ha podido formular su PMI: solicita acompañamiento para la autoevaluación y la priorización.',
    requesterName: 'Director rural',
  });
  await registerRequest(citizen, {
    daneCode: school(9),
    subject: 'Queja de padres por el manual de convivencia',
    area: COMMUNITY,
    description: 'Padres de familia radicaron una queja porque el manual de convivencia no ha sido actualizado ni socializado.',
    requesterName: 'Asociación de padres de familia',
    filingNumber: `PQRS-${period}-00871`,
  });
  const inProgress = await registerRequest(asSchool(school(5)), {
    daneCode: school(5),
    subject: 'Asesoría en el uso del fondo de servicios educativos',
    area: ADMINISTRATIVE_FINANCIAL,
    description: 'La nueva pagadora solicita asesoría para programar el mantenimiento de la planta física con el FSE.',
  });
  await updateRequestStatus(staff, inProgress.id, { status: SupportRequestStatus.IN_PROGRESS, note: 'Asignada al técnico de calidad; visita programada.' });
  await registerRequest(citizen, {
    daneCode: school(11),
    subject: 'Solicitud de acompañamiento pedagógico',
    area: ACADEMIC,
    description: 'La rectora llamó a Atención al Ciudadano para pedir acompañamiento en el ajuste del plan de estudios de la media.',
    requesterName: 'Rectora',
    contact: '604 000 0000',
  });
  const attended = await registerRequest(asSchool(school(0)), {
    daneCode: school(0),
    subject: 'Taller sobre evaluación por competencias',
    area: ACADEMIC,
    description: 'Solicitamos un taller para docentes sobre evaluación formativa y por competencias.',
  });
  await updateRequestStatus(staff, attended.id, { status: SupportRequestStatus.ATTENDED, note: 'Taller realizado con 24 docentes.' });
}

