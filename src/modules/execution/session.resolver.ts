import { validateWithService } from '../../common/validation';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role, SECRETARIAT_STAFF } from '../../common/auth/roles';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { AssistanceSession } from './assistance-session.entity';
import { AssistanceSessionInput, AssistanceSessionsArgs } from './session.inputs';
import * as service from './session.service';
import { AssistanceSessionCounts, AssistanceSessionCountsArgs, sessionCounts } from './session.counts';

@ObjectType({ description: 'A page of assistance sessions (sesiones de asistencia técnica), ordered by id.' })
export class AssistanceSessionConnection extends ConnectionType(AssistanceSession) {}

const READERS = [...SECRETARIAT_STAFF, Role.SCHOOL, Role.INSPECTION, Role.MINISTRY, Role.ADMIN];

@Resolver(() => AssistanceSession)
export class AssistanceSessionResolver {
  @Authorized(...READERS)
  @Query(() => AssistanceSessionConnection, {
    description: 'Assistance sessions of a strategy (activity 5): the current state of each (default) or every recorded state. A school sees its own.',
  })
  assistanceSessions(@Args() args: AssistanceSessionsArgs, @Ctx() ctx: Context) {
    return service.listSessions(ctx, args);
  }

  @Authorized(...READERS)
  @Query(() => AssistanceSessionCounts, {
    description:
      'Counts of the sessions of a strategy the caller may list with `assistanceSessions` (current state; same scope: a SCHOOL user counts its own, a strategy of another secretariat is NOT_FOUND): held, programmed and held by month, held by municipality.',
  })
  assistanceSessionCounts(@Args() args: AssistanceSessionCountsArgs, @Ctx() ctx: Context) {
    return sessionCounts(ctx, args);
  }

  @Authorized(...SECRETARIAT_STAFF)
  @Mutation(() => AssistanceSession, {
    description:
      'Records a session with a school against a programmed activity (programada, realizada, cancelada, reprogramada). A change replaces the current state (`replacesId`), which is kept. The first session moves an APPROVED strategy to EXECUTION. Emits follow_up.recorded.',
  })
  recordAssistanceSession(@Arg('input', { validateFn: validateWithService }) input: AssistanceSessionInput, @Ctx() ctx: Context) {
    return service.recordSession(ctx, input);
  }

  @FieldResolver(() => [AssistanceSession], { description: 'Earlier states this one replaced, newest first (history).' })
  history(@Root() s: AssistanceSession, @Ctx() ctx: Context) {
    return service.historyOf(ctx, s);
  }
}
