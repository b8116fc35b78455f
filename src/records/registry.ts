import type { RecordExport } from './record-export';
import { programmingExport } from '../modules/strategy/programming-record';
import { followUpExport } from '../modules/follow-ups/follow-up-record';

export { RecordUnavailable, type RecordExport, type RecordParams, type LoadedRecord } from './record-export';

/**
 * The records `npm run export -- --record <key>` can write: key → definition + loader. To add a record, write its
 * `RecordDefinition` and a `RecordExport` next to the module's service (see `programmingExport` in
 * src/modules/strategy/programming-record.ts) and add one line to `RECORDS` below (src/records/README.md).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RECORDS: Record<string, RecordExport<any>> = {
  programacion: programmingExport,
  seguimiento: followUpExport,
};
