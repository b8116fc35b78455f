import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/db/data-source';

const runId = () => {
  const id = process.env.PMI_TEST_RUN_ID;
  if (!id) throw new Error('PMI_TEST_RUN_ID is not set: run tests through jest (globalSetup)');
  return id;
};
const adminUrl = () => process.env.PMI_TEST_ADMIN_URL as string;
const urlFor = (db: string) => {
  const u = new URL(adminUrl());
  u.pathname = `/${db}`;
  return u.toString();
};

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl() });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The run's template: created and migrated once, by whichever test file gets there first. */
async function ensureTemplate(): Promise<string> {
  const template = `pmi_t_${runId()}_template`;
  await withAdmin(async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      await c.query(`CREATE DATABASE "${template}"`);
      const ds = createDataSource(urlFor(template), 2);
      await ds.initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
      } finally {
        await ds.destroy();
      }
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database with every migration applied, private to the caller. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await ensureTemplate();
  const name = `pmi_t_${runId()}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: urlFor(name),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
