import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../../common/auth/roles';

@Entity()
@Index(['secretariatCode', 'id'])
@Index('IDX_audit_entry_tx', ['txId'])
@Index('IDX_audit_entry_secretariat_tx', ['secretariatCode', 'txId'])
@ObjectType({ description: 'One recorded change (pista de auditoría): who changed what, when, and how.' })
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID, { description: 'Monotonic id.' })
  id: string;

  /**
   * The writing transaction (pg_current_xact_id() as bigint, as `event.tx_id`): what the response cache asks to know
   * whether anything changed since a snapshot (src/http/response-cache.ts). Not exposed. NULL on rows older than the
   * column (migration AuditTransaction).
   */
  @Column({ type: 'bigint', nullable: true, default: () => 'event_tx_id()' })
  txId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the change was committed.' })
  at: Date;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Secretariat (Secretaría de Educación) the record belongs to.' })
  secretariatCode: string | null;

  @Column()
  @Field({ description: 'Subject of the token that made the change.' })
  subject: string;

  @Column({ type: 'varchar' })
  @Field(() => Role, { description: 'Role of the caller.' })
  role: Role;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Client application, when the token names one.' })
  client: string | null;

  @Column()
  @Field({ description: 'Request id, as in the logs.' })
  requestId: string;

  @Column()
  @Field({ description: 'GraphQL operation (mutation field) that made the change.' })
  operation: string;

  @Column()
  @Field({ description: 'Kind of record changed, e.g. School.' })
  entity: string;

  @Column()
  @Field({ description: 'Id or natural key of the record changed.' })
  entityId: string;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'The change: fields before and after.' })
  change: Record<string, unknown>;
}
