import { isProblem, readSpreadsheet, typed, type ColumnKind, type TypingContext } from '../inbound/spreadsheet';
import type { ColumnType, RecordDefinition } from './record';

/**
 * Reads an exported record (CSV or XLSX) back with the same reader the import uses (`src/inbound/spreadsheet.ts`):
 * the header row is found by the definition's headers (XLSX heading lines are skipped), and each cell is typed by its
 * column. Gives rows in the form of `canonicalRow`, so a round trip compares equal. A cell that cannot be read throws,
 * naming the cell.
 */
export async function readRecord<T>(def: RecordDefinition<T>, file: string): Promise<Record<string, string | number | boolean | null>[]> {
  const headers = def.columns.map((c) => c.header);
  const reading = await readSpreadsheet(file, {
    expectHeader: headers,
    keepHeaderCase: true,
    numberColumns: def.columns.filter((c) => ['integer', 'decimal', 'percent'].includes(c.type)).map((c) => c.header),
  });
  if (reading.header.length === 0) throw new Error(`No header row of the record "${def.title}" in ${file}`);
  const tc: TypingContext = { decimal: reading.decimal, dateForms: new Set() };
  return reading.rows.map((r) => {
    const out: Record<string, string | number | boolean | null> = {};
    for (const c of def.columns) {
      const cell = r.cells.get(c.header);
      const v = typed(KIND[c.type], cell, tc);
      if (isProblem(v)) throw new Error(`${cell?.ref ?? c.header}: ${v.problem}`);
      if (c.type === 'boolean') out[c.header] = v === null ? null : v === 'Sí';
      else out[c.header] = v instanceof Date ? v.toISOString() : (v as string | number | null);
    }
    return out;
  });
}

const KIND: Record<ColumnType, ColumnKind> = {
  text: 'text',
  integer: 'number',
  decimal: 'number',
  percent: 'percent',
  date: 'date',
  datetime: 'datetime',
  boolean: 'text',
};
