import { relaunchWithHeapFlags } from './heap-flags';
relaunchWithHeapFlags(); // first: V8's heap settings can only be given when the process starts (see the file)
import './graphql-production'; // then graphql-js in production mode (see the file)
import 'reflect-metadata';
import { getHeapStatistics } from 'node:v8';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startRuntime } from './runtime';
import { buildHubSchema } from './schema';
import { createHub } from './server';
import { loadDemoData } from './demo/seed';
import { startPeriodJob } from './modules/strategy/period-job';
import { startWebhookWorker } from './modules/webhooks/webhook-worker';
import { sealStoredSecrets } from './modules/webhooks/secret-box';

/** config → database (embedded or DATABASE_URL) → migrations → demo data → server; drains on SIGINT/SIGTERM. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const runtime = await startRuntime(config, logger);
  try {
    const sealed = await sealStoredSecrets(runtime);
    if (sealed) logger.info({ endpoints: sealed }, 'webhook signing secrets sealed with the current WEBHOOK_SECRET_KEYS key');
    else if (!config.WEBHOOK_SECRET_KEYS && config.production) logger.warn('WEBHOOK_SECRET_KEYS is not set: webhook signing secrets are stored in clear (docs/webhooks.md)');
  } catch (err) {
    await runtime.shutdown();
    throw err;
  }
  if (config.DEMO_DATA && (await loadDemoData(runtime))) logger.info('demo jurisdiction loaded (secretariat 05001)');
  let hub, port;
  try {
    hub = await createHub(runtime, await buildHubSchema());
    port = await hub.listen(config.PORT, config.HOST);
  } catch (err) {
    await runtime.shutdown();
    throw err;
  }
  const running = hub;
  const stopPeriodJob = startPeriodJob(runtime);
  const stopWebhooks = startWebhookWorker(runtime);
  // The heap ceiling V8 applies (HEAP_MAX_MB plus the young generation; see src/heap-flags.ts), for the operator.
  const heapLimitMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  logger.info({ port, heapLimitMb }, `pmi-hub ready at http://localhost:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining connections');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out; exiting');
      void runtime.shutdown().finally(() => process.exit(1));
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      await stopPeriodJob();
      await stopWebhooks();
      await running.close();
      await runtime.shutdown();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  process.stderr.write(`pmi-hub failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
