import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event cursor = (tx_id, id). tx_id is the 64-bit id of the inserting transaction (xid8 as bigint); readers only
 * deliver rows whose transaction is older than the oldest transaction still running, in (tx_id, id) order.
 * See src/events/cursor.ts for why `id` alone is not a safe cursor.
 */
export class EventCursor1764200000000 implements MigrationInterface {
  name = 'EventCursor1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // A function rather than an inline cast so the column default reads back exactly as the entity declares it.
    await q.query(`
      CREATE FUNCTION event_tx_id() RETURNS bigint LANGUAGE sql VOLATILE
      AS $$ SELECT pg_current_xact_id()::text::bigint $$`);
    await q.query(`ALTER TABLE event ADD COLUMN tx_id bigint NOT NULL DEFAULT event_tx_id()`);
    await q.query(`DROP INDEX "IDX_event_secretariat_id"`);
    await q.query(`DROP INDEX "IDX_event_type_id"`);
    await q.query(`CREATE INDEX "IDX_event_cursor" ON event (tx_id, id)`);
    await q.query(`CREATE INDEX "IDX_event_secretariat_cursor" ON event (secretariat_code, tx_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_event_secretariat_cursor"`);
    await q.query(`DROP INDEX "IDX_event_cursor"`);
    await q.query(`ALTER TABLE event DROP COLUMN tx_id`);
    await q.query(`DROP FUNCTION event_tx_id()`);
    await q.query(`CREATE INDEX "IDX_event_secretariat_id" ON event (secretariat_code, id)`);
    await q.query(`CREATE INDEX "IDX_event_type_id" ON event (type, id)`);
  }
}
