import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: 'A criterion of the evaluation of the assistance (criterio de evaluación), rated 1–5.' })
export class EvaluationCriterion {
  @Field({ description: 'Stable code, e.g. PERTINENCE.' })
  code: string;

  @Field({ description: 'Name shown to the school, in Spanish, e.g. "Pertinencia".' })
  name: string;
}

@Entity()
@Unique('uq_evaluation_settings_period', ['secretariatCode', 'period'])
@ObjectType({
  description:
    'Settings of the evaluation of the assistance (evaluación de la asistencia técnica, activity 7) for a secretariat and period: the deadline (plazo máximo) and the criteria.',
})
export class EvaluationSettings {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id; the default settings (never saved) have an empty id.' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Deadline (plazo máximo): submissions after it are refused.' })
  deadline: Date;

  @Column({ type: 'jsonb' })
  @Field(() => [EvaluationCriterion], { description: 'Criteria (criterios), each rated 1–5, in the order shown.' })
  criteria: EvaluationCriterion[];

  @Column({ type: 'varchar' })
  @Field({ description: 'Who set them last ("default" when not set).' })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}
