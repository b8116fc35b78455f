import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { DANE_CODE_PATTERN } from '../../common/dane';
import { PageArgs } from '../../common/pagination';
import { IsPeriod } from '../../common/period';
import { RecordFormat } from '../../records/record';
import { IrregularityReportStatus } from './irregularity.enums';

@ArgsType()
export class IrregularityReportsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => IrregularityReportStatus, { nullable: true, description: 'Only reports in this state.' })
  @IsOptional()
  @IsEnum(IrregularityReportStatus)
  status?: IrregularityReportStatus | null;
}

@ArgsType()
export class IrregularityReportOfYearArgs {
  @Field({ description: 'Year reported (año), e.g. 2026.' })
  @IsPeriod()
  year: string;

  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class DraftIrregularityReportArgs {
  @Field({ description: 'Year to report (año), e.g. 2026: the rule looks at this period and the ones before it.' })
  @IsPeriod()
  year: string;
}

@InputType({ description: 'The leader adds or removes a school on the irregularities report, with the reason (justificación).' })
export class IrregularityDecisionInput {
  @Field(() => ID, { description: 'The report (DRAFT).' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'DANE code of the school (12 digits).' })
  @Matches(DANE_CODE_PATTERN, { message: 'schoolDane must be a 12-digit DANE code' })
  schoolDane: string;

  @Field({ description: 'Reason (justificación), 5–2000 characters.' })
  @Length(5, 2000)
  reason: string;
}

@InputType({ description: 'Signature of the irregularities report by the líder de calidad.' })
export class SignIrregularityReportInput {
  @Field(() => ID, { description: 'The report (DRAFT).' })
  @IsUUID()
  reportId: string;

  @Field({ description: 'Name of the signer as printed on F01.03.F01 (2–200 characters).' })
  @Length(2, 200)
  signerName: string;
}

@ArgsType()
export class IrregularityReportFileArgs {
  @Field(() => ID, { description: 'The report.' })
  @IsUUID()
  id: string;

  @Field(() => RecordFormat, { defaultValue: RecordFormat.PDF, description: 'PDF (printed form, default), CSV or XLSX.' })
  @IsEnum(RecordFormat)
  format: RecordFormat = RecordFormat.PDF;
}

