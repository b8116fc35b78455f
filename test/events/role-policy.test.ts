import { getMetadataStorage } from 'type-graphql';
import { buildHubSchema } from '../../src/schema';
import { ROLE_EVENT_TYPES } from '../../src/events/visibility';
import { EventType } from '../../src/events/catalogue';
import { Role } from '../../src/common/auth/roles';

/**
 * One policy, stated twice: which events a role that reads only part of the workflow receives (ROLE_EVENT_TYPES,
 * src/events/visibility.ts) and which queries it may call (@Authorized on the resolvers). They must agree: a role
 * receives an event only about a record it may read, and what it may read but does not receive is listed here, so
 * that a change to either side without the other fails this test.
 */

/** The queries that read the record each event is about (any one of them is enough to read it). */
const SUBJECT_QUERIES: Record<EventType, string[]> = {
  [EventType.SCHOOL_REGISTERED]: ['school', 'schools'],
  [EventType.SCHOOL_UPDATED]: ['school', 'schools'],
  [EventType.INPUT_RECEIVED]: ['selfEvaluations', 'characterizations', 'supportPlanActions', 'peiUpdates', 'educationModels', 'curriculumChanges', 'inspectionFindings', 'schoolRegimes'],
  [EventType.INPUT_RETRACTED]: ['selfEvaluations', 'characterizations', 'supportPlanActions', 'peiUpdates', 'educationModels', 'curriculumChanges', 'inspectionFindings', 'schoolRegimes'],
  [EventType.INPUT_KEY_CHANGED]: ['supportPlanActions', 'selfEvaluations', 'characterizations', 'schoolRegimes'],
  [EventType.IMPROVEMENT_PLAN_REGISTERED]: ['improvementPlan', 'improvementPlans'],
  [EventType.IMPROVEMENT_PLAN_UPDATED]: ['improvementPlan', 'improvementPlans'],
  [EventType.IMPROVEMENT_PLAN_SUBMITTED]: ['improvementPlan', 'improvementPlans'],
  [EventType.IMPROVEMENT_PLAN_REVIEWED]: ['improvementPlan', 'improvementPlans'],
  [EventType.SUPPORT_REQUEST_REGISTERED]: ['supportRequest', 'supportRequests'],
  [EventType.SUPPORT_REQUEST_UPDATED]: ['supportRequest', 'supportRequests'],
  [EventType.NEEDS_IDENTIFIED]: ['supportNeeds'],
  [EventType.STRATEGY_SUBMITTED]: ['assistanceStrategy', 'assistanceStrategyOf'],
  [EventType.STRATEGY_APPROVED]: ['assistanceStrategy', 'assistanceStrategyOf'],
  [EventType.STRATEGY_ALIGNMENT_FAILED]: ['assistanceStrategy', 'assistanceStrategyOf'],
  [EventType.STRATEGY_EXECUTION_STARTED]: ['assistanceStrategy', 'assistanceStrategyOf'],
  [EventType.STRATEGY_EVALUATION_STARTED]: ['assistanceStrategy', 'assistanceStrategyOf'],
  [EventType.FOLLOW_UP_RECORDED]: ['planFollowUp'],
  [EventType.ASSISTANCE_EVALUATION_SUBMITTED]: ['assistanceEvaluations'],
  [EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED]: ['evaluationConsolidation'],
  [EventType.VERIFICATION_RECORDED]: ['nonconformities', 'verificationSheet'],
  [EventType.NONCONFORMITY_RAISED]: ['nonconformity', 'nonconformities'],
  [EventType.CONSOLIDATED_REPORT_PUBLISHED]: ['consolidatedReport', 'consolidatedReports'],
  [EventType.INFRASTRUCTURE_NEED_REPORTED]: ['consolidatedReport', 'consolidatedReports'],
  [EventType.PMI_RESULTS_PUBLISHED]: ['pmiResults', 'publishedPmiResults'],
  [EventType.IRREGULARITY_REPORT_SIGNED]: ['irregularityReport', 'irregularityReports'],
};

/** What each partial role may read but, by design, does not receive as events. */
const READ_BUT_NOT_RECEIVED: Partial<Record<Role, EventType[]>> = {
  // Inspection reads the workflow's records (PMIs, strategy, follow-ups, evaluations) but receives only what F01.03
  // acts on: the signed F01.03.F01, PMI reviews, nonconformities and the published consolidated report.
  [Role.INSPECTION]: [
    EventType.INPUT_RECEIVED,
    EventType.INPUT_KEY_CHANGED,
    EventType.IMPROVEMENT_PLAN_REGISTERED,
    EventType.IMPROVEMENT_PLAN_UPDATED,
    EventType.IMPROVEMENT_PLAN_SUBMITTED,
    EventType.NEEDS_IDENTIFIED,
    EventType.STRATEGY_SUBMITTED,
    EventType.STRATEGY_APPROVED,
    EventType.STRATEGY_ALIGNMENT_FAILED,
    EventType.STRATEGY_EXECUTION_STARTED,
    EventType.STRATEGY_EVALUATION_STARTED,
    EventType.FOLLOW_UP_RECORDED,
    EventType.ASSISTANCE_EVALUATION_SUBMITTED,
    EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED,
    EventType.VERIFICATION_RECORDED,
    EventType.INFRASTRUCTURE_NEED_REPORTED,
    EventType.PMI_RESULTS_PUBLISHED,
  ],
  [Role.CITIZEN_SERVICE]: [],
};

describe('role-limited event types agree with the queries the role may call', () => {
  let rolesOf: Map<string, Set<string>>;
  beforeAll(async () => {
    await buildHubSchema();
    const storage = getMetadataStorage();
    rolesOf = new Map();
    for (const q of storage.queries) {
      const auth = storage.authorizedFields.find((a) => a.target === q.target && a.fieldName === q.methodName);
      const roles = rolesOf.get(q.schemaName) ?? new Set<string>();
      for (const r of auth?.roles ?? []) roles.add(r);
      rolesOf.set(q.schemaName, roles);
    }
  });

  it('every subject query exists', () => {
    const missing = Object.values(SUBJECT_QUERIES).flat().filter((q) => !rolesOf.has(q));
    expect(missing).toEqual([]);
  });

  for (const [role, received] of Object.entries(ROLE_EVENT_TYPES) as [Role, ReadonlySet<EventType>][]) {
    it(`${role}: receives only events about records it may read, and every readable one it does not receive is listed`, () => {
      const readable = (Object.keys(SUBJECT_QUERIES) as EventType[]).filter((t) => SUBJECT_QUERIES[t].some((q) => rolesOf.get(q)?.has(role)));
      expect([...received].filter((t) => !readable.includes(t))).toEqual([]);
      expect(readable.filter((t) => !received.has(t)).sort()).toEqual([...(READ_BUT_NOT_RECEIVED[role] ?? [])].sort());
    });
  }
});
