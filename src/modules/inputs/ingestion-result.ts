import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What a batch of a source subprocess answers, item by item (GraphQL `IngestionResult`). */

export enum ItemStatus {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
  REJECTED = 'REJECTED',
}
registerEnumType(ItemStatus, {
  name: 'IngestionStatus',
  description: 'What happened to one item of an inbound batch.',
  valuesConfig: {
    CREATED: { description: 'New record stored (creado).' },
    UPDATED: { description: 'Existing record changed (actualizado).' },
    UNCHANGED: { description: 'Identical to what is stored: nothing written (sin cambios).' },
    REJECTED: { description: 'Refused (rechazado): see code, field, message and violations; nothing of it was written.' },
  },
});

@ObjectType({ description: 'One problem of a rejected inbound item or retraction (infracción): its code, the field at fault and why.' })
export class IngestionViolation {
  @Field(() => String, {
    description: 'Error code of this problem: BAD_USER_INPUT, NOT_FOUND (unknown school, catalogue version or component) or CONFLICT (an id twice within the item).',
  })
  code: string;

  @Field({ description: 'Field at fault, as a path from the argument, e.g. input.items.3.sourceTimestamp.' })
  field: string;

  @Field({ description: 'Why.' })
  message: string;
}

@ObjectType({ description: 'Result of one item of an inbound batch.' })
export class IngestionItemResult {
  @Field(() => Int, { description: 'Position of the item in `items` (0-based).' })
  index: number;

  @Field(() => String, { nullable: true, description: 'Natural key of the record (e.g. DANE:year:component), when it could be read.' })
  key: string | null;

  @Field(() => ItemStatus, { description: 'Created, updated, unchanged or rejected.' })
  status: ItemStatus;

  @Field(() => String, { nullable: true, description: 'Id of the stored record (created, updated or unchanged).' })
  id: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Error code of a rejected item: BAD_USER_INPUT, NOT_FOUND (unknown school or catalogue entry), STALE, CONFLICT (duplicate in the batch).',
  })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Field at fault, as a path from the argument, e.g. input.items.3.score.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'Why the item was rejected.' })
  message: string | null;

  @Field(() => [IngestionViolation], {
    nullable: true,
    description:
      'Every problem found in a rejected item (BAD_USER_INPUT, NOT_FOUND, or CONFLICT for an id twice within it), in the order checked, the first being code, field and message; null otherwise (stored, or STALE or CONFLICT with another item: one problem by nature). Every check that does not need another to pass is made, so an unknown school, a score out of range, a bad date and an unknown catalogue code are all listed. Left unchecked while the check they need fails: the component (catalogue version unknown), whether the school may have a regime (school unknown), a Saber result twice (grade or subject invalid), its four levels adding up to 100 (a level missing or not a percent), endDate before startDate (a date invalid), a finding action twice (its id invalid); and STALE and a duplicate in the batch, which need a valid item.',
  })
  violations?: IngestionViolation[] | null;
}

@ObjectType({ description: 'Outcome of an inbound batch (lote) from a source subprocess.' })
export class IngestionResult {
  @Field({ description: 'Source subprocess code, e.g. D01.03.' })
  source: string;

  @Field({ description: 'Secretariat (Secretaría de Educación) the batch was loaded into.' })
  secretariatCode: string;

  @Field(() => Int, { description: 'Items received.' })
  received: number;

  @Field(() => Int, { description: 'Items stored as new records.' })
  created: number;

  @Field(() => Int, { description: 'Items that changed a stored record.' })
  updated: number;

  @Field(() => Int, { description: 'Items identical to the stored record.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused.' })
  rejected: number;

  @Field(() => [IngestionItemResult], { description: 'One result per item, in the order sent.' })
  items: IngestionItemResult[];
}
