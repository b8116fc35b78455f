import { Client } from 'pg';
import type { EmbeddedPostgresHandle } from '../../src/db/embedded';

/** Drops this run's databases, then stops the embedded server if the run started one. */
export default async function globalTeardown() {
  const runId = process.env.PMI_TEST_RUN_ID;
  const client = new Client({ connectionString: process.env.PMI_TEST_ADMIN_URL });
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ORDER BY datname DESC`,
      [`pmi_t_${runId}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const pg = (globalThis as Record<string, unknown>).__PMI_EMBEDDED_PG__ as EmbeddedPostgresHandle | undefined;
  await pg?.stop();
}
