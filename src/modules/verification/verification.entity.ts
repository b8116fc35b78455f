import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NonconformityStatus, QualityActionKind, QualityActionStatus } from './verification.enums';
import { SecretariatRecord } from '../../common/secretariat-record';

@Entity()
@ObjectType({
  description:
    'Compliance verification of an assistance activity (verificación del cumplimiento de la asistencia técnica, activity 8), requirement by requirement.',
})
export class Verification extends SecretariatRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The strategy of the activity.' })
  strategyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The assistance activity verified.' })
  activityId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  verifiedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Quality leader (líder de calidad) who verified.' })
  verifiedBy: string;

  @Column({ type: 'boolean' })
  @Field({ description: 'True when every requirement was met (cumple).' })
  passed: boolean;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Notes (observaciones).' })
  notes: string;
}

@Entity()
@ObjectType({ description: 'Result of one requirement in a verification (cumple / no cumple, with evidence).' })
export class VerificationResult {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  verificationId: string;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order (1-based).' })
  position: number;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Requirement code (ficha técnica N01.05.F01).' })
  requirementCode: string;

  @Column({ type: 'text' })
  @Field({ description: 'Requirement text as it stood when verified.' })
  requirementText: string;

  @Column({ type: 'boolean' })
  @Field({ description: 'Met (cumple).' })
  met: boolean;

  @Column({ type: 'text' })
  @Field({ description: 'Evidence (evidencia) seen.' })
  evidence: string;
}

@Entity()
@ObjectType({
  description:
    'Nonconformity (producto o servicio no conforme, N01.04): an unmet requirement of an assistance activity. It belongs to the secretariat\'s service, not to the school, and closes only when a later verification finds the requirement met.',
})
export class Nonconformity extends SecretariatRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The assistance activity.' })
  activityId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The verification that raised it.' })
  verificationId: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'The unmet requirement (code in the ficha técnica).' })
  requirementCode: string;

  @Column({ type: 'text' })
  @Field({ description: 'What was found (descripción de la no conformidad).' })
  description: string;

  @Column({ type: 'varchar', default: NonconformityStatus.OPEN })
  @Field(() => NonconformityStatus, { description: 'OPEN until a passing re-verification, then CLOSED.' })
  status: NonconformityStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When it was raised.' })
  raisedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who raised it.' })
  raisedBy: string;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The re-verification that found the requirement met and closed it.' })
  closedByVerificationId: string | null;
}

@Entity()
@ObjectType({
  description:
    'Corrective or preventive action (acción correctiva o preventiva, N01.02) planned for a nonconformity, with owner and due date.',
})
export class QualityAction extends SecretariatRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The nonconformity.' })
  nonconformityId: string;

  @Column({ type: 'varchar' })
  @Field(() => QualityActionKind, { description: 'CORRECTIVE (correctiva) or PREVENTIVE (preventiva).' })
  kind: QualityActionKind;

  @Column({ type: 'text' })
  @Field({ description: 'What is to be done.' })
  description: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Owner (responsable).' })
  owner: string;

  @Column({ type: 'date' })
  @Field({ description: 'Due date (fecha límite, YYYY-MM-DD).' })
  dueOn: string;

  @Column({ type: 'varchar', default: QualityActionStatus.OPEN })
  @Field(() => QualityActionStatus, { description: 'OPEN or DONE.' })
  status: QualityActionStatus;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Date it was done (YYYY-MM-DD).' })
  doneOn: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'How it was done (evidence of execution).' })
  doneNotes: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'Created.' })
  createdAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who planned it.' })
  createdBy: string;
}
