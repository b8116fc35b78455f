import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { resolveDatabase } from '../../src/runtime';
import { createDataSource } from '../../src/db/data-source';
import { startRuntime } from '../../src/runtime';
import { clearGenerated, generateNational } from './support/national-data';
import { generateReports } from './support/national-reports';

/**
 * npm run generate -- --schools 20000 --seed 1 [--period 2026] [--replace]
 * Fills DATABASE_URL's database (or the hub's embedded one, EMBEDDED_PG_DIR) with a deterministic national dataset
 * (test/bench/support/national-data.ts), after applying pending migrations. Refuses a database that already has
 * schools unless --replace, which empties the generated tables (and the audit trail and event log) first. Then the
 * period's reports are produced by the hub's own services (test/bench/support/national-reports.ts).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      schools: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '1' },
      period: { type: 'string', default: '2026' },
      replace: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const logger = createLogger(config.LOG_LEVEL);
  const { url, embedded } = await resolveDatabase(config, logger, 'share');
  const ds = createDataSource(url, 1);
  const db = new Client({ connectionString: url });
  const side = new Client({ connectionString: url });
  try {
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    await ds.destroy();
    await db.connect();
    await side.connect();
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM school')).rows;
    if (n > 0 && !values.replace) throw new Error(`the database already has ${n} schools: pass --replace to empty it first`);
    if (n > 0) await clearGenerated(db);
    const log = values.quiet ? undefined : (l: string) => process.stdout.write(`  ${l}\n`);
    const { seconds, databaseCpuSeconds, counts } = await generateNational(db, { schools: Number(values.schools), seed: Number(values.seed), period: values.period, log }, side);
    const runtime = await startRuntime(loadConfig({ ...process.env, LOG_LEVEL: config.LOG_LEVEL, DATABASE_URL: url, DEMO_DATA: 'false' }), logger);
    let reports;
    try {
      reports = await generateReports(runtime, { seed: Number(values.seed), period: values.period, log });
    } finally {
      await runtime.shutdown();
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const r = reports.counts;
    process.stdout.write(
      `generated ${counts.school} schools in ${counts.secretariat} secretariats, ${total.toLocaleString('en')} rows in ${seconds.toFixed(1)} s ` +
        `(seed ${values.seed}, period ${values.period}): ${counts.self_evaluation_score} self-evaluation scores, ${counts.improvement_plan} PMIs, ` +
        `${counts.improvement_plan_goal} goals, ${counts.improvement_plan_indicator} indicators, ${counts.improvement_plan_action} actions; ` +
        `then by the hub's services in ${reports.seconds.toFixed(1)} s: ${r.consolidated_report} consolidated reports published, ` +
        `${r.pmi_results_report} PMI results published, ${r.irregularity_report} irregularities reports (${r['irregularity_report signed']} signed), ` +
        `${r.evaluation_consolidation} evaluation consolidations (${r['evaluation_consolidation refused']} refused: deadline not passed); ` +
        `database CPU ${databaseCpuSeconds === null ? 'n/a' : `${databaseCpuSeconds.toFixed(1)} s`}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}\n`,
    );
  } finally {
    await db.end().catch(() => undefined);
    await side.end().catch(() => undefined);
    if (ds.isInitialized) await ds.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`generate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
