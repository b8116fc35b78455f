import { createTestDatabase } from '../support/database';
import { createDataSource } from '../../src/db/data-source';
it('schema diff', async () => {
  const db = await createTestDatabase();
  const ds = createDataSource(db.url, 2);
  await ds.initialize();
  const log = await ds.driver.createSchemaBuilder().log();
  console.log(JSON.stringify(log.upQueries.map((q) => q.query), null, 1));
  await ds.destroy();
  await db.drop();
});
