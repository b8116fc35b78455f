import { registerEnumType } from 'type-graphql';

export enum AssistanceModality {
  INTEGRAL = 'INTEGRAL',
  PUNCTUAL = 'PUNCTUAL',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
export enum StrategyStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  EXECUTION = 'EXECUTION',
  EVALUATION = 'EVALUATION',
}
export enum ActivityStatus {
  PROGRAMMED = 'PROGRAMMED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
export enum StrategyWarningKind {
  STAFF_OVERLOAD = 'STAFF_OVERLOAD',
  MANDATORY_SCHOOL_WITHOUT_ACTIVITY = 'MANDATORY_SCHOOL_WITHOUT_ACTIVITY',
  CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY = 'CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY',
}
/** Why a strategy cannot be approved yet (`StrategyAlignment.blockers`). */
export enum AlignmentBlockerKind {
  NO_ACTIVITIES = 'NO_ACTIVITIES',
  UNALIGNED_ACTIVITIES = 'UNALIGNED_ACTIVITIES',
}
export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(AssistanceModality, {
  name: 'AssistanceModality',
  description: 'Modality of technical assistance (modalidad de asistencia técnica).',
  valuesConfig: {
    INTEGRAL: { description: 'Acompañamiento integral' },
    PUNCTUAL: { description: 'Asesoría puntual' },
    TRAINING: { description: 'Capacitación' },
    OTHER: { description: 'Otra' },
  },
});
registerEnumType(StrategyStatus, {
  name: 'StrategyStatus',
  description: 'State of an assistance strategy.',
  valuesConfig: {
    DRAFT: { description: 'Borrador: being programmed' },
    SUBMITTED: { description: 'Presentada to the quality leader for approval' },
    APPROVED: { description: 'Aprobada by the quality leader; changes need a revision' },
    EXECUTION: {
      description: 'En ejecución (activities 5–6): entered at the first session recorded or when the period starts; changes need a revision',
    },
    EVALUATION: {
      description: 'En evaluación (activities 7–10): the evaluation period ended or every activity is held or cancelled',
    },
  },
});
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'State of a programmed assistance activity.',
  valuesConfig: {
    PROGRAMMED: { description: 'Programada' },
    DONE: { description: 'Realizada' },
    CANCELLED: { description: 'Cancelada (not counted for alignment or load)' },
  },
});
registerEnumType(StrategyWarningKind, {
  name: 'StrategyWarningKind',
  description: 'Kind of warning (alerta) on a strategy.',
  valuesConfig: {
    STAFF_OVERLOAD: { description: "A staff member's programmed activities in a month exceed the secretariat's maximum" },
    MANDATORY_SCHOOL_WITHOUT_ACTIVITY: { description: 'A school of mandatory inclusion has no programmed activity' },
    CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY: { description: 'A classified school has no programmed activity yet' },
  },
});
registerEnumType(AlignmentBlockerKind, {
  name: 'AlignmentBlockerKind',
  description: 'Why a strategy cannot be approved yet (activity 4).',
  valuesConfig: {
    NO_ACTIVITIES: { description: 'The strategy has no active activity (PROGRAMMED or DONE) to align with the PAM' },
    UNALIGNED_ACTIVITIES: { description: 'Some active activities are not linked to a PAM action of the period (see `unaligned`)' },
  },
});
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'File format of an exported record (registro).' });
