/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** State of a programmed assistance activity. */
export type ActivityStatus =
  /** Cancelada (not counted for alignment or load) */
  | 'CANCELLED'
  /** Realizada */
  | 'DONE'
  /** Programada */
  | 'PROGRAMMED';

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

/** State of a PMI version (estado del PMI). */
export type ImprovementPlanStatus =
  /** Borrador: the school is still writing it; it can change while the modification window is open */
  | 'DRAFT'
  /** Revisado: reviewed as pertinent or not pertinent (see `pertinent`); a change creates a new version */
  | 'REVIEWED'
  /** Enviado / radicado: waiting for the secretariat’s review (Revisión de los PMI) */
  | 'SUBMITTED';

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

/** Objectives of the assistance met (cumplimiento de los objetivos planteados). */
export type ObjectivesMet =
  /** No */
  | 'NO'
  /** Parcialmente */
  | 'PARTLY'
  /** Sí */
  | 'YES';

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

export type DashExportFollowUpQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  school?: string | null | undefined;
  format: ExportFormat;
}>;


export type DashExportFollowUpQuery = { pmiFollowUpRecord: { filename: string, mimeType: string, contentBase64: string } };

export type DashExportEvaluationQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  format: ExportFormat;
}>;


export type DashExportEvaluationQuery = { assistanceEvaluationRecord: { filename: string, mimeType: string, contentBase64: string } };

export type DashExportProgrammingQueryVariables = Exact<{
  strategyId: string | number;
  format: ExportFormat;
}>;


export type DashExportProgrammingQuery = { assistanceProgrammingRecord: { filename: string, mimeType: string, contentBase64: string } };

export type DashExportConsolidatedQueryVariables = Exact<{
  id: string | number;
}>;


export type DashExportConsolidatedQuery = { consolidatedReportFile: { filename: string, mimeType: string, contentBase64: string } };

export type DashExportIrregularitiesQueryVariables = Exact<{
  id: string | number;
  format: RecordFormat;
}>;


export type DashExportIrregularitiesQuery = { irregularityReportFile: { filename: string, mimeType: string, contentBase64: string } };

export type DashStrategyCountsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashStrategyCountsQuery = { assistanceStrategyOf: { id: string, status: StrategyStatus, period: string, classificationCounts: Array<{ municipality: string, sector: SchoolSector, zone: SchoolZone, modality: AssistanceModality | null, schools: number, mandatory: number }> } | null };

export type DashSchoolCountsQueryVariables = Exact<{
  secretariat?: string | null | undefined;
}>;


export type DashSchoolCountsQuery = { schoolCounts: { active: number, total: number, groups: Array<{ municipality: string, sector: SchoolSector, zone: SchoolZone, schools: number }> } };

export type DashPlanCountsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashPlanCountsQuery = { improvementPlanCounts: { plans: number, reviewed: number, pertinent: number, byMunicipality: Array<{ municipality: string, plans: number, pertinent: number }> } };

export type DashSessionCountsQueryVariables = Exact<{
  strategyId: string | number;
}>;


export type DashSessionCountsQuery = { assistanceSessionCounts: { sessions: number, held: number, byMonth: Array<{ month: string, programmed: number, held: number }>, byMunicipality: Array<{ municipality: string, held: number }> } };

export type DashNeedCountsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashNeedCountsQuery = { supportNeedCounts: { needs: number, byArea: Array<{ area: ManagementArea | null, needs: number }>, byMunicipality: Array<{ municipality: string, needs: number }> } };

export type DashNonconformitiesFirstQueryVariables = Exact<{
  secretariat?: string | null | undefined;
}>;


export type DashNonconformitiesFirstQuery = { nonconformities: { totalCount: number, edges: Array<{ node: { id: string, requirementCode: string, description: string, raisedAt: string, activity: { title: string } | null, actions: Array<{ id: string, kind: QualityActionKind, owner: string, dueOn: string, overdue: boolean, status: QualityActionStatus }> } }> } };

export type DashOverdueActionsCountQueryVariables = Exact<{
  secretariat?: string | null | undefined;
}>;


export type DashOverdueActionsCountQuery = { overdueQualityActions: { totalCount: number } };

export type DashSecretariatQueryVariables = Exact<{
  code: string;
}>;


