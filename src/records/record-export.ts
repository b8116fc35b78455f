import type { Context } from '../context';
import type { RecordDefinition } from './record';

/** How a record is exported by `npm run export` (the registry is src/records/registry.ts). */

/** What the command line gives a loader. `period` is a year (`2026`). */
export interface RecordParams {
  secretariat: string;
  period: string;
}

/** The rows of one record, its file name (without extension) and the XLSX heading lines. */
export interface LoadedRecord<T> {
  rows: T[];
  /** File name without extension, e.g. `programacion-asistencia-tecnica-05001-2026-r1`. */
  base: string;
  /** Lines above the table in XLSX: title, secretariat, period, revision. */
  heading?: string[];
  /** Added to the command's summary line, e.g. `revision 1`. */
  note?: string;
}

/** Nothing to export (e.g. no approved strategy for the period): the command says why and exits 1. */
export class RecordUnavailable extends Error {}

export interface RecordExport<T> {
  definition: RecordDefinition<T>;
  /** One line for the command's usage, e.g. `the secretariat's APPROVED strategy of the period`. */
  describes: string;
  /**
   * Loads the rows, reading as the secretariat's quality leader (`ctx`), so tenancy applies as in GraphQL. Throws
   * `RecordUnavailable` when there is nothing to export.
   */
  load(ctx: Context, params: RecordParams): Promise<LoadedRecord<T>>;
}

