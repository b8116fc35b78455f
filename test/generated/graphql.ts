/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Progress of a PMI action (avance). */
export type ActionProgressInput = {
  /** The PMI action (acción), by its stable id. */
  actionId: string | number;
  /** Evidence (evidencia): document reference or link; required for DONE. */
  evidence?: string | null | undefined;
  /** Note. */
  note?: string | null | undefined;
  /** Percent done, 0–100 (100 for DONE, 0 for NOT_STARTED). */
  percent: number;
  /** State. */
  status: ProgressStatus;
};

/** State of a programmed assistance activity. */
export type ActivityStatus =
  /** Cancelada (not counted for alignment or load) */
  | 'CANCELLED'
  /** Realizada */
  | 'DONE'
  /** Programada */
  | 'PROGRAMMED';

/** A task of an activity. */
export type ActivityTaskInput = {
  /** What is to be done. */
  description: string;
  /** Done. */
  done?: boolean;
  /** Due date (YYYY-MM-DD). */
  dueOn?: string | null | undefined;
};

/** A need added by staff (necesidad identificada por el equipo de calidad). */
export type AddSupportNeedInput = {
  /** Management area. */
  area?: ManagementArea | null | undefined;
  /** DANE code of the school. */
  daneCode: string;
  /** What the school needs. */
  description: string;
  /** Period (vigencia). */
  period: string;
  /** Priority. */
  priority?: NeedPriority;
};

/** Why a strategy cannot be approved yet (activity 4). */
export type AlignmentBlockerKind =
  /** The strategy has no active activity (PROGRAMMED or DONE) to align with the PAM */
  | 'NO_ACTIVITIES'
  /** Some active activities are not linked to a PAM action of the period (see `unaligned`) */
  | 'UNALIGNED_ACTIVITIES';

/** Improvement action to align an activity with the PAM (acción de mejora). */
export type AlignmentImprovementActionInput = {
  /** The unaligned activity. */
  activityId: string | number;
  /** By when (YYYY-MM-DD). */
  dueOn: string;
  /** What will be done. */
  what: string;
  /** Who is responsible. */
  who: string;
};

/** A programmed assistance activity (asistencia técnica programada). */
export type AssistanceActivityInput = {
  /** Last day (YYYY-MM-DD), within the period and not before startsOn. */
  endsOn: string;
  /** Method (metodología). */
  method: string;
  /** Modality. */
  modality: AssistanceModality;
  /** Resources (recursos). */
  resources?: string;
  /** Responsible staff member (responsable). */
  responsible: string;
  /** DANE codes of the schools it serves (at least one). At most 3000 entries (LIMIT_EXCEEDED listSize). */
  schoolDanes: Array<string>;
  /** First day (YYYY-MM-DD), within the period. */
  startsOn: string;
  /** PAM action (acción del PAM, D02.01) of the same period it is part of. */
  supportPlanActionId?: string | number | null | undefined;
  /** Tasks. At most 100 entries (LIMIT_EXCEEDED listSize). */
  tasks?: Array<ActivityTaskInput>;
  /** Title. */
  title: string;
};

/** Modality of technical assistance (modalidad de asistencia técnica). */
export type AssistanceModality =
  /** Acompañamiento integral */
  | 'INTEGRAL'
  /** Otra */
  | 'OTHER'
  /** Asesoría puntual */
  | 'PUNCTUAL'
  /** Capacitación */
  | 'TRAINING';

/** A state of an assistance session (sesión de asistencia técnica). To change a session (held, cancelled, rescheduled) send its current id as `replacesId`: the earlier row is kept. */
export type AssistanceSessionInput = {
  /** The programmed activity (asistencia técnica programada). */
  activityId: string | number;
  /** Agreements (acuerdos), as in the minutes. */
  agreements?: string;
  /** Attendees by role (required for HELD). At most 500 entries (LIMIT_EXCEEDED listSize). */
  attendees?: Array<SessionAttendeeInput>;
  /** Reason (motivo), required for CANCELLED and RESCHEDULED. */
  cancelReason?: string | null | undefined;
  /** Agreements one by one (compromisos). At most 100 entries (LIMIT_EXCEEDED listSize). */
  commitments?: Array<SessionCommitmentInput>;
  /** Date held (YYYY-MM-DD), required for HELD, not in the future. */
  heldOn?: string | null | undefined;
  /** Presencial or virtual. */
  mode?: SessionMode;
  /** Next steps (próximos pasos). */
  nextSteps?: string;
  /** The current session this state replaces (history is kept). */
  replacesId?: string | number | null | undefined;
  /** New date (YYYY-MM-DD), required for RESCHEDULED. */
  rescheduledTo?: string | null | undefined;
  /** Date programmed (YYYY-MM-DD). */
  scheduledOn: string;
  /** DANE code of a school the activity serves. */
  schoolDane: string;
  /** Staff who carry it out. */
  staff: string;
  /** State. */
  status: SessionStatus;
  /** Topics (temas tratados); required for HELD. */
  topics?: string;
};

/** A component (componente) of a catalogue process. */
export type CatalogueComponentInput = {
  /** Component code, unique in the version, e.g. DIR-01-01. */
  code: string;
  /** Name (nombre del componente). */
  name: string;
};

/** A process (proceso) of a management area, with its components. */
export type CatalogueProcessInput = {
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Process code, unique in the version, e.g. DIR-01. */
  code: string;
  /** Components, in order. At most 50 entries (LIMIT_EXCEEDED listSize). */
  components: Array<CatalogueComponentInput>;
  /** Name (nombre del proceso). */
  name: string;
};

