import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import express from 'express';
import { loadConfig, ConfigError } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { createLogger } from '../../src/logger';
import { dashboardRouter } from '../../src/dashboard/serve';

/** The hub's side of the dashboard without a database: the development token switch and a missing build. */
async function serve(env: Record<string, string>, distDir: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = express();
  app.use('/dashboard', dashboardRouter({ config, logger: createLogger('silent'), tokens: new TokenService(config) }, distDir));
  const server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, '0.0.0.0', r));
  const port = (server.address() as { port: number }).port;
  return { port, base: `http://127.0.0.1:${port}/dashboard`, tokens: new TokenService(config), close: () => new Promise((r) => server.close(r)) };
}
const post = (url: string, body: unknown, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });

describe('development tokens for the role picker (DASHBOARD_DEV_TOKENS)', () => {
  it('are on by default only with the built-in development secret, off with a JWT_SECRET unless asked, never in production', () => {
    expect(loadConfig({}).dashboardDevTokens).toBe(true);
    expect(loadConfig({ JWT_SECRET: 'a-shared-secret-of-an-identity-provider' }).dashboardDevTokens).toBe(false);
    expect(loadConfig({ JWT_SECRET: 'a-shared-secret-of-an-identity-provider', DASHBOARD_DEV_TOKENS: 'true' }).dashboardDevTokens).toBe(true);
    expect(loadConfig({ DASHBOARD_DEV_TOKENS: 'false' }).dashboardDevTokens).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-an-identity-provider' }).dashboardDevTokens).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-an-identity-provider', DASHBOARD_DEV_TOKENS: 'true' })).toThrow(ConfigError);
  });

  it('mints a verifiable token for a picked role when on, and answers 404 when off', async () => {
    const on = await serve({ JWT_SECRET: 'test-secret-for-the-dashboard', DASHBOARD_DEV_TOKENS: 'true' }, '/nonexistent');
    const off = await serve({ JWT_SECRET: 'test-secret-for-the-dashboard' }, '/nonexistent');
    try {
      expect(await (await fetch(`${on.base}/config.json`)).json()).toMatchObject({ devTokens: true });
      expect(await (await fetch(`${off.base}/config.json`)).json()).toEqual({ devTokens: false, roles: [] });

      const res = await post(`${on.base}/dev-token`, { role: 'SCHOOL', secretariat: '05001', school: '105001000011' });
      expect(res.status).toBe(200);
      const caller = await on.tokens.authenticate(((await res.json()) as { token: string }).token);
      expect(caller).toMatchObject({ role: 'SCHOOL', secretariat: '05001', school: '105001000011' });
      expect(caller.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 8 * 3600_000 + 5000);

      // A national role gets no secretariat whatever is sent; SUBPROCESS (a system) and unknown roles are refused.
      const ministry = await post(`${on.base}/dev-token`, { role: 'MINISTRY', secretariat: '05001' });
      expect(await on.tokens.authenticate(((await ministry.json()) as { token: string }).token)).toMatchObject({ role: 'MINISTRY', secretariat: null });
      expect((await post(`${on.base}/dev-token`, { role: 'SUBPROCESS', secretariat: '05001' })).status).toBe(400);
      expect((await post(`${on.base}/dev-token`, { role: 'ROOT' })).status).toBe(400);
      // A SCHOOL without a school claim is not a valid caller: refused, not minted.
      expect((await post(`${on.base}/dev-token`, { role: 'SCHOOL', secretariat: '05001' })).status).toBe(400);
      // Not JSON (what a cross-site form could send): refused.
      expect((await post(`${on.base}/dev-token`, { role: 'QUALITY_LEADER' }, 'text/plain')).status).toBe(415);

      expect((await post(`${off.base}/dev-token`, { role: 'QUALITY_LEADER', secretariat: '05001' })).status).toBe(404);

      // Only the person at this machine: a request reaching the port over the network gets no token.
      const external = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
      if (!external) throw new Error('this test needs a non-loopback IPv4 address on the machine');
      const remote = await post(`http://${external.address}:${on.port}/dashboard/dev-token`, { role: 'ADMIN' });
      expect(remote.status).toBe(403);

      // Nor a page of another site whose name resolves to 127.0.0.1 (DNS rebinding): its Host is its own name.
      const withHost = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = http.request(
            { host: '127.0.0.1', port: on.port, path: '/dashboard/dev-token', method: 'POST', headers: { host, 'content-type': 'application/json' } },
            (res) => (res.resume(), resolve(res.statusCode ?? 0)),
          );
          req.on('error', reject);
          req.end(JSON.stringify({ role: 'ADMIN' }));
        });
      expect(await withHost('attacker.example')).toBe(403);
      expect(await withHost('attacker.example:' + on.port)).toBe(403);
      expect(await withHost('localhost:' + on.port)).toBe(200);
      expect(await withHost('[::1]:' + on.port)).toBe(200);
      expect(await withHost('127.0.0.1')).toBe(200);
    } finally {
      await on.close();
      await off.close();
    }
  });
});

describe('serving /dashboard', () => {
  it('explains how to build the dashboard when its files are missing (the hub still runs)', async () => {
    const hub = await serve({}, '/nonexistent/dashboard');
    try {
      const res = await fetch(`${hub.base}/`);
      expect(res.status).toBe(503);
      const html = await res.text();
      expect(html).toContain('El tablero no está construido');
      expect(html).toContain('npm run build:dashboard');
      // Without the trailing slash: redirected, so relative asset URLs resolve.
      const bare = await fetch(hub.base, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/dashboard/');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await hub.close();
    }
  });

  it('serves the built assets but never a source map, and lets the page connect only to the hub itself', async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'dash-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)\n//# sourceMappingURL=index-abc.js.map');
    writeFileSync(path.join(dist, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["../../src/dashboard/app/main.tsx"]}');
    const hub = await serve({}, dist);
    try {
      expect((await fetch(`${hub.base}/assets/index-abc.js`)).status).toBe(200);
      const map = await fetch(`${hub.base}/assets/index-abc.js.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('sources');
      const csp = (await fetch(`${hub.base}/`)).headers.get('content-security-policy') ?? '';
      const connect = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
      expect(connect).toBe("connect-src 'self'"); // no ws: / wss: to any host
    } finally {
      await hub.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
