import { registerEnumType } from 'type-graphql';

/**
 * Every event type the hub publishes. The GraphQL enum name is the key; the stored type is the dotted value.
 * Later modules add their types here with a description of the payload.
 */
export enum EventType {
  SCHOOL_REGISTERED = 'school.registered',
  SCHOOL_UPDATED = 'school.updated',
}

export const EVENT_DESCRIPTIONS: Record<EventType, string> = {
  [EventType.SCHOOL_REGISTERED]: 'A school (EE) was added to the registry. Payload: { daneCode, name, sector, zone }.',
  [EventType.SCHOOL_UPDATED]: 'A school (EE) changed in the registry. Payload: { daneCode, changed: [field] }.',
};

registerEnumType(EventType, {
  name: 'EventType',
  description: 'Type of a hub event (evento); the stored type is the dotted name, e.g. school.registered.',
  valuesConfig: Object.fromEntries(
    Object.entries(EventType).map(([k, v]) => [k, { description: `\`${v}\`: ${EVENT_DESCRIPTIONS[v]}` }]),
  ),
});
