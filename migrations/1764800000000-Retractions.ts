import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retractions (issue 13): a source subprocess can withdraw what it sent, and everything downstream sees it.
 *
 * - Tombstones, not deletes: every inbound table gets `retracted_at`, `retracted_by`, `retraction_reason` and
 *   `retraction_source_timestamp` (the source's version of the withdrawal; a write must be newer to revive the record).
 * - The stored rows move to `<table>_all` (tombstones included); `<table>` becomes a view of the current rows
 *   (`retracted_at IS NULL`). Every reader that names the table — the signals of activity 1, the needs rules, the
 *   classification, the PAM alignment, the irregularity rule, the consolidated figures — therefore leaves retracted
 *   records out without a filter of its own, and so does any reader added later. Only the inbound side (the writer,
 *   and the read queries when asked for tombstones or the change feed) uses `<table>_all`. Child tables
 *   (`saber_result`, `inspection_finding_action`, PAM indicators and tasks) keep their rows; their readers reach them
 *   through the parent, which is the view.
 * - Change feed: `change_tx` is the id of the transaction that last wrote the row (set on insert by the default, on
 *   every update by a trigger). The feed reads rows in (change_tx, id) order, only those of transactions older than the
 *   oldest one still running (as the event log does, src/events/cursor.ts), so a consumer polling with the last
 *   position it saw never misses a change committed out of order.
 * - `retracted_input_record`: every retracted record under the names the needs' evidence uses (record, recordId), so
 *   `identifyNeeds` can say a need resolved because its evidence was retracted (`support_need.resolution_reason`).
 * - External ids are looked up per secretariat (retraction by external id, key-change detection): an index where the
 *   natural key does not already lead with it.
 */
const TABLES = [
  'self_evaluation_score',
  'characterization',
  'support_plan_action',
  'pei_update',
  'education_model_adoption',
  'curriculum_change',
  'inspection_finding',
  'school_regime_report',
] as const;

/** Tables whose unique key is not (secretariat_code, external_id). */
const NATURAL_KEYED = ['self_evaluation_score', 'characterization', 'support_plan_action', 'school_regime_report'];

export class Retractions1764800000000 implements MigrationInterface {
  name = 'Retractions1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION inbound_touch_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.change_tx := event_tx_id();
        RETURN NEW;
      END $$`);
    for (const t of TABLES) {
      await q.query(`ALTER TABLE ${t} RENAME TO ${t}_all`);
      await q.query(`
        ALTER TABLE ${t}_all
          ADD COLUMN retracted_at timestamptz,
          ADD COLUMN retracted_by varchar,
          ADD COLUMN retraction_reason text,
          ADD COLUMN retraction_source_timestamp timestamptz,
          ADD COLUMN change_tx bigint NOT NULL DEFAULT event_tx_id(),
          ADD CONSTRAINT ck_${t}_tombstone CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL)
            AND (retracted_at IS NULL) = (retraction_source_timestamp IS NULL) AND (retracted_at IS NULL) = (retracted_by IS NULL))`);
      await q.query(`CREATE INDEX ix_${t}_change ON ${t}_all (secretariat_code, change_tx, id)`);
      await q.query(`CREATE INDEX ix_${t}_retracted ON ${t}_all (id) WHERE retracted_at IS NOT NULL`);
      if (NATURAL_KEYED.includes(t)) await q.query(`CREATE INDEX ix_${t}_external_id ON ${t}_all (secretariat_code, external_id)`);
      await q.query(`CREATE TRIGGER tr_${t}_change BEFORE UPDATE ON ${t}_all FOR EACH ROW EXECUTE FUNCTION inbound_touch_change()`);
      await q.query(`CREATE VIEW ${t} AS SELECT * FROM ${t}_all WHERE retracted_at IS NULL`);
    }
    await q.query(`
      CREATE VIEW retracted_input_record AS
        SELECT 'SelfEvaluationScore'::text AS record, id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM self_evaluation_score_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'Characterization', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM characterization_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'SaberResult', r.id, c.secretariat_code, c.source, c.external_id, c.retracted_at, c.retraction_reason
          FROM saber_result r JOIN characterization_all c ON c.id = r.characterization_id WHERE c.retracted_at IS NOT NULL
        UNION ALL SELECT 'SupportPlanAction', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM support_plan_action_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'PeiUpdate', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM pei_update_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'EducationModelAdoption', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM education_model_adoption_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'CurriculumChange', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM curriculum_change_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'InspectionFinding', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM inspection_finding_all WHERE retracted_at IS NOT NULL
        UNION ALL SELECT 'InspectionFindingAction', a.id, f.secretariat_code, f.source, f.external_id, f.retracted_at, f.retraction_reason
          FROM inspection_finding_action a JOIN inspection_finding_all f ON f.id = a.finding_id WHERE f.retracted_at IS NOT NULL
        UNION ALL SELECT 'SchoolRegimeReport', id, secretariat_code, source, external_id, retracted_at, retraction_reason
          FROM school_regime_report_all WHERE retracted_at IS NOT NULL`);
    await q.query(`ALTER TABLE support_need ADD COLUMN resolution_reason varchar`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE support_need DROP COLUMN resolution_reason`);
    await q.query(`DROP VIEW retracted_input_record`);
    for (const t of [...TABLES].reverse()) {
      await q.query(`DROP VIEW ${t}`);
      await q.query(`DROP TRIGGER tr_${t}_change ON ${t}_all`);
      if (NATURAL_KEYED.includes(t)) await q.query(`DROP INDEX ix_${t}_external_id`);
      await q.query(`DROP INDEX ix_${t}_retracted`);
      await q.query(`DROP INDEX ix_${t}_change`);
      // Tombstones cannot go back to a schema without them: the retracted rows are removed, as if never received.
      await q.query(`DELETE FROM ${t}_all WHERE retracted_at IS NOT NULL`);
      await q.query(`
        ALTER TABLE ${t}_all
          DROP CONSTRAINT ck_${t}_tombstone,
          DROP COLUMN change_tx,
          DROP COLUMN retraction_source_timestamp,
          DROP COLUMN retraction_reason,
          DROP COLUMN retracted_by,
          DROP COLUMN retracted_at`);
      await q.query(`ALTER TABLE ${t}_all RENAME TO ${t}`);
    }
    await q.query(`DROP FUNCTION inbound_touch_change()`);
  }
}
