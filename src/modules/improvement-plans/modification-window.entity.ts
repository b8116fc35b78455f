import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A period in which schools may create, change and submit their PMIs, opened by the secretariat. */
@Entity()
@Index('IDX_modification_window_secretariat_period', ['secretariatCode', 'period'])
@ObjectType({ description: 'Modification window (periodo de modificación de los PMI) the secretariat opens for one period (vigencia).' })
export class ModificationWindow {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Internal id.' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat (Secretaría de Educación) that opened it.' })
  secretariatCode: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Period (vigencia) whose PMIs it concerns, e.g. "2026".' })
  period: string;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Opening date (fecha de inicio).' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'Closing date (fecha de cierre), exclusive.' })
  closesAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was closed early by the secretariat, if it was.' })
  closedAt: Date | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Subject of the user who opened it.' })
  openedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  /** Open now: started, not yet ended, not closed early. */
  isOpenAt(now: Date): boolean {
    return !this.closedAt && this.opensAt <= now && now < this.closesAt;
  }

  @Field({ description: 'True while schools may change their PMIs (abierto ahora).' })
  get open(): boolean {
    return this.isOpenAt(new Date());
  }
}
