import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Role, scope } from '../common/auth/roles';
import { ConnectionType } from '../common/pagination';
import { assertPeriod } from '../common/period';
import { SelfEvaluationScore } from '../modules/inputs/self-evaluation.entity';
import { Characterization, SaberResult } from '../modules/inputs/characterization.entity';
import { SupportPlan, SupportPlanAction, SupportPlanIndicator, SupportPlanTask } from '../modules/inputs/support-plan.entity';
import { CurriculumChange, EducationModelAdoption, PeiUpdate } from '../modules/inputs/school-changes.entity';
import { InspectionFinding, InspectionFindingAction, SchoolRegimeReport } from '../modules/inputs/inspection.entity';
import { IngestionResult } from '../modules/inputs/ingestion-result';
import { InboundArgs, InboundYearArgs } from './common-inputs';
import * as d0103 from './d01-03-self-evaluation';
import * as d0104 from './d01-04-characterization';
import * as d0201 from './d02-01-support-plan';
import * as d0202 from './d02-02-pei';
import * as c0202 from './c02-02-education-model';
import * as f0103 from './f01-03-inspection';
import * as d0205 from './d02-05-curriculum';
import { RetractionBatchInput, retractInputs } from './retraction';
import { RetractionResult } from '../modules/inputs/retraction-result';
import { SOURCES } from './source-spec';

/** Who may load a source: its own sibling system (scope ingest:<code>), the secretariat's improvement staff, ADMIN for a named secretariat. */
const writers = (code: string) => [Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL, Role.ADMIN, scope(`ingest:${code}`)];
/** Who may read what arrived: staff, inspection, the Ministry, administrators, schools (their own), sibling systems with read:/ingest: of that source. */
const readers = (code: string, schools = true) => [
  Role.QUALITY_LEADER,
  Role.IMPROVEMENT_PROFESSIONAL,
  Role.QUALITY_STAFF,
  Role.INSPECTION,
  Role.MINISTRY,
  Role.ADMIN,
  ...(schools ? [Role.SCHOOL] : []),
  scope(`read:${code}`),
  scope(`ingest:${code}`),
];

@ObjectType({ description: 'A page of self-evaluation scores (D01.03).' })
export class SelfEvaluationScoreConnection extends ConnectionType(SelfEvaluationScore) {}
@ObjectType({ description: 'A page of characterizations (D01.04).' })
export class CharacterizationConnection extends ConnectionType(Characterization) {}
@ObjectType({ description: 'A page of PAM actions (D02.01).' })
export class SupportPlanActionConnection extends ConnectionType(SupportPlanAction) {}
@ObjectType({ description: 'A page of PEI changes (D02.02).' })
export class PeiUpdateConnection extends ConnectionType(PeiUpdate) {}
@ObjectType({ description: 'A page of education model implementations (C02.02).' })
export class EducationModelAdoptionConnection extends ConnectionType(EducationModelAdoption) {}
@ObjectType({ description: 'A page of control findings (F01.03).' })
export class InspectionFindingConnection extends ConnectionType(InspectionFinding) {}
@ObjectType({ description: 'A page of school regime reports (F01.03).' })
export class SchoolRegimeReportConnection extends ConnectionType(SchoolRegimeReport) {}
@ObjectType({ description: 'A page of curriculum changes (D02.05).' })
export class CurriculumChangeConnection extends ConnectionType(CurriculumChange) {}

