import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context';
import { forbidden, unauthenticated } from '../errors';
import { Role } from './roles';

/**
 * `@Authorized(...)` lists roles and `scope:<name>` entries; the caller passes when its role or one of its scopes
 * is listed. An empty list means "any authenticated caller". Tenant and school checks happen in services.
 */
export const authChecker: AuthChecker<Context> = ({ context }, allowed) => {
  const caller = context.caller;
  if (!caller) throw unauthenticated();
  if (allowed.length === 0) return true;
  if (allowed.includes(caller.role)) return true;
  // Scopes are only honoured for sibling systems; a person's role is what counts for people.
  if (caller.role === Role.SUBPROCESS && caller.scopes.some((s) => allowed.includes(`scope:${s}`))) return true;
  throw forbidden(`Role ${caller.role} may not perform this operation`);
};
