import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActivityStatus, AssistanceModality } from './strategy.enums';

@ObjectType({ description: 'Task (tarea) of an assistance activity.' })
export class ActivityTask {
  @Field({ description: 'What is to be done.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Due date (YYYY-MM-DD).' })
  dueOn: string | null;

  @Field({ description: 'Done (realizada).' })
  done: boolean;
}

@Entity()
@Index(['strategyId', 'startsOn'])
@ObjectType({
  description:
    'Programmed technical assistance (asistencia técnica programada): schools, modality, date window, responsible, method, resources, PAM action and tasks.',
})
export class AssistanceActivity {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The strategy.' })
  strategyId: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Title (nombre de la actividad).' })
  title: string;

  @Column({ type: 'varchar' })
  @Field(() => AssistanceModality, { description: 'Modality (modalidad).' })
  modality: AssistanceModality;

  @Column({ type: 'varchar' })
  @Field({ description: 'Method (metodología), e.g. visita in situ, taller, mesa de trabajo virtual.' })
  method: string;

  @Column({ type: 'char', length: 12, array: true })
  @Field(() => [String], { description: 'DANE codes of the schools (EE) it serves, ascending (a school sees only its own).' })
  schoolDanes: string[];

  @Column({ type: 'date' })
  @Field({ description: 'First day of the date window (YYYY-MM-DD).' })
  startsOn: string;

  @Column({ type: 'date' })
  @Field({ description: 'Last day of the date window (YYYY-MM-DD).' })
  endsOn: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Responsible staff member (responsable), by name or user id.' })
  responsible: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Resources (recursos).' })
  resources: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [ActivityTask], { description: 'Tasks (tareas).' })
  tasks: ActivityTask[];

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'PAM action (acción del Plan de Apoyo al Mejoramiento) it is part of.' })
  supportPlanActionId: string | null;

  @Column({ type: 'varchar', default: ActivityStatus.PROGRAMMED })
  @Field(() => ActivityStatus, { description: 'State.' })
  status: ActivityStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Created.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}
