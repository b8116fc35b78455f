import type { MigrationInterface, QueryRunner } from 'typeorm';
import guia34 from '../src/modules/catalogue/guia34-2008.json';

/** Provenance columns shared by every record received from a source subprocess. */
const PROVENANCE = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  secretariat_code varchar(16) NOT NULL,
  source varchar(8) NOT NULL,
  external_id varchar NOT NULL,
  client varchar NOT NULL,
  received_at timestamptz NOT NULL,
  source_timestamp timestamptz NOT NULL,
  content_hash char(32) NOT NULL`;

/**
 * The inbound side (issue 4): typed tables for what the seven source subprocesses send, each with provenance and a
 * unique natural key for idempotent upserts; the versioned self-evaluation catalogue with Guía 34 (2008) loaded.
 */
export class Inbound1764300000000 implements MigrationInterface {
  name = 'Inbound1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // D01.03: catalogue (data, versioned) and scores
    await q.query(`
      CREATE TABLE self_evaluation_catalogue (
        version varchar(32) PRIMARY KEY,
        name varchar NOT NULL,
        description text,
        loaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE self_evaluation_process (
        catalogue_version varchar(32) NOT NULL,
        code varchar(32) NOT NULL,
        area varchar NOT NULL,
        name varchar NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (catalogue_version, code)
      )`);
    await q.query(`
      CREATE TABLE self_evaluation_component (
        catalogue_version varchar(32) NOT NULL,
        code varchar(32) NOT NULL,
        process_code varchar(32) NOT NULL,
        area varchar NOT NULL,
        name varchar NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (catalogue_version, code)
      )`);
    await q.query(`
      CREATE TABLE self_evaluation_score (${PROVENANCE},
        school_dane char(12) NOT NULL,
        year varchar(4) NOT NULL,
        catalogue_version varchar(32) NOT NULL,
        component_code varchar(32) NOT NULL,
        process_code varchar(32) NOT NULL,
        area varchar NOT NULL,
        score smallint NOT NULL,
        evidence text
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_self_evaluation_score_key ON self_evaluation_score (school_dane, year, component_code)`);
    await q.query(`CREATE INDEX ix_self_evaluation_score_secretariat ON self_evaluation_score (secretariat_code, year, score)`);

    // D01.04: characterization and Saber 3/5/9 results
    await q.query(`
      CREATE TABLE characterization (${PROVENANCE},
        school_dane char(12) NOT NULL,
        year varchar(4) NOT NULL,
        enrolment int,
        saber11_category varchar,
        dropout_rate double precision,
        repetition_rate double precision,
        infrastructure_condition varchar,
        infrastructure_needs text array NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_characterization_key ON characterization (school_dane, year)`);
    await q.query(`CREATE INDEX ix_characterization_secretariat ON characterization (secretariat_code, year)`);
    await q.query(`
      CREATE TABLE saber_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        characterization_id uuid NOT NULL,
        secretariat_code varchar(16) NOT NULL,
        school_dane char(12) NOT NULL,
        year varchar(4) NOT NULL,
        grade smallint NOT NULL,
        subject varchar NOT NULL,
        insufficient double precision NOT NULL,
        minimum double precision NOT NULL,
        satisfactory double precision NOT NULL,
        advanced double precision NOT NULL,
        CONSTRAINT fk_saber_result_characterization FOREIGN KEY (characterization_id) REFERENCES characterization(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_saber_result_key ON saber_result (characterization_id, grade, subject)`);
    await q.query(`CREATE INDEX ix_saber_result_school ON saber_result (secretariat_code, year, school_dane)`);

    // D02.01: PAM actions, indicators, tasks
    await q.query(`
      CREATE TABLE support_plan_action (${PROVENANCE},
        period varchar(4) NOT NULL,
        line_code varchar(32) NOT NULL,
        line_name varchar NOT NULL,
        code varchar(32) NOT NULL,
        name varchar NOT NULL,
        start_date date,
        end_date date
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_support_plan_action_key ON support_plan_action (secretariat_code, period, code)`);
    for (const [table, cols] of [
      ['support_plan_indicator', `name varchar NOT NULL, baseline double precision, target double precision NOT NULL, unit varchar NOT NULL`],
      ['support_plan_task', `description varchar NOT NULL, responsible varchar, due_date date`],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          action_id uuid NOT NULL,
          position int NOT NULL,
          ${cols},
          CONSTRAINT fk_${table}_action FOREIGN KEY (action_id) REFERENCES support_plan_action(id) ON DELETE CASCADE
        )`);
      await q.query(`CREATE UNIQUE INDEX uq_${table}_key ON ${table} (action_id, position)`);
    }

    // D02.02, C02.02, D02.05: changes at a school
    await q.query(`
      CREATE TABLE pei_update (${PROVENANCE},
        school_dane char(12) NOT NULL,
        change_type varchar NOT NULL,
        changed_on date NOT NULL,
        summary text NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_pei_update_key ON pei_update (secretariat_code, external_id)`);
    await q.query(`CREATE INDEX ix_pei_update_school ON pei_update (school_dane, changed_on)`);
    await q.query(`
      CREATE TABLE education_model_adoption (${PROVENANCE},
        school_dane char(12) NOT NULL,
        model_name varchar NOT NULL,
        implemented_on date NOT NULL,
        notes text
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_education_model_adoption_key ON education_model_adoption (secretariat_code, external_id)`);
    await q.query(`CREATE INDEX ix_education_model_adoption_school ON education_model_adoption (school_dane, implemented_on)`);
    await q.query(`
      CREATE TABLE curriculum_change (${PROVENANCE},
        school_dane char(12) NOT NULL,
        changed_on date NOT NULL,
        summary text NOT NULL,
        areas text array NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_curriculum_change_key ON curriculum_change (secretariat_code, external_id)`);
    await q.query(`CREATE INDEX ix_curriculum_change_school ON curriculum_change (school_dane, changed_on)`);

    // F01.03: findings, their actions, regimes
    await q.query(`
      CREATE TABLE inspection_finding (${PROVENANCE},
        school_dane char(12) NOT NULL,
        found_on date NOT NULL,
        area varchar,
        description text NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_inspection_finding_key ON inspection_finding (secretariat_code, external_id)`);
    await q.query(`CREATE INDEX ix_inspection_finding_school ON inspection_finding (school_dane, found_on)`);
    await q.query(`
      CREATE TABLE inspection_finding_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL,
        secretariat_code varchar(16) NOT NULL,
        school_dane char(12) NOT NULL,
        external_id varchar NOT NULL,
        type varchar NOT NULL,
        description text NOT NULL,
        due_date date,
        CONSTRAINT fk_inspection_finding_action_finding FOREIGN KEY (finding_id) REFERENCES inspection_finding(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_inspection_finding_action_key ON inspection_finding_action (finding_id, external_id)`);
    await q.query(`CREATE INDEX ix_inspection_finding_action_school ON inspection_finding_action (secretariat_code, school_dane)`);
    await q.query(`
      CREATE TABLE school_regime_report (${PROVENANCE},
        school_dane char(12) NOT NULL,
        regime varchar NOT NULL,
        year varchar(4)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_school_regime_report_key ON school_regime_report (school_dane)`);

    // The default catalogue: Guía 34 (MEN, 2008).
    await q.query('INSERT INTO self_evaluation_catalogue (version, name, description) VALUES ($1, $2, $3)', [
      guia34.version,
      guia34.name,
      guia34.description,
    ]);
    let pos = 0;
    await q.query(
      `INSERT INTO self_evaluation_process (catalogue_version, code, area, name, position)
       SELECT $1, code, area, name, position FROM jsonb_to_recordset($2::jsonb) AS r(code varchar, area varchar, name varchar, position int)`,
      [guia34.version, JSON.stringify(guia34.processes.map((p, i) => ({ code: p.code, area: p.area, name: p.name, position: i + 1 })))],
    );
    await q.query(
      `INSERT INTO self_evaluation_component (catalogue_version, code, process_code, area, name, position)
       SELECT $1, code, process_code, area, name, position
       FROM jsonb_to_recordset($2::jsonb) AS r(code varchar, process_code varchar, area varchar, name varchar, position int)`,
      [
        guia34.version,
        JSON.stringify(
          guia34.processes.flatMap((p) => p.components.map((c) => ({ code: c.code, process_code: p.code, area: p.area, name: c.name, position: ++pos }))),
        ),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'school_regime_report',
      'inspection_finding_action',
      'inspection_finding',
      'curriculum_change',
      'education_model_adoption',
      'pei_update',
      'support_plan_task',
      'support_plan_indicator',
      'support_plan_action',
      'saber_result',
      'characterization',
      'self_evaluation_score',
      'self_evaluation_component',
      'self_evaluation_process',
      'self_evaluation_catalogue',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
