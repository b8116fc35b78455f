import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, Unique } from 'typeorm';
import { SessionMode, SessionStatus } from './session.enums';
import { SecretariatRecord } from '../../common/secretariat-record';

@ObjectType({ description: 'Who attended a session (asistentes): a role and how many; names only where the secretariat needs them.' })
export class SessionAttendee {
  @Field({ description: 'Role (rol), e.g. rector, coordinador, docente, padre de familia.' })
  role: string;

  @Field(() => Int, { description: 'How many people of that role attended.' })
  count: number;

  @Field(() => [String], { description: 'Names, when the record requires them (otherwise empty).' })
  names: string[];
}

@ObjectType({ description: 'An agreement (compromiso) of a session, with its responsible and due date.' })
export class SessionCommitment {
  @Field({ description: 'What was agreed.' })
  description: string;

  @Field({ description: 'Responsible (responsable).' })
  responsible: string;

  @Field(() => String, { nullable: true, description: 'Due date (fecha de cumplimiento), YYYY-MM-DD.' })
  dueOn: string | null;
}

/**
 * One recorded state of an assistance session with a school, against a programmed activity. Rows are never updated:
 * a change (held, cancelled, rescheduled) is a new row that `replaces` the previous one, so the chain is the history
 * and the current sessions are the rows nothing replaces.
 */
@Entity()
@Unique('uq_assistance_session_replaces', ['replacesId'])
@Index('IDX_assistance_session_strategy', ['strategyId', 'activityId', 'schoolDane'])
@Index('IDX_assistance_session_school', ['secretariatCode', 'schoolDane', 'createdAt'])
@ObjectType({
  description:
    'Technical assistance session (sesión de asistencia técnica) with a school against a programmed activity (activity 5): date, staff, attendees, topics, agreements, next steps and state.',
})
export class AssistanceSession extends SecretariatRecord {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The strategy (estrategia de asistencia técnica).' })
  strategyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The programmed activity (asistencia técnica programada).' })
  activityId: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (EE).' })
  schoolDane: string;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The earlier state of this session that this row replaces (history).' })
  replacesId: string | null;

  @Column({ type: 'varchar' })
  @Field(() => SessionStatus, { description: 'State (estado).' })
  status: SessionStatus;

  @Column({ type: 'varchar', default: SessionMode.IN_PERSON })
  @Field(() => SessionMode, { description: 'Presencial or virtual.' })
  mode: SessionMode;

  @Column({ type: 'date' })
  @Field({ description: 'Date it was programmed for (fecha programada), YYYY-MM-DD.' })
  scheduledOn: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Date it was held (fecha de realización), YYYY-MM-DD; set when HELD.' })
  heldOn: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'Staff who carried it out (funcionarios / equipo de acompañamiento).' })
  staff: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [SessionAttendee], { description: 'Attendees (asistentes) by role.' })
  attendees: SessionAttendee[];

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Topics (temas tratados).' })
  topics: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Agreements (acuerdos), as written in the minutes.' })
  agreements: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [SessionCommitment], { description: 'Agreements one by one (compromisos) with responsible and due date.' })
  commitments: SessionCommitment[];

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Next steps (próximos pasos).' })
  nextSteps: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason (motivo) of a cancellation or rescheduling.' })
  cancelReason: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'New date when RESCHEDULED (nueva fecha), YYYY-MM-DD.' })
  rescheduledTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When this state was recorded.' })
  createdAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who recorded it (subject).' })
  createdBy: string;
}
