import { readFileSync } from 'node:fs';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Config } from '../../config';
import { Role, NATIONAL_ROLES } from './roles';
import type { Caller } from './caller';
import { isDaneCode } from '../dane';
import { unauthenticated } from '../errors';

/** Verified tokens kept at most (callers at once, not over time): the least recently used go first. */
export const VERIFIED_TOKENS = 10_000;

/** Used only when no key is configured outside production, so `npm start` works with nothing set. */
export const DEVELOPMENT_SECRET = 'pmi-hub-development-secret-do-not-use-in-production';

export interface TokenClaims {
  sub: string;
  role: Role;
  secretariat?: string | null;
  school?: string | null;
  scopes?: string[];
  client?: string | null;
}

type Verifier = (token: string) => Promise<JWTPayload>;

export class TokenService {
  private readonly verify: Verifier;
  /** HS256 secret when tokens may be minted locally (development); null with a production key. */
  readonly signingSecret: Uint8Array | null;

  constructor(private readonly config: Config) {
    // A token with no `exp` would never expire: refused (issue 8 §8). Every token `npm run token` mints carries one.
    const opts = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, requiredClaims: ['exp'] };
    if (config.JWT_JWKS_FILE) {
      const jwks = createLocalJWKSet(JSON.parse(readFileSync(config.JWT_JWKS_FILE, 'utf8')));
      this.verify = async (t) => (await jwtVerify(t, jwks, opts)).payload;
      this.signingSecret = null;
    } else if (config.JWT_PUBLIC_KEY_FILE) {
      const key: KeyObject = createPublicKey(readFileSync(config.JWT_PUBLIC_KEY_FILE, 'utf8'));
      this.verify = async (t) => (await jwtVerify(t, key, opts)).payload;
      this.signingSecret = null;
    } else {
      const secret = new TextEncoder().encode(config.JWT_SECRET ?? DEVELOPMENT_SECRET);
      this.verify = async (t) => (await jwtVerify(t, secret, { ...opts, algorithms: ['HS256'] })).payload;
      this.signingSecret = secret;
    }
  }

  /**
   * Tokens already verified, by their text, until their `exp` (issue 14: the signature check was a fixed cost of every
   * request). What the check depends on (the key, issuer, audience, the claims' text) is fixed for a token's text;
   * only time changes it, and only through `exp` (a token past `nbf` stays past it): an entry is used while the
   * current second is before `exp`, exactly when jose accepts it (no clock tolerance), and dropped when found past it.
   * At most VERIFIED_TOKENS entries, the least recently used dropped first: a token in use stays however many others
   * come and go. Failures are never kept.
   */
  private readonly verified = new LRUCache<string, { caller: Caller; exp: number }>({ max: VERIFIED_TOKENS });
  private checks = 0;

  /** Signature checks made so far (tokens not answered from the verified cache), for tests and diagnostics. */
  get verifications(): number {
    return this.checks;
  }

  /** Verifies a bearer token and turns its claims into a Caller; any defect is UNAUTHENTICATED. */
  async authenticate(token: string): Promise<Caller> {
    const kept = this.verified.get(token);
    if (kept) {
      if (Math.floor(Date.now() / 1000) < kept.exp) return copyOf(kept.caller);
      this.verified.delete(token); // expired: verified again below, which refuses it
    }
    const { caller, exp } = await this.verifyToken(token);
    this.verified.set(token, { caller: copyOf(caller), exp });
    return caller;
  }

  private async verifyToken(token: string): Promise<{ caller: Caller; exp: number }> {
    this.checks++;
    let payload: JWTPayload;
    try {
      payload = await this.verify(token);
    } catch (err) {
      const reason =
        err instanceof joseErrors.JWTExpired
          ? 'token expired'
          : err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'exp'
            ? 'token has no expiry (exp claim)'
            : 'invalid token';
      throw unauthenticated(`Authentication failed: ${reason}`);
    }
    // A token valid for years is a password that cannot be changed: bounded, whoever issued it.
    const max = this.config.JWT_MAX_TOKEN_LIFETIME_SECONDS;
    if (typeof payload.exp === 'number' && payload.exp - Date.now() / 1000 > max) {
      throw unauthenticated(`Authentication failed: token valid for longer than ${max} seconds (JWT_MAX_TOKEN_LIFETIME_SECONDS)`);
    }
    return { caller: callerFromClaims(payload), exp: payload.exp! }; // exp is a required claim
  }

  /** Mints a development token; refused when the hub verifies with a production key, and in production. */
  async mint(claims: TokenClaims, expiresIn = '12h'): Promise<string> {
    if (!this.signingSecret) {
      throw new Error('Development tokens are disabled: this hub verifies tokens with a production key (JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE)');
    }
    if (this.config.production) {
      throw new Error('Development tokens are disabled in production (NODE_ENV=production): tokens come from the identity provider, even when the hub verifies them with a shared secret (JWT_SECRET)');
    }
    callerFromClaims(claims as unknown as JWTPayload); // same checks as on the way in
    return new SignJWT({
      role: claims.role,
      secretariat: claims.secretariat ?? undefined,
      school: claims.school ?? undefined,
      scope: claims.scopes?.length ? claims.scopes.join(' ') : undefined,
      client_id: claims.client ?? undefined,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.signingSecret);
  }
}

