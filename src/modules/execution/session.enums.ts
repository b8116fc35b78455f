import { registerEnumType } from 'type-graphql';

/** State of an assistance session (domain brief §8). */
export enum SessionStatus {
  PROGRAMMED = 'PROGRAMMED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  RESCHEDULED = 'RESCHEDULED',
}
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'State of an assistance session (estado de la sesión de asistencia técnica).',
  valuesConfig: {
    PROGRAMMED: { description: 'Programada' },
    HELD: { description: 'Realizada: heldOn, attendees, topics and agreements recorded' },
    CANCELLED: { description: 'Cancelada, with its reason (motivo)' },
    RESCHEDULED: { description: 'Reprogramada: new date (rescheduledTo) and reason' },
  },
});

export enum SessionMode {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
}
registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: 'How a session is held (modalidad de la sesión).',
  valuesConfig: { IN_PERSON: { description: 'Presencial' }, VIRTUAL: { description: 'Virtual' } },
});

export const SESSION_STATUS_ES: Record<SessionStatus, string> = {
  PROGRAMMED: 'Programada',
  HELD: 'Realizada',
  CANCELLED: 'Cancelada',
  RESCHEDULED: 'Reprogramada',
};
export const SESSION_MODE_ES: Record<SessionMode, string> = { IN_PERSON: 'Presencial', VIRTUAL: 'Virtual' };
