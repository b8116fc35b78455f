import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EventType } from './catalogue';

/** The event log (outbox): the truth every subscriber and replay reads from. */
@Entity({ name: 'event' })
@Index('IDX_event_cursor', ['txId', 'id'])
@Index('IDX_event_secretariat_cursor', ['secretariatCode', 'txId', 'id'])
// Plain data fields: skip the per-field middleware pipeline, which dominates the cost of fanning out to many subscribers.
@ObjectType({ description: 'A durable hub event (evento), delivered to subscribers and replayable from its cursor.', simpleResolvers: true })
export class HubEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID, { description: 'Unique id of the event (useful to de-duplicate); not an ordering key: use `cursor`.' })
  id: string;

  /** Inserting transaction (pg_current_xact_id() as bigint, via SQL function event_tx_id()): first half of the cursor, see cursor.ts. */
  @Column({ type: 'bigint', default: () => 'event_tx_id()' })
  txId: string;

  @Field(() => ID, {
    description:
      'Position in the event log (`<transaction>:<id>`, opaque to clients). Events arrive in cursor order; pass the last cursor you processed as `after` to resume without gap or duplicate.',
  })
  get cursor(): string {
    return `${this.txId}:${this.id}`;
  }

  @Column({ type: 'varchar' })
  @Field(() => EventType, { description: 'What happened.' })
  type: EventType;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Secretariat (Secretaría de Educación) the event belongs to.' })
  secretariatCode: string | null;

  @Column()
  @Field({ description: 'Kind of record the event is about, e.g. School.' })
  entity: string;

  @Column()
  @Field({ description: 'Id or natural key of that record.' })
  entityId: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'DANE code of the school (EE) concerned, where there is one.' })
  schoolDane: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When the change happened: the start time of its transaction (not the commit time; order by cursor, not by this).' })
  occurredAt: Date;

  @Column()
  @Field({ description: 'Subject of the caller that caused the event.' })
  actor: string;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'Small payload; its shape per type is in EventType.' })
  payload: Record<string, unknown>;
}
