import { registerEnumType } from 'type-graphql';

/** The four management areas of Guía 34 (áreas de gestión); the 2026 update keeps four with new names. */
export enum ManagementArea {
  DIRECTIVE = 'DIRECTIVE',
  ACADEMIC = 'ACADEMIC',
  ADMINISTRATIVE_FINANCIAL = 'ADMINISTRATIVE_FINANCIAL',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(ManagementArea, {
  name: 'ManagementArea',
  description: 'Management area (área de gestión, Guía 34).',
  valuesConfig: {
    DIRECTIVE: { description: 'Gestión directiva (2026: directiva y estratégica)' },
    ACADEMIC: { description: 'Gestión académica (2026: académica y pedagógica)' },
    ADMINISTRATIVE_FINANCIAL: { description: 'Gestión administrativa y financiera' },
    COMMUNITY: { description: 'Gestión de la comunidad' },
  },
});
