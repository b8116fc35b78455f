import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Runtime } from '../context';
import { Role } from '../common/auth/roles';
import { projectRoot } from '../paths';

/** Where `npm run build:dashboard` writes the dashboard's static files (Vite). */
export const DASHBOARD_DIST = path.join(projectRoot, 'dist', 'dashboard');
export const DASHBOARD_PATH = '/dashboard';

/** Roles the development role picker offers (SUBPROCESS is a system, not a person). */
const PICKABLE_ROLES: readonly Role[] = [
  Role.QUALITY_LEADER,
  Role.IMPROVEMENT_PROFESSIONAL,
  Role.QUALITY_STAFF,
  Role.SCHOOL,
  Role.MINISTRY,
  Role.INSPECTION,
  Role.CITIZEN_SERVICE,
  Role.ADMIN,
];

const DEV_TOKEN_LIFETIME = '8h';

// Scripts and styles come from the hub itself (no CDN); data from the same origin over HTTP and WebSocket.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // 'self' (CSP3) covers the hub's own ws:/wss: origin too: the live subscription reaches this hub and no other host.
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const NOT_BUILT = `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tablero no construido · pmi-hub</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a">
<h1>El tablero no está construido</h1>
<p>El hub funciona (GraphQL en <a href="/graphql">/graphql</a>), pero no encuentra los archivos del tablero en
<code>dist/dashboard/</code>. Constrúyalos con:</p>
<pre style="background:#f3f3f3;padding:.75rem">npm run build:dashboard</pre>
<p>y recargue esta página (no hace falta reiniciar el hub). <code>npm start</code> lo construye por sí mismo cuando
las dependencias de desarrollo (Vite) están instaladas.</p>
<p lang="en"><small>The dashboard is not built: run <code>npm run build:dashboard</code> and reload.</small></p>
</body></html>`;

/**
 * The dashboard (issue 16): static files built by Vite, served at /dashboard, and — only when
 * DASHBOARD_DEV_TOKENS is on (never in production) — the role picker's development token endpoint.
 * The dashboard reads everything through /graphql with the user's token: the hub's authorization applies.
 */
export function dashboardRouter(runtime: Pick<Runtime, 'config' | 'logger' | 'tokens'> & { db?: Runtime['db'] }, distDir = DASHBOARD_DIST): express.Router {
  const { config, logger } = runtime;
  const router = express.Router();
  const indexFile = path.join(distDir, 'index.html');

  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });

  // What the sign-in page needs to know before it has a token.
  router.get('/config.json', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json({ devTokens: config.dashboardDevTokens, roles: config.dashboardDevTokens ? PICKABLE_ROLES : [] });
  });

  router.post('/dev-token', express.json({ limit: '4kb' }), async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (!config.dashboardDevTokens) {
      res.status(404).json({ error: 'Development tokens are off on this hub (DASHBOARD_DEV_TOKENS)' });
      return;
    }
    // Development tokens are for the person at this machine: a hub listening on the network never hands an ADMIN
    // token to whoever reaches its port (the TCP peer address, never a forwarded header).
    if (!isLoopback(req.socket.remoteAddress)) {
      res.status(403).json({ error: 'Development tokens are minted only for requests from this machine (127.0.0.1 or ::1)' });
      return;
    }
    // …and only for a page of this machine's own name: a page of another site whose name it rebinds to 127.0.0.1
    // (DNS rebinding) sends its own name as Host.
    if (!isLoopbackHost(req.headers.host)) {
      res.status(403).json({ error: 'Development tokens are minted only for requests addressed to localhost, 127.0.0.1 or [::1]' });
      return;
    }
    // A JSON body only: a cross-site form cannot send one without a CORS preflight, which this hub never grants.
    if (!req.is('application/json')) {
      res.status(415).json({ error: 'Send application/json' });
      return;
    }
    const body = (req.body ?? {}) as { role?: unknown; secretariat?: unknown; school?: unknown };
    const role = body.role as Role;
    if (typeof role !== 'string' || !PICKABLE_ROLES.includes(role)) {
      res.status(400).json({ error: `role must be one of ${PICKABLE_ROLES.join(', ')}` });
      return;
    }
    const text = (v: unknown) => (typeof v === 'string' && /^[0-9A-Za-z-]{1,16}$/.test(v) ? v : null);
    const secretariat = role === Role.MINISTRY || role === Role.ADMIN ? null : text(body.secretariat);
    const school = role === Role.SCHOOL ? text(body.school) : null;
    // A token the hub would refuse on first use (a tenant the registry does not hold) is refused now, saying why.
    const known = await (runtime.db?.query(
      `SELECT ($1::text IS NULL OR EXISTS (SELECT 1 FROM secretariat WHERE code = $1))
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM school WHERE dane_code = $2 AND secretariat_code = $1)) AS ok`,
      [secretariat, school],
    ) ?? [{ ok: true }]); // the hub always passes its database; the unit test of the router has none
    if (!known[0]?.ok) {
      res.status(400).json({ error: 'secretariat or school is not in the registry (or the school is not of that secretariat)' });
      return;
    }
    try {
      const token = await runtime.tokens.mint(
        {
          sub: `dev:dashboard:${role.toLowerCase()}`,
          role,
          secretariat,
          school,
        },
        DEV_TOKEN_LIFETIME,
      );
      logger.info({ role, secretariat: body.secretariat, school: body.school }, 'dashboard: development token minted');
      res.json({ token, expiresIn: DEV_TOKEN_LIFETIME });
    } catch (err) {
      res.status(400).json({ error: (err as Error).message });
    }
  });

  // Source maps are not shipped (vite.config.mts) nor served, even if an older build left some in dist/.
  router.get(/\.map$/, (_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  // Hashed file names: cached for good; index.html: always revalidated.
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.get('/', (req, res) => {
    // Relative asset URLs need the trailing slash.
    if (!req.originalUrl.split('?')[0].endsWith('/')) {
      res.redirect(301, `${DASHBOARD_PATH}/`);
      return;
    }
    if (!existsSync(indexFile)) {
      res.status(503).type('html').setHeader('cache-control', 'no-store').send(NOT_BUILT);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}

/** A Host header naming this machine: localhost, 127.x.x.x or [::1], with or without a port. */
function isLoopbackHost(host: string | undefined): boolean {
  const name = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || (address?.startsWith('127.') ?? false);
}
