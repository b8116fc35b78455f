import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { Role } from '../../common/auth/roles';
import { SupportRequestChannel, SupportRequestStatus } from './support-request.enums';

@Entity()
@Index('IDX_support_request_secretariat_status', ['secretariatCode', 'status', 'area'])
@Index('IDX_support_request_school', ['schoolDane'])
@ObjectType({ description: 'Support request (solicitud de apoyo) from a school, directly or through Atención al Ciudadano.' })
export class SupportRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat (Secretaría de Educación) the request is addressed to.' })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (establecimiento educativo) asking for support.' })
  schoolDane: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject (asunto).' })
  subject: string;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión) the support is about.' })
  area: ManagementArea;

  @Column({ type: 'text' })
  @Field({ description: 'Description of what the school needs (descripción).' })
  description: string;

  @Column({ type: 'varchar' })
  @Field(() => SupportRequestChannel, { description: 'Channel (canal): direct or via Atención al Ciudadano.' })
  channel: SupportRequestChannel;

  @Column({ type: 'varchar' })
  @Field(() => SupportRequestStatus, { description: 'State (estado).' })
  status: SupportRequestStatus;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject of the user who registered it (solicitante en el sistema).' })
  requester: string;

  @Column({ type: 'varchar' })
  @Field(() => Role, { description: 'Role of that user: SCHOOL or CITIZEN_SERVICE.' })
  requesterRole: Role;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the person who asked (nombre del solicitante), e.g. the rector.' })
  requesterName: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact (correo o teléfono) for the answer.' })
  contact: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Filing number in the citizen-service system (radicado), if any.' })
  filingNumber: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was registered (fecha de la solicitud).' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}

@Entity()
@Index('IDX_support_request_update_request', ['requestId', 'at'])
@ObjectType({ description: 'A status change of a support request with the staff member’s note (seguimiento de la solicitud).' })
export class SupportRequestUpdate {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => SupportRequestStatus, { nullable: true, description: 'State before; null for the registration.' })
  fromStatus: SupportRequestStatus | null;

  @Column({ type: 'varchar' })
  @Field(() => SupportRequestStatus, { description: 'State after.' })
  toStatus: SupportRequestStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Note (observación / respuesta).' })
  note: string | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject of the user who made the change.' })
  actor: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'When.' })
  at: Date;
}
