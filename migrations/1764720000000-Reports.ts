import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * D02.03 activities 9–10: the consolidated report (versions; a published one is immutable and a correction is a new
 * version that replaces it), the Ministry's PMI formulation results, the annual irregularities report F01.03.F01
 * (a signed one is immutable) with its schools, and the irregularity thresholds of the secretariat settings.
 * Immutability is enforced by triggers as well as by the services, so no code path can change a published or signed row.
 */
export class Reports1764720000000 implements MigrationInterface {
  name = 'Reports1764720000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE secretariat_settings ADD COLUMN irregularity_consecutive_periods int NOT NULL DEFAULT 2`);
    await q.query(`ALTER TABLE secretariat_settings ADD COLUMN irregularity_min_done_share double precision NOT NULL DEFAULT 0.3`);

    await q.query(`
      CREATE TABLE consolidated_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        status varchar NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        replaces_id uuid REFERENCES consolidated_report(id),
        correction_reason text,
        figures jsonb NOT NULL,
        analysis text NOT NULL DEFAULT '',
        created_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        published_by varchar,
        CONSTRAINT uq_consolidated_report_version UNIQUE (secretariat_code, period, version),
        CONSTRAINT uq_consolidated_report_replaces UNIQUE (replaces_id),
        CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        CHECK (replaces_id IS NULL OR correction_reason IS NOT NULL)
      )`);
    // At most one draft per secretariat and period.
    await q.query(`CREATE UNIQUE INDEX uq_consolidated_report_draft ON consolidated_report (secretariat_code, period) WHERE status = 'DRAFT'`);

    await q.query(`
      CREATE TABLE pmi_results_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        version int NOT NULL CHECK (version >= 1),
        figures jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by varchar NOT NULL,
        CONSTRAINT uq_pmi_results_report_version UNIQUE (secretariat_code, period, version)
      )`);

    await q.query(`
      CREATE TABLE irregularity_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        year varchar(4) NOT NULL,
        status varchar NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SIGNED')),
        consecutive_periods int NOT NULL,
        min_done_share double precision NOT NULL,
        drafted_at timestamptz NOT NULL DEFAULT now(),
        drafted_by varchar NOT NULL,
        signed_at timestamptz,
        signed_by varchar,
        signer_name varchar,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_irregularity_report_year UNIQUE (secretariat_code, year),
        CHECK ((status = 'SIGNED') = (signed_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE irregularity_report_school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES irregularity_report(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL,
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        origin varchar NOT NULL CHECK (origin IN ('RULE', 'LEADER')),
        included boolean NOT NULL,
        reasons varchar[] NOT NULL DEFAULT '{}',
        evidence jsonb NOT NULL DEFAULT '[]',
        assistance jsonb NOT NULL DEFAULT '[]',
        leader_reason text,
        decided_by varchar,
        decided_at timestamptz,
        CONSTRAINT uq_irregularity_report_school UNIQUE (report_id, school_dane),
        CHECK (origin = 'RULE' AND included OR leader_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX "IDX_irregularity_report_school_school" ON irregularity_report_school (secretariat_code, school_dane)`);

    // A published report, a Ministry report and a signed F01.03.F01 (with its schools) never change again.
    await q.query(`
      CREATE FUNCTION forbid_change_of_final_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'A % record that is published or signed cannot change', TG_TABLE_NAME USING ERRCODE = 'P0001';
      END $$`);
    await q.query(`
      CREATE TRIGGER consolidated_report_final BEFORE UPDATE OR DELETE ON consolidated_report
      FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION forbid_change_of_final_report()`);
    await q.query(`
      CREATE TRIGGER pmi_results_report_final BEFORE UPDATE OR DELETE ON pmi_results_report
      FOR EACH ROW EXECUTE FUNCTION forbid_change_of_final_report()`);
    await q.query(`
      CREATE TRIGGER irregularity_report_final BEFORE UPDATE OR DELETE ON irregularity_report
      FOR EACH ROW WHEN (OLD.status = 'SIGNED') EXECUTE FUNCTION forbid_change_of_final_report()`);
    await q.query(`
      CREATE FUNCTION forbid_change_of_signed_report_school() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM irregularity_report r
                    WHERE r.id = coalesce(NEW.report_id, OLD.report_id) AND r.status = 'SIGNED') THEN
          RAISE EXCEPTION 'The schools of a signed irregularities report cannot change' USING ERRCODE = 'P0001';
        END IF;
        RETURN coalesce(NEW, OLD);
      END $$`);
    await q.query(`
      CREATE TRIGGER irregularity_report_school_final BEFORE INSERT OR UPDATE OR DELETE ON irregularity_report_school
      FOR EACH ROW EXECUTE FUNCTION forbid_change_of_signed_report_school()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE irregularity_report_school`);
    await q.query(`DROP TABLE irregularity_report`);
    await q.query(`DROP TABLE pmi_results_report`);
    await q.query(`DROP TABLE consolidated_report`);
    await q.query(`DROP FUNCTION forbid_change_of_signed_report_school()`);
    await q.query(`DROP FUNCTION forbid_change_of_final_report()`);
    await q.query(`ALTER TABLE secretariat_settings DROP COLUMN irregularity_min_done_share`);
    await q.query(`ALTER TABLE secretariat_settings DROP COLUMN irregularity_consecutive_periods`);
  }
}
