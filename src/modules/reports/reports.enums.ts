import { registerEnumType } from 'type-graphql';

/** State of a consolidated report (informe de análisis consolidado). */
export enum ConsolidatedReportStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

registerEnumType(ConsolidatedReportStatus, {
  name: 'ConsolidatedReportStatus',
  description: 'State of a consolidated report: DRAFT (borrador, may be regenerated) → PUBLISHED (publicado, immutable).',
  valuesConfig: {
    DRAFT: { description: 'Borrador: figures may be regenerated and the analysis edited.' },
    PUBLISHED: { description: 'Publicado: immutable; a correction is a new version that replaces it.' },
  },
});
