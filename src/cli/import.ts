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
import { DomainError, ErrorCode, isDatabaseUnavailable, unavailable } from '../common/errors';
import { showClientText } from '../common/input-guard';

const USAGE = `usage: npm run import -- --source <${Object.keys(FILE_SOURCES).join('|')}> --secretariat <code> [--sheet name] [--source-timestamp ISO] [--retract] file.csv|file.xlsx
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
 *
 * A file is all or nothing: every readable row goes to the service as one batch, written in one transaction (the
 * inputs store works through it in chunks of 1,000 rows inside that transaction). When the database fails midway
 * (connection lost, server stopped), nothing of the file is stored, and the import says so with a stable message and
 * code (never the driver's text) and exits 2; running it again loads the whole file.
 */
export async function runImport({ argv, env = process.env, out = (s) => process.stdout.write(s), err = process.stderr }: ImportIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        secretariat: { type: 'string' },
        catalogue: { type: 'string' },
        'source-timestamp': { type: 'string' },
        sheet: { type: 'string' },
        retract: { type: 'boolean' },
      },
    });
  } catch (e) {
    // An unknown or incomplete option (node's own message names it), e.g. the former --batch-size.
    err.write(`import: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
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
  const rowCount = read?.items.length ?? 0;
  if (rowCount > MAX_FILE_ITEMS) {
    err.write(`import: the file holds ${rowCount} items; one import takes at most ${MAX_FILE_ITEMS} (one transaction). Split the file.\n`);
    return 2;
  }
  // The whole file is one batch (one transaction): the batch limit of GraphQL clients does not apply to it.
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false', MAX_BATCH_SIZE: String(Math.max(rowCount, 1)) });
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config, createLogger(config.LOG_LEVEL), 'share'); // beside a running hub: its server
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    err.write(`import: ${failure(unavailable())}\n`);
    return 2;
  }
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
    const bar = new SingleBar({ stream: err, format: `${source} [{bar}] {value}/{total} items | {eta_formatted}`, hideCursor: false, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
    bar.start(items.length, 0);
    if (values.retract) {
      const code = await retractFile(ctx, source, values.secretariat as string, read as FileRead, bar, where, out);
      return code;
    }
    const totals: Record<ItemStatus, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 };
    const lines: string[] = new Array(items.length);
    const spec = FILE_SOURCES[source].spec!;
    // The whole file is one batch (one transaction: all or nothing). Items with unreadable cells go too (refused there,
    // nothing of them written), so a row lists every problem at once: its unreadable cells, then what the source's
    // checks find in its other cells.
    const res = await ingestBatch(ctx, spec, { secretariat: values.secretariat as string, items: items.map((fi) => fi.item) }, { problems: items.map(cellProblems) });
    for (const r of res.items) {
      totals[r.status]++;
      const fi = items[r.index];
      const detail =
        r.status === ItemStatus.REJECTED
          ? ` ${r.code} ${rowProblems(reading, fi, r.index, r.violations ?? [{ field: r.field ?? '', message: r.message ?? '' }])}`
          : ` ${r.key ?? ''}`;
      lines[r.index] = `${where(fi.rows)}: ${r.status}${detail}`;
    }
    bar.increment(items.length);
    bar.stop();
    out(`${summary}\n`);
    out(lines.join('\n') + (lines.length ? '\n' : ''));
    out(`${source}: ${items.length} items — ${totals.CREATED} created, ${totals.UPDATED} updated, ${totals.UNCHANGED} unchanged, ${totals.REJECTED} rejected\n`);
    return totals.REJECTED > 0 ? 1 : 0;
  } catch (e) {
    // A refusal of the whole file (secretariat unknown, database unavailable…): nothing of the file was written.
    err.write(`\nimport: ${failure(e)}\n`);
    return 2;
  } finally {
    await runtime.shutdown().catch(() => undefined);
  }
}

/**
 * Items one import takes (one transaction, held in memory): 100,000 D01.03 rows measured 676 MB peak RSS, 72 s wall
 * (8.9 s CPU) on a shared 2-core machine at load 16, ≈5.5 KB per row; 250,000 holds the largest secretariat's yearly
 * self-evaluation (Bogotá: 2,281 schools × 93 components ≈ 212,000) in about 1.5 GB.
 */
const MAX_FILE_ITEMS = 250_000;

/**
 * The line printed when the file as a whole fails: the hub's code and message for a coded refusal or an unreachable
 * database, never the driver's text (that goes nowhere: the import has no log beyond LOG_LEVEL's).
 */
function failure(e: unknown): string {
  const coded = e instanceof DomainError ? e : isDatabaseUnavailable(e) ? unavailable() : null;
  if (!coded) return `${ErrorCode.INTERNAL_SERVER_ERROR}: the import failed unexpectedly; nothing of the file was written (run with LOG_LEVEL=debug for details)`;
  const code = coded.extensions.code as string;
  const message = code === ErrorCode.UNAVAILABLE ? 'The database became unavailable during the import; nothing of the file was written. Run the same import again when it is back.' : coded.message;
  return `${code}: ${message}`;
}

/** `--retract`: the rows are retractions (retractInputs) of the source's kind of record; one line per row, a summary. */
async function retractFile(
  ctx: ReturnType<typeof systemContext>,
  source: string,
  secretariat: string,
  { items, reading, summary }: FileRead,
  bar: SingleBar,
  where: (rows: number[]) => string,
  out: (s: string) => void,
): Promise<number> {
  const kind = RETRACTION_KINDS[source];
  const totals: Record<RetractionStatus, number> = { RETRACTED: 0, UNCHANGED: 0, NOT_FOUND: 0, STALE: 0, REJECTED: 0 };
  const lines: string[] = new Array(items.length);
  // One batch, one transaction, as for records (see runImport).
  const res = await retractInputs(ctx, { kind, secretariat, items: items.map((fi) => fi.item) as never[] }, { problems: items.map(cellProblems) });
  for (const r of res.items) {
    totals[r.status]++;
    const fi = items[r.index];
    const ok = r.status === RetractionStatus.RETRACTED || r.status === RetractionStatus.UNCHANGED;
    const detail = ok ? ` ${r.externalId}` : ` ${r.code} ${rowProblems(reading, fi, r.index, r.violations ?? [{ field: r.field ?? '', message: r.message ?? '' }])}`;
    lines[r.index] = `${where(fi.rows)}: ${r.status}${detail}`;
  }
  bar.increment(items.length);
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
  return showClientText(out.join('; ')); // an unreadable cell's text is quoted in its message: never raw
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

/** Exits once stdout and stderr are flushed: into a pipe they are written asynchronously, and process.exit would cut them. */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => --pending === 0 && process.exit(code);
  process.stdout.write('', done);
  process.stderr.write('', done);
}

if (require.main === module) {
  runImport({ argv: process.argv.slice(2) })
    .then(exitAfterFlush)
    .catch((e) => {
      process.stderr.write(`import: ${failure(e)}\n`);
      exitAfterFlush(2);
    });
}
