import type { TestHub } from './hub';
import { createSecretariat as saveSecretariat } from '../../src/modules/secretariats/secretariat.service';
import { createSchool as saveSchool } from '../../src/modules/schools/school.service';
import type { CreateSchoolInput } from '../../src/modules/schools/school.inputs';
import type { CreateSecretariatInput } from '../../src/modules/secretariats/secretariat.inputs';
import { SchoolSector, SchoolZone } from '../../src/modules/schools/school.enums';

let seq = 0;
const next = () => ++seq;

/** A unique, valid 12-digit DANE code. */
export const newDaneCode = (prefix = '1') => `${prefix}${String(process.pid % 100000).padStart(5, '0')}${String(next()).padStart(6, '0')}`;

/** newX builds attributes with sensible defaults; createX saves them through the real service. */
export const newSecretariat = (attrs: Partial<CreateSecretariatInput> = {}): CreateSecretariatInput => ({
  code: `T${String(process.pid % 1000).padStart(3, '0')}${String(next()).padStart(4, '0')}`,
  name: `Secretaría de Educación de prueba ${seq}`,
  department: 'Antioquia',
  ...attrs,
});

export const createSecretariat = (hub: TestHub, attrs: Partial<CreateSecretariatInput> = {}) =>
  saveSecretariat(hub.system(), newSecretariat(attrs));

export const newSchool = (secretariat: string, attrs: Partial<CreateSchoolInput> = {}): CreateSchoolInput => ({
  daneCode: newDaneCode(),
  secretariat,
  name: `Institución Educativa de prueba ${seq}`,
  sector: SchoolSector.OFFICIAL,
  zone: SchoolZone.URBAN,
  municipality: 'Medellín',
  municipalityCode: '05001',
  regime: null,
  ...attrs,
});

export const createSchool = (hub: TestHub, secretariat: string, attrs: Partial<CreateSchoolInput> = {}) =>
  saveSchool(hub.system(), newSchool(secretariat, attrs));

/** Two secretariats with a few schools each: the usual fixture for tenancy checks. */
export async function createTwoTenants(hub: TestHub, schoolsEach = 2) {
  const a = await createSecretariat(hub);
  const b = await createSecretariat(hub);
  const schoolsA = [];
  const schoolsB = [];
  for (let i = 0; i < schoolsEach; i++) {
    schoolsA.push(await createSchool(hub, a.code));
    schoolsB.push(await createSchool(hub, b.code));
  }
  return { a, b, schoolsA, schoolsB };
}
