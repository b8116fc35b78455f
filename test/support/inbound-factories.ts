/** Valid items for each inbound source, deterministic in `n` so the same n is the same record (natural key). */
export const ts = (iso = '2026-03-01T10:00:00Z') => iso;

export const selfEvaluationItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  daneCode,
  year: '2026',
  componentCode: ['DIR-01-01', 'ACA-01-01', 'ADM-02-01', 'COM-04-02', 'DIR-05-08', 'ACA-04-05'][n % 6],
  score: (n % 4) + 1,
  evidence: `Acta de autoevaluación ${n}`,
  sourceTimestamp,
});

export const characterizationItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  daneCode,
  year: String(2020 + (n % 7)),
  enrolment: 400 + n,
  saber11Category: 'C' as const,
  dropoutRate: 4.5,
  repetitionRate: 3.1,
  infrastructureCondition: 'FAIR' as const,
  infrastructureNeeds: ['Baterías sanitarias', 'Cubierta del bloque 2'],
  saberResults: [
    { grade: 3, subject: 'LANGUAGE' as const, insufficient: 22, minimum: 38, satisfactory: 30, advanced: 10 },
    { grade: 9, subject: 'MATHEMATICS' as const, insufficient: 31, minimum: 44, satisfactory: 20, advanced: 5 },
  ],
  sourceTimestamp,
});

export const supportPlanItem = (_daneCode: string, n: number, sourceTimestamp = ts()) => ({
  period: '2026',
  lineCode: `L${(n % 2) + 1}`,
  lineName: n % 2 ? 'Calidad de los aprendizajes' : 'Gestión escolar',
  code: `A-${n}`,
  name: `Acompañamiento a la formulación de PMI ${n}`,
  startDate: '2026-02-01',
  endDate: '2026-11-30',
  indicators: [{ name: 'EE con PMI pertinente', baseline: 40, target: 80, unit: '%' }],
  tasks: [
    { description: 'Taller de formulación', responsible: 'Profesional de mejoramiento', dueDate: '2026-04-30' },
    { description: 'Revisión de PMI', responsible: null, dueDate: null },
  ],
  sourceTimestamp,
});

export const peiItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  externalId: `PEI-${n}`,
  daneCode,
  changeType: 'UPDATED' as const,
  date: '2026-02-15',
  summary: `Resignificación del PEI ${n}`,
  sourceTimestamp,
});

export const educationModelItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  externalId: `MOD-${n}`,
  daneCode,
  modelName: 'Escuela Nueva',
  date: '2026-02-01',
  notes: `Implementación en sedes rurales ${n}`,
  sourceTimestamp,
});

export const findingItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  externalId: `HAL-${n}`,
  daneCode,
  date: '2026-03-10',
  area: 'ADMINISTRATIVE_FINANCIAL' as const,
  description: `Manual de convivencia desactualizado ${n}`,
  actions: [
    { externalId: `HAL-${n}-AC1`, type: 'CORRECTIVE' as const, description: 'Actualizar el manual de convivencia', dueDate: '2026-06-30' },
    { externalId: `HAL-${n}-AP1`, type: 'PREVENTIVE' as const, description: 'Revisión anual del manual', dueDate: null },
  ],
  sourceTimestamp,
});

export const regimeItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  daneCode,
  regime: (['REGULATED_FREEDOM', 'MONITORED_FREEDOM', 'CONTROLLED'] as const)[n % 3],
  year: '2026',
  sourceTimestamp,
});

export const curriculumItem = (daneCode: string, n: number, sourceTimestamp = ts()) => ({
  externalId: `PE-${n}`,
  daneCode,
  date: '2026-01-20',
  summary: `Inclusión de la cátedra de paz ${n}`,
  areas: ['Ciencias sociales', 'Ética y valores'],
  sourceTimestamp,
});
