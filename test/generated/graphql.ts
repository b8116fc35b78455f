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

/** Regime of a non-official school (régimen, Ley 115 art. 202). */
export type PrivateSchoolRegime =
  /** Régimen controlado: must present an improvement plan; mandatory accompaniment */
  | 'CONTROLLED'
  /** Libertad vigilada */
  | 'MONITORED_FREEDOM'
  /** Libertad regulada */
  | 'REGULATED_FREEDOM';

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


export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const OnEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OnEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventConsumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"consumer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consumer"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolDane"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}}]}}]} as unknown as DocumentNode<OnEventsSubscription, OnEventsSubscriptionVariables>;
export const SchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolZone"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivateSchoolRegime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"zone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zone"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"regime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regime"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const SecretariatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SecretariatsQuery, SecretariatsQueryVariables>;
export const SecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecretariatQuery, SecretariatQueryVariables>;
export const CreateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<CreateSecretariatMutation, CreateSecretariatMutationVariables>;
export const UpdateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<UpdateSecretariatMutation, UpdateSecretariatMutationVariables>;