export type DashSecretariatQuery = { secretariat: { code: string, name: string, department: string | null } };

export type DashPmiResultsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashPmiResultsQuery = { pmiResults: { edges: Array<{ node: { secretariatCode: string, secretariatName: string, department: string | null, schools: number, plansRegistered: number, plansReviewed: number, plansPertinent: number, plansFollowedUp: number, plansEvaluated: number, indicators: number, indicatorsMeasured: number, indicatorsAchieved: number, averageIndicatorProgress: number | null } }> } };

export type DashStrategyQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashStrategyQuery = { assistanceStrategyOf: { id: string, status: StrategyStatus, period: string, classifications: Array<{ schoolDane: string, modality: AssistanceModality, mandatory: boolean, openNeeds: number, reasons: Array<string> }>, activities: Array<{ id: string, title: string, modality: AssistanceModality, startsOn: string, endsOn: string, status: ActivityStatus, responsible: string, schoolDanes: Array<string> }> } | null };

export type DashSessionsQueryVariables = Exact<{
  strategyId: string | number;
  school?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashSessionsQuery = { assistanceSessions: { totalCount: number, edges: Array<{ node: { id: string, activityId: string, schoolDane: string, status: SessionStatus, scheduledOn: string, heldOn: string | null, rescheduledTo: string | null, cancelReason: string | null, staff: string, topics: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashEvaluationQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashEvaluationQuery = { evaluationConsolidation: { id: string, status: ConsolidationStatus, results: { overall: { due: number, received: number, responseRate: number | null, average: number | null, objectivesMet: { YES: number, PARTLY: number, NO: number } }, byCriterion: Array<{ code: string, name: string, average: number | null, ratings: number }> } } | null };

export type DashNonconformitiesQueryVariables = Exact<{
  secretariat?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashNonconformitiesQuery = { nonconformities: { totalCount: number, edges: Array<{ node: { id: string, requirementCode: string, description: string, raisedAt: string, activity: { title: string } | null, actions: Array<{ id: string, kind: QualityActionKind, owner: string, dueOn: string, overdue: boolean, status: QualityActionStatus }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashOverdueActionsQueryVariables = Exact<{
  secretariat?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashOverdueActionsQuery = { overdueQualityActions: { totalCount: number, edges: Array<{ node: { id: string, kind: QualityActionKind, description: string, owner: string, dueOn: string, nonconformityId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashNeedsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  school?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashNeedsQuery = { supportNeeds: { totalCount: number, edges: Array<{ node: { id: string, schoolDane: string, area: ManagementArea | null, rule: NeedRule | null, priority: NeedPriority, source: NeedSource, description: string, evidence: Array<{ source: string, record: string, value: string | null, date: string | null, description: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashSchoolsQueryVariables = Exact<{
  secretariat?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashSchoolsQuery = { schools: { totalCount: number, edges: Array<{ node: { daneCode: string, name: string, municipality: string, municipalityCode: string | null, sector: SchoolSector, zone: SchoolZone, regime: PrivateSchoolRegime | null, active: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashPlansQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  school?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashPlansQuery = { improvementPlans: { totalCount: number, edges: Array<{ node: { id: string, schoolDane: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, lastReviewedAt: string | null, submittedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashPlanProgressQueryVariables = Exact<{
  planId: string | number;
}>;


export type DashPlanProgressQuery = { planFollowUp: { averagePercent: number | null, actionsDone: number, actions: Array<{ action: { id: string, description: string, endDate: string }, current: { status: ProgressStatus, percent: number } | null }>, indicators: Array<{ indicator: { id: string, name: string, baseline: number, target: number, unit: string }, latest: { value: number, measuredOn: string } | null }>, selfEvaluations: Array<{ evaluatedOn: string }> } };

export type DashEvaluationsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
  school?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashEvaluationsQuery = { assistanceEvaluations: { totalCount: number, edges: Array<{ node: { id: string, schoolDane: string, submittedAt: string, objectivesMet: ObjectivesMet, comments: string, activity: { title: string, modality: AssistanceModality }, ratings: Array<{ criterion: string, score: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashConsolidatedReportsQueryVariables = Exact<{
  period: string;
  secretariat?: string | null | undefined;
}>;


export type DashConsolidatedReportsQuery = { consolidatedReports: { edges: Array<{ node: { id: string, version: number, status: ConsolidatedReportStatus, publishedAt: string | null } }> } };

export type DashIrregularityReportQueryVariables = Exact<{
  year: string;
  secretariat?: string | null | undefined;
}>;


export type DashIrregularityReportQuery = { irregularityReport: { id: string, status: IrregularityReportStatus, signedAt: string | null, schoolCount: number } | null };

export type DashEventsSubscriptionVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type DashEventsSubscription = { events: { cursor: string, type: EventType, secretariatCode: string | null, schoolDane: string | null, entity: string, entityId: string, occurredAt: string } };

export type DashEventsEndQueryVariables = Exact<{
  after?: string | number | null | undefined;
}>;


export type DashEventsEndQuery = { events: { endCursor: string } };

export type DashMinistryResultsQueryVariables = Exact<{
  period: string;
  department?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type DashMinistryResultsQuery = { pmiResults: { totalCount: number, edges: Array<{ node: { secretariatCode: string, secretariatName: string, department: string | null, schools: number, plansRegistered: number, plansReviewed: number, plansPertinent: number, plansFollowedUp: number, plansEvaluated: number, indicators: number, indicatorsMeasured: number, indicatorsAchieved: number, averageIndicatorProgress: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashMinistryNationalQueryVariables = Exact<{
  period: string;
  department?: string | null | undefined;
}>;


export type DashMinistryNationalQuery = { pmiResultsNational: { secretariats: number, schools: number, plansRegistered: number, plansReviewed: number, plansPertinent: number, plansFollowedUp: number, plansEvaluated: number, averageIndicatorProgress: number | null } };

export type DashSecretariatsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashSecretariatsQuery = { secretariats: { edges: Array<{ node: { code: string, name: string, department: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashSchoolQueryVariables = Exact<{
  daneCode: string;
}>;


export type DashSchoolQuery = { school: { daneCode: string, name: string, municipality: string, sector: SchoolSector, zone: SchoolZone, regime: PrivateSchoolRegime | null, secretariatCode: string, active: boolean } };

export type DashSchoolProfileQueryVariables = Exact<{
  daneCode: string;
  period: string;
}>;


export type DashSchoolProfileQuery = { schoolProfile: { saber11Category: string | null, selfEvaluationYear: string | null, improvementPlanStatus: string | null, improvementPlanPertinent: boolean | null, openSupportRequests: number, selfEvaluation: Array<{ area: ManagementArea, average: number, components: number, lowComponents: number }>, signals: Array<{ rule: NeedRule, area: ManagementArea | null, evidence: { source: string, record: string, recordId: string, value: string | null, date: string | null, description: string | null } }> } };

export type DashSchoolPlanQueryVariables = Exact<{
  daneCode: string;
  period: string;
}>;


export type DashSchoolPlanQuery = { improvementPlanOf: { id: string, status: ImprovementPlanStatus, version: number, pertinent: boolean | null, goals: Array<{ id: string, area: ManagementArea, description: string, indicators: Array<{ id: string, name: string, baseline: number, target: number, unit: string }>, actions: Array<{ id: string, description: string, responsible: string, endDate: string }> }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashExportFollowUpDocument = new TypedDocumentString(`
    query DashExportFollowUp($period: String!, $secretariat: String, $school: String, $format: ExportFormat!) {
  pmiFollowUpRecord(
    period: $period
    secretariat: $secretariat
    school: $school
    format: $format
  ) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DashExportFollowUpQuery, DashExportFollowUpQueryVariables>;
export const DashExportEvaluationDocument = new TypedDocumentString(`
    query DashExportEvaluation($period: String!, $secretariat: String, $format: ExportFormat!) {
  assistanceEvaluationRecord(
    period: $period
    secretariat: $secretariat
    format: $format
  ) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DashExportEvaluationQuery, DashExportEvaluationQueryVariables>;
export const DashExportProgrammingDocument = new TypedDocumentString(`
    query DashExportProgramming($strategyId: ID!, $format: ExportFormat!) {
  assistanceProgrammingRecord(strategyId: $strategyId, format: $format) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DashExportProgrammingQuery, DashExportProgrammingQueryVariables>;
export const DashExportConsolidatedDocument = new TypedDocumentString(`
    query DashExportConsolidated($id: ID!) {
  consolidatedReportFile(id: $id) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DashExportConsolidatedQuery, DashExportConsolidatedQueryVariables>;
export const DashExportIrregularitiesDocument = new TypedDocumentString(`
    query DashExportIrregularities($id: ID!, $format: RecordFormat!) {
  irregularityReportFile(id: $id, format: $format) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DashExportIrregularitiesQuery, DashExportIrregularitiesQueryVariables>;
export const DashStrategyCountsDocument = new TypedDocumentString(`
    query DashStrategyCounts($period: String!, $secretariat: String) {
  assistanceStrategyOf(period: $period, secretariat: $secretariat) {
    id
    status
    period
    classificationCounts {
      municipality
      sector
      zone
      modality
      schools
      mandatory
    }
  }
}
    `) as unknown as TypedDocumentString<DashStrategyCountsQuery, DashStrategyCountsQueryVariables>;
export const DashSchoolCountsDocument = new TypedDocumentString(`
    query DashSchoolCounts($secretariat: String) {
  schoolCounts(secretariat: $secretariat) {
    active
    total
    groups {
      municipality
      sector
      zone
      schools
    }
  }
}
    `) as unknown as TypedDocumentString<DashSchoolCountsQuery, DashSchoolCountsQueryVariables>;
export const DashPlanCountsDocument = new TypedDocumentString(`
    query DashPlanCounts($period: String!, $secretariat: String) {
  improvementPlanCounts(period: $period, secretariat: $secretariat) {
    plans
    reviewed
    pertinent
    byMunicipality {
      municipality
      plans
      pertinent
    }
  }
}
    `) as unknown as TypedDocumentString<DashPlanCountsQuery, DashPlanCountsQueryVariables>;
export const DashSessionCountsDocument = new TypedDocumentString(`
    query DashSessionCounts($strategyId: ID!) {
  assistanceSessionCounts(strategyId: $strategyId) {
    sessions
    held
    byMonth {
      month
      programmed
      held
    }
    byMunicipality {
      municipality
      held
    }
  }
}
    `) as unknown as TypedDocumentString<DashSessionCountsQuery, DashSessionCountsQueryVariables>;
export const DashNeedCountsDocument = new TypedDocumentString(`
    query DashNeedCounts($period: String!, $secretariat: String) {
  supportNeedCounts(period: $period, secretariat: $secretariat, status: OPEN) {
    needs
    byArea {
      area
      needs
    }
    byMunicipality {
      municipality
      needs
    }
  }
}
    `) as unknown as TypedDocumentString<DashNeedCountsQuery, DashNeedCountsQueryVariables>;
export const DashNonconformitiesFirstDocument = new TypedDocumentString(`
    query DashNonconformitiesFirst($secretariat: String) {
  nonconformities(status: OPEN, secretariat: $secretariat, first: 5) {
    totalCount
    edges {
      node {
        id
        requirementCode
        description
        raisedAt
        activity {
          title
        }
        actions {
          id
          kind
          owner
          dueOn
          overdue
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashNonconformitiesFirstQuery, DashNonconformitiesFirstQueryVariables>;
export const DashOverdueActionsCountDocument = new TypedDocumentString(`
    query DashOverdueActionsCount($secretariat: String) {
  overdueQualityActions(secretariat: $secretariat, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DashOverdueActionsCountQuery, DashOverdueActionsCountQueryVariables>;
export const DashSecretariatDocument = new TypedDocumentString(`
    query DashSecretariat($code: String!) {
  secretariat(code: $code) {
    code
    name
    department
  }
}
    `) as unknown as TypedDocumentString<DashSecretariatQuery, DashSecretariatQueryVariables>;
export const DashPmiResultsDocument = new TypedDocumentString(`
    query DashPmiResults($period: String!, $secretariat: String) {
  pmiResults(period: $period, secretariat: $secretariat, first: 1) {
    edges {
      node {
        secretariatCode
        secretariatName
        department
        schools
        plansRegistered
        plansReviewed
        plansPertinent
        plansFollowedUp
        plansEvaluated
        indicators
        indicatorsMeasured
        indicatorsAchieved
        averageIndicatorProgress
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashPmiResultsQuery, DashPmiResultsQueryVariables>;
export const DashStrategyDocument = new TypedDocumentString(`
    query DashStrategy($period: String!, $secretariat: String) {
  assistanceStrategyOf(period: $period, secretariat: $secretariat) {
    id
    status
    period
    classifications {
      schoolDane
      modality
      mandatory
      openNeeds
      reasons
    }
    activities {
      id
      title
      modality
      startsOn
      endsOn
      status
      responsible
      schoolDanes
    }
  }
}
    `) as unknown as TypedDocumentString<DashStrategyQuery, DashStrategyQueryVariables>;
export const DashSessionsDocument = new TypedDocumentString(`
    query DashSessions($strategyId: ID!, $school: String, $after: String) {
  assistanceSessions(
    strategyId: $strategyId
    school: $school
    first: 200
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        activityId
        schoolDane
        status
        scheduledOn
        heldOn
        rescheduledTo
        cancelReason
        staff
        topics
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashSessionsQuery, DashSessionsQueryVariables>;
export const DashEvaluationDocument = new TypedDocumentString(`
    query DashEvaluation($period: String!, $secretariat: String) {
  evaluationConsolidation(period: $period, secretariat: $secretariat) {
    id
    status
    results {
      overall {
        due
        received
        responseRate
        average
        objectivesMet {
          YES
          PARTLY
          NO
        }
      }
      byCriterion {
        code
        name
        average
        ratings
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashEvaluationQuery, DashEvaluationQueryVariables>;
export const DashNonconformitiesDocument = new TypedDocumentString(`
    query DashNonconformities($secretariat: String, $after: String) {
  nonconformities(
    status: OPEN
    secretariat: $secretariat
    first: 200
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        requirementCode
        description
        raisedAt
        activity {
          title
        }
        actions {
          id
          kind
          owner
          dueOn
          overdue
          status
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashNonconformitiesQuery, DashNonconformitiesQueryVariables>;
export const DashOverdueActionsDocument = new TypedDocumentString(`
    query DashOverdueActions($secretariat: String, $after: String) {
  overdueQualityActions(secretariat: $secretariat, first: 200, after: $after) {
    totalCount
    edges {
      node {
        id
        kind
        description
        owner
        dueOn
        nonconformityId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashOverdueActionsQuery, DashOverdueActionsQueryVariables>;
export const DashNeedsDocument = new TypedDocumentString(`
    query DashNeeds($period: String!, $secretariat: String, $school: String, $after: String) {
  supportNeeds(
    period: $period
    secretariat: $secretariat
    school: $school
    status: OPEN
    first: 200
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        schoolDane
        area
        rule
        priority
        source
        description
        evidence {
          source
          record
          value
          date
          description
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashNeedsQuery, DashNeedsQueryVariables>;
export const DashSchoolsDocument = new TypedDocumentString(`
    query DashSchools($secretariat: String, $after: String) {
  schools(secretariat: $secretariat, first: 200, after: $after) {
    totalCount
    edges {
      node {
        daneCode
        name
        municipality
        municipalityCode
        sector
        zone
        regime
        active
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashSchoolsQuery, DashSchoolsQueryVariables>;
export const DashPlansDocument = new TypedDocumentString(`
    query DashPlans($period: String!, $secretariat: String, $school: String, $after: String) {
  improvementPlans(
    period: $period
    secretariat: $secretariat
    school: $school
    first: 200
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        schoolDane
        status
        version
        pertinent
        lastReviewedAt
        submittedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashPlansQuery, DashPlansQueryVariables>;
export const DashPlanProgressDocument = new TypedDocumentString(`
    query DashPlanProgress($planId: ID!) {
  planFollowUp(planId: $planId) {
    averagePercent
    actionsDone
    actions {
      action {
        id
        description
        endDate
      }
      current {
        status
        percent
      }
    }
    indicators {
      indicator {
        id
        name
        baseline
        target
        unit
      }
      latest {
        value
        measuredOn
      }
    }
    selfEvaluations {
      evaluatedOn
    }
  }
}
    `) as unknown as TypedDocumentString<DashPlanProgressQuery, DashPlanProgressQueryVariables>;
export const DashEvaluationsDocument = new TypedDocumentString(`
    query DashEvaluations($period: String!, $secretariat: String, $school: String, $after: String) {
  assistanceEvaluations(
    period: $period
    secretariat: $secretariat
    school: $school
    first: 200
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        schoolDane
        submittedAt
        objectivesMet
        comments
        activity {
          title
          modality
        }
        ratings {
          criterion
          score
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashEvaluationsQuery, DashEvaluationsQueryVariables>;
export const DashConsolidatedReportsDocument = new TypedDocumentString(`
    query DashConsolidatedReports($period: String!, $secretariat: String) {
  consolidatedReports(period: $period, secretariat: $secretariat, first: 20) {
    edges {
      node {
        id
        version
        status
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashConsolidatedReportsQuery, DashConsolidatedReportsQueryVariables>;
export const DashIrregularityReportDocument = new TypedDocumentString(`
    query DashIrregularityReport($year: String!, $secretariat: String) {
  irregularityReport(year: $year, secretariat: $secretariat) {
    id
    status
    signedAt
    schoolCount
  }
}
    `) as unknown as TypedDocumentString<DashIrregularityReportQuery, DashIrregularityReportQueryVariables>;
export const DashEventsDocument = new TypedDocumentString(`
    subscription DashEvents($after: ID) {
  events(after: $after) {
    cursor
    type
    secretariatCode
    schoolDane
    entity
    entityId
    occurredAt
  }
}
    `) as unknown as TypedDocumentString<DashEventsSubscription, DashEventsSubscriptionVariables>;
export const DashEventsEndDocument = new TypedDocumentString(`
    query DashEventsEnd($after: ID) {
  events(after: $after, first: 1) {
    endCursor
  }
}
    `) as unknown as TypedDocumentString<DashEventsEndQuery, DashEventsEndQueryVariables>;
export const DashMinistryResultsDocument = new TypedDocumentString(`
    query DashMinistryResults($period: String!, $department: String, $after: String) {
  pmiResults(period: $period, department: $department, first: 200, after: $after) {
    totalCount
    edges {
      node {
        secretariatCode
        secretariatName
        department
        schools
        plansRegistered
        plansReviewed
        plansPertinent
        plansFollowedUp
        plansEvaluated
        indicators
        indicatorsMeasured
        indicatorsAchieved
        averageIndicatorProgress
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashMinistryResultsQuery, DashMinistryResultsQueryVariables>;
export const DashMinistryNationalDocument = new TypedDocumentString(`
    query DashMinistryNational($period: String!, $department: String) {
  pmiResultsNational(period: $period, department: $department) {
    secretariats
    schools
    plansRegistered
    plansReviewed
    plansPertinent
    plansFollowedUp
    plansEvaluated
    averageIndicatorProgress
  }
}
    `) as unknown as TypedDocumentString<DashMinistryNationalQuery, DashMinistryNationalQueryVariables>;
export const DashSecretariatsDocument = new TypedDocumentString(`
    query DashSecretariats($after: String) {
  secretariats(first: 200, after: $after) {
    edges {
      node {
        code
        name
        department
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DashSecretariatsQuery, DashSecretariatsQueryVariables>;
export const DashSchoolDocument = new TypedDocumentString(`
    query DashSchool($daneCode: String!) {
  school(daneCode: $daneCode) {
    daneCode
    name
    municipality
    sector
    zone
    regime
    secretariatCode
    active
  }
}
    `) as unknown as TypedDocumentString<DashSchoolQuery, DashSchoolQueryVariables>;
export const DashSchoolProfileDocument = new TypedDocumentString(`
    query DashSchoolProfile($daneCode: String!, $period: String!) {
  schoolProfile(daneCode: $daneCode, period: $period) {
    saber11Category
    selfEvaluationYear
    improvementPlanStatus
    improvementPlanPertinent
    openSupportRequests
    selfEvaluation {
      area
      average
      components
      lowComponents
    }
    signals {
      rule
      area
      evidence {
        source
        record
        recordId
        value
        date
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashSchoolProfileQuery, DashSchoolProfileQueryVariables>;
export const DashSchoolPlanDocument = new TypedDocumentString(`
    query DashSchoolPlan($daneCode: String!, $period: String!) {
  improvementPlanOf(daneCode: $daneCode, period: $period) {
    id
    status
    version
    pertinent
    goals {
      id
      area
      description
      indicators {
        id
        name
        baseline
        target
        unit
      }
      actions {
        id
        description
        responsible
        endDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashSchoolPlanQuery, DashSchoolPlanQueryVariables>;