/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** One recorded change (pista de auditoría): who changed what, when, and how. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** When the change was committed. */
  at: Scalars['DateTimeISO']['output'];
  /** The change: fields before and after. */
  change: Scalars['JSONObject']['output'];
  /** Client application, when the token names one. */
  client?: Maybe<Scalars['String']['output']>;
  /** Kind of record changed, e.g. School. */
  entity: Scalars['String']['output'];
  /** Id or natural key of the record changed. */
  entityId: Scalars['String']['output'];
  /** Monotonic id. */
  id: Scalars['ID']['output'];
  /** GraphQL operation (mutation field) that made the change. */
  operation: Scalars['String']['output'];
  /** Request id, as in the logs. */
  requestId: Scalars['String']['output'];
  /** Role of the caller. */
  role: Role;
  /** Secretariat (Secretaría de Educación) the record belongs to. */
  secretariatCode?: Maybe<Scalars['String']['output']>;
  /** Subject of the token that made the change. */
  subject: Scalars['String']['output'];
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** Items of this page. */
  edges: Array<AuditEntryEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a AuditEntry connection. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEntry;
};

/** A school (EE) to add to the registry. */
export type CreateSchoolInput = {
  /** DANE code: 12 digits. */
  daneCode: Scalars['String']['input'];
  /** Municipality (municipio). */
  municipality: Scalars['String']['input'];
  /** DIVIPOLA municipality code: 5 digits. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** Regime; only for non-official schools. */
  regime?: InputMaybe<PrivateSchoolRegime>;
  /** Secretariat code; required for administrators. */
  secretariat?: InputMaybe<Scalars['String']['input']>;
  /** Sector. */
  sector: SchoolSector;
  /** Zone. */
  zone: SchoolZone;
};

