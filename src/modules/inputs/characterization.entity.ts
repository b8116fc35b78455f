import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InboundRecord } from './inbound-record';
import { InfrastructureCondition, Saber11Category, SaberSubject } from './inputs.enums';

/** D01.04: characterization and profile (caracterización y perfil) of a school for a year. */
@Entity({ name: 'characterization_all' })
@Index('uq_characterization_key', ['schoolDane', 'year'], { unique: true })
@Index('ix_characterization_secretariat', ['secretariatCode', 'year'])
@ObjectType({ description: 'Characterization and profile of a school for a year (caracterización y perfil, D01.04).' })
export class Characterization extends InboundRecord {
  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (código DANE).' })
  schoolDane: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Year (año).' })
  year: string;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Enrolment (matrícula): number of students.' })
  enrolment: number | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => Saber11Category, { nullable: true, description: 'Saber 11 category (clasificación del plantel).' })
  saber11Category: Saber11Category | null;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Dropout rate (tasa de deserción), percent 0–100.' })
  dropoutRate: number | null;

  @Column({ type: 'double precision', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Repetition rate (tasa de repitencia), percent 0–100.' })
  repetitionRate: number | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => InfrastructureCondition, { nullable: true, description: 'Infrastructure condition (estado de la planta física).' })
  infrastructureCondition: InfrastructureCondition | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Infrastructure needs (necesidades de infraestructura), for I02.04.' })
  infrastructureNeeds: string[];

  /** Filled by the service when the field is selected. */
  @Field(() => [SaberResult], { description: 'Saber 3/5/9 results: share of students per performance level.' })
  saberResults?: SaberResult[];
}

/** Saber 3/5/9: share of a school's students per performance level, for one grade and subject. */
@Entity()
@Index('uq_saber_result_key', ['characterizationId', 'grade', 'subject'], { unique: true })
@Index('ix_saber_result_school', ['secretariatCode', 'year', 'schoolDane'])
@ObjectType({
  description:
    'Saber 3/5/9 result of a school (pruebas Saber): share of students (percent) in each performance level (nivel de desempeño).',
})
export class SaberResult {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  characterizationId: string;

  @ManyToOne(() => Characterization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'characterization_id', foreignKeyConstraintName: 'fk_saber_result_characterization' })
  characterization?: Characterization;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Year of the test.' })
  year: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Grade (grado): 3, 5 or 9.' })
  grade: number;

  @Column({ type: 'varchar' })
  @Field(() => SaberSubject, { description: 'Subject (área).' })
  subject: SaberSubject;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Percent of students in nivel insuficiente.' })
  insufficient: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Percent of students in nivel mínimo.' })
  minimum: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Percent of students in nivel satisfactorio.' })
  satisfactory: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, { description: 'Percent of students in nivel avanzado.' })
  advanced: number;
}
