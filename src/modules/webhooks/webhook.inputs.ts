import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayNotEmpty, IsEnum, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { EventType } from '../../events/catalogue';
import { IsEventCursor } from '../../events/cursor';
import { EventConsumer } from '../../events/presets';
import { PageArgs } from '../../common/pagination';
import { WebhookStatus } from './webhook.enums';

/**
 * A client id (OAuth `client_id`): ASCII letters and digits, then also `.`, `_`, `:`, `-`; at most 100 characters.
 * No spaces, controls or bidi overrides, so the id shown is the id stored.
 */
const CLIENT_ID_FORMAT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

@InputType({ description: 'A webhook endpoint to register (registro de webhook).' })
export class RegisterWebhookEndpointInput {
  @Field({ description: 'Where events are POSTed: https:// in production; its host must resolve to public addresses (see docs/webhooks.md).' })
  @Length(1, 2000)
  url: string;

  @Field(() => EventConsumer, { nullable: true, description: 'Preset of event types (consumidor), as in `events(consumer:)`.' })
  @IsOptional()
  @IsEnum(EventConsumer)
  consumer?: EventConsumer | null;

  @Field(() => [EventType], {
    nullable: true,
    description: 'Only these event types (tipos de evento); with `consumer`, the intersection. Omitted or null: every type the scopes (and `consumer`) allow; an empty list is refused; a type listed twice counts once.',
  })
  @IsOptional()
  @IsEnum(EventType, { each: true })
  @ArrayNotEmpty({ message: 'types must not be empty: omit it (or send null) to receive every type the scopes allow' })
  types?: EventType[] | null;

  @Field(() => String, { nullable: true, description: 'Free description (descripción).' })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Secretariat (Secretaría de Educación) of the endpoint: required from ADMIN; a SUBPROCESS client gets its own.' })
  @IsOptional()
  @Length(1, 16)
  secretariat?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Client (aplicación; its OAuth client_id) the endpoint belongs to: required from ADMIN; a SUBPROCESS client registers for itself. Letters, digits, then also . _ : - (at most 100).',
  })
  @IsOptional()
  @Matches(CLIENT_ID_FORMAT, { message: 'clientId must be an OAuth client id: a letter or digit, then letters, digits, ".", "_", ":" or "-" (at most 100 characters)' })
  clientId?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The `read:<code>` scopes (alcances) that bound what the endpoint receives: required from ADMIN; a SUBPROCESS client gets the read scopes of its token when omitted or null. An empty list is refused; a scope listed twice counts once.',
  })
  @IsOptional()
  @ArrayNotEmpty({ message: 'scopes must not be empty: omit it (or send null) for every read scope of your token; an administrator lists them' })
  @Matches(/^read:[A-Z0-9.]{1,20}$/, { each: true, message: 'scopes must look like read:E02.01' })
  scopes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Only events about this school (EE, DANE code of the secretariat).' })
  @IsOptional()
  @Length(1, 20)
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the event log to start after (to receive past events too); default: the end of the log (only new events).' })
  @IsOptional()
  @IsEventCursor()
  after?: string | null;
}

@ArgsType()
export class WebhookEndpointsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (ADMIN only; others see their own).' })
  @IsOptional()
  @Length(1, 16)
  secretariat?: string | null;

  @Field(() => String, { nullable: true, description: 'Only endpoints of this client (aplicación; ADMIN, e.g. to find the endpoints of a client whose scopes were revoked; others see their own).' })
  @IsOptional()
  @Length(1, 100)
  clientId?: string | null;

  @Field(() => WebhookStatus, { nullable: true, description: 'Only endpoints in this state.' })
  @IsOptional()
  @IsEnum(WebhookStatus)
  status?: WebhookStatus | null;
}

@ArgsType()
export class WebhookAttemptsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only failed attempts.' })
  failedOnly: boolean = false;
}

@ArgsType()
export class WebhookDeadLettersArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only dead letters not settled yet.' })
  pendingOnly: boolean = false;
}

export const OVERLAP_DEFAULT = 86_400;

@ArgsType()
export class RotateWebhookSecretArgs {
  @Field(() => Int, {
    defaultValue: OVERLAP_DEFAULT,
    description: 'Seconds during which deliveries are signed with both the new and the previous secret (periodo de transición; 0–604800, default one day).',
  })
  @Min(0)
  @Max(604_800)
  overlapSeconds: number = OVERLAP_DEFAULT;
}

export { CLIENT_ID_FORMAT };
