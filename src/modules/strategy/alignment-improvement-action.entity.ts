import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
@ObjectType({
  description:
    'Improvement action (acción de mejora) recorded by the quality leader to align an activity with the PAM: what, who, by when.',
})
export class AlignmentImprovementAction {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The strategy.' })
  strategyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The unaligned activity.' })
  activityId: string;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'text' })
  @Field({ description: 'What will be done (qué).' })
  what: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who is responsible (quién).' })
  who: string;

  @Column({ type: 'date' })
  @Field({ description: 'By when (cuándo, YYYY-MM-DD).' })
  dueOn: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who recorded it.' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;
}

@Entity()
@ObjectType({ description: 'An approved revision of a strategy, kept when it is revised (versión aprobada).' })
export class StrategyRevision {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  strategyId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Revision number that was approved.' })
  revision: number;

  @Column({ type: 'text' })
  @Field({ description: 'Why it was revised (motivo).' })
  reason: string;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSON, { description: 'The approved content (classifications and activities) as JSON.' })
  snapshot: unknown;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who opened the revision.' })
  revisedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the revision was opened.' })
  createdAt: Date;
}
