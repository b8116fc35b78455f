import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { IndicatorFrequency, PlanActionStatus } from './improvement-plan.enums';

/** The parts of the current version of a PMI. Ids are stable across updates and versions when the client sends them back. */

@Entity({ name: 'improvement_plan_critical_factor' })
@Index('IDX_improvement_plan_critical_factor_plan', ['planId', 'position'])
@ObjectType({ description: 'Critical factor (factor crítico) of a PMI, prioritised by urgency + trend + impact (Guía 34).' })
export class PlanCriticalFactor {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión) it belongs to.' })
  area: ManagementArea;

  @Column({ type: 'text' })
  @Field({ description: 'Description of the critical factor (factor crítico / oportunidad de mejoramiento).' })
  description: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Urgency (urgencia), 1–5.' })
  urgency: number;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Trend (tendencia), 1–5: how much worse it gets if nothing is done.' })
  trend: number;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Impact (impacto), 1–5.' })
  impact: number;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Priority (priorización) = urgency + trend + impact (3–15), computed by the hub.' })
  priority: number;
}

@Entity({ name: 'improvement_plan_objective' })
@Index('IDX_improvement_plan_objective_plan', ['planId', 'position'])
@ObjectType({ description: 'Objective (objetivo) of a PMI.' })
export class PlanObjective {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  area: ManagementArea;

  @Column({ type: 'text' })
  @Field({ description: 'Objective (objetivo).' })
  description: string;
}

@Entity({ name: 'improvement_plan_goal' })
@Index('IDX_improvement_plan_goal_plan', ['planId', 'position'])
@ObjectType({ description: 'Goal (meta) of a PMI in one management area, with its indicators and actions.' })
export class PlanGoal {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The plan (PMI).' })
  planId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión) of the goal.' })
  area: ManagementArea;

  @Column({ type: 'text' })
  @Field({ description: 'Goal (meta).' })
  description: string;
}

/** Indicators and actions: the parts of a PMI goal that follow-ups (seguimiento) refer to by their stable id. */
@ObjectType()
abstract class TrackedPlanPart {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable id; follow-ups (seguimiento) refer to it.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The plan (PMI).' })
  planId: string;

  @Column({ type: 'int' })
  position: number;
}

@Entity({ name: 'improvement_plan_indicator' })
@Index('IDX_improvement_plan_indicator_goal', ['goalId', 'position'])
@Index('IDX_improvement_plan_indicator_plan', ['planId'])
@ObjectType({ description: 'Indicator (indicador) of a PMI goal: baseline, target, unit and frequency.' })
export class PlanIndicator extends TrackedPlanPart {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The goal (meta) it measures.' })
  goalId: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name of the indicator (nombre del indicador).' })
  name: string;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Baseline (línea base).' })
  baseline: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Target (meta del indicador) at the end of the period.' })
  target: number;

  @Column({ type: 'varchar' })
  @Field({ description: 'Unit (unidad de medida), e.g. "%", "estudiantes".' })
  unit: string;

  @Column({ type: 'varchar' })
  @Field(() => IndicatorFrequency, { description: 'Measuring frequency (periodicidad).' })
  frequency: IndicatorFrequency;
}

@Entity({ name: 'improvement_plan_action' })
@Index('IDX_improvement_plan_action_goal', ['goalId', 'position'])
@Index('IDX_improvement_plan_action_plan', ['planId'])
@Index('IDX_improvement_plan_action_inspection_ref', ['inspectionActionRef'])
@ObjectType({ description: 'Action or task (acción / actividad) of a PMI goal, with responsible, dates, resources and status.' })
export class PlanAction extends TrackedPlanPart {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The goal (meta) it serves.' })
  goalId: string;

  @Column({ type: 'text' })
  @Field({ description: 'What is to be done (acción / tarea).' })
  description: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Responsible person or team (responsable).' })
  responsible: string;

  @Column({ type: 'date' })
  @Field({ description: 'Start date (fecha de inicio), YYYY-MM-DD.' })
  startDate: string;

  @Column({ type: 'date' })
  @Field({ description: 'End date (fecha de terminación), YYYY-MM-DD.' })
  endDate: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Resources (recursos) it needs.' })
  resources: string | null;

  @Column({ type: 'varchar' })
  @Field(() => PlanActionStatus, { description: 'Progress (estado de la acción).' })
  status: PlanActionStatus;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'External id of the F01.03 corrective or preventive action (acción correctiva/preventiva de control del servicio) this action answers.',
  })
  inspectionActionRef: string | null;
}
