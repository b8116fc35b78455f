import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { parse } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { spawnHub } from '../support/hub-process';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { SIGNALS_SQL, SCOPED_SCHOOLS_SQL } from '../../src/modules/analysis/signals';
import { SELF_EVALUATION_BY_AREA_SQL, SELF_EVALUATION_SCOPE_SQL } from '../../src/modules/analysis/analysis.service';
import { generateNational } from '../bench/support/national-data';
import { In } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { partsOf } from '../../src/modules/improvement-plans/plan-parts.read';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from '../../src/modules/improvement-plans/plan-content.entity';
import { PlanReview } from '../../src/modules/improvement-plans/plan-review.entity';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, SCHOOLS_QUERY } from '../bench/support/floor-sql';

/**
 * The optimisations of issue 14 keep every result: each optimised path against the plain one, on the same generated
 * data (npm run generate's generator, 600 schools).
 */
const root = path.join(__dirname, '..', '..');

describe('optimisations keep results identical', () => {
  let database: TestDatabase;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    await generateNational(db, { schools: 600, seed: 3 });
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('signals: the page of schools compared as char(12) gives the same rows as the plain text comparison', async () => {
    const plain = SIGNALS_SQL.replace(SCOPED_SCHOOLS_SQL, 'dane_code = ANY($3::text[])');
    expect(plain).not.toBe(SIGNALS_SQL);
    const etcs = (await db.query(`SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).rows.map((r) => r.c);
    let compared = 0;
    for (const etc of etcs) {
      const danes = (await db.query(`SELECT dane_code FROM school WHERE secretariat_code = $1 ORDER BY dane_code LIMIT 50`, [etc])).rows.map((r) => r.dane_code);
      for (const schools of [danes, danes.slice(5, 12), null]) {
        const params = [etc, '2026', schools, 2, ['C', 'D'], 25];
        const order = `ORDER BY school_dane, rule, area, evidence::text`;
        const a = (await db.query(`SELECT * FROM (${SIGNALS_SQL}) s ${order}`, params)).rows;
        const b = (await db.query(`SELECT * FROM (${plain}) s ${order}`, params)).rows;
        expect(a).toEqual(b);
        compared += a.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('self-evaluation by area: the repeated page filter gives the same rows as the plain join', async () => {
    const plain = SELF_EVALUATION_BY_AREA_SQL.replace(SELF_EVALUATION_SCOPE_SQL, '');
    expect(plain).not.toBe(SELF_EVALUATION_BY_AREA_SQL);
    const etcs = (await db.query(`SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).rows.map((r) => r.c);
    let compared = 0;
    for (const etc of etcs) {
      const danes = (await db.query(`SELECT dane_code FROM school WHERE secretariat_code = $1 ORDER BY dane_code LIMIT 50`, [etc])).rows.map((r) => r.dane_code);
      for (const [period, low] of [['2026', 2], ['2025', 3], ['2024', 2]] as const) {
        const a = (await db.query(SELF_EVALUATION_BY_AREA_SQL, [etc, period, danes, low])).rows;
        const b = (await db.query(plain, [etc, period, danes, low])).rows;
        expect(a).toEqual(b);
        compared += a.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("a PMI's parts: the fast read path hydrates the same entities in the same order as TypeORM's find", async () => {
    const ds = createDataSource(database.url, 2);
    await ds.initialize();
    try {
      const plans = (await db.query(`SELECT id FROM improvement_plan ORDER BY school_dane LIMIT 60`)).rows.map((r) => r.id);
      const goals = (await db.query(`SELECT id FROM improvement_plan_goal WHERE plan_id = ANY($1) ORDER BY id`, [plans])).rows.map((r) => r.id);
      const cases: Array<[new () => object, string, string[], Record<string, 'ASC' | 'DESC'>]> = [
        [PlanGoal, 'planId', plans, { position: 'ASC' }],
        [PlanCriticalFactor, 'planId', plans, { position: 'ASC' }],
        [PlanObjective, 'planId', plans, { position: 'ASC' }],
        [PlanIndicator, 'goalId', goals, { position: 'ASC' }],
        [PlanAction, 'goalId', goals, { position: 'ASC' }],
        [PlanReview, 'planId', plans, { reviewedAt: 'ASC', id: 'ASC' }],
      ];
      for (const [entity, column, ids, order] of cases) {
        const fast = await partsOf(ds, entity, column, ids, order);
        const plain = await ds.getRepository(entity).find({ where: { [column]: In(ids) } as never, order: order as never });
        const key = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
        expect(fast.length).toBeGreaterThan(0);
        expect(fast.every((r) => r instanceof entity)).toBe(true);
        // Same rows (with their types: numbers, dates as YYYY-MM-DD, nulls), and the same parent and position order.
        expect(key(fast)).toEqual(key(plain));
        const orderKey = (rows: object[]) => rows.map((r) => `${(r as Record<string, string>)[column]}|${(r as Record<string, string>).position ?? ''}`);
        expect(orderKey(fast).join()).toBe(orderKey(plain).join());
      }
      // A date column keeps TypeORM's form.
      const [action] = await partsOf(ds, PlanAction, 'goalId', goals.slice(0, 1), { position: 'ASC' });
      expect(action.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await ds.destroy();
    }
  });

  it('graphql-js in production mode (src/graphql-production.ts): loaded so by the entry point, NODE_ENV kept for the hub', () => {
    const probe = (env: Record<string, string>) =>
      execFileSync(
        process.execPath,
        ['-r', path.join(root, 'test/support/swc-register.cjs'), '-e',
          "require('./src/graphql-production'); const f = require('graphql/jsutils/instanceOf').instanceOf.toString(); console.log(JSON.stringify({ checks: f.includes('toStringTag'), env: process.env.NODE_ENV ?? null }))"],
        { cwd: root, env: { PATH: process.env.PATH, ...env } },
      ).toString();
    expect(JSON.parse(probe({ NODE_ENV: 'development' }))).toEqual({ checks: false, env: 'development' });
    expect(JSON.parse(probe({}))).toEqual({ checks: false, env: null });
    expect(JSON.parse(probe({ NODE_ENV: 'development', GRAPHQL_DEV_CHECKS: 'true' }))).toEqual({ checks: true, env: 'development' });
  });

  it('the dashboard reads answer the same with and without graphql-js development checks', async () => {
    const secret = 'test-secret-for-pmi-hub-tests';
    const tokens = new TokenService(loadConfig({ NODE_ENV: 'test', JWT_SECRET: secret }));
    const etc = (await db.query(`SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`)).rows[0].c;
    const ministry = await tokens.mint({ sub: 't:men', role: Role.MINISTRY });
    const leader = await tokens.mint({ sub: 't:leader', role: Role.QUALITY_LEADER, secretariat: etc });
    const reads: Array<[string, Record<string, unknown>, string]> = [
      [PLANS_QUERY, { period: '2026', first: 50 }, ministry],
      [PLANS_QUERY, { period: '2026', first: 50 }, leader],
      [SCHOOLS_QUERY, { first: 50 }, leader],
      [ANALYSIS_QUERY, { period: '2026', first: 50 }, leader],
      [NATIONAL_QUERY, { period: '2026' }, ministry],
    ];
    const answers: unknown[][] = [];
    for (const env of [{}, { GRAPHQL_DEV_CHECKS: 'true' }] as Record<string, string>[]) {
      const hub = await spawnHub(database.url, { ...env, NODE_ENV: 'development', JWT_SECRET: secret, LOG_LEVEL: 'info' });
      try {
        const out = [];
        for (const [q, v, t] of reads) out.push(await hub.gql(parse(q) as never, v as never, t));
        answers.push(out);
      } finally {
        await hub.stop();
      }
    }
    for (const a of answers[0]) expect((a as { errors?: unknown }).errors).toBeUndefined();
    expect(answers[0]).toEqual(answers[1]);
  });
});
