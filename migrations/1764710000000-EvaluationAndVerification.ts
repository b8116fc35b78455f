import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * D02.03 activity 7 (evaluation of the assistance by the schools, its consolidation) and activity 8 (compliance
 * verification against the ficha técnica N01.05.F01, nonconformities N01.04, corrective/preventive actions N01.02).
 * Table names follow /work/wt/CONTRACT.md (shared with the helpers of activities 5–6 and 9–10).
 */
export class EvaluationAndVerification1764710000000 implements MigrationInterface {
  name = 'EvaluationAndVerification1764710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_settings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        deadline timestamptz NOT NULL,
        criteria jsonb NOT NULL,
        updated_by varchar NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_evaluation_settings_period UNIQUE (secretariat_code, period),
        CHECK (jsonb_typeof(criteria) = 'array' AND jsonb_array_length(criteria) > 0)
      )`);
    await q.query(`
      CREATE TABLE assistance_evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id),
        period varchar(4) NOT NULL,
        activity_id uuid NOT NULL REFERENCES assistance_activity(id),
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        ratings jsonb NOT NULL,
        objectives_met varchar NOT NULL CHECK (objectives_met IN ('YES', 'PARTLY', 'NO')),
        comments text NOT NULL DEFAULT '',
        submitted_at timestamptz NOT NULL DEFAULT now(),
        submitted_by varchar NOT NULL,
        CONSTRAINT uq_assistance_evaluation_school UNIQUE (activity_id, school_dane)
      )`);
    await q.query(`CREATE INDEX "IDX_assistance_evaluation_period" ON assistance_evaluation (secretariat_code, period, school_dane)`);
    await q.query(`CREATE INDEX "IDX_assistance_evaluation_strategy" ON assistance_evaluation (strategy_id)`);
    await q.query(`
      CREATE TABLE evaluation_consolidation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id),
        period varchar(4) NOT NULL,
        figures jsonb NOT NULL,
        status varchar NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'REVIEWED')),
        computed_at timestamptz NOT NULL DEFAULT now(),
        computed_by varchar NOT NULL,
        reviewed_by varchar,
        reviewed_at timestamptz,
        review_notes text,
        CONSTRAINT uq_evaluation_consolidation_period UNIQUE (secretariat_code, period)
      )`);
    await q.query(`
      CREATE TABLE service_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        service_kind varchar NOT NULL,
        code varchar(32) NOT NULL,
        text text NOT NULL,
        position int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_service_requirement_code UNIQUE (secretariat_code, service_kind, code)
      )`);
    await q.query(`
      CREATE TABLE verification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id),
        activity_id uuid NOT NULL REFERENCES assistance_activity(id),
        verified_at timestamptz NOT NULL DEFAULT now(),
        verified_by varchar NOT NULL,
        passed boolean NOT NULL,
        notes text NOT NULL DEFAULT ''
      )`);
    await q.query(`CREATE INDEX "IDX_verification_activity" ON verification (activity_id, verified_at)`);
    await q.query(`
      CREATE TABLE verification_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        verification_id uuid NOT NULL REFERENCES verification(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL,
        position int NOT NULL,
        requirement_code varchar(32) NOT NULL,
        requirement_text text NOT NULL,
        met boolean NOT NULL,
        evidence text NOT NULL,
        CONSTRAINT uq_verification_result_requirement UNIQUE (verification_id, requirement_code)
      )`);
    await q.query(`
      CREATE TABLE nonconformity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        activity_id uuid NOT NULL REFERENCES assistance_activity(id),
        verification_id uuid NOT NULL REFERENCES verification(id),
        requirement_code varchar(32) NOT NULL,
        description text NOT NULL,
        status varchar NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        raised_at timestamptz NOT NULL DEFAULT now(),
        raised_by varchar NOT NULL,
        closed_at timestamptz,
        closed_by_verification_id uuid REFERENCES verification(id),
        CHECK ((status = 'CLOSED') = (closed_by_verification_id IS NOT NULL))
      )`);
    // One open nonconformity per activity and requirement: a failing re-verification keeps it, it does not add another.
    await q.query(`CREATE UNIQUE INDEX "UQ_nonconformity_open" ON nonconformity (activity_id, requirement_code) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX "IDX_nonconformity_secretariat" ON nonconformity (secretariat_code, status, raised_at)`);
    await q.query(`
      CREATE TABLE quality_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        nonconformity_id uuid NOT NULL REFERENCES nonconformity(id),
        kind varchar NOT NULL CHECK (kind IN ('CORRECTIVE', 'PREVENTIVE')),
        description text NOT NULL,
        owner varchar NOT NULL,
        due_on date NOT NULL,
        status varchar NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
        done_on date,
        done_notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by varchar NOT NULL,
        CHECK ((status = 'DONE') = (done_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_quality_action_due" ON quality_action (secretariat_code, status, due_on)`);
    await q.query(`CREATE INDEX "IDX_quality_action_nonconformity" ON quality_action (nonconformity_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'quality_action',
      'nonconformity',
      'verification_result',
      'verification',
      'service_requirement',
      'evaluation_consolidation',
      'assistance_evaluation',
      'evaluation_settings',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
