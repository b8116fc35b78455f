import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Secretariats (tenants), the school registry, the audit trail and the event log. */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE secretariat (
        code varchar(16) PRIMARY KEY,
        name varchar NOT NULL,
        department varchar,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE school (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dane_code char(12) NOT NULL CONSTRAINT uq_school_dane_code UNIQUE CHECK (dane_code ~ '^[0-9]{12}$'),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        name varchar NOT NULL,
        name_search varchar NOT NULL,
        sector varchar NOT NULL CHECK (sector IN ('OFFICIAL', 'NON_OFFICIAL')),
        zone varchar NOT NULL CHECK (zone IN ('URBAN', 'RURAL')),
        municipality varchar NOT NULL,
        municipality_code varchar(5),
        regime varchar CHECK (regime IN ('REGULATED_FREEDOM', 'MONITORED_FREEDOM', 'CONTROLLED')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_school_regime_non_official CHECK (regime IS NULL OR sector = 'NON_OFFICIAL')
      )`);
    await q.query(`CREATE INDEX "IDX_school_secretariat_dane" ON school (secretariat_code, dane_code)`);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        secretariat_code varchar,
        subject varchar NOT NULL,
        role varchar NOT NULL,
        client varchar,
        request_id varchar NOT NULL,
        operation varchar NOT NULL,
        entity varchar NOT NULL,
        entity_id varchar NOT NULL,
        change jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_audit_entry_secretariat_id" ON audit_entry (secretariat_code, id)`);
    await q.query(`
      CREATE TABLE event (
        id bigserial PRIMARY KEY,
        type varchar NOT NULL,
        secretariat_code varchar,
        entity varchar NOT NULL,
        entity_id varchar NOT NULL,
        school_dane varchar,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor varchar NOT NULL,
        payload jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_event_secretariat_id" ON event (secretariat_code, id)`);
    await q.query(`CREATE INDEX "IDX_event_type_id" ON event (type, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event`);
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP TABLE school`);
    await q.query(`DROP TABLE secretariat`);
  }
}
