import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ImplementationLevel, PlanPartKind, ProgressStatus } from './follow-up.enums';
import { SecretariatRecord } from '../../common/secretariat-record';

/**
 * PMI follow-ups (seguimiento de los PMI, activity 5). Every table is append-only: nothing is updated in place, and
 * the current state of an action or indicator is its latest row. Each row carries the tenant (secretariat, school)
 * and the plan.
 */

/** `numeric` comes back from pg as a string; the API speaks numbers. */
const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@ObjectType()
abstract class PlanFollowUpRow extends SecretariatRecord {
  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (EE).' })
  schoolDane: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The plan (PMI).' })
  planId: string;
}

/** A follow-up measured on a date against the PMI version in force (avance de una acción, medición de un indicador). */
@ObjectType()
abstract class MeasuredFollowUpRow extends PlanFollowUpRow {
  @Column({ type: 'int' })
  @Field(() => Int, { description: 'PMI version in force when recorded.' })
  planVersion: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Note (observación).' })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who recorded it (subject).' })
  recordedBy: string;
}

@Entity()
@Index('IDX_plan_action_progress_action', ['actionId', 'recordedAt'])
@Index('IDX_plan_action_progress_plan', ['planId', 'recordedAt'])
@ObjectType({ description: 'Progress of a PMI action (avance de la acción / tarea): state, percent and evidence, as recorded on a date.' })
export class PlanActionProgress extends MeasuredFollowUpRow {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The PMI action (acción) followed up.' })
  actionId: string;

  @Column({ type: 'varchar' })
  @Field(() => ProgressStatus, { description: 'State (estado).' })
  status: ProgressStatus;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Percent done (porcentaje de avance), 0–100.' })
  percent: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Evidence (evidencia): a document reference or link; required for DONE.' })
  evidence: string | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Role of who recorded it: SCHOOL or secretariat staff.' })
  recorderRole: string;
}

@Entity()
// (indicator, date DESC, recorded DESC) INCLUDE (value): written in its migration, which TypeORM's decorator cannot express.
@Index('IDX_indicator_measurement_latest', { synchronize: false })
@Index('IDX_indicator_measurement_plan', ['planId', 'recordedAt'])
@ObjectType({ description: 'Measurement of a PMI indicator (medición del indicador): value, date and source.' })
export class IndicatorMeasurement extends MeasuredFollowUpRow {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The PMI indicator (indicador) measured.' })
  indicatorId: string;

  @Column({ type: 'numeric', transformer: numeric })
  @Field(() => Float, { description: 'Measured value (valor), in the indicator’s unit.' })
  value: number;

  @Column({ type: 'date' })
  @Field({ description: 'Date of the measurement (fecha de medición), YYYY-MM-DD.' })
  measuredOn: string;

  @Column({ type: 'text' })
  @Field({ description: 'Source (fuente de verificación), e.g. SIMAT, actas, resultados Saber.' })
  source: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Role of who recorded it.' })
  recorderRole: string;
}

@Entity()
@Index('IDX_plan_corrective_action_plan', ['planId', 'recordedAt'])
@ObjectType({
  description:
    'Corrective action to the PMI agreed with the school (acción correctiva del PMI acordada con el EE), on an action or indicator of the plan.',
})
export class PlanCorrectiveAction extends PlanFollowUpRow {
  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The PMI action it corrects, if any.' })
  actionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The PMI indicator it concerns, if any.' })
  indicatorId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The assistance session where it was agreed, if any.' })
  sessionId: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'What will be done (acción correctiva).' })
  description: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Responsible at the school (responsable).' })
  responsible: string;

  @Column({ type: 'date' })
  @Field({ description: 'Due date (fecha límite), YYYY-MM-DD.' })
  dueOn: string;

  @Column({ type: 'date' })
  @Field({ description: 'Date it was agreed with the school (fecha del acuerdo), YYYY-MM-DD.' })
  agreedOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who recorded it (staff subject).' })
  recordedBy: string;
}

@Entity()
@Index('IDX_coaching_note_plan', ['planId', 'createdAt'])
@ObjectType({ description: 'Coaching note (comentario de acompañamiento) by the secretariat’s staff on a part of a school’s PMI; the school reads and answers it.' })
export class CoachingNote extends PlanFollowUpRow {
  @Column({ type: 'varchar' })
  @Field(() => PlanPartKind, { description: 'Kind of part commented.' })
  partKind: PlanPartKind;

  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'Id of the part commented; null for the plan as a whole.' })
  partId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Text of the part when commented (kept if the part later changes).' })
  partText: string | null;

  @Column({ type: 'text' })
  @Field({ description: 'The comment.' })
  body: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Author (subject).' })
  author: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Author’s role.' })
  authorRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;
}

@Entity()
@Index('IDX_coaching_note_reply_note', ['noteId', 'createdAt'])
@ObjectType({ description: 'Answer (respuesta) to a coaching note, by the school or the staff.' })
export class CoachingNoteReply {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The note answered.' })
  noteId: string;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  schoolDane: string;

  @Column({ type: 'text' })
  @Field({ description: 'The answer.' })
  body: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Author (subject).' })
  author: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Author’s role (SCHOOL or staff).' })
  authorRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was written.' })
  createdAt: Date;
}

@ObjectType({ description: 'The school’s rating of one PMI goal in its self-evaluation.' })
export class GoalRating {
  @Field(() => ID, { description: 'The goal (meta).' })
  goalId: string;

  @Field(() => ImplementationLevel, { description: 'Implementation level (nivel de implementación).' })
  level: ImplementationLevel;

  @Field(() => String, { nullable: true, description: 'Evidence (evidencia); required for FULL.' })
  evidence: string | null;

  @Field(() => String, { nullable: true, description: 'Comment.' })
  comment: string | null;
}

@Entity()
@Index('IDX_plan_self_evaluation_plan', ['planId', 'recordedAt'])
@ObjectType({ description: 'The school’s own evaluation of its PMI (autoevaluación / evaluación del PMI por el EE).' })
export class PlanSelfEvaluation extends PlanFollowUpRow {
  @Column({ type: 'int' })
  @Field(() => Int, { description: 'PMI version evaluated.' })
  planVersion: number;

  @Column({ type: 'date' })
  @Field({ description: 'Date of the evaluation (fecha), YYYY-MM-DD.' })
  evaluatedOn: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  @Field(() => [GoalRating], { description: 'Rating of each goal (meta).' })
  goalRatings: GoalRating[];

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Achievements (logros).' })
  achievements: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Difficulties (dificultades).' })
  difficulties: string;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Adjustments the school proposes to its PMI (ajustes propuestos).' })
  adjustments: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  recordedAt: Date;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who recorded it (the school’s user).' })
  recordedBy: string;
}
