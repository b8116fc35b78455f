import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase } from '../support/database';

/** The command-line entry points, run as child processes from the TypeScript sources (as npm scripts run them built). */
const root = path.join(__dirname, '..', '..');
function run(script: string, args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['-r', path.join(root, 'test', 'support', 'swc-register.cjs'), path.join(root, 'src', script), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test runs several processes that compile the sources on the fly: slow on a loaded 2-core machine.
jest.setTimeout(180_000);

describe('command-line entry points', () => {
  it('npm start refuses a wrong setting with one line naming the variable, and exits 1', () => {
    const r = run('main.ts', [], { PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Invalid configuration: PORT .*"eighty"/)]);
  });

  it('npm run migrate applies every migration to DATABASE_URL and --revert undoes the last one', async () => {
    const db = await createTestDatabase(); // already migrated: empty it first
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      const first = run('cli/migrate.ts', [], { DATABASE_URL: db.url });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^applied: Foundation\d+/);
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM migrations`);
      expect(rows[0].n).toBeGreaterThan(3);
      expect(run('cli/migrate.ts', [], { DATABASE_URL: db.url }).stdout).toBe('no pending migrations\n');
      expect(run('cli/migrate.ts', ['--revert'], { DATABASE_URL: db.url }).code).toBe(0);
      const after = await c.query(`SELECT count(*)::int AS n FROM migrations`);
      expect(after.rows[0].n).toBe(rows[0].n - 1);
    } finally {
      await c.end();
      await db.drop();
    }
    // Three cold child processes that compile TypeScript on the fly: slow on a loaded 2-core machine.
  }, 180_000);

  it('npm run token prints a development token, and refuses when the hub verifies with a production key', () => {
    const ok = run('cli/token.ts', ['--role', 'QUALITY_LEADER', '--secretariat', '05001'], {});
    expect(ok.code).toBe(0);
    const [, payload] = ok.stdout.trim().split('.');
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ role: 'QUALITY_LEADER', secretariat: '05001', sub: 'dev:quality_leader' });

    expect(run('cli/token.ts', ['--role', 'SCHOOL', '--secretariat', '05001'], {}).stderr).toMatch(/school claim/);
    // A role that does not exist is named as such, not reported as a missing --role.
    const unknown = run('cli/token.ts', ['--role', 'FOO', '--secretariat', '05001'], {});
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--role "FOO" is not a role; one of: .*QUALITY_LEADER/);
    expect(unknown.stderr).not.toMatch(/is required/);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-key-'));
    const key = path.join(dir, 'public.pem');
    writeFileSync(key, generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }));
    const refused = run('cli/token.ts', ['--role', 'ADMIN'], { JWT_PUBLIC_KEY_FILE: key });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/production key/);
    // In production with a shared secret the refusal says why: production, not a key the hub does not have.
    const production = run('cli/token.ts', ['--role', 'ADMIN'], { NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-the-identity-provider-0123456789' });
    expect(production.code).toBe(1);
    expect(production.stderr).toMatch(/disabled in production \(NODE_ENV=production\).*shared secret \(JWT_SECRET\)/);
    expect(production.stderr).not.toMatch(/production key/);
  });
});
