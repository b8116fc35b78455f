import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, ConfigError, CONFIG_VARIABLES } from '../../src/config';

describe('configuration', () => {
  it('documents every variable it reads in the README Configuration table', () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const table = readme.split(/^## Configuration$/m)[1].split(/^## /m)[0];
    const documented = new Set([...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([A-Z_]+)`/g)].map((n) => n[1])));
    expect(CONFIG_VARIABLES.filter((v) => !documented.has(v))).toEqual([]);
  });

  it('has working defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.introspection).toBe(true);
    expect(c.graphiql).toBe(true);
    expect(c.DEMO_DATA).toBe(true);
    // A development hub (public development secret, open /metrics) listened on every interface (outside check):
    // this machine only, unless HOST says otherwise; production listens everywhere.
    expect(c.HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-an-identity-provider' }).HOST).toBe('0.0.0.0');
    // A production start never loads the made-up jurisdiction unless asked.
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-an-identity-provider' }).DEMO_DATA).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-shared-secret-of-an-identity-provider', DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['NODE_ENV', 'staging'],
    ['MAX_QUERY_DEPTH', '0'],
    ['DEMO_DATA', 'maybe'],
    ['MAX_BODY_SIZE', 'huge'],
    ['JWT_SECRET', 'short'],
    ['MAX_TOKENS', '5'],
    ['MAX_DIRECTIVES', '-1'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    // Secrets are never repeated (the message reaches logs); other values are, to show what was wrong.
    if (name === 'JWT_SECRET') expect(message).not.toContain(value);
    else expect(message).toContain(JSON.stringify(value));
    expect(message.split('\n')).toHaveLength(1);
  });

  it('shows a rejected DATABASE_URL without its password', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:s3cr3t-pass@db:3306/pmi' })).toThrow('"mysql://app:***@db:3306/pmi"');
  });

  it('requires a verification key in production and turns off introspection and GraphiQL there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or JWT_SECRET/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY_FILE: '/etc/key.pem' });
    expect(c.introspection).toBe(false);
    expect(c.graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY_FILE: '/k', INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});
