import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EventType } from '../../events/catalogue';
import { EventConsumer } from '../../events/presets';
import { DeadLetterResolution, WebhookPauseReason, WebhookStatus } from './webhook.enums';

/**
 * A sibling system's HTTP endpoint (webhook) that receives the events of the log it is entitled to, signed, in cursor
 * order, at least once. Visibility is that of the `events` subscription for the endpoint's principal (its client,
 * secretariat and `read:<code>` scopes; optionally one school). The signing secret is never readable after it is
 * handed out (registerWebhookEndpoint, rotateWebhookSecret).
 */
@Entity()
@ObjectType({
  description:
    'Webhook endpoint (punto de entrega, webhook) of a sibling system: the events it may see are POSTed to its URL, signed (Standard Webhooks), in cursor order, at least once.',
})
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  @Field({ description: 'Secretariat (Secretaría de Educación) whose events the endpoint receives.' })
  secretariatCode: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => String, { nullable: true, description: 'When set, only events about this school (EE, DANE code).' })
  schoolDane: string | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Client (aplicación del subproceso) the endpoint belongs to: the `client_id`/`azp` of its token.' })
  clientId: string;

  @Column({ type: 'text', array: true })
  @Field(() => [String], { description: 'The `read:<code>` scopes (alcances) that bound what the endpoint receives, as for the events subscription.' })
  scopes: string[];

  @Column({ type: 'text' })
  @Field({ description: 'Where events are POSTed (URL de entrega), as the hub parsed it: exactly what it calls.' })
  url: string;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => EventConsumer, { nullable: true, description: 'Preset of event types (consumidor), as in `events(consumer:)`.' })
  consumer: EventConsumer | null;

  @Column({ type: 'text', array: true, nullable: true })
  @Field(() => [EventType], { nullable: true, description: 'Event types (tipos de evento) asked for; with `consumer`, the intersection; neither: every type the scopes allow.' })
  eventTypes: EventType[] | null;

  @Column({ type: 'text', default: '' })
  @Field({ description: 'Free description (descripción).' })
  description: string;

  @Column({ type: 'varchar', default: WebhookStatus.ACTIVE })
  @Field(() => WebhookStatus, { description: 'ACTIVE (activo) or PAUSED (pausado).' })
  status: WebhookStatus;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => WebhookPauseReason, { nullable: true, description: 'Why it is paused (motivo de la pausa).' })
  pausedReason: WebhookPauseReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Since when it is paused.' })
  pausedAt: Date | null;

  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'text', nullable: true, select: false })
  previousSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Until when deliveries are also signed with the previous secret (periodo de transición de la rotación).',
  })
  previousSecretExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last rotation of the signing secret (rotación del secreto).' })
  secretRotatedAt: Date | null;

  @Column({ type: 'bigint' })
  cursorTx: string;

  @Column({ type: 'bigint' })
  cursorId: string;

  @Field(() => ID, { description: 'Cursor (posición) of the last event delivered with a 2xx, or where delivery started.' })
  get cursor(): string {
    return `${this.cursorTx}:${this.cursorId}`;
  }

  @Column({ type: 'int', default: 0 })
  generation: number;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Since when the next event has been failing (fallando desde), if it is.' })
  failingSince: Date | null;

  @Column({ type: 'int', default: 0 })
  @Field(() => Int, { description: 'Failed attempts (intentos fallidos) at the next event so far.' })
  failedAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next retry is due (próximo intento), while failing.' })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last delivery attempt (último intento).' })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Last successful delivery (última entrega).' })
  lastDeliveredAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt (último estado HTTP); null when it got no answer.' })
  lastStatus: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Error of the last failed attempt (último error), cleared by a success.' })
  lastError: string | null;

  @Column({ type: 'varchar', nullable: true })
  leaseOwner: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Who registered it.' })
  createdBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'Registered (registrado).' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Field(() => GraphQLISODateTime, { description: 'Last change through the API.' })
  updatedAt: Date;
}

