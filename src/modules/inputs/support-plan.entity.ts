import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InboundRecord } from './inbound-record';

/**
 * D02.01: an action of the secretariat's PAM (Plan de Apoyo al Mejoramiento). Its id is stable across updates:
 * strategy activities (activity 4) link to it.
 */
@Entity({ name: 'support_plan_action_all' })
@Index('uq_support_plan_action_key', ['secretariatCode', 'period', 'code'], { unique: true })
@ObjectType({ description: 'Action (acción) of the secretariat’s PAM (Plan de Apoyo al Mejoramiento, D02.01).' })
export class SupportPlanAction extends InboundRecord {
  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Period (vigencia) of the PAM, e.g. 2026.' })
  period: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Code of the PAM line (línea estratégica) the action belongs to.' })
  lineCode: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name of the PAM line (línea estratégica).' })
  lineName: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Action code, unique in the PAM of the period.' })
  code: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Action name (nombre de la acción).' })
  name: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Start date (YYYY-MM-DD).' })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'End date (YYYY-MM-DD).' })
  endDate: string | null;

  @Field(() => [SupportPlanIndicator], { description: 'Indicators (indicadores) of the action.' })
  indicators?: SupportPlanIndicator[];

  @Field(() => [SupportPlanTask], { description: 'Tasks (tareas) of the action.' })
  tasks?: SupportPlanTask[];
}

@Entity()
@Index('uq_support_plan_indicator_key', ['actionId', 'position'], { unique: true })
@ObjectType({ description: 'Indicator (indicador) of a PAM action: baseline and target.' })
export class SupportPlanIndicator {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id (replaced when the action is updated).' })
  id: string;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => SupportPlanAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_support_plan_indicator_action' })
  action?: SupportPlanAction;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order within the action.' })
  position: number;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name (nombre del indicador).' })
  name: string;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Baseline (línea base).' })
  baseline: number | null;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Target (meta).' })
  target: number;

  @Column({ type: 'varchar' })
  @Field({ description: 'Unit (unidad de medida), e.g. "%" or "establecimientos".' })
  unit: string;
}

@Entity()
@Index('uq_support_plan_task_key', ['actionId', 'position'], { unique: true })
@ObjectType({ description: 'Task (tarea) of a PAM action.' })
export class SupportPlanTask {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id (replaced when the action is updated).' })
  id: string;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne(() => SupportPlanAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id', foreignKeyConstraintName: 'fk_support_plan_task_action' })
  action?: SupportPlanAction;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order within the action.' })
  position: number;

  @Column({ type: 'varchar' })
  @Field({ description: 'Description (descripción de la tarea).' })
  description: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Responsible (responsable).' })
  responsible: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Due date (fecha límite), YYYY-MM-DD.' })
  dueDate: string | null;
}

/** The PAM of a period, assembled from its actions grouped by line (not stored as such). */
@ObjectType({ description: 'Line (línea) of the PAM with its actions.' })
export class SupportPlanLine {
  @Field({ description: 'Line code.' })
  code: string;

  @Field({ description: 'Line name (línea estratégica).' })
  name: string;

  @Field(() => [SupportPlanAction], { description: 'Actions of the line, by code.' })
  actions: SupportPlanAction[];
}

@ObjectType({ description: 'The secretariat’s PAM (Plan de Apoyo al Mejoramiento) for a period, as received from D02.01.' })
export class SupportPlan {
  @Field({ description: 'Secretariat (Secretaría de Educación).' })
  secretariatCode: string;

  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field(() => Int, { description: 'Number of actions.' })
  actionCount: number;

  @Field(() => [SupportPlanLine], { description: 'Lines with their actions, by line code.' })
  lines: SupportPlanLine[];
}