/** A batch of characterizations (D01.04). */
export type CharacterizationBatchInput = {
  /** Items: one school and year each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<CharacterizationItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** Characterization and profile of a school for a year (caracterización y perfil, D01.04). */
export type CharacterizationItemInput = {
  /** DANE code of the school (código DANE). */
  daneCode: string;
  /** Dropout rate (tasa de deserción), percent. */
  dropoutRate?: number | null | undefined;
  /** Enrolment (matrícula). */
  enrolment?: number | null | undefined;
  /** The record's id in the source system (identificador externo). Default: DANE:year. */
  externalId?: string | null | undefined;
  /** Infrastructure condition (estado de la planta física). */
  infrastructureCondition?: InfrastructureCondition | null | undefined;
  /** Infrastructure needs (necesidades de infraestructura). At most 50 entries (LIMIT_EXCEEDED listSize). */
  infrastructureNeeds?: Array<string> | null | undefined;
  /** Repetition rate (tasa de repitencia), percent. */
  repetitionRate?: number | null | undefined;
  /** Saber 11 category (clasificación del plantel), for schools with grade 11. */
  saber11Category?: Saber11Category | null | undefined;
  /** Saber 3/5/9 results (one per grade and subject). At most 50 entries (LIMIT_EXCEEDED listSize). */
  saberResults?: Array<SaberResultInput> | null | undefined;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Year (año). */
  year: string;
};

/** A coaching note on a part of a PMI. */
export type CoachingNoteInput = {
  /** The comment. */
  body: string;
  /** Id of the part (required unless PLAN). */
  partId?: string | number | null | undefined;
  /** Part commented; PLAN for the plan as a whole. */
  partKind: PlanPartKind;
  /** The plan (PMI). */
  planId: string | number;
};

/** An answer to a coaching note. */
export type CoachingReplyInput = {
  /** The answer. */
  body: string;
  /** The note. */
  noteId: string | number;
};

/** Completion of a quality action. */
export type CompleteQualityActionInput = {
  /** Date it was done (YYYY-MM-DD), not in the future. */
  doneOn: string;
  /** How it was done (evidence of execution). */
  notes: string;
};

/** The analysis and conclusions of a draft consolidated report. */
export type ConsolidatedReportAnalysisInput = {
  /** Analysis and conclusions (análisis y conclusiones), up to 20000 characters. Printed in the report’s PDF (its only format): a character its font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming each one. */
  analysis: string;
  /** The draft report. */
  id: string | number;
};

/** State of a consolidated report: DRAFT (borrador, may be regenerated) → PUBLISHED (publicado, immutable). */
export type ConsolidatedReportStatus =
  /** Borrador: figures may be regenerated and the analysis edited. */
  | 'DRAFT'
  /** Publicado: immutable; a correction is a new version that replaces it. */
  | 'PUBLISHED';

/** State of the consolidated evaluation results (consolidado de la evaluación de la asistencia técnica). */
export type ConsolidationStatus =
  /** Borrador: computed after the deadline, may be recomputed */
  | 'DRAFT'
  /** Revisado por el líder de calidad; sent to E02.01 */
  | 'REVIEWED';

/** A school (EE) to add to the registry. */
export type CreateSchoolInput = {
  /** DANE code: 12 digits. */
  daneCode: string;
  /** Municipality (municipio). */
  municipality: string;
  /** DIVIPOLA municipality code: 5 digits. */
  municipalityCode?: string | null | undefined;
  /** Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it. */
  name: string;
  /** Regime; only for non-official schools. */
  regime?: PrivateSchoolRegime | null | undefined;
  /** Secretariat code; required for administrators. */
  secretariat?: string | null | undefined;
  /** Sector. */
  sector: SchoolSector;
  /** Zone. */
  zone: SchoolZone;
};

/** A new secretariat (Secretaría de Educación). */
export type CreateSecretariatInput = {
  /** Code of the ETC: 2 to 16 letters, digits or dashes. */
  code: string;
  /** Department (departamento). */
  department?: string | null | undefined;
  /** Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it. */
  name: string;
};

/** The rating of one criterion. */
export type CriterionRatingInput = {
  /** Criterion code, as in the period's settings. */
  criterion: string;
  /** Score 1 (lowest) to 5 (highest). */
  score: number;
};

/** A critical factor (factor crítico) with its prioritisation; priority is computed. */
export type CriticalFactorInput = {
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Description (factor crítico). */
  description: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
  /** Impact (impacto), 1–5. */
  impact: number;
  /** Trend (tendencia), 1–5. */
  trend: number;
  /** Urgency (urgencia), 1–5. */
  urgency: number;
};

/** A batch of curriculum changes (D02.05). */
export type CurriculumChangeBatchInput = {
  /** Items. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<CurriculumChangeItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** A change to a school’s curriculum (plan de estudios), from D02.05. */
export type CurriculumChangeItemInput = {
  /** Areas or subjects affected (áreas). At most 30 entries (LIMIT_EXCEEDED listSize). */
  areas?: Array<string> | null | undefined;
  /** DANE code of the school. */
  daneCode: string;
  /** Date of the change, YYYY-MM-DD. */
  date: string;
  /** The record's id in the source system (identificador externo). */
  externalId: string;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Summary (resumen del cambio). */
  summary: string;
};

/** How a dead letter (entrega fallida) was settled. */
export type DeadLetterResolution =
  /** Entregado: delivered with a 2xx after the endpoint was resumed. */
  | 'DELIVERED'
  /** Omitido: resumeWebhookEndpoint(skipFailed: true) moved the cursor past it without delivering it. */
  | 'SKIPPED';

/** Dismissal of a need, with its reason. */
export type DismissSupportNeedInput = {
  /** The need. */
  id: string | number;
  /** Why it is dismissed (motivo). */
  reason: string;
};

/** A batch of education model implementations (C02.02). */
export type EducationModelBatchInput = {
  /** Items. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<EducationModelItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** A new education model (modelo educativo) implemented in a school (C02.02). */
export type EducationModelItemInput = {
  /** DANE code of the school. */
  daneCode: string;
  /** Date it was implemented, YYYY-MM-DD. */
  date: string;
  /** The record's id in the source system (identificador externo). */
  externalId: string;
  /** Model name, e.g. Escuela Nueva, Aceleración del Aprendizaje, Post-primaria. */
  modelName: string;
  /** Notes (observaciones). */
  notes?: string | null | undefined;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
};

/** A criterion of the evaluation (criterio), rated 1–5 by the schools. */
export type EvaluationCriterionInput = {
  /** Stable code: capital letters, digits and _ (2–32), e.g. PERTINENCE. */
  code: string;
  /** Name shown to the school (Spanish); printed in the consolidated report (PDF): a character its font cannot show is BAD_USER_INPUT. */
  name: string;
};

/** The evaluation settings of a period: deadline (plazo máximo) and criteria. */
export type EvaluationSettingsInput = {
  /** Criteria (1–20), in the order shown; omitted: the current ones (or the defaults). Cannot change once evaluations exist. At most 20 entries (LIMIT_EXCEEDED listSize). */
  criteria?: Array<EvaluationCriterionInput> | null | undefined;
  /** Deadline (plazo máximo), ISO 8601 date-time with offset, e.g. 2027-01-15T23:59:59-05:00. */
  deadline: string;
  /** Period (vigencia), e.g. 2026. */
  period: string;
  /** Secretariat (administrators only; others write to their own). */
  secretariat?: string | null | undefined;
};

/** Named preset of event types for a consumer subprocess (domain brief section 5). A SUBPROCESS client needs the scope `read:<code>`. */
export type EventConsumer =
  /** D01.04 caracterización y perfil (characterization and profile); scope `read:D01.04`. Receives the consolidated report and its characterization items (needs, infrastructure); retractions of its own records: CONSOLIDATED_REPORT_PUBLISHED, NEEDS_IDENTIFIED, INFRASTRUCTURE_NEED_REPORTED, INPUT_RETRACTED. */
  | 'D01_04'
  /** D02.01 Plan de Apoyo al Mejoramiento (PAM); scope `read:D02.01`. Receives results of PAM actions: strategy approval and alignment, execution and evaluation of the strategy, follow-ups, the consolidated report; retractions and key changes of its own PAM actions: INPUT_RETRACTED, INPUT_KEY_CHANGED, STRATEGY_APPROVED, STRATEGY_ALIGNMENT_FAILED, STRATEGY_EXECUTION_STARTED, STRATEGY_EVALUATION_STARTED, FOLLOW_UP_RECORDED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'D02_01'
  /** D02.02 Proyecto Educativo Institucional (PEI); scope `read:D02.02`. Receives PEI-related findings: identified needs, PMI reviews, the consolidated report; retractions of its own PEI changes: NEEDS_IDENTIFIED, IMPROVEMENT_PLAN_REVIEWED, CONSOLIDATED_REPORT_PUBLISHED, INPUT_RETRACTED. */
  | 'D02_02'
  /** E02.01 satisfacción (satisfaction); scope `read:E02.01`. Receives the start of the evaluation of a strategy, each submitted assistance evaluation, and the consolidated results: STRATEGY_EVALUATION_STARTED, ASSISTANCE_EVALUATION_SUBMITTED, ASSISTANCE_EVALUATIONS_CONSOLIDATED. */
  | 'E02_01'
  /** F01.03 control del servicio (inspección y vigilancia); scope `read:F01.03`. Receives the signed irregularities report (F01.03.F01); results: PMI reviews, nonconformities, the consolidated report; retractions of its own findings and regime reports: INPUT_RETRACTED, IRREGULARITY_REPORT_SIGNED, IMPROVEMENT_PLAN_REVIEWED, NONCONFORMITY_RAISED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'F01_03'
  /** I02.04 infraestructura (infrastructure); scope `read:I02.04`. Receives infrastructure needs found during the accompaniment, and the consolidated report: INFRASTRUCTURE_NEED_REPORTED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'I02_04'
  /** Ministerio de Educación Nacional (MEN); scope `read:MEN`. Receives per secretariat and period: schools, PMIs registered, reviewed as pertinent, followed up, evaluated; indicator progress: SCHOOL_REGISTERED, SCHOOL_UPDATED, IMPROVEMENT_PLAN_REGISTERED, IMPROVEMENT_PLAN_REVIEWED, FOLLOW_UP_RECORDED, ASSISTANCE_EVALUATIONS_CONSOLIDATED, PMI_RESULTS_PUBLISHED. */
  | 'MEN';

/** Type of a hub event (evento); the stored type is the dotted name, e.g. school.registered. */
export type EventType =
  /** `assistance_evaluations.consolidated`: The quality leader reviewed the consolidated evaluation results of a period (activity 7). Payload: { consolidationId, strategyId, period, due, received, responseRate (0–1), average (1–5), objectivesMet: { YES, PARTLY, NO }, byCriterion: [{ code, name, average, ratings }], byStaff: [{ responsible, average, responseRate }], byModality: [{ modality, average, responseRate }], reviewNotes }. */
  | 'ASSISTANCE_EVALUATIONS_CONSOLIDATED'
  /** `assistance_evaluation.submitted`: A school evaluated an assistance activity it received (evaluación de asesoría, activity 7); visible to that school. Payload: { evaluationId, activityId, strategyId, period, daneCode, modality, responsible, ratings: { criterionCode: 1..5 }, objectivesMet: YES|PARTLY|NO, comments }. */
  | 'ASSISTANCE_EVALUATION_SUBMITTED'
  /** `consolidated_report.published`: The consolidated report (informe de análisis consolidado, activity 9) was published. Payload: { reportId, period, version, replacesId, parts: { "D01.04": { coverage, characterizationItems }, "D02.01": { coverage, programming, evaluation, planProgress }, "D02.02": { needsByArea }, "F01.03": { planProgress, coverage }, "I02.04": { schoolsWithInfrastructureNeeds } } }; each consumer reads its part. */
  | 'CONSOLIDATED_REPORT_PUBLISHED'
  /** `follow_up.recorded`: A follow-up (seguimiento, activity 5) was recorded: an assistance session state, PMI action progress, indicator measurement, corrective action, coaching note or reply, or the school’s self-evaluation. Payload: { followUpId, subject: SESSION|ACTION_PROGRESS|INDICATOR_MEASUREMENT|CORRECTIVE_ACTION|COACHING_NOTE|COACHING_REPLY|SELF_EVALUATION, daneCode, planId?, strategyId?, status? }. */
  | 'FOLLOW_UP_RECORDED'
  /** `improvement_plan.registered`: A school registered its PMI for a period. Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_REGISTERED'
  /** `improvement_plan.reviewed`: The secretariat reviewed a PMI (Revisión de los PMI). Payload: { planId, daneCode, period, version, pertinent }. */
  | 'IMPROVEMENT_PLAN_REVIEWED'
  /** `improvement_plan.submitted`: A school submitted its PMI for review. Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_SUBMITTED'
  /** `improvement_plan.updated`: A PMI changed (possibly as a new version). Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_UPDATED'
  /** `infrastructure_need.reported`: Infrastructure needs of a school found during the accompaniment, sent to I02.04 when the consolidated report is published (one event per school). Payload: { reportId, period, version, replacesId, daneCode, schoolName, condition, needs: [text], year }. */
  | 'INFRASTRUCTURE_NEED_REPORTED'
  /** `input.key_changed`: A known external id arrived with a new natural key and its record moved (same hub id), e.g. PAM action SIGEP-ACC-0006 from code PAM-6 to PAM-06 (D02.01). Payload: { source, daneCode, group, id, externalId, from, to } (keys as `|`-joined values). */
  | 'INPUT_KEY_CHANGED'
  /** `input.received`: A batch from a source subprocess was accepted for a school. Payload: { source, daneCode, created, updated, revived } (revived: retracted records brought back by a newer version). */
  | 'INPUT_RECEIVED'
  /** `input.retracted`: A source subprocess withdrew records (retiro) of a school, or of its PAM (daneCode null, group PAM:<period>): they are kept as tombstones and leave every read, signal and need. Payload: { source, daneCode, group, retracted, externalIds: [id], ids: [hub id] }. */
  | 'INPUT_RETRACTED'
  /** `irregularity_report.signed`: The annual irregularities report (F01.03.F01) was signed by the líder de calidad. Payload: { reportId, year, signedAt, schools: [{ daneCode, origin: RULE|LEADER, reasons: [NO_PERTINENT_PMI|INSPECTION_ACTION_UNRESOLVED|PMI_MOSTLY_UNDONE], leaderReason }] }. */
  | 'IRREGULARITY_REPORT_SIGNED'
  /** `needs.identified`: Support needs were identified for a period (activity 2). Payload: { period, created, resolved, open }. */
  | 'NEEDS_IDENTIFIED'
  /** `nonconformity.raised`: A verification found a requirement unmet: a nonconformity (N01.04) with its corrective or preventive action (N01.02). Payload: { nonconformityId, activityId, verificationId, requirementCode, description, action: { actionId, kind, owner, dueOn } }. */
  | 'NONCONFORMITY_RAISED'
  /** `pmi_results.published`: A secretariat published its PMI formulation results for the Ministry (MEN). Payload: { reportId, period, version, figures: { schools, plansRegistered, plansReviewed, plansPertinent, plansFollowedUp, plansEvaluated, indicators, indicatorsMeasured, indicatorsAchieved, averageIndicatorProgress, … } }. */
  | 'PMI_RESULTS_PUBLISHED'
  /** `school.registered`: A school (EE) was added to the registry. Payload: { daneCode, name, sector, zone }. */
  | 'SCHOOL_REGISTERED'
  /** `school.updated`: A school (EE) changed in the registry. Payload: { daneCode, changed: [field] }. */
  | 'SCHOOL_UPDATED'
  /** `strategy.alignment_failed`: Approval was refused: activities not aligned with the PAM. Payload: { strategyId, period, unalignedActivityIds }. */
  | 'STRATEGY_ALIGNMENT_FAILED'
  /** `strategy.approved`: An assistance strategy was approved. Payload: { strategyId, period, revision }. */
  | 'STRATEGY_APPROVED'
  /** `strategy.evaluation_started`: A strategy moved to EVALUATION (activity 6 → 7): its evaluation period ended or every activity is done; by the scheduled job or the quality leader. Payload: { strategyId, period, revision, from, to, trigger, periodEnded, allActivitiesDone }. */
  | 'STRATEGY_EVALUATION_STARTED'
  /** `strategy.execution_started`: An approved strategy entered EXECUTION (activity 5): first session recorded or period started. Payload: { strategyId, period, revision, from, to, trigger }. */
  | 'STRATEGY_EXECUTION_STARTED'
  /** `strategy.submitted`: An assistance strategy was submitted for approval. Payload: { strategyId, period, revision }. */
  | 'STRATEGY_SUBMITTED'
  /** `support_request.registered`: A support request was registered. Payload: { requestId, daneCode, area }. */
  | 'SUPPORT_REQUEST_REGISTERED'
  /** `support_request.updated`: A support request changed status. Payload: { requestId, daneCode, status }. */
  | 'SUPPORT_REQUEST_UPDATED'
  /** `verification.recorded`: An assistance activity was verified against its ficha técnica N01.05.F01 (activity 8). Payload: { verificationId, activityId, strategyId, passed, unmet: [requirementCode], raisedNonconformityIds, closedNonconformityIds, stillOpenNonconformityIds }. */
  | 'VERIFICATION_RECORDED';

/** File format of an exported record (registro). */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** A corrective or preventive action a finding requires in the school’s PMI. */
export type FindingActionInput = {
  /** What the school must do. */
  description: string;
  /** Deadline (plazo), YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** The action's id in F01.03 (unique within the finding). */
  externalId: string;
  /** Corrective or preventive. */
  type: FindingActionType;
};

/** Type of action a control finding requires (acción correctiva / preventiva). */
export type FindingActionType =
  /** Acción correctiva */
  | 'CORRECTIVE'
  /** Acción preventiva */
  | 'PREVENTIVE';

/** Generate (or regenerate) the draft consolidated report of a period from the evidence. */
export type GenerateConsolidatedReportInput = {
  /** Required when a version of the period is already published: why it is corrected (motivo de la corrección), 5–2000 characters. Printed in the report’s PDF: a character its font cannot show is BAD_USER_INPUT naming each one. */
  correctionReason?: string | null | undefined;
  /** Period (vigencia), e.g. 2026. */
  period: string;
};

/** A goal (meta) in one management area, with its indicators and actions. */
export type GoalInput = {
  /** Actions (acciones) of the goal. At most 200 entries (LIMIT_EXCEEDED listSize). */
  actions?: Array<PlanActionInput>;
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Goal (meta). */
  description: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
  /** Indicators (indicadores) of the goal. At most 50 entries (LIMIT_EXCEEDED listSize). */
  indicators?: Array<IndicatorInput>;
};

/** Rating of one goal (meta) in the self-evaluation. */
export type GoalRatingInput = {
  /** Comment. */
  comment?: string | null | undefined;
  /** Evidence. */
  evidence?: string | null | undefined;
  /** The goal. */
  goalId: string | number;
  /** Implementation level; FULL needs evidence. */
  level: ImplementationLevel;
};

/** Implementation level of a PMI goal (nivel de implementación) in the self-evaluation. */
export type ImplementationLevel =
  /** Implementada completamente (needs evidence) */
  | 'FULL'
  /** Desarrollo limitado */
  | 'LIMITED'
  /** Sin desarrollo */
  | 'NONE';

/** State of a PMI version (estado del PMI). */
export type ImprovementPlanStatus =
  /** Borrador: the school is still writing it; it can change while the modification window is open */
  | 'DRAFT'
  /** Revisado: reviewed as pertinent or not pertinent (see `pertinent`); a change creates a new version */
  | 'REVIEWED'
  /** Enviado / radicado: waiting for the secretariat’s review (Revisión de los PMI) */
  | 'SUBMITTED';

/** How often an indicator is measured (periodicidad de medición). */
export type IndicatorFrequency =
  /** Anual */
  | 'ANNUAL'
  /** Bimestral */
  | 'BIMONTHLY'
  /** Mensual */
  | 'MONTHLY'
  /** Trimestral */
  | 'QUARTERLY'
  /** Semestral */
  | 'SEMIANNUAL';

/** An indicator (indicador) of a goal. */
export type IndicatorInput = {
  /** Baseline (línea base). */
  baseline: number;
  /** Measuring frequency (periodicidad). */
  frequency: IndicatorFrequency;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
  /** Name (nombre del indicador). */
  name: string;
  /** Target (meta) at the end of the period. */
  target: number;
  /** Unit (unidad de medida), e.g. "%". */
  unit: string;
};

/** A measurement of a PMI indicator (medición). */
export type IndicatorMeasurementInput = {
  /** The PMI indicator, by its stable id. */
  indicatorId: string | number;
  /** Date measured (YYYY-MM-DD), not in the future. */
  measuredOn: string;
  /** Note. */
  note?: string | null | undefined;
  /** Source (fuente de verificación). */
  source: string;
  /** Value, in the indicator’s unit. */
  value: number;
};

/** Overall condition of the physical plant (estado de la infraestructura / planta física). */
export type InfrastructureCondition =
  /** Crítico: risk for students */
  | 'CRITICAL'
  /** Regular */
  | 'FAIR'
  /** Bueno */
  | 'GOOD'
  /** Malo */
  | 'POOR';

/** What happened to one item of an inbound batch. */
export type IngestionStatus =
  /** New record stored (creado). */
  | 'CREATED'
  /** Refused (rechazado): see code, field, message and violations; nothing of it was written. */
  | 'REJECTED'
  /** Identical to what is stored: nothing written (sin cambios). */
  | 'UNCHANGED'
  /** Existing record changed (actualizado). */
  | 'UPDATED';

/** Kind of record received from a source subprocess (tipo de insumo), with its source code. */
export type InputKind =
  /** D01.04 caracterización y perfil, with its Saber results (ingestCharacterizations) */
  | 'CHARACTERIZATION'
  /** D02.05 cambio del plan de estudios (ingestCurriculumChanges) */
  | 'CURRICULUM_CHANGE'
  /** C02.02 modelo educativo implementado (ingestEducationModels) */
  | 'EDUCATION_MODEL'
  /** F01.03 hallazgo, with its corrective/preventive actions (ingestInspectionFindings) */
  | 'INSPECTION_FINDING'
  /** D02.02 ajuste o actualización del PEI (ingestPeiUpdates) */
  | 'PEI_UPDATE'
  /** F01.03 régimen de un EE no oficial (ingestSchoolRegimes) */
  | 'SCHOOL_REGIME'
  /** D01.03 autoevaluación institucional: a component value (ingestSelfEvaluations) */
  | 'SELF_EVALUATION'
  /** D02.01 acción del PAM, with its indicators and tasks (ingestSupportPlanActions) */
  | 'SUPPORT_PLAN_ACTION';

/** A batch of control findings (F01.03). */
export type InspectionFindingBatchInput = {
  /** Items: one finding each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<InspectionFindingItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** A control finding (hallazgo) at a school (F01.03). */
export type InspectionFindingItemInput = {
  /** Actions the school must include in its PMI. At most 100 entries (LIMIT_EXCEEDED listSize). */
  actions: Array<FindingActionInput>;
  /** Management area concerned. */
  area?: ManagementArea | null | undefined;
  /** DANE code of the school. */
  daneCode: string;
  /** Date of the finding, YYYY-MM-DD. */
  date: string;
  /** Description of the finding. */
  description: string;
  /** The record's id in the source system (identificador externo). (código del hallazgo) */
  externalId: string;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
};

/** The leader adds or removes a school on the irregularities report, with the reason (justificación). */
export type IrregularityDecisionInput = {
  /** Reason (justificación), 5–2000 characters. */
  reason: string;
  /** The report (DRAFT). */
  reportId: string | number;
  /** DANE code of the school (12 digits). */
  schoolDane: string;
};

/** Origin of a school on the report: RULE (drafted by the hub from the evidence) or LEADER (added by the líder de calidad). */
export type IrregularityOrigin =
  | 'LEADER'
  | 'RULE';

/** Irregularity found (indicio de irregularidad) in every one of the consecutive periods considered, after the assistance. */
export type IrregularityReason =
  /** Hallazgo F01.03 sin resolver: a corrective/preventive action of F01.03 not in the PMI, or not carried out by its deadline. */
  | 'INSPECTION_ACTION_UNRESOLVED'
  /** Sin PMI pertinente: no PMI of the period reviewed as pertinent. */
  | 'NO_PERTINENT_PMI'
  /** PMI mayormente sin ejecutar: share of PMI actions done at year end below the threshold. */
  | 'PMI_MOSTLY_UNDONE';

/** State of the irregularities report (F01.03.F01): DRAFT (borrador) → SIGNED (firmado, immutable, sent to F01.03). */
export type IrregularityReportStatus =
  | 'DRAFT'
  | 'SIGNED';

/** Management area (área de gestión, Guía 34). */
export type ManagementArea =
  /** Gestión académica (2026: académica y pedagógica) */
  | 'ACADEMIC'
  /** Gestión administrativa y financiera */
  | 'ADMINISTRATIVE_FINANCIAL'
  /** Gestión de la comunidad */
  | 'COMMUNITY'
  /** Gestión directiva (2026: directiva y estratégica) */
  | 'DIRECTIVE';

/** Priority (prioridad) of a need. */
export type NeedPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Why a support need was resolved (motivo de la resolución). */
export type NeedResolutionReason =
  /** evidence retracted: the source subprocess withdrew a record the need stood on (retiro de la evidencia) */
  | 'EVIDENCE_RETRACTED'
  /** The signal is no longer found in the inputs (e.g. a newer self-evaluation scores higher) */
  | 'SIGNAL_GONE';

/** Rule / signal of activities 1–2 (regla de identificación de necesidades). */
export type NeedRule =
  /** Curriculum (plan de estudios, D02.05) changed after the PMI was last reviewed */
  | 'CURRICULUM_CHANGED_SINCE_REVIEW'
  /** New education model (C02.02) after the PMI was last reviewed */
  | 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW'
  /** F01.03 corrective/preventive action not yet in the PMI */
  | 'INSPECTION_ACTION_NOT_IN_PMI'
  /** Saber 11 category among the low ones (default C or D) (D01.04) */
  | 'LOW_SABER_11'
  /** Share of students in insuficiente in Saber 3/5/9 at or above the threshold (default 25%) (D01.04) */
  | 'LOW_SABER_LEVEL'
  /** Self-evaluation (autoevaluación, D01.03) components scored at or below the threshold (default 1–2) */
  | 'LOW_SELF_EVALUATION'
  /** PEI adjusted or updated (D02.02) after the PMI was last reviewed */
  | 'PEI_CHANGED_SINCE_REVIEW'
  /** No PMI registered for the period */
  | 'PMI_MISSING'
  /** The PMI was reviewed as not pertinent (no pertinente) */
  | 'PMI_NOT_PERTINENT';

/** Origin of a support need (origen de la necesidad de apoyo). */
export type NeedSource =
  /** A rule over the analysis of the inputs (análisis de la caracterización y el perfil) */
  | 'ANALYSIS'
  /** Added by the secretariat staff */
  | 'MANUAL'
  /** A support request (solicitud de apoyo) of the school */
  | 'REQUEST';

/** State of a support need. */
export type NeedStatus =
  /** Descartada by staff, with a reason; later runs do not reopen it */
  | 'DISMISSED'
  /** Abierta: to be covered by the strategy */
  | 'OPEN'
  /** Resuelta: its signal disappeared on a later run (kept, not deleted) */
  | 'RESOLVED';

/** State of a nonconformity (producto o servicio no conforme, N01.04). */
export type NonconformityStatus =
  /** Cerrada: a later verification found the requirement met */
  | 'CLOSED'
  /** Abierta: a requirement was found unmet; actions planned; a new verification is due */
  | 'OPEN';

/** An objective (objetivo) of the PMI. */
export type ObjectiveInput = {
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Objective (objetivo). */
  description: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
};

/** Objectives of the assistance met (cumplimiento de los objetivos planteados). */
export type ObjectivesMet =
  /** No */
  | 'NO'
  /** Parcialmente */
  | 'PARTLY'
  /** Sí */
  | 'YES';

/** Opens a modification window (periodo de modificación de los PMI) for a period. */
export type OpenModificationWindowInput = {
  /** Closing date and time (fecha de cierre), after the opening. */
  closesAt: string;
  /** Opening date and time (fecha de inicio). */
  opensAt: string;
  /** Period (vigencia) whose PMIs may be changed. */
  period: string;
};

/** Override of the proposed modality of a school, with its justification. */
export type OverrideClassificationInput = {
  /** DANE code of the classified school. */
  daneCode: string;
  /** Justification (justificación), recorded with the proposal it overrides. */
  justification: string;
  /** Modality to apply. */
  modality: AssistanceModality;
  /** The strategy. */
  strategyId: string | number;
};

/** Kind of change to a PEI (Proyecto Educativo Institucional). */
export type PeiChangeType =
  /** PEI ajustado (partial adjustment) */
  | 'ADJUSTED'
  /** PEI actualizado (full update / resignification) */
  | 'UPDATED';

/** A batch of PEI changes (D02.02). */
export type PeiUpdateBatchInput = {
  /** Items. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<PeiUpdateItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** A PEI (Proyecto Educativo Institucional) adjusted or updated for a school (D02.02). */
export type PeiUpdateItemInput = {
  /** Adjusted or updated. */
  changeType: PeiChangeType;
  /** DANE code of the school. */
  daneCode: string;
  /** Date of the change (fecha de adopción), YYYY-MM-DD. */
  date: string;
  /** The record's id in the source system (identificador externo). */
  externalId: string;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Summary (resumen). */
  summary: string;
};

/** Why a school of an activity is still pending (pendiente). */
export type PendingReason =
  /** No session recorded yet */
  | 'NO_SESSION'
  /** A session is programmed and not yet held */
  | 'PROGRAMMED'
  /** The session was rescheduled */
  | 'RESCHEDULED';

/** An action or task (acción / actividad) of a goal. */
export type PlanActionInput = {
  /** What is to be done (acción). */
  description: string;
  /** End date (fecha de terminación), YYYY-MM-DD; not before the start. */
  endDate: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
  /** External id of the F01.03 corrective/preventive action this action answers (acción de control del servicio). */
  inspectionActionRef?: string | null | undefined;
  /** Resources (recursos). */
  resources?: string | null | undefined;
  /** Responsible person or team (responsable). */
  responsible: string;
  /** Start date (fecha de inicio), YYYY-MM-DD. */
  startDate: string;
  /** Progress (estado). */
  status?: PlanActionStatus;
};

/** State of a PMI action or task (estado de la acción). */
export type PlanActionStatus =
  /** Cancelada */
  | 'CANCELLED'
  /** Ejecutada / cumplida */
  | 'DONE'
  /** En ejecución */
  | 'IN_PROGRESS'
  /** Sin iniciar */
  | 'NOT_STARTED';

/** A corrective action to the PMI agreed with the school (acción correctiva). */
export type PlanCorrectiveActionInput = {
  /** The PMI action it corrects. */
  actionId?: string | number | null | undefined;
  /** Date agreed with the school (YYYY-MM-DD). */
  agreedOn: string;
  /** What will be done. */
  description: string;
  /** Due date (YYYY-MM-DD), not before agreedOn. */
  dueOn: string;
  /** The PMI indicator it concerns. */
  indicatorId?: string | number | null | undefined;
  /** The plan (PMI). */
  planId: string | number;
  /** Responsible at the school. */
  responsible: string;
  /** The assistance session where it was agreed. */
  sessionId?: string | number | null | undefined;
};

/** Part of a PMI (parte del plan) a coaching note refers to. */
export type PlanPartKind =
  /** Acción / tarea */
  | 'ACTION'
  /** Factor crítico */
  | 'CRITICAL_FACTOR'
  /** Meta */
  | 'GOAL'
  /** Indicador */
  | 'INDICATOR'
  /** Objetivo */
  | 'OBJECTIVE'
  /** The plan as a whole */
  | 'PLAN';

/** Observations of a review, per part of the PMI (observaciones). */
export type PlanReviewObservationsInput = {
  /** On the actions (acciones). */
  actions?: string | null | undefined;
  /** On the communication to the community (socialización). */
  communication?: string | null | undefined;
  /** On the critical factors (factores críticos). */
  criticalFactors?: string | null | undefined;
  /** General observations (observaciones generales). */
  general?: string | null | undefined;
  /** On the goals (metas). */
  goals?: string | null | undefined;
  /** On the indicators (indicadores). */
  indicators?: string | null | undefined;
  /** On the objectives (objetivos). */
  objectives?: string | null | undefined;
};

/** The school’s evaluation of its PMI (autoevaluación del PMI). */
export type PlanSelfEvaluationInput = {
  /** Achievements (logros). */
  achievements?: string;
  /** Adjustments proposed (ajustes). */
  adjustments?: string;
  /** Difficulties (dificultades). */
  difficulties?: string;
  /** Date (YYYY-MM-DD), not in the future. */
  evaluatedOn: string;
  /** Rating of each goal of the current version (every goal, once). At most 200 entries (LIMIT_EXCEEDED listSize). */
  goalRatings: Array<GoalRatingInput>;
  /** The plan (PMI). */
  planId: string | number;
};

/** Regime of a non-official school (régimen, Ley 115 art. 202). */
export type PrivateSchoolRegime =
  /** Régimen controlado: must present an improvement plan; mandatory accompaniment */
  | 'CONTROLLED'
  /** Libertad vigilada */
  | 'MONITORED_FREEDOM'
  /** Libertad regulada */
  | 'REGULATED_FREEDOM';

/** State of a PMI action in a follow-up (estado del avance). */
export type ProgressStatus =
  /** Bloqueada */
  | 'BLOCKED'
  /** Cancelada */
  | 'CANCELLED'
  /** Atrasada */
  | 'DELAYED'
  /** Ejecutada: needs evidence (evidencia) */
  | 'DONE'
  /** En ejecución */
  | 'IN_PROGRESS'
  /** Sin iniciar */
  | 'NOT_STARTED';

/** A corrective or preventive action (N01.02) with owner and due date. */
export type QualityActionInput = {
  /** What is to be done. */
  description: string;
  /** Due date (YYYY-MM-DD). */
  dueOn: string;
  /** CORRECTIVE or PREVENTIVE. */
  kind: QualityActionKind;
  /** Owner (responsable). */
  owner: string;
};

/** Kind of quality action (N01.02). */
export type QualityActionKind =
  /** Acción correctiva */
  | 'CORRECTIVE'
  /** Acción preventiva */
  | 'PREVENTIVE';

/** State of a corrective or preventive action. */
export type QualityActionStatus =
  /** Ejecutada */
  | 'DONE'
  /** Abierta (planned) */
  | 'OPEN';

/** File format of a record (registro): CSV (UTF-8, `;`), XLSX, or PDF for the records that have a printed form. */
export type RecordFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX';

/** A compliance verification of an assistance activity, requirement by requirement. */
export type RecordVerificationInput = {
  /** The assistance activity. */
  activityId: string | number;
  /** Notes (observaciones). */
  notes?: string;
  /** One result per requirement of the activity's kind of service. At most 50 entries (LIMIT_EXCEEDED listSize). */
  results: Array<RequirementResultInput>;
};

/** A school registers its PMI for a period (registro del PMI). */
export type RegisterImprovementPlanInput = {
  /** How the plan is shared with the community (socialización a la comunidad educativa). */
  communication?: string | null | undefined;
  /** Critical factors (factores críticos) with urgency, trend and impact. At most 100 entries (LIMIT_EXCEEDED listSize). */
  criticalFactors?: Array<CriticalFactorInput> | null | undefined;
  /** DANE code of the school; defaults to the caller's own school. */
  daneCode?: string | null | undefined;
  /** Goals (metas) per management area, with indicators and actions. At most 100 entries (LIMIT_EXCEEDED listSize). */
  goals?: Array<GoalInput> | null | undefined;
  /** Objectives (objetivos). At most 100 entries (LIMIT_EXCEEDED listSize). */
  objectives?: Array<ObjectiveInput> | null | undefined;
  /** Period (vigencia), e.g. "2026". */
  period: string;
};

/** A support request (solicitud de apoyo). The channel follows from the caller: a school asks directly, Atención al Ciudadano on its behalf. */
export type RegisterSupportRequestInput = {
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Contact for the answer (correo o teléfono). */
  contact?: string | null | undefined;
  /** DANE code of the school; a SCHOOL user's own by default, required for Atención al Ciudadano. */
  daneCode?: string | null | undefined;
  /** What the school needs (descripción). */
  description: string;
  /** Filing number (radicado) in the citizen-service system. */
  filingNumber?: string | null | undefined;
  /** Name of the person asking (nombre del solicitante). */
  requesterName?: string | null | undefined;
  /** Subject (asunto). */
  subject: string;
};

/** A webhook endpoint to register (registro de webhook). */
export type RegisterWebhookEndpointInput = {
  /** Cursor of the event log to start after (to receive past events too); default: the end of the log (only new events). */
  after?: string | null | undefined;
  /** Client (aplicación; its OAuth client_id) the endpoint belongs to: required from ADMIN; a SUBPROCESS client registers for itself. Letters, digits, then also . _ : - (at most 100). */
  clientId?: string | null | undefined;
  /** Preset of event types (consumidor), as in `events(consumer:)`. */
  consumer?: EventConsumer | null | undefined;
  /** Free description (descripción). */
  description?: string | null | undefined;
  /** Only events about this school (EE, DANE code of the secretariat). */
  school?: string | null | undefined;
  /** The `read:<code>` scopes (alcances) that bound what the endpoint receives: required from ADMIN; a SUBPROCESS client gets the read scopes of its token when omitted or null. An empty list is refused; a scope listed twice counts once. At most 100 entries (LIMIT_EXCEEDED listSize). */
  scopes?: Array<string> | null | undefined;
  /** Secretariat (Secretaría de Educación) of the endpoint: required from ADMIN; a SUBPROCESS client gets its own. */
  secretariat?: string | null | undefined;
  /** Only these event types (tipos de evento); with `consumer`, the intersection. Omitted or null: every type the scopes (and `consumer`) allow; an empty list is refused; a type listed twice counts once. At most 100 entries (LIMIT_EXCEEDED listSize). */
  types?: Array<EventType> | null | undefined;
  /** Where events are POSTed: https:// in production; its host must resolve to public addresses (see docs/webhooks.md). */
  url: string;
};

/** The result of one requirement. */
export type RequirementResultInput = {
  /** For an unmet requirement without an open nonconformity: the corrective or preventive action (required then). */
  action?: QualityActionInput | null | undefined;
  /** Evidence seen (evidencia): 3–2,000 characters. */
  evidence: string;
  /** For an unmet requirement: what was found (defaults to the evidence). */
  finding?: string | null | undefined;
  /** Met (cumple). */
  met: boolean;
  /** Requirement code. */
  requirementCode: string;
};

/** A batch of retractions (lote de retiros) of one kind of record. */
export type RetractionBatchInput = {
  /** Items: one record each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<RetractionItemInput>;
  /** Kind of record withdrawn; the caller needs the scope ingest:<its source>. */
  kind: InputKind;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** One record to withdraw (retiro), by its id in the source system. */
export type RetractionItemInput = {
  /** The record's id in the source system (identificador externo), as sent or defaulted when ingested. */
  externalId: string;
  /** Why the source withdraws it (motivo del retiro), kept on the tombstone. */
  reason: string;
  /** The source's timestamp (version) of the withdrawal: older than the stored version is STALE; a later version newer than this revives the record. */
  sourceTimestamp: string;
};

/** What happened to one item of a retraction batch (lote de retiros). */
export type RetractionStatus =
  /** No record of this kind with this external id in the secretariat (code NOT_FOUND). */
  | 'NOT_FOUND'
  /** Refused (rechazado): see code and field (BAD_USER_INPUT, CONFLICT for the same id twice). */
  | 'REJECTED'
  /** Retirado: the record is now a tombstone, left out of every read, signal and need. */
  | 'RETRACTED'
  /** The stored version is newer than the retraction’s source timestamp (code STALE): nothing written. */
  | 'STALE'
  /** Already retracted: nothing written (sin cambios). */
  | 'UNCHANGED';

/** The review of a submitted PMI version (Revisión de los PMI). */
export type ReviewImprovementPlanInput = {
  /** Observations per part. */
  observations?: PlanReviewObservationsInput;
  /** True pertinente, false no pertinente. */
  pertinent: boolean;
  /** Version being reviewed; when given it must be the submitted one (guards against reviewing a newer text). */
  version?: number | null | undefined;
};

/** Caller role (rol), from the domain brief. */
export type Role =
  /** Hub operator: secretariats, school registry; does not act in a secretariat's workflow */
  | 'ADMIN'
  /** Atención al Ciudadano */
  | 'CITIZEN_SERVICE'
  /** Profesional de mejoramiento */
  | 'IMPROVEMENT_PROFESSIONAL'
  /** Inspección y vigilancia (F01.03) of its secretariat */
  | 'INSPECTION'
  /** Ministerio de Educación Nacional (MEN): reads every secretariat, writes nothing */
  | 'MINISTRY'
  /** Líder de calidad educativa */
  | 'QUALITY_LEADER'
  /** Funcionario / técnico de calidad */
  | 'QUALITY_STAFF'
  /** A school's own user (Establecimiento Educativo); sees only its school */
  | 'SCHOOL'
  /** A sibling system, limited by its scopes (e.g. ingest:D01.03, read:E02.01) */
  | 'SUBPROCESS';

/** Saber 11 school category (clasificación de planteles ICFES): A+ highest to D lowest. */
export type Saber11Category =
  /** A */
  | 'A'
  /** A+ */
  | 'A_PLUS'
  /** B */
  | 'B'
  /** C (low performance by default) */
  | 'C'
  /** D (low performance by default) */
  | 'D';

/** Saber 3/5/9 result: percent of students per performance level (nivel de desempeño); the four add up to 100. */
export type SaberResultInput = {
  /** Percent in avanzado. */
  advanced: number;
  /** Grade (grado): 3, 5 or 9. */
  grade: number;
  /** Percent in insuficiente. */
  insufficient: number;
  /** Percent in mínimo. */
  minimum: number;
  /** Percent in satisfactorio. */
  satisfactory: number;
  /** Subject (área evaluada). */
  subject: SaberSubject;
};

/** Subject (área evaluada) of a Saber 3/5/9 test. */
export type SaberSubject =
  /** Competencias ciudadanas */
  | 'CITIZENSHIP'
  /** Lenguaje */
  | 'LANGUAGE'
  /** Matemáticas */
  | 'MATHEMATICS'
  /** Ciencias naturales */
  | 'NATURAL_SCIENCES';

/** A batch of school regimes (F01.03). */
export type SchoolRegimeBatchInput = {
  /** Items: one school each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<SchoolRegimeItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** The regime (régimen) of a non-official school, as determined by F01.03. */
export type SchoolRegimeItemInput = {
  /** DANE code of a non-official school. */
  daneCode: string;
  /** The record's id in the source system (identificador externo). Default: the DANE code. */
  externalId?: string | null | undefined;
  /** Regime (Ley 115 art. 202). */
  regime: PrivateSchoolRegime;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Year it applies to (año). */
  year?: string | null | undefined;
};

/** Sector of a school (sector). */
export type SchoolSector =
  /** No oficial (privado) */
  | 'NON_OFFICIAL'
  /** Oficial */
  | 'OFFICIAL';

/** Zone (zona). */
export type SchoolZone =
  /** Rural */
  | 'RURAL'
  /** Urbana */
  | 'URBAN';

/** A batch of self-evaluation values (D01.03). */
export type SelfEvaluationBatchInput = {
  /** Items: one component value each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<SelfEvaluationItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** A new version of the self-evaluation catalogue (e.g. the 2026 "Ruta de Mejoramiento Institucional": 15 processes, 45 components). Versions are immutable. */
export type SelfEvaluationCatalogueInput = {
  /** Notes. */
  description?: string | null | undefined;
  /** Name of the reference document. */
  name: string;
  /** Processes, in order, with their components. At most 50 entries (LIMIT_EXCEEDED listSize). */
  processes: Array<CatalogueProcessInput>;
  /** Version code, e.g. RMI-2026. */
  version: string;
};

/** One component valued by a school in its self-evaluation (autoevaluación institucional, D01.03). */
export type SelfEvaluationItemInput = {
  /** Catalogue version; default GUIA34-2008 (Guía 34). */
  catalogueVersion?: string | null | undefined;
  /** Component code in that catalogue version, e.g. DIR-01-01. */
  componentCode: string;
  /** DANE code of the school (código DANE). */
  daneCode: string;
  /** Evidence (evidencias). */
  evidence?: string | null | undefined;
  /** The record's id in the source system (identificador externo). Default: DANE:year:component. */
  externalId?: string | null | undefined;
  /** Value (valoración): 1 existencia, 2 pertinencia, 3 apropiación, 4 mejoramiento continuo. */
  score: number;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Year evaluated (año), e.g. 2026. */
  year: string;
};

/** A requirement of the ficha técnica (N01.05.F01). */
export type ServiceRequirementInput = {
  /** Stable code: capital letters, digits and _ (2–32), e.g. HELD_IN_WINDOW. */
  code: string;
  /** The requirement, in Spanish. */
  text: string;
};

/** Attendees of one role (asistentes). */
export type SessionAttendeeInput = {
  /** How many attended (1–10000). */
  count: number;
  /** Names, only where the secretariat’s record needs them. At most 20 entries (LIMIT_EXCEEDED listSize). */
  names?: Array<string>;
  /** Role, e.g. rector, coordinador, docente. */
  role: string;
};

/** An agreement (compromiso) with its responsible and due date. */
export type SessionCommitmentInput = {
  /** What was agreed. */
  description: string;
  /** Due date YYYY-MM-DD. */
  dueOn?: string | null | undefined;
  /** Responsible (responsable). */
  responsible: string;
};

/** How a session is held (modalidad de la sesión). */
export type SessionMode =
  /** Presencial */
  | 'IN_PERSON'
  /** Virtual */
  | 'VIRTUAL';

/** State of an assistance session (estado de la sesión de asistencia técnica). */
export type SessionStatus =
  /** Cancelada, with its reason (motivo) */
  | 'CANCELLED'
  /** Realizada: heldOn, attendees, topics and agreements recorded */
  | 'HELD'
  /** Programada */
  | 'PROGRAMMED'
  /** Reprogramada: new date (rescheduledTo) and reason */
  | 'RESCHEDULED';

/** The requirements of one kind of service (ficha técnica N01.05.F01), replacing the current list. */
export type SetServiceRequirementsInput = {
  /** Requirements (1–50), in the order of the ficha. At most 50 entries (LIMIT_EXCEEDED listSize). */
  requirements: Array<ServiceRequirementInput>;
  /** Secretariat (administrators only). */
  secretariat?: string | null | undefined;
  /** Kind of service (modalidad). */
  serviceKind: AssistanceModality;
};

/** Signature of the irregularities report by the líder de calidad. */
export type SignIrregularityReportInput = {
  /** The report (DRAFT). */
  reportId: string | number;
  /** Name of the signer as printed on F01.03.F01 (2–200 characters). */
  signerName: string;
};

/** State of an assistance strategy. */
export type StrategyStatus =
  /** Aprobada by the quality leader; changes need a revision */
  | 'APPROVED'
  /** Borrador: being programmed */
  | 'DRAFT'
  /** En evaluación (activities 7–10): the evaluation period ended or every activity is held or cancelled */
  | 'EVALUATION'
  /** En ejecución (activities 5–6): entered at the first session recorded or when the period starts; changes need a revision */
  | 'EXECUTION'
  /** Presentada to the quality leader for approval */
  | 'SUBMITTED';

/** Kind of warning (alerta) on a strategy. */
export type StrategyWarningKind =
  /** A classified school has no programmed activity yet */
  | 'CLASSIFIED_SCHOOL_WITHOUT_ACTIVITY'
  /** A school of mandatory inclusion has no programmed activity */
  | 'MANDATORY_SCHOOL_WITHOUT_ACTIVITY'
  /** A staff member's programmed activities in a month exceed the secretariat's maximum */
  | 'STAFF_OVERLOAD';

/** A school's evaluation of an assistance activity it received (evaluación de asesoría). */
export type SubmitAssistanceEvaluationInput = {
  /** The assistance activity evaluated. */
  activityId: string | number;
  /** Comments (observaciones), up to 4,000 characters. */
  comments?: string;
  /** Objectives met: YES, PARTLY or NO. */
  objectivesMet: ObjectivesMet;
  /** One rating per criterion of the period, 1–5. At most 20 entries (LIMIT_EXCEEDED listSize). */
  ratings: Array<CriterionRatingInput>;
};

/** An action of the secretariat’s PAM (Plan de Apoyo al Mejoramiento, D02.01). */
export type SupportPlanActionItemInput = {
  /** Action code, unique in the period’s PAM. */
  code: string;
  /** End date, YYYY-MM-DD. */
  endDate?: string | null | undefined;
  /** The record's id in the source system (identificador externo). Default: period:code. */
  externalId?: string | null | undefined;
  /** Indicators. At most 50 entries (LIMIT_EXCEEDED listSize). */
  indicators?: Array<SupportPlanIndicatorInput> | null | undefined;
  /** Code of the PAM line (línea estratégica). */
  lineCode: string;
  /** Name of the PAM line. */
  lineName: string;
  /** Action name. */
  name: string;
  /** Period (vigencia), e.g. 2026. */
  period: string;
  /** The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE. */
  sourceTimestamp: string;
  /** Start date, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Tasks. At most 100 entries (LIMIT_EXCEEDED listSize). */
  tasks?: Array<SupportPlanTaskInput> | null | undefined;
};

/** A batch of PAM actions (D02.01). */
export type SupportPlanBatchInput = {
  /** Items: one PAM action each. At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize). */
  items: Array<SupportPlanActionItemInput>;
  /** Secretariat code (Secretaría de Educación). Required for administrators; others load into their own. */
  secretariat?: string | null | undefined;
};

/** Indicator (indicador) of a PAM action. */
export type SupportPlanIndicatorInput = {
  /** Baseline (línea base). */
  baseline?: number | null | undefined;
  /** Name. */
  name: string;
  /** Target (meta). */
  target: number;
  /** Unit (unidad de medida). */
  unit: string;
};

/** Task (tarea) of a PAM action. */
export type SupportPlanTaskInput = {
  /** Description. */
  description: string;
  /** Due date, YYYY-MM-DD. */
  dueDate?: string | null | undefined;
  /** Responsible (responsable). */
  responsible?: string | null | undefined;
};

/** How a support request reached the secretariat (canal). */
export type SupportRequestChannel =
  /** Through Atención al Ciudadano, on behalf of the school */
  | 'CITIZEN_SERVICE'
  /** Directly from the school (establecimiento educativo) */
  | 'DIRECT';

/** State of a support request (estado de la solicitud). */
export type SupportRequestStatus =
  /** Atendida: the support was given */
  | 'ATTENDED'
  /** Cerrada: finished (after attention, or without it, e.g. duplicate or out of scope) */
  | 'CLOSED'
  /** En trámite: the secretariat is handling it */
  | 'IN_PROGRESS'
  /** Abierta: registered, not yet handled */
  | 'OPEN';

/** Changes to an activity. While the strategy is approved only `status` and `tasks` may change (execution). */
export type UpdateAssistanceActivityInput = {
  /** Last day. */
  endsOn?: string | null | undefined;
  /** Method. */
  method?: string | null | undefined;
  /** Modality. */
  modality?: AssistanceModality | null | undefined;
  /** Resources. */
  resources?: string | null | undefined;
  /** Responsible staff member. */
  responsible?: string | null | undefined;
  /** Schools. At most 3000 entries (LIMIT_EXCEEDED listSize). */
  schoolDanes?: Array<string> | null | undefined;
  /** First day. */
  startsOn?: string | null | undefined;
  /** State. */
  status?: ActivityStatus | null | undefined;
  /** PAM action of the same period. */
  supportPlanActionId?: string | number | null | undefined;
  /** Tasks (replace the list). At most 100 entries (LIMIT_EXCEEDED listSize). */
  tasks?: Array<ActivityTaskInput> | null | undefined;
  /** Title. */
  title?: string | null | undefined;
};

/** Changes to a PMI: omitted parts stay as they are (see ImprovementPlanContentInput). */
export type UpdateImprovementPlanInput = {
  /** How the plan is shared with the community (socialización a la comunidad educativa). */
  communication?: string | null | undefined;
  /** Critical factors (factores críticos) with urgency, trend and impact. At most 100 entries (LIMIT_EXCEEDED listSize). */
  criticalFactors?: Array<CriticalFactorInput> | null | undefined;
  /** Goals (metas) per management area, with indicators and actions. At most 100 entries (LIMIT_EXCEEDED listSize). */
  goals?: Array<GoalInput> | null | undefined;
  /** Objectives (objetivos). At most 100 entries (LIMIT_EXCEEDED listSize). */
  objectives?: Array<ObjectiveInput> | null | undefined;
};

/** Changes to a school; omitted fields stay as they are. The DANE code never changes. */
export type UpdateSchoolInput = {
  /** False when the school closes. */
  active?: boolean | null | undefined;
  /** Municipality. */
  municipality?: string | null | undefined;
  /** DIVIPOLA municipality code. */
  municipalityCode?: string | null | undefined;
  /** Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it. */
  name?: string | null | undefined;
  /** Regime; only for non-official schools. */
  regime?: PrivateSchoolRegime | null | undefined;
  /** Sector. */
  sector?: SchoolSector | null | undefined;
  /** Zone. */
  zone?: SchoolZone | null | undefined;
};

/** Changes to a secretariat; omitted fields stay as they are. */
export type UpdateSecretariatInput = {
  /** Department (departamento). */
  department?: string | null | undefined;
  /** Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it. */
  name?: string | null | undefined;
};

/** Changes to the rule thresholds; omitted fields stay as they are. */
export type UpdateSecretariatSettingsInput = {
  /** Open needs from which a school gets integral accompaniment (1–20). */
  integralNeedsThreshold?: number | null | undefined;
  /** Consecutive periods an irregularity must persist to be reported to F01.03 (1–5). */
  irregularityConsecutivePeriods?: number | null | undefined;
  /** Share of PMI actions done below which a PMI is mostly undone (0.05–1). */
  irregularityMinDoneShare?: number | null | undefined;
  /** Saber 11 categories counted as low (A_PLUS, A, B, C, D). At most 5 entries (LIMIT_EXCEEDED listSize). */
  lowSaber11Categories?: Array<string> | null | undefined;
  /** Self-evaluation score at or below which a component is a need (1–3). */
  lowSelfEvaluationScore?: number | null | undefined;
  /** Activities per staff member and month before the overload warning (1–100). */
  maxActivitiesPerStaffMonth?: number | null | undefined;
  /** Share of students in insuficiente that marks low performance (0–1). */
  saberInsufficientShare?: number | null | undefined;
};

/** Changes to a need; omitted fields stay as they are. */
export type UpdateSupportNeedInput = {
  /** Management area. */
  area?: ManagementArea | null | undefined;
  /** Description. */
  description?: string | null | undefined;
  /** Priority. */
  priority?: NeedPriority | null | undefined;
};

/** A status change by the secretariat’s staff, with a note. */
export type UpdateSupportRequestStatusInput = {
  /** Note explaining the change (observación / respuesta). */
  note: string;
  /** New state. */
  status: SupportRequestStatus;
};

/** Why a webhook endpoint is paused (motivo de la pausa). */
export type WebhookPauseReason =
  /** Pausado por el cliente o el administrador (pauseWebhookEndpoint). */
  | 'BY_CALLER'
  /** Reintentos agotados: an event kept failing for longer than WEBHOOK_RETRY_MAX_AGE_MS; it is listed in deadLetters. */
  | 'RETRIES_EXHAUSTED';

/** State of a webhook endpoint (estado del webhook): ACTIVE (activo) receives events; PAUSED (pausado) keeps its cursor and receives nothing until resumed. */
export type WebhookStatus =
  /** Activo: events are delivered, in cursor order. */
  | 'ACTIVE'
  /** Pausado: nothing is delivered; the cursor is kept, so resuming misses nothing. */
  | 'PAUSED';

export type EvidenceFieldsFragment = { source: string, record: string, recordId: string, value: string | null, date: string | null, description: string | null };

export type SecretariatSettingsQueryVariables = Exact<{
  secretariat?: string | null | undefined;
}>;


export type SecretariatSettingsQuery = { secretariatSettings: { secretariatCode: string, lowSelfEvaluationScore: number, saberInsufficientShare: number, lowSaber11Categories: Array<string>, integralNeedsThreshold: number, maxActivitiesPerStaffMonth: number } };

export type UpdateSecretariatSettingsMutationVariables = Exact<{
  input: UpdateSecretariatSettingsInput;
}>;


export type UpdateSecretariatSettingsMutation = { updateSecretariatSettings: { secretariatCode: string, lowSelfEvaluationScore: number, saberInsufficientShare: number, integralNeedsThreshold: number, maxActivitiesPerStaffMonth: number } };

export type SchoolProfileQueryVariables = Exact<{
  daneCode: string;
  period: string;
}>;


export type SchoolProfileQuery = { schoolProfile: { period: string, selfEvaluationYear: string | null, saber11Category: string | null, improvementPlanStatus: string | null, improvementPlanPertinent: boolean | null, openSupportRequests: number, school: { daneCode: string, name: string }, signals: Array<{ rule: NeedRule, area: ManagementArea | null, evidence: { source: string, record: string, recordId: string, value: string | null, date: string | null, description: string | null } }>, selfEvaluation: Array<{ area: ManagementArea, average: number, components: number, lowComponents: number }> } };

export type JurisdictionAnalysisQueryVariables = Exact<{
  period: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  rule?: NeedRule | null | undefined;
  withSignalsOnly?: boolean | null | undefined;
  sector?: SchoolSector | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type JurisdictionAnalysisQuery = { jurisdictionAnalysis: { totalCount: number, hasNextPage: boolean, endCursor: string | null, nodes: Array<{ school: { daneCode: string }, signals: Array<{ rule: NeedRule, area: ManagementArea | null }> }> } };

export type SupportNeedsQueryVariables = Exact<{
  period: string;
  school?: string | null | undefined;
  status?: NeedStatus | null | undefined;
  rule?: NeedRule | null | undefined;
  source?: NeedSource | null | undefined;
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type SupportNeedsQuery = { supportNeeds: { totalCount: number, edges: Array<{ node: { id: string, schoolDane: string, area: ManagementArea | null, source: NeedSource, rule: NeedRule | null, supportRequestId: string | null, description: string, priority: NeedPriority, status: NeedStatus, dismissReason: string | null, resolvedAt: string | null, evidence: Array<{ source: string, record: string, recordId: string, value: string | null, date: string | null, description: string | null }> } }> } };

export type IdentifyNeedsMutationVariables = Exact<{
  period: string;
}>;


export type IdentifyNeedsMutation = { identifyNeeds: { period: string, created: number, confirmed: number, reopened: number, resolved: number, open: number } };

export type AddSupportNeedMutationVariables = Exact<{
  input: AddSupportNeedInput;
}>;


export type AddSupportNeedMutation = { addSupportNeed: { id: string, source: NeedSource, status: NeedStatus, priority: NeedPriority, schoolDane: string } };

export type UpdateSupportNeedMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupportNeedInput;
}>;


export type UpdateSupportNeedMutation = { updateSupportNeed: { id: string, priority: NeedPriority, description: string } };

export type DismissSupportNeedMutationVariables = Exact<{
  input: DismissSupportNeedInput;
}>;


export type DismissSupportNeedMutation = { dismissSupportNeed: { id: string, status: NeedStatus, dismissReason: string | null } };

export type ActivityFieldsFragment = { id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> };

export type StrategyFieldsFragment = { id: string, secretariatCode: string, period: string, status: StrategyStatus, revision: number, revisionReason: string | null, approvedBy: string | null, classifications: Array<{ schoolDane: string, proposedModality: AssistanceModality, modality: AssistanceModality, mandatory: boolean, reasons: Array<string>, openNeeds: number, overrideJustification: string | null, overriddenBy: string | null }>, activities: Array<{ id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> }>, warnings: Array<{ kind: StrategyWarningKind, message: string, responsible: string | null, month: string | null, count: number | null, schoolDane: string | null }>, revisions: Array<{ revision: number, reason: string }> };

export type AssistanceStrategyQueryVariables = Exact<{
  id: string | number;
}>;


export type AssistanceStrategyQuery = { assistanceStrategy: { id: string, secretariatCode: string, period: string, status: StrategyStatus, revision: number, revisionReason: string | null, approvedBy: string | null, classifications: Array<{ schoolDane: string, proposedModality: AssistanceModality, modality: AssistanceModality, mandatory: boolean, reasons: Array<string>, openNeeds: number, overrideJustification: string | null, overriddenBy: string | null }>, activities: Array<{ id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> }>, warnings: Array<{ kind: StrategyWarningKind, message: string, responsible: string | null, month: string | null, count: number | null, schoolDane: string | null }>, revisions: Array<{ revision: number, reason: string }> } };

export type AssistanceStrategyOfQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type AssistanceStrategyOfQuery = { assistanceStrategyOf: { id: string, status: StrategyStatus } | null };

export type AssistanceScheduleQueryVariables = Exact<{
  strategyId: string | number;
  school?: string | null | undefined;
  responsible?: string | null | undefined;
  month?: string | null | undefined;
}>;


export type AssistanceScheduleQuery = { assistanceSchedule: Array<{ id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> }> };

export type StrategyAlignmentQueryVariables = Exact<{
  strategyId: string | number;
}>;


export type StrategyAlignmentQuery = { strategyAlignment: { approvable: boolean, blockers: Array<{ kind: AlignmentBlockerKind, message: string, count: number }>, aligned: Array<{ id: string, supportPlanActionId: string | null }>, unaligned: Array<{ activity: { id: string, title: string }, improvementActions: Array<{ what: string, who: string, dueOn: string, recordedBy: string }> }> } };

export type AssistanceProgrammingRecordQueryVariables = Exact<{
  strategyId: string | number;
  format: ExportFormat;
}>;


export type AssistanceProgrammingRecordQuery = { assistanceProgrammingRecord: { filename: string, mimeType: string, contentBase64: string } };

export type CreateAssistanceStrategyMutationVariables = Exact<{
  period: string;
}>;


export type CreateAssistanceStrategyMutation = { createAssistanceStrategy: { id: string, secretariatCode: string, period: string, status: StrategyStatus, revision: number, revisionReason: string | null, approvedBy: string | null, classifications: Array<{ schoolDane: string, proposedModality: AssistanceModality, modality: AssistanceModality, mandatory: boolean, reasons: Array<string>, openNeeds: number, overrideJustification: string | null, overriddenBy: string | null }>, activities: Array<{ id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> }>, warnings: Array<{ kind: StrategyWarningKind, message: string, responsible: string | null, month: string | null, count: number | null, schoolDane: string | null }>, revisions: Array<{ revision: number, reason: string }> } };

export type ClassifySchoolsMutationVariables = Exact<{
  strategyId: string | number;
}>;


export type ClassifySchoolsMutation = { classifySchools: { id: string, secretariatCode: string, period: string, status: StrategyStatus, revision: number, revisionReason: string | null, approvedBy: string | null, classifications: Array<{ schoolDane: string, proposedModality: AssistanceModality, modality: AssistanceModality, mandatory: boolean, reasons: Array<string>, openNeeds: number, overrideJustification: string | null, overriddenBy: string | null }>, activities: Array<{ id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> }>, warnings: Array<{ kind: StrategyWarningKind, message: string, responsible: string | null, month: string | null, count: number | null, schoolDane: string | null }>, revisions: Array<{ revision: number, reason: string }> } };

export type OverrideSchoolClassificationMutationVariables = Exact<{
  input: OverrideClassificationInput;
}>;


export type OverrideSchoolClassificationMutation = { overrideSchoolClassification: { schoolDane: string, proposedModality: AssistanceModality, modality: AssistanceModality, overrideJustification: string | null, overriddenBy: string | null } };

export type ProgramAssistanceActivityMutationVariables = Exact<{
  strategyId: string | number;
  input: AssistanceActivityInput;
}>;


export type ProgramAssistanceActivityMutation = { programAssistanceActivity: { id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> } };

export type UpdateAssistanceActivityMutationVariables = Exact<{
  id: string | number;
  input: UpdateAssistanceActivityInput;
}>;


export type UpdateAssistanceActivityMutation = { updateAssistanceActivity: { id: string, title: string, modality: AssistanceModality, method: string, schoolDanes: Array<string>, startsOn: string, endsOn: string, responsible: string, resources: string, supportPlanActionId: string | null, status: ActivityStatus, tasks: Array<{ description: string, dueOn: string | null, done: boolean }> } };

export type SubmitAssistanceStrategyMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitAssistanceStrategyMutation = { submitAssistanceStrategy: { id: string, status: StrategyStatus } };

export type ApproveAssistanceStrategyMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveAssistanceStrategyMutation = { approveAssistanceStrategy: { id: string, status: StrategyStatus, approvedBy: string | null, revision: number } };

export type ReviseAssistanceStrategyMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReviseAssistanceStrategyMutation = { reviseAssistanceStrategy: { id: string, status: StrategyStatus, revision: number, revisionReason: string | null } };

export type RecordAlignmentImprovementActionMutationVariables = Exact<{
  input: AlignmentImprovementActionInput;
}>;


export type RecordAlignmentImprovementActionMutation = { recordAlignmentImprovementAction: { id: string, what: string, who: string, dueOn: string } };

export type AuditTrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, secretariatCode: string | null, subject: string, role: Role, client: string | null, requestId: string, operation: string, entity: string, entityId: string, change: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EvaluationSettingsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type EvaluationSettingsQuery = { evaluationSettings: { id: string, secretariatCode: string, period: string, deadline: string, updatedBy: string, criteria: Array<{ code: string, name: string }> } };

export type SetEvaluationSettingsMutationVariables = Exact<{
  input: EvaluationSettingsInput;
}>;


export type SetEvaluationSettingsMutation = { setEvaluationSettings: { id: string, period: string, deadline: string, criteria: Array<{ code: string, name: string }> } };

export type SubmitAssistanceEvaluationMutationVariables = Exact<{
  input: SubmitAssistanceEvaluationInput;
}>;


export type SubmitAssistanceEvaluationMutation = { submitAssistanceEvaluation: { id: string, activityId: string, schoolDane: string, period: string, objectivesMet: ObjectivesMet, comments: string, submittedAt: string, ratings: Array<{ criterion: string, score: number }>, activity: { id: string, title: string, modality: AssistanceModality, responsible: string }, school: { daneCode: string } } };

export type AssistanceEvaluationsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  activityId?: string | number | null | undefined;
  school?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssistanceEvaluationsQuery = { assistanceEvaluations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, schoolDane: string, activityId: string, objectivesMet: ObjectivesMet, ratings: Array<{ criterion: string, score: number }> } }> } };

export type ResponseFragment = { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } };

export type ConsolidationFragment = { id: string, period: string, status: ConsolidationStatus, reviewedBy: string | null, reviewNotes: string | null, results: { overall: { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }, byCriterion: Array<{ code: string, name: string, average: number | null, ratings: number }>, byActivity: Array<{ activityId: string, title: string, modality: AssistanceModality, responsible: string, due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }>, byStaff: Array<{ responsible: string, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, byModality: Array<{ modality: AssistanceModality, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, comments: Array<{ activityId: string, schoolDane: string, objectivesMet: ObjectivesMet, comments: string }> } };

export type ConsolidateAssistanceEvaluationsMutationVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type ConsolidateAssistanceEvaluationsMutation = { consolidateAssistanceEvaluations: { id: string, period: string, status: ConsolidationStatus, reviewedBy: string | null, reviewNotes: string | null, results: { overall: { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }, byCriterion: Array<{ code: string, name: string, average: number | null, ratings: number }>, byActivity: Array<{ activityId: string, title: string, modality: AssistanceModality, responsible: string, due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }>, byStaff: Array<{ responsible: string, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, byModality: Array<{ modality: AssistanceModality, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, comments: Array<{ activityId: string, schoolDane: string, objectivesMet: ObjectivesMet, comments: string }> } } };

export type EvaluationConsolidationQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type EvaluationConsolidationQuery = { evaluationConsolidation: { id: string, period: string, status: ConsolidationStatus, reviewedBy: string | null, reviewNotes: string | null, results: { overall: { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }, byCriterion: Array<{ code: string, name: string, average: number | null, ratings: number }>, byActivity: Array<{ activityId: string, title: string, modality: AssistanceModality, responsible: string, due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }>, byStaff: Array<{ responsible: string, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, byModality: Array<{ modality: AssistanceModality, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, comments: Array<{ activityId: string, schoolDane: string, objectivesMet: ObjectivesMet, comments: string }> } } | null };

export type ReviewEvaluationConsolidationMutationVariables = Exact<{
  period: string;
  notes: string;
  secretariat?: string | null | undefined;
}>;


export type ReviewEvaluationConsolidationMutation = { reviewEvaluationConsolidation: { id: string, period: string, status: ConsolidationStatus, reviewedBy: string | null, reviewNotes: string | null, results: { overall: { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }, byCriterion: Array<{ code: string, name: string, average: number | null, ratings: number }>, byActivity: Array<{ activityId: string, title: string, modality: AssistanceModality, responsible: string, due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }>, byStaff: Array<{ responsible: string, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, byModality: Array<{ modality: AssistanceModality, activities: number, due: number, received: number, responseRate: number | null, average: number | null }>, comments: Array<{ activityId: string, schoolDane: string, objectivesMet: ObjectivesMet, comments: string }> } } };

export type AssistanceEvaluationRecordQueryVariables = Exact<{
  period: string;
  format: ExportFormat;
  secretariat?: string | null | undefined;
}>;


export type AssistanceEvaluationRecordQuery = { assistanceEvaluationRecord: { filename: string, mimeType: string, contentBase64: string } };

export type ServiceRequirementsQueryVariables = Exact<{
  serviceKind?: AssistanceModality | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type ServiceRequirementsQuery = { serviceRequirements: Array<{ id: string, serviceKind: AssistanceModality, code: string, text: string, position: number }> };

export type SetServiceRequirementsMutationVariables = Exact<{
  input: SetServiceRequirementsInput;
}>;


export type SetServiceRequirementsMutation = { setServiceRequirements: Array<{ id: string, serviceKind: AssistanceModality, code: string, text: string, position: number }> };

export type VerificationSheetQueryVariables = Exact<{
  activityId: string | number;
}>;


export type VerificationSheetQuery = { verificationSheet: { activityId: string, reverificationDue: boolean, requirements: Array<{ hint: string | null, requirement: { code: string, text: string }, lastResult: { met: boolean, evidence: string } | null, openNonconformity: { id: string, status: NonconformityStatus } | null }>, evaluation: { due: number, received: number, average: number | null, byCriterion: Array<{ code: string, average: number | null, ratings: number, low: boolean }>, lowRatings: Array<{ schoolDane: string, criterion: string, score: number, comments: string }> }, verifications: Array<{ id: string, passed: boolean }> } };

export type RecordVerificationMutationVariables = Exact<{
  input: RecordVerificationInput;
}>;


export type RecordVerificationMutation = { recordVerification: { id: string, activityId: string, passed: boolean, results: Array<{ requirementCode: string, met: boolean, evidence: string, position: number }>, raisedNonconformities: Array<{ id: string, requirementCode: string, status: NonconformityStatus, actions: Array<{ id: string, kind: QualityActionKind, owner: string, dueOn: string, status: QualityActionStatus }> }> } };

export type NonconformitiesQueryVariables = Exact<{
  status?: NonconformityStatus | null | undefined;
  activityId?: string | number | null | undefined;
  secretariat?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NonconformitiesQuery = { nonconformities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, requirementCode: string, status: NonconformityStatus, closedByVerificationId: string | null, actions: Array<{ id: string, status: QualityActionStatus, dueOn: string, overdue: boolean }> } }> } };

export type NonconformityQueryVariables = Exact<{
  id: string | number;
}>;


export type NonconformityQuery = { nonconformity: { id: string, status: NonconformityStatus, requirementCode: string, description: string, verificationId: string, closedByVerificationId: string | null, activity: { id: string, title: string } | null, actions: Array<{ id: string, kind: QualityActionKind, owner: string, dueOn: string, status: QualityActionStatus, doneOn: string | null, overdue: boolean }> } };

export type AddQualityActionMutationVariables = Exact<{
  nonconformityId: string | number;
  input: QualityActionInput;
}>;


export type AddQualityActionMutation = { addQualityAction: { id: string, kind: QualityActionKind, owner: string, dueOn: string, status: QualityActionStatus } };

export type CompleteQualityActionMutationVariables = Exact<{
  id: string | number;
  input: CompleteQualityActionInput;
}>;


export type CompleteQualityActionMutation = { completeQualityAction: { id: string, status: QualityActionStatus, doneOn: string | null, doneNotes: string | null } };

export type OverdueQualityActionsQueryVariables = Exact<{
  asOf?: string | null | undefined;
  secretariat?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueQualityActionsQuery = { overdueQualityActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nonconformityId: string, owner: string, dueOn: string, status: QualityActionStatus, overdue: boolean } }> } };

export type EventsQueryVariables = Exact<{
  after?: string | number | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
  consumer?: EventConsumer | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsQuery = { events: { endCursor: string, hasMore: boolean, nodes: Array<{ id: string, cursor: string, type: EventType, secretariatCode: string | null, entity: string, entityId: string, schoolDane: string | null, occurredAt: string, actor: string, payload: Record<string, unknown> }> } };

export type OnEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
  consumer?: EventConsumer | null | undefined;
}>;


export type OnEventsSubscription = { events: { id: string, cursor: string, type: EventType, secretariatCode: string | null, entityId: string, schoolDane: string | null, payload: Record<string, unknown> } };

export type EventsHeldBackQueryVariables = Exact<{
  after?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsHeldBackQuery = { events: { endCursor: string, hasMore: boolean, heldBack: number, nodes: Array<{ cursor: string, entityId: string }> } };

export type SessionFieldsFragment = { id: string, strategyId: string, activityId: string, schoolDane: string, replacesId: string | null, status: SessionStatus, mode: SessionMode, scheduledOn: string, heldOn: string | null, staff: string, topics: string, agreements: string, nextSteps: string, cancelReason: string | null, rescheduledTo: string | null, createdBy: string, attendees: Array<{ role: string, count: number }> };

export type RecordAssistanceSessionMutationVariables = Exact<{
  input: AssistanceSessionInput;
}>;


export type RecordAssistanceSessionMutation = { recordAssistanceSession: { id: string, strategyId: string, activityId: string, schoolDane: string, replacesId: string | null, status: SessionStatus, mode: SessionMode, scheduledOn: string, heldOn: string | null, staff: string, topics: string, agreements: string, nextSteps: string, cancelReason: string | null, rescheduledTo: string | null, createdBy: string, attendees: Array<{ role: string, count: number }> } };

export type AssistanceSessionsQueryVariables = Exact<{
  strategyId: string | number;
  school?: string | null | undefined;
  activityId?: string | number | null | undefined;
  current?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssistanceSessionsQuery = { assistanceSessions: { totalCount: number, edges: Array<{ node: { id: string, strategyId: string, activityId: string, schoolDane: string, replacesId: string | null, status: SessionStatus, mode: SessionMode, scheduledOn: string, heldOn: string | null, staff: string, topics: string, agreements: string, nextSteps: string, cancelReason: string | null, rescheduledTo: string | null, createdBy: string, history: Array<{ id: string, status: SessionStatus }>, attendees: Array<{ role: string, count: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecordActionProgressMutationVariables = Exact<{
  input: ActionProgressInput;
}>;


export type RecordActionProgressMutation = { recordActionProgress: { id: string, actionId: string, status: ProgressStatus, percent: number, evidence: string | null, recordedBy: string, recorderRole: string, planVersion: number } };

export type RecordIndicatorMeasurementMutationVariables = Exact<{
  input: IndicatorMeasurementInput;
}>;


export type RecordIndicatorMeasurementMutation = { recordIndicatorMeasurement: { id: string, indicatorId: string, value: number, measuredOn: string, source: string } };

export type RecordPlanCorrectiveActionMutationVariables = Exact<{
  input: PlanCorrectiveActionInput;
}>;


export type RecordPlanCorrectiveActionMutation = { recordPlanCorrectiveAction: { id: string, planId: string, actionId: string | null, description: string, dueOn: string } };

export type AddCoachingNoteMutationVariables = Exact<{
  input: CoachingNoteInput;
}>;


export type AddCoachingNoteMutation = { addCoachingNote: { id: string, partKind: PlanPartKind, partId: string | null, partText: string | null, body: string } };

export type ReplyToCoachingNoteMutationVariables = Exact<{
  input: CoachingReplyInput;
}>;


export type ReplyToCoachingNoteMutation = { replyToCoachingNote: { id: string, noteId: string, body: string, authorRole: string } };

export type RecordPlanSelfEvaluationMutationVariables = Exact<{
  input: PlanSelfEvaluationInput;
}>;


export type RecordPlanSelfEvaluationMutation = { recordPlanSelfEvaluation: { id: string, planVersion: number, goalRatings: Array<{ goalId: string, level: ImplementationLevel, evidence: string | null }> } };

export type PlanFollowUpQueryVariables = Exact<{
  planId: string | number;
}>;


export type PlanFollowUpQuery = { planFollowUp: { averagePercent: number | null, actionsDone: number, plan: { id: string, schoolDane: string }, actions: Array<{ action: { id: string, description: string }, current: { status: ProgressStatus, percent: number, evidence: string | null } | null, history: Array<{ id: string, status: ProgressStatus, percent: number }> }>, indicators: Array<{ indicator: { id: string, name: string }, latest: { value: number, measuredOn: string } | null, measurements: Array<{ id: string }> }>, correctiveActions: Array<{ id: string }>, coachingNotes: Array<{ id: string, body: string, replies: Array<{ body: string, authorRole: string }> }>, selfEvaluations: Array<{ id: string, goalRatings: Array<{ level: ImplementationLevel }> }> } };

export type PmiFollowUpRecordQueryVariables = Exact<{
  period: string;
  format?: ExportFormat | null | undefined;
  secretariat?: string | null | undefined;
  school?: string | null | undefined;
}>;


export type PmiFollowUpRecordQuery = { pmiFollowUpRecord: { filename: string, mimeType: string, contentBase64: string } };

export type PeriodStatusQueryVariables = Exact<{
  strategyId: string | number;
}>;


export type PeriodStatusQuery = { periodStatus: { periodEndsOn: string, periodEnded: boolean, activities: number, activitiesDone: number, allActivitiesDone: boolean, readyForEvaluation: boolean, strategy: { id: string, status: StrategyStatus }, pending: Array<{ activity: { id: string }, schools: Array<{ schoolDane: string, reason: PendingReason, on: string | null }> }> } };

export type SupportActionsFollowUpQueryVariables = Exact<{
  strategyId: string | number;
}>;


export type SupportActionsFollowUpQuery = { supportActionsFollowUp: { routes: Array<{ modality: AssistanceModality, figures: { activities: number, schools: number, sessionsExpected: number, sessionsHeld: number, sessionsCancelled: number, heldRate: number | null, schoolsAccompanied: number, tasksDone: number, tasksTotal: number, pmiAveragePercent: number | null, strengths: Array<string>, improvementOpportunities: Array<string> } }>, actions: Array<{ supportPlanActionId: string, action: { code: string, name: string } | null, figures: { sessionsExpected: number, sessionsHeld: number } }> } };

export type MoveStrategyToEvaluationMutationVariables = Exact<{
  strategyId: string | number;
}>;


export type MoveStrategyToEvaluationMutation = { moveStrategyToEvaluation: { id: string, status: StrategyStatus, evaluationStartedAt: string | null } };

export type SetEvaluationPeriodEndMutationVariables = Exact<{
  strategyId: string | number;
  endsOn?: string | null | undefined;
}>;


export type SetEvaluationPeriodEndMutation = { setEvaluationPeriodEnd: { id: string, evaluationPeriodEndsOn: string | null } };

export type StrategySchoolsOfQueryVariables = Exact<{
  period: string;
}>;


export type StrategySchoolsOfQuery = { assistanceStrategyOf: { id: string, classifications: Array<{ schoolDane: string, school: { daneCode: string, name: string } }>, activities: Array<{ id: string, schoolDanes: Array<string>, schools: Array<{ daneCode: string, name: string }> }>, warnings: Array<{ schoolDane: string | null }> } | null };

export type SupportNeedsPageQueryVariables = Exact<{
  period: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  school?: string | null | undefined;
}>;


export type SupportNeedsPageQuery = { supportNeeds: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, schoolDane: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PlanFieldsFragment = { id: string, schoolDane: string, secretariatCode: string, period: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, reviewedVersion: number | null, lastReviewedAt: string | null, submittedAt: string | null, communication: string | null, criticalFactors: Array<{ id: string, area: ManagementArea, description: string, urgency: number, trend: number, impact: number, priority: number }>, objectives: Array<{ id: string, area: ManagementArea, description: string }>, goals: Array<{ id: string, area: ManagementArea, description: string, indicators: Array<{ id: string, name: string, baseline: number, target: number, unit: string, frequency: IndicatorFrequency }>, actions: Array<{ id: string, description: string, responsible: string, startDate: string, endDate: string, resources: string | null, status: PlanActionStatus, inspectionActionRef: string | null }> }> };

export type RegisterImprovementPlanMutationVariables = Exact<{
  input: RegisterImprovementPlanInput;
}>;


export type RegisterImprovementPlanMutation = { registerImprovementPlan: { id: string, schoolDane: string, secretariatCode: string, period: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, reviewedVersion: number | null, lastReviewedAt: string | null, submittedAt: string | null, communication: string | null, criticalFactors: Array<{ id: string, area: ManagementArea, description: string, urgency: number, trend: number, impact: number, priority: number }>, objectives: Array<{ id: string, area: ManagementArea, description: string }>, goals: Array<{ id: string, area: ManagementArea, description: string, indicators: Array<{ id: string, name: string, baseline: number, target: number, unit: string, frequency: IndicatorFrequency }>, actions: Array<{ id: string, description: string, responsible: string, startDate: string, endDate: string, resources: string | null, status: PlanActionStatus, inspectionActionRef: string | null }> }> } };

export type UpdateImprovementPlanMutationVariables = Exact<{
  id: string | number;
  input: UpdateImprovementPlanInput;
}>;


export type UpdateImprovementPlanMutation = { updateImprovementPlan: { id: string, schoolDane: string, secretariatCode: string, period: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, reviewedVersion: number | null, lastReviewedAt: string | null, submittedAt: string | null, communication: string | null, criticalFactors: Array<{ id: string, area: ManagementArea, description: string, urgency: number, trend: number, impact: number, priority: number }>, objectives: Array<{ id: string, area: ManagementArea, description: string }>, goals: Array<{ id: string, area: ManagementArea, description: string, indicators: Array<{ id: string, name: string, baseline: number, target: number, unit: string, frequency: IndicatorFrequency }>, actions: Array<{ id: string, description: string, responsible: string, startDate: string, endDate: string, resources: string | null, status: PlanActionStatus, inspectionActionRef: string | null }> }> } };

export type SubmitImprovementPlanMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitImprovementPlanMutation = { submitImprovementPlan: { id: string, status: ImprovementPlanStatus, version: number, submittedAt: string | null } };

export type ReviewImprovementPlanMutationVariables = Exact<{
  id: string | number;
  input: ReviewImprovementPlanInput;
}>;


export type ReviewImprovementPlanMutation = { reviewImprovementPlan: { id: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, reviewedVersion: number | null, lastReviewedAt: string | null, lastReview: { id: string, version: number, pertinent: boolean, reviewer: string, reviewerRole: Role, reviewedAt: string, observations: { criticalFactors: string | null, objectives: string | null, goals: string | null, indicators: string | null, actions: string | null, communication: string | null, general: string | null } } | null } };

export type ImprovementPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type ImprovementPlanQuery = { improvementPlan: { id: string, schoolDane: string, secretariatCode: string, period: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, reviewedVersion: number | null, lastReviewedAt: string | null, submittedAt: string | null, communication: string | null, school: { daneCode: string, name: string }, versions: Array<{ version: number, status: ImprovementPlanStatus, pertinent: boolean | null, content: Record<string, unknown>, createdAt: string, submittedAt: string | null, reviewedAt: string | null, reviews: Array<{ id: string, pertinent: boolean }> }>, reviews: Array<{ id: string, version: number, pertinent: boolean, reviewer: string, reviewedAt: string, observations: { criticalFactors: string | null, goals: string | null, general: string | null } }>, criticalFactors: Array<{ id: string, area: ManagementArea, description: string, urgency: number, trend: number, impact: number, priority: number }>, objectives: Array<{ id: string, area: ManagementArea, description: string }>, goals: Array<{ id: string, area: ManagementArea, description: string, indicators: Array<{ id: string, name: string, baseline: number, target: number, unit: string, frequency: IndicatorFrequency }>, actions: Array<{ id: string, description: string, responsible: string, startDate: string, endDate: string, resources: string | null, status: PlanActionStatus, inspectionActionRef: string | null }> }> } };

export type ImprovementPlanVersionQueryVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ImprovementPlanVersionQuery = { improvementPlanVersion: { planId: string, version: number, status: ImprovementPlanStatus, pertinent: boolean | null, content: Record<string, unknown>, createdAt: string, reviews: Array<{ id: string, pertinent: boolean, observations: { general: string | null } }> } };

export type ImprovementPlanOfQueryVariables = Exact<{
  daneCode: string;
  period: string;
}>;


export type ImprovementPlanOfQuery = { improvementPlanOf: { id: string, schoolDane: string, period: string, status: ImprovementPlanStatus, version: number } | null };

export type ImprovementPlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  period?: string | null | undefined;
  status?: ImprovementPlanStatus | null | undefined;
  pertinent?: boolean | null | undefined;
  school?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type ImprovementPlansQuery = { improvementPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, schoolDane: string, period: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null } }> } };

export type ImprovementPlansDeepQueryVariables = Exact<{
  first?: number | null | undefined;
  period?: string | null | undefined;
}>;


export type ImprovementPlansDeepQuery = { improvementPlans: { totalCount: number, edges: Array<{ node: { id: string, status: ImprovementPlanStatus, school: { daneCode: string, name: string }, criticalFactors: Array<{ id: string, priority: number }>, objectives: Array<{ id: string }>, goals: Array<{ id: string, indicators: Array<{ id: string, name: string }>, actions: Array<{ id: string, status: PlanActionStatus }> }>, reviews: Array<{ id: string, pertinent: boolean }>, versions: Array<{ version: number }> } }> } };

export type OpenModificationWindowMutationVariables = Exact<{
  input: OpenModificationWindowInput;
}>;


export type OpenModificationWindowMutation = { openModificationWindow: { id: string, secretariatCode: string, period: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean } };

export type CloseModificationWindowMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseModificationWindowMutation = { closeModificationWindow: { id: string, closedAt: string | null, open: boolean } };

export type ModificationWindowsQueryVariables = Exact<{
  period?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type ModificationWindowsQuery = { modificationWindows: Array<{ id: string, secretariatCode: string, period: string, opensAt: string, closesAt: string, closedAt: string | null, open: boolean }> };

export type IngestionResultFieldsFragment = { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> };

export type IngestSelfEvaluationsMutationVariables = Exact<{
  input: SelfEvaluationBatchInput;
}>;


export type IngestSelfEvaluationsMutation = { ingestSelfEvaluations: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestCharacterizationsMutationVariables = Exact<{
  input: CharacterizationBatchInput;
}>;


export type IngestCharacterizationsMutation = { ingestCharacterizations: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestSupportPlanActionsMutationVariables = Exact<{
  input: SupportPlanBatchInput;
}>;


export type IngestSupportPlanActionsMutation = { ingestSupportPlanActions: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestPeiUpdatesMutationVariables = Exact<{
  input: PeiUpdateBatchInput;
}>;


export type IngestPeiUpdatesMutation = { ingestPeiUpdates: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestEducationModelsMutationVariables = Exact<{
  input: EducationModelBatchInput;
}>;


export type IngestEducationModelsMutation = { ingestEducationModels: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestInspectionFindingsMutationVariables = Exact<{
  input: InspectionFindingBatchInput;
}>;


export type IngestInspectionFindingsMutation = { ingestInspectionFindings: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestSchoolRegimesMutationVariables = Exact<{
  input: SchoolRegimeBatchInput;
}>;


export type IngestSchoolRegimesMutation = { ingestSchoolRegimes: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestCurriculumChangesMutationVariables = Exact<{
  input: CurriculumChangeBatchInput;
}>;


export type IngestCurriculumChangesMutation = { ingestCurriculumChanges: { source: string, secretariatCode: string, received: number, created: number, updated: number, unchanged: number, rejected: number, items: Array<{ index: number, key: string | null, status: IngestionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type IngestSelfEvaluationsCountsMutationVariables = Exact<{
  input: SelfEvaluationBatchInput;
}>;


export type IngestSelfEvaluationsCountsMutation = { ingestSelfEvaluations: { received: number, created: number, updated: number, unchanged: number, rejected: number } };

export type LoadSelfEvaluationCatalogueMutationVariables = Exact<{
  input: SelfEvaluationCatalogueInput;
}>;


export type LoadSelfEvaluationCatalogueMutation = { loadSelfEvaluationCatalogue: { version: string, name: string, processes: Array<{ code: string, area: ManagementArea }>, components: Array<{ code: string, processCode: string }> } };

export type SelfEvaluationCataloguesQueryVariables = Exact<{ [key: string]: never; }>;


export type SelfEvaluationCataloguesQuery = { selfEvaluationCatalogues: Array<{ version: string, name: string, processes: Array<{ code: string, area: ManagementArea, name: string }>, components: Array<{ code: string, processCode: string, area: ManagementArea }> }> };

export type SelfEvaluationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
  year?: string | null | undefined;
  area?: ManagementArea | null | undefined;
  maxScore?: number | null | undefined;
}>;


export type SelfEvaluationsQuery = { selfEvaluations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, secretariatCode: string, source: string, externalId: string, client: string, receivedAt: string, sourceTimestamp: string, schoolDane: string, year: string, catalogueVersion: string, componentCode: string, processCode: string, area: ManagementArea, score: number, evidence: string | null } }> } };

export type CharacterizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
  year?: string | null | undefined;
}>;


export type CharacterizationsQuery = { characterizations: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, schoolDane: string, year: string, enrolment: number | null, saber11Category: Saber11Category | null, dropoutRate: number | null, repetitionRate: number | null, infrastructureCondition: InfrastructureCondition | null, infrastructureNeeds: Array<string>, saberResults: Array<{ grade: number, subject: SaberSubject, insufficient: number, minimum: number, satisfactory: number, advanced: number }> } }> } };

export type SupportPlanActionsQueryVariables = Exact<{
  period: string;
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  lineCode?: string | null | undefined;
}>;


export type SupportPlanActionsQuery = { supportPlanActions: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, period: string, lineCode: string, lineName: string, code: string, name: string, startDate: string | null, endDate: string | null, indicators: Array<{ name: string, baseline: number | null, target: number, unit: string }>, tasks: Array<{ description: string, responsible: string | null, dueDate: string | null }> } }> } };

export type SupportPlanQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type SupportPlanQuery = { supportPlan: { secretariatCode: string, period: string, actionCount: number, lines: Array<{ code: string, name: string, actions: Array<{ id: string, code: string, name: string }> }> } | null };

export type PeiUpdatesQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
}>;


export type PeiUpdatesQuery = { peiUpdates: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, schoolDane: string, changeType: PeiChangeType, changedOn: string, summary: string } }> } };

export type EducationModelsQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
}>;


export type EducationModelsQuery = { educationModels: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, schoolDane: string, modelName: string, implementedOn: string, notes: string | null } }> } };

export type InspectionFindingsQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
}>;


export type InspectionFindingsQuery = { inspectionFindings: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, schoolDane: string, foundOn: string, area: ManagementArea | null, description: string, actions: Array<{ id: string, externalId: string, type: FindingActionType, description: string, dueDate: string | null }> } }> } };

export type SchoolRegimesQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
}>;


export type SchoolRegimesQuery = { schoolRegimes: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, schoolDane: string, regime: PrivateSchoolRegime, year: string | null } }> } };

