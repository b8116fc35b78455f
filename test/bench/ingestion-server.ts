import '../../src/graphql-production'; // first: graphql-js as `npm start` loads it (production mode)
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startRuntime } from '../../src/runtime';
import { buildHubSchema } from '../../src/schema';
import { createHub } from '../../src/server';

/** The hub under benchmark, in its own process so its memory is measured alone. Talks to the parent over IPC. */
async function main() {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0' });
  const runtime = await startRuntime(config, createLogger(config.LOG_LEVEL));
  const hub = await createHub(runtime, await buildHubSchema());
  const port = await hub.listen(0, '127.0.0.1');
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const token = await runtime.tokens.mint({ sub: 'bench:d01.03', role: 'SUBPROCESS' as never, secretariat: process.env.BENCH_SECRETARIAT, scopes: ['ingest:D01.03'], client: 'bench' });
  let cpu = process.cpuUsage();
  process.send!({ type: 'ready', port, token });
  process.on('message', async (msg: { type: string }) => {
    if (msg.type === 'stats') {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      process.send!({ type: 'stats', peakRss, peakHeap, maxRssKb: process.resourceUsage().maxRSS, cpuSeconds: (used.user + used.system) / 1e6 });
      peakRss = process.memoryUsage().rss;
      peakHeap = process.memoryUsage().heapUsed;
    }
    if (msg.type === 'stop') {
      clearInterval(timer);
      await hub.close();
      await runtime.shutdown();
      process.exit(0);
    }
  });
}

main().catch((err) => {
  process.stderr.write(`bench server: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
