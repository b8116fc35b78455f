import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../../src/db/embedded';

/**
 * A new empty database for one benchmark run: on DATABASE_URL's server when set (`pmi_bench_<random>`, dropped by
 * `cleanup`), else an embedded PostgreSQL on `embeddedPort` in a temporary folder (stopped and removed by `cleanup`).
 */
export async function scratchDatabase(embeddedPort: number): Promise<{ url: string; cleanup(): Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `pmi_bench_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = `/${name}`;
    return {
      url: u.toString(),
      async cleanup() {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir, port: embeddedPort });
  return {
    url: pg.url,
    async cleanup() {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
