import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { FILE_SOURCES, fileItems, type FileItem, type FileRead } from '../inbound/file-import';
import { SpreadsheetError, type Reading } from '../inbound/spreadsheet';
import { loadCatalogue, type CatalogueData } from '../modules/catalogue/catalogue.service';
import { ItemStatus } from '../modules/inputs/ingestion-result';
import { RETRACTION_KINDS } from '../inbound/file-import';
import { retractInputs } from '../inbound/retraction';
import { ingestBatch } from '../inbound/batch';
import { RetractionStatus } from '../modules/inputs/retraction-result';

const USAGE = `usage: npm run import -- --source <${Object.keys(FILE_SOURCES).join('|')}> --secretariat <code> [--sheet name] [--batch-size N] [--source-timestamp ISO] [--retract] file.csv|file.xlsx
       --retract: the file lists records to withdraw (columns external_id, reason [, source_timestamp])
       npm run import -- --catalogue catalogue.json      (loads a self-evaluation catalogue version)`;

export interface ImportIO {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  out?: (s: string) => void;
  err?: NodeJS.WritableStream;
}

/**
 * The file import for people: loads a spreadsheet through the same services as the GraphQL mutations, acting as the
 * secretariat's improvement professional. Returns the exit code: 0 all rows accepted, 1 some row rejected, 2 failure.
 */
export async function runImport({ argv, env = process.env, out = (s) => process.stdout.write(s), err = process.stderr }: ImportIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      secretariat: { type: 'string' },
      catalogue: { type: 'string' },
      'batch-size': { type: 'string' },
      'source-timestamp': { type: 'string' },
      sheet: { type: 'string' },
      retract: { type: 'boolean' },
    },
  });
  if (!values.catalogue && (!values.source || !values.secretariat || positionals.length !== 1)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  // The file is read (and refused when unreadable) before the database is opened.
  let read: FileRead | null = null;
  if (!values.catalogue) {
    try {
      read = await fileItems(values.source as string, positionals[0], values['source-timestamp'], { sheet: values.sheet }, { retract: !!values.retract });
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      if (!(e instanceof SpreadsheetError) && !missing) throw e;
      err.write(`import: ${missing ? `no file ${positionals[0]}` : (e as Error).message}\n`);
      return 2;
    }
  }
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL), 'share'); // beside a running hub: its server
  try {
    if (values.catalogue) {
      const data = JSON.parse(await readFile(values.catalogue, 'utf8')) as CatalogueData;
      const ctx = systemContext(runtime, { subject: 'cli:import', role: Role.ADMIN, client: 'pmi-hub-import' });
      const cat = await loadCatalogue(ctx, data);
      out(`catalogue ${cat.version} loaded (${data.processes.length} processes, ${data.processes.reduce((n, p) => n + p.components.length, 0)} components)\n`);
      return 0;
    }
    const source = values.source as string;
    const { items, reading, summary } = read as FileRead;
    const where = (rows: number[]) => {
      const unit = reading.format === 'CSV' ? 'line' : `sheet "${reading.sheet}" row`;
      const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
      if (rows.length === 1) return `${unit} ${rows[0]}`;
      return `${unit}s ${contiguous ? `${rows[0]}-${rows.at(-1)}` : rows.join(',')}`;
    };
    const ctx = systemContext(runtime, {
      subject: 'cli:import',
      role: Role.IMPROVEMENT_PROFESSIONAL,
      secretariat: values.secretariat as string,
      client: 'pmi-hub-import',
    });
    const size = Math.min(Number(values['batch-size'] ?? 1000) || 1000, config.MAX_BATCH_SIZE);
    const bar = new SingleBar({ stream: err, format: `${source} [{bar}] {value}/{total} items | {eta_formatted}`, hideCursor: false, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
    bar.start(items.length, 0);
    if (values.retract) {
      const code = await retractFile(ctx, source, values.secretariat as string, read as FileRead, size, bar, where, out);
      return code;
    }
    const totals: Record<ItemStatus, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 };
    const lines: string[] = new Array(items.length);
    const spec = FILE_SOURCES[source].spec!;
    // Every item goes to the service, those with unreadable cells too (refused there, nothing of them written), so a row
    // lists every problem at once: its unreadable cells, then what the source's checks find in its other cells.
    for (let i = 0; i < items.length; i += size) {
      const chunk = items.slice(i, i + size);
      const res = await ingestBatch(ctx, spec, { secretariat: values.secretariat as string, items: chunk.map((fi) => fi.item) }, { problems: chunk.map(cellProblems) });
      for (const r of res.items) {
        totals[r.status]++;
        const fi = chunk[r.index];
        const detail =
          r.status === ItemStatus.REJECTED
            ? ` ${r.code} ${rowProblems(reading, fi, r.index, r.violations ?? [{ field: r.field ?? '', message: r.message ?? '' }])}`
            : ` ${r.key ?? ''}`;
        lines[i + r.index] = `${where(fi.rows)}: ${r.status}${detail}`;
      }
      bar.increment(chunk.length);
    }
    bar.stop();
    out(`${summary}\n`);
    out(lines.join('\n') + (lines.length ? '\n' : ''));
    out(`${source}: ${items.length} items — ${totals.CREATED} created, ${totals.UPDATED} updated, ${totals.UNCHANGED} unchanged, ${totals.REJECTED} rejected\n`);
    return totals.REJECTED > 0 ? 1 : 0;
  } finally {
    await runtime.shutdown();
  }
}

