import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth/roles';
import { validateWithService } from '../../common/validation';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../context';
import { WebhookAttempt, WebhookDeadLetter, WebhookEndpoint, WebhookEndpointWithSecret, WebhookHealth } from './webhook.entity';
import { RegisterWebhookEndpointInput, RotateWebhookSecretArgs, WebhookAttemptsArgs, WebhookDeadLettersArgs, WebhookEndpointsArgs } from './webhook.inputs';
import * as service from './webhook.service';

@ObjectType({ description: 'A page of webhook endpoints (webhooks).' })
export class WebhookEndpointConnection extends ConnectionType(WebhookEndpoint) {}

@ObjectType({ description: 'A page of delivery attempts (intentos de entrega).' })
export class WebhookAttemptConnection extends ConnectionType(WebhookAttempt) {}

@ObjectType({ description: 'A page of dead letters (entregas fallidas).' })
export class WebhookDeadLetterConnection extends ConnectionType(WebhookDeadLetter) {}

const WHO = 'ADMIN: every endpoint; a SUBPROCESS client: its own (its client id and secretariat). Another client\'s endpoint answers NOT_FOUND.';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Query(() => WebhookEndpointConnection, { description: `Webhook endpoints (webhooks), in id order. ${WHO}` })
  webhookEndpoints(@Args() args: WebhookEndpointsArgs, @Ctx() ctx: Context) {
    return service.listEndpoints(ctx, args);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Query(() => WebhookEndpoint, { description: `One webhook endpoint. ${WHO}` })
  webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getEndpoint(ctx, id);
  }

  @FieldResolver(() => WebhookHealth, { description: 'Lag behind the event log, success rate (retraso y tasa de éxito).' })
  health(@Root() ep: WebhookEndpoint, @Ctx() ctx: Context) {
    return service.health(ctx, ep);
  }

  @FieldResolver(() => WebhookAttemptConnection, { description: 'Delivery attempts (intentos de entrega), oldest first; kept WEBHOOK_ATTEMPT_RETENTION_HOURS.' })
  attempts(@Root() ep: WebhookEndpoint, @Args() args: WebhookAttemptsArgs, @Ctx() ctx: Context) {
    return service.attempts(ctx, ep, args);
  }

  @FieldResolver(() => WebhookDeadLetterConnection, { description: 'Dead letters (entregas fallidas): events whose retries ran out and paused the endpoint.' })
  deadLetters(@Root() ep: WebhookEndpoint, @Args() args: WebhookDeadLettersArgs, @Ctx() ctx: Context) {
    return service.deadLetters(ctx, ep, args);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: `Registers a webhook endpoint (registrar webhook). It receives what its principal would from the events subscription (secretariat, read:<code> scopes, preset/types), from the end of the log or from \`after\`. The signing secret is in this answer only. ADMIN registers for any client; a SUBPROCESS client for itself. At most WEBHOOK_MAX_ENDPOINTS_PER_CLIENT endpoints per client (LIMIT_EXCEEDED).`,
  })
  registerWebhookEndpoint(@Arg('input', { validateFn: validateWithService }) input: RegisterWebhookEndpointInput, @Ctx() ctx: Context) {
    return service.registerEndpoint(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'New signing secret (rotar secreto), in this answer only; the previous one keeps signing too (a second signature) for `overlapSeconds`.',
  })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Args() args: RotateWebhookSecretArgs, @Ctx() ctx: Context) {
    return service.rotateSecret(ctx, id, args.overlapSeconds);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => WebhookEndpoint, { description: 'Pauses deliveries (pausar); the cursor is kept, so resuming misses nothing.' })
  pauseWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.pauseEndpoint(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => WebhookEndpoint, {
    description: 'Resumes deliveries (reanudar) from the cursor, retrying at once. With `skipFailed`, the pending dead letters are settled as SKIPPED and not delivered.',
  })
  resumeWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Arg('skipFailed', { defaultValue: false, description: 'Skip the dead letters instead of retrying them.' }) skipFailed: boolean,
    @Ctx() ctx: Context,
  ) {
    return service.resumeEndpoint(ctx, id, skipFailed);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => WebhookEndpoint, {
    description: 'Delivers again (reenviar) every event after `after`, a cursor at or before the endpoint\'s (e.g. a dead letter\'s or a receiver\'s last stored cursor; `0:0` is the start of the log). Receivers deduplicate by event id. Refused (INVALID_STATE) on a paused endpoint: resume it first.',
  })
  redeliverWebhookEvents(
    @Arg('id', () => ID) id: string,
    @Arg('after', () => String, { description: 'Event cursor (`<tx>:<id>`: transaction id, event id) after which to deliver again; `0:0` for every event from the start of the log.' }) after: string,
    @Ctx() ctx: Context,
  ) {
    return service.redeliver(ctx, id, after);
  }

  @Authorized(Role.ADMIN, Role.SUBPROCESS)
  @Mutation(() => ID, { description: 'Deletes a webhook endpoint (eliminar webhook) with its attempts and dead letters.' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.deleteEndpoint(ctx, id);
  }
}
