import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { resolveDatabase } from '../runtime';
import { createDataSource } from '../db/data-source';

/** npm run migrate [-- --revert]: applies pending migrations to DATABASE_URL (or the embedded database). */
async function main() {
  const { values } = parseArgs({ options: { revert: { type: 'boolean', default: false } } });
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { url, embedded } = await resolveDatabase(config, logger, 'share'); // beside a running hub: its server
  const ds = createDataSource(url);
  try {
    await ds.initialize();
    if (values.revert) {
      await ds.undoLastMigration({ transaction: 'each' });
      process.stdout.write('reverted the last migration\n');
    } else {
      const done = await ds.runMigrations({ transaction: 'each' });
      process.stdout.write(done.length ? `applied: ${done.map((m) => m.name).join(', ')}\n` : 'no pending migrations\n');
    }
  } finally {
    await ds.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch((err) => {
  process.stderr.write(`migrate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
