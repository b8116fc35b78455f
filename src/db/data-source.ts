import 'reflect-metadata';
import path from 'node:path';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { SnakeNamingStrategy } from './naming';
import { entities } from '../modules';
import { countStatement } from './statement-counter';

/** Every statement goes through here so a request can count its SQL (see statement-counter). */
class CountingLogger implements TypeOrmLogger {
  logQuery() {
    countStatement();
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

const migrationsGlob = path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: [migrationsGlob],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query'],
    logger: new CountingLogger(),
    // JIT off: the hub's statements are short or moderate aggregates, for which compiling to machine code costs more
    // than it saves (0.45 s of the 0.8 s national PMI results with JIT, see `npm run bench:ministry`).
    extra: { max: poolSize, application_name: 'pmi-hub', options: '-c jit=off' },
  });
}

/** Opens the data source and applies pending migrations. */
export async function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  const ds = createDataSource(url, poolSize);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/** True when every migration in `migrations/` has been applied. */
export async function migrationsApplied(ds: DataSource): Promise<boolean> {
  return !(await ds.showMigrations());
}
