import { registerEnumType } from 'type-graphql';
import { EventType } from './catalogue';

/**
 * Consumers named in the domain brief (section 5). `events(consumer: E02_01)` is all a sibling system needs to know;
 * a SUBPROCESS client may use a preset when it holds the scope `read:<code>` (e.g. `read:E02.01`, `read:MEN`).
 */
export enum EventConsumer {
  E02_01 = 'E02_01',
  I02_04 = 'I02_04',
  MEN = 'MEN',
  D01_04 = 'D01_04',
  D02_01 = 'D02_01',
  D02_02 = 'D02_02',
  F01_03 = 'F01_03',
}

interface Preset {
  /** Subprocess code as written in scopes: `read:<code>`. */
  code: string;
  name: string;
  receives: string;
  types: EventType[];
}

export const PRESETS: Record<EventConsumer, Preset> = {
  [EventConsumer.E02_01]: {
    code: 'E02.01',
    name: 'E02.01 satisfacción (satisfaction)',
    receives: 'the start of the evaluation of a strategy, each submitted assistance evaluation, and the consolidated results',
    types: [EventType.STRATEGY_EVALUATION_STARTED, EventType.ASSISTANCE_EVALUATION_SUBMITTED, EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED],
  },
  [EventConsumer.I02_04]: {
    code: 'I02.04',
    name: 'I02.04 infraestructura (infrastructure)',
    receives: 'infrastructure needs found during the accompaniment, and the consolidated report',
    types: [EventType.INFRASTRUCTURE_NEED_REPORTED, EventType.CONSOLIDATED_REPORT_PUBLISHED],
  },
  [EventConsumer.MEN]: {
    code: 'MEN',
    name: 'Ministerio de Educación Nacional (MEN)',
    receives: 'per secretariat and period: schools, PMIs registered, reviewed as pertinent, followed up, evaluated; indicator progress',
    types: [
      EventType.SCHOOL_REGISTERED,
      EventType.SCHOOL_UPDATED,
      EventType.IMPROVEMENT_PLAN_REGISTERED,
      EventType.IMPROVEMENT_PLAN_REVIEWED,
      EventType.FOLLOW_UP_RECORDED,
      EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED,
      EventType.PMI_RESULTS_PUBLISHED,
    ],
  },
  [EventConsumer.D01_04]: {
    code: 'D01.04',
    name: 'D01.04 caracterización y perfil (characterization and profile)',
    receives: 'the consolidated report and its characterization items (needs, infrastructure); retractions of its own records',
    types: [
      EventType.CONSOLIDATED_REPORT_PUBLISHED,
      EventType.NEEDS_IDENTIFIED,
      EventType.INFRASTRUCTURE_NEED_REPORTED,
      EventType.INPUT_RETRACTED,
    ],
  },
  [EventConsumer.D02_01]: {
    code: 'D02.01',
    name: 'D02.01 Plan de Apoyo al Mejoramiento (PAM)',
    receives:
      'results of PAM actions: strategy approval and alignment, execution and evaluation of the strategy, follow-ups, the consolidated report; retractions and key changes of its own PAM actions',
    types: [
      EventType.INPUT_RETRACTED,
      EventType.INPUT_KEY_CHANGED,
      EventType.STRATEGY_APPROVED,
      EventType.STRATEGY_ALIGNMENT_FAILED,
      EventType.STRATEGY_EXECUTION_STARTED,
      EventType.STRATEGY_EVALUATION_STARTED,
      EventType.FOLLOW_UP_RECORDED,
      EventType.CONSOLIDATED_REPORT_PUBLISHED,
    ],
  },
  [EventConsumer.D02_02]: {
    code: 'D02.02',
    name: 'D02.02 Proyecto Educativo Institucional (PEI)',
    receives: 'PEI-related findings: identified needs, PMI reviews, the consolidated report; retractions of its own PEI changes',
    types: [EventType.NEEDS_IDENTIFIED, EventType.IMPROVEMENT_PLAN_REVIEWED, EventType.CONSOLIDATED_REPORT_PUBLISHED, EventType.INPUT_RETRACTED],
  },
  [EventConsumer.F01_03]: {
    code: 'F01.03',
    name: 'F01.03 control del servicio (inspección y vigilancia)',
    receives:
      'the signed irregularities report (F01.03.F01); results: PMI reviews, nonconformities, the consolidated report; retractions of its own findings and regime reports',
    types: [
      EventType.INPUT_RETRACTED,
      EventType.IRREGULARITY_REPORT_SIGNED,
      EventType.IMPROVEMENT_PLAN_REVIEWED,
      EventType.NONCONFORMITY_RAISED,
      EventType.CONSOLIDATED_REPORT_PUBLISHED,
    ],
  },
};

const enumKey = (t: EventType) => Object.entries(EventType).find(([, v]) => v === t)![0];

registerEnumType(EventConsumer, {
  name: 'EventConsumer',
  description:
    'Named preset of event types for a consumer subprocess (domain brief section 5). A SUBPROCESS client needs the scope `read:<code>`.',
  valuesConfig: Object.fromEntries(
    Object.entries(PRESETS).map(([k, p]) => [
      k,
      { description: `${p.name}; scope \`read:${p.code}\`. Receives ${p.receives}: ${p.types.map(enumKey).join(', ')}.` },
    ]),
  ),
});

/** Presets a SUBPROCESS caller may read, from its `read:<code>` scopes. */
export function presetsForScopes(scopes: string[]): EventConsumer[] {
  return (Object.keys(PRESETS) as EventConsumer[]).filter((k) => scopes.includes(`read:${PRESETS[k].code}`));
}
