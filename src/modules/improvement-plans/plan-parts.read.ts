import { In, type DataSource } from 'typeorm';

/**
 * The fast read path of a PMI's parts (issue 14): the rows of a part table for a whole page of parents in one
 * statement, hydrated from the entity's own metadata and TypeORM's own value conversion (`prepareHydratedValue`:
 * dates, numbers, transformers) but without its query builder and result transformer, which cost a dashboard page of
 * 50 plans (200 goals, 400 indicators, 600 actions) more than the SQL. Same entities, same order as `repository.find`
 * (test/scale/optimisations.test.ts compares both). Entities with embedded columns go through `find`.
 */
export async function partsOf<T extends object>(
  ds: DataSource,
  entity: new () => T,
  parentProperty: string,
  parentIds: readonly string[],
  order: Record<string, 'ASC' | 'DESC'>,
): Promise<T[]> {
  const meta = ds.getMetadata(entity);
  // Entities with embedded columns (a review's observations) keep TypeORM's own path.
  if (meta.embeddeds.length) return ds.getRepository(entity).find({ where: { [parentProperty]: In([...parentIds]) } as never, order: order as never });
  const column = (p: string) => {
    const c = meta.findColumnWithPropertyName(p);
    if (!c) throw new Error(`${meta.name} has no column ${p}`);
    return `"${c.databaseName}"`;
  };
  const sql =
    `SELECT ${meta.columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${meta.tableName}" ` +
    `WHERE ${column(parentProperty)} = ANY($1::uuid[]) ORDER BY ${Object.entries(order).map(([p, d]) => `${column(p)} ${d}`).join(', ')}`;
  const rows: Record<string, unknown>[] = await ds.query(sql, [parentIds]);
  const driver = ds.driver;
  return rows.map((r) => {
    const e = new entity() as Record<string, unknown>;
    for (const c of meta.columns) e[c.propertyName] = driver.prepareHydratedValue(r[c.databaseName], c);
    return e as T;
  });
}
