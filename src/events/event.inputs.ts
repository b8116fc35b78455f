import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { IsEnum, IsOptional, Max, Min } from 'class-validator';
import { IsEventCursor } from './cursor';
import { EventType } from './catalogue';
import { EventConsumer } from './presets';
import { HubEvent } from './event.entity';

@ArgsType()
export class EventSubscriptionArgs {
  @Field(() => [EventType], { nullable: true, description: 'Only these event types (tipos de evento).' })
  @IsOptional()
  @IsEnum(EventType, { each: true })
  types?: EventType[] | null;

  @Field(() => EventConsumer, {
    nullable: true,
    description: "A consumer preset: only that subprocess's event types (combined with `types`, the intersection).",
  })
  @IsOptional()
  @IsEnum(EventConsumer)
  consumer?: EventConsumer | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Cursor of the last event already processed: stored events after it come first, then live ones.',
  })
  @IsOptional()
  @IsEventCursor()
  after?: string | null;
}

@ArgsType()
export class EventsArgs extends EventSubscriptionArgs {
  @Field(() => Int, { defaultValue: 100, description: 'Page size (1–1000).' })
  @Min(1)
  @Max(1000)
  first: number = 100;
}

@ObjectType({ description: 'A page of the event log (registro de eventos), read forwards from a cursor.' })
export class EventPage {
  @Field(() => [HubEvent], { description: 'Events after `after` that the caller may see, in cursor order.' })
  nodes: HubEvent[];

  @Field(() => ID, {
    description:
      'Where to continue: pass it as `after` on the next call. It may lie beyond the last node (events the caller does not see were skipped); when there is nothing new it equals `after`.',
  })
  endCursor: string;

  @Field({ description: 'True when the page is full and more settled events may follow immediately. False says nothing about events held back (see `heldBack`).' })
  hasMore: boolean;

  @Field(() => Int, {
    description:
      'Committed events after `endCursor` that you may see but that are held back, counted up to 1000 (0 when `hasMore`): an older transaction in the hub\'s database is still running and may yet commit events before them in cursor order. They come after `endCursor`, none skipped, once it ends; ask again shortly. An empty page with `heldBack` > 0 is not an empty log.',
  })
  heldBack: number;
}
