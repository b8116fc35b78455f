import { registerEnumType } from 'type-graphql';

/** State of the annual irregularities report F01.03.F01. */
export enum IrregularityReportStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}

registerEnumType(IrregularityReportStatus, {
  name: 'IrregularityReportStatus',
  description: 'State of the irregularities report (F01.03.F01): DRAFT (borrador) → SIGNED (firmado, immutable, sent to F01.03).',
});

/** Why a school is on the report (indicio de irregularidad), each held over the configured consecutive periods. */
export enum IrregularityReason {
  NO_PERTINENT_PMI = 'NO_PERTINENT_PMI',
  INSPECTION_ACTION_UNRESOLVED = 'INSPECTION_ACTION_UNRESOLVED',
  PMI_MOSTLY_UNDONE = 'PMI_MOSTLY_UNDONE',
}

registerEnumType(IrregularityReason, {
  name: 'IrregularityReason',
  description: 'Irregularity found (indicio de irregularidad) in every one of the consecutive periods considered, after the assistance.',
  valuesConfig: {
    NO_PERTINENT_PMI: { description: 'Sin PMI pertinente: no PMI of the period reviewed as pertinent.' },
    INSPECTION_ACTION_UNRESOLVED: {
      description: 'Hallazgo F01.03 sin resolver: a corrective/preventive action of F01.03 not in the PMI, or not carried out by its deadline.',
    },
    PMI_MOSTLY_UNDONE: { description: 'PMI mayormente sin ejecutar: share of PMI actions done at year end below the threshold.' },
  },
});

/** Who put a school on the report. */
export enum IrregularityOrigin {
  RULE = 'RULE',
  LEADER = 'LEADER',
}

registerEnumType(IrregularityOrigin, {
  name: 'IrregularityOrigin',
  description: 'Origin of a school on the report: RULE (drafted by the hub from the evidence) or LEADER (added by the líder de calidad).',
});

export const REASON_LABELS: Record<IrregularityReason, string> = {
  [IrregularityReason.NO_PERTINENT_PMI]: 'Sin PMI pertinente',
  [IrregularityReason.INSPECTION_ACTION_UNRESOLVED]: 'Hallazgo F01.03 sin resolver',
  [IrregularityReason.PMI_MOSTLY_UNDONE]: 'PMI mayormente sin ejecutar',
};
