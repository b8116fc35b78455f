import type { MigrationInterface, QueryRunner } from 'typeorm';

/** D02.03 activities 2–4: rule thresholds, support needs, the assistance strategy and its alignment with the PAM. */
export class Strategy1764500000000 implements MigrationInterface {
  name = 'Strategy1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE secretariat_settings (
        secretariat_code varchar(16) PRIMARY KEY REFERENCES secretariat(code),
        low_self_evaluation_score int NOT NULL,
        saber_insufficient_share double precision NOT NULL,
        low_saber11_categories varchar[] NOT NULL,
        integral_needs_threshold int NOT NULL,
        max_activities_per_staff_month int NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE support_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        area varchar,
        source varchar NOT NULL CHECK (source IN ('ANALYSIS', 'REQUEST', 'MANUAL')),
        rule varchar,
        support_request_id uuid,
        need_key varchar NOT NULL,
        description text NOT NULL,
        evidence jsonb NOT NULL DEFAULT '[]',
        priority varchar NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
        status varchar NOT NULL CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
        dismiss_reason text,
        resolved_at timestamptz,
        last_identified_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_support_need_need_key UNIQUE (secretariat_code, period, need_key)
      )`);
    await q.query(`CREATE INDEX "IDX_support_need_school" ON support_need (secretariat_code, period, school_dane)`);
    await q.query(`
      CREATE TABLE assistance_strategy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        status varchar NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
        revision int NOT NULL DEFAULT 1,
        revision_reason text,
        submitted_at timestamptz,
        approved_at timestamptz,
        approved_by varchar,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_assistance_strategy_period UNIQUE (secretariat_code, period)
      )`);
    await q.query(`
      CREATE TABLE school_classification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL,
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        proposed_modality varchar NOT NULL,
        modality varchar NOT NULL,
        mandatory boolean NOT NULL,
        reasons text[] NOT NULL DEFAULT '{}',
        open_needs int NOT NULL,
        override_justification text,
        overridden_by varchar,
        overridden_at timestamptz,
        CONSTRAINT uq_school_classification_school UNIQUE (strategy_id, school_dane)
      )`);
    await q.query(`
      CREATE TABLE assistance_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL,
        title varchar NOT NULL,
        modality varchar NOT NULL,
        method varchar NOT NULL,
        school_danes char(12)[] NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        responsible varchar NOT NULL,
        resources text NOT NULL DEFAULT '',
        tasks jsonb NOT NULL DEFAULT '[]',
        support_plan_action_id uuid,
        status varchar NOT NULL DEFAULT 'PROGRAMMED' CHECK (status IN ('PROGRAMMED', 'DONE', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX "IDX_assistance_activity_strategy" ON assistance_activity (strategy_id, starts_on)`);
    await q.query(`CREATE INDEX "IDX_assistance_activity_schools" ON assistance_activity USING gin (school_danes)`);
    await q.query(`
      CREATE TABLE alignment_improvement_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES assistance_activity(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL,
        what text NOT NULL,
        who varchar NOT NULL,
        due_on date NOT NULL,
        recorded_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE strategy_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id) ON DELETE CASCADE,
        revision int NOT NULL,
        reason text NOT NULL,
        snapshot jsonb NOT NULL,
        revised_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['strategy_revision', 'alignment_improvement_action', 'assistance_activity', 'school_classification', 'assistance_strategy', 'support_need', 'secretariat_settings']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
