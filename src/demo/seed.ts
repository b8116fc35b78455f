import type { Runtime } from '../context';
import { systemContext } from '../context';
import { Role } from '../common/auth/roles';
import { Secretariat } from '../modules/secretariats/secretariat.entity';
import { createSecretariat } from '../modules/secretariats/secretariat.service';
import { createSchool } from '../modules/schools/school.service';
import { PrivateSchoolRegime, SchoolSector, SchoolZone } from '../modules/schools/school.enums';
import { loadDemoInputs } from './inputs';
import { loadPlansDemo } from './plans';
import { loadActivitiesDemo } from './activities';
import { loadFollowUpsDemo } from './follow-ups';

/** The demo jurisdiction (a fictitious set of schools in Medellín's ETC); its code is what demo tokens use. */
export const DEMO_SECRETARIAT = '05001';

const { OFFICIAL, NON_OFFICIAL } = SchoolSector;
const { URBAN, RURAL } = SchoolZone;
const { REGULATED_FREEDOM, MONITORED_FREEDOM, CONTROLLED } = PrivateSchoolRegime;

// DANE codes follow the usual pattern: first digit 1 official urban, 2 official rural, 3 non-official urban, 4 non-official rural.
export const DEMO_SCHOOLS = [
  ['105001000011', 'Institución Educativa La Esperanza', OFFICIAL, URBAN, null],
  ['105001000029', 'Institución Educativa San Javier del Valle', OFFICIAL, URBAN, null],
  ['105001000037', 'Institución Educativa Débora Arango Pérez', OFFICIAL, URBAN, null],
  ['105001000045', 'Institución Educativa Manuel Uribe Ángel', OFFICIAL, URBAN, null],
  ['205001000019', 'Institución Educativa Rural Santa Elena', OFFICIAL, RURAL, null],
  ['205001000027', 'Institución Educativa Rural Palmitas', OFFICIAL, RURAL, null],
  ['205001000035', 'Centro Educativo Rural San Cristóbal', OFFICIAL, RURAL, null],
  ['305001000012', 'Colegio Los Andes', NON_OFFICIAL, URBAN, REGULATED_FREEDOM],
  ['305001000021', 'Colegio San Marcos', NON_OFFICIAL, URBAN, MONITORED_FREEDOM],
  ['305001000039', 'Gimnasio El Poblado', NON_OFFICIAL, URBAN, CONTROLLED],
  ['405001000011', 'Colegio Campestre Altavista', NON_OFFICIAL, RURAL, REGULATED_FREEDOM],
  ['405001000029', 'Liceo Rural La Loma', NON_OFFICIAL, RURAL, CONTROLLED],
] as const;

/** What the demo holds beyond the registry, in order: inputs from every source, PMIs and requests, then needs and a strategy. */
export type DemoStep = (runtime: Runtime) => Promise<void>;
export const demoSteps: DemoStep[] = [loadDemoInputs, loadPlansDemo, loadActivitiesDemo, loadFollowUpsDemo];

/** Loads the demo jurisdiction through the same services as real clients, only when the database is empty. */
export async function loadDemoData(runtime: Runtime): Promise<boolean> {
  if ((await runtime.db.getRepository(Secretariat).count()) > 0) return false;
  const ctx = systemContext(runtime, { subject: 'system:demo-data', role: Role.ADMIN });
  await createSecretariat(ctx, { code: DEMO_SECRETARIAT, name: 'Secretaría de Educación de Medellín (demo)', department: 'Antioquia' });
  for (const [daneCode, name, sector, zone, regime] of DEMO_SCHOOLS) {
    await createSchool(ctx, {
      daneCode,
      name,
      sector,
      zone,
      regime,
      secretariat: DEMO_SECRETARIAT,
      municipality: 'Medellín',
      municipalityCode: '05001',
    });
  }
  for (const step of demoSteps) await step(runtime);
  return true;
}