/** One POST of one event to one endpoint (intento de entrega). */
@Entity()
@ObjectType({ description: 'A delivery attempt (intento de entrega) of one event to one webhook endpoint.', simpleResolvers: true })
export class WebhookAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID, { description: 'Id (grows with time).' })
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @Column({ type: 'bigint' })
  @Field(() => ID, { description: 'Id of the event (evento): the `webhook-id` header and the body `id`.' })
  eventId: string;

  @Column({ type: 'varchar' })
  @Field(() => ID, { description: 'Cursor of the event in the log.' })
  eventCursor: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Type of the event (dotted, as in the body), e.g. `school.registered`.' })
  eventType: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Attempt number for this event (1 = first).' })
  attempt: number;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the POST started.' })
  startedAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How long until the answer, the error or the timeout (ms).' })
  durationMs: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'HTTP status answered; null on timeout or connection error.' })
  statusCode: number | null;

  @Column({ type: 'boolean' })
  @Field({ description: 'True for a 2xx answer (entregado).' })
  success: boolean;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What went wrong (timeout, connection refused, HTTP 500, refused address…).' })
  error: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'First characters of the response body (extracto de la respuesta).' })
  responseExcerpt: string | null;

  @Column({ type: 'varchar' })
  @Field({ description: 'Hub instance that made the attempt.' })
  instanceId: string;
}

/** An event whose retries ran out: the endpoint was paused on it (entrega fallida, dead letter). */
@Entity()
@ObjectType({ description: 'Dead letter (entrega fallida): an event whose retries ran out, which paused its endpoint.', simpleResolvers: true })
export class WebhookDeadLetter {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Id.' })
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @Column({ type: 'bigint' })
  @Field(() => ID, { description: 'Id of the event that could not be delivered.' })
  eventId: string;

  @Column({ type: 'varchar' })
  @Field(() => ID, { description: 'Its cursor.' })
  eventCursor: string;

  @Column({ type: 'varchar' })
  @Field({ description: 'Its type (dotted).' })
  eventType: string;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'First failed attempt.' })
  firstFailedAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When retries ran out and the endpoint was paused.' })
  deadAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Attempts made.' })
  attempts: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Last HTTP status (null: no answer).' })
  lastStatus: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Last error.' })
  lastError: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'First characters of the last response body.' })
  responseExcerpt: string | null;

  @Column({ type: 'varchar', nullable: true })
  @Field(() => DeadLetterResolution, { nullable: true, description: 'How it was settled; null while pending.' })
  resolution: DeadLetterResolution | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was settled.' })
  resolvedAt: Date | null;
}

/** Lag and health of one endpoint (retraso y salud del webhook), computed when asked. */
@ObjectType({ description: 'Delivery health of a webhook endpoint (salud de la entrega): lag behind the event log and success rate.' })
export class WebhookHealth {
  @Field(() => Int, { description: 'Events the endpoint may see that are settled in the log and not yet delivered (retraso en eventos).' })
  lagEvents: number;

  @Field(() => Float, { description: 'Age in seconds of the oldest undelivered event (retraso en segundos); 0 when caught up.' })
  lagSeconds: number;

  @Field(() => Float, { nullable: true, description: 'Share of successful attempts over the last 24 hours (tasa de éxito, 0–1); null without attempts.' })
  successRate: number | null;

  @Field(() => Int, { description: 'Attempts over the last 24 hours.' })
  attempts24h: number;
}

/** The answer to registerWebhookEndpoint and rotateWebhookSecret: the only time the secret is shown. */
@ObjectType({ description: 'A webhook endpoint with its signing secret (secreto de firma), shown only in this answer.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The endpoint.' })
  endpoint: WebhookEndpoint;

  @Field({
    description:
      'Signing secret (secreto de firma), `whsec_` + base64 of 32 random bytes, as Standard Webhooks libraries take it. Shown once: store it now.',
  })
  secret: string;
}
