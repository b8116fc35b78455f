import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * D02.03 activities 5–6: assistance sessions, PMI follow-ups (action progress, indicator measurements, corrective
 * actions, coaching notes and replies, the school's self-evaluation) and the strategy's EXECUTION / EVALUATION states.
 * Every follow-up table is append-only: a row is never updated in place (the current state is the latest row).
 */
export class FollowUp1764700000000 implements MigrationInterface {
  name = 'FollowUp1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assistance_strategy DROP CONSTRAINT assistance_strategy_status_check`);
    await q.query(
      `ALTER TABLE assistance_strategy ADD CONSTRAINT assistance_strategy_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'EXECUTION', 'EVALUATION'))`,
    );
    await q.query(`ALTER TABLE assistance_strategy ADD COLUMN evaluation_period_ends_on date`);
    await q.query(`ALTER TABLE assistance_strategy ADD COLUMN execution_started_at timestamptz`);
    await q.query(`ALTER TABLE assistance_strategy ADD COLUMN evaluation_started_at timestamptz`);
    await q.query(`CREATE INDEX "IDX_assistance_strategy_status" ON assistance_strategy (status)`);

    await q.query(`
      CREATE TABLE assistance_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        strategy_id uuid NOT NULL REFERENCES assistance_strategy(id) ON DELETE CASCADE,
        activity_id uuid NOT NULL REFERENCES assistance_activity(id) ON DELETE CASCADE,
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        replaces_id uuid REFERENCES assistance_session(id),
        status varchar NOT NULL CHECK (status IN ('PROGRAMMED', 'HELD', 'CANCELLED', 'RESCHEDULED')),
        mode varchar NOT NULL DEFAULT 'IN_PERSON' CHECK (mode IN ('IN_PERSON', 'VIRTUAL')),
        scheduled_on date NOT NULL,
        held_on date,
        staff text NOT NULL,
        attendees jsonb NOT NULL DEFAULT '[]',
        topics text NOT NULL DEFAULT '',
        agreements text NOT NULL DEFAULT '',
        commitments jsonb NOT NULL DEFAULT '[]',
        next_steps text NOT NULL DEFAULT '',
        cancel_reason text,
        rescheduled_to date,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by varchar NOT NULL,
        CONSTRAINT uq_assistance_session_replaces UNIQUE (replaces_id),
        CHECK (status <> 'HELD' OR held_on IS NOT NULL),
        CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
        CHECK (status <> 'RESCHEDULED' OR (rescheduled_to IS NOT NULL AND cancel_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_assistance_session_strategy" ON assistance_session (strategy_id, activity_id, school_dane)`);
    await q.query(`CREATE INDEX "IDX_assistance_session_school" ON assistance_session (secretariat_code, school_dane, created_at)`);

    const planPart = `
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id)`;
    // Parts with follow-ups are never deleted by a PMI update (ON DELETE RESTRICT; the service refuses first).
    await q.query(`
      CREATE TABLE plan_action_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${planPart},
        plan_version int NOT NULL,
        action_id uuid NOT NULL REFERENCES improvement_plan_action(id) ON DELETE RESTRICT,
        status varchar NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'BLOCKED', 'CANCELLED')),
        percent int NOT NULL CHECK (percent BETWEEN 0 AND 100),
        evidence text,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by varchar NOT NULL,
        recorder_role varchar NOT NULL,
        CHECK (status <> 'DONE' OR (evidence IS NOT NULL AND length(btrim(evidence)) > 0))
      )`);
    await q.query(`CREATE INDEX "IDX_plan_action_progress_action" ON plan_action_progress (action_id, recorded_at)`);
    await q.query(`CREATE INDEX "IDX_plan_action_progress_plan" ON plan_action_progress (plan_id, recorded_at)`);
    await q.query(`
      CREATE TABLE indicator_measurement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${planPart},
        plan_version int NOT NULL,
        indicator_id uuid NOT NULL REFERENCES improvement_plan_indicator(id) ON DELETE RESTRICT,
        value numeric NOT NULL,
        measured_on date NOT NULL,
        source text NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by varchar NOT NULL,
        recorder_role varchar NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_indicator_measurement_indicator" ON indicator_measurement (indicator_id, measured_on)`);
    await q.query(`CREATE INDEX "IDX_indicator_measurement_plan" ON indicator_measurement (plan_id, recorded_at)`);
    await q.query(`
      CREATE TABLE plan_corrective_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${planPart},
        action_id uuid REFERENCES improvement_plan_action(id) ON DELETE RESTRICT,
        indicator_id uuid REFERENCES improvement_plan_indicator(id) ON DELETE RESTRICT,
        session_id uuid REFERENCES assistance_session(id),
        description text NOT NULL,
        responsible varchar NOT NULL,
        due_on date NOT NULL,
        agreed_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by varchar NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_plan_corrective_action_plan" ON plan_corrective_action (plan_id, recorded_at)`);
    await q.query(`
      CREATE TABLE coaching_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${planPart},
        part_kind varchar NOT NULL CHECK (part_kind IN ('PLAN', 'CRITICAL_FACTOR', 'OBJECTIVE', 'GOAL', 'INDICATOR', 'ACTION')),
        part_id uuid,
        part_text text,
        body text NOT NULL,
        author varchar NOT NULL,
        author_role varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((part_kind = 'PLAN') = (part_id IS NULL))
      )`);
    await q.query(`CREATE INDEX "IDX_coaching_note_plan" ON coaching_note (plan_id, created_at)`);
    await q.query(`
      CREATE TABLE coaching_note_reply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        note_id uuid NOT NULL REFERENCES coaching_note(id) ON DELETE CASCADE,
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        body text NOT NULL,
        author varchar NOT NULL,
        author_role varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_coaching_note_reply_note" ON coaching_note_reply (note_id, created_at)`);
    await q.query(`
      CREATE TABLE plan_self_evaluation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),${planPart},
        plan_version int NOT NULL,
        evaluated_on date NOT NULL,
        goal_ratings jsonb NOT NULL DEFAULT '[]',
        achievements text NOT NULL DEFAULT '',
        difficulties text NOT NULL DEFAULT '',
        adjustments text NOT NULL DEFAULT '',
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by varchar NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_plan_self_evaluation_plan" ON plan_self_evaluation (plan_id, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'plan_self_evaluation',
      'coaching_note_reply',
      'coaching_note',
      'plan_corrective_action',
      'indicator_measurement',
      'plan_action_progress',
      'assistance_session',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP INDEX "IDX_assistance_strategy_status"`);
    await q.query(`ALTER TABLE assistance_strategy DROP COLUMN evaluation_started_at`);
    await q.query(`ALTER TABLE assistance_strategy DROP COLUMN execution_started_at`);
    await q.query(`ALTER TABLE assistance_strategy DROP COLUMN evaluation_period_ends_on`);
    await q.query(`ALTER TABLE assistance_strategy DROP CONSTRAINT assistance_strategy_status_check`);
    await q.query(`UPDATE assistance_strategy SET status = 'APPROVED' WHERE status IN ('EXECUTION', 'EVALUATION')`);
    await q.query(
      `ALTER TABLE assistance_strategy ADD CONSTRAINT assistance_strategy_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED'))`,
    );
  }
}
