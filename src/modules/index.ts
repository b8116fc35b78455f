/**
 * The hub's modules: every TypeORM entity and every GraphQL resolver, in one list each.
 * A new module adds its entity classes and resolver classes here. Modules never import the inbound layer: its
 * resolvers are gathered by the schema builder (src/schema.ts).
 */
import { Secretariat } from './secretariats/secretariat.entity';
import { SecretariatResolver } from './secretariats/secretariat.resolver';
import { School } from './schools/school.entity';
import { SchoolResolver } from './schools/school.resolver';
import { AuditEntry } from './audit/audit-entry.entity';
import { AuditResolver } from './audit/audit.resolver';
import { HubEvent } from '../events/event.entity';
import { ImprovementPlan } from './improvement-plans/improvement-plan.entity';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './improvement-plans/plan-content.entity';
import { PlanVersion } from './improvement-plans/plan-version.entity';
import { PlanReview } from './improvement-plans/plan-review.entity';
import { ModificationWindow } from './improvement-plans/modification-window.entity';
import {
  ImprovementPlanResolver,
  PlanGoalResolver,
  PlanVersionResolver,
} from './improvement-plans/improvement-plan.resolver';
import { SupportRequest, SupportRequestUpdate } from './support-requests/support-request.entity';
import { SupportRequestResolver } from './support-requests/support-request.resolver';
import { EventResolver } from '../events/event.resolver';
import { SelfEvaluationCatalogue, SelfEvaluationComponent, SelfEvaluationProcess, SelfEvaluationScore } from './inputs/self-evaluation.entity';
import { Characterization, SaberResult } from './inputs/characterization.entity';
import { SupportPlanAction, SupportPlanIndicator, SupportPlanTask } from './inputs/support-plan.entity';
import { CurriculumChange, EducationModelAdoption, PeiUpdate } from './inputs/school-changes.entity';
import { InspectionFinding, InspectionFindingAction, SchoolRegimeReport } from './inputs/inspection.entity';
import { SecretariatSettings } from './settings/secretariat-settings.entity';
import { SettingsResolver } from './settings/settings.resolver';
import { CatalogueResolver } from './catalogue/catalogue.resolver';
import { AnalysisResolver } from './analysis/analysis.resolver';
import { SupportNeed } from './needs/support-need.entity';
import { NeedsResolver } from './needs/needs.resolver';
import { AssistanceStrategy } from './strategy/assistance-strategy.entity';
import { SchoolClassification } from './strategy/school-classification.entity';
import { AssistanceActivity } from './strategy/assistance-activity.entity';
import { AlignmentImprovementAction, StrategyRevision } from './strategy/alignment-improvement-action.entity';
import { AssistanceActivityResolver, SchoolClassificationResolver, StrategyResolver } from './strategy/strategy.resolver';
import { AssistanceSession } from './execution/assistance-session.entity';
import { AssistanceSessionResolver } from './execution/session.resolver';
import { CoachingNoteResolver, FollowUpResolver } from './follow-ups/follow-up.resolver';
import { PeriodResolver, SupportActionFollowUpResolver } from './strategy/period.resolver';
import {
  CoachingNote,
  CoachingNoteReply,
  IndicatorMeasurement,
  PlanActionProgress,
  PlanCorrectiveAction,
  PlanSelfEvaluation,
} from './follow-ups/follow-up.entity';
import { ConsolidatedReport } from './reports/consolidated-report.entity';
import { PmiResultsReport } from './reports/pmi-results-report.entity';
import { IrregularityReport, IrregularityReportSchool } from './irregularities/irregularity-report.entity';
import { IrregularityReportResolver, IrregularityReportSchoolResolver } from './irregularities/irregularity.resolver';
import { ConsolidatedReportResolver, PmiResultsResolver } from './reports/reports.resolver';
import { EvaluationSettings } from './assistance-evaluation/evaluation-settings.entity';
import { AssistanceEvaluation, EvaluationConsolidation } from './assistance-evaluation/assistance-evaluation.entity';
import { ServiceRequirement } from './verification/service-requirement.entity';
import { Nonconformity, QualityAction, Verification, VerificationResult } from './verification/verification.entity';
import { AssistanceEvaluationResolver, EvaluationConsolidationResolver } from './assistance-evaluation/assistance-evaluation.resolver';
import { NonconformityResolver, QualityActionResolver, VerificationResolver } from './verification/verification.resolver';
import { WebhookAttempt, WebhookDeadLetter, WebhookEndpoint } from './webhooks/webhook.entity';
import { WebhookResolver } from './webhooks/webhook.resolver';

export const entities = [
  // Registry, audit and events (foundation)
  Secretariat,
  School,
  AuditEntry,
  HubEvent,
  // Inbound side: what the source subprocesses send
  SelfEvaluationCatalogue,
  SelfEvaluationProcess,
  SelfEvaluationComponent,
  SelfEvaluationScore,
  Characterization,
  SaberResult,
  SupportPlanAction,
  SupportPlanIndicator,
  SupportPlanTask,
  PeiUpdate,
  EducationModelAdoption,
  CurriculumChange,
  InspectionFinding,
  InspectionFindingAction,
  SchoolRegimeReport,
  // Inbound side: the schools' PMIs and support requests
  ImprovementPlan,
  PlanCriticalFactor,
  PlanObjective,
  PlanGoal,
  PlanIndicator,
  PlanAction,
  PlanVersion,
  PlanReview,
  ModificationWindow,
  SupportRequest,
  SupportRequestUpdate,
  // D02.03 activities 1–4: settings, needs, strategy, alignment with the PAM
  SecretariatSettings,
  SupportNeed,
  AssistanceStrategy,
  SchoolClassification,
  AssistanceActivity,
  AlignmentImprovementAction,
  StrategyRevision,
  // D02.03 activities 5–6: execution support and follow-up
  AssistanceSession,
  PlanActionProgress,
  IndicatorMeasurement,
  PlanCorrectiveAction,
  CoachingNote,
  CoachingNoteReply,
  PlanSelfEvaluation,
  // D02.03 activities 9–10: reports
  ConsolidatedReport,
  PmiResultsReport,
  IrregularityReport,
  IrregularityReportSchool,
  // D02.03 activities 7–8: evaluation of the assistance, compliance verification
  EvaluationSettings,
  AssistanceEvaluation,
  EvaluationConsolidation,
  ServiceRequirement,
  Verification,
  VerificationResult,
  Nonconformity,
  QualityAction,
  // Outbound webhooks to sibling systems
  WebhookEndpoint,
  WebhookAttempt,
  WebhookDeadLetter,
];

export const resolvers = [
  SecretariatResolver,
  SchoolResolver,
  AuditResolver,
  EventResolver,
  ImprovementPlanResolver,
  PlanGoalResolver,
  PlanVersionResolver,
  SupportRequestResolver,
  SettingsResolver,
  CatalogueResolver,
  AnalysisResolver,
  NeedsResolver,
  StrategyResolver,
  SchoolClassificationResolver,
  AssistanceActivityResolver,
  IrregularityReportResolver,
  IrregularityReportSchoolResolver,
  ConsolidatedReportResolver,
  PmiResultsResolver,
  AssistanceSessionResolver,
  FollowUpResolver,
  CoachingNoteResolver,
  PeriodResolver,
  SupportActionFollowUpResolver,
  AssistanceEvaluationResolver,
  EvaluationConsolidationResolver,
  VerificationResolver,
  NonconformityResolver,
  QualityActionResolver,
  WebhookResolver,
] as const;
