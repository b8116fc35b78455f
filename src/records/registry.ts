import type { RecordExport } from './record-export';
import { programmingExport } from '../modules/strategy/programming-record';
import { followUpExport } from '../modules/follow-ups/follow-up-record';
import { evaluationExport } from '../modules/assistance-evaluation/evaluation-record';
import { revisionExport } from '../modules/reports/revision-record';
import { irregularityExport } from '../modules/irregularities/irregularity-record';
import { consolidatedExport } from '../modules/reports/consolidated-report.pdf';

export { RecordUnavailable, formatsOf, type RecordExport, type TableExport, type FileExport, type RecordParams, type LoadedRecord } from './record-export';

/**
 * The records `npm run export -- --record <key>` can write: key → a table (definition + `load`) or a file the record
 * writes itself (`formats` + `file`, e.g. a PDF). To add a record, write its
 * `RecordDefinition` and a `RecordExport` next to the module's service (see `programmingExport` in
 * src/modules/strategy/programming-record.ts) and add one line to `RECORDS` below (src/records/README.md).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RECORDS: Record<string, RecordExport<any>> = {
  programacion: programmingExport,
  seguimiento: followUpExport,
  evaluacion: evaluationExport,
  revision: revisionExport,
  irregularidades: irregularityExport,
  consolidado: consolidatedExport,
};
