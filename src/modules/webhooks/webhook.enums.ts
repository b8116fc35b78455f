import { registerEnumType } from 'type-graphql';

/** Whether the hub delivers to an endpoint (estado del webhook). */
export enum WebhookStatus {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
}
registerEnumType(WebhookStatus, {
  name: 'WebhookStatus',
  description: 'State of a webhook endpoint (estado del webhook): ACTIVE (activo) receives events; PAUSED (pausado) keeps its cursor and receives nothing until resumed.',
  valuesConfig: {
    ACTIVE: { description: 'Activo: events are delivered, in cursor order.' },
    PAUSED: { description: 'Pausado: nothing is delivered; the cursor is kept, so resuming misses nothing.' },
  },
});

/** Why an endpoint is paused. */
export enum WebhookPauseReason {
  BY_CALLER = 'BY_CALLER',
  RETRIES_EXHAUSTED = 'RETRIES_EXHAUSTED',
}
registerEnumType(WebhookPauseReason, {
  name: 'WebhookPauseReason',
  description: 'Why a webhook endpoint is paused (motivo de la pausa).',
  valuesConfig: {
    BY_CALLER: { description: 'Pausado por el cliente o el administrador (pauseWebhookEndpoint).' },
    RETRIES_EXHAUSTED: {
      description: 'Reintentos agotados: an event kept failing for longer than WEBHOOK_RETRY_MAX_AGE_MS; it is listed in deadLetters.',
    },
  },
});

/** How a dead letter was settled. */
export enum DeadLetterResolution {
  DELIVERED = 'DELIVERED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(DeadLetterResolution, {
  name: 'DeadLetterResolution',
  description: 'How a dead letter (entrega fallida) was settled.',
  valuesConfig: {
    DELIVERED: { description: 'Entregado: delivered with a 2xx after the endpoint was resumed.' },
    SKIPPED: { description: 'Omitido: resumeWebhookEndpoint(skipFailed: true) moved the cursor past it without delivering it.' },
  },
});
