import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Unique, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AssistanceModality } from './strategy.enums';

@Entity()
@Unique('uq_school_classification_school', ['strategyId', 'schoolDane'])
@ObjectType({
  description:
    'Classification of a school in the strategy (clasificación de EE): the modality proposed by the rules, the one in force and why.',
})
export class SchoolClassification {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The strategy.' })
  strategyId: string;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Column({ type: 'varchar' })
  @Field(() => AssistanceModality, { description: 'Modality the rules propose (kept when staff override it).' })
  proposedModality: AssistanceModality;

  @Column({ type: 'varchar' })
  @Field(() => AssistanceModality, { description: 'Modality in force.' })
  modality: AssistanceModality;

  @Column({ type: 'boolean' })
  @Field({ description: 'Mandatory inclusion (inclusión obligatoria): official with low SABER, or non-official in régimen controlado.' })
  mandatory: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Reasons for the proposal and for mandatory inclusion.' })
  reasons: string[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Open needs of the school when classified.' })
  openNeeds: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Justification of a staff override (justificación).' })
  overrideJustification: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who overrode the proposal.' })
  overriddenBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the proposal was overridden.' })
  overriddenAt: Date | null;
}
