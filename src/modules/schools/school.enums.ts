import { registerEnumType } from 'type-graphql';

export enum SchoolSector {
  OFFICIAL = 'OFFICIAL',
  NON_OFFICIAL = 'NON_OFFICIAL',
}
export enum SchoolZone {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
}
/** Regime of a non-official school (Ley 115, art. 202). */
export enum PrivateSchoolRegime {
  REGULATED_FREEDOM = 'REGULATED_FREEDOM',
  MONITORED_FREEDOM = 'MONITORED_FREEDOM',
  CONTROLLED = 'CONTROLLED',
}

registerEnumType(SchoolSector, {
  name: 'SchoolSector',
  description: 'Sector of a school (sector).',
  valuesConfig: { OFFICIAL: { description: 'Oficial' }, NON_OFFICIAL: { description: 'No oficial (privado)' } },
});
registerEnumType(SchoolZone, {
  name: 'SchoolZone',
  description: 'Zone (zona).',
  valuesConfig: { URBAN: { description: 'Urbana' }, RURAL: { description: 'Rural' } },
});
registerEnumType(PrivateSchoolRegime, {
  name: 'PrivateSchoolRegime',
  description: 'Regime of a non-official school (régimen, Ley 115 art. 202).',
  valuesConfig: {
    REGULATED_FREEDOM: { description: 'Libertad regulada' },
    MONITORED_FREEDOM: { description: 'Libertad vigilada' },
    CONTROLLED: { description: 'Régimen controlado: must present an improvement plan; mandatory accompaniment' },
  },
});
