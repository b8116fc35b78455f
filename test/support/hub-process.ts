import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';

const root = path.join(__dirname, '..', '..');

export interface HubProcess {
  pid: number;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  url: string;
  wsUrl: string;
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables: V, token: string): Promise<ExecutionResult<R>>;
  ws(token: string): WsClient;
  stop(): Promise<void>;
}

/**
 * Runs a whole hub (src/main.ts) as a separate OS process on the given database, compiled on the fly by
 * swc-register.cjs. Resolves once it logs that it is listening.
 */
export async function spawnHub(databaseUrl: string | null, env: Record<string, string> = {}): Promise<HubProcess> {
  const child: ChildProcess = spawn(process.execPath, ['-r', path.join(__dirname, 'swc-register.cjs'), path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO_DATA: 'false',
      DATABASE_POOL_SIZE: '4',
      JWT_SECRET: 'test-secret-for-pmi-hub-tests',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), // null: the embedded default (EMBEDDED_PG_DIR/PORT in env)
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  // 'ready' carries the port; an embedded start takes longer on a busy machine.
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`hub process did not start: ${stderr}`)), 180_000);
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const line of buffer.split('\n')) {
        const m = /"port":(\d+)/.exec(line);
        if (m && line.includes('ready')) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub process exited with ${code}: ${stderr}`));
    });
  });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${port}/graphql`;
  const clients: WsClient[] = [];
  return {
    pid: child.pid!,
    stderr: () => stderr,
    url,
    wsUrl,
    async gql(doc, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(doc), variables }),
      });
      return (await res.json()) as ExecutionResult<never>;
    },
    ws(token) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: true,
        retryAttempts: 0,
        connectionParams: { Authorization: `Bearer ${token}` },
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      if (child.exitCode !== null || child.signalCode !== null) return; // already exited (or killed)
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