/** A new secretariat (Secretaría de Educación). */
export type CreateSecretariatInput = {
  /** Code of the ETC: 2 to 16 letters, digits or dashes. */
  code: Scalars['String']['input'];
  /** Department (departamento). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a school to the registry (administrators). Emits school.registered. */
  createSchool: School;
  /** Registers a secretariat (administrators). */
  createSecretariat: Secretariat;
  /** Changes a school in the registry (administrators). Emits school.updated. */
  updateSchool: School;
  /** Changes a secretariat (administrators). */
  updateSecretariat: Secretariat;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationCreateSecretariatArgs = {
  input: CreateSecretariatInput;
};


export type MutationUpdateSchoolArgs = {
  daneCode: Scalars['String']['input'];
  input: UpdateSchoolInput;
};


export type MutationUpdateSecretariatArgs = {
  code: Scalars['String']['input'];
  input: UpdateSecretariatInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: pages are read forwards from a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Regime of a non-official school (régimen, Ley 115 art. 202). */
export type PrivateSchoolRegime =
  /** Régimen controlado: must present an improvement plan; mandatory accompaniment */
  | 'CONTROLLED'
  /** Libertad vigilada */
  | 'MONITORED_FREEDOM'
  /** Libertad regulada */
  | 'REGULATED_FREEDOM';

export type Query = {
  __typename?: 'Query';
  /** Audit trail (pista de auditoría) of the caller's secretariat, newest last. */
  auditTrail: AuditEntryConnection;
  /** One school by DANE code (código DANE). */
  school: School;
  /** Schools (EE) the caller may see, by DANE code: its secretariat's, its own school for a SCHOOL user, all for the Ministry. */
  schools: SchoolConnection;
  /** One secretariat by code. */
  secretariat: Secretariat;
  /** Secretariats the caller may see: its own, or every one for the Ministry and administrators. */
  secretariats: SecretariatConnection;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  secretariat?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySchoolArgs = {
  daneCode: Scalars['String']['input'];
};


export type QuerySchoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  municipality?: InputMaybe<Scalars['String']['input']>;
  regime?: InputMaybe<PrivateSchoolRegime>;
  search?: InputMaybe<Scalars['String']['input']>;
  secretariat?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<SchoolSector>;
  zone?: InputMaybe<SchoolZone>;
};


export type QuerySecretariatArgs = {
  code: Scalars['String']['input'];
};


export type QuerySecretariatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
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

/** School (Establecimiento Educativo, EE) of a secretariat, keyed by its DANE code. */
export type School = {
  __typename?: 'School';
  /** False when the school has closed; kept for history. */
  active: Scalars['Boolean']['output'];
  /** When it entered the registry. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** DANE code (código DANE): 12 digits; the institution's code is its main sede's code. */
  daneCode: Scalars['String']['output'];
  /** Internal id. */
  id: Scalars['ID']['output'];
  /** Municipality (municipio). */
  municipality: Scalars['String']['output'];
  /** DIVIPOLA code of the municipality (5 digits). */
  municipalityCode?: Maybe<Scalars['String']['output']>;
  /** Name (nombre del establecimiento). */
  name: Scalars['String']['output'];
  /** Regime (régimen) of a non-official school; null for official schools or when not yet known. */
  regime?: Maybe<PrivateSchoolRegime>;
  /** The secretariat (Secretaría de Educación) of the school. */
  secretariat: Secretariat;
  /** Code of the secretariat (Secretaría de Educación) whose jurisdiction it is in. */
  secretariatCode: Scalars['String']['output'];
  /** Sector: official or non-official. */
  sector: SchoolSector;
  /** Last change in the registry. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Zone: urban or rural. */
  zone: SchoolZone;
};

/** A page of schools (establecimientos educativos). */
export type SchoolConnection = {
  __typename?: 'SchoolConnection';
  /** Items of this page. */
  edges: Array<SchoolEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a School connection. */
export type SchoolEdge = {
  __typename?: 'SchoolEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: School;
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

/** Education secretariat (Secretaría de Educación, SE) of a certified territorial entity (Entidad Territorial Certificada, ETC): the tenant every record belongs to. */
export type Secretariat = {
  __typename?: 'Secretariat';
  /** Code of the ETC (e.g. its DIVIPOLA code, 05001 for Medellín); also the tenant claim in tokens. */
  code: Scalars['String']['output'];
  /** When it was registered in the hub. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Department (departamento). */
  department?: Maybe<Scalars['String']['output']>;
  /** Name (nombre de la Secretaría de Educación). */
  name: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of secretariats. */
export type SecretariatConnection = {
  __typename?: 'SecretariatConnection';
  /** Items of this page. */
  edges: Array<SecretariatEdge>;
  /** Where this page stands. */
  pageInfo: PageInfo;
  /** Number of items matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a Secretariat connection. */
export type SecretariatEdge = {
  __typename?: 'SecretariatEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Secretariat;
};

/** Changes to a school; omitted fields stay as they are. The DANE code never changes. */
export type UpdateSchoolInput = {
  /** False when the school closes. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Municipality. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** DIVIPOLA municipality code. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Regime; only for non-official schools. */
  regime?: InputMaybe<PrivateSchoolRegime>;
  /** Sector. */
  sector?: InputMaybe<SchoolSector>;
  /** Zone. */
  zone?: InputMaybe<SchoolZone>;
};

/** Changes to a secretariat; omitted fields stay as they are. */
export type UpdateSecretariatInput = {
  /** Department (departamento). */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

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
export const SchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSector"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolZone"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regime"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrivateSchoolRegime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"zone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zone"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"regime"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regime"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretariat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretariat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretariatCode"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"daneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"daneCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daneCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const SecretariatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SecretariatsQuery, SecretariatsQueryVariables>;
export const SecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Secretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SecretariatQuery, SecretariatQueryVariables>;
export const CreateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<CreateSecretariatMutation, CreateSecretariatMutationVariables>;
export const UpdateSecretariatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSecretariat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecretariatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecretariat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<UpdateSecretariatMutation, UpdateSecretariatMutationVariables>;