import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMinSize, IsBoolean, IsEnum, IsISO8601, IsOptional, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { AssistanceModality } from '../strategy/strategy.enums';
import { NonconformityStatus, QualityActionKind } from './verification.enums';

const dateOnly = () => IsISO8601({ strict: true }, { message: '$property must be a date YYYY-MM-DD' });
export const REQUIREMENT_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

@InputType({ description: 'A requirement of the ficha técnica (N01.05.F01).' })
export class ServiceRequirementInput {
  @Field({ description: 'Stable code: capital letters, digits and _ (2–32), e.g. HELD_IN_WINDOW.' })
  @Matches(REQUIREMENT_CODE, { message: 'code must be 2–32 capital letters, digits or _, starting with a letter' })
  code: string;

  @Field({ description: 'The requirement, in Spanish.' })
  @Length(3, 1000)
  text: string;
}

@InputType({ description: 'The requirements of one kind of service (ficha técnica N01.05.F01), replacing the current list.' })
export class SetServiceRequirementsInput {
  @Field(() => AssistanceModality, { description: 'Kind of service (modalidad).' })
  @IsEnum(AssistanceModality)
  serviceKind: AssistanceModality;

  @Field(() => [ServiceRequirementInput], { description: 'Requirements (1–50), in the order of the ficha.' })
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  requirements: ServiceRequirementInput[];

  @Field(() => String, { nullable: true, description: 'Secretariat (administrators only).' })
  @IsOptional()
  secretariat?: string | null;
}

@InputType({ description: 'A corrective or preventive action (N01.02) with owner and due date.' })
export class QualityActionInput {
  @Field(() => QualityActionKind, { description: 'CORRECTIVE or PREVENTIVE.' })
  @IsEnum(QualityActionKind)
  kind: QualityActionKind;

  @Field({ description: 'What is to be done.' })
  @Length(3, 2000)
  description: string;

  @Field({ description: 'Owner (responsable).' })
  @Length(2, 200)
  owner: string;

  @Field({ description: 'Due date (YYYY-MM-DD).' })
  @dateOnly()
  dueOn: string;
}

@InputType({ description: 'The result of one requirement.' })
export class RequirementResultInput {
  @Field({ description: 'Requirement code.' })
  @Length(1, 32)
  requirementCode: string;

  @Field({ description: 'Met (cumple).' })
  @IsBoolean()
  met: boolean;

  @Field({ description: 'Evidence seen (evidencia): 3–2,000 characters.' })
  @Length(3, 2000)
  evidence: string;

  @Field(() => String, { nullable: true, description: 'For an unmet requirement: what was found (defaults to the evidence).' })
  @IsOptional()
  @Length(3, 2000)
  finding?: string | null;

  @Field(() => QualityActionInput, {
    nullable: true,
    description: 'For an unmet requirement without an open nonconformity: the corrective or preventive action (required then).',
  })
  @IsOptional()
  @ValidateNested()
  action?: QualityActionInput | null;
}

@InputType({ description: 'A compliance verification of an assistance activity, requirement by requirement.' })
export class RecordVerificationInput {
  @Field(() => ID, { description: 'The assistance activity.' })
  @IsUUID()
  activityId: string;

  @Field(() => [RequirementResultInput], { description: 'One result per requirement of the activity\'s kind of service.' })
  @ValidateNested({ each: true })
  results: RequirementResultInput[];

  @Field({ defaultValue: '', description: 'Notes (observaciones).' })
  @Length(0, 4000)
  notes: string = '';
}

@InputType({ description: 'Completion of a quality action.' })
export class CompleteQualityActionInput {
  @Field({ description: 'Date it was done (YYYY-MM-DD), not in the future.' })
  @dateOnly()
  doneOn: string;

  @Field({ description: 'How it was done (evidence of execution).' })
  @Length(3, 2000)
  notes: string;
}

@ArgsType()
export class ServiceRequirementsArgs {
  @Field(() => AssistanceModality, { nullable: true, description: 'Only this kind of service.' })
  @IsOptional()
  @IsEnum(AssistanceModality)
  serviceKind?: AssistanceModality | null;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class NonconformitiesArgs extends PageArgs {
  @Field(() => NonconformityStatus, { nullable: true, description: 'Only this state.' })
  @IsOptional()
  @IsEnum(NonconformityStatus)
  status?: NonconformityStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this activity.' })
  @IsOptional()
  @IsUUID()
  activityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class OverdueQualityActionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Reference date (YYYY-MM-DD); default today (Colombia).' })
  @IsOptional()
  @dateOnly()
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles).' })
  @IsOptional()
  secretariat?: string | null;
}
