import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support requests (solicitudes de apoyo) from schools or Atención al Ciudadano, with their status history. */
export class SupportRequests1764400000001 implements MigrationInterface {
  name = 'SupportRequests1764400000001';

  async up(q: QueryRunner): Promise<void> {
    const statuses = `('OPEN', 'IN_PROGRESS', 'ATTENDED', 'CLOSED')`;
    await q.query(`
      CREATE TABLE support_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secretariat_code varchar(16) NOT NULL REFERENCES secretariat(code),
        school_dane char(12) NOT NULL REFERENCES school(dane_code),
        subject varchar NOT NULL,
        area varchar NOT NULL CHECK (area IN ('DIRECTIVE', 'ACADEMIC', 'ADMINISTRATIVE_FINANCIAL', 'COMMUNITY')),
        description text NOT NULL,
        channel varchar NOT NULL CHECK (channel IN ('DIRECT', 'CITIZEN_SERVICE')),
        status varchar NOT NULL CHECK (status IN ${statuses}),
        requester varchar NOT NULL,
        requester_role varchar NOT NULL,
        requester_name varchar,
        contact varchar,
        filing_number varchar,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_support_request_secretariat_status" ON support_request (secretariat_code, status, area)`);
    await q.query(`CREATE INDEX "IDX_support_request_school" ON support_request (school_dane)`);
    await q.query(`
      CREATE TABLE support_request_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
        from_status varchar CHECK (from_status IN ${statuses}),
        to_status varchar NOT NULL CHECK (to_status IN ${statuses}),
        note text,
        actor varchar NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_support_request_update_request" ON support_request_update (request_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE support_request_update`);
    await q.query(`DROP TABLE support_request`);
  }
}
