import type { Caller } from './auth/caller';
import { isNational } from './auth/caller';
import { Role } from './auth/roles';
import { forbidden, notFound } from './errors';

/**
 * What a caller may read: `secretariat` null means every secretariat (MINISTRY, ADMIN); `school` set means only that
 * school (SCHOOL users). Services add these to every query; a record outside answers as if it did not exist.
 */
export interface ReadScope {
  secretariat: string | null;
  school: string | null;
}

export function readScope(caller: Caller, requestedSecretariat?: string | null): ReadScope {
  if (isNational(caller)) return { secretariat: requestedSecretariat ?? null, school: null };
  return { secretariat: caller.secretariat, school: caller.role === Role.SCHOOL ? caller.school : null };
}

/** True when a record of this secretariat (and school, if any) is visible to the caller. */
export function canRead(caller: Caller, secretariat: string, school?: string | null): boolean {
  if (isNational(caller)) return true;
  if (caller.secretariat !== secretariat) return false;
  if (caller.role === Role.SCHOOL) return !!school && school === caller.school;
  return true;
}

/** Throws NOT_FOUND (not FORBIDDEN) so that another tenant's records cannot be probed. */
export function assertReadable(caller: Caller, what: string, key: string, secretariat: string, school?: string | null) {
  if (!canRead(caller, secretariat, school)) throw notFound(what, key);
}

/**
 * The secretariat a write goes to. Secretariat-bound callers always write to their own; ADMIN must name one.
 * MINISTRY writes nothing.
 */
export function writeSecretariat(caller: Caller, requested?: string | null): string {
  if (caller.role === Role.MINISTRY) throw forbidden('The Ministry reads; it does not write');
  if (caller.role === Role.ADMIN) {
    if (!requested) throw forbidden('An administrator must name the secretariat');
    return requested;
  }
  if (requested && requested !== caller.secretariat) throw notFound('Secretariat', requested);
  return caller.secretariat as string;
}