export type CurriculumChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
}>;


export type CurriculumChangesQuery = { curriculumChanges: { totalCount: number, edges: Array<{ node: { id: string, source: string, externalId: string, client: string, schoolDane: string, changedOn: string, summary: string, areas: Array<string> } }> } };

export type IrregularityReportFieldsFragment = { id: string, secretariatCode: string, year: string, status: IrregularityReportStatus, consecutivePeriods: number, minDoneShare: number, signedAt: string | null, signerName: string | null, schoolCount: number, schools: Array<{ schoolDane: string, origin: IrregularityOrigin, included: boolean, reasons: Array<IrregularityReason>, leaderReason: string | null, evidence: Array<{ period: string, reason: IrregularityReason, source: string, record: string, recordId: string | null, description: string }>, assistance: Array<{ period: string, activityId: string, title: string, modality: AssistanceModality, heldOn: Array<string> }> }> };

export type DraftIrregularityReportMutationVariables = Exact<{
  year: string;
}>;


export type DraftIrregularityReportMutation = { draftIrregularityReport: { id: string, secretariatCode: string, year: string, status: IrregularityReportStatus, consecutivePeriods: number, minDoneShare: number, signedAt: string | null, signerName: string | null, schoolCount: number, schools: Array<{ schoolDane: string, origin: IrregularityOrigin, included: boolean, reasons: Array<IrregularityReason>, leaderReason: string | null, evidence: Array<{ period: string, reason: IrregularityReason, source: string, record: string, recordId: string | null, description: string }>, assistance: Array<{ period: string, activityId: string, title: string, modality: AssistanceModality, heldOn: Array<string> }> }> } };

