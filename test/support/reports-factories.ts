import type { TestHub } from './hub';

/**
 * Crafted histories for the reports of activities 9–10: rows written straight into the tables of activities 1–8
 * (strategies, activities, sessions, PMIs, follow-ups, findings, evaluations, nonconformities), so each test states
 * exactly the evidence its figures come from. Every helper returns the new row's id.
 */
export class Jurisdiction {
  constructor(
    readonly hub: TestHub,
    readonly code: string,
  ) {}

  private async one(sql: string, params: unknown[]): Promise<string> {
    const rows: Array<{ id: string }> = await this.hub.runtime.db.query(sql, params);
    return rows[0].id;
  }

  strategy(period: string, status = 'EXECUTION') {
    return this.one(
      `INSERT INTO assistance_strategy (secretariat_code, period, status, approved_at, approved_by) VALUES ($1, $2, $3, now(), 'test') RETURNING id`,
      [this.code, period, status],
    );
  }

  activity(strategyId: string, o: { schools: string[]; modality?: string; startsOn: string; endsOn: string; status?: string; title?: string }) {
    return this.one(
      `INSERT INTO assistance_activity (strategy_id, secretariat_code, title, modality, method, school_danes, starts_on, ends_on, responsible, status)
       VALUES ($1, $2, $3, $4, 'Visita', $5, $6, $7, 'Profesional A', $8) RETURNING id`,
      [strategyId, this.code, o.title ?? `Acompañamiento ${o.modality ?? 'INTEGRAL'}`, o.modality ?? 'INTEGRAL', o.schools, o.startsOn, o.endsOn, o.status ?? 'PROGRAMMED'],
    );
  }

  session(strategyId: string, activityId: string, school: string, o: { status?: string; on: string }) {
    const status = o.status ?? 'HELD';
    return this.one(
      `INSERT INTO assistance_session (secretariat_code, strategy_id, activity_id, school_dane, status, scheduled_on, held_on, staff, cancel_reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'Profesional A', $8, 'test') RETURNING id`,
      [this.code, strategyId, activityId, school, status, o.on, status === 'HELD' ? o.on : null, status === 'CANCELLED' ? 'Motivo' : null],
    );
  }

  /** A PMI with one goal; status DRAFT / SUBMITTED / REVIEWED (pertinent or not). */
  async plan(school: string, period: string, o: { status?: string; pertinent?: boolean | null } = {}) {
    const status = o.status ?? 'REVIEWED';
    const planId = await this.one(
      `INSERT INTO improvement_plan (secretariat_code, school_dane, period, status, version, pertinent, reviewed_version, last_reviewed_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7) RETURNING id`,
      [this.code, school, period, status, status === 'REVIEWED' ? (o.pertinent ?? true) : null, status === 'REVIEWED' ? 1 : null, status === 'REVIEWED' ? `${period}-03-01` : null],
    );
    await this.hub.runtime.db.query(
      `INSERT INTO improvement_plan_goal (plan_id, position, area, description) VALUES ($1, 0, 'ACADEMIC', 'Meta')`,
      [planId],
    );
    return planId;
  }

  private async goalOf(planId: string) {
    return this.one(`SELECT id FROM improvement_plan_goal WHERE plan_id = $1 LIMIT 1`, [planId]);
  }

  /** A PMI action; `progress` appends follow-up rows (the last one is the action's state). */
  async action(planId: string, o: { status?: string; inspectionRef?: string | null; progress?: string[] } = {}) {
    const period: string = (await this.hub.runtime.db.query(`SELECT period FROM improvement_plan WHERE id = $1`, [planId]))[0].period;
    const actionId = await this.one(
      `INSERT INTO improvement_plan_action (plan_id, goal_id, position, description, responsible, start_date, end_date, status, inspection_action_ref)
       VALUES ($1, $2, 0, 'Acción', 'Rector', $3, $4, $5, $6) RETURNING id`,
      [planId, await this.goalOf(planId), `${period}-02-01`, `${period}-11-30`, o.status ?? 'NOT_STARTED', o.inspectionRef ?? null],
    );
    let i = 0;
    for (const status of o.progress ?? []) {
      await this.hub.runtime.db.query(
        `INSERT INTO plan_action_progress (secretariat_code, school_dane, plan_id, plan_version, action_id, status, percent, evidence, recorded_at, recorded_by, recorder_role)
         SELECT p.secretariat_code, p.school_dane, p.id, 1, $2, $3, $4, $5, now() + ($6 || ' seconds')::interval, 'test', 'QUALITY_STAFF'
           FROM improvement_plan p WHERE p.id = $1`,
        [planId, actionId, status, status === 'DONE' ? 100 : 40, status === 'DONE' ? 'Acta' : null, String(i++)],
      );
    }
    return actionId;
  }

