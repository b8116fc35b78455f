import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PeriodArgs } from '../../common/period';
import { validateWithService } from '../../common/validation';
import { SupportNeed } from './support-need.entity';
import { AddSupportNeedInput, DismissSupportNeedInput, NeedsArgs, UpdateSupportNeedInput } from './need.inputs';
import { ConnectionType } from '../../common/pagination';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './needs.service';
import { SupportNeedCounts, SupportNeedCountsArgs, needCounts } from './need.counts';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';

@ObjectType({ description: 'Outcome of a run of identifyNeeds.' })
export class NeedsIdentification {
  @Field({ description: 'Period (vigencia).' })
  period: string;

  @Field(() => Int, { description: 'Needs created by this run.' })
  created: number;

  @Field(() => Int, { description: 'Open needs this run confirmed.' })
  confirmed: number;

  @Field(() => Int, { description: 'Resolved needs whose signal came back, reopened.' })
  reopened: number;

  @Field(() => Int, { description: 'Needs whose signal disappeared, marked resolved (kept).' })
  resolved: number;

  @Field(() => Int, { description: 'Open needs of the period after the run.' })
  open: number;
}

@ObjectType({ description: 'A page of support needs.' })
export class SupportNeedConnection extends ConnectionType(SupportNeed) {}

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@Resolver(() => SupportNeed)
export class NeedsResolver {
  @Authorized(...READERS)
  @Query(() => SupportNeedConnection, {
    description: 'Support needs (necesidades de apoyo) of a period: a school sees its own; staff their secretariat’s. Order: by school (DANE code), then id.',
  })
  supportNeeds(@Args() args: NeedsArgs, @Ctx() ctx: Context) {
    return service.listNeeds(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => SupportNeedCounts, {
    description:
      'Counts of the support needs (necesidades de apoyo) of a period the caller may list with `supportNeeds` (same scope: a SCHOOL user counts its own; another secretariat named by a secretariat-bound role is NOT_FOUND): total, by management area, by municipality.',
  })
  supportNeedCounts(@Args() args: SupportNeedCountsArgs, @Ctx() ctx: Context) {
    return needCounts(ctx, args);
  }

  @Authorized(Role.QUALITY_LEADER, Role.IMPROVEMENT_PROFESSIONAL)
  @Mutation(() => NeedsIdentification, {
    description:
      'Identifies the support needs of a period (activity 2) from the analysis rules and the open support requests. Idempotent; emits needs.identified.',
  })
  identifyNeeds(@Args() { period }: PeriodArgs, @Ctx() ctx: Context) {
    return service.identifyNeeds(ctx, period);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => SupportNeed, {
    description:
      "Adds a need identified by staff. Every problem at once: the input's own and a school (well-formed DANE code) not of the caller's secretariat, in one BAD_USER_INPUT with `violations`.",
  })
  addSupportNeed(@Arg('input', { validateFn: validateWithService }) input: AddSupportNeedInput, @Ctx() ctx: Context) {
    return service.addNeed(ctx, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => SupportNeed, { description: 'Edits a need (description, priority, area).' })
  updateSupportNeed(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateSupportNeedInput, @Ctx() ctx: Context) {
    return service.updateNeed(ctx, id, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => SupportNeed, { description: 'Dismisses a need with a reason; later runs of identifyNeeds do not reopen it.' })
  dismissSupportNeed(@Arg('input') input: DismissSupportNeedInput, @Ctx() ctx: Context) {
    return service.dismissNeed(ctx, input.id, input.reason);
  }

  @FieldResolver(() => School, { description: 'The school (EE).' })
  school(@Root() need: SupportNeed, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(need.schoolDane);
  }
}
