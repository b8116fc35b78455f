import { registerEnumType } from 'type-graphql';

export enum SupportRequestChannel {
  DIRECT = 'DIRECT',
  CITIZEN_SERVICE = 'CITIZEN_SERVICE',
}
registerEnumType(SupportRequestChannel, {
  name: 'SupportRequestChannel',
  description: 'How a support request reached the secretariat (canal).',
  valuesConfig: {
    DIRECT: { description: 'Directly from the school (establecimiento educativo)' },
    CITIZEN_SERVICE: { description: 'Through Atención al Ciudadano, on behalf of the school' },
  },
});

export enum SupportRequestStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ATTENDED = 'ATTENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(SupportRequestStatus, {
  name: 'SupportRequestStatus',
  description: 'State of a support request (estado de la solicitud).',
  valuesConfig: {
    OPEN: { description: 'Abierta: registered, not yet handled' },
    IN_PROGRESS: { description: 'En trámite: the secretariat is handling it' },
    ATTENDED: { description: 'Atendida: the support was given' },
    CLOSED: { description: 'Cerrada: finished (after attention, or without it, e.g. duplicate or out of scope)' },
  },
});

/** Allowed status changes; CLOSED is final. */
export const SUPPORT_REQUEST_TRANSITIONS: Record<SupportRequestStatus, SupportRequestStatus[]> = {
  OPEN: [SupportRequestStatus.IN_PROGRESS, SupportRequestStatus.ATTENDED, SupportRequestStatus.CLOSED],
  IN_PROGRESS: [SupportRequestStatus.ATTENDED, SupportRequestStatus.CLOSED],
  ATTENDED: [SupportRequestStatus.CLOSED],
  CLOSED: [],
};
