import { registerEnumType } from 'type-graphql';

/**
 * Every event type the hub publishes. The GraphQL enum name is the key; the stored type is the dotted value.
 * Later modules add their types here with a description of the payload.
 */
export enum EventType {
  // Registry
  SCHOOL_REGISTERED = 'school.registered',
  SCHOOL_UPDATED = 'school.updated',
  // Inbound side
  INPUT_RECEIVED = 'input.received',
  INPUT_RETRACTED = 'input.retracted',
  INPUT_KEY_CHANGED = 'input.key_changed',
  IMPROVEMENT_PLAN_REGISTERED = 'improvement_plan.registered',
  IMPROVEMENT_PLAN_UPDATED = 'improvement_plan.updated',
  IMPROVEMENT_PLAN_SUBMITTED = 'improvement_plan.submitted',
  IMPROVEMENT_PLAN_REVIEWED = 'improvement_plan.reviewed',
  SUPPORT_REQUEST_REGISTERED = 'support_request.registered',
  SUPPORT_REQUEST_UPDATED = 'support_request.updated',
  // D02.03 activities 1–4
  NEEDS_IDENTIFIED = 'needs.identified',
  STRATEGY_SUBMITTED = 'strategy.submitted',
  STRATEGY_APPROVED = 'strategy.approved',
  STRATEGY_ALIGNMENT_FAILED = 'strategy.alignment_failed',
  STRATEGY_EXECUTION_STARTED = 'strategy.execution_started',
  STRATEGY_EVALUATION_STARTED = 'strategy.evaluation_started',
  // D02.03 activities 5–10
  FOLLOW_UP_RECORDED = 'follow_up.recorded',
  ASSISTANCE_EVALUATION_SUBMITTED = 'assistance_evaluation.submitted',
  ASSISTANCE_EVALUATIONS_CONSOLIDATED = 'assistance_evaluations.consolidated',
  VERIFICATION_RECORDED = 'verification.recorded',
  NONCONFORMITY_RAISED = 'nonconformity.raised',
  CONSOLIDATED_REPORT_PUBLISHED = 'consolidated_report.published',
  INFRASTRUCTURE_NEED_REPORTED = 'infrastructure_need.reported',
  PMI_RESULTS_PUBLISHED = 'pmi_results.published',
  IRREGULARITY_REPORT_SIGNED = 'irregularity_report.signed',
}

