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
    'A batch from a source subprocess was accepted for a school. Payload: { source, daneCode, created, updated }.',
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
    'A school evaluated the assistance it received (evaluación de asesoría). Payload: { evaluationId, activityId, daneCode }.',
  [EventType.ASSISTANCE_EVALUATIONS_CONSOLIDATED]:
    'Evaluation results were consolidated and reviewed. Payload: { period, responseRate }.',
  [EventType.VERIFICATION_RECORDED]: 'An assistance activity was verified. Payload: { verificationId, activityId, passed }.',
  [EventType.NONCONFORMITY_RAISED]: 'A verification found an unmet requirement. Payload: { nonconformityId, activityId }.',
  [EventType.CONSOLIDATED_REPORT_PUBLISHED]: 'The consolidated report was published. Payload: { reportId, period }.',
  [EventType.INFRASTRUCTURE_NEED_REPORTED]: 'An infrastructure need was found. Payload: { needId, daneCode }.',
  [EventType.PMI_RESULTS_PUBLISHED]: 'PMI formulation results for the Ministry. Payload: { period }.',
  [EventType.IRREGULARITY_REPORT_SIGNED]:
    'The annual irregularities report (F01.03.F01) was signed. Payload: { reportId, year, schools }.',
};

registerEnumType(EventType, {
  name: 'EventType',
  description: 'Type of a hub event (evento); the stored type is the dotted name, e.g. school.registered.',
  valuesConfig: Object.fromEntries(
    Object.entries(EventType).map(([k, v]) => [k, { description: `\`${v}\`: ${EVENT_DESCRIPTIONS[v]}` }]),
  ),
});