/**
 * Text a claim may hold: no C0/C1 control characters (NUL cannot reach PostgreSQL), no line or paragraph separator, no
 * bidirectional override (they would disguise an identity in the audit trail), no lone surrogate, at most 200 characters.
 */
const CLAIM_TEXT = /^(?:[^\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff]){1,200}$/;
const TEXT_CLAIMS = ['sub', 'role', 'secretariat', 'school', 'client_id', 'azp', 'scope', 'scopes'] as const;
/**
 * The scope claim as a whole (space-separated, or a list counted as if joined by spaces), in characters. Each scope is
 * a text claim (200 at most); the whole is capped too, so a token cannot carry thousands of them into every request's
 * caller, cache key and scope checks. Every scope the hub knows (`read:` and `ingest:` of each preset and source) fits
 * in about 500; the rest is room for an identity provider's own scopes.
 */
export const MAX_SCOPE_CLAIM_LENGTH = 2000;

/** A caller no request can change for another (each request gets its own copy of a kept one). */
const copyOf = (c: Caller): Caller => ({ ...c, scopes: [...c.scopes], ...(c.expiresAt ? { expiresAt: new Date(c.expiresAt) } : {}) });

function callerFromClaims(p: JWTPayload & Record<string, unknown>): Caller {
  // Checked before any claim is used: a claim is an identity, never a place for arbitrary text (a NUL in `secretariat`
  // reached the tenant lookup and failed there as a server error).
  for (const name of TEXT_CLAIMS) {
    const values = Array.isArray(p[name]) ? (p[name] as unknown[]) : [p[name]];
    // Scopes are whitespace-separated (RFC 8693 / OAuth 2.0): each one is checked, not the separators.
    const items = name === 'scope' || name === 'scopes' ? values.flatMap((v) => (typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : [v])) : values;
    for (const v of items) {
      if (typeof v === 'string' && v !== '' && !CLAIM_TEXT.test(v)) {
        throw unauthenticated(`Token claim ${name} must be plain text of at most 200 characters (no control characters)`);
      }
    }
  }
  for (const name of ['scope', 'scopes'] as const) {
    const v = p[name];
    const length = typeof v === 'string' ? v.length : Array.isArray(v) ? v.reduce<number>((n, s) => n + String(s).length + 1, -1) : 0;
    if (length > MAX_SCOPE_CLAIM_LENGTH) throw unauthenticated(`Token claim ${name} must be at most ${MAX_SCOPE_CLAIM_LENGTH} characters in all`);
  }
  const role = p.role as Role;
  if (typeof p.sub !== 'string' || !p.sub) throw unauthenticated('Token has no subject');
  if (!Object.values(Role).includes(role)) throw unauthenticated(`Token role ${String(p.role)} is not a known role`);
  const secretariat = typeof p.secretariat === 'string' && p.secretariat ? p.secretariat : null;
  const school = typeof p.school === 'string' && p.school ? p.school : null;
  if (!NATIONAL_ROLES.includes(role) && !secretariat) throw unauthenticated(`Role ${role} requires a secretariat claim`);
  // A national role reads every secretariat: a secretariat claim would say otherwise, and ignoring it would hide a
  // token minted for the wrong role (or a role claim changed by mistake at the identity provider).
  if (NATIONAL_ROLES.includes(role) && p.secretariat !== undefined && p.secretariat !== null && p.secretariat !== '') {
    throw unauthenticated(`Role ${role} is national: its token must carry no secretariat claim`);
  }
  if (role === Role.SCHOOL && !school) throw unauthenticated('Role SCHOOL requires a school claim (DANE code)');
  if (school && !isDaneCode(school)) throw unauthenticated('The school claim must be a 12-digit DANE code');
  const rawScopes = p.scope ?? p.scopes;
  const scopes = Array.isArray(rawScopes)
    ? rawScopes.map(String)
    : typeof rawScopes === 'string'
      ? rawScopes.split(/\s+/).filter(Boolean)
      : [];
  const client = (p.client_id ?? p.azp ?? null) as string | null;
  return {
    subject: p.sub,
    role,
    secretariat: NATIONAL_ROLES.includes(role) ? null : secretariat,
    school,
    scopes,
    client: typeof client === 'string' ? client : null,
    expiresAt: typeof p.exp === 'number' ? new Date(p.exp * 1000) : null,
  };
}
