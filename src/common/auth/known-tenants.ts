import type { DataSource } from 'typeorm';
import type { Caller } from './caller';
import { unauthenticated } from '../errors';
import { uncounted } from '../../db/statement-counter';

/** How long a tenant found in the registry is remembered (ms); one not found is asked again after NEGATIVE_TTL_MS. */
const POSITIVE_TTL_MS = 60_000;
const NEGATIVE_TTL_MS = 5_000;

/**
 * A signed token can still name a secretariat or school the registry does not hold (a typo at the identity
 * provider, a tenant not loaded yet). Such a caller is refused at the door, UNAUTHENTICATED on both transports,
 * rather than reaching a write that would fail on a foreign key with database text. Lookups are cached per process
 * so a request costs no query in the usual case.
 */
export class KnownTenants {
  private readonly seen = new Map<string, { ok: boolean; secretariat: string | null; until: number }>();

  constructor(private readonly db: DataSource) {}

  async check(caller: Caller): Promise<Caller> {
    if (caller.secretariat && !(await this.lookup(`s:${caller.secretariat}`)).ok) {
      throw unauthenticated(`Authentication failed: the token's secretariat "${caller.secretariat}" is not in the registry`);
    }
    if (caller.school) {
      const s = await this.lookup(`e:${caller.school}`);
      if (!s.ok || (caller.secretariat && s.secretariat !== caller.secretariat)) {
        throw unauthenticated(`Authentication failed: the token's school "${caller.school}" is not a school of its secretariat in the registry`);
      }
    }
    return caller;
  }

  private async lookup(key: string): Promise<{ ok: boolean; secretariat: string | null }> {
    const now = Date.now();
    const hit = this.seen.get(key);
    if (hit && hit.until > now) return hit;
    const code = key.slice(2);
    // A cached lookup shared by requests: not counted as the request's own statements.
    const rows: Array<{ secretariat: string }> = await uncounted(() =>
      key[0] === 's'
        ? this.db.query('SELECT code AS secretariat FROM secretariat WHERE code = $1', [code])
        : this.db.query('SELECT secretariat_code AS secretariat FROM school WHERE dane_code = $1', [code]),
    );
    const entry = { ok: rows.length > 0, secretariat: rows[0]?.secretariat ?? null, until: now + (rows.length ? POSITIVE_TTL_MS : NEGATIVE_TTL_MS) };
    if (this.seen.size > 50_000) this.seen.clear(); // bounded: tokens name at most every school of the country
    this.seen.set(key, entry);
    return entry;
  }
}
