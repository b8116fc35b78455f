import { registerEnumType } from 'type-graphql';

export enum NonconformityStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Kind of quality action (N01.02 Acciones correctivas y preventivas). */
export enum QualityActionKind {
  CORRECTIVE = 'CORRECTIVE',
  PREVENTIVE = 'PREVENTIVE',
}

export enum QualityActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

registerEnumType(NonconformityStatus, {
  name: 'NonconformityStatus',
  description: 'State of a nonconformity (producto o servicio no conforme, N01.04).',
  valuesConfig: {
    OPEN: { description: 'Abierta: a requirement was found unmet; actions planned; a new verification is due' },
    CLOSED: { description: 'Cerrada: a later verification found the requirement met' },
  },
});
registerEnumType(QualityActionKind, {
  name: 'QualityActionKind',
  description: 'Kind of quality action (N01.02).',
  valuesConfig: { CORRECTIVE: { description: 'Acción correctiva' }, PREVENTIVE: { description: 'Acción preventiva' } },
});
registerEnumType(QualityActionStatus, {
  name: 'QualityActionStatus',
  description: 'State of a corrective or preventive action.',
  valuesConfig: { OPEN: { description: 'Abierta (planned)' }, DONE: { description: 'Ejecutada' } },
});
