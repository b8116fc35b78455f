import { registerEnumType } from 'type-graphql';

/** Saber 11 classification of a school (clasificación de planteles, índice de los últimos tres años). */
export enum Saber11Category {
  A_PLUS = 'A_PLUS',
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(Saber11Category, {
  name: 'Saber11Category',
  description: 'Saber 11 school category (clasificación de planteles ICFES): A+ highest to D lowest.',
  valuesConfig: {
    A_PLUS: { description: 'A+' },
    A: { description: 'A' },
    B: { description: 'B' },
    C: { description: 'C (low performance by default)' },
    D: { description: 'D (low performance by default)' },
  },
});

/** Subjects of the Saber 3/5/9 tests. */
export enum SaberSubject {
  LANGUAGE = 'LANGUAGE',
  MATHEMATICS = 'MATHEMATICS',
  NATURAL_SCIENCES = 'NATURAL_SCIENCES',
  CITIZENSHIP = 'CITIZENSHIP',
}
registerEnumType(SaberSubject, {
  name: 'SaberSubject',
  description: 'Subject (área evaluada) of a Saber 3/5/9 test.',
  valuesConfig: {
    LANGUAGE: { description: 'Lenguaje' },
    MATHEMATICS: { description: 'Matemáticas' },
    NATURAL_SCIENCES: { description: 'Ciencias naturales' },
    CITIZENSHIP: { description: 'Competencias ciudadanas' },
  },
});

export enum InfrastructureCondition {
  GOOD = 'GOOD',
  FAIR = 'FAIR',
  POOR = 'POOR',
  CRITICAL = 'CRITICAL',
}
registerEnumType(InfrastructureCondition, {
  name: 'InfrastructureCondition',
  description: 'Overall condition of the physical plant (estado de la infraestructura / planta física).',
  valuesConfig: {
    GOOD: { description: 'Bueno' },
    FAIR: { description: 'Regular' },
    POOR: { description: 'Malo' },
    CRITICAL: { description: 'Crítico: risk for students' },
  },
});

export enum PeiChangeType {
  ADJUSTED = 'ADJUSTED',
  UPDATED = 'UPDATED',
}
registerEnumType(PeiChangeType, {
  name: 'PeiChangeType',
  description: 'Kind of change to a PEI (Proyecto Educativo Institucional).',
  valuesConfig: {
    ADJUSTED: { description: 'PEI ajustado (partial adjustment)' },
    UPDATED: { description: 'PEI actualizado (full update / resignification)' },
  },
});

export enum FindingActionType {
  CORRECTIVE = 'CORRECTIVE',
  PREVENTIVE = 'PREVENTIVE',
}
registerEnumType(FindingActionType, {
  name: 'FindingActionType',
  description: 'Type of action a control finding requires (acción correctiva / preventiva).',
  valuesConfig: {
    CORRECTIVE: { description: 'Acción correctiva' },
    PREVENTIVE: { description: 'Acción preventiva' },
  },
});

/** The kinds of record a source sends (F01.03 sends two). */
export enum InputKind {
  SELF_EVALUATION = 'SELF_EVALUATION',
  CHARACTERIZATION = 'CHARACTERIZATION',
  SUPPORT_PLAN_ACTION = 'SUPPORT_PLAN_ACTION',
  PEI_UPDATE = 'PEI_UPDATE',
  EDUCATION_MODEL = 'EDUCATION_MODEL',
  INSPECTION_FINDING = 'INSPECTION_FINDING',
  SCHOOL_REGIME = 'SCHOOL_REGIME',
  CURRICULUM_CHANGE = 'CURRICULUM_CHANGE',
}

registerEnumType(InputKind, {
  name: 'InputKind',
  description: 'Kind of record received from a source subprocess (tipo de insumo), with its source code.',
  valuesConfig: {
    SELF_EVALUATION: { description: 'D01.03 autoevaluación institucional: a component value (ingestSelfEvaluations)' },
    CHARACTERIZATION: { description: 'D01.04 caracterización y perfil, with its Saber results (ingestCharacterizations)' },
    SUPPORT_PLAN_ACTION: { description: 'D02.01 acción del PAM, with its indicators and tasks (ingestSupportPlanActions)' },
    PEI_UPDATE: { description: 'D02.02 ajuste o actualización del PEI (ingestPeiUpdates)' },
    EDUCATION_MODEL: { description: 'C02.02 modelo educativo implementado (ingestEducationModels)' },
    INSPECTION_FINDING: { description: 'F01.03 hallazgo, with its corrective/preventive actions (ingestInspectionFindings)' },
    SCHOOL_REGIME: { description: 'F01.03 régimen de un EE no oficial (ingestSchoolRegimes)' },
    CURRICULUM_CHANGE: { description: 'D02.05 cambio del plan de estudios (ingestCurriculumChanges)' },
  },
});