export type IrregularityReportQueryVariables = Exact<{
  year: string;
  secretariat?: string | null | undefined;
}>;


export type IrregularityReportQuery = { irregularityReport: { id: string, secretariatCode: string, year: string, status: IrregularityReportStatus, consecutivePeriods: number, minDoneShare: number, signedAt: string | null, signerName: string | null, schoolCount: number, schools: Array<{ schoolDane: string, origin: IrregularityOrigin, included: boolean, reasons: Array<IrregularityReason>, leaderReason: string | null, evidence: Array<{ period: string, reason: IrregularityReason, source: string, record: string, recordId: string | null, description: string }>, assistance: Array<{ period: string, activityId: string, title: string, modality: AssistanceModality, heldOn: Array<string> }> }> } | null };

export type IrregularityReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type IrregularityReportsQuery = { irregularityReports: { totalCount: number, edges: Array<{ node: { id: string, secretariatCode: string, year: string, status: IrregularityReportStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddSchoolToIrregularityReportMutationVariables = Exact<{
  input: IrregularityDecisionInput;
}>;


export type AddSchoolToIrregularityReportMutation = { addSchoolToIrregularityReport: { schoolDane: string, origin: IrregularityOrigin, included: boolean, reasons: Array<IrregularityReason>, leaderReason: string | null } };

export type RemoveSchoolFromIrregularityReportMutationVariables = Exact<{
  input: IrregularityDecisionInput;
}>;


export type RemoveSchoolFromIrregularityReportMutation = { removeSchoolFromIrregularityReport: { schoolDane: string, origin: IrregularityOrigin, included: boolean, leaderReason: string | null } };

export type SignIrregularityReportMutationVariables = Exact<{
  input: SignIrregularityReportInput;
}>;


export type SignIrregularityReportMutation = { signIrregularityReport: { id: string, status: IrregularityReportStatus, signedAt: string | null, signerName: string | null } };

export type IrregularityReportFileQueryVariables = Exact<{
  id: string | number;
  format: RecordFormat;
}>;


export type IrregularityReportFileQuery = { irregularityReportFile: { filename: string, mimeType: string, contentBase64: string, rows: number } };

export type ConsolidatedReportFieldsFragment = { id: string, secretariatCode: string, period: string, version: number, status: ConsolidatedReportStatus, replacesId: string | null, correctionReason: string | null, analysis: string, publishedAt: string | null, figures: { strategyId: string | null, coverage: { planned: number, accompanied: number, byModality: Array<{ modality: AssistanceModality, planned: number, accompanied: number }> }, programming: { programmed: number, onTime: number, late: number, notDone: number, cancelledActivities: number }, evaluation: { received: number, expected: number, responseRate: number | null, averageRating: number | null, objectivesMet: number, objectivesPartlyMet: number, objectivesNotMet: number, criteria: Array<{ code: string, name: string, average: number | null, responses: number }> }, planProgress: { plans: number, indicators: number, measured: number, achieved: number, averageProgress: number | null, actions: number, actionsDone: number }, needsByArea: Array<{ area: ManagementArea | null, needs: number, schools: number, recurrentSchools: number }>, infrastructure: Array<{ schoolDane: string, schoolName: string, condition: string | null, needs: Array<string>, year: string }>, characterization: Array<{ schoolDane: string, modality: AssistanceModality | null, accompanied: boolean, pmiPertinent: boolean, actionsDoneShare: number | null }> } };

export type GenerateConsolidatedReportMutationVariables = Exact<{
  input: GenerateConsolidatedReportInput;
}>;


export type GenerateConsolidatedReportMutation = { generateConsolidatedReport: { id: string, secretariatCode: string, period: string, version: number, status: ConsolidatedReportStatus, replacesId: string | null, correctionReason: string | null, analysis: string, publishedAt: string | null, figures: { strategyId: string | null, coverage: { planned: number, accompanied: number, byModality: Array<{ modality: AssistanceModality, planned: number, accompanied: number }> }, programming: { programmed: number, onTime: number, late: number, notDone: number, cancelledActivities: number }, evaluation: { received: number, expected: number, responseRate: number | null, averageRating: number | null, objectivesMet: number, objectivesPartlyMet: number, objectivesNotMet: number, criteria: Array<{ code: string, name: string, average: number | null, responses: number }> }, planProgress: { plans: number, indicators: number, measured: number, achieved: number, averageProgress: number | null, actions: number, actionsDone: number }, needsByArea: Array<{ area: ManagementArea | null, needs: number, schools: number, recurrentSchools: number }>, infrastructure: Array<{ schoolDane: string, schoolName: string, condition: string | null, needs: Array<string>, year: string }>, characterization: Array<{ schoolDane: string, modality: AssistanceModality | null, accompanied: boolean, pmiPertinent: boolean, actionsDoneShare: number | null }> } } };

export type UpdateConsolidatedReportAnalysisMutationVariables = Exact<{
  input: ConsolidatedReportAnalysisInput;
}>;


export type UpdateConsolidatedReportAnalysisMutation = { updateConsolidatedReportAnalysis: { id: string, analysis: string } };

export type PublishConsolidatedReportMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishConsolidatedReportMutation = { publishConsolidatedReport: { id: string, status: ConsolidatedReportStatus, version: number, publishedAt: string | null } };

export type ConsolidatedReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolidatedReportQuery = { consolidatedReport: { id: string, secretariatCode: string, period: string, version: number, status: ConsolidatedReportStatus, replacesId: string | null, correctionReason: string | null, analysis: string, publishedAt: string | null, figures: { strategyId: string | null, coverage: { planned: number, accompanied: number, byModality: Array<{ modality: AssistanceModality, planned: number, accompanied: number }> }, programming: { programmed: number, onTime: number, late: number, notDone: number, cancelledActivities: number }, evaluation: { received: number, expected: number, responseRate: number | null, averageRating: number | null, objectivesMet: number, objectivesPartlyMet: number, objectivesNotMet: number, criteria: Array<{ code: string, name: string, average: number | null, responses: number }> }, planProgress: { plans: number, indicators: number, measured: number, achieved: number, averageProgress: number | null, actions: number, actionsDone: number }, needsByArea: Array<{ area: ManagementArea | null, needs: number, schools: number, recurrentSchools: number }>, infrastructure: Array<{ schoolDane: string, schoolName: string, condition: string | null, needs: Array<string>, year: string }>, characterization: Array<{ schoolDane: string, modality: AssistanceModality | null, accompanied: boolean, pmiPertinent: boolean, actionsDoneShare: number | null }> } } };

export type ConsolidatedReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  secretariat?: string | null | undefined;
  period?: string | null | undefined;
  status?: ConsolidatedReportStatus | null | undefined;
}>;


export type ConsolidatedReportsQuery = { consolidatedReports: { totalCount: number, edges: Array<{ node: { id: string, secretariatCode: string, period: string, version: number, status: ConsolidatedReportStatus } }> } };

export type ConsolidatedReportFileQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolidatedReportFileQuery = { consolidatedReportFile: { filename: string, mimeType: string, contentBase64: string } };

export type PmiResultsQueryVariables = Exact<{
  period: string;
  department?: string | null | undefined;
  secretariat?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PmiResultsQuery = { pmiResults: { totalCount: number, edges: Array<{ cursor: string, node: { secretariatCode: string, secretariatName: string, department: string | null, period: string, schools: number, plansRegistered: number, plansReviewed: number, plansPertinent: number, plansFollowedUp: number, plansEvaluated: number, indicators: number, indicatorsMeasured: number, indicatorsAchieved: number, averageIndicatorProgress: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PmiResultsNationalQueryVariables = Exact<{
  period: string;
  department?: string | null | undefined;
}>;


export type PmiResultsNationalQuery = { pmiResultsNational: { period: string, department: string | null, secretariats: number, schools: number, plansRegistered: number, plansReviewed: number, plansPertinent: number, plansFollowedUp: number, plansEvaluated: number, indicators: number, indicatorsMeasured: number, indicatorsAchieved: number, averageIndicatorProgress: number | null } };

export type PublishPmiResultsMutationVariables = Exact<{
  period: string;
}>;


export type PublishPmiResultsMutation = { publishPmiResults: { id: string, secretariatCode: string, period: string, version: number, figures: { plansRegistered: number, plansPertinent: number } } };

export type PublishedPmiResultsQueryVariables = Exact<{
  period?: string | null | undefined;
  secretariat?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type PublishedPmiResultsQuery = { publishedPmiResults: { totalCount: number, edges: Array<{ node: { id: string, secretariatCode: string, period: string, version: number } }> } };

export type PmiRevisionRecordQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  format?: ExportFormat | null | undefined;
}>;


export type PmiRevisionRecordQuery = { pmiRevisionRecord: { filename: string, mimeType: string, contentBase64: string } };

export type RetractInputsMutationVariables = Exact<{
  input: RetractionBatchInput;
}>;


export type RetractInputsMutation = { retractInputs: { source: string, kind: InputKind, secretariatCode: string, received: number, retracted: number, unchanged: number, rejected: number, items: Array<{ index: number, externalId: string | null, status: RetractionStatus, id: string | null, code: string | null, field: string | null, message: string | null, violations: Array<{ code: string, field: string, message: string }> | null }> } };

export type TombstoneFieldsFragment = { id: string, externalId: string, schoolDane: string, summary: string, sourceTimestamp: string, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, retractionSourceTimestamp: string | null, changeCursor: string };

export type PeiUpdatesFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  secretariat?: string | null | undefined;
  daneCode?: string | null | undefined;
  includeRetracted?: boolean | null | undefined;
  changedSince?: string | null | undefined;
}>;


export type PeiUpdatesFeedQuery = { peiUpdates: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, externalId: string, schoolDane: string, summary: string, sourceTimestamp: string, retractedAt: string | null, retractedBy: string | null, retractionReason: string | null, retractionSourceTimestamp: string | null, changeCursor: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InspectionFindingsFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  daneCode?: string | null | undefined;
  includeRetracted?: boolean | null | undefined;
  changedSince?: string | null | undefined;
}>;


export type InspectionFindingsFeedQuery = { inspectionFindings: { totalCount: number, edges: Array<{ node: { id: string, externalId: string, schoolDane: string, retractedAt: string | null, retractionReason: string | null, changeCursor: string, actions: Array<{ externalId: string }> } }> } };

export type SupportPlanActionsFeedQueryVariables = Exact<{
  period: string;
  first?: number | null | undefined;
  includeRetracted?: boolean | null | undefined;
  changedSince?: string | null | undefined;
}>;


export type SupportPlanActionsFeedQuery = { supportPlanActions: { totalCount: number, edges: Array<{ node: { id: string, externalId: string, code: string, name: string, retractedAt: string | null, changeCursor: string } }> } };

export type NeedsWithResolutionQueryVariables = Exact<{
  period: string;
  school?: string | null | undefined;
  status?: NeedStatus | null | undefined;
  rule?: NeedRule | null | undefined;
}>;


export type NeedsWithResolutionQuery = { supportNeeds: { totalCount: number, edges: Array<{ node: { id: string, schoolDane: string, rule: NeedRule | null, status: NeedStatus, resolutionReason: NeedResolutionReason | null, evidence: Array<{ source: string, record: string, recordId: string, value: string | null, retracted: boolean | null, retractionReason: string | null }> } }> } };

export type SchoolsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  sector?: SchoolSector | null | undefined;
  zone?: SchoolZone | null | undefined;
  municipality?: string | null | undefined;
  regime?: PrivateSchoolRegime | null | undefined;
  search?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type SchoolsQuery = { schools: { totalCount: number, edges: Array<{ cursor: string, node: { daneCode: string, name: string, sector: SchoolSector, zone: SchoolZone, municipality: string, regime: PrivateSchoolRegime | null, secretariat: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SchoolQueryVariables = Exact<{
  daneCode: string;
}>;


export type SchoolQuery = { school: { id: string, daneCode: string, name: string, sector: SchoolSector, zone: SchoolZone, regime: PrivateSchoolRegime | null, active: boolean, secretariatCode: string } };

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = { createSchool: { daneCode: string, name: string, secretariatCode: string, regime: PrivateSchoolRegime | null } };

export type UpdateSchoolMutationVariables = Exact<{
  daneCode: string;
  input: UpdateSchoolInput;
}>;


export type UpdateSchoolMutation = { updateSchool: { daneCode: string, name: string, sector: SchoolSector, regime: PrivateSchoolRegime | null, active: boolean } };

export type SecretariatsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type SecretariatsQuery = { secretariats: { totalCount: number, edges: Array<{ node: { code: string, name: string, department: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SecretariatQueryVariables = Exact<{
  code: string;
}>;


export type SecretariatQuery = { secretariat: { code: string, name: string } };

export type CreateSecretariatMutationVariables = Exact<{
  input: CreateSecretariatInput;
}>;


export type CreateSecretariatMutation = { createSecretariat: { code: string, name: string, department: string | null } };

export type UpdateSecretariatMutationVariables = Exact<{
  code: string;
  input: UpdateSecretariatInput;
}>;


export type UpdateSecretariatMutation = { updateSecretariat: { code: string, name: string, department: string | null } };

export type RegisterSupportRequestMutationVariables = Exact<{
  input: RegisterSupportRequestInput;
}>;


export type RegisterSupportRequestMutation = { registerSupportRequest: { id: string, secretariatCode: string, schoolDane: string, subject: string, area: ManagementArea, description: string, channel: SupportRequestChannel, status: SupportRequestStatus, requester: string, requesterRole: Role, requesterName: string | null, contact: string | null, filingNumber: string | null, createdAt: string } };

export type UpdateSupportRequestStatusMutationVariables = Exact<{
  id: string | number;
  input: UpdateSupportRequestStatusInput;
}>;


export type UpdateSupportRequestStatusMutation = { updateSupportRequestStatus: { id: string, status: SupportRequestStatus, history: Array<{ fromStatus: SupportRequestStatus | null, toStatus: SupportRequestStatus, note: string | null, actor: string, at: string }> } };

export type SupportRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportRequestQuery = { supportRequest: { id: string, schoolDane: string, subject: string, area: ManagementArea, channel: SupportRequestChannel, status: SupportRequestStatus, school: { daneCode: string, name: string }, history: Array<{ fromStatus: SupportRequestStatus | null, toStatus: SupportRequestStatus, note: string | null }> } };

export type SupportRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: SupportRequestStatus | null | undefined;
  area?: ManagementArea | null | undefined;
  channel?: SupportRequestChannel | null | undefined;
  school?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type SupportRequestsQuery = { supportRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, schoolDane: string, area: ManagementArea, channel: SupportRequestChannel, status: SupportRequestStatus, school: { name: string }, history: Array<{ toStatus: SupportRequestStatus }> } }> } };

export type WebhookEndpointFieldsFragment = { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null };

export type RegisterWebhookEndpointMutationVariables = Exact<{
  input: RegisterWebhookEndpointInput;
}>;


export type RegisterWebhookEndpointMutation = { registerWebhookEndpoint: { secret: string, endpoint: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: string | number;
  overlapSeconds?: number | null | undefined;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } } };

export type PauseWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseWebhookEndpointMutation = { pauseWebhookEndpoint: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } };

export type ResumeWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  skipFailed?: boolean | null | undefined;
}>;


export type ResumeWebhookEndpointMutation = { resumeWebhookEndpoint: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } };

export type RedeliverWebhookEventsMutationVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type RedeliverWebhookEventsMutation = { redeliverWebhookEvents: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } };

export type ResumeAndRedeliverMutationVariables = Exact<{
  id: string | number;
  after: string;
}>;


export type ResumeAndRedeliverMutation = { resumeWebhookEndpoint: { status: WebhookStatus }, redeliverWebhookEvents: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: string };

export type WebhookEndpointsQueryVariables = Exact<{
  secretariat?: string | null | undefined;
  clientId?: string | null | undefined;
  status?: WebhookStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, edges: Array<{ node: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null } }> } };

export type WebhookEndpointQueryVariables = Exact<{
  id: string | number;
  failedOnly?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type WebhookEndpointQuery = { webhookEndpoint: { id: string, secretariatCode: string, schoolDane: string | null, clientId: string, scopes: Array<string>, url: string, consumer: EventConsumer | null, eventTypes: Array<EventType> | null, status: WebhookStatus, pausedReason: WebhookPauseReason | null, cursor: string, failedAttempts: number, failingSince: string | null, nextAttemptAt: string | null, lastStatus: number | null, lastError: string | null, lastDeliveredAt: string | null, previousSecretExpiresAt: string | null, health: { lagEvents: number, lagSeconds: number, successRate: number | null, attempts24h: number }, attempts: { totalCount: number, edges: Array<{ node: { eventId: string, eventCursor: string, eventType: string, attempt: number, statusCode: number | null, success: boolean, error: string | null, responseExcerpt: string | null, instanceId: string } }> }, deadLetters: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, eventCursor: string, eventType: string, attempts: number, lastStatus: number | null, lastError: string | null, responseExcerpt: string | null, resolution: DeadLetterResolution | null } }> } } };

export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ActivityFieldsFragment, unknown>;
export const StrategyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"proposedModality"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideJustification"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<StrategyFieldsFragment, unknown>;
export const ResponseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}}]} as unknown as DocumentNode<ResponseFragment, unknown>;
export const ConsolidationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Consolidation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationConsolidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}}]} as unknown as DocumentNode<ConsolidationFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionActionRef"}}]}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const IngestionResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestionResultFieldsFragment, unknown>;
export const IrregularityReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IrregularityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IrregularityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"minDoneShare"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"leaderReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<IrregularityReportFieldsFragment, unknown>;
export const ConsolidatedReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmed"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"notDone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledActivities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesPartlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"recurrentSchools"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infrastructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"characterization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"pmiPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneShare"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportFieldsFragment, unknown>;
export const TombstoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TombstoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeiUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retractedBy"}},{"kind":"Field","name":{"kind":"Name","value":"retractionReason"}},{"kind":"Field","name":{"kind":"Name","value":"retractionSourceTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]} as unknown as DocumentNode<TombstoneFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const SecretariatSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"lowSelfEvaluationScore"}},{"kind":"Field","name":{"kind":"Name","value":"saberInsufficientShare"}},{"kind":"Field","name":{"kind":"Name","value":"lowSaber11Categories"}},{"kind":"Field","name":{"kind":"Name","value":"integralNeedsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxActivitiesPerStaffMonth"}}]}}]}}]} as unknown as DocumentNode<SecretariatSettingsQuery, SecretariatSettingsQueryVariables>;
export const UpdateSecretariatSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecretariatSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecretariatSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecretariatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"lowSelfEvaluationScore"}},{"kind":"Field","name":{"kind":"Name","value":"saberInsufficientShare"}},{"kind":"Field","name":{"kind":"Name","value":"integralNeedsThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxActivitiesPerStaffMonth"}}]}}]}}]} as unknown as DocumentNode<UpdateSecretariatSettingsMutation, UpdateSecretariatSettingsMutationVariables>;
export const SchoolProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationYear"}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"lowComponents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saber11Category"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanStatus"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlanPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"openSupportRequests"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<SchoolProfileQuery, SchoolProfileQueryVariables>;
export const JurisdictionAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withSignalsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"withSignalsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withSignalsOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionAnalysisQuery, JurisdictionAnalysisQueryVariables>;
export const SupportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRule"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"supportRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<SupportNeedsQuery, SupportNeedsQueryVariables>;
export const IdentifyNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdentifyNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifyNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<IdentifyNeedsMutation, IdentifyNeedsMutationVariables>;
export const AddSupportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSupportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupportNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupportNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}}]}}]} as unknown as DocumentNode<AddSupportNeedMutation, AddSupportNeedMutationVariables>;
export const UpdateSupportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupportNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateSupportNeedMutation, UpdateSupportNeedMutationVariables>;
export const DismissSupportNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissSupportNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissSupportNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissSupportNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dismissReason"}}]}}]}}]} as unknown as DocumentNode<DismissSupportNeedMutation, DismissSupportNeedMutationVariables>;
export const AssistanceStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"proposedModality"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideJustification"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<AssistanceStrategyQuery, AssistanceStrategyQueryVariables>;
export const AssistanceStrategyOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceStrategyOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceStrategyOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AssistanceStrategyOfQuery, AssistanceStrategyOfQueryVariables>;
export const AssistanceScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responsible"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"responsible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responsible"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AssistanceScheduleQuery, AssistanceScheduleQueryVariables>;
export const StrategyAlignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyAlignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyAlignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvable"}},{"kind":"Field","name":{"kind":"Name","value":"blockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aligned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unaligned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"improvementActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StrategyAlignmentQuery, StrategyAlignmentQueryVariables>;
export const AssistanceProgrammingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceProgrammingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceProgrammingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<AssistanceProgrammingRecordQuery, AssistanceProgrammingRecordQueryVariables>;
export const CreateAssistanceStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssistanceStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssistanceStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"proposedModality"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideJustification"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CreateAssistanceStrategyMutation, CreateAssistanceStrategyMutationVariables>;
export const ClassifySchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifySchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifySchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StrategyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StrategyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceStrategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"proposedModality"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideJustification"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ClassifySchoolsMutation, ClassifySchoolsMutationVariables>;
export const OverrideSchoolClassificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideSchoolClassification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideClassificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideSchoolClassification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"proposedModality"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"overrideJustification"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenBy"}}]}}]}}]} as unknown as DocumentNode<OverrideSchoolClassificationMutation, OverrideSchoolClassificationMutationVariables>;
export const ProgramAssistanceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramAssistanceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programAssistanceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ProgramAssistanceActivityMutation, ProgramAssistanceActivityMutationVariables>;
export const UpdateAssistanceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssistanceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssistanceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssistanceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateAssistanceActivityMutation, UpdateAssistanceActivityMutationVariables>;
export const SubmitAssistanceStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssistanceStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssistanceStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitAssistanceStrategyMutation, SubmitAssistanceStrategyMutationVariables>;
export const ApproveAssistanceStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAssistanceStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAssistanceStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ApproveAssistanceStrategyMutation, ApproveAssistanceStrategyMutationVariables>;
export const ReviseAssistanceStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseAssistanceStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseAssistanceStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}}]}}]}}]} as unknown as DocumentNode<ReviseAssistanceStrategyMutation, ReviseAssistanceStrategyMutationVariables>;
export const RecordAlignmentImprovementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAlignmentImprovementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlignmentImprovementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAlignmentImprovementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"who"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<RecordAlignmentImprovementActionMutation, RecordAlignmentImprovementActionMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EvaluationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}}]}}]}}]} as unknown as DocumentNode<EvaluationSettingsQuery, EvaluationSettingsQueryVariables>;
export const SetEvaluationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEvaluationSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEvaluationSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SetEvaluationSettingsMutation, SetEvaluationSettingsMutationVariables>;
export const SubmitAssistanceEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssistanceEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssistanceEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssistanceEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitAssistanceEvaluationMutation, SubmitAssistanceEvaluationMutationVariables>;
export const AssistanceEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssistanceEvaluationsQuery, AssistanceEvaluationsQueryVariables>;
export const ConsolidateAssistanceEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolidateAssistanceEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidateAssistanceEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Consolidation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Consolidation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationConsolidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidateAssistanceEvaluationsMutation, ConsolidateAssistanceEvaluationsMutationVariables>;
export const EvaluationConsolidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationConsolidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationConsolidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Consolidation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Consolidation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationConsolidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationConsolidationQuery, EvaluationConsolidationQueryVariables>;
export const ReviewEvaluationConsolidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewEvaluationConsolidation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEvaluationConsolidation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Consolidation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Response"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResponseFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Consolidation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationConsolidation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNotes"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Response"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"YES"}},{"kind":"Field","name":{"kind":"Name","value":"PARTLY"}},{"kind":"Field","name":{"kind":"Name","value":"NO"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewEvaluationConsolidationMutation, ReviewEvaluationConsolidationMutationVariables>;
export const AssistanceEvaluationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceEvaluationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceEvaluationRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<AssistanceEvaluationRecordQuery, AssistanceEvaluationRecordQueryVariables>;
export const ServiceRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceModality"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"serviceKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ServiceRequirementsQuery, ServiceRequirementsQueryVariables>;
export const SetServiceRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetServiceRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetServiceRequirementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setServiceRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SetServiceRequirementsMutation, SetServiceRequirementsMutationVariables>;
export const VerificationSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDue"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNonconformity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"byCriterion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"ratings"}},{"kind":"Field","name":{"kind":"Name","value":"low"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<VerificationSheetQuery, VerificationSheetQueryVariables>;
export const RecordVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"raisedNonconformities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordVerificationMutation, RecordVerificationMutationVariables>;
export const NonconformitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nonconformities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NonconformityStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedByVerificationId"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NonconformitiesQuery, NonconformitiesQueryVariables>;
export const NonconformityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nonconformity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nonconformity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verificationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedByVerificationId"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<NonconformityQuery, NonconformityQueryVariables>;
export const AddQualityActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddQualityAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nonconformityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addQualityAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nonconformityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nonconformityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddQualityActionMutation, AddQualityActionMutationVariables>;
export const CompleteQualityActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteQualityAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteQualityActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeQualityAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneNotes"}}]}}]}}]} as unknown as DocumentNode<CompleteQualityActionMutation, CompleteQualityActionMutationVariables>;
export const OverdueQualityActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueQualityActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueQualityActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nonconformityId"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueQualityActionsQuery, OverdueQualityActionsQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const OnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<OnEventsSubscription, OnEventsSubscriptionVariables>;
export const EventsHeldBackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventsHeldBack"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"heldBack"}}]}}]}}]} as unknown as DocumentNode<EventsHeldBackQuery, EventsHeldBackQueryVariables>;
export const RecordAssistanceSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssistanceSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssistanceSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<RecordAssistanceSessionMutation, RecordAssistanceSessionMutationVariables>;
export const AssistanceSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]} as unknown as DocumentNode<AssistanceSessionsQuery, AssistanceSessionsQueryVariables>;
export const RecordActionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recorderRole"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}}]}}]}}]} as unknown as DocumentNode<RecordActionProgressMutation, RecordActionProgressMutationVariables>;
export const RecordIndicatorMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIndicatorMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIndicatorMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RecordIndicatorMeasurementMutation, RecordIndicatorMeasurementMutationVariables>;
export const RecordPlanCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"actionId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<RecordPlanCorrectiveActionMutation, RecordPlanCorrectiveActionMutationVariables>;
export const AddCoachingNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoachingNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoachingNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCoachingNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partKind"}},{"kind":"Field","name":{"kind":"Name","value":"partId"}},{"kind":"Field","name":{"kind":"Name","value":"partText"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<AddCoachingNoteMutation, AddCoachingNoteMutationVariables>;
export const ReplyToCoachingNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToCoachingNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoachingReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToCoachingNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}}]} as unknown as DocumentNode<ReplyToCoachingNoteMutation, ReplyToCoachingNoteMutationVariables>;
export const RecordPlanSelfEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanSelfEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSelfEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanSelfEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"}},{"kind":"Field","name":{"kind":"Name","value":"goalRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPlanSelfEvaluationMutation, RecordPlanSelfEvaluationMutationVariables>;
export const PlanFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averagePercent"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDone"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coachingNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanFollowUpQuery, PlanFollowUpQueryVariables>;
export const PmiFollowUpRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmiFollowUpRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pmiFollowUpRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<PmiFollowUpRecordQuery, PmiFollowUpRecordQueryVariables>;
export const PeriodStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnded"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"allActivitiesDone"}},{"kind":"Field","name":{"kind":"Name","value":"readyForEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeriodStatusQuery, PeriodStatusQueryVariables>;
export const SupportActionsFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportActionsFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportActionsFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"heldRate"}},{"kind":"Field","name":{"kind":"Name","value":"schoolsAccompanied"}},{"kind":"Field","name":{"kind":"Name","value":"tasksDone"}},{"kind":"Field","name":{"kind":"Name","value":"tasksTotal"}},{"kind":"Field","name":{"kind":"Name","value":"pmiAveragePercent"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"improvementOpportunities"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPlanActionId"}},{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionsExpected"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsHeld"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportActionsFollowUpQuery, SupportActionsFollowUpQueryVariables>;
export const MoveStrategyToEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveStrategyToEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveStrategyToEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStartedAt"}}]}}]}}]} as unknown as DocumentNode<MoveStrategyToEvaluationMutation, MoveStrategyToEvaluationMutationVariables>;
export const SetEvaluationPeriodEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEvaluationPeriodEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEvaluationPeriodEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationPeriodEndsOn"}}]}}]}}]} as unknown as DocumentNode<SetEvaluationPeriodEndMutation, SetEvaluationPeriodEndMutationVariables>;
export const StrategySchoolsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategySchoolsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceStrategyOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDanes"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}}]}}]}}]} as unknown as DocumentNode<StrategySchoolsOfQuery, StrategySchoolsOfQueryVariables>;
export const SupportNeedsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportNeedsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupportNeedsPageQuery, SupportNeedsPageQueryVariables>;
export const RegisterImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterImprovementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionActionRef"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterImprovementPlanMutation, RegisterImprovementPlanMutationVariables>;
export const UpdateImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateImprovementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionActionRef"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateImprovementPlanMutation, UpdateImprovementPlanMutationVariables>;
export const SubmitImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitImprovementPlanMutation, SubmitImprovementPlanMutationVariables>;
export const ReviewImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewImprovementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewImprovementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"general"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewImprovementPlanMutation, ReviewImprovementPlanMutationVariables>;
export const ImprovementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"general"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionActionRef"}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementPlanQuery, ImprovementPlanQueryVariables>;
export const ImprovementPlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementPlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"observations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"general"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementPlanVersionQuery, ImprovementPlanVersionQueryVariables>;
export const ImprovementPlanOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementPlanOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlanOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ImprovementPlanOfQuery, ImprovementPlanOfQueryVariables>;
export const ImprovementPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlanStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pertinent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"pertinent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pertinent"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementPlansQuery, ImprovementPlansQueryVariables>;
export const ImprovementPlansDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImprovementPlansDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"improvementPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImprovementPlansDeepQuery, ImprovementPlansDeepQueryVariables>;
export const OpenModificationWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenModificationWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenModificationWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openModificationWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<OpenModificationWindowMutation, OpenModificationWindowMutationVariables>;
export const CloseModificationWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseModificationWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeModificationWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<CloseModificationWindowMutation, CloseModificationWindowMutationVariables>;
export const ModificationWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModificationWindows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modificationWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<ModificationWindowsQuery, ModificationWindowsQueryVariables>;
export const IngestSelfEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSelfEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSelfEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestSelfEvaluationsMutation, IngestSelfEvaluationsMutationVariables>;
export const IngestCharacterizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestCharacterizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CharacterizationBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestCharacterizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestCharacterizationsMutation, IngestCharacterizationsMutationVariables>;
export const IngestSupportPlanActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSupportPlanActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlanBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSupportPlanActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestSupportPlanActionsMutation, IngestSupportPlanActionsMutationVariables>;
export const IngestPeiUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestPeiUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeiUpdateBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestPeiUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestPeiUpdatesMutation, IngestPeiUpdatesMutationVariables>;
export const IngestEducationModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestEducationModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EducationModelBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestEducationModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestEducationModelsMutation, IngestEducationModelsMutationVariables>;
export const IngestInspectionFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestInspectionFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFindingBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestInspectionFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestInspectionFindingsMutation, IngestInspectionFindingsMutationVariables>;
export const IngestSchoolRegimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSchoolRegimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRegimeBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSchoolRegimes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestSchoolRegimesMutation, IngestSchoolRegimesMutationVariables>;
export const IngestCurriculumChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestCurriculumChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CurriculumChangeBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestCurriculumChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IngestionResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IngestionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IngestionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IngestCurriculumChangesMutation, IngestCurriculumChangesMutationVariables>;
export const IngestSelfEvaluationsCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestSelfEvaluationsCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestSelfEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<IngestSelfEvaluationsCountsMutation, IngestSelfEvaluationsCountsMutationVariables>;
export const LoadSelfEvaluationCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadSelfEvaluationCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfEvaluationCatalogueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadSelfEvaluationCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"processes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"processCode"}}]}}]}}]}}]} as unknown as DocumentNode<LoadSelfEvaluationCatalogueMutation, LoadSelfEvaluationCatalogueMutationVariables>;
export const SelfEvaluationCataloguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfEvaluationCatalogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfEvaluationCatalogues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"processes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"processCode"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]} as unknown as DocumentNode<SelfEvaluationCataloguesQuery, SelfEvaluationCataloguesQueryVariables>;
export const SelfEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ManagementArea"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selfEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxScore"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"catalogueVersion"}},{"kind":"Field","name":{"kind":"Name","value":"componentCode"}},{"kind":"Field","name":{"kind":"Name","value":"processCode"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SelfEvaluationsQuery, SelfEvaluationsQueryVariables>;
export const CharacterizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Characterizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"characterizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"}},{"kind":"Field","name":{"kind":"Name","value":"saber11Category"}},{"kind":"Field","name":{"kind":"Name","value":"dropoutRate"}},{"kind":"Field","name":{"kind":"Name","value":"repetitionRate"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureCondition"}},{"kind":"Field","name":{"kind":"Name","value":"infrastructureNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"saberResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"insufficient"}},{"kind":"Field","name":{"kind":"Name","value":"minimum"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactory"}},{"kind":"Field","name":{"kind":"Name","value":"advanced"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CharacterizationsQuery, CharacterizationsQueryVariables>;
export const SupportPlanActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPlanActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lineCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPlanActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"lineCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lineCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"lineCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportPlanActionsQuery, SupportPlanActionsQueryVariables>;
export const SupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"actionCount"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportPlanQuery, SupportPlanQueryVariables>;
export const PeiUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeiUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peiUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeiUpdatesQuery, PeiUpdatesQueryVariables>;
export const EducationModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EducationModels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"educationModels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"modelName"}},{"kind":"Field","name":{"kind":"Name","value":"implementedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EducationModelsQuery, EducationModelsQueryVariables>;
export const InspectionFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionFindingsQuery, InspectionFindingsQueryVariables>;
export const SchoolRegimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRegimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRegimes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolRegimesQuery, SchoolRegimesQueryVariables>;
export const CurriculumChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurriculumChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curriculumChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurriculumChangesQuery, CurriculumChangesQueryVariables>;
export const DraftIrregularityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftIrregularityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftIrregularityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IrregularityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IrregularityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IrregularityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"minDoneShare"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"leaderReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<DraftIrregularityReportMutation, DraftIrregularityReportMutationVariables>;
export const IrregularityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IrregularityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"irregularityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IrregularityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IrregularityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IrregularityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consecutivePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"minDoneShare"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolCount"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"leaderReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<IrregularityReportQuery, IrregularityReportQueryVariables>;
export const IrregularityReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IrregularityReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"irregularityReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IrregularityReportsQuery, IrregularityReportsQueryVariables>;
export const AddSchoolToIrregularityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSchoolToIrregularityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IrregularityDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSchoolToIrregularityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"leaderReason"}}]}}]}}]} as unknown as DocumentNode<AddSchoolToIrregularityReportMutation, AddSchoolToIrregularityReportMutationVariables>;
export const RemoveSchoolFromIrregularityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSchoolFromIrregularityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IrregularityDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSchoolFromIrregularityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"included"}},{"kind":"Field","name":{"kind":"Name","value":"leaderReason"}}]}}]}}]} as unknown as DocumentNode<RemoveSchoolFromIrregularityReportMutation, RemoveSchoolFromIrregularityReportMutationVariables>;
export const SignIrregularityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIrregularityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignIrregularityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIrregularityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}}]}}]}}]} as unknown as DocumentNode<SignIrregularityReportMutation, SignIrregularityReportMutationVariables>;
export const IrregularityReportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IrregularityReportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"irregularityReportFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]} as unknown as DocumentNode<IrregularityReportFileQuery, IrregularityReportFileQueryVariables>;
export const GenerateConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateConsolidatedReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolidatedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmed"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"notDone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledActivities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesPartlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"recurrentSchools"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infrastructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"characterization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"pmiPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneShare"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateConsolidatedReportMutation, GenerateConsolidatedReportMutationVariables>;
export const UpdateConsolidatedReportAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConsolidatedReportAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReportAnalysisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConsolidatedReportAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}}]}}]}}]} as unknown as DocumentNode<UpdateConsolidatedReportAnalysisMutation, UpdateConsolidatedReportAnalysisMutationVariables>;
export const PublishConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishConsolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishConsolidatedReportMutation, PublishConsolidatedReportMutationVariables>;
export const ConsolidatedReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidatedReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolidatedReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolidatedReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"replacesId"}},{"kind":"Field","name":{"kind":"Name","value":"correctionReason"}},{"kind":"Field","name":{"kind":"Name","value":"analysis"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"byModality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmed"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"notDone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledActivities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageRating"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesPartlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"objectivesNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"recurrentSchools"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infrastructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"characterization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"modality"}},{"kind":"Field","name":{"kind":"Name","value":"accompanied"}},{"kind":"Field","name":{"kind":"Name","value":"pmiPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneShare"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportQuery, ConsolidatedReportQueryVariables>;
export const ConsolidatedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsolidatedReportStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidatedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportsQuery, ConsolidatedReportsQueryVariables>;
export const ConsolidatedReportFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolidatedReportFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consolidatedReportFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<ConsolidatedReportFileQuery, ConsolidatedReportFileQueryVariables>;
export const PmiResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmiResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pmiResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatName"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"plansRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"plansReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"plansPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"plansFollowedUp"}},{"kind":"Field","name":{"kind":"Name","value":"plansEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndicatorProgress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PmiResultsQuery, PmiResultsQueryVariables>;
export const PmiResultsNationalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmiResultsNational"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pmiResultsNational"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"secretariats"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"plansRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"plansReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"plansPertinent"}},{"kind":"Field","name":{"kind":"Name","value":"plansFollowedUp"}},{"kind":"Field","name":{"kind":"Name","value":"plansEvaluated"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"averageIndicatorProgress"}}]}}]}}]} as unknown as DocumentNode<PmiResultsNationalQuery, PmiResultsNationalQueryVariables>;
export const PublishPmiResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPmiResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPmiResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plansRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"plansPertinent"}}]}}]}}]}}]} as unknown as DocumentNode<PublishPmiResultsMutation, PublishPmiResultsMutationVariables>;
export const PublishedPmiResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedPmiResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedPmiResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishedPmiResultsQuery, PublishedPmiResultsQueryVariables>;
export const PmiRevisionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PmiRevisionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pmiRevisionRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]} as unknown as DocumentNode<PmiRevisionRecordQuery, PmiRevisionRecordQueryVariables>;
export const RetractInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetractionBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractInputs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetractInputsMutation, RetractInputsMutationVariables>;
export const PeiUpdatesFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeiUpdatesFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"peiUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TombstoneFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TombstoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PeiUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retractedBy"}},{"kind":"Field","name":{"kind":"Name","value":"retractionReason"}},{"kind":"Field","name":{"kind":"Name","value":"retractionSourceTimestamp"}},{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]} as unknown as DocumentNode<PeiUpdatesFeedQuery, PeiUpdatesFeedQueryVariables>;
export const InspectionFindingsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionFindingsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retractionReason"}},{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionFindingsFeedQuery, InspectionFindingsFeedQueryVariables>;
export const SupportPlanActionsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportPlanActionsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPlanActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeRetracted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetracted"}}},{"kind":"Argument","name":{"kind":"Name","value":"changedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changedSince"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"retractedAt"}},{"kind":"Field","name":{"kind":"Name","value":"changeCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportPlanActionsFeedQuery, SupportPlanActionsFeedQueryVariables>;
export const NeedsWithResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsWithResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedRule"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"retractionReason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedsWithResolutionQuery, NeedsWithResolutionQueryVariables>;
export const SchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolZone"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivateSchoolRegime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"zone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zone"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"regime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regime"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const SecretariatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SecretariatsQuery, SecretariatsQueryVariables>;
export const SecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecretariatQuery, SecretariatQueryVariables>;
export const CreateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<CreateSecretariatMutation, CreateSecretariatMutationVariables>;
export const UpdateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<UpdateSecretariatMutation, UpdateSecretariatMutationVariables>;
export const RegisterSupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterSupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterSupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSupportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requester"}},{"kind":"Field","name":{"kind":"Name","value":"requesterRole"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"filingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RegisterSupportRequestMutation, RegisterSupportRequestMutationVariables>;
export const UpdateSupportRequestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupportRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSupportRequestStatusMutation, UpdateSupportRequestStatusMutationVariables>;
export const SupportRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<SupportRequestQuery, SupportRequestQueryVariables>;
export const SupportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ManagementArea"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestChannel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"school"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"school"},"value":{"kind":"Variable","name":{"kind":"Name","value":"school"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportRequestsQuery, SupportRequestsQueryVariables>;
export const RegisterWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<RegisterWebhookEndpointMutation, RegisterWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overlapSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"overlapSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overlapSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const PauseWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<PauseWebhookEndpointMutation, PauseWebhookEndpointMutationVariables>;
export const ResumeWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skipFailed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"skipFailed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skipFailed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<ResumeWebhookEndpointMutation, ResumeWebhookEndpointMutationVariables>;
export const RedeliverWebhookEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<RedeliverWebhookEventsMutation, RedeliverWebhookEventsMutationVariables>;
export const ResumeAndRedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeAndRedeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<ResumeAndRedeliverMutation, ResumeAndRedeliverMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"failedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lagEvents"}},{"kind":"Field","name":{"kind":"Name","value":"lagSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"attempts24h"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"failedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"failedOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventCursor"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"consumer"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;