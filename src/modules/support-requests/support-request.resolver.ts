import { validateWithService } from '../../common/validation';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { School } from '../schools/school.entity';
import { schoolLoader } from '../schools/school.loaders';
import { SupportRequest, SupportRequestUpdate } from './support-request.entity';
import { RegisterSupportRequestInput, SupportRequestsArgs, UpdateSupportRequestStatusInput } from './support-request.inputs';
import * as service from './support-request.service';
import * as loaders from './support-request.loaders';

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.CITIZEN_SERVICE, Role.MINISTRY, Role.ADMIN];

@ObjectType({ description: 'A page of support requests (solicitudes de apoyo).' })
export class SupportRequestConnection extends ConnectionType(SupportRequest) {}

@Resolver(() => SupportRequest)
export class SupportRequestResolver {
  @Authorized(...READERS)
  @Query(() => SupportRequestConnection, {
    description: "Support requests (solicitudes de apoyo) the caller may see: its secretariat's; a SCHOOL user only its own school's. Order: by school (DANE code), then id.",
  })
  supportRequests(@Args() args: SupportRequestsArgs, @Ctx() ctx: Context) {
    return service.listRequests(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => SupportRequest, { description: 'One support request (solicitud de apoyo) by id.' })
  supportRequest(@Arg('id', () => ID, { description: 'Request id.' }) id: string, @Ctx() ctx: Context) {
    return service.getRequest(ctx, id);
  }

  @Authorized(Role.SCHOOL, Role.CITIZEN_SERVICE)
  @Mutation(() => SupportRequest, {
    description:
      'Registers a support request: a school for itself, or Atención al Ciudadano for a school of its secretariat. Emits support_request.registered.',
  })
  registerSupportRequest(@Arg('input', { validateFn: validateWithService }) input: RegisterSupportRequestInput, @Ctx() ctx: Context) {
    return service.registerRequest(ctx, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => SupportRequest, {
    description: 'Staff change the state of a support request with a note. Emits support_request.updated.',
  })
  updateSupportRequestStatus(
    @Arg('id', () => ID, { description: 'Request id.' }) id: string,
    @Arg('input') input: UpdateSupportRequestStatusInput,
    @Ctx() ctx: Context,
  ) {
    return service.updateRequestStatus(ctx, id, input);
  }

  @FieldResolver(() => School, { description: 'The school (establecimiento educativo).' })
  school(@Root() r: SupportRequest, @Ctx() ctx: Context) {
    return schoolLoader(ctx).load(r.schoolDane);
  }

  @FieldResolver(() => [SupportRequestUpdate], { description: 'Status history with notes, oldest first.' })
  history(@Root() r: SupportRequest, @Ctx() ctx: Context) {
    return loaders.updatesByRequest(ctx).load(r.id);
  }
}
