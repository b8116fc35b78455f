import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, exportSPKI, exportJWK, SignJWT } from 'jose';
import { startTestHub, expectError, expectData, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { TokenService } from '../../src/common/auth/jwt';
import { loadConfig } from '../../src/config';
import { SchoolsDocument, CreateSecretariatDocument } from '../generated/graphql';

let hub: TestHub;
let secretariat: string;
beforeAll(async () => {
  hub = await startTestHub();
  secretariat = (await createTwoTenants(hub, 1)).a.code;
});
afterAll(() => hub.stop());

const sign = (claims: Record<string, unknown>, key: Parameters<SignJWT['sign']>[0], alg: string, opts: { exp?: string; iss?: string } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg, kid: 'k1' })
    .setSubject('someone')
    .setIssuer(opts.iss ?? 'pmi-hub')
    .setAudience('pmi-hub')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '1h')
    .sign(key);

describe('authentication', () => {
  it('answers UNAUTHENTICATED without a token', async () => {
    expectError(await hub.gql(SchoolsDocument, {}), 'UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED with HTTP 401 for a bad, expired or foreign token', async () => {
    const secret = new TextEncoder().encode('test-secret-for-pmi-hub-tests');
    const expired = await sign({ role: 'QUALITY_LEADER', secretariat }, secret, 'HS256', { exp: '-1m' });
    const foreign = await sign({ role: 'QUALITY_LEADER', secretariat }, new TextEncoder().encode('another-secret-of-32-characters!'), 'HS256');
    const wrongIssuer = await sign({ role: 'QUALITY_LEADER', secretariat }, secret, 'HS256', { iss: 'someone-else' });
    for (const token of ['not-a-jwt', expired, foreign, wrongIssuer]) {
      const res = await hub.gql(SchoolsDocument, {}, token);
      expect(res.status).toBe(401);
      expectError(res, 'UNAUTHENTICATED');
    }
  });

  it('rejects tokens whose claims do not make a valid caller', async () => {
    const secret = new TextEncoder().encode('test-secret-for-pmi-hub-tests');
    const cases = [
      { role: 'JANITOR', secretariat },
      { role: 'QUALITY_LEADER' }, // no secretariat
      { role: 'SCHOOL', secretariat }, // no school
      { role: 'SCHOOL', secretariat, school: '123' },
    ];
    for (const claims of cases) {
      expectError(await hub.gql(SchoolsDocument, {}, await sign(claims, secret, 'HS256')), 'UNAUTHENTICATED');
    }
  });

  it('answers FORBIDDEN for a role that may not perform the operation', async () => {
    const token = await hub.token({ role: Role.QUALITY_LEADER, secretariat });
    expectError(await hub.gql(CreateSecretariatDocument, { input: { code: 'X1', name: 'Nope' } }, token), 'FORBIDDEN');
  });

  it('verifies production tokens with a public key file and refuses to mint development tokens', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-keys-'));
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const keyFile = path.join(dir, 'public.pem');
    writeFileSync(keyFile, await exportSPKI(publicKey));
    const prod = await startTestHub({ NODE_ENV: 'production', JWT_PUBLIC_KEY_FILE: keyFile }, hub.database);
    try {
      const good = await sign({ role: 'MINISTRY' }, privateKey, 'RS256');
      expect(expectData(await prod.gql(SchoolsDocument, { first: 1 }, good)).schools.totalCount).toBeGreaterThan(0);
      const hs = await hub.token({ role: Role.MINISTRY });
      expectError(await prod.gql(SchoolsDocument, {}, hs), 'UNAUTHENTICATED');
      await expect(prod.token({ role: Role.MINISTRY })).rejects.toThrow(/production key/);
    } finally {
      await prod.stop();
    }
  });

  it('verifies tokens against a JWKS file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pmi-jwks-'));
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const file = path.join(dir, 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [jwk] }));
    const svc = new TokenService(loadConfig({ JWT_JWKS_FILE: file }));
    const caller = await svc.authenticate(await sign({ role: 'INSPECTION', secretariat }, privateKey, 'ES256'));
    expect(caller).toMatchObject({ role: Role.INSPECTION, secretariat, subject: 'someone' });
  });
});
