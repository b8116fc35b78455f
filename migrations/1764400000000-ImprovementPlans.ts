import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schools' improvement plans (PMI): the plan's current state, its parts in normalized tables with stable ids, a JSONB
 * snapshot per version, the review history, and the secretariat's modification windows.
 */
export class ImprovementPlans1764400000000 implements MigrationInterface {
  name = 'ImprovementPlans1764400000000';

  async up(q: QueryRunner): Promise<void> {
    const areas = `('DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY')`;
    await q.query(`
      CREATE TABLE modification_window (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        period varchar(4) NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        closed_at timestamptz,
        opened_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_modification_window_dates CHECK (closes_at > opens_at)
      )`);
    await q.query(`CREATE INDEX "IDX_modification_window_secretariat_period" ON modification_window (secretariat_code, period)`);
    await q.query(`
      CREATE TABLE improvement_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        period varchar(4) NOT NULL,
        status varchar NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED')),
        version integer NOT NULL CHECK (version >= 1),
        pertinent boolean,
        reviewed_version integer,
        last_reviewed_at timestamptz,
        submitted_at timestamptz,
        communication text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_improvement_plan_school_period UNIQUE (school_dane, period)
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_secretariat_period" ON improvement_plan (secretariat_code, period, status)`);
    await q.query(`
      CREATE TABLE improvement_plan_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        version integer NOT NULL,
        status varchar NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED')),
        pertinent boolean,
        content jsonb NOT NULL,
        created_by varchar NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        changed_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        reviewed_at timestamptz,
        CONSTRAINT uq_improvement_plan_version_plan_version UNIQUE (plan_id, version)
      )`);
    await q.query(`
      CREATE TABLE improvement_plan_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        version integer NOT NULL,
        pertinent boolean NOT NULL,
        observation_critical_factors text,
        observation_objectives text,
        observation_goals text,
        observation_indicators text,
        observation_actions text,
        observation_communication text,
        observation_general text,
        reviewer varchar NOT NULL,
        reviewer_role varchar NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_review_plan" ON improvement_plan_review (plan_id, version)`);
    await q.query(`
      CREATE TABLE improvement_plan_critical_factor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        position integer NOT NULL,
        area varchar NOT NULL CHECK (area IN ${areas}),
        description text NOT NULL,
        urgency smallint NOT NULL CHECK (urgency BETWEEN 1 AND 5),
        trend smallint NOT NULL CHECK (trend BETWEEN 1 AND 5),
        impact smallint NOT NULL CHECK (impact BETWEEN 1 AND 5),
        priority smallint NOT NULL,
        CONSTRAINT ck_improvement_plan_critical_factor_priority CHECK (priority = urgency + trend + impact)
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_critical_factor_plan" ON improvement_plan_critical_factor (plan_id, position)`);
    await q.query(`
      CREATE TABLE improvement_plan_objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        position integer NOT NULL,
        area varchar NOT NULL CHECK (area IN ${areas}),
        description text NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_objective_plan" ON improvement_plan_objective (plan_id, position)`);
    await q.query(`
      CREATE TABLE improvement_plan_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        position integer NOT NULL,
        area varchar NOT NULL CHECK (area IN ${areas}),
        description text NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_goal_plan" ON improvement_plan_goal (plan_id, position)`);
    await q.query(`
      CREATE TABLE improvement_plan_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES improvement_plan_goal(id) ON DELETE CASCADE,
        position integer NOT NULL,
        name varchar NOT NULL,
        baseline double precision NOT NULL,
        target double precision NOT NULL,
        unit varchar NOT NULL,
        frequency varchar NOT NULL CHECK (frequency IN ('MONTHLY', 'BIMONTHLY', 'QUARTERLY', 'SEMIANNUAL', 'ANNUAL'))
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_indicator_goal" ON improvement_plan_indicator (goal_id, position)`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_indicator_plan" ON improvement_plan_indicator (plan_id)`);
    await q.query(`
      CREATE TABLE improvement_plan_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES improvement_plan(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES improvement_plan_goal(id) ON DELETE CASCADE,
        position integer NOT NULL,
        description text NOT NULL,
        responsible varchar NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        resources text,
        status varchar NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        inspection_action_ref varchar,
        CONSTRAINT ck_improvement_plan_action_dates CHECK (end_date >= start_date)
      )`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_action_goal" ON improvement_plan_action (goal_id, position)`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_action_plan" ON improvement_plan_action (plan_id)`);
    await q.query(`CREATE INDEX "IDX_improvement_plan_action_inspection_ref" ON improvement_plan_action (inspection_action_ref)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE improvement_plan_action`);
    await q.query(`DROP TABLE improvement_plan_indicator`);
    await q.query(`DROP TABLE improvement_plan_goal`);
    await q.query(`DROP TABLE improvement_plan_objective`);
    await q.query(`DROP TABLE improvement_plan_critical_factor`);
    await q.query(`DROP TABLE improvement_plan_review`);
    await q.query(`DROP TABLE improvement_plan_version`);
    await q.query(`DROP TABLE improvement_plan`);
    await q.query(`DROP TABLE modification_window`);
  }
}
