import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ManagementArea } from '../../common/management-area';
import { PrivateSchoolRegime } from '../schools/school.enums';
import { SchoolInboundRecord } from './inbound-record';
import { FindingActionType } from './inputs.enums';

/** F01.03: a finding of the control of the education service (inspección y vigilancia) at a school. */
@Entity({ name: 'inspection_finding_all' })
@Index('uq_inspection_finding_key', ['secretariatCode', 'externalId'], { unique: true })
@Index('ix_inspection_finding_school', ['schoolDane', 'foundOn'])
@ObjectType({
  description:
    'Control finding (hallazgo) of F01.03 (control del servicio educativo) at a school, with the actions the school must include in its PMI.',
})
export class InspectionFinding extends SchoolInboundRecord {
  @Column({ type: 'date' })
  @Field({ description: 'Date of the finding (fecha de la visita / evaluación), YYYY-MM-DD.' })
  foundOn: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => ManagementArea, { nullable: true, description: 'Management area (área de gestión) concerned.' })
  area: ManagementArea | null;

  @Column({ type: 'text' })
  @Field({ description: 'Description (descripción del hallazgo).' })
  description: string;

  @Field(() => [InspectionFindingAction], { description: 'Corrective/preventive actions the PMI must include.' })
  actions?: InspectionFindingAction[];
}

@Entity()
@Index('uq_inspection_finding_action_key', ['findingId', 'externalId'], { unique: true })
@Index('ix_inspection_finding_action_school', ['secretariatCode', 'schoolDane'])
@ObjectType({ description: 'Corrective or preventive action (acción correctiva / preventiva) a finding requires in the PMI.' })
export class InspectionFindingAction {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Stable id (kept while the finding keeps the action).' })
  id: string;

  @Column({ type: 'uuid' })
  findingId: string;

  @ManyToOne(() => InspectionFinding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'finding_id', foreignKeyConstraintName: 'fk_inspection_finding_action_finding' })
  finding?: InspectionFinding;

  @Column({ type: 'varchar', length: 16 })
  secretariatCode: string;

  @Column({ type: 'char', length: 12 })
  @Field({ description: 'DANE code of the school.' })
  schoolDane: string;

  @Column({ type: 'varchar' })
  @Field({ description: "The action's id in F01.03 (identificador externo)." })
  externalId: string;

  @Column({ type: 'varchar' })
  @Field(() => FindingActionType, { description: 'Corrective or preventive.' })
  type: FindingActionType;

  @Column({ type: 'text' })
  @Field({ description: 'What the school must do (descripción).' })
  description: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Deadline (plazo), YYYY-MM-DD.' })
  dueDate: string | null;
}

/** F01.03: the regime of a non-official school as last reported; the school registry is updated with it. */
@Entity({ name: 'school_regime_report_all' })
@Index('uq_school_regime_report_key', ['schoolDane'], { unique: true })
@ObjectType({ description: 'Regime (régimen) of a non-official school as reported by F01.03; also applied to the school registry.' })
export class SchoolRegimeReport extends SchoolInboundRecord {
  @Column({ type: 'varchar' })
  @Field(() => PrivateSchoolRegime, { description: 'Regime (Ley 115 art. 202).' })
  regime: PrivateSchoolRegime;

  @Column({ type: 'varchar', length: 4, nullable: true })
  @Field(() => String, { nullable: true, description: 'Year the regime applies to (año), if given.' })
  year: string | null;
}
