import type { Context } from '../context';
import { RecordFormat, type ExportedFile, type RecordDefinition } from './record';

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
  /** The definition for these rows when its columns depend on the data (e.g. one column per evaluation criterion). */
  definition?: RecordDefinition<T>;
}

/** Nothing to export (e.g. no approved strategy for the period): the command says why and exits 1. */
export class RecordUnavailable extends Error {}

/** A record that is one table: `load` gives its rows and the records writer makes the CSV or XLSX. */
export interface TableExport<T> {
  definition: RecordDefinition<T>;
  /** One line for the command's usage, e.g. `the secretariat's APPROVED strategy of the period`. */
  describes: string;
  /**
   * Loads the rows, reading as the secretariat's quality leader (`ctx`), so tenancy applies as in GraphQL. Throws
   * `RecordUnavailable` when there is nothing to export.
   */
  load(ctx: Context, params: RecordParams): Promise<LoadedRecord<T>>;
}

/**
 * A record that writes its whole file itself: a printed form (PDF), or a file that is not one table. It has no rows to
 * load; `formats` lists what `file` writes.
 */
export interface FileExport {
  /** The record's key and title (a record that is also a table may give its whole definition). */
  definition: Pick<RecordDefinition<never>, 'key' | 'title'>;
  describes: string;
  formats: readonly RecordFormat[];
  /** Throws `RecordUnavailable` when there is nothing to export. */
  file(ctx: Context, params: RecordParams, format: RecordFormat): Promise<ExportedFile>;
}

/** How `npm run export` writes one record: as a table (`load`) or as a file it writes itself (`file`). */
export type RecordExport<T> = TableExport<T> | FileExport;

/** The formats a record can be exported in: CSV and XLSX for a table, what `file` writes otherwise. */
export const formatsOf = (r: RecordExport<unknown>): readonly RecordFormat[] => ('file' in r ? r.formats : [RecordFormat.CSV, RecordFormat.XLSX]);
