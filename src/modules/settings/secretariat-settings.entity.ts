import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Thresholds of the D02.03 rules, per secretariat. A secretariat without a row uses DEFAULT_SETTINGS (the domain
 * brief's defaults); the row is created on the first change.
 */
@Entity()
@ObjectType({ description: 'Rule thresholds of a secretariat (parámetros de la Secretaría de Educación) for D02.03.' })
export class SecretariatSettings {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat code.' })
  secretariatCode: string;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'A self-evaluation (autoevaluación) component scored at or below this value is a need. Default 2 (pertinencia).',
  })
  lowSelfEvaluationScore: number;

  @Column({ type: 'double precision' })
  @Field(() => Float, {
    description: 'Share of students in the insuficiente level of Saber 3/5/9 at or above which performance is low. Default 0.25.',
  })
  saberInsufficientShare: number;

  @Column({ type: 'varchar', array: true })
  @Field(() => [String], { description: 'Saber 11 categories that count as low performance. Default C and D.' })
  lowSaber11Categories: string[];

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'A school with at least this many open needs gets integral accompaniment. Default 3.' })
  integralNeedsThreshold: number;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'Programmed activities per staff member and month above which the strategy warns of overload. Default 8.',
  })
  maxActivitiesPerStaffMonth: number;

  @Column({ type: 'int', default: 2 })
  @Field(() => Int, {
    description:
      'Activity 10: consecutive periods (años) an irregularity must persist, after the assistance, to put a school on F01.03.F01. Default 2.',
  })
  irregularityConsecutivePeriods: number;

  @Column({ type: 'double precision', default: () => '0.3' })
  @Field(() => Float, {
    description: 'Activity 10: share of PMI actions done at year end (0–1) below which a PMI counts as mostly undone. Default 0.3.',
  })
  irregularityMinDoneShare: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  @Field({ description: 'Last change.' })
  updatedAt: Date;
}

export const DEFAULT_SETTINGS = {
  lowSelfEvaluationScore: 2,
  saberInsufficientShare: 0.25,
  lowSaber11Categories: ['C', 'D'],
  integralNeedsThreshold: 3,
  maxActivitiesPerStaffMonth: 8,
  irregularityConsecutivePeriods: 2,
  irregularityMinDoneShare: 0.3,
};
