import { ArgsType, Field, InputType } from 'type-graphql';
import { Printable } from '../../records/printable';
import { IsBoolean, IsEnum, IsOptional, Length, Matches } from 'class-validator';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { PageArgs } from '../../common/pagination';
import { PrivateSchoolRegime, SchoolSector, SchoolZone } from './school.enums';

const daneMessage = 'daneCode must be exactly 12 digits (código DANE)';

@InputType({ description: 'A school (EE) to add to the registry.' })
export class CreateSchoolInput {
  @Field({ description: 'DANE code: 12 digits.' })
  @Matches(DANE_CODE_PATTERN, { message: daneMessage })
  daneCode: string;

  @Field(() => String, { nullable: true, description: 'Secretariat code; required for administrators.' })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field({ description: 'Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it.' })
  @Length(3, 250)
  @Printable()
  name: string;

  @Field(() => SchoolSector, { description: 'Sector.' })
  @IsEnum(SchoolSector)
  sector: SchoolSector;

  @Field(() => SchoolZone, { description: 'Zone.' })
  @IsEnum(SchoolZone)
  zone: SchoolZone;

  @Field({ description: 'Municipality (municipio).' })
  @Length(2, 120)
  municipality: string;

  @Field(() => String, { nullable: true, description: 'DIVIPOLA municipality code: 5 digits.' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'municipalityCode must be 5 digits (DIVIPOLA)' })
  municipalityCode?: string | null;

  @Field(() => PrivateSchoolRegime, { nullable: true, description: 'Regime; only for non-official schools.' })
  @IsOptional()
  @IsEnum(PrivateSchoolRegime)
  regime?: PrivateSchoolRegime | null;
}

@InputType({ description: 'Changes to a school; omitted fields stay as they are. The DANE code never changes.' })
export class UpdateSchoolInput {
  @Field(() => String, { nullable: true, description: 'Name; printed in the official PDFs, so a character their font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming it.' })
  @IsOptional()
  @Length(3, 250)
  @Printable()
  name?: string;

  @Field(() => SchoolSector, { nullable: true, description: 'Sector.' })
  @IsOptional()
  @IsEnum(SchoolSector)
  sector?: SchoolSector;

  @Field(() => SchoolZone, { nullable: true, description: 'Zone.' })
  @IsOptional()
  @IsEnum(SchoolZone)
  zone?: SchoolZone;

  @Field(() => String, { nullable: true, description: 'Municipality.' })
  @IsOptional()
  @Length(2, 120)
  municipality?: string;

  @Field(() => String, { nullable: true, description: 'DIVIPOLA municipality code.' })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'municipalityCode must be 5 digits (DIVIPOLA)' })
  municipalityCode?: string | null;

  @Field(() => PrivateSchoolRegime, { nullable: true, description: 'Regime; only for non-official schools.' })
  @IsOptional()
  @IsEnum(PrivateSchoolRegime)
  regime?: PrivateSchoolRegime | null;

  @Field(() => Boolean, { nullable: true, description: 'False when the school closes.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class SchoolsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others see their own).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => SchoolSector, { nullable: true, description: 'Only this sector.' })
  @IsOptional()
  sector?: SchoolSector | null;

  @Field(() => SchoolZone, { nullable: true, description: 'Only this zone.' })
  @IsOptional()
  zone?: SchoolZone | null;

  @Field(() => String, { nullable: true, description: 'Only this municipality (name or DIVIPOLA code).' })
  @IsOptional()
  municipality?: string | null;

  @Field(() => PrivateSchoolRegime, { nullable: true, description: 'Only this regime.' })
  @IsOptional()
  regime?: PrivateSchoolRegime | null;

  @Field(() => String, { nullable: true, description: 'Words contained in the name (accents and case ignored).' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;
}