@Resolver()
export class InboundResolver {
  // Retractions (retiros), every source
  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL, Role.ADMIN, ...SOURCES.map((code) => scope(`ingest:${code}`)))
  @Mutation(() => RetractionResult, {
    description:
      'Withdraws records a source subprocess sent (retiro), by external id: each becomes a tombstone (kept with who, when and why) that reads, signals and needs leave out; a later version with a newer source timestamp brings it back. A sibling system needs ingest:<source of the kind>. Emits input.retracted per school (per PAM period for D02.01).',
  })
  retractInputs(@Arg('input') input: RetractionBatchInput, @Ctx() ctx: Context) {
    return retractInputs(ctx, input);
  }

  // D01.03 autoevaluación institucional
  @Authorized(...writers('D01.03'))
  @Mutation(() => IngestionResult, {
    description: 'Loads self-evaluation values (autoevaluación institucional, D01.03): idempotent by school, year and component. Emits input.received per school.',
  })
  ingestSelfEvaluations(@Arg('input') input: d0103.SelfEvaluationBatchInput, @Ctx() ctx: Context) {
    return d0103.ingestSelfEvaluations(ctx, input);
  }

  @Authorized(...readers('D01.03'))
  @Query(() => SelfEvaluationScoreConnection, { description: 'Self-evaluation values received (D01.03). Order: by school (DANE code), then id; with changedSince, change order.' })
  selfEvaluations(@Args() args: d0103.SelfEvaluationArgs, @Ctx() ctx: Context) {
    return d0103.listSelfEvaluations(ctx, args);
  }

  // D01.04 caracterización y perfil
  @Authorized(...writers('D01.04'))
  @Mutation(() => IngestionResult, {
    description: 'Loads characterizations (caracterización y perfil, D01.04): idempotent by school and year. Emits input.received per school.',
  })
  ingestCharacterizations(@Arg('input') input: d0104.CharacterizationBatchInput, @Ctx() ctx: Context) {
    return d0104.ingestCharacterizations(ctx, input);
  }

  @Authorized(...readers('D01.04'))
  @Query(() => CharacterizationConnection, { description: 'Characterizations received (D01.04). Order: by school (DANE code), then id; with changedSince, change order.' })
  characterizations(@Args() args: InboundYearArgs, @Ctx() ctx: Context) {
    return d0104.listCharacterizations(ctx, args);
  }

  // D02.01 PAM
  @Authorized(...writers('D02.01'))
  @Mutation(() => IngestionResult, {
    description: 'Loads actions of the secretariat’s PAM (Plan de Apoyo al Mejoramiento, D02.01): idempotent by period and action code.',
  })
  ingestSupportPlanActions(@Arg('input') input: d0201.SupportPlanBatchInput, @Ctx() ctx: Context) {
    return d0201.ingestSupportPlanActions(ctx, input);
  }

  @Authorized(...readers('D02.01', false))
  @Query(() => SupportPlanActionConnection, { description: 'Actions of the PAM of a period (D02.01), with stable ids. Order: by id; with changedSince, change order.' })
  supportPlanActions(@Args() args: d0201.SupportPlanActionsArgs, @Ctx() ctx: Context) {
    return d0201.listSupportPlanActions(ctx, args);
  }

  @Authorized(...readers('D02.01', false))
  @Query(() => SupportPlan, { nullable: true, description: 'The PAM of a period, by line; null when none has arrived.' })
  supportPlan(
    @Arg('period', { description: 'Period (vigencia), e.g. 2026.' }) period: string,
    @Arg('secretariat', () => String, { nullable: true, description: 'Secretariat (Ministry and administrators).' }) secretariat: string | null,
    @Ctx() ctx: Context,
  ) {
    return d0201.getSupportPlan(ctx, assertPeriod(period), secretariat);
  }

  // D02.02 PEI
  @Authorized(...writers('D02.02'))
  @Mutation(() => IngestionResult, { description: 'Loads PEI adjustments/updates (D02.02): idempotent by external id.' })
  ingestPeiUpdates(@Arg('input') input: d0202.PeiUpdateBatchInput, @Ctx() ctx: Context) {
    return d0202.ingestPeiUpdates(ctx, input);
  }

  @Authorized(...readers('D02.02'))
  @Query(() => PeiUpdateConnection, { description: 'PEI changes received (D02.02). Order: by school (DANE code), then id; with changedSince, change order.' })
  peiUpdates(@Args() args: InboundArgs, @Ctx() ctx: Context) {
    return d0202.listPeiUpdates(ctx, args);
  }

  // C02.02 modelos educativos
  @Authorized(...writers('C02.02'))
  @Mutation(() => IngestionResult, { description: 'Loads new education models implemented in schools (C02.02): idempotent by external id.' })
  ingestEducationModels(@Arg('input') input: c0202.EducationModelBatchInput, @Ctx() ctx: Context) {
    return c0202.ingestEducationModels(ctx, input);
  }

  @Authorized(...readers('C02.02'))
  @Query(() => EducationModelAdoptionConnection, { description: 'Education model implementations received (C02.02). Order: by school (DANE code), then id; with changedSince, change order.' })
  educationModels(@Args() args: InboundArgs, @Ctx() ctx: Context) {
    return c0202.listEducationModels(ctx, args);
  }

  // F01.03 control del servicio educativo
  @Authorized(...writers('F01.03'))
  @Mutation(() => IngestionResult, {
    description: 'Loads control findings with their corrective/preventive actions (F01.03): idempotent by finding id.',
  })
  ingestInspectionFindings(@Arg('input') input: f0103.InspectionFindingBatchInput, @Ctx() ctx: Context) {
    return f0103.ingestInspectionFindings(ctx, input);
  }

  @Authorized(...readers('F01.03'))
  @Query(() => InspectionFindingConnection, { description: 'Control findings received (F01.03). Order: by school (DANE code), then id; with changedSince, change order.' })
  inspectionFindings(@Args() args: InboundArgs, @Ctx() ctx: Context) {
    return f0103.listInspectionFindings(ctx, args);
  }

  @Authorized(...writers('F01.03'))
  @Mutation(() => IngestionResult, {
    description: 'Loads the regime of non-official schools (F01.03) and applies it to the school registry (emits school.updated when it changes).',
  })
  ingestSchoolRegimes(@Arg('input') input: f0103.SchoolRegimeBatchInput, @Ctx() ctx: Context) {
    return f0103.ingestSchoolRegimes(ctx, input);
  }

  @Authorized(...readers('F01.03'))
  @Query(() => SchoolRegimeReportConnection, { description: 'School regimes reported by F01.03. Order: by school (DANE code), then id; with changedSince, change order.' })
  schoolRegimes(@Args() args: InboundArgs, @Ctx() ctx: Context) {
    return f0103.listSchoolRegimes(ctx, args);
  }

  // D02.05 plan de estudios
  @Authorized(...writers('D02.05'))
  @Mutation(() => IngestionResult, { description: 'Loads curriculum (plan de estudios) changes (D02.05): idempotent by external id.' })
  ingestCurriculumChanges(@Arg('input') input: d0205.CurriculumChangeBatchInput, @Ctx() ctx: Context) {
    return d0205.ingestCurriculumChanges(ctx, input);
  }

  @Authorized(...readers('D02.05'))
  @Query(() => CurriculumChangeConnection, { description: 'Curriculum changes received (D02.05). Order: by school (DANE code), then id; with changedSince, change order.' })
  curriculumChanges(@Args() args: InboundArgs, @Ctx() ctx: Context) {
    return d0205.listCurriculumChanges(ctx, args);
  }
}

@Resolver(() => Characterization)
export class CharacterizationResolver {
  @FieldResolver(() => [SaberResult])
  saberResults(@Root() c: Characterization, @Ctx() ctx: Context) {
    return d0104.saberResultsLoader(ctx).load(c.id);
  }
}

@Resolver(() => SupportPlanAction)
export class SupportPlanActionResolver {
  @FieldResolver(() => [SupportPlanIndicator])
  indicators(@Root() a: SupportPlanAction, @Ctx() ctx: Context) {
    return d0201.supportPlanIndicatorsLoader(ctx).load(a.id);
  }

  @FieldResolver(() => [SupportPlanTask])
  tasks(@Root() a: SupportPlanAction, @Ctx() ctx: Context) {
    return d0201.supportPlanTasksLoader(ctx).load(a.id);
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  @FieldResolver(() => [InspectionFindingAction])
  actions(@Root() f: InspectionFinding, @Ctx() ctx: Context) {
    return f0103.findingActionsLoader(ctx).load(f.id);
  }
}

export const inboundResolvers = [
  InboundResolver,
  CharacterizationResolver,
  SupportPlanActionResolver,
  InspectionFindingResolver,
] as const;

