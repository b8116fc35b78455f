import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PrivateSchoolRegime, SchoolSector, SchoolZone } from './school.enums';

@Entity()
@Index(['secretariatCode', 'daneCode'])
@ObjectType({ description: 'School (Establecimiento Educativo, EE) of a secretariat, keyed by its DANE code.' })
export class School {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'char', length: 12, unique: true })
  @Field({ description: "DANE code (código DANE): 12 digits; the institution's code is its main sede's code." })
  daneCode: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Code of the secretariat (Secretaría de Educación) whose jurisdiction it is in.' })
  secretariatCode: string;

  @Column()
  @Field({ description: 'Name (nombre del establecimiento).' })
  name: string;

  /** Accent-free lower-case name for search. */
  @Column()
  nameSearch: string;

  @Column({ type: 'varchar' })
  @Field(() => SchoolSector, { description: 'Sector: official or non-official.' })
  sector: SchoolSector;

  @Column({ type: 'varchar' })
  @Field(() => SchoolZone, { description: 'Zone: urban or rural.' })
  zone: SchoolZone;

  @Column()
  @Field({ description: 'Municipality (municipio).' })
  municipality: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  @Field(() => String, { nullable: true, description: 'DIVIPOLA code of the municipality (5 digits).' })
  municipalityCode: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => PrivateSchoolRegime, {
    nullable: true,
    description: 'Regime (régimen) of a non-official school; null for official schools or when not yet known.',
  })
  regime: PrivateSchoolRegime | null;

  @Column({ default: true })
  @Field({ description: 'False when the school has closed; kept for history.' })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it entered the registry.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change in the registry.' })
  updatedAt: Date;
}
