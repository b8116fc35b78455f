/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A school (EE) to add to the registry. */
export type CreateSchoolInput = {
  /** DANE code: 12 digits. */
  daneCode: string;
  /** Municipality (municipio). */
  municipality: string;
  /** DIVIPOLA municipality code: 5 digits. */
  municipalityCode?: string | null | undefined;
  /** Name. */
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
  /** Name. */
  name: string;
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

/** Named preset of event types for a consumer subprocess (domain brief section 5). A SUBPROCESS client needs the scope `read:<code>`. */
export type EventConsumer =
  /** D01.04 caracterización y perfil (characterization and profile); scope `read:D01.04`. Receives the consolidated report and its characterization items (needs, infrastructure): CONSOLIDATED_REPORT_PUBLISHED, NEEDS_IDENTIFIED, INFRASTRUCTURE_NEED_REPORTED. */
  | 'D01_04'
  /** D02.01 Plan de Apoyo al Mejoramiento (PAM); scope `read:D02.01`. Receives results of PAM actions: strategy approval and alignment, follow-ups, the consolidated report: STRATEGY_APPROVED, STRATEGY_ALIGNMENT_FAILED, FOLLOW_UP_RECORDED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'D02_01'
  /** D02.02 Proyecto Educativo Institucional (PEI); scope `read:D02.02`. Receives PEI-related findings: identified needs, PMI reviews, the consolidated report: NEEDS_IDENTIFIED, IMPROVEMENT_PLAN_REVIEWED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'D02_02'
  /** E02.01 satisfacción (satisfaction); scope `read:E02.01`. Receives each submitted assistance evaluation, and the consolidated results: ASSISTANCE_EVALUATION_SUBMITTED, ASSISTANCE_EVALUATIONS_CONSOLIDATED. */
  | 'E02_01'
  /** F01.03 control del servicio (inspección y vigilancia); scope `read:F01.03`. Receives the signed irregularities report (F01.03.F01); results: PMI reviews, nonconformities, the consolidated report: IRREGULARITY_REPORT_SIGNED, IMPROVEMENT_PLAN_REVIEWED, NONCONFORMITY_RAISED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'F01_03'
  /** I02.04 infraestructura (infrastructure); scope `read:I02.04`. Receives infrastructure needs found during the accompaniment, and the consolidated report: INFRASTRUCTURE_NEED_REPORTED, CONSOLIDATED_REPORT_PUBLISHED. */
  | 'I02_04'
  /** Ministerio de Educación Nacional (MEN); scope `read:MEN`. Receives per secretariat and period: schools, PMIs registered, reviewed as pertinent, followed up, evaluated; indicator progress: SCHOOL_REGISTERED, SCHOOL_UPDATED, IMPROVEMENT_PLAN_REGISTERED, IMPROVEMENT_PLAN_REVIEWED, FOLLOW_UP_RECORDED, ASSISTANCE_EVALUATIONS_CONSOLIDATED, PMI_RESULTS_PUBLISHED. */
  | 'MEN';

/** Type of a hub event (evento); the stored type is the dotted name, e.g. school.registered. */
export type EventType =
  /** `assistance_evaluations.consolidated`: Evaluation results were consolidated and reviewed. Payload: { period, responseRate }. */
  | 'ASSISTANCE_EVALUATIONS_CONSOLIDATED'
  /** `assistance_evaluation.submitted`: A school evaluated the assistance it received (evaluación de asesoría). Payload: { evaluationId, activityId, daneCode }. */
  | 'ASSISTANCE_EVALUATION_SUBMITTED'
  /** `consolidated_report.published`: The consolidated report was published. Payload: { reportId, period }. */
  | 'CONSOLIDATED_REPORT_PUBLISHED'
  /** `follow_up.recorded`: A follow-up (seguimiento) was recorded. Payload: { followUpId, subject, daneCode }. */
  | 'FOLLOW_UP_RECORDED'
  /** `improvement_plan.registered`: A school registered its PMI for a period. Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_REGISTERED'
  /** `improvement_plan.reviewed`: The secretariat reviewed a PMI (Revisión de los PMI). Payload: { planId, daneCode, period, version, pertinent }. */
  | 'IMPROVEMENT_PLAN_REVIEWED'
  /** `improvement_plan.submitted`: A school submitted its PMI for review. Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_SUBMITTED'
  /** `improvement_plan.updated`: A PMI changed (possibly as a new version). Payload: { planId, daneCode, period, version }. */
  | 'IMPROVEMENT_PLAN_UPDATED'
  /** `infrastructure_need.reported`: An infrastructure need was found. Payload: { needId, daneCode }. */
  | 'INFRASTRUCTURE_NEED_REPORTED'
  /** `input.received`: A batch from a source subprocess was accepted for a school. Payload: { source, daneCode, created, updated }. */
  | 'INPUT_RECEIVED'
  /** `irregularity_report.signed`: The annual irregularities report (F01.03.F01) was signed. Payload: { reportId, year, schools }. */
  | 'IRREGULARITY_REPORT_SIGNED'
  /** `needs.identified`: Support needs were identified for a period (activity 2). Payload: { period, created, resolved, open }. */
  | 'NEEDS_IDENTIFIED'
  /** `nonconformity.raised`: A verification found an unmet requirement. Payload: { nonconformityId, activityId }. */
  | 'NONCONFORMITY_RAISED'
  /** `pmi_results.published`: PMI formulation results for the Ministry. Payload: { period }. */
  | 'PMI_RESULTS_PUBLISHED'
  /** `school.registered`: A school (EE) was added to the registry. Payload: { daneCode, name, sector, zone }. */
  | 'SCHOOL_REGISTERED'
  /** `school.updated`: A school (EE) changed in the registry. Payload: { daneCode, changed: [field] }. */
  | 'SCHOOL_UPDATED'
  /** `strategy.alignment_failed`: Approval was refused: activities not aligned with the PAM. Payload: { strategyId, period, unalignedActivityIds }. */
  | 'STRATEGY_ALIGNMENT_FAILED'
  /** `strategy.approved`: An assistance strategy was approved. Payload: { strategyId, period, revision }. */
  | 'STRATEGY_APPROVED'
  /** `strategy.submitted`: An assistance strategy was submitted for approval. Payload: { strategyId, period, revision }. */
  | 'STRATEGY_SUBMITTED'
  /** `support_request.registered`: A support request was registered. Payload: { requestId, daneCode, area }. */
  | 'SUPPORT_REQUEST_REGISTERED'
  /** `support_request.updated`: A support request changed status. Payload: { requestId, daneCode, status }. */
  | 'SUPPORT_REQUEST_UPDATED'
  /** `verification.recorded`: An assistance activity was verified. Payload: { verificationId, activityId, passed }. */
  | 'VERIFICATION_RECORDED';

/** A goal (meta) in one management area, with its indicators and actions. */
export type GoalInput = {
  /** Actions (acciones) of the goal. */
  actions?: Array<PlanActionInput>;
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Goal (meta). */
  description: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
  /** Indicators (indicadores) of the goal. */
  indicators?: Array<IndicatorInput>;
};

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

/** An objective (objetivo) of the PMI. */
export type ObjectiveInput = {
  /** Management area (área de gestión). */
  area: ManagementArea;
  /** Objective (objetivo). */
  description: string;
  /** Id of an existing part of this plan to keep it (and its follow-ups); omit for a new one. */
  id?: string | number | null | undefined;
};

/** Opens a modification window (periodo de modificación de los PMI) for a period. */
export type OpenModificationWindowInput = {
  /** Closing date and time (fecha de cierre), after the opening. */
  closesAt: string;
  /** Opening date and time (fecha de inicio). */
  opensAt: string;
  /** Period (vigencia) whose PMIs may be changed. */
  period: string;
};

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

/** Regime of a non-official school (régimen, Ley 115 art. 202). */
export type PrivateSchoolRegime =
  /** Régimen controlado: must present an improvement plan; mandatory accompaniment */
  | 'CONTROLLED'
  /** Libertad vigilada */
  | 'MONITORED_FREEDOM'
  /** Libertad regulada */
  | 'REGULATED_FREEDOM';

/** A school registers its PMI for a period (registro del PMI). */
export type RegisterImprovementPlanInput = {
  /** How the plan is shared with the community (socialización a la comunidad educativa). */
  communication?: string | null | undefined;
  /** Critical factors (factores críticos) with urgency, trend and impact. */
  criticalFactors?: Array<CriticalFactorInput> | null | undefined;
  /** DANE code of the school; defaults to the caller's own school. */
  daneCode?: string | null | undefined;
  /** Goals (metas) per management area, with indicators and actions. */
  goals?: Array<GoalInput> | null | undefined;
  /** Objectives (objetivos). */
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

/** Changes to a PMI: omitted parts stay as they are (see ImprovementPlanContentInput). */
export type UpdateImprovementPlanInput = {
  /** How the plan is shared with the community (socialización a la comunidad educativa). */
  communication?: string | null | undefined;
  /** Critical factors (factores críticos) with urgency, trend and impact. */
  criticalFactors?: Array<CriticalFactorInput> | null | undefined;
  /** Goals (metas) per management area, with indicators and actions. */
  goals?: Array<GoalInput> | null | undefined;
  /** Objectives (objetivos). */
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
  /** Name. */
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
  /** Name. */
  name?: string | null | undefined;
};

/** A status change by the secretariat’s staff, with a note. */
export type UpdateSupportRequestStatusInput = {
  /** Note explaining the change (observación / respuesta). */
  note: string;
  /** New state. */
  status: SupportRequestStatus;
};

export type AuditTrailQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  entity?: string | null | undefined;
  entityId?: string | null | undefined;
  secretariat?: string | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, secretariatCode: string | null, subject: string, role: Role, client: string | null, requestId: string, operation: string, entity: string, entityId: string, change: Record<string, unknown> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImprovementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pertinent"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"communication"}},{"kind":"Field","name":{"kind":"Name","value":"criticalFactors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"trend"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionActionRef"}}]}}]}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const OnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<OnEventsSubscription, OnEventsSubscriptionVariables>;
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