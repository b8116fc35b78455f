import 'reflect-metadata';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { PERIOD_PATTERN } from '../common/period';
import { writeRecord, RecordFormat } from '../records/record';
import { RECORDS, RecordUnavailable, formatsOf } from '../records/registry';


const USAGE = `usage: npm run export -- --record <${Object.keys(RECORDS).join('|')}> --secretariat <code> --period <year> [--format csv|xlsx|pdf] [--out file]
${Object.entries(RECORDS)
  .map(([key, r]) => `  --record ${key.padEnd(16)} "${r.definition.title}": ${r.describes} (${formatsOf(r).join(', ').toLowerCase()})`)
  .join('\n')}
  --format                  csv, xlsx, or pdf where the record has a printed form; default: from the --out extension, else
                            the record's only format (consolidado: pdf), else csv
  --out                     output file or folder, relative to the current folder (default: the record's file name there)`;

export interface ExportIO {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** Folder the default file name is written to (the current folder unless told). */
  cwd?: string;
  out?: (s: string) => void;
  err?: (s: string) => void;
}

/**
 * Writes a D02.03 record (one of `RECORDS`, src/records/registry.ts) to a file, with the same loader and writer as
 * GraphQL. Returns the exit code: 0 written, 1 nothing to export (e.g. no approved strategy), 2 usage error (unknown
 * record, format or secretariat, bad period, unwritable --out) or failure.
 */
export async function runExport({
  argv,
  env = process.env,
  cwd = process.cwd(),
  out = (s) => process.stdout.write(s),
  err = (s) => process.stderr.write(s),
}: ExportIO): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        record: { type: 'string' },
        secretariat: { type: 'string' },
        period: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
    }) as { values: Record<string, string | undefined> });
  } catch (e) {
    err(`export: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const outExt = path.extname(values.out ?? '').toLowerCase().slice(1);
  const chosen = values.record && values.record in RECORDS ? RECORDS[values.record] : null;
  // A record with one format (consolidado: pdf) needs no --format.
  const only = chosen && formatsOf(chosen).length === 1 ? formatsOf(chosen)[0].toLowerCase() : null;
  const formatName = (values.format ?? (['csv', 'xlsx', 'pdf'].includes(outExt) ? outExt : (only ?? 'csv'))).toLowerCase();
  const problems = [
    !values.record && `name the record (--record ${Object.keys(RECORDS).join('|')})`,
    values.record && !(values.record in RECORDS) && `unknown record "${values.record}" (known: ${Object.keys(RECORDS).join(', ')})`,
    !values.secretariat && 'name the secretariat (--secretariat <code>)',
    !PERIOD_PATTERN.test(values.period ?? '') && 'give the period as a year (--period 2026)',
    !['csv', 'xlsx', 'pdf'].includes(formatName) && `unknown format "${values.format}" (csv, xlsx or pdf)`,
    ['csv', 'xlsx', 'pdf'].includes(formatName) &&
      chosen &&
      !formatsOf(chosen).includes(formatName.toUpperCase() as RecordFormat) &&
      `format "${formatName}" is not available for ${values.record} (${formatsOf(chosen).join(', ').toLowerCase()})`,
  ].filter(Boolean);
  if (problems.length) {
    err(`export: ${problems.join('; ')}\n${USAGE}\n`);
    return 2;
  }
  const entry = RECORDS[values.record as string];
  const secretariat = values.secretariat as string;
  const period = values.period as string;
  const format = formatName.toUpperCase() as RecordFormat;

  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL), 'share'); // beside a running hub: its server
  try {
    const known = await runtime.db.query('SELECT 1 FROM secretariat WHERE code = $1', [secretariat]);
    if (known.length === 0) {
      err(`export: unknown secretariat "${secretariat}": no secretariat has that code\n`);
      return 2;
    }
    // Read as the secretariat's own staff would, so tenancy applies as in the GraphQL query.
    const ctx = systemContext(runtime, { subject: 'cli:export', role: Role.QUALITY_LEADER, secretariat, client: 'pmi-hub-export' });
    let file;
    let note: string | undefined;
    try {
      if ('file' in entry) file = await entry.file(ctx, { secretariat, period }, format);
      else {
        const loaded = await entry.load(ctx, { secretariat, period });
        note = loaded.note;
        file = await writeRecord(loaded.definition ?? entry.definition, loaded.rows, format, loaded.base, loaded.heading);
      }
    } catch (e) {
      if (!(e instanceof RecordUnavailable)) throw e;
      err(`export: ${e.message}\n`);
      return 1;
    }
    // --out is relative to the current folder; an existing folder (or a name ending in /) receives the default name.
    let target = path.resolve(cwd, values.out ?? file.filename);
    if (values.out && (/[\\/]$/.test(values.out) || (await isDirectory(target)))) target = path.join(target, file.filename);
    try {
      await writeFile(target, file.content);
    } catch (e) {
      err(`export: cannot write ${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the folder does not exist' : (e as Error).message}\n`);
      return 2;
    }
    out(`${entry.definition.title}: ${target} (${format}, ${file.rows} row${file.rows === 1 ? '' : 's'}${note ? `, ${note}` : ''})\n`);
    return 0;
  } finally {
    await runtime.shutdown();
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

if (require.main === module) {
  runExport({ argv: process.argv.slice(2) })
    .then((code) => process.exit(code))
    .catch((e) => {
      process.stderr.write(`export: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    });
}