export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  [EventType.SCHOOL_REGISTERED]: 'A school (EE) was added to the registry. Payload: { daneCode, name, sector, zone }.',
  [EventType.SCHOOL_UPDATED]: 'A school (EE) changed in the registry. Payload: { daneCode, changed: [field] }.',
  [EventType.INPUT_RECEIVED]:
    'A batch from a source subprocess was accepted for a school. Payload: { source, daneCode, created, updated, revived } (revived: retracted records brought back by a newer version).',
  [EventType.INPUT_RETRACTED]:
    'A source subprocess withdrew records (retiro) of a school, or of its PAM (daneCode null, group PAM:<period>): they are kept as tombstones and leave every read, signal and need. Payload: { source, daneCode, group, retracted, externalIds: [id], ids: [hub id] }.',
  [EventType.INPUT_KEY_CHANGED]:
    'A known external id arrived with a new natural key and its record moved (same hub id), e.g. PAM action SIGEP-ACC-0006 from code PAM-6 to PAM-06 (D02.01). Payload: { source, daneCode, group, id, externalId, from, to } (keys as `|`-joined values).',
  [EventType.IMPROVEMENT_PLAN_REGISTERED]: 'A school registered its PMI for a period. Payload: { planId, daneCode, period, version }.',
  [EventType.IMPROVEMENT_PLAN_UPDATED]: 'A PMI changed (possibly as a new version). Payload: { planId, daneCode, period, version }.',
  [EventType.IMPROVEMENT_PLAN_SUBMITTED]: 'A school submitted its PMI for review. Payload: { planId, daneCode, period, version }.',
  [EventType.IMPROVEMENT_PLAN_REVIEWED]:
    'The secretariat reviewed a PMI (Revisión de los PMI). Payload: { planId, daneCode, period, version, pertinent }.',
  [EventType.SUPPORT_REQUEST_REGISTERED]: 'A support request was registered. Payload: { requestId, daneCode, area }.',
  [EventType.SUPPORT_REQUEST_UPDATED]: 'A support request changed status. Payload: { requestId, daneCode, status }.',
  [EventType.NEEDS_IDENTIFIED]:
    'Support needs were identified for a period (activity 2). Payload: { period, created, resolved, open }.',
  [EventType.STRATEGY_SUBMITTED]: 'An assistance strategy was submitted for approval. Payload: { strategyId, period, revision }.',
  [EventType.STRATEGY_APPROVED]: 'An assistance strategy was approved. Payload: { strategyId, period, revision }.',
  [EventType.STRATEGY_ALIGNMENT_FAILED]:
    'Approval was refused: activities not aligned with the PAM. Payload: { strategyId, period, unalignedActivityIds }.',
  [EventType.STRATEGY_EXECUTION_STARTED]:
    'An approved strategy entered EXECUTION (activity 5): first session recorded or period started. Payload: { strategyId, period, revision, from, to, trigger }.',
  [EventType.STRATEGY_EVALUATION_STARTED]:
    'A strategy moved to EVALUATION (activity 6 → 7): its evaluation period ended or every activity is done; by the scheduled job or the quality leader. Payload: { strategyId, period, revision, from, to, trigger, periodEnded, allActivitiesDone }.',
  [EventType.FOLLOW_UP_RECORDED]:
    'A follow-up (seguimiento, activity 5) was recorded: an assistance session state, PMI action progress, indicator measurement, corrective action, coaching note or reply, or the school’s self-evaluation. Payload: { followUpId, subject: SESSION|ACTION_PROGRESS|INDICATOR_MEASUREMENT|CORRECTIVE_ACTION|COACHING_NOTE|COACHING_REPLY|SELF_EVALUATION, daneCode, planId?, strategyId?, status? }.',
  [EventType.ASSISTANCE_EVALUATION_SUBMITTED]:
    'A school evaluated an assistance activity it received (evaluación de asesoría, activity 7); visible to that school. Payload: { evaluationId, activityId, strategyId, period, daneCode, modality, responsible, ratings: { criterionCode: 1..5 }, objectivesMet: YES|PARTLY|NO, comments }.',
  [EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED]:
    'The quality leader reviewed the consolidated evaluation results of a period (activity 7). Payload: { consolidationId, strategyId, period, due, received, responseRate (0–1), average (1–5), objectivesMet: { YES, PARTLY, NO }, byCriterion: [{ code, name, average, ratings }], byStaff: [{ responsible, average, responseRate }], byModality: [{ modality, average, responseRate }], reviewNotes }.',
  [EventType.VERIFICATION_RECORDED]:
    'An assistance activity was verified against its ficha técnica N01.05.F01 (activity 8). Payload: { verificationId, activityId, strategyId, passed, unmet: [requirementCode], raisedNonconformityIds, closedNonconformityIds, stillOpenNonconformityIds }.',
  [EventType.NONCONFORMITY_RAISED]:
    'A verification found a requirement unmet: a nonconformity (N01.04) with its corrective or preventive action (N01.02). Payload: { nonconformityId, activityId, verificationId, requirementCode, description, action: { actionId, kind, owner, dueOn } }.',
  [EventType.CONSOLIDATED_REPORT_PUBLISHED]: 'The consolidated report (informe de análisis consolidado, activity 9) was published. Payload: { reportId, period, version, replacesId, parts: { "D01.04": { coverage, characterizationItems }, "D02.01": { coverage, programming, evaluation, planProgress }, "D02.02": { needsByArea }, "F01.03": { planProgress, coverage }, "I02.04": { schoolsWithInfrastructureNeeds } } }; each consumer reads its part.',
  [EventType.INFRASTRUCTURE_NEED_REPORTED]: 'Infrastructure needs of a school found during the accompaniment, sent to I02.04 when the consolidated report is published (one event per school). Payload: { reportId, period, version, replacesId, daneCode, schoolName, condition, needs: [text], year }.',
  [EventType.PMI_RESULTS_PUBLISHED]: 'A secretariat published its PMI formulation results for the Ministry (MEN). Payload: { reportId, period, version, figures: { schools, plansRegistered, plansReviewed, plansPertinent, plansFollowedUp, plansEvaluated, indicators, indicatorsMeasured, indicatorsAchieved, averageIndicatorProgress, … } }.',
  [EventType.IRREGULARITY_REPORT_SIGNED]: 'The annual irregularities report (F01.03.F01) was signed by the líder de calidad. Payload: { reportId, year, signedAt, schools: [{ daneCode, origin: RULE|LEADER, reasons: [NO_PERTINENT_PMI|INSPECTION_ACTION_UNRESOLVED|PMI_MOSTLY_UNDONE], leaderReason }] }.',
};

registerEnumType(EventType, {
  name: 'EventType',
  description: 'Type of a hub event (evento); the stored type is the dotted name, e.g. school.registered.',
  valuesConfig: Object.fromEntries(
    Object.entries(EventType).map(([k, v]) => [k, { description: `\`${v}\`: ${EVENT_DESCRIPTIONS[v]}` }]),
  ),
});
