import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The columns every D02.03 record of one secretariat (Secretaría de Educación, the tenant) starts with: its id and the
 * secretariat's code. Entities extend it (TypeORM and type-graphql both inherit the columns and fields); the GraphQL
 * schema is unchanged by the inheritance, and an abstract type appears in it under no name of its own.
 */
@ObjectType()
export abstract class SecretariatRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  /** The tenant: the secretariat's ETC code (código de la Secretaría de Educación), e.g. `05001`. */
  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;
}

/** A record of one secretariat and one period (vigencia, a calendar year such as `2026`). */
@ObjectType()
export abstract class SecretariatPeriodRecord extends SecretariatRecord {
  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Period (vigencia).' })
  period: string;
}
