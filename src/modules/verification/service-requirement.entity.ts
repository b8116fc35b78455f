import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AssistanceModality } from '../strategy/strategy.enums';

@Entity()
@Unique('uq_service_requirement_code', ['secretariatCode', 'serviceKind', 'code'])
@ObjectType({
  description:
    'A requirement of an assistance service (requisito de la ficha técnica planificación producto/servicio, N01.05.F01), per kind of service (modality).',
})
export class ServiceRequirement {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id (empty for a default requirement the secretariat has not replaced).' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;

  @Column({ type: 'varchar' })
  @Field(() => AssistanceModality, { description: 'Kind of service (modalidad de la asistencia técnica) it applies to.' })
  serviceKind: AssistanceModality;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Stable code, e.g. HELD_IN_WINDOW.' })
  code: string;

  @Column({ type: 'text' })
  @Field({ description: 'The requirement as written in the ficha técnica (Spanish).' })
  text: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order in the ficha técnica (1-based).' })
  position: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
