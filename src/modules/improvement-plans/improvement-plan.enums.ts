import { registerEnumType } from 'type-graphql';

/** Lifecycle of a PMI version: the school drafts and submits it; the secretariat reviews it. */
export enum ImprovementPlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REVIEWED = 'REVIEWED',
}
registerEnumType(ImprovementPlanStatus, {
  name: 'ImprovementPlanStatus',
  description: 'State of a PMI version (estado del PMI).',
  valuesConfig: {
    DRAFT: { description: 'Borrador: the school is still writing it; it can change while the modification window is open' },
    SUBMITTED: { description: 'Enviado / radicado: waiting for the secretariat’s review (Revisión de los PMI)' },
    REVIEWED: { description: 'Revisado: reviewed as pertinent or not pertinent (see `pertinent`); a change creates a new version' },
  },
});

/** Measuring frequency of a PMI indicator. */
export enum IndicatorFrequency {
  MONTHLY = 'MONTHLY',
  BIMONTHLY = 'BIMONTHLY',
  QUARTERLY = 'QUARTERLY',
  SEMIANNUAL = 'SEMIANNUAL',
  ANNUAL = 'ANNUAL',
}
registerEnumType(IndicatorFrequency, {
  name: 'IndicatorFrequency',
  description: 'How often an indicator is measured (periodicidad de medición).',
  valuesConfig: {
    MONTHLY: { description: 'Mensual' },
    BIMONTHLY: { description: 'Bimestral' },
    QUARTERLY: { description: 'Trimestral' },
    SEMIANNUAL: { description: 'Semestral' },
    ANNUAL: { description: 'Anual' },
  },
});

/** Progress of a PMI action. */
export enum PlanActionStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PlanActionStatus, {
  name: 'PlanActionStatus',
  description: 'State of a PMI action or task (estado de la acción).',
  valuesConfig: {
    NOT_STARTED: { description: 'Sin iniciar' },
    IN_PROGRESS: { description: 'En ejecución' },
    DONE: { description: 'Ejecutada / cumplida' },
    CANCELLED: { description: 'Cancelada' },
  },
});
