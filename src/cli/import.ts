import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { startRuntime } from '../runtime';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { FILE_SOURCES, fileItems } from '../inbound/file-import';
import { loadCatalogue, type CatalogueData } from '../modules/catalogue/catalogue.service';
import { ItemStatus } from '../inbound/batch';

const USAGE = `usage: npm run import -- --source <${Object.keys(FILE_SOURCES).join('|')}> --secretariat <code> [--batch-size N] [--source-timestamp ISO] file.csv|file.xlsx
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
    },
  });
  if (!values.catalogue && (!values.source || !values.secretariat || positionals.length !== 1)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DEMO_DATA: 'false' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  try {
    if (values.catalogue) {
      const data = JSON.parse(await readFile(values.catalogue, 'utf8')) as CatalogueData;
      const ctx = systemContext(runtime, { subject: 'cli:import', role: Role.ADMIN, client: 'pmi-hub-import' });
      const cat = await loadCatalogue(ctx, data);
      out(`catalogue ${cat.version} loaded (${data.processes.length} processes, ${data.processes.reduce((n, p) => n + p.components.length, 0)} components)\n`);
      return 0;
    }
    const source = values.source as string;
    const items = await fileItems(source, positionals[0], values['source-timestamp']);
    const ctx = systemContext(runtime, {
      subject: 'cli:import',
      role: Role.IMPROVEMENT_PROFESSIONAL,
      secretariat: values.secretariat as string,
      client: 'pmi-hub-import',
    });
    const size = Math.min(Number(values['batch-size'] ?? 1000) || 1000, config.MAX_BATCH_SIZE);
    const bar = new SingleBar({ stream: err, format: `${source} [{bar}] {value}/{total} items | {eta_formatted}`, hideCursor: false, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
    bar.start(items.length, 0);
    const totals: Record<ItemStatus, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 };
    const lines: string[] = [];
    for (let i = 0; i < items.length; i += size) {
      const chunk = items.slice(i, i + size);
      const res = await FILE_SOURCES[source].ingest(ctx, { secretariat: values.secretariat as string, items: chunk.map((c) => c.item) as never[] });
      for (const r of res.items) {
        totals[r.status]++;
        const rows = chunk[r.index].rows;
        const where = rows.length > 1 ? `rows ${rows[0]}-${rows.at(-1)}` : `row ${rows[0]}`;
        const detail = r.status === ItemStatus.REJECTED ? ` ${r.code} ${r.field?.replace(`input.items.${r.index}.`, '')}: ${r.message}` : ` ${r.key ?? ''}`;
        lines.push(`${where}: ${r.status}${detail}`);
      }
      bar.increment(chunk.length);
    }
    bar.stop();
    out(lines.join('\n') + (lines.length ? '\n' : ''));
    out(`${source}: ${items.length} items — ${totals.CREATED} created, ${totals.UPDATED} updated, ${totals.UNCHANGED} unchanged, ${totals.REJECTED} rejected\n`);
    return totals.REJECTED > 0 ? 1 : 0;
  } finally {
    await runtime.shutdown();
  }
}

if (require.main === module) {
  runImport({ argv: process.argv.slice(2) })
    .then((code) => process.exit(code))
    .catch((e) => {
      process.stderr.write(`import: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(2);
    });
}
