import type { JsonType } from '../../common/json-read';
import { Secretariat } from '../secretariats/secretariat.entity';
import { School } from './school.entity';

/** JSON reads (src/common/json-read.ts) of schools and their secretariat. */
export const SECRETARIAT_JSON: JsonType = { name: 'Secretariat', entity: Secretariat, relations: {} };

export const SCHOOL_JSON: JsonType = {
  name: 'School',
  entity: School,
  relations: {
    // Read by SchoolResolver.secretariat (a loader) on the plain path; passed through when pre-read (preReadResolvers).
    secretariat: { type: () => SECRETARIAT_JSON, list: false, unique: true, from: (t, c) => `secretariat ${c} WHERE ${c}.code = ${t}.secretariat_code` },
  },
};
