import { readFileSync } from 'node:fs';
import { buildHubSchema, printHubSchema, SCHEMA_FILE } from '../../src/schema';
import { createTestDatabase } from '../support/database';
import { createDataSource } from '../../src/db/data-source';

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
