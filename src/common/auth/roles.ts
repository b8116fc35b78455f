import { registerEnumType } from 'type-graphql';

/** Roles of the domain brief (section 2). */
export enum Role {
  QUALITY_LEADER = 'QUALITY_LEADER',
  IMPROVEMENT_PROFESSIONAL = 'IMPROVEMENT_PROFESSIONAL',
  QUALITY_STAFF = 'QUALITY_STAFF',
  SCHOOL = 'SCHOOL',
  CITIZEN_SERVICE = 'CITIZEN_SERVICE',
  SUBPROCESS = 'SUBPROCESS',
  MINISTRY = 'MINISTRY',
  INSPECTION = 'INSPECTION',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Caller role (rol), from the domain brief.',
  valuesConfig: {
    QUALITY_LEADER: { description: 'Líder de calidad educativa' },
    IMPROVEMENT_PROFESSIONAL: { description: 'Profesional de mejoramiento' },
    QUALITY_STAFF: { description: 'Funcionario / técnico de calidad' },
    SCHOOL: { description: "A school's own user (Establecimiento Educativo); sees only its school" },
    CITIZEN_SERVICE: { description: 'Atención al Ciudadano' },
    SUBPROCESS: { description: 'A sibling system, limited by its scopes (e.g. ingest:D01.03, read:E02.01)' },
    MINISTRY: { description: 'Ministerio de Educación Nacional (MEN): reads every secretariat, writes nothing' },
    INSPECTION: { description: 'Inspección y vigilancia (F01.03) of its secretariat' },
    ADMIN: { description: "Hub operator: secretariats, school registry; does not act in a secretariat's workflow" },
  },
});

/** Roles that work inside one secretariat's D02.03 workflow. */
export const SECRETARIAT_STAFF = [Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL, Role.QUALITY_STAFF] as const;
/** Roles not bound to a secretariat. */
export const NATIONAL_ROLES: readonly Role[] = [Role.MINISTRY, Role.ADMIN];

/**
 * Rule "a draft is the secretariat staff's work" (borrador): the draft of a report — the consolidated report of
 * activity 9, the F01.03.F01 of activity 10 — is read by the secretariat staff (and ADMIN) only. Inspection (F01.03),
 * the Ministry, schools and sibling systems read what is published or signed; a draft answers them NOT_FOUND, as a
 * missing one.
 */
export const DRAFT_READERS: readonly Role[] = [...SECRETARIAT_STAFF, Role.ADMIN];
export const readsDrafts = (role: Role): boolean => DRAFT_READERS.includes(role);

/** `@Authorized` accepts roles and scopes alike; a scope is written `scope:<name>`. */
export const scope = (name: string) => `scope:${name}`;
