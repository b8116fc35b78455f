import { registerEnumType } from 'type-graphql';

/** Progress of a PMI action as recorded in a follow-up (domain brief §8; DONE needs evidence, as in Indistar). */
export enum ProgressStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DELAYED = 'DELAYED',
  BLOCKED = 'BLOCKED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'State of a PMI action in a follow-up (estado del avance).',
  valuesConfig: {
    NOT_STARTED: { description: 'Sin iniciar' },
    IN_PROGRESS: { description: 'En ejecución' },
    DONE: { description: 'Ejecutada: needs evidence (evidencia)' },
    DELAYED: { description: 'Atrasada' },
    BLOCKED: { description: 'Bloqueada' },
    CANCELLED: { description: 'Cancelada' },
  },
});
export const PROGRESS_STATUS_ES: Record<ProgressStatus, string> = {
  NOT_STARTED: 'Sin iniciar',
  IN_PROGRESS: 'En ejecución',
  DONE: 'Ejecutada',
  DELAYED: 'Atrasada',
  BLOCKED: 'Bloqueada',
  CANCELLED: 'Cancelada',
};

/** Part of a PMI a coaching note refers to. */
export enum PlanPartKind {
  PLAN = 'PLAN',
  CRITICAL_FACTOR = 'CRITICAL_FACTOR',
  OBJECTIVE = 'OBJECTIVE',
  GOAL = 'GOAL',
  INDICATOR = 'INDICATOR',
  ACTION = 'ACTION',
}
registerEnumType(PlanPartKind, {
  name: 'PlanPartKind',
  description: 'Part of a PMI (parte del plan) a coaching note refers to.',
  valuesConfig: {
    PLAN: { description: 'The plan as a whole' },
    CRITICAL_FACTOR: { description: 'Factor crítico' },
    OBJECTIVE: { description: 'Objetivo' },
    GOAL: { description: 'Meta' },
    INDICATOR: { description: 'Indicador' },
    ACTION: { description: 'Acción / tarea' },
  },
});

/** Implementation level of a goal as Indistar rates it (domain brief §8). */
export enum ImplementationLevel {
  FULL = 'FULL',
  LIMITED = 'LIMITED',
  NONE = 'NONE',
}
registerEnumType(ImplementationLevel, {
  name: 'ImplementationLevel',
  description: 'Implementation level of a PMI goal (nivel de implementación) in the self-evaluation.',
  valuesConfig: {
    FULL: { description: 'Implementada completamente (needs evidence)' },
    LIMITED: { description: 'Desarrollo limitado' },
    NONE: { description: 'Sin desarrollo' },
  },
});
export const IMPLEMENTATION_LEVEL_ES: Record<ImplementationLevel, string> = {
  FULL: 'Implementada completamente',
  LIMITED: 'Desarrollo limitado',
  NONE: 'Sin desarrollo',
};
