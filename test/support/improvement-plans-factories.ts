import type { TestHub } from './hub';
import { Role } from '../../src/common/auth/roles';
import { ManagementArea } from '../../src/common/management-area';
import { openWindow } from '../../src/modules/improvement-plans/modification-window.service';
import { registerPlan as savePlan, reviewPlan, submitPlan } from '../../src/modules/improvement-plans/improvement-plan.service';
import type { RegisterImprovementPlanInput } from '../../src/modules/improvement-plans/improvement-plan.inputs';
import { IndicatorFrequency, PlanActionStatus } from '../../src/modules/improvement-plans/improvement-plan.enums';

const DAY = 24 * 3600 * 1000;

/** Context of a quality leader (líder de calidad) of a secretariat. */
export const leaderContext = (hub: TestHub, secretariat: string) =>
  hub.system({ subject: `test:leader:${secretariat}`, role: Role.QUALITY_LEADER, secretariat });

/** Context of a school's own user. */
export const schoolContext = (hub: TestHub, secretariat: string, school: string) =>
  hub.system({ subject: `test:school:${school}`, role: Role.SCHOOL, secretariat, school });

/** Opens a modification window; by default from yesterday to 30 days ahead (open now). */
export const createWindow = (
  hub: TestHub,
  secretariat: string,
  period = '2026',
  opensAt = new Date(Date.now() - DAY),
  closesAt = new Date(Date.now() + 30 * DAY),
) => openWindow(leaderContext(hub, secretariat), { period, opensAt, closesAt });

/** A complete PMI content (it can be submitted as is). */
export const newPlanInput = (period = '2026', attrs: Partial<RegisterImprovementPlanInput> = {}): RegisterImprovementPlanInput =>
  ({
    period,
    criticalFactors: [
      { area: ManagementArea.ACADEMIC, description: 'Bajo desempeño en Saber 11 en matemáticas', urgency: 5, trend: 4, impact: 5 },
      { area: ManagementArea.COMMUNITY, description: 'Deserción escolar en grados 9 a 11', urgency: 3, trend: 3, impact: 4 },
    ],
    objectives: [{ area: ManagementArea.ACADEMIC, description: 'Mejorar los resultados en matemáticas de la media' }],
    goals: [
      {
        area: ManagementArea.ACADEMIC,
        description: 'Reducir al 20 % los estudiantes en nivel insuficiente en matemáticas',
        indicators: [
          { name: 'Estudiantes en nivel insuficiente', baseline: 34, target: 20, unit: '%', frequency: IndicatorFrequency.ANNUAL },
        ],
        actions: [
          {
            description: 'Plan de nivelación en matemáticas para grado 10',
            responsible: 'Coordinación académica',
            startDate: `${period}-02-01`,
            endDate: `${period}-11-30`,
            resources: 'Docentes del área, guías',
            status: PlanActionStatus.NOT_STARTED,
          },
        ],
      },
    ],
    communication: 'Socialización en consejo directivo, asamblea de padres y página web',
    ...attrs,
  }) as RegisterImprovementPlanInput;

export const registerPlan = (hub: TestHub, secretariat: string, school: string, period = '2026', attrs: Partial<RegisterImprovementPlanInput> = {}) =>
  savePlan(schoolContext(hub, secretariat, school), newPlanInput(period, { daneCode: school, ...attrs }));

export const submit = (hub: TestHub, secretariat: string, school: string, planId: string) =>
  submitPlan(schoolContext(hub, secretariat, school), planId);

export const review = (hub: TestHub, secretariat: string, planId: string, pertinent: boolean) =>
  reviewPlan(leaderContext(hub, secretariat), planId, { pertinent, observations: { general: pertinent ? 'Pertinente' : 'Ajustar metas' } } as never);
