import type { EntityManager } from 'typeorm';
import type { FindingActionType, SaberSubject } from './inputs.enums';
import type { StoreEnv, Written } from './inbound-store';

/**
 * Child rows of inbound records, written set-based with their parents in the same transaction: Saber results of a
 * characterization (D01.04), indicators and tasks of a PAM action (D02.01), actions of a control finding (F01.03).
 * They are part of the parent's content hash; the adapters build them, the inputs module writes them.
 */

export type SaberRow = { grade: number; subject: SaberSubject; insufficient: number; minimum: number; satisfactory: number; advanced: number };

export type SupportPlanChildren = {
  indicators: { name: string; baseline: number | null; target: number; unit: string }[];
  tasks: { description: string; responsible: string | null; due_date: string | null }[];
};

export type FindingActionRow = { external_id: string; type: FindingActionType; description: string; due_date: string | null };

/** Replaces the Saber 3/5/9 results of written characterizations. */
export async function writeSaberResults(tx: EntityManager, env: StoreEnv, written: Written<SaberRow[]>[]): Promise<void> {
  await tx.query('DELETE FROM saber_result WHERE characterization_id = ANY($1::uuid[])', [written.map((w) => w.id)]);
  const rows = written.flatMap((w) =>
    (w.prepared.children ?? []).map((s) => ({
      characterization_id: w.id,
      secretariat_code: env.secretariat,
      school_dane: w.prepared.row.school_dane,
      year: w.prepared.row.year,
      ...s,
    })),
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO saber_result (characterization_id, secretariat_code, school_dane, year, grade, subject, insufficient, minimum, satisfactory, advanced)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(characterization_id uuid, secretariat_code varchar, school_dane char(12), year varchar,
       grade smallint, subject varchar, insufficient double precision, minimum double precision, satisfactory double precision, advanced double precision)`,
    [JSON.stringify(rows)],
  );
}

/** Replaces the indicators and tasks of written PAM actions (positions from 1, in the order sent). */
export async function writeSupportPlanChildren(tx: EntityManager, _env: StoreEnv, written: Written<SupportPlanChildren>[]): Promise<void> {
  const ids = written.map((w) => w.id);
  await tx.query('DELETE FROM support_plan_indicator WHERE action_id = ANY($1::uuid[])', [ids]);
  await tx.query('DELETE FROM support_plan_task WHERE action_id = ANY($1::uuid[])', [ids]);
  const indicators = written.flatMap((w) => (w.prepared.children?.indicators ?? []).map((x, i) => ({ action_id: w.id, position: i + 1, ...x })));
  const tasks = written.flatMap((w) => (w.prepared.children?.tasks ?? []).map((x, i) => ({ action_id: w.id, position: i + 1, ...x })));
  if (indicators.length) {
    await tx.query(
      `INSERT INTO support_plan_indicator (action_id, position, name, baseline, target, unit)
       SELECT action_id, position, name, baseline, target, unit FROM jsonb_to_recordset($1::jsonb)
         AS r(action_id uuid, position int, name varchar, baseline double precision, target double precision, unit varchar)`,
      [JSON.stringify(indicators)],
    );
  }
  if (tasks.length) {
    await tx.query(
      `INSERT INTO support_plan_task (action_id, position, description, responsible, due_date)
       SELECT action_id, position, description, responsible, due_date FROM jsonb_to_recordset($1::jsonb)
         AS r(action_id uuid, position int, description varchar, responsible varchar, due_date date)`,
      [JSON.stringify(tasks)],
    );
  }
}

/** Upserts the actions of written findings and deletes those no longer sent; actions keep their ids while the finding keeps them (the PMI and the needs rules refer to them). */
export async function writeFindingActions(tx: EntityManager, env: StoreEnv, written: Written<FindingActionRow[]>[]): Promise<void> {
  // Actions keep their ids while the finding keeps them (the PMI and the needs rules refer to them).
  const rows = written.flatMap((w) =>
    (w.prepared.children ?? []).map((a) => ({
      finding_id: w.id,
      secretariat_code: env.secretariat,
      school_dane: w.prepared.row.school_dane,
      ...a,
    })),
  );
  await tx.query(
    `DELETE FROM inspection_finding_action a WHERE a.finding_id = ANY($1::uuid[]) AND NOT EXISTS (
       SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS r(finding_id uuid, external_id varchar)
       WHERE r.finding_id = a.finding_id AND r.external_id = a.external_id)`,
    [written.map((w) => w.id), JSON.stringify(rows.map((r) => ({ finding_id: r.finding_id, external_id: r.external_id })))],
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO inspection_finding_action (finding_id, secretariat_code, school_dane, external_id, type, description, due_date)
     SELECT finding_id, secretariat_code, school_dane, external_id, type, description, due_date FROM jsonb_to_recordset($1::jsonb)
       AS r(finding_id uuid, secretariat_code varchar, school_dane char(12), external_id varchar, type varchar, description text, due_date date)
     ON CONFLICT (finding_id, external_id) DO UPDATE SET school_dane = EXCLUDED.school_dane, type = EXCLUDED.type,
       description = EXCLUDED.description, due_date = EXCLUDED.due_date`,
    [JSON.stringify(rows)],
  );
}
