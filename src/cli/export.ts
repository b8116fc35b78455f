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
import { evaluationRecordFor } from '../modules/assistance-evaluation/evaluation-record';
import { revisionRecord } from '../modules/reports/revision-record';
import { irregularityRecord } from '../modules/irregularities/irregularity-record';
import { IrregularityReport } from '../modules/irregularities/irregularity-report.entity';
import { consolidatedReportPdf } from '../modules/reports/consolidated-report.pdf';
import { ConsolidatedReport } from '../modules/reports/consolidated-report.entity';
import { RecordFormat, type ExportedFile } from '../records/record';
import type { Context } from '../context';
import type { RunningRuntime } from '../runtime';

/** Records this command can write; the key is the value of --record, with the formats each has. */
const RECORDS = {
  programacion: { title: 'Programación de la Asistencia Técnica', formats: ['csv', 'xlsx'] },
  revision: { title: 'Revisión de los PMI', formats: ['csv', 'xlsx'] },
  seguimiento: { title: 'Seguimiento de los PMI', formats: ['csv', 'xlsx'] },
  evaluacion: { title: 'Evaluación de asesoría', formats: ['csv', 'xlsx'] },
  irregularidades: { title: 'F01.03.F01 Reporte de indicios de irregularidades', formats: ['csv', 'xlsx', 'pdf'] },
  consolidado: { title: 'Informe de análisis consolidado', formats: ['pdf'] },
} as const;
type RecordKey = keyof typeof RECORDS;

const USAGE = `usage: npm run export -- --record <record> --secretariat <code> --period <year> [--format csv|xlsx|pdf] [--out file]
  --record programacion     "${RECORDS.programacion.title}" of the secretariat's approved strategy
  --record revision         "${RECORDS.revision.title}": every review of the period's PMIs
  --record seguimiento      "${RECORDS.seguimiento.title}" (every PMI action and indicator of the period)
  --record evaluacion       "${RECORDS.evaluacion.title}": the schools' evaluations of the assistance in the period
  --record irregularidades  "${RECORDS.irregularidades.title}" of the year (--period), csv, xlsx or pdf
  --record consolidado      "${RECORDS.consolidado.title}": the latest published version of the period, pdf
  --format                  csv (default), xlsx, or pdf where the record has a printed form
  --out                    output file (default: the record's file name in the current folder)`;

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
    !['csv', 'xlsx', 'pdf'].includes((values.format ?? '').toLowerCase()) && `unknown format "${values.format}" (csv, xlsx or pdf)`,
    ['csv', 'xlsx', 'pdf'].includes((values.format ?? '').toLowerCase()) &&
      values.record &&
      values.record in RECORDS &&
      !(RECORDS[values.record as RecordKey].formats as readonly string[]).includes((values.format ?? '').toLowerCase()) &&
      `format "${values.format}" is not available for ${values.record} (${RECORDS[values.record as RecordKey].formats.join(', ')})`,
  ].filter(Boolean);
  if (problems.length) {
    err(`export: ${problems.join('; ')}\n${USAGE}\n`);
    return 2;
  }
  const secretariat = values.secretariat as string;
  const period = values.period as string;
  const format = (values.format as string).toLowerCase() === 'xlsx' ? ExportFormat.XLSX : ExportFormat.CSV;
  const recordFormat = { csv: RecordFormat.CSV, xlsx: RecordFormat.XLSX, pdf: RecordFormat.PDF }[(values.format as string).toLowerCase() as 'csv'];
  const key = values.record as RecordKey;

  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  try {
    // Read as the secretariat's own staff would, so tenancy applies as in the GraphQL query.
    const ctx = systemContext(runtime, { subject: 'cli:export', role: Role.QUALITY_LEADER, secretariat, client: 'pmi-hub-export' });
    if (key !== 'programacion') {
      const file = await otherRecord(key, ctx, runtime, secretariat, period, recordFormat);
      if (typeof file === 'string') {
        err(`export: ${file}\n`);
        return 1;
      }
      const target = path.resolve(cwd, values.out ?? file.filename);
      await writeFile(target, file.content);
      out(`${RECORDS[key].title}: ${target} (${file.rows} row${file.rows === 1 ? '' : 's'})\n`);
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
    out(`${RECORDS.programacion.title}: ${target} (${file.rows} row${file.rows === 1 ? '' : 's'}, revision ${strategy.revision})\n`);
    return 0;
  } finally {
    await runtime.shutdown();
  }
}

/** Every record but the programming: the same code as its GraphQL query. Returns the file, or why there is none. */
async function otherRecord(
  key: Exclude<RecordKey, 'programacion'>,
  ctx: Context,
  runtime: RunningRuntime,
  secretariat: string,
  period: string,
  format: RecordFormat,
): Promise<ExportedFile | string> {
  const db = runtime.db.manager;
  switch (key) {
    case 'seguimiento':
      return followUpRecord(db, secretariat, period, format);
    case 'evaluacion':
      return evaluationRecordFor(ctx, period, format);
    case 'revision':
      return revisionRecord(db, secretariat, period, format);
    case 'irregularidades': {
      const report = await db.findOneBy(IrregularityReport, { secretariatCode: secretariat, year: period });
      return report ? irregularityRecord(db, report, format) : `no irregularities report for secretariat ${secretariat} and year ${period}: draft it first`;
    }
    case 'consolidado': {
      const report = await db.findOne(ConsolidatedReport, {
        where: { secretariatCode: secretariat, period, status: 'PUBLISHED' as never },
        order: { version: 'DESC' },
      });
      return report ? consolidatedReportPdf(db, report) : `no published consolidated report for secretariat ${secretariat} and period ${period}`;
    }
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
