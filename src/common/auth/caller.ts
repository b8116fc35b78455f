import { Role, NATIONAL_ROLES } from './roles';

/** Who is calling, as proven by the bearer token. */
export interface Caller {
  subject: string;
  role: Role;
  /** Secretariat code (tenant); null only for MINISTRY and ADMIN. */
  secretariat: string | null;
  /** DANE code of the caller's school, for SCHOOL users. */
  school: string | null;
  scopes: string[];
  /** Client (application) id, when the token names one (azp / client_id). */
  client: string | null;
  /** When the bearer token stops being valid (JWT `exp`); long-lived operations (subscriptions) end there. */
  expiresAt?: Date | null;
}

export const isNational = (c: Caller) => NATIONAL_ROLES.includes(c.role);
export const hasScope = (c: Caller, s: string) => c.scopes.includes(s);
