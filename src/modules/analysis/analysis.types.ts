import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches } from 'class-validator';
import { ManagementArea } from '../../common/management-area';
import { PageArgs } from '../../common/pagination';
import { IsPeriod } from '../../common/period';
import { School } from '../schools/school.entity';
import { SchoolSector, SchoolZone } from '../schools/school.enums';
import { Evidence } from '../needs/support-need.entity';
import { NeedRule } from '../needs/need.enums';
import { DANE_CODE_PATTERN } from '../../common/dane';

@ObjectType({ description: 'A signal (señal) the inputs give about a school, with its evidence (activity 1).' })
export class Signal {
  @Field(() => NeedRule, { description: 'What the signal is; the same names as the needs rules.' })
  rule: NeedRule;

  @Field(() => ManagementArea, { nullable: true, description: 'Management area (área de gestión), if any.' })
  area: ManagementArea | null;

  @Field(() => Evidence, { description: 'The record behind it.' })
  evidence: Evidence;
}

@ObjectType({ description: 'Average self-evaluation (autoevaluación) of a management area.' })
export class AreaSelfEvaluation {
  @Field(() => ManagementArea, { description: 'Management area.' })
  area: ManagementArea;

  @Field(() => Float, { description: 'Average score (1–4).' })
  average: number;

  @Field(() => Int, { description: 'Components scored.' })
  components: number;

  @Field(() => Int, { description: 'Components at or below the secretariat’s low score.' })
  lowComponents: number;
}

@ObjectType({ description: 'Profile of a school for a period (perfil del EE): its signals and the state of its PMI.' })
export class SchoolAnalysis {
  @Field(() => School, { description: 'The school (EE).' })
  school: School;

  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field(() => [Signal], { description: 'Every signal, each with its evidence: at most 100 per rule (the first by value); identifyNeeds counts them all.' })
  signals: Signal[];

  @Field(() => String, { nullable: true, description: 'Year of the self-evaluation used.' })
  selfEvaluationYear: string | null;

  @Field(() => [AreaSelfEvaluation], { description: 'Self-evaluation by management area.' })
  selfEvaluation: AreaSelfEvaluation[];

  @Field(() => String, { nullable: true, description: 'Saber 11 category of the latest characterization (D01.04).' })
  saber11Category: string | null;

  @Field(() => String, { nullable: true, description: 'State of the PMI of the period (null when none is registered).' })
  improvementPlanStatus: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the PMI was reviewed as pertinent (null when not reviewed).' })
  improvementPlanPertinent: boolean | null;

  @Field(() => Int, { description: 'Open support requests.' })
  openSupportRequests: number;
}

@ObjectType({ description: 'A page of school profiles.' })
export class SchoolAnalysisPage {
  @Field(() => [SchoolAnalysis], { description: 'Profiles of this page, by DANE code.' })
  nodes: SchoolAnalysis[];

  @Field(() => Int, { description: 'Schools matching the filters.' })
  totalCount: number;

  @Field({ description: 'True when more schools follow.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ArgsType()
export class JurisdictionAnalysisArgs extends PageArgs {
  @Field({ description: 'Period (vigencia).' })
  @IsPeriod()
  period: string;

  @Field(() => SchoolSector, { nullable: true, description: 'Only this sector.' })
  @IsOptional()
  sector?: SchoolSector | null;

  @Field(() => SchoolZone, { nullable: true, description: 'Only this zone.' })
  @IsOptional()
  zone?: SchoolZone | null;

  @Field(() => String, { nullable: true, description: 'Only this municipality (name or DIVIPOLA code).' })
  @IsOptional()
  municipality?: string | null;

  @Field(() => NeedRule, { nullable: true, description: 'Only schools with a signal of this kind.' })
  @IsOptional()
  rule?: NeedRule | null;

  @Field({ defaultValue: false, description: 'Only schools with at least one signal.' })
  withSignalsOnly: boolean = false;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class SchoolProfileArgs {
  @Field({ description: 'DANE code of the school.' })
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be a 12-digit DANE code' })
  daneCode: string;

  @Field({ description: 'Period (vigencia).' })
  @IsPeriod()
  period: string;
}
