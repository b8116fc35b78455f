import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every committed change has its audit row, written by the unit of work in the change's own transaction (events only
 * for some changes: a secretariat's rename or new settings emit none). `audit_entry.tx_id` is that transaction's id
 * (xid8 as bigint, as `event.tx_id`), so that the response cache (src/http/response-cache.ts) can ask "did any change
 * commit since this snapshot?" in one indexed statement. Rows written before this migration keep NULL: they committed
 * before any cached answer was taken. No rewrite of the table: the default applies to new rows only.
 */
export class AuditTransaction1764840000000 implements MigrationInterface {
  name = 'AuditTransaction1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entry ADD COLUMN tx_id bigint`);
    await q.query(`ALTER TABLE audit_entry ALTER COLUMN tx_id SET DEFAULT event_tx_id()`);
    await q.query(`CREATE INDEX "IDX_audit_entry_tx" ON audit_entry (tx_id)`);
    await q.query(`CREATE INDEX "IDX_audit_entry_secretariat_tx" ON audit_entry (secretariat_code, tx_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_audit_entry_secretariat_tx"`);
    await q.query(`DROP INDEX "IDX_audit_entry_tx"`);
    await q.query(`ALTER TABLE audit_entry DROP COLUMN tx_id`);
  }
}
