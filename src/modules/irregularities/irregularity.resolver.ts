import { Args, Arg, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF, scope } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { RecordFile, toRecordFile } from '../../records/record-file';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';
import { IrregularityReport, IrregularityReportSchool } from './irregularity-report.entity';
import {
  DraftIrregularityReportArgs,
  IrregularityDecisionInput,
  IrregularityReportFileArgs,
  IrregularityReportOfYearArgs,
  IrregularityReportsArgs,
  SignIrregularityReportInput,
} from './irregularity.inputs';
import * as service from './irregularity.service';
import { irregularityRecord } from './irregularity-record';

/** Who reads F01.03.F01: the secretariat's staff, inspección y vigilancia (its secretariat), MEN, ADMIN, and F01.03 (read:F01.03). */
const READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN, scope('read:F01.03')];

@ObjectType({ description: 'A page of irregularities reports (F01.03.F01).' })
export class IrregularityReportConnection extends ConnectionType(IrregularityReport) {}

@Resolver(() => IrregularityReport)
export class IrregularityReportResolver {
  @Authorized(...READERS)
  @Query(() => IrregularityReportConnection, { description: 'Irregularities reports (F01.03.F01) visible to the caller, ordered by id (stable).' })
  irregularityReports(@Args() args: IrregularityReportsArgs, @Ctx() ctx: Context) {
    return service.listReports(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => IrregularityReport, { nullable: true, description: 'The irregularities report (F01.03.F01) of a year, or null when none was drafted.' })
  irregularityReport(@Args() { year, secretariat }: IrregularityReportOfYearArgs, @Ctx() ctx: Context) {
    return service.reportOfYear(ctx, year, secretariat);
  }

  @Authorized(...READERS)
  @Query(() => RecordFile, {
    description: 'Record F01.03.F01 Reporte de indicios de irregularidades as a file (PDF, CSV or XLSX); decode contentBase64.',
  })
  async irregularityReportFile(@Args() { id, format }: IrregularityReportFileArgs, @Ctx() ctx: Context) {
    return toRecordFile(await irregularityRecord(ctx.runtime.db.manager, await service.getReport(ctx, id), format));
  }

  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL)
  @Mutation(() => IrregularityReport, {
    description: 'Drafts (or re-drafts) the year’s irregularities report from the evidence (activity 10); keeps the leader’s decisions.',
  })
  draftIrregularityReport(@Args() { year }: DraftIrregularityReportArgs, @Ctx() ctx: Context) {
    return service.draftReport(ctx, year);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => IrregularityReportSchool, { description: 'The líder de calidad puts a school on the draft report, with the reason.' })
  addSchoolToIrregularityReport(@Arg('input') input: IrregularityDecisionInput, @Ctx() ctx: Context) {
    return service.addSchool(ctx, input.reportId, input.schoolDane, input.reason);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => IrregularityReportSchool, { description: 'The líder de calidad takes a school off the draft report, with the reason.' })
  removeSchoolFromIrregularityReport(@Arg('input') input: IrregularityDecisionInput, @Ctx() ctx: Context) {
    return service.removeSchool(ctx, input.reportId, input.schoolDane, input.reason);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => IrregularityReport, {
    description: 'The líder de calidad signs the report: it becomes immutable and F01.03 receives irregularity_report.signed.',
  })
  signIrregularityReport(@Arg('input') input: SignIrregularityReportInput, @Ctx() ctx: Context) {
    return service.signReport(ctx, input.reportId, input.signerName);
  }

  @FieldResolver(() => [IrregularityReportSchool], {
    description: 'Schools of the report: included ones first, then those the leader removed; by DANE code.',
  })
  schools(
    @Root() report: IrregularityReport,
    @Ctx() ctx: Context,
    @Arg('includedOnly', { defaultValue: false, description: 'Only schools on the report.' }) includedOnly: boolean,
  ) {
    return service.schoolsOf(ctx, report, includedOnly);
  }

  @FieldResolver(() => Int, { description: 'Number of schools on the report (included).' })
  async schoolCount(@Root() report: IrregularityReport, @Ctx() ctx: Context) {
    return (await service.schoolsOf(ctx, report, true)).length;
  }
}

@Resolver(() => IrregularityReportSchool)
export class IrregularityReportSchoolResolver {
  @FieldResolver(() => School, { description: 'The school (establecimiento educativo).' })
  school(@Root() row: IrregularityReportSchool, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(row.schoolDane);
  }
}