  async actions(planId: string, done: number, notDone: number) {
    for (let i = 0; i < done; i++) await this.action(planId, { progress: ['IN_PROGRESS', 'DONE'] });
    for (let i = 0; i < notDone; i++) await this.action(planId, { progress: ['IN_PROGRESS'] });
  }

  async indicator(planId: string, o: { baseline: number; target: number; measurements?: number[] }) {
    const id = await this.one(
      `INSERT INTO improvement_plan_indicator (plan_id, goal_id, position, name, baseline, target, unit, frequency)
       VALUES ($1, $2, 0, 'Indicador', $3, $4, '%', 'ANNUAL') RETURNING id`,
      [planId, await this.goalOf(planId), o.baseline, o.target],
    );
    let day = 1;
    for (const value of o.measurements ?? []) {
      await this.hub.runtime.db.query(
        `INSERT INTO indicator_measurement (secretariat_code, school_dane, plan_id, plan_version, indicator_id, value, measured_on, source, recorded_by, recorder_role)
         SELECT p.secretariat_code, p.school_dane, p.id, 1, $2, $3, make_date(p.period::int, 6, $4), 'Acta', 'test', 'QUALITY_STAFF'
           FROM improvement_plan p WHERE p.id = $1`,
        [planId, id, value, day++],
      );
    }
    return id;
  }

  /** An F01.03 finding at a school with one action (external id `ref`). */
  async finding(school: string, o: { ref: string; foundOn: string; dueDate?: string | null }) {
    const findingId = await this.one(
      `INSERT INTO inspection_finding (secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash, school_dane, found_on, area, description)
       VALUES ($1, 'F01.03', $2::varchar, 'test', now(), now(), md5($2::text), $3, $4, 'DIRECTIVE', 'Hallazgo') RETURNING id`,
      [this.code, `H-${o.ref}`, school, o.foundOn],
    );
    return this.one(
      `INSERT INTO inspection_finding_action (finding_id, secretariat_code, school_dane, external_id, type, description, due_date)
       VALUES ($1, $2, $3, $4, 'CORRECTIVE', 'Ajustar el manual de convivencia', $5) RETURNING id`,
      [findingId, this.code, school, o.ref, o.dueDate ?? null],
    );
  }

  /** A failing verification of an activity with an open nonconformity (activity 8). */
  async nonconformity(strategyId: string, activityId: string) {
    const v = await this.one(
      `INSERT INTO verification (secretariat_code, strategy_id, activity_id, verified_by, passed) VALUES ($1, $2, $3, 'test', false) RETURNING id`,
      [this.code, strategyId, activityId],
    );
    return this.one(
      `INSERT INTO nonconformity (secretariat_code, activity_id, verification_id, requirement_code, description, raised_by)
       VALUES ($1, $2, $3, 'ATTENDANCE', 'Asistencia no registrada', 'test') RETURNING id`,
      [this.code, activityId, v],
    );
  }

  evaluation(strategyId: string, period: string, activityId: string, school: string, ratings: Record<string, number>, objectivesMet: string) {
    return this.one(
      `INSERT INTO assistance_evaluation (secretariat_code, strategy_id, period, activity_id, school_dane, ratings, objectives_met, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'test') RETURNING id`,
      [this.code, strategyId, period, activityId, school, JSON.stringify(ratings), objectivesMet],
    );
  }

  need(period: string, school: string, area: string | null, key: string, status = 'OPEN') {
    return this.one(
      `INSERT INTO support_need (secretariat_code, period, school_dane, area, source, need_key, description, priority, status)
       VALUES ($1, $2, $3, $4, 'MANUAL', $5, 'Necesidad', 'MEDIUM', $6) RETURNING id`,
      [this.code, period, school, area, key, status],
    );
  }

  characterization(school: string, year: string, condition: string | null, needs: string[]) {
    return this.one(
      `INSERT INTO characterization (secretariat_code, source, external_id, client, received_at, source_timestamp, content_hash, school_dane, year, infrastructure_condition, infrastructure_needs)
       VALUES ($1, 'D01.04', $2::varchar, 'test', now(), now(), md5($2::text), $3, $4, $5, $6) RETURNING id`,
      [this.code, `C-${school}-${year}`, school, year, condition, needs],
    );
  }
}

/** Classification of a school in a strategy (activity 3), for the modality of the characterization items. */
export function classify(j: Jurisdiction, strategyId: string, school: string, modality: string) {
  return j.hub.runtime.db.query(
    `INSERT INTO school_classification (strategy_id, secretariat_code, school_dane, proposed_modality, modality, mandatory, open_needs)
     VALUES ($1, $2, $3, $4, $4, false, 0)`,
    [strategyId, j.code, school, modality],
  );
}

