import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity()
@ObjectType({
  description:
    'Education secretariat (Secretaría de Educación, SE) of a certified territorial entity (Entidad Territorial Certificada, ETC): the tenant every record belongs to.',
})
export class Secretariat {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  @Field({ description: 'Code of the ETC (e.g. its DIVIPOLA code, 05001 for Medellín); also the tenant claim in tokens.' })
  code: string;

  @Column()
  @Field({ description: 'Name (nombre de la Secretaría de Educación).' })
  name: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'Department (departamento).' })
  department: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was registered in the hub.' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Last change.' })
  updatedAt: Date;
}
