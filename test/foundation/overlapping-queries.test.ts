import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { takeOverlappingQueries } from '../support/no-overlapping-queries';

/** The suite's guard against pg's "client is already executing a query" (test/support/no-overlapping-queries.ts). */
describe('overlapping queries on one connection', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('records a query sent while the connection is still busy (which pg warns about), with the caller', async () => {
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query('SELECT 1');
      expect(takeOverlappingQueries()).toEqual([]);
      await Promise.all([c.query('SELECT pg_sleep(0.05)'), c.query('SELECT 2')]);
      const found = takeOverlappingQueries();
      expect(found).toHaveLength(1);
      expect(found[0]).toContain('overlapping-queries.test.ts');
    } finally {
      await c.end();
    }
  });
});
