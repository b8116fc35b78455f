import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKeyPair, exportSPKI, exportJWK, SignJWT } from 'jose';
import { startTestHub, expectError, expectData, type TestHub } from '../support/hub';
import { createTwoTenants, newSchool } from '../support/factories';
import { selfEvaluationItem } from '../support/inbound-factories';
import { EventCollector, emitEvent, replayAtLeast } from '../support/event-factories';
import { Role } from '../../src/common/auth/roles';
import { TokenService, VERIFIED_TOKENS } from '../../src/common/auth/jwt';
import { loadConfig } from '../../src/config';
import { SchoolsDocument, CreateSecretariatDocument, CreateSchoolDocument, AuditTrailDocument, IngestSelfEvaluationsDocument } from '../generated/graphql';

let hub: TestHub;
let secretariat: string;
let other: string;
let schoolA: string;
beforeAll(async () => {
  hub = await startTestHub();
  const tenants = await createTwoTenants(hub, 1);
  secretariat = tenants.a.code;
  other = tenants.b.code;
  schoolA = tenants.schoolsA[0].daneCode;
});
afterAll(() => hub.stop());

const sign = (
  claims: Record<string, unknown>,
  key: Parameters<SignJWT['sign']>[0],
  alg: string,
  opts: { exp?: string; iss?: string; sub?: string | null } = {},
) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg, kid: 'k1' });
  // `sub: null` leaves the claim out; a `sub` inside `claims` (e.g. a number) is sent as given.
  if (opts.sub !== null && !('sub' in claims)) jwt.setSubject(opts.sub ?? 'someone');
  return jwt
    .setIssuer(opts.iss ?? 'pmi-hub')
    .setAudience('pmi-hub')
    .setIssuedAt()
    .setExpirationTime(opts.exp ?? '1h')
    .sign(key);
};
const testSecret = new TextEncoder().encode('test-secret-for-pmi-hub-tests');
const signed = (claims: Record<string, unknown>, opts: { exp?: string; sub?: string | null } = {}) => sign(claims, testSecret, 'HS256', opts);

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

  it('refuses a token valid for longer than JWT_MAX_TOKEN_LIFETIME_SECONDS (default 31 days), over HTTP and WebSocket', async () => {
    const secret = new TextEncoder().encode('test-secret-for-pmi-hub-tests');
    const forever = await sign({ role: 'QUALITY_LEADER', secretariat }, secret, 'HS256', { exp: '10 years' });
    const month = await sign({ role: 'QUALITY_LEADER', secretariat }, secret, 'HS256', { exp: '30 days' });
    const res = await hub.gql(SchoolsDocument, {}, forever);
    expect(res.status).toBe(401);
    expect(expectError(res, 'UNAUTHENTICATED').message).toMatch(/JWT_MAX_TOKEN_LIFETIME_SECONDS/);
    expect((await hub.gql(SchoolsDocument, {}, month)).status).toBe(200);
    const ws = hub.ws(forever);
    const outcome = await new Promise<string>((resolve) => {
      ws.on('closed', (e) => resolve(String((e as { code?: number }).code)));
      ws.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    });
    expect(outcome).toBe('4403');
  });

  it('refuses a token it has already accepted once its exp has passed (verified tokens are kept only until exp)', async () => {
    // exp in the second after the next one: accepted now (and kept), refused from exp on.
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ role: 'QUALITY_LEADER', secretariat })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer('pmi-hub').setAudience('pmi-hub').setIssuedAt().setExpirationTime(exp)
      .sign(testSecret);
    expectData(await hub.gql(SchoolsDocument, { first: 1 }, token));
    expectData(await hub.gql(SchoolsDocument, { first: 1 }, token));
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50));
    const res = await hub.gql(SchoolsDocument, { first: 1 }, token);
    expect(res.status).toBe(401);
    expect(expectError(res, 'UNAUTHENTICATED').message).toBe('Authentication failed: token expired');
  });

  // Refused from exp on although kept: the test above.
  it('keeps a token in use verified across 10,000 other tokens (the least recently used are dropped first)', async () => {
    const tokens = hub.runtime.tokens;
    const hot = await tokens.mint({ sub: 'test:hot', role: Role.QUALITY_LEADER, secretariat });
    expectData(await hub.gql(SchoolsDocument, { first: 1 }, hot)); // verified once, over HTTP
    const before = tokens.verifications;
    const others: string[] = [];
    for (let i = 0; i < VERIFIED_TOKENS; i++) {
      others.push(await tokens.mint({ sub: `test:other-${i}`, role: Role.MINISTRY }));
      await tokens.authenticate(others[i]);
      // In use all along, over HTTP too (often enough that the keep-alive connection is never idle long).
      if (i % 1000 === 0) expectData(await hub.gql(SchoolsDocument, { first: 1 }, hot));
      else if (i % 100 === 0) await tokens.authenticate(hot);
    }
    expectData(await hub.gql(SchoolsDocument, { first: 1 }, hot));
    // Only the others were checked: the hot token was answered from the cache every time (a cache cleared when full
    // checked it again).
    expect(tokens.verifications - before).toBe(VERIFIED_TOKENS);
    // The cache holds VERIFIED_TOKENS: the least recently used (the first other) was dropped and is checked again; the
    // last one is still kept.
    await tokens.authenticate(others[VERIFIED_TOKENS - 1]);
    expect(tokens.verifications - before).toBe(VERIFIED_TOKENS);
    await tokens.authenticate(others[0]);
    expect(tokens.verifications - before).toBe(VERIFIED_TOKENS + 1);
  });

  it('refuses an operation started on an open WebSocket after its token expired (as HTTP does; outside check)', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ role: 'QUALITY_LEADER', secretariat })
      .setProtectedHeader({ alg: 'HS256' }).setSubject('someone').setIssuer('pmi-hub').setAudience('pmi-hub').setIssuedAt().setExpirationTime(exp)
      .sign(testSecret);
    const ws = hub.ws(token, { lazy: false });
    const run = () =>
      new Promise<{ data?: unknown; errors?: Array<{ extensions?: { code?: string } }> }>((resolve) => {
        let value: unknown;
        ws.subscribe({ query: '{ schools(first: 1) { totalCount } }' }, {
          next: (v) => (value = v),
          error: (e) => resolve({ errors: e as Array<{ extensions?: { code?: string } }> }),
          complete: () => resolve(value as { data?: unknown }),
        });
      });
    expect((await run()).data).toBeTruthy();
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 100));
    const after = await run();
    expect(after.data).toBeUndefined();
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
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

  describe('claim shapes (callerFromClaims): every claim is checked for its type, not only its presence', () => {
    const refused = async (claims: Record<string, unknown>, opts: { sub?: string | null } = {}) => {
      const res = await hub.gql(SchoolsDocument, { first: 1 }, await signed(claims, opts));
      expect(res.status).toBe(401);
      return expectError(res, 'UNAUTHENTICATED');
    };

    it('refuses a token without a usable subject', async () => {
      expect((await refused({ role: 'QUALITY_LEADER', secretariat }, { sub: null })).message).toMatch(/subject/);
      expect((await refused({ role: 'QUALITY_LEADER', secretariat }, { sub: '' })).message).toMatch(/subject/);
      expect((await refused({ role: 'QUALITY_LEADER', secretariat, sub: 42 })).message).toMatch(/subject/);
    });

    it('refuses text claims holding control characters or lone surrogates (outside check: a NUL in `secretariat` was HTTP 500 with database text)', async () => {
      const bad: Record<string, unknown>[] = [
        { role: 'QUALITY_LEADER', secretariat: `${secretariat}\u0000` },
        { role: 'QUALITY_LEADER', secretariat, sub: 'a\u0000b' },
        { role: 'QUALITY_LEADER', secretariat, sub: 'u\ud800' },
        { role: 'QUALITY_LEADER', secretariat, sub: 'x'.repeat(300) },
        { role: 'SUBPROCESS', secretariat, scope: 'read:MEN', client_id: 'c\u0000' },
        { role: 'SUBPROCESS', secretariat, scope: 'read:MEN\u0000', client_id: 'c1' },
        { role: 'SUBPROCESS', secretariat, scope: 'read:MEN', azp: 'c\ud800' },
        // C1 controls, separators and bidirectional overrides would disguise an identity in the audit trail.
        { role: 'QUALITY_LEADER', secretariat, sub: 'u\u0085x' },
        { role: 'QUALITY_LEADER', secretariat, sub: 'admin\u202Eevil' },
        { role: 'QUALITY_LEADER', secretariat, sub: 'a\u2028b' },
        { role: `QUALITY_LEADER${'x'.repeat(300)}`, secretariat },
      ];
      for (const claims of bad) {
        const res = await refused(claims);
        expect(res.message).toMatch(/claim/);
        expect(JSON.stringify(res)).not.toMatch(/invalid byte sequence|UTF8/);
      }
    });

    it('refuses a scope claim over 2,000 characters in all, as a string or a list (each scope being short)', async () => {
      const many = Array.from({ length: 400 }, (_v, i) => `read:X${String(i).padStart(4, '0')}`); // 400 × 10 + spaces
      for (const scope of [many.join(' '), many]) {
        for (const name of ['scope', 'scopes']) {
          const res = await refused({ role: 'SUBPROCESS', secretariat, client_id: 'c1', [name]: scope });
          expect(res.message).toMatch(new RegExp(`claim ${name} must be at most 2000 characters`));
        }
      }
      // Just under the cap: accepted (the scopes are unknown to the hub, which reads with its own).
      const fits = many.slice(0, 180).join(' ');
      expect(fits.length).toBeLessThanOrEqual(2000);
      const ok = await hub.gql(SchoolsDocument, { first: 1 }, await signed({ role: 'SUBPROCESS', secretariat, client_id: 'c1', scope: fits }));
      expect(ok.status).toBe(200);
    });

    it('refuses a missing or unknown role', async () => {
      expect((await refused({ secretariat })).message).toMatch(/not a known role/);
      expect((await refused({ role: 'quality_leader', secretariat })).message).toMatch(/not a known role/);
    });

    it('refuses a secretariat claim that is not a non-empty string, for a role that needs one', async () => {
      for (const bad of [5001, '', ['05001'], { code: secretariat }, true]) {
        expect((await refused({ role: 'QUALITY_LEADER', secretariat: bad })).message).toMatch(/requires a secretariat/);
      }
    });

    it('refuses a school claim that is not a 12-digit string, for every role', async () => {
      for (const bad of [Number(schoolA), '', [schoolA]]) {
        expect((await refused({ role: 'SCHOOL', secretariat, school: bad })).message).toMatch(/requires a school/);
      }
      for (const bad of [`${schoolA}1`, `A${schoolA.slice(1)}`, `${schoolA.slice(0, 11)}A`, 'ABCDEFGHIJKL', '1']) {
        expect((await refused({ role: 'SCHOOL', secretariat, school: bad })).message).toMatch(/12-digit/);
        // A school claim is checked whatever the role.
        expect((await refused({ role: 'QUALITY_LEADER', secretariat, school: bad })).message).toMatch(/12-digit/);
      }
    });

    it('accepts a national role without a secretariat, and refuses one that carries a secretariat: MINISTRY reads every secretariat', async () => {
      const ministry = await signed({ role: 'MINISTRY' });
      const all = expectData(await hub.gql(SchoolsDocument, { first: 1 }, ministry)).schools.totalCount;
      const mine = expectData(await hub.gql(SchoolsDocument, { first: 1 }, await hub.token({ role: Role.QUALITY_LEADER, secretariat }))).schools.totalCount;
      expect(all).toBeGreaterThan(mine);
      for (const role of ['MINISTRY', 'ADMIN']) {
        for (const claim of [secretariat, '99999', 5001]) {
          expect((await refused({ role, secretariat: claim })).message).toMatch(new RegExp(`Role ${role} is national: its token must carry no secretariat claim`));
        }
        // No claim, a null or an empty one: no secretariat.
        for (const claim of [null, '']) {
          expect(expectData(await hub.gql(SchoolsDocument, { first: 1 }, await signed({ role, secretariat: claim }))).schools.totalCount).toBe(all);
        }
      }
      // The development tools mint no such token either.
      await expect(hub.token({ role: Role.MINISTRY, secretariat })).rejects.toThrow(/national/);
      const withClaim = ministry;
      expect(expectData(await hub.gql(SchoolsDocument, { first: 1, secretariat: other }, withClaim)).schools.totalCount).toBeGreaterThan(0);
      // A non-national role is limited to its claim: another secretariat is NOT_FOUND, its own is its schools.
      const leader = await signed({ role: 'QUALITY_LEADER', secretariat });
      expectError(await hub.gql(SchoolsDocument, { first: 5, secretariat: other }, leader), 'NOT_FOUND');
      const own = expectData(await hub.gql(SchoolsDocument, { first: 5 }, leader)).schools;
      expect(own.edges.map((e) => e.node.daneCode)).toEqual([schoolA]);
      const national = expectData(await hub.gql(SchoolsDocument, { first: 5, secretariat }, withClaim)).schools;
      expect(national.edges.map((e) => e.node.daneCode)).toEqual([schoolA]);
    });

    it('accepts a SCHOOL token with its 12-digit DANE code and limits it to that school', async () => {
      const res = expectData(await hub.gql(SchoolsDocument, { first: 5 }, await signed({ role: 'SCHOOL', secretariat, school: schoolA })));
      expect(res.schools.edges.map((e) => e.node.daneCode)).toEqual([schoolA]);
    });

    it('takes the subject and the client (client_id, else azp; only a string) into the audit trail', async () => {
      const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat });
      const cases: { claims: Record<string, unknown>; client: string | null }[] = [
        { claims: { client_id: 'app-client-id', azp: 'app-azp' }, client: 'app-client-id' },
        { claims: { azp: 'app-azp' }, client: 'app-azp' },
        { claims: { client_id: 12345 }, client: null },
        { claims: { client_id: 12345, azp: 'app-azp' }, client: null },
        { claims: {}, client: null },
      ];
      for (const [i, c] of cases.entries()) {
        const token = await signed({ role: 'ADMIN', ...c.claims }, { sub: `auditor-${i}` });
        const school = newSchool(secretariat);
        expectData(await hub.gql(CreateSchoolDocument, { input: school } as never, token));
        const trail = expectData(await hub.gql(AuditTrailDocument, { entity: 'School', entityId: school.daneCode }, leader)).auditTrail;
        expect(trail.edges.map((e) => ({ subject: e.node.subject, role: e.node.role, client: e.node.client }))).toEqual([
          { subject: `auditor-${i}`, role: 'ADMIN', client: c.client },
        ]);
      }
    });

    it('reads scopes from `scope` (space-separated, or a list) or `scopes`', async () => {
      const ingest = async (claims: Record<string, unknown>) =>
        hub.gql(IngestSelfEvaluationsDocument, { input: { items: [selfEvaluationItem(schoolA, 0)] } } as never, await signed({ role: 'SUBPROCESS', secretariat, ...claims }));
      for (const claims of [
        { scope: 'ingest:D01.03' },
        { scope: 'read:D02_01  \t ingest:D01.03 read:E02_01' },
        { scope: ['read:D02_01', 'ingest:D01.03'] },
        { scopes: 'ingest:D01.03' },
        { scopes: ['ingest:D01.03'] },
        { scope: 'ingest:D01.03', scopes: 'read:D02_01' }, // `scope` wins
      ]) {
        const res = await ingest(claims);
        if (res.errors) throw new Error(`${JSON.stringify(claims)}: ${JSON.stringify(res.errors)}`);
      }
      for (const claims of [{}, { scope: 'read:D02_01' }, { scope: 'ingest:D01.03x' }, { scope: 42 }, { scope: 'read:D02_01', scopes: 'ingest:D01.03' }]) {
        expectError(await ingest(claims), 'FORBIDDEN');
      }
    });

    it('takes the expiry from `exp`: a subscription ends with UNAUTHENTICATED when its token does', async () => {
      // 6 s: long enough for the subscription to be running before expiry on a loaded machine (a token already
      // expired at connection is refused with close 4403, a different path tested above).
      const token = await signed({ role: 'QUALITY_LEADER', secretariat }, { exp: '6s' });
      const sub = new EventCollector(hub.ws(token), {});
      await sub.until(() => sub.ended, 'the subscription to end at expiry', 30_000);
      expect(sub.errorCode).toBe('UNAUTHENTICATED');
      // …and not before: a token valid for an hour keeps its subscription, which receives what is committed.
      const hourLong = await signed({ role: 'QUALITY_LEADER', secretariat });
      const { endCursor } = await replayAtLeast(hub, hourLong, 0);
      const e = await emitEvent(hub, { secretariat });
      const lasting = new EventCollector(hub.ws(hourLong), { after: endCursor });
      await lasting.waitForEntity(e.entityId);
      expect(lasting.ended).toBe(false);
      lasting.unsubscribe();
    });
  });
});
