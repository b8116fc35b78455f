import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { strategyOf } from '../modules/strategy/strategy.service';
import { programmingRecord } from '../modules/strategy/programming-record';
import { ExportFormat } from '../modules/strategy/strategy.enums';
import { isApprovedOrLater } from '../modules/strategy/strategy-lifecycle';
import { followUpRecord } from '../modules/follow-ups/follow-up-record';
import { RecordFormat } from '../records/record';

/** Records this command can write; the key is the value of --record. */
const RECORDS = { programacion: 'Programación de la Asistencia Técnica', seguimiento: 'Seguimiento de los PMI' } as const;

const USAGE = `usage: npm run export -- --record programacion|seguimiento --secretariat <code> --period <year> [--format csv|xlsx] [--out file]
  --record programacion   the record "${RECORDS.programacion}" of the secretariat's approved strategy
  --record seguimiento    the record "${RECORDS.seguimiento}" (every PMI action and indicator of the period)
  --format                csv (default) or xlsx
  --out                   output file (default: the record's file name in the current folder)`;

export interface ExportIO {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** Folder the default file name is written to (the current folder unless told). */
  cwd?: string;
  out?: (s: string) => void;
  err?: (s: string) => void;
}

/**
 * Writes a D02.03 record to a file, through the same code as the GraphQL query `assistanceProgrammingRecord`.
 * Returns the exit code: 0 written, 1 nothing to export (no approved strategy), 2 usage or failure.
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
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
      },
    }) as { values: Record<string, string | undefined> });
  } catch (e) {
    err(`export: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const problems = [
    !values.record && 'name the record (--record programacion)',
    values.record && !(values.record in RECORDS) && `unknown record "${values.record}" (known: ${Object.keys(RECORDS).join(', ')})`,
    !values.secretariat && 'name the secretariat (--secretariat <code>)',
    !/^\d{4}$/.test(values.period ?? '') && 'give the period as a year (--period 2026)',
    !['csv', 'xlsx'].includes((values.format ?? '').toLowerCase()) && `unknown format "${values.format}" (csv or xlsx)`,
  ].filter(Boolean);
  if (problems.length) {
    err(`export: ${problems.join('; ')}\n${USAGE}\n`);
    return 2;
  }
  const secretariat = values.secretariat as string;
  const period = values.period as string;
  const format = (values.format as string).toLowerCase() === 'xlsx' ? ExportFormat.XLSX : ExportFormat.CSV;

  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  try {
    // Read as the secretariat's own staff would, so tenancy applies as in the GraphQL query.
    const ctx = systemContext(runtime, { subject: 'cli:export', role: Role.QUALITY_LEADER, secretariat, client: 'pmi-hub-export' });
    if (values.record === 'seguimiento') {
      const file = await followUpRecord(runtime.db.manager, secretariat, period, format === ExportFormat.XLSX ? RecordFormat.XLSX : RecordFormat.CSV);
      const target = path.resolve(cwd, values.out ?? file.filename);
      await writeFile(target, file.content);
      out(`${RECORDS.seguimiento}: ${target} (${file.rows} row${file.rows === 1 ? '' : 's'})\n`);
      return 0;
    }
    const strategy = await strategyOf(ctx, period, secretariat);
    if (!strategy || !isApprovedOrLater(strategy.status)) {
      const state = strategy
        ? `its strategy for ${period} is ${strategy.status} (revision ${strategy.revision}); approve it first`
        : `it has no strategy for ${period}`;
      err(`export: no approved assistance strategy for secretariat ${secretariat} and period ${period}: ${state}\n`);
      return 1;
    }
    const file = await programmingRecord(runtime.db.manager, strategy, format);
    const target = path.resolve(cwd, values.out ?? file.filename);
    await writeFile(target, file.content);
    out(`${RECORDS.programacion}: ${target} (${file.rows} row${file.rows === 1 ? '' : 's'}, revision ${strategy.revision})\n`);
    return 0;
  } finally {
    await runtime.shutdown();
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
