import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest measurement of each PMI indicator (última medición del indicador), kept by PostgreSQL as measurements
 * arrive: the Ministry's national aggregate reads one row per indicator (152,000 at national scale) instead of
 * looking up the latest of 260,000 measurements on every request. A statement-level trigger keeps it whatever
 * writes the measurements (the follow-ups service, bulk loads); measurements are never updated or deleted (history).
 * "Latest" is the greatest (measured_on, recorded_at), as the reads it replaces ordered them.
 */
export class LatestIndicatorMeasurement1764830000000 implements MigrationInterface {
  name = 'LatestIndicatorMeasurement1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_latest_measurement (
        indicator_id uuid PRIMARY KEY REFERENCES improvement_plan_indicator(id) ON DELETE CASCADE,
        measurement_id uuid NOT NULL,
        value numeric NOT NULL,
        measured_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`
      INSERT INTO indicator_latest_measurement (indicator_id, measurement_id, value, measured_on, recorded_at)
      SELECT DISTINCT ON (indicator_id) indicator_id, id, value, measured_on, recorded_at
        FROM indicator_measurement ORDER BY indicator_id, measured_on DESC, recorded_at DESC`);
    await q.query(`
      CREATE FUNCTION indicator_latest_measurement_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO indicator_latest_measurement AS l (indicator_id, measurement_id, value, measured_on, recorded_at)
        SELECT DISTINCT ON (n.indicator_id) n.indicator_id, n.id, n.value, n.measured_on, n.recorded_at
          FROM new_rows n ORDER BY n.indicator_id, n.measured_on DESC, n.recorded_at DESC
        ON CONFLICT (indicator_id) DO UPDATE
          SET measurement_id = EXCLUDED.measurement_id, value = EXCLUDED.value,
              measured_on = EXCLUDED.measured_on, recorded_at = EXCLUDED.recorded_at
          WHERE (EXCLUDED.measured_on, EXCLUDED.recorded_at) > (l.measured_on, l.recorded_at);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER indicator_latest_measurement_keep AFTER INSERT ON indicator_measurement
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION indicator_latest_measurement_keep()`);
    // History is append-only: a change to a measurement would leave the kept latest stale, so none is allowed.
    await q.query(`
      CREATE FUNCTION indicator_measurement_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'indicator measurements are history and cannot change (record a new measurement)';
      END $$`);
    await q.query(`
      CREATE TRIGGER indicator_measurement_append_only BEFORE UPDATE OR DELETE ON indicator_measurement
        FOR EACH ROW EXECUTE FUNCTION indicator_measurement_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER indicator_measurement_append_only ON indicator_measurement`);
    await q.query(`DROP FUNCTION indicator_measurement_append_only()`);
    await q.query(`DROP TRIGGER indicator_latest_measurement_keep ON indicator_measurement`);
    await q.query(`DROP FUNCTION indicator_latest_measurement_keep()`);
    await q.query(`DROP TABLE indicator_latest_measurement`);
  }
}
