import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { SchoolInboundRecord } from './inbound-record';
import { PeiChangeType } from './inputs.enums';

/** D02.02: a school's PEI was adjusted or updated. */
@Entity({ name: 'pei_update_all' })
@Index('uq_pei_update_key', ['secretariatCode', 'externalId'], { unique: true })
@Index('ix_pei_update_school', ['schoolDane', 'changedOn'])
@ObjectType({ description: 'A PEI (Proyecto Educativo Institucional) adjusted or updated for a school (D02.02).' })
export class PeiUpdate extends SchoolInboundRecord {
  @Column({ type: 'varchar' })
  @Field(() => PeiChangeType, { description: 'Adjusted or updated.' })
  changeType: PeiChangeType;

  @Column({ type: 'date' })
  @Field({ description: 'Date of the change (fecha de adopción), YYYY-MM-DD.' })
  changedOn: string;

  @Column({ type: 'text' })
  @Field({ description: 'Summary of the change (resumen).' })
  summary: string;
}

/** C02.02: a school implements a new education model. */
@Entity({ name: 'education_model_adoption_all' })
@Index('uq_education_model_adoption_key', ['secretariatCode', 'externalId'], { unique: true })
@Index('ix_education_model_adoption_school', ['schoolDane', 'implementedOn'])
@ObjectType({
  description: 'A new education model (modelo educativo flexible) implemented in a school (C02.02, acceso y permanencia); its PMI must be modified.',
})
export class EducationModelAdoption extends SchoolInboundRecord {
  @Column({ type: 'varchar' })
  @Field({ description: 'Model name (modelo educativo), e.g. Escuela Nueva, Aceleración del Aprendizaje.' })
  modelName: string;

  @Column({ type: 'date' })
  @Field({ description: 'Date it was implemented (fecha de implementación), YYYY-MM-DD.' })
  implementedOn: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Notes (observaciones).' })
  notes: string | null;
}

/** D02.05: a change to a school's curriculum. */
@Entity({ name: 'curriculum_change_all' })
@Index('uq_curriculum_change_key', ['secretariatCode', 'externalId'], { unique: true })
@Index('ix_curriculum_change_school', ['schoolDane', 'changedOn'])
@ObjectType({ description: 'A change to a school’s curriculum (plan de estudios), from D02.05 (proyectos transversales).' })
export class CurriculumChange extends SchoolInboundRecord {
  @Column({ type: 'date' })
  @Field({ description: 'Date of the change, YYYY-MM-DD.' })
  changedOn: string;

  @Column({ type: 'text' })
  @Field({ description: 'Summary (resumen del cambio).' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'Areas or subjects affected (áreas del plan de estudios).' })
  areas: string[];
}
