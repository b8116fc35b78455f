import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsPeriod } from '../../common/period';
import { ManagementArea } from '../../common/management-area';
import { NeedPriority, NeedRule, NeedSource, NeedStatus } from './need.enums';
import { DANE_CODE_PATTERN } from '../../common/dane';

@ArgsType()
export class NeedsArgs extends PageArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Only this school (DANE code).' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'school must be a 12-digit DANE code' })
  school?: string | null;

  @Field(() => NeedStatus, { nullable: true, description: 'Only needs in this state.' })
  @IsOptional()
  status?: NeedStatus | null;

  @Field(() => ManagementArea, { nullable: true, description: 'Only this management area.' })
  @IsOptional()
  area?: ManagementArea | null;

  @Field(() => NeedSource, { nullable: true, description: 'Only this origin.' })
  @IsOptional()
  source?: NeedSource | null;

  @Field(() => NeedRule, { nullable: true, description: 'Only this rule.' })
  @IsOptional()
  rule?: NeedRule | null;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators).' })
  @IsOptional()
  secretariat?: string | null;
}

@InputType({ description: 'A need added by staff (necesidad identificada por el equipo de calidad).' })
export class AddSupportNeedInput {
  @Field({ description: 'Period (vigencia).' })
  @IsPeriod()
  period: string;

  @Field({ description: 'DANE code of the school.' })
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be a 12-digit DANE code' })
  daneCode: string;

  @Field(() => ManagementArea, { nullable: true, description: 'Management area.' })
  @IsOptional()
  @IsEnum(ManagementArea)
  area?: ManagementArea | null;

  @Field({ description: 'What the school needs.' })
  @Length(5, 2000)
  description: string;

  @Field(() => NeedPriority, { defaultValue: NeedPriority.MEDIUM, description: 'Priority.' })
  @IsEnum(NeedPriority)
  priority: NeedPriority = NeedPriority.MEDIUM;
}

@InputType({ description: 'Changes to a need; omitted fields stay as they are.' })
export class UpdateSupportNeedInput {
  @Field(() => String, { nullable: true, description: 'Description.' })
  @IsOptional()
  @Length(5, 2000)
  description?: string;

  @Field(() => NeedPriority, { nullable: true, description: 'Priority.' })
  @IsOptional()
  @IsEnum(NeedPriority)
  priority?: NeedPriority;

  @Field(() => ManagementArea, { nullable: true, description: 'Management area.' })
  @IsOptional()
  @IsEnum(ManagementArea)
  area?: ManagementArea;
}

@InputType({ description: 'Dismissal of a need, with its reason.' })
export class DismissSupportNeedInput {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why it is dismissed (motivo).' })
  @Length(5, 2000)
  reason: string;
}
