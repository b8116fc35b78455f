import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InputKind } from './inputs.enums';
import { IngestionViolation } from './ingestion-result';

/** What a retraction batch answers, item by item (GraphQL `RetractionResult`). */

export enum RetractionStatus {
  RETRACTED = 'RETRACTED',
  UNCHANGED = 'UNCHANGED',
  NOT_FOUND = 'NOT_FOUND',
  STALE = 'STALE',
  REJECTED = 'REJECTED',
}
registerEnumType(RetractionStatus, {
  name: 'RetractionStatus',
  description: 'What happened to one item of a retraction batch (lote de retiros).',
  valuesConfig: {
    RETRACTED: { description: 'Retirado: the record is now a tombstone, left out of every read, signal and need.' },
    UNCHANGED: { description: 'Already retracted: nothing written (sin cambios).' },
    NOT_FOUND: { description: 'No record of this kind with this external id in the secretariat (code NOT_FOUND).' },
    STALE: { description: 'The stored version is newer than the retraction’s source timestamp (code STALE): nothing written.' },
    REJECTED: { description: 'Refused (rechazado): see code and field (BAD_USER_INPUT, CONFLICT for the same id twice).' },
  },
});

@ObjectType({ description: 'Result of one item of a retraction batch.' })
export class RetractionItemResult {
  @Field(() => Int, { description: 'Position of the item in `items` (0-based).' })
  index: number;

  @Field(() => String, { nullable: true, description: 'External id, when it could be read.' })
  externalId: string | null;

  @Field(() => RetractionStatus, { description: 'Retracted, unchanged, not found, stale or rejected.' })
  status: RetractionStatus;

  @Field(() => String, { nullable: true, description: 'Id of the record in the hub (retracted, unchanged or stale).' })
  id: string | null;

  @Field(() => String, { nullable: true, description: 'Error code when not retracted: NOT_FOUND, STALE, BAD_USER_INPUT, CONFLICT.' })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Field at fault, as a path from the argument, e.g. input.items.3.reason.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was not retracted.' })
  message: string | null;

  @Field(() => [IngestionViolation], {
    nullable: true,
    description:
      'Every problem of a REJECTED item (its text, externalId, reason and sourceTimestamp are checked independently), the first being code, field and message; null otherwise (and for CONFLICT: the same externalId as an earlier item, NOT_FOUND and STALE, one problem by nature).',
  })
  violations?: IngestionViolation[] | null;
}

@ObjectType({ description: 'Outcome of a retraction batch (lote de retiros) from a source subprocess.' })
export class RetractionResult {
  @Field({ description: 'Source subprocess code, e.g. F01.03.' })
  source: string;

  @Field(() => InputKind, { description: 'Kind of record.' })
  kind: InputKind;

  @Field({ description: 'Secretariat (Secretaría de Educación).' })
  secretariatCode: string;

  @Field(() => Int, { description: 'Items received.' })
  received: number;

  @Field(() => Int, { description: 'Records retracted now.' })
  retracted: number;

  @Field(() => Int, { description: 'Records already retracted.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused: not found, stale or rejected.' })
  rejected: number;

  @Field(() => [RetractionItemResult], { description: 'One result per item, in the order sent.' })
  items: RetractionItemResult[];
}
