import { Args, Authorized, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { HubEvent } from './event.entity';
import { EventPage, EventSubscriptionArgs, EventsArgs } from './event.inputs';
import * as service from './event.service';

const skipValidation = () => undefined;

const VISIBILITY =
  'Visibility as for queries: your secretariat (MINISTRY and ADMIN: all); a SCHOOL user only events about its school; a SUBPROCESS client only the types of the presets its `read:<code>` scopes grant.';

@Resolver(() => HubEvent)
export class EventResolver {
  @Authorized()
  @Query(() => EventPage, {
    name: 'events',
    description: `Replay of the event log (registro de eventos) after a cursor, for consumers that poll or catch up. ${VISIBILITY}`,
  })
  replay(@Args() args: EventsArgs, @Ctx() ctx: Context) {
    return service.replayEvents(ctx, args);
  }

  @Authorized()
  @Subscription(() => HubEvent, {
    name: 'events',
    description: `Events as they are committed, in cursor order. With \`after\`, stored events after that cursor first, then live ones, with no gap and no duplicate. A cursor beyond the end of the log is refused with CURSOR_AHEAD (\`extensions.logEnd\`: where the log ends). A client that falls SUBSCRIPTION_BUFFER_SIZE events behind has its connection closed with code 1013 (try again later; the standard graphql-ws client retries it) and the resume cursor in the reason; the subscription ends with UNAUTHENTICATED when the token expires. Then resubscribe with \`after\` = the last cursor received. ${VISIBILITY}`,
    subscribe: ({ args, context }) => service.subscribeEvents(context as Context, args as EventSubscriptionArgs),
  })
  // The arguments are declared here for the schema and checked once, in subscribe (parseCursor, eventFilter); the
  // global validateFn would otherwise run again for every event delivered to every subscriber.
  live(@Root() event: HubEvent, @Args({ validateFn: skipValidation }) _args: EventSubscriptionArgs): HubEvent {
    return event;
  }
}
