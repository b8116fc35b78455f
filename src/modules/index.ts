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
import { SecretariatSettings } from './settings/secretariat-settings.entity';
import { SettingsResolver } from './settings/settings.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { SupportNeed } from './needs/support-need.entity';
import { NeedsResolver } from './needs/needs.resolver';
import { AssistanceStrategy } from './strategy/assistance-strategy.entity';
import { SchoolClassification } from './strategy/school-classification.entity';
import { AssistanceActivity } from './strategy/assistance-activity.entity';
import { AlignmentImprovementAction, StrategyRevision } from './strategy/alignment-improvement-action.entity';
import { AssistanceActivityResolver, SchoolClassificationResolver, StrategyResolver } from './strategy/strategy.resolver';

export const entities = [
  Secretariat,
  School,
  AuditEntry,
  HubEvent,
  SecretariatSettings,
  SupportNeed,
  AssistanceStrategy,
  SchoolClassification,
  AssistanceActivity,
  AlignmentImprovementAction,
  StrategyRevision,
];

export const resolvers = [
  SecretariatResolver,
  SchoolResolver,
  AuditResolver,
  SettingsResolver,
  AnalysisResolver,
  NeedsResolver,
  StrategyResolver,
  SchoolClassificationResolver,
  AssistanceActivityResolver,
] as const;
