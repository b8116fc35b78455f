import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { InboundRecord } from './inbound-record';

/** A version of the self-evaluation reference (Guía 34 of 2008, the 2026 Ruta de Mejoramiento Institucional...). */
@Entity()
@ObjectType({
  description: 'A versioned catalogue of areas, processes and components for the self-evaluation (autoevaluación institucional).',
})
export class SelfEvaluationCatalogue {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field({ description: 'Version code, e.g. GUIA34-2008.' })
  version: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name, e.g. "Guía 34: Guía para el mejoramiento institucional (MEN, 2008)".' })
  name: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Notes on the version.' })
  description: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the version was loaded.' })
  loadedAt: Date;
}

@Entity()
@ObjectType({ description: 'A process (proceso) of a management area in a catalogue version.' })
export class SelfEvaluationProcess {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field({ description: 'Catalogue version.' })
  catalogueVersion: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field({ description: 'Process code, e.g. DIR-01.' })
  code: string;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  area: ManagementArea;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name (nombre del proceso).' })
  name: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order within the catalogue.' })
  position: number;
}

@Entity()
@ObjectType({ description: 'A component (componente) of a process, valued 1–4 in the self-evaluation.' })
export class SelfEvaluationComponent {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field({ description: 'Catalogue version.' })
  catalogueVersion: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  @Field({ description: 'Component code, e.g. DIR-01-01.' })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Code of its process.' })
  processCode: string;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  area: ManagementArea;

  @Column({ type: 'varchar' })
  @Field({ description: 'Name (nombre del componente).' })
  name: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Order within the catalogue.' })
  position: number;
}

/** D01.03: the value a school gave one component in its self-evaluation of a year. */
@Entity({ name: 'self_evaluation_score_all' })
@Index('uq_self_evaluation_score_key', ['schoolDane', 'year', 'componentCode'], { unique: true })
@Index('ix_self_evaluation_score_secretariat', ['secretariatCode', 'year', 'score'])
@ObjectType({
  description:
    'Self-evaluation score (autoevaluación institucional, D01.03) of one component for a school and year: 1 existencia, 2 pertinencia, 3 apropiación, 4 mejoramiento continuo.',
})
export class SelfEvaluationScore extends InboundRecord {
  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school (código DANE).' })
  schoolDane: string;

  @Column({ type: 'varchar', length: 4 })
  @Field({ description: 'Year evaluated (año).' })
  year: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Catalogue version the component belongs to, e.g. GUIA34-2008.' })
  catalogueVersion: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Component code (componente).' })
  componentCode: string;

  @Column({ type: 'varchar', length: 32 })
  @Field({ description: 'Process code (proceso) of the component.' })
  processCode: string;

  @Column({ type: 'varchar' })
  @Field(() => ManagementArea, { description: 'Management area (área de gestión) of the component.' })
  area: ManagementArea;

  @Column({ type: 'smallint' })
  @Field(() => Int, {
    description: 'Value (valoración): 1 existencia, 2 pertinencia, 3 apropiación, 4 mejoramiento continuo.',
  })
  score: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Evidence (evidencias) supporting the value.' })
  evidence: string | null;
}
