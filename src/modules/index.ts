/**
 * The hub's modules: every TypeORM entity and every GraphQL resolver, in one list each.
 * A new module adds its entity classes and resolver classes here.
 */
import { Secretariat } from './secretariats/secretariat.entity';
import { SecretariatResolver } from './secretariats/secretariat.resolver';
import { School } from './schools/school.entity';
import { SchoolResolver } from './schools/school.resolver';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { HubEvent } from '../events/event.entity';
import { EventResolver } from '../events/event.resolver';

export const entities = [Secretariat, School, AuditEntry, HubEvent];

export const resolvers = [SecretariatResolver, SchoolResolver, AuditResolver, EventResolver] as const;
