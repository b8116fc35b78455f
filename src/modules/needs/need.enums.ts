import { registerEnumType } from 'type-graphql';

/** Where a support need came from. */
export enum NeedSource {
  ANALYSIS = 'ANALYSIS',
  REQUEST = 'REQUEST',
  MANUAL = 'MANUAL',
}
export { NeedRule } from './need.rules';
export enum NeedStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
/** Why a run marked a need RESOLVED. */
export enum NeedResolutionReason {
  SIGNAL_GONE = 'SIGNAL_GONE',
  EVIDENCE_RETRACTED = 'EVIDENCE_RETRACTED',
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
registerEnumType(NeedResolutionReason, {
  name: 'NeedResolutionReason',
  description: 'Why a support need was resolved (motivo de la resolución).',
  valuesConfig: {
    SIGNAL_GONE: { description: 'The signal is no longer found in the inputs (e.g. a newer self-evaluation scores higher)' },
    EVIDENCE_RETRACTED: {
      description: 'evidence retracted: the source subprocess withdrew a record the need stood on (retiro de la evidencia)',
    },
  },
});
