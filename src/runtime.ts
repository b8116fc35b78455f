import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { Runtime } from './context';
import { createLogger, type Logger } from './logger';
import { openDatabase } from './db/data-source';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle, type WhenInUse } from './db/embedded';
import { TokenService } from './common/auth/jwt';
import { EventBus } from './events/event-bus';

export interface RunningRuntime extends Runtime {
  /** Stops the event bus, closes the pool and, when embedded, stops PostgreSQL. */
  shutdown(): Promise<void>;
}

/**
 * Database URL for this process: DATABASE_URL, or an embedded PostgreSQL in EMBEDDED_PG_DIR. `whenInUse` says what to
 * do when that folder's PostgreSQL belongs to another running process: the hub refuses (two hubs would stop each
 * other's server), the command-line tools share it (see src/db/embedded.ts).
 */
export async function resolveDatabase(
  config: Config,
  logger: Logger,
  whenInUse: WhenInUse = 'refuse',
): Promise<{ url: string; embedded: EmbeddedPostgresHandle | null }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_PG_DIR,
    port: config.EMBEDDED_PG_PORT,
    log: (msg) => logger.info(msg),
    whenInUse,
  });
  logger.info({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, owner: embedded.ownerPid }, 'embedded PostgreSQL running');
  return { url: embedded.url, embedded };
}

export async function startRuntime(
  config: Config,
  logger = createLogger(config.LOG_LEVEL),
  whenInUse: WhenInUse = 'refuse',
): Promise<RunningRuntime> {
  const { url, embedded } = await resolveDatabase(config, logger, whenInUse);
  let db;
  try {
    db = await openDatabase(url, config.DATABASE_POOL_SIZE);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const events = new EventBus(db, logger, config);
  await events.start();
  return {
    config,
    db,
    logger,
    events,
    tokens: new TokenService(config),
    instanceId: randomUUID(),
    async shutdown() {
      await events.stop();
      await db.destroy();
      await embedded?.stop();
    },
  };
}
