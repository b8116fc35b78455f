import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../context';
import { callerOf } from '../context';
import { isNational } from './auth/caller';
import { Role } from './auth/roles';
import { forbidden, notFound } from './errors';

/**
 * The tenant scope of one caller: the one way to filter a read and to choose where a write goes.
 *
 * - `secretariat`: the only secretariat the caller may read, or null for national roles (MINISTRY, ADMIN), who may
 *   narrow it with `requested`.
 * - `school`: set for SCHOOL users, who see only rows of their own school.
 *
 * A record outside the scope answers NOT_FOUND, exactly as a missing one, so other tenants cannot be probed.
 */
export class TenantScope {
  readonly secretariat: string | null;
  readonly school: string | null;

  constructor(
    private readonly ctx: Context,
    requested?: string | null,
  ) {
    const caller = callerOf(ctx);
    if (isNational(caller)) {
      this.secretariat = requested ?? null;
      this.school = null;
    } else {
      // Naming another secretariat is never narrowed away silently: it answers as a record of another tenant does.
      if (requested && requested !== caller.secretariat) throw notFound('Secretariat', requested);
      this.secretariat = caller.secretariat;
      this.school = caller.role === Role.SCHOOL ? caller.school : null;
    }
  }

  /** True for SCHOOL callers: every list is cut to their own school's rows. */
  get isSchool(): boolean {
    return this.school !== null;
  }

  /**
   * Adds the tenant filter to a query: `secretariatColumn` (e.g. `p.secretariat_code`) and, for SCHOOL callers,
   * `schoolColumn` (e.g. `p.school_dane`). A table without a school column passed to a SCHOOL caller reads nothing
   * unless `schoolColumn` is `'none'` (rows that belong to the whole secretariat and that schools may read).
   */
  apply<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    secretariatColumn: string,
    schoolColumn: string | 'none' | null = null,
  ): SelectQueryBuilder<T> {
    if (this.secretariat) qb.andWhere(`${secretariatColumn} = :__scopeSecretariat`, { __scopeSecretariat: this.secretariat });
    if (this.school && schoolColumn !== 'none') {
      if (!schoolColumn) qb.andWhere('false');
      else qb.andWhere(`${schoolColumn} = :__scopeSchool`, { __scopeSchool: this.school });
    }
    return qb;
  }

  /**
   * Whether a record of this secretariat (and school, when the caller is a SCHOOL) is visible. A record without a
   * school is hidden from SCHOOL callers, unless `school` is `'none'` (a record of the whole secretariat that its
   * schools may read, e.g. the assistance strategy).
   */
  canSee(secretariat: string, school?: string | null | 'none'): boolean {
    if (this.secretariat && this.secretariat !== secretariat) return false;
    if (this.school && school !== 'none') return !!school && school === this.school;
    return true;
  }

  /** True only for a SCHOOL caller on its own school: what the school itself may write (its PMI). */
  isOwnSchool(secretariat: string, school: string): boolean {
    return this.school !== null && this.school === school && this.secretariat === secretariat;
  }

  /** Returns the record when visible; otherwise throws NOT_FOUND(`what`, `key`). */
  visible<T>(
    record: T | null | undefined,
    what: string,
    key: string,
    tenant: (r: T) => { secretariat: string; school?: string | null | 'none' },
  ): T {
    if (!record) throw notFound(what, key);
    const t = tenant(record);
    if (!this.canSee(t.secretariat, t.school)) throw notFound(what, key);
    return record;
  }

  /** Keeps the rows a SCHOOL caller may see (all rows for anyone else); for lists already filtered by secretariat. */
  ownRows<T>(rows: T[], schoolOf: (r: T) => string | readonly string[] | null): T[] {
    if (!this.school) return rows;
    const s = this.school;
    return rows.filter((r) => {
      const v = schoolOf(r);
      return Array.isArray(v) ? v.includes(s) : v === s;
    });
  }

  /**
   * The secretariat a write goes to: secretariat-bound callers always write to their own; ADMIN must name one;
   * MINISTRY writes nothing (FORBIDDEN).
   */
  writeTo(requested?: string | null): string {
    const caller = callerOf(this.ctx);
    if (caller.role === Role.MINISTRY) throw forbidden('The Ministry reads; it does not write');
    if (caller.role === Role.ADMIN) {
      if (!requested) throw forbidden('An administrator must name the secretariat');
      return requested;
    }
    if (requested && requested !== caller.secretariat) throw notFound('Secretariat', requested);
    return caller.secretariat as string;
  }
}

/** Tenant of a row with `secretariatCode` and, when it concerns one school, `schoolDane` (for `visible`). */
export const rowTenant = (r: { secretariatCode: string; schoolDane?: string | null }) => ({ secretariat: r.secretariatCode, school: r.schoolDane ?? null });

/** Tenant of a school of the registry (for `visible`). */
export const schoolTenant = (s: { secretariatCode: string; daneCode: string }) => ({ secretariat: s.secretariatCode, school: s.daneCode });

/**
 * The caller's tenant scope, optionally narrowed to `requested` (national roles); a secretariat-bound caller may
 * name only its own secretariat (another answers NOT_FOUND).
 */
export function scopeOf(ctx: Context, requested?: string | null): TenantScope {
  return new TenantScope(ctx, requested);
}
