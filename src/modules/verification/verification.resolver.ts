import { validateWithService } from '../../common/validation';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { AssistanceActivity } from '../strategy/assistance-activity.entity';
import { ServiceRequirement } from './service-requirement.entity';
import { Nonconformity, QualityAction, Verification, VerificationResult } from './verification.entity';
import { QualityActionStatus } from './verification.enums';
import { VerificationSheet } from './verification.types';
import {
  CompleteQualityActionInput,
  NonconformitiesArgs,
  OverdueQualityActionsArgs,
  QualityActionInput,
  RecordVerificationInput,
  ServiceRequirementsArgs,
  SetServiceRequirementsInput,
} from './verification.inputs';
import * as service from './verification.service';
import * as loaders from './verification.loaders';
import { activityById } from '../strategy/strategy.loaders';

@ObjectType({ description: 'A page of nonconformities (productos o servicios no conformes, N01.04).' })
export class NonconformityConnection extends ConnectionType(Nonconformity) {}

@ObjectType({ description: 'A page of corrective and preventive actions (N01.02).' })
export class QualityActionConnection extends ConnectionType(QualityAction) {}

/** Verification is the secretariat's quality control of its own service: schools do not see it. */
const READERS = [...SECRETARIAT_STAFF, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@Resolver(() => Verification)
export class VerificationResolver {
  @Authorized(...READERS)
  @Query(() => [ServiceRequirement], {
    description: 'Requirements of the ficha técnica (N01.05.F01) per kind of service, by kind then position; the defaults (id "") where the secretariat set none.',
  })
  serviceRequirements(@Args() args: ServiceRequirementsArgs, @Ctx() ctx: Context) {
    return service.listRequirements(ctx, args);
  }

  @Authorized(Role.QUALITY_LEADER, Role.ADMIN)
  @Mutation(() => [ServiceRequirement], { description: 'Replaces the requirements of a kind of service (ficha técnica N01.05.F01).' })
  setServiceRequirements(@Arg('input') input: SetServiceRequirementsInput, @Ctx() ctx: Context) {
    return service.setRequirements(ctx, input);
  }

  @Authorized(...READERS)
  @Query(() => VerificationSheet, {
    description: "An activity's verification sheet: requirements with their last result and open nonconformity, the schools' evaluations (low ratings) and past verifications.",
  })
  verificationSheet(@Arg('activityId', () => ID) activityId: string, @Ctx() ctx: Context) {
    return service.verificationSheet(ctx, activityId);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => Verification, {
    description:
      'The quality leader verifies an activity requirement by requirement, with evidence. An unmet requirement raises a nonconformity with its action (emits nonconformity.raised); a met one closes its open nonconformity. Emits verification.recorded.',
  })
  recordVerification(@Arg('input', { validateFn: validateWithService }) input: RecordVerificationInput, @Ctx() ctx: Context) {
    return service.recordVerification(ctx, input);
  }

  @FieldResolver(() => [VerificationResult], { description: 'Results per requirement, in the order of the ficha.' })
  results(@Root() v: Verification, @Ctx() ctx: Context) {
    return loaders.resultsByVerification(ctx).load(v.id);
  }

  @FieldResolver(() => [Nonconformity], { description: 'Nonconformities this verification raised.' })
  raisedNonconformities(@Root() v: Verification, @Ctx() ctx: Context) {
    return loaders.nonconformitiesByVerification(ctx).load(v.id);
  }
}

@Resolver(() => Nonconformity)
export class NonconformityResolver {
  @Authorized(...READERS)
  @Query(() => NonconformityConnection, { description: 'Nonconformities of the secretariat, by id; filter by state or activity.' })
  nonconformities(@Args() args: NonconformitiesArgs, @Ctx() ctx: Context) {
    return service.listNonconformities(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => Nonconformity, { description: 'One nonconformity by id.' })
  nonconformity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getNonconformity(ctx, id);
  }

  @Authorized(Role.QUALITY_LEADER)
  @Mutation(() => QualityAction, { description: 'Plans another corrective or preventive action (N01.02) for an open nonconformity.' })
  addQualityAction(@Arg('nonconformityId', () => ID) nonconformityId: string, @Arg('input') input: QualityActionInput, @Ctx() ctx: Context) {
    return service.addAction(ctx, nonconformityId, input);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => QualityAction, {
    description: 'Reports a quality action done. The nonconformity stays open until a new verification finds the requirement met.',
  })
  completeQualityAction(@Arg('id', () => ID) id: string, @Arg('input', { validateFn: validateWithService }) input: CompleteQualityActionInput, @Ctx() ctx: Context) {
    return service.completeAction(ctx, id, input);
  }

  @Authorized(...READERS)
  @Query(() => QualityActionConnection, {
    description: 'Open corrective and preventive actions past their due date (acciones vencidas), by due date then id.',
  })
  overdueQualityActions(@Args() args: OverdueQualityActionsArgs, @Ctx() ctx: Context) {
    return service.listOverdueActions(ctx, args);
  }

  @FieldResolver(() => [QualityAction], { description: 'Its corrective and preventive actions, oldest first.' })
  actions(@Root() n: Nonconformity, @Ctx() ctx: Context) {
    return loaders.actionsByNonconformity(ctx).load(n.id);
  }

  @FieldResolver(() => AssistanceActivity, { nullable: true, description: 'The assistance activity.' })
  activity(@Root() n: Nonconformity, @Ctx() ctx: Context) {
    return activityById(ctx).load(n.activityId);
  }
}

@Resolver(() => QualityAction)
export class QualityActionResolver {
  @FieldResolver(() => Boolean, { description: 'True when still open after its due date (today in Colombia).' })
  overdue(@Root() a: QualityAction) {
    return a.status === QualityActionStatus.OPEN && a.dueOn < service.todayInColombia();
  }
}
