import { registerEnumType } from 'type-graphql';

/** Whether the assistance met its objectives, in the school's opinion (cumplimiento de los objetivos). */
export enum ObjectivesMet {
  YES = 'YES',
  PARTLY = 'PARTLY',
  NO = 'NO',
}

export enum ConsolidationStatus {
  DRAFT = 'DRAFT',
  REVIEWED = 'REVIEWED',
}

registerEnumType(ObjectivesMet, {
  name: 'ObjectivesMet',
  description: 'Objectives of the assistance met (cumplimiento de los objetivos planteados).',
  valuesConfig: { YES: { description: 'Sí' }, PARTLY: { description: 'Parcialmente' }, NO: { description: 'No' } },
});
registerEnumType(ConsolidationStatus, {
  name: 'ConsolidationStatus',
  description: 'State of the consolidated evaluation results (consolidado de la evaluación de la asistencia técnica).',
  valuesConfig: {
    DRAFT: { description: 'Borrador: computed after the deadline, may be recomputed' },
    REVIEWED: { description: 'Revisado por el líder de calidad; sent to E02.01' },
  },
});

/** Spanish labels of the codes, for records (registros). */
export const OBJECTIVES_MET_ES: Record<ObjectivesMet, string> = { YES: 'Sí', PARTLY: 'Parcialmente', NO: 'No' };
