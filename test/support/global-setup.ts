import { randomBytes } from 'node:crypto';
import { startEmbeddedPostgres } from '../../src/db/embedded';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, otherwise an embedded server in TEST_EMBEDDED_PG_DIR
 * (default .data/test-postgres) on TEST_EMBEDDED_PG_PORT (default 54330). The hub's EMBEDDED_PG_DIR/PORT are not used,
 * so tests never touch the data of `npm start`; a second run on the same folder is refused while the first runs.
 * Each test file then gets its own database cloned from a migrated template (test/support/database.ts).
 */
export default async function globalSetup() {
  process.env.PMI_TEST_RUN_ID = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  if (process.env.DATABASE_URL) {
    process.env.PMI_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
  const dataDir = process.env.TEST_EMBEDDED_PG_DIR || '.data/test-postgres';
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'postgres' });
  process.env.PMI_TEST_ADMIN_URL = pg.url;
  (globalThis as Record<string, unknown>).__PMI_EMBEDDED_PG__ = pg;
}
