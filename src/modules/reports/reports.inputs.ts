import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsPeriod } from '../../common/period';
import { ConsolidatedReportStatus } from './reports.enums';
import { ExportFormat } from '../strategy/strategy.enums';
import { Printable } from '../../records/printable';

@ArgsType()
export class ConsolidatedReportsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this period (vigencia).' })
  @IsOptional()
  @IsPeriod()
  period?: string | null;

  @Field(() => ConsolidatedReportStatus, { nullable: true, description: 'Only this state (drafts are visible to the secretariat staff only).' })
  @IsOptional()
  @IsEnum(ConsolidatedReportStatus)
  status?: ConsolidatedReportStatus | null;
}

@InputType({ description: 'Generate (or regenerate) the draft consolidated report of a period from the evidence.' })
export class GenerateConsolidatedReportInput {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Required when a version of the period is already published: why it is corrected (motivo de la corrección), 5–2000 characters. Printed in the report’s PDF: a character its font cannot show is BAD_USER_INPUT naming each one.',
  })
  @IsOptional()
  @Length(5, 2000)
  @Printable()
  correctionReason?: string | null;
}

@InputType({ description: 'The analysis and conclusions of a draft consolidated report.' })
export class ConsolidatedReportAnalysisInput {
  @Field(() => ID, { description: 'The draft report.' })
  @IsUUID()
  id: string;

  @Field({
    description:
      'Analysis and conclusions (análisis y conclusiones), up to 20000 characters. Printed in the report’s PDF (its only format): a character its font cannot show (CJK, emoji, ✓…) is BAD_USER_INPUT naming each one.',
  })
  @MaxLength(20000)
  @Printable()
  analysis: string;
}

@ArgsType()
export class ReportIdArgs {
  @Field(() => ID, { description: 'Report id.' })
  @IsUUID()
  id: string;
}

@ArgsType()
export class PmiResultsArgs extends PageArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Only secretariats of this department (departamento), e.g. Antioquia; case, accents and surrounding spaces are ignored.' })
  @IsOptional()
  @MaxLength(100)
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'One secretariat (Ministry and administrators; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class PmiResultsNationalArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Only secretariats of this department (departamento); case, accents and surrounding spaces are ignored.' })
  @IsOptional()
  @MaxLength(100)
  department?: string | null;
}

@ArgsType()
export class PublishedPmiResultsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only this period.' })
  @IsOptional()
  @IsPeriod()
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'One secretariat (Ministry and administrators; others read their own; naming another is NOT_FOUND).' })
  @IsOptional()
  secretariat?: string | null;
}

@ArgsType()
export class PublishPmiResultsArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;
}

@ArgsType()
export class RevisionRecordArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Secretariat (national roles; others read their own).' })
  @IsOptional()
  secretariat?: string | null;

  @Field(() => ExportFormat, { defaultValue: ExportFormat.CSV, description: 'CSV or XLSX.' })
  @IsEnum(ExportFormat)
  format: ExportFormat = ExportFormat.CSV;
}