/** `--retract`: the rows are retractions (retractInputs) of the source's kind of record; one line per row, a summary. */
async function retractFile(
  ctx: ReturnType<typeof systemContext>,
  source: string,
  secretariat: string,
  { items, reading, summary }: FileRead,
  size: number,
  bar: SingleBar,
  where: (rows: number[]) => string,
  out: (s: string) => void,
): Promise<number> {
  const kind = RETRACTION_KINDS[source];
  const totals: Record<RetractionStatus, number> = { RETRACTED: 0, UNCHANGED: 0, NOT_FOUND: 0, STALE: 0, REJECTED: 0 };
  const lines: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i += size) {
    const chunk = items.slice(i, i + size);
    const res = await retractInputs(ctx, { kind, secretariat, items: chunk.map((fi) => fi.item) as never[] }, { problems: chunk.map(cellProblems) });
    for (const r of res.items) {
      totals[r.status]++;
      const fi = chunk[r.index];
      const ok = r.status === RetractionStatus.RETRACTED || r.status === RetractionStatus.UNCHANGED;
      const detail = ok ? ` ${r.externalId}` : ` ${r.code} ${rowProblems(reading, fi, r.index, r.violations ?? [{ field: r.field ?? '', message: r.message ?? '' }])}`;
      lines[i + r.index] = `${where(fi.rows)}: ${r.status}${detail}`;
    }
    bar.increment(chunk.length);
  }
  bar.stop();
  out(`${summary}\n`);
  out(lines.join('\n') + (lines.length ? '\n' : ''));
  out(
    `${source} retractions (${kind}): ${items.length} items — ${totals.RETRACTED} retracted, ${totals.UNCHANGED} unchanged, ${totals.NOT_FOUND} not found, ${totals.STALE} stale, ${totals.REJECTED} rejected\n`,
  );
  return totals.RETRACTED + totals.UNCHANGED === items.length ? 0 : 1;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The unreadable cells of an item, as problems found before the batch (on the item itself; the cell is in the message). */
const cellProblems = (fi: FileItem) => (fi.problems.length ? fi.problems.map((p) => ({ field: '', message: `${p.cell}: ${p.message}` })) : undefined);

/**
 * Every problem of a refused row, `; `-separated: its unreadable cells (each with its cell), then each violation the
 * service found at its column, but those of an unreadable cell's column (read as empty, so "is required" would only
 * repeat it).
 */
function rowProblems(reading: Reading, fi: FileItem, index: number, violations: { field: string; message: string }[]): string {
  const cells = new Set(fi.problems.map((p) => `${p.cell}: ${p.message}`));
  const unreadable = new Set(fi.problems.map((p) => p.column));
  const out = fi.problems.map((p) => `${p.cell}: ${p.message}`);
  for (const v of violations) {
    if (cells.has(v.message)) continue;
    const { column, label } = columnOf(reading, fi, v.field.replace(`input.items.${index}`, ''));
    if (column !== null && unreadable.has(column)) continue;
    out.push(`${label}: ${v.message}`);
  }
  return out.join('; ');
}

/**
 * The file's column for a field the service rejected (`.dropoutRate` → `dropout_rate`, `.tasks.0.dueDate` →
 * `task_due_date`) and its label, with the cell in XLSX when the item has one row (`dropout_rate (E3)`); else the
 * field as given (column null).
 */
function columnOf(reading: Reading, item: FileItem, field: string): { column: string | null; label: string } {
  const parts = field.split('.').filter(Boolean);
  const last = parts.at(-1);
  if (!last) return { column: null, label: field || 'item' };
  const name = snake(last);
  const parent = parts.length > 1 ? parts[0].replace(/s$/, '').replace(/_?results?$/i, '').toLowerCase() : '';
  const candidates = [parent && `${parent}_${name}`, name].filter(Boolean);
  const column = candidates.find((c) => reading.header.includes(c));
  if (!column) return { column: null, label: parts.join('.') };
  if (reading.format === 'XLSX' && item.rows.length === 1) {
    const ref = reading.rows.find((r) => r.line === item.rows[0])?.cells.get(column)?.ref;
    if (ref) return { column, label: `${column} (${ref})` };
  }
  return { column, label: column };
}

if (require.main === module) {
  runImport({ argv: process.argv.slice(2) })
    .then((code) => process.exit(code))
    .catch((e) => {
      process.stderr.write(`import: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    });
}
