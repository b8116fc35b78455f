import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Provenance shared by every record that arrives from a source subprocess: which source, under which external id,
 * sent by which client, when, and the source's own timestamp (the version used to refuse stale data).
 */
@ObjectType()
export abstract class InboundRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable internal id (kept across updates of the same natural key).' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat (Secretaría de Educación) the record belongs to.' })
  secretariatCode: string;

  @Column({ type: 'varchar', length: 8 })
  @Field({ description: 'Source subprocess code (subproceso fuente), e.g. D01.03.' })
  source: string;

  @Column({ type: 'varchar' })
  @Field({ description: "The record's id in the source system (identificador externo)." })
  externalId: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Client application (or subject) that sent the current version.' })
  client: string;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the hub received the current version.' })
  receivedAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, {
    description: "The source's own timestamp of the current version; an older one is refused as stale.",
  })
  sourceTimestamp: Date;

  /** md5 of the item's content: an identical item is UNCHANGED and writes nothing. */
  @Column({ type: 'char', length: 32 })
  contentHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the source withdrew the record (retirado): a tombstone, kept for audits; null while it stands.',
  })
  retractedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Client application (or subject) that retracted it (retirado por).' })
  retractedBy: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the source withdrew it (motivo del retiro).' })
  retractionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "The source's timestamp of the retraction; only a version newer than this brings the record back.",
  })
  retractionSourceTimestamp: Date | null;

  /** Transaction that last wrote the row (pg_current_xact_id() as bigint): first half of the change feed position. */
  @Column({ type: 'bigint', default: () => 'event_tx_id()' })
  changeTx: string;

  @Field({
    description:
      'Position of this version in the change feed (posición en el registro de cambios): pass the last one seen as `changedSince` to receive what changed after it.',
  })
  get changeCursor(): string {
    return `${this.changeTx}:${this.id}`;
  }
}

/** An inbound record about one school (PEI, education model, curriculum, control finding, regime). */
@ObjectType()
export abstract class SchoolInboundRecord extends InboundRecord {
  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;
}
