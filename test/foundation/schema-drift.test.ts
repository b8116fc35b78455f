import { readFileSync } from 'node:fs';
import { buildHubSchema, printHubSchema, SCHEMA_FILE } from '../../src/schema';
import { createTestDatabase } from '../support/database';
import { createDataSource } from '../../src/db/data-source';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM's schema builder reads the catalogue with parallel queries on one connection (getTables runs
 * getUserDefinedTypeName for every column at once), which pg queues with a DeprecationWarning (an error from pg 9 on).
 * Chain the query runners' queries so each waits for the previous one on its connection.
 */
function oneQueryAtATime(ds: DataSource) {
  const create = ds.createQueryRunner.bind(ds);
  ds.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>): QueryRunner => {
    const runner = create(...args);
    const query = runner.query.bind(runner) as (...a: unknown[]) => Promise<unknown>;
    let previous: Promise<unknown> = Promise.resolve();
    (runner as unknown as { query: (...a: unknown[]) => Promise<unknown> }).query = (...a: unknown[]) => {
      const next = previous.catch(() => undefined).then(() => query(...a));
      previous = next;
      return next;
    };
    return runner;
  };
}

describe('generated artefacts', () => {
  it('schema/schema.graphql is what the code generates (run `npm run schema` after changing the API)', async () => {
    const generated = printHubSchema(await buildHubSchema());
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(generated);
  });

  it('the migrations produce exactly the schema the entities describe (no pending entity changes)', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, 1);
    await ds.initialize();
    oneQueryAtATime(ds);
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      // Tables, columns, types, nullability and unique keys must match. Index names, CHECK constraints and foreign
      // keys are written by hand in the SQL migrations (often stricter than the decorators), so they are not compared.
      const relevant = pending.upQueries
        .map((q) => q.query)
        .filter((q) => !/^(CREATE|DROP) INDEX|DROP CONSTRAINT|ADD CONSTRAINT "FK_/.test(q));
      expect(relevant).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('every migration can be reverted and re-applied', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, 1);
    await ds.initialize();
    try {
      const count = ds.migrations.length;
      for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables[0].n).toBe(0);
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(count);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
