import http from 'node:http';
import net from 'node:net';
import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';

/*
 * What the benchmarks that run servers as child processes share (npm run bench, npm run bench:memory): a free port,
 * a server started and waited for, keep-alive HTTP requests, and the process's RSS and CPU time from /proc.
 */

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

export interface BenchServer {
  name: string;
  pid: number;
  port: number;
  child: ChildProcess;
}

/**
 * Spawns `node <args>` in `cwd` on a free loopback port (env: PATH, HOST, PORT and `env`), polling `ready(port)` every
 * 300 ms; a server that exits or is not ready within `timeoutMs` throws with its stderr (and is killed).
 */
export async function startServer(
  name: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; ready: (port: number) => Promise<boolean>; timeoutMs: number },
): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${stderr}`);
    if (Date.now() - t0 > options.timeoutMs) {
      child.kill('SIGTERM');
      throw new Error(`${name} did not start: ${stderr}`);
    }
    if (await options.ready(port).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return { name, pid: child.pid!, port, child };
}

/**
 * A request function over one keep-alive agent of `maxSockets` (its `agent`, to destroy at the end): status and body
 * text of `method urlPath` on loopback.
 */
export function httpClient(maxSockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const request = (port: number, method: string, urlPath: string, body: string | null, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path: urlPath, method, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } : headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  return Object.assign(request, { agent });
}

/** Resident set size of a process, MB. */
export const rssOf = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

/** CPU time of a process (user + system), ms. */
export const cpuMsOf = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, clock ticks of 10 ms
};