/** A school's self-evaluation of its PMI (activity 5). */
export function selfEvaluate(j: Jurisdiction, planId: string) {
  return j.hub.runtime.db.query(
    `INSERT INTO plan_self_evaluation (secretariat_code, school_dane, plan_id, plan_version, evaluated_on, recorded_by)
     SELECT secretariat_code, school_dane, id, 1, make_date(period::int, 11, 20), 'test' FROM improvement_plan WHERE id = $1`,
    [planId],
  );
}

/**
 * The crafted jurisdiction of the report tests (period 2026), schools A–E:
 *  activity 1 INTEGRAL [A, B] 03-01…04-30: A held 04-10 (on time), B held 05-15 (late)
 *  activity 2 PUNCTUAL [C, D] 06-01…06-30: C held 06-10 (on time), D nothing (not done)
 *  activity 3 TRAINING [A] cancelled
 *  evaluations: A {PERTINENCE 5, TIMELINESS 4} YES; C {3, 2} PARTLY
 *  PMI A (pertinent): indicators 10→20 measured 12, 15; 50→40 measured 38; one unmeasured; 2 of 3 actions done; self-evaluated
 *  PMI B (submitted): 1 of 2 actions done
 *  needs 2025: A ACADEMIC, B DIRECTIVE; 2026: A ACADEMIC ×2, B ACADEMIC, C ACADEMIC, D no area, E DIRECTIVE dismissed
 *  characterization: A 2025 FAIR [Baterías sanitarias], A 2026 GOOD []; B 2025 CRITICAL []; C 2026 FAIR [Cubierta, Aulas]; E 2026 POOR [Muros]
 */
export async function craftedJurisdiction(j: Jurisdiction, schools: Record<'A' | 'B' | 'C' | 'D' | 'E', string>) {
  const { A, B, C, D, E } = schools;
  const st = await j.strategy('2026');
  await classify(j, st, A, 'INTEGRAL');
  await classify(j, st, B, 'INTEGRAL');
  await classify(j, st, C, 'PUNCTUAL');
  const a1 = await j.activity(st, { schools: [A, B], modality: 'INTEGRAL', startsOn: '2026-03-01', endsOn: '2026-04-30' });
  const a2 = await j.activity(st, { schools: [C, D], modality: 'PUNCTUAL', startsOn: '2026-06-01', endsOn: '2026-06-30' });
  await j.activity(st, { schools: [A], modality: 'TRAINING', startsOn: '2026-07-01', endsOn: '2026-07-31', status: 'CANCELLED' });
  await j.session(st, a1, A, { on: '2026-04-10' });
  await j.session(st, a1, B, { on: '2026-05-15' });
  await j.session(st, a2, C, { on: '2026-06-10' });
  await j.session(st, a2, D, { status: 'CANCELLED', on: '2026-06-12' });
  await j.evaluation(st, '2026', a1, A, { PERTINENCE: 5, TIMELINESS: 4 }, 'YES');
  await j.evaluation(st, '2026', a2, C, { PERTINENCE: 3, TIMELINESS: 2 }, 'PARTLY');
  const pa = await j.plan(A, '2026');
  await j.indicator(pa, { baseline: 10, target: 20, measurements: [12, 15] });
  await j.indicator(pa, { baseline: 50, target: 40, measurements: [38] });
  await j.indicator(pa, { baseline: 0, target: 1 });
  await j.actions(pa, 2, 1);
  await selfEvaluate(j, pa);
  const pb = await j.plan(B, '2026', { status: 'SUBMITTED' });
  await j.actions(pb, 1, 1);
  await j.need('2025', A, 'ACADEMIC', 'a25');
  await j.need('2025', B, 'DIRECTIVE', 'b25');
  await j.need('2026', A, 'ACADEMIC', 'a26-1');
  await j.need('2026', A, 'ACADEMIC', 'a26-2', 'RESOLVED');
  await j.need('2026', B, 'ACADEMIC', 'b26');
  await j.need('2026', C, 'ACADEMIC', 'c26');
  await j.need('2026', D, null, 'd26');
  await j.need('2026', E, 'DIRECTIVE', 'e26', 'DISMISSED');
  await j.characterization(A, '2025', 'FAIR', ['Baterías sanitarias']);
  await j.characterization(A, '2026', 'GOOD', []);
  await j.characterization(B, '2025', 'CRITICAL', []);
  await j.characterization(C, '2026', 'FAIR', ['Cubierta', 'Aulas']);
  await j.characterization(E, '2026', 'POOR', ['Muros']);
  return { strategyId: st, planA: pa, planB: pb };
}
