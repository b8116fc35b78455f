import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * event_horizon(floor, known): the oldest transaction still running that could write this database's event table
 * (see src/events/event-store.ts). A PL/pgSQL function so its look-ups are planned once per session, not in every
 * reading statement (planning them inline cost more than executing them). STABLE: it runs in the caller's snapshot,
 * so pg_current_snapshot() is the snapshot the caller's rows are read with.
 */
export class EventHorizon1764853000000 implements MigrationInterface {
  name = 'EventHorizon1764853000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION event_horizon(floor bigint DEFAULT 0, known bigint[] DEFAULT '{}') RETURNS bigint
      LANGUAGE plpgsql STABLE PARALLEL RESTRICTED AS $$
      DECLARE
        s pg_snapshot := pg_current_snapshot();
        h bigint;
        db oid;
      BEGIN
        IF pg_snapshot_xmin(s) = pg_snapshot_xmax(s) OR pg_is_in_recovery() THEN
          h := pg_snapshot_xmin(s)::text::bigint;
        ELSE
          SELECT d.oid INTO db FROM pg_database d WHERE d.datname = current_database();
          -- Ids proven to belong to another database (pg_stat_get_activity before pg_prepared_xact, so a transaction
          -- being prepared meanwhile shows in one or the other); backend_xid is 32-bit, compare the low 32 bits.
          SELECT coalesce(min(x.x::text::bigint), pg_snapshot_xmax(s)::text::bigint) INTO h
            FROM pg_snapshot_xip(s) x(x)
           WHERE (x.x::text::bigint & 4294967295) <> ALL (known)
             AND (x.x::text::bigint & 4294967295) NOT IN (
                   SELECT a.backend_xid::text::bigint FROM pg_stat_get_activity(NULL) a
                    WHERE a.backend_xid IS NOT NULL AND a.datid <> db
                   UNION ALL
                   SELECT p.transaction::text::bigint FROM pg_prepared_xact() p WHERE p.dbid <> db);
        END IF;
        RETURN GREATEST(h, floor);
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION event_horizon(bigint, bigint[])`);
  }
}
