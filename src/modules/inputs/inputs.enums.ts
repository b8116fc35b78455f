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
