import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SupportNeed } from './support-need.entity';
import { AddSupportNeedInput, DismissSupportNeedInput, NeedsArgs, UpdateSupportNeedInput } from './need.inputs';
import { ConnectionType } from '../../common/pagination';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import type { Context } from '../../context';
import * as service from './needs.service';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.service';

@ObjectType({ description: 'A page of support needs.' })
export class SupportNeedConnection extends ConnectionType(SupportNeed) {}

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@Resolver(() => SupportNeed)
export class NeedsResolver {
  @Authorized(...READERS)
  @Query(() => SupportNeedConnection, {
    description: 'Support needs (necesidades de apoyo) of a period: a school sees its own; staff their secretariat’s.',
  })
  supportNeeds(@Args() args: NeedsArgs, @Ctx() ctx: Context) {
    return service.listNeeds(ctx, args);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => SupportNeed, { description: 'Adds a need identified by staff.' })
  addSupportNeed(@Arg('input') input: AddSupportNeedInput, @Ctx() ctx: Context) {
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
