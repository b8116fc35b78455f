import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks (issue 15): endpoints of sibling systems, each with its own cursor in the event log, the delivery
 * attempts made to it and its dead letters (events whose retries ran out and paused the endpoint). The delivery
 * worker of one hub instance at a time holds an endpoint's lease (`lease_owner`, `lease_until`); `generation` grows on
 * every change made through the API, so a worker that read an older version of the row never overwrites it.
 */
export class Webhooks1764815000000 implements MigrationInterface {
  name = 'Webhooks1764815000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        school_dane varchar NULL,
        client_id varchar NOT NULL,
        scopes text[] NOT NULL,
        url text NOT NULL,
        consumer varchar NULL,
        event_types text[] NULL,
        description text NOT NULL DEFAULT '',
        status varchar NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
        paused_reason varchar NULL CHECK (paused_reason IS NULL OR paused_reason IN ('BY_CALLER', 'RETRIES_EXHAUSTED')),
        paused_at timestamptz NULL,
        secret text NOT NULL,
        previous_secret text NULL,
        previous_secret_expires_at timestamptz NULL,
        secret_rotated_at timestamptz NULL,
        cursor_tx bigint NOT NULL,
        cursor_id bigint NOT NULL,
        generation int NOT NULL DEFAULT 0,
        failing_since timestamptz NULL,
        failed_attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NULL,
        last_attempt_at timestamptz NULL,
        last_delivered_at timestamptz NULL,
        last_status int NULL,
        last_error text NULL,
        lease_owner varchar NULL,
        lease_until timestamptz NULL,
        created_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PAUSED') = (paused_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX idx_webhook_endpoint_client ON webhook_endpoint (secretariat_code, client_id)`);
    await q.query(`CREATE INDEX idx_webhook_endpoint_due ON webhook_endpoint (status, next_attempt_at)`);

    await q.query(`
      CREATE TABLE webhook_attempt (
        id bigserial PRIMARY KEY,
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        event_cursor varchar NOT NULL,
        event_type varchar NOT NULL,
        attempt int NOT NULL,
        started_at timestamptz NOT NULL,
        duration_ms int NOT NULL,
        status_code int NULL,
        success boolean NOT NULL,
        error text NULL,
        response_excerpt text NULL,
        instance_id varchar NOT NULL
      )`);
    await q.query(`CREATE INDEX idx_webhook_attempt_endpoint ON webhook_attempt (endpoint_id, id)`);
    await q.query(`CREATE INDEX idx_webhook_attempt_started ON webhook_attempt (started_at)`);

    await q.query(`
      CREATE TABLE webhook_dead_letter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint(id) ON DELETE CASCADE,
        event_id bigint NOT NULL,
        event_cursor varchar NOT NULL,
        event_type varchar NOT NULL,
        first_failed_at timestamptz NOT NULL,
        dead_at timestamptz NOT NULL,
        attempts int NOT NULL,
        last_status int NULL,
        last_error text NULL,
        response_excerpt text NULL,
        resolution varchar NULL CHECK (resolution IS NULL OR resolution IN ('DELIVERED', 'SKIPPED')),
        resolved_at timestamptz NULL,
        CHECK ((resolution IS NULL) = (resolved_at IS NULL))
      )`);
    await q.query(`CREATE INDEX idx_webhook_dead_letter_endpoint ON webhook_dead_letter (endpoint_id, dead_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_dead_letter`);
    await q.query(`DROP TABLE webhook_attempt`);
    await q.query(`DROP TABLE webhook_endpoint`);
  }
}
