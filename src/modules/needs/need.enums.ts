import { registerEnumType } from 'type-graphql';

/** Where a support need came from. */
export enum NeedSource {
  ANALYSIS = 'ANALYSIS',
  REQUEST = 'REQUEST',
  MANUAL = 'MANUAL',
}
/** The rule of activity 2 that produced a need; each is also a kind of analysis signal (activity 1). */
export enum NeedRule {
  LOW_SELF_EVALUATION = 'LOW_SELF_EVALUATION',
  LOW_SABER_11 = 'LOW_SABER_11',
  LOW_SABER_LEVEL = 'LOW_SABER_LEVEL',
  INSPECTION_ACTION_NOT_IN_PMI = 'INSPECTION_ACTION_NOT_IN_PMI',
  PEI_CHANGED_SINCE_REVIEW = 'PEI_CHANGED_SINCE_REVIEW',
  EDUCATION_MODEL_CHANGED_SINCE_REVIEW = 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW',
  CURRICULUM_CHANGED_SINCE_REVIEW = 'CURRICULUM_CHANGED_SINCE_REVIEW',
  PMI_MISSING = 'PMI_MISSING',
  PMI_NOT_PERTINENT = 'PMI_NOT_PERTINENT',
}
export enum NeedStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
export enum NeedPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

registerEnumType(NeedSource, {
  name: 'NeedSource',
  description: 'Origin of a support need (origen de la necesidad de apoyo).',
  valuesConfig: {
    ANALYSIS: { description: 'A rule over the analysis of the inputs (análisis de la caracterización y el perfil)' },
    REQUEST: { description: 'A support request (solicitud de apoyo) of the school' },
    MANUAL: { description: 'Added by the secretariat staff' },
  },
});
registerEnumType(NeedRule, {
  name: 'NeedRule',
  description: 'Rule / signal of activities 1–2 (regla de identificación de necesidades).',
  valuesConfig: {
    LOW_SELF_EVALUATION: { description: 'Self-evaluation (autoevaluación, D01.03) components scored at or below the threshold (default 1–2)' },
    LOW_SABER_11: { description: 'Saber 11 category among the low ones (default C or D) (D01.04)' },
    LOW_SABER_LEVEL: { description: 'Share of students in insuficiente in Saber 3/5/9 at or above the threshold (default 25%) (D01.04)' },
    INSPECTION_ACTION_NOT_IN_PMI: { description: 'F01.03 corrective/preventive action not yet in the PMI' },
    PEI_CHANGED_SINCE_REVIEW: { description: 'PEI adjusted or updated (D02.02) after the PMI was last reviewed' },
    EDUCATION_MODEL_CHANGED_SINCE_REVIEW: { description: 'New education model (C02.02) after the PMI was last reviewed' },
    CURRICULUM_CHANGED_SINCE_REVIEW: { description: 'Curriculum (plan de estudios, D02.05) changed after the PMI was last reviewed' },
    PMI_MISSING: { description: 'No PMI registered for the period' },
    PMI_NOT_PERTINENT: { description: 'The PMI was reviewed as not pertinent (no pertinente)' },
  },
});
registerEnumType(NeedStatus, {
  name: 'NeedStatus',
  description: 'State of a support need.',
  valuesConfig: {
    OPEN: { description: 'Abierta: to be covered by the strategy' },
    RESOLVED: { description: 'Resuelta: its signal disappeared on a later run (kept, not deleted)' },
    DISMISSED: { description: 'Descartada by staff, with a reason; later runs do not reopen it' },
  },
});
registerEnumType(NeedPriority, { name: 'NeedPriority', description: 'Priority (prioridad) of a need.' });
