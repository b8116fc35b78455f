import path from 'node:path';
import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { parse } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { spawnHub } from '../support/hub-process';
import { loadConfig } from '../../src/config';
import { TokenService } from '../../src/common/auth/jwt';
import { Role } from '../../src/common/auth/roles';
import { SIGNALS_SQL, SCOPED_SCHOOLS_SQL } from '../../src/modules/analysis/signals';
import { SELF_EVALUATION_BY_AREA_SQL } from '../../src/modules/analysis/analysis.service';
import { generateNational } from '../bench/support/national-data';
import { In } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { partsOf } from '../../src/modules/improvement-plans/plan-parts.read';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from '../../src/modules/improvement-plans/plan-content.entity';
import { PlanReview } from '../../src/modules/improvement-plans/plan-review.entity';
import { ANALYSIS_QUERY, NATIONAL_QUERY, PLANS_QUERY, SCHOOLS_QUERY } from '../bench/support/floor-sql';
import { startTestHub, type TestHub } from '../support/hub';
import { getMetadataStorage } from 'type-graphql';
import { jsonFieldsOf, statementTexts, type JsonType } from '../../src/common/json-read';
import { ImprovementPlan } from '../../src/modules/improvement-plans/improvement-plan.entity';
import { PLAN_JSON } from '../../src/modules/improvement-plans/improvement-plan.json';
import { metricsOf } from '../../src/observability/metrics';

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

  it('self-evaluation by area: the per-school latest-year probe gives the same rows as the plain aggregate', async () => {
    // The plain statement: latest year per school aggregated over the secretariat's scores, then joined.
    const plain = `WITH y AS (SELECT school_dane, max(year) AS year FROM self_evaluation_score
                   WHERE secretariat_code = $1 AND year <= $2 AND school_dane = ANY($3) GROUP BY school_dane)
       SELECT e.school_dane, e.year, e.area, avg(e.score)::float AS average, count(*)::int AS components,
              count(*) FILTER (WHERE e.score <= $4)::int AS low
         FROM self_evaluation_score e JOIN y ON y.school_dane = e.school_dane AND y.year = e.year
        GROUP BY e.school_dane, e.year, e.area ORDER BY e.school_dane, e.area`;
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

  describe('JSON reads (src/common/json-read.ts): the same answers as the plain path', () => {
    /** Raw JSON reads (the default over HTTP), the parsed JSON reads (JSON_READS_RAW=false), the plain path. */
    let fast: TestHub;
    let parsed: TestHub;
    let plain: TestHub;
    /** The fast lane (src/http/fast-lane.ts) needs the response cache off: the lane, and the same hub without it. */
    let lane: TestHub;
    let laneCounted: TestHub;
    let noLane: TestHub;
    let etc: string;
    let otherEtc: string;
    let ownSchool: string;
    const tokens: Partial<Record<Role, string>> = {};

    beforeAll(async () => {
      fast = await startTestHub({ EXPOSE_SQL_COUNT: 'true' }, database);
      parsed = await startTestHub({ EXPOSE_SQL_COUNT: 'true', JSON_READS_RAW: 'false' }, database);
      plain = await startTestHub({ EXPOSE_SQL_COUNT: 'true', JSON_READS: 'false' }, database);
      lane = await startTestHub({ RESPONSE_CACHE_MAX_BYTES: '0' }, database);
      laneCounted = await startTestHub({ EXPOSE_SQL_COUNT: 'true', RESPONSE_CACHE_MAX_BYTES: '0' }, database);
      noLane = await startTestHub({ EXPOSE_SQL_COUNT: 'true', RESPONSE_CACHE_MAX_BYTES: '0', FAST_LANE: 'false' }, database);
      [etc, otherEtc] = (await db.query(`SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2`)).rows.map((r) => r.c);
      ownSchool = (await db.query(`SELECT school_dane AS d FROM improvement_plan WHERE secretariat_code = $1 ORDER BY 1 LIMIT 1`, [etc])).rows[0].d;
      for (const role of Object.values(Role)) {
        const national = role === Role.MINISTRY || role === Role.ADMIN;
        tokens[role] = await fast.token({
          role,
          secretariat: national ? null : etc,
          ...(role === Role.SCHOOL ? { school: ownSchool } : {}),
          ...(role === Role.SUBPROCESS ? { scope: [`read:${etc}`], client: 'test-subprocess' } : {}),
        } as never);
      }
    });
    afterAll(async () => {
      await fast?.stop();
      await parsed?.stop();
      await plain?.stop();
      await lane?.stop();
      await laneCounted?.stop();
      await noLane?.stop();
    });

    /** One answer as sent: HTTP status, the body's text (the statement count taken out) and parsed, the count. */
    const send = async (hub: TestHub, query: string, variables: Record<string, unknown>, token: string | undefined) => {
      const res = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const raw = await res.text();
      const body = JSON.parse(raw) as { data?: unknown; errors?: unknown; extensions?: { sqlStatements?: number } };
      const text = raw.replace(/,"extensions":\{"sqlStatements":\d+\}\}\n$/, '}\n');
      return { status: res.status, text, body: { ...body, extensions: undefined }, statements: body.extensions?.sqlStatements ?? 0 };
    };
    /** How many pages each hub's JSON reads answered raw, parsed, or parsed after a raw read (metrics). */
    const reads = async (hub: TestHub) => {
      const values = (await metricsOf(hub.runtime).jsonReads.get()).values;
      const of = (path: string) => values.find((v) => v.labels.path === path)?.value ?? 0;
      return { raw: of('raw'), parsed: of('parsed'), fallback: of('fallback') };
    };

    /**
     * The three hubs' answers: the same bytes (key order, aliases, number and string forms) and HTTP status from the
     * raw, the parsed and the plain path; the parsed answers (without the statement counts), and the counts.
     */
    const both = async (query: string, variables: Record<string, unknown>, role: Role | null) => {
      const token = role ? tokens[role] : undefined;
      const [a, p, b, l] = await Promise.all([fast, parsed, plain, lane].map((h) => send(h, query, variables, token)));
      expect(a.text).toBe(b.text);
      expect(p.text).toBe(b.text);
      expect(l.text).toBe(b.text);
      expect([a.status, p.status, l.status]).toEqual([b.status, b.status, b.status]);
      return { fast: a.body, plain: b.body, fastStatements: a.statements, plainStatements: b.statements, text: a.text };
    };

    const PLAN_FIELDS = `id secretariatCode schoolDane period status version pertinent reviewedVersion lastReviewedAt submittedAt communication createdAt updatedAt __typename`;
    const SCHOOL_FIELDS = `id daneCode secretariatCode name sector zone municipality municipalityCode regime active createdAt updatedAt`;
    const EVERY_PLAN_FIELD = `{ improvementPlans(first: $first, period: $period, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { ${PLAN_FIELDS} school { ${SCHOOL_FIELDS} secretariat { code name department createdAt updatedAt } }
        criticalFactors { id area description urgency trend impact priority } objectives { id area description }
        goals { id planId area description indicators { id planId goalId name baseline target unit frequency }
          actions { id planId goalId description responsible startDate endDate resources status inspectionActionRef } } } } } }`;
    const vars = `($first: Int!, $period: String, $after: String)`;
    const plansReads: Array<[string, string]> = [
      ['the benchmark selection', PLANS_QUERY],
      ['every field of a PMI and its parts', `query P${vars} ${EVERY_PLAN_FIELD}`],
      ['aliases, the same field twice with different selections', `query P${vars} { list: improvementPlans(first: $first, period: $period, after: $after) {
        total: totalCount edges { c: cursor n: node { key: id schoolDane a: goals { id } b: goals { area indicators { n: name } actions { id } }
        s1: school { name } s2: school { daneCode secretariat { code } } } } } }`],
      ['named and inline fragments, nested', `query P${vars} { improvementPlans(first: $first, period: $period, after: $after) { ...Page } }
        fragment Page on ImprovementPlanConnection { totalCount edges { ...Edge } pageInfo { ... on PageInfo { endCursor hasNextPage } } }
        fragment Edge on ImprovementPlanEdge { cursor node { ...Plan ... on ImprovementPlan { school { ...School } } } }
        fragment Plan on ImprovementPlan { id status goals { ...Goal } }
        fragment Goal on PlanGoal { id ... { indicators { id unit } } }
        fragment School on School { name secretariat { name } }`],
      ['a partial selection: only cursors and page info', `query P${vars} { improvementPlans(first: $first, period: $period, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } totalCount } }`],
      ['a field the fast path does not compile (versions, lastReview): the plain path', `query P${vars} { improvementPlans(first: $first, period: $period, after: $after) { edges { node { id lastReview { pertinent } versions { version } goals { id } } } } }`],
      ['a directive: the plain path', `query P${vars} { improvementPlans(first: $first, period: $period, after: $after) { edges { node { id school @include(if: true) { name } goals @skip(if: false) { id } } } } }`],
    ];
    const roles = Object.values(Role);

    /** Pages of `field` read by every role on both hubs; returns how many pages had items (and checks which path answered). */
    const comparePages = async (field: string, query: string, first: (role: Role) => number, variables: Record<string, unknown>, compiled: boolean) => {
      let pagesWithItems = 0;
      for (const role of roles) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const r = await both(query, { ...variables, first: first(role), after }, role);
          expect(r.fast).toEqual(r.plain);
          const data = r.plain.data as Record<string, { edges?: unknown[]; pageInfo?: { endCursor: string | null; hasNextPage: boolean } }> | null;
          const list = data ? Object.values(data)[0] : null;
          if (list?.edges?.length || list?.pageInfo?.endCursor) {
            pagesWithItems++;
            // The JSON read answers in fewer statements; a selection it does not compile takes the plain path.
            if (compiled) expect(r.fastStatements).toBeLessThan(r.plainStatements);
            else expect(r.fastStatements).toBe(r.plainStatements);
          }
          const info = data?.[field]?.pageInfo;
          if (!info?.hasNextPage) break;
          after = info.endCursor;
        }
      }
      return pagesWithItems;
    };

    it.each(plansReads.map(([name, query], i) => [name, query, i < 5] as const))('improvementPlans, %s: every role, pages followed by their cursors', async (_name, query, compiled) => {
      const before = await reads(fast);
      const pages = await comparePages('improvementPlans', query, (role) => (role === Role.MINISTRY || role === Role.ADMIN ? 7 : 3), { period: '2026' }, compiled);
      expect(pages).toBeGreaterThanOrEqual(6); // one page per reading role at least
      // Over HTTP a compiled selection is answered raw, never parsed.
      const after = await reads(fast);
      if (compiled) expect(after.raw).toBeGreaterThan(before.raw);
      else expect(after.raw).toBe(before.raw);
      expect([after.parsed, after.fallback]).toEqual([before.parsed, before.fallback]);
    });

    /** The path each selection must take on the raw hub: `raw`, `parsed` (a JSON read, not raw) or `plain`. */
    const naive: Array<[string, string, 'raw' | 'parsed' | 'plain' | 'any']> = [
      ['response keys in the order graphql-js writes them: fragments first seen, keys repeated later, the same fragment twice',
        `{ improvementPlans(first: 4, period: "2026") { edges { node { ...F schoolDane id ...F goals { ...G area ...G } } } } }
         fragment F on ImprovementPlan { status id } fragment G on PlanGoal { description id }`, 'raw'],
      ['one response key selected in several places, its selections merged (a fragment adds to a field)',
        `{ improvementPlans(first: 3, period: "2026") { edges { node { school { name } ...S goals { id } g: goals { area } goals { indicators { name } } } } } }
         fragment S on ImprovementPlan { school { daneCode secretariat { code } name } }`, 'raw'],
      ['__typename at every level, aliased, and before the fields', `{ improvementPlans(first: 3, period: "2026") { __typename t: __typename totalCount
         edges { __typename node { __typename t: __typename id school { __typename secretariat { __typename } } goals { __typename indicators { __typename t: __typename } } } e: __typename } } }`, 'raw'],
      ['the node twice under two keys, the cursor twice', `{ schools(first: 5) { edges { c1: cursor n1: node { daneCode } n2: node { name secretariat { name } } c2: cursor } } }`, 'raw'],
      ['an empty page', `{ improvementPlans(first: 5, period: "1999") { totalCount edges { cursor node { id goals { id } } } pageInfo { hasNextPage endCursor startCursor } } }`, 'raw'],
      ['the root field twice under two keys, and another list in the same request',
        `{ a: improvementPlans(first: 2, period: "2026") { edges { node { id } } } b: improvementPlans(first: 3, period: "2026") { totalCount edges { cursor } } schools(first: 2) { edges { node { name } } } }`, 'raw'],
      ['edges under two keys: the parsed read', `{ schools(first: 3) { a: edges { cursor } b: edges { node { daneCode } } } }`, 'parsed'],
      ['an error that nulls the whole answer (a malformed cursor on a non-null list) with a raw list in the request',
        `{ a: schools(first: 2) { edges { node { daneCode } } } b: schools(first: 2, after: "bm90LWEtY3Vyc29y") { edges { node { daneCode } } } }`, 'any'],
      ['a nested field with an argument: the plain path', `{ improvementPlans(first: 2, period: "2026") { edges { node { id versions { version } } } } }`, 'plain'],
    ];

    it.each(naive)('raw reads keep the bytes of the plain path: %s', async (_name, query, path) => {
      for (const role of [Role.MINISTRY, Role.QUALITY_LEADER, Role.SCHOOL]) {
        const before = await reads(fast);
        const r = await both(query, {}, role);
        const after = await reads(fast);
        if (path === 'raw') expect(after.raw).toBeGreaterThan(before.raw);
        if (path === 'parsed') expect([after.raw, after.parsed]).toEqual([before.raw, before.parsed + 1]);
        if (path === 'plain') expect(after).toEqual(before);
        // graphql-js answers as soon as the error nulls the answer: the other list's statement may still be running.
        if (path === 'any') await new Promise((resolve) => setTimeout(resolve, 300));
        expect(r.text).not.toContain('\\u0000');
      }
    });

    it('raw reads: a cached answer serves its raw parts again; a query over WebSocket is never answered raw', async () => {
      const query = `{ improvementPlans(first: 6, period: "2026") { totalCount edges { cursor node { id status goals { id indicators { baseline } } } } } }`;
      const first = await both(query, {}, Role.MINISTRY);
      const hits = async () => (await metricsOf(fast.runtime).responseCache.get()).values.find((v) => v.labels.result === 'hit')?.value ?? 0;
      const h0 = await hits();
      const again = await send(fast, query, {}, tokens[Role.MINISTRY]);
      expect(await hits()).toBe(h0 + 1);
      expect(again.text).toBe(first.text);
      const before = await reads(fast);
      const overWs = await new Promise<unknown>((resolve, reject) => {
        const client = fast.ws(tokens[Role.MINISTRY]);
        let result: unknown;
        client.subscribe({ query }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
      });
      expect(overWs).toEqual({ data: first.plain.data });
      const after = await reads(fast);
      expect([after.raw, after.parsed]).toEqual([before.raw, before.parsed + 1]);
    });

    it('raw reads: a value PostgreSQL would write otherwise than graphql-js is read again by the parsed path, with the same answer and errors', async () => {
      // One plan, its school and one indicator take each value in turn (restored at the end).
      const [{ id: planId, school_dane: dane }] = (await db.query(`SELECT id, school_dane FROM improvement_plan WHERE period = '2026' ORDER BY school_dane LIMIT 1`)).rows;
      const [{ id: indicatorId }] = (await db.query(`SELECT i.id FROM improvement_plan_indicator i JOIN improvement_plan_goal g ON g.id = i.goal_id WHERE g.plan_id = $1 ORDER BY g.position, i.position LIMIT 1`, [planId])).rows;
      const saved = {
        school: (await db.query(`SELECT name FROM school WHERE dane_code = $1`, [dane])).rows[0],
        plan: (await db.query(`SELECT status, submitted_at FROM improvement_plan WHERE id = $1`, [planId])).rows[0],
        indicator: (await db.query(`SELECT baseline, target FROM improvement_plan_indicator WHERE id = $1`, [indicatorId])).rows[0],
      };
      // A new text each time: the hubs' response caches do not see these direct changes (no audit row).
      let k = 0;
      const query = () => `{ p${k++}: improvementPlans(first: 2, period: "2026", school: "${dane.trim()}") { edges { node { id status submittedAt school { name } goals { indicators { id baseline target } } } } } }`;
      const expectPath = async (change: () => Promise<unknown>, path: 'raw' | 'fallback') => {
        await change();
        const before = await reads(fast);
        await both(query(), {}, Role.ADMIN);
        const after = await reads(fast);
        expect(after[path]).toBe(before[path] + 1);
      };
      const set = (sql: string, ...params: unknown[]) => () => db.query(sql, params);
      try {
        // Strings: every character JSON escapes, controls, quotes, backslashes, line separators, non-BMP characters.
        await expectPath(set(`UPDATE school SET name = $2 WHERE dane_code = $1`, dane, 'a"b\\c\n\t\r\b\f\u0001\u001f\u007f \u2028\u2029 </script> ñ 😀 \\u0000'), 'raw');
        // Floats JavaScript and PostgreSQL write alike…
        for (const [b, t] of [[0, -1.5], [0.0001, 999999999999999.9], [0.1 + 0.2, 123.456], [-123456789.123, 1 / 3], [5, 2 ** 40]]) {
          await expectPath(set(`UPDATE improvement_plan_indicator SET baseline = $2, target = $3 WHERE id = $1`, indicatorId, b, t), 'raw');
        }
        // -0, which JSON.stringify writes 0…
        await expectPath(set(`UPDATE improvement_plan_indicator SET baseline = '-0'::float8 WHERE id = $1`, indicatorId), 'raw');
        // …and those written otherwise (exponents) or not numbers at all (graphql-js's error).
        for (const v of ['0.00001', '1e15', '1e21', '5e-324', '1.7976931348623157e308', 'NaN', 'Infinity', '-Infinity']) {
          await expectPath(set(`UPDATE improvement_plan_indicator SET baseline = $2::float8 WHERE id = $1`, indicatorId, v), 'fallback');
        }
        await expectPath(set(`UPDATE improvement_plan_indicator SET baseline = $2, target = $3 WHERE id = $1`, indicatorId, saved.indicator.baseline, saved.indicator.target), 'raw');
        // A status the enum does not know (graphql-js's error), timestamps outside years 1–9999.
        await db.query(`ALTER TABLE improvement_plan DROP CONSTRAINT improvement_plan_status_check`);
        await expectPath(set(`UPDATE improvement_plan SET status = 'ARCHIVED' WHERE id = $1`, planId), 'fallback');
        await expectPath(set(`UPDATE improvement_plan SET status = $2, submitted_at = '0900-06-01T10:00:00Z' WHERE id = $1`, planId, saved.plan.status), 'raw');
        await expectPath(set(`UPDATE improvement_plan SET submitted_at = '12000-06-01T10:00:00Z' WHERE id = $1`, planId), 'fallback');
        // A null in a non-null field (graphql-js nulls the parent and reports it).
        await db.query(`ALTER TABLE school ALTER COLUMN name DROP NOT NULL`);
        await expectPath(set(`UPDATE improvement_plan SET submitted_at = $2 WHERE id = $1`, planId, saved.plan.submitted_at), 'raw');
        await expectPath(set(`UPDATE school SET name = NULL WHERE dane_code = $1`, dane), 'fallback');
      } finally {
        await db.query(`UPDATE school SET name = $2 WHERE dane_code = $1`, [dane, saved.school.name]);
        await db.query(`ALTER TABLE school ALTER COLUMN name SET NOT NULL`);
        await db.query(`UPDATE improvement_plan SET status = $2, submitted_at = $3 WHERE id = $1`, [planId, saved.plan.status, saved.plan.submitted_at]);
        await db.query(`UPDATE improvement_plan_indicator SET baseline = $2, target = $3 WHERE id = $1`, [indicatorId, saved.indicator.baseline, saved.indicator.target]);
      }
    });

    it('improvementPlans: filters, another tenant, an empty page and a malformed cursor answer the same', async () => {
      const q = (args: string) => `{ improvementPlans(first: 5, ${args}) { totalCount edges { cursor node { id status pertinent school { name } goals { id } } } pageInfo { hasNextPage endCursor } } }`;
      const cases: Array<[string, Role]> = [
        [`period: "2026", status: REVIEWED, pertinent: true`, Role.QUALITY_LEADER],
        [`period: "2026", pertinent: false`, Role.MINISTRY],
        [`status: DRAFT`, Role.ADMIN],
        [`school: "${ownSchool}"`, Role.INSPECTION],
        [`school: "${ownSchool}"`, Role.SCHOOL],
        [`secretariat: "${otherEtc}"`, Role.MINISTRY],
        [`secretariat: "${otherEtc}"`, Role.QUALITY_LEADER],
        [`secretariat: "${otherEtc}"`, Role.SCHOOL],
        [`period: "1999"`, Role.QUALITY_LEADER],
        [`period: "2026", after: "bm90LWEtY3Vyc29y"`, Role.QUALITY_LEADER],
      ];
      for (const [args, role] of cases) {
        const r = await both(q(args), {}, role);
        expect(r.fast).toEqual(r.plain);
      }
    });

    it("a SCHOOL user reads only its own school's PMI and school through the JSON read too", async () => {
      const r = await both(`query P${vars} ${EVERY_PLAN_FIELD}`, { first: 50, period: '2026', after: null }, Role.SCHOOL);
      expect(r.fast).toEqual(r.plain);
      const edges = (r.fast.data as { improvementPlans: { edges: Array<{ node: { schoolDane: string; school: { daneCode: string } } }> } }).improvementPlans.edges;
      expect(edges.length).toBe(1);
      expect(edges.every((e) => e.node.schoolDane === ownSchool && e.node.school.daneCode === ownSchool)).toBe(true);
    });

    const schoolsReads: Array<[string, string]> = [
      ['the benchmark selection', SCHOOLS_QUERY],
      ['every field', `query S($first: Int!, $after: String) { schools(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { ${SCHOOL_FIELDS} __typename secretariat { code name department createdAt updatedAt } } } } }`],
      ['aliases and fragments', `query S($first: Int!, $after: String) { schools(first: $first, after: $after) { ...P } } fragment P on SchoolConnection { edges { node { dane: daneCode ... on School { s: secretariat { n: name } secretariat { code } } } } pageInfo { endCursor hasNextPage } }`],
    ];

    it.each(schoolsReads)('schools, %s: every role, pages followed by their cursors', async (_name, query) => {
      const pages = await comparePages('schools', query, () => 4, {}, true);
      expect(pages).toBeGreaterThanOrEqual(6); // one page per reading role at least
    });

    it('schools: filters and another tenant answer the same', async () => {
      const q = (args: string) => `{ schools(first: 6${args}) { totalCount edges { cursor node { daneCode name regime secretariat { name } } } pageInfo { hasNextPage endCursor } } }`;
      const cases: Array<[string, Role]> = [
        [`, sector: NON_OFFICIAL, zone: URBAN`, Role.QUALITY_LEADER],
        [`, regime: CONTROLLED`, Role.MINISTRY],
        [`, search: "colegio"`, Role.CITIZEN_SERVICE],
        [`, secretariat: "${otherEtc}"`, Role.ADMIN],
        [`, secretariat: "${otherEtc}"`, Role.QUALITY_STAFF],
        [``, Role.SCHOOL],
      ];
      for (const [args, role] of cases) {
        const r = await both(q(args), {}, role);
        expect(r.fast).toEqual(r.plain);
      }
    });

    it('schools: statement texts kept per selection and query shape answer as the plain path for every role, filter and cursor, interleaved', async () => {
      // One document (one raw compilation): every role, filter set and cursor reuses or adds a kept text. A text kept
      // for one caller's scope must never answer another's: roles alternate (in turn, then in reverse order), with
      // and without a cursor.
      const q = `query S($first: Int!, $after: String, $secretariat: String, $sector: SchoolSector, $zone: SchoolZone, $regime: PrivateSchoolRegime, $municipality: String, $search: String) {
        schools(first: $first, after: $after, secretariat: $secretariat, sector: $sector, zone: $zone, regime: $regime, municipality: $municipality, search: $search) {
          totalCount edges { cursor node { daneCode name sector zone regime secretariat { code name } } } pageInfo { hasNextPage endCursor } } }`;
      const municipality = (await db.query(`SELECT municipality AS m FROM school WHERE secretariat_code = $1 ORDER BY 1 LIMIT 1`, [etc])).rows[0].m;
      const filters: Array<Record<string, unknown>> = [
        {},
        { sector: 'NON_OFFICIAL' },
        { sector: 'OFFICIAL', zone: 'RURAL' },
        { regime: 'CONTROLLED' },
        { municipality },
        { search: 'colegio' },
        { search: 'colegio san' },
        { secretariat: etc },
        { secretariat: otherEtc },
      ];
      const built: number[] = [];
      const hits = statementTexts.hits;
      for (let round = 0; round < 2; round++) {
        built.push(statementTexts.built);
        for (const variables of filters) {
          for (const role of round === 0 ? roles : [...roles].reverse()) {
            let after: string | null = null;
            for (let page = 0; page < 2; page++) {
              const r = await both(q, { first: 3, after, ...variables }, role);
              expect(r.fast).toEqual(r.plain);
              const list = (r.plain.data as { schools?: { pageInfo: { hasNextPage: boolean; endCursor: string } } } | null)?.schools;
              if (!list?.pageInfo.hasNextPage) break;
              after = list.pageInfo.endCursor;
            }
          }
        }
      }
      // The second round built no text again: every page of it took a kept one.
      expect(statementTexts.built).toBe(built[1]);
      expect(built[1]).toBeGreaterThan(built[0]);
      expect(statementTexts.hits - hits).toBeGreaterThan(statementTexts.built - built[0]);
    }, 120_000);

    it('arguments: the violations kept for a page\'s scalar arguments are those class-validator gives, every time', async () => {
      const q = `query S($first: Int!, $search: String) { schools(first: $first, search: $search) { totalCount } }`;
      for (const [variables, fields] of [
        [{ first: 0 }, ['first']],
        [{ first: 201, search: '' }, ['first', 'search']],
        [{ first: 5, search: '' }, ['search']],
        [{ first: 5, search: 'x'.repeat(101) }, ['search']],
        [{ first: 5, search: 'colegio' }, []],
      ] as Array<[Record<string, unknown>, string[]]>) {
        const seen: string[] = [];
        for (let i = 0; i < 3; i++) {
          const r = await both(q, variables, Role.QUALITY_LEADER);
          const errors = (r.fast as { errors?: Array<{ extensions: { code: string; violations: Array<{ field: string }> } }> }).errors;
          if (!fields.length) expect(errors).toBeUndefined();
          else {
            expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
            expect(errors?.[0].extensions.violations.map((v) => v.field).sort()).toEqual(fields);
          }
          seen.push(r.text);
        }
        expect(new Set(seen).size).toBe(1);
      }
    });

    it('a field with its own @Authorized (even without roles) or middleware is left to the plain path', async () => {
      const storage = getMetadataStorage() as unknown as { authorizedFields: object[]; middlewares: object[] };
      const fresh = (): JsonType => ({ name: 'ImprovementPlan', entity: ImprovementPlan, relations: { goals: PLAN_JSON.relations.goals } });
      const ds = fast.runtime.db;
      expect(jsonFieldsOf(ds, fresh())).toEqual(expect.arrayContaining(['communication', 'submittedAt', 'goals']));
      const added = [
        [storage.authorizedFields, { target: ImprovementPlan, fieldName: 'communication', roles: [] }],
        [storage.authorizedFields, { target: ImprovementPlan, fieldName: 'goals', roles: [Role.ADMIN] }],
        [storage.middlewares, { target: ImprovementPlan, fieldName: 'submittedAt', middlewares: [] }],
      ] as const;
      for (const [list, entry] of added) list.push(entry);
      try {
        const fields = jsonFieldsOf(ds, fresh());
        expect(fields).not.toContain('communication');
        expect(fields).not.toContain('submittedAt');
        expect(fields).not.toContain('goals');
        expect(fields).toContain('schoolDane');
      } finally {
        for (const [list, entry] of added) list.splice(list.indexOf(entry), 1);
      }
    });

    describe('the fast lane (src/http/fast-lane.ts): the bytes, headers and status of Apollo\'s pipeline', () => {
      interface Exchange {
        status: number;
        /** Response headers as sent, in order (Date left out). */
        headers: string[];
        body: string;
      }
      /** One HTTP exchange on loopback: `request` is the method, path (after /graphql), headers and body. */
      const exchange = (hub: TestHub, request: { method?: string; search?: string; headers?: Record<string, string>; body?: string }) =>
        new Promise<Exchange>((resolve, reject) => {
          const url = new URL(hub.url);
          const req = http.request(
            {
              host: url.hostname,
              port: url.port,
              path: url.pathname + (request.search ?? ''),
              method: request.method ?? 'POST',
              agent: false,
              headers: { 'x-request-id': 'lane-test', ...(request.body !== undefined && !request.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}), ...request.headers },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (c: Buffer) => chunks.push(c));
              res.on('end', () => {
                const headers: string[] = [];
                for (let i = 0; i < res.rawHeaders.length; i += 2) if (res.rawHeaders[i].toLowerCase() !== 'date') headers.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
                resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString() });
              });
              res.on('error', reject);
            },
          );
          req.on('error', reject);
          req.end(request.body);
        });
      const laneCounts = async (hub: TestHub) => {
        const values = (await metricsOf(hub.runtime).fastLane.get()).values;
        const of = (result: string) => values.find((v) => v.labels.result === result)?.value ?? 0;
        return { answered: of('answered'), passed: of('passed') };
      };
      const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
      const post = (query: string, variables?: unknown, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({
        headers,
        body: JSON.stringify({ query, ...(variables === undefined ? {} : { variables }), ...extra }),
      });

      /**
       * The same exchange with the lane (statements counted), without it (same settings), and with the lane without
       * the statement count against that answer without its count: the same status, headers and bytes; `expected`
       * says whether the lane answered, passed the request to Apollo, or did not take it at all.
       */
      const compare = async (request: Parameters<typeof exchange>[1], expected: 'answered' | 'passed' | 'none') => {
        const before = await laneCounts(laneCounted);
        const beforeQuiet = await laneCounts(lane);
        const [a, b, quiet] = [await exchange(laneCounted, request), await exchange(noLane, request), await exchange(lane, request)];
        expect(a).toEqual(b);
        const uncounted = (e: Exchange) => {
          const body = e.body.replace(/,"extensions":\{"sqlStatements":\d+\}\}\n$/, '}\n');
          // The count changes the length and, on GET, the ETag (a hash of the body).
          return { ...e, body, headers: e.headers.map((h) => (/^(content-length|etag):/i.test(h) ? h.split(':')[0] : h)) };
        };
        expect(uncounted(quiet)).toEqual(uncounted(b));
        // Each lane hub answered (or passed) it: inside express where statements are counted, in front otherwise.
        const expectedAfter = (b: { answered: number; passed: number }) => ({
          answered: b.answered + (expected === 'answered' ? 1 : 0),
          passed: b.passed + (expected === 'passed' ? 1 : 0),
        });
        expect(await laneCounts(laneCounted)).toEqual(expectedAfter(before));
        expect(await laneCounts(lane)).toEqual(expectedAfter(beforeQuiet));
        expect(await laneCounts(noLane)).toEqual({ answered: 0, passed: 0 });
        return a;
      };
      const errorCode = (e: Exchange) => (JSON.parse(e.body) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0].extensions.code;

      it('every role: the benchmark reads, pages followed by their cursors', async () => {
        const paged = (q: string, field: string) => q.replace('$first: Int!', '$first: Int!, $after: String').replace(`${field}(first: $first`, `${field}(first: $first, after: $after`);
        for (const role of roles) {
          for (const [query, field, variables] of [
            [paged(SCHOOLS_QUERY, 'schools'), 'schools', {}],
            [paged(PLANS_QUERY, 'improvementPlans'), 'improvementPlans', { period: '2026' }],
          ] as const) {
            let after: string | null = null;
            for (let page = 0; page < 3; page++) {
              // The lane takes every authenticated request of these documents; a refused role is passed to Apollo.
              const probe = await exchange(noLane, post(query, { ...variables, first: 4, after }, bearer(tokens[role])));
              const refused = JSON.parse(probe.body).errors !== undefined;
              const r = await compare(post(query, { ...variables, first: 4, after }, bearer(tokens[role])), refused ? 'passed' : 'answered');
              const list = (JSON.parse(r.body) as { data?: Record<string, { edges: unknown[] }> | null }).data?.[field];
              if (!list || refused) break;
              const next: string = (await exchange(noLane, post(`query($after: String) { ${field}(first: 4, after: $after${field === 'improvementPlans' ? ', period: "2026"' : ''}) { pageInfo { hasNextPage endCursor } } }`, { after }, bearer(tokens[role])))).body;
              const info: { hasNextPage: boolean; endCursor: string } = (JSON.parse(next) as { data: Record<string, { pageInfo: { hasNextPage: boolean; endCursor: string } }> }).data[field].pageInfo;
              if (!info.hasNextPage) break;
              after = info.endCursor;
            }
          }
        }
        // The leader's first page of schools, in the benchmark's form, was answered by the lane.
        const r = await compare(post(SCHOOLS_QUERY, { first: 50 }, bearer(tokens[Role.QUALITY_LEADER])), 'answered');
        expect(JSON.parse(r.body).data.schools.edges).toHaveLength(50);
      });

      it('filters, another tenant, a school user, invalid arguments and variables', async () => {
        const leader = bearer(tokens[Role.QUALITY_LEADER]);
        const q = `query S($first: Int!, $secretariat: String, $sector: SchoolSector, $search: String, $after: String) {
          schools(first: $first, secretariat: $secretariat, sector: $sector, search: $search, after: $after) { totalCount edges { cursor node { daneCode name secretariat { code } } } pageInfo { hasNextPage endCursor } } }`;
        await compare(post(q, { first: 5, sector: 'NON_OFFICIAL' }, leader), 'answered');
        await compare(post(q, { first: 5, search: 'colegio' }, bearer(tokens[Role.CITIZEN_SERVICE])), 'answered');
        await compare(post(q, { first: 5, secretariat: otherEtc }, bearer(tokens[Role.MINISTRY])), 'answered');
        expect(errorCode(await compare(post(q, { first: 5, secretariat: otherEtc }, leader), 'passed'))).toBe('NOT_FOUND');
        const own = await compare(post(q, { first: 5 }, bearer(tokens[Role.SCHOOL])), 'answered');
        expect(JSON.parse(own.body).data.schools.edges.map((e: { node: { daneCode: string } }) => e.node.daneCode)).toEqual([ownSchool]);
        await compare(post(`{ improvementPlans(first: 3, period: "2026", school: "${ownSchool}") { edges { node { id school { name } } } } }`, undefined, bearer(tokens[Role.SCHOOL])), 'answered');
        // Arguments class-validator refuses, all at once; a malformed cursor.
        expect(errorCode(await compare(post(q, { first: 0, search: '' }, leader), 'passed'))).toBe('BAD_USER_INPUT');
        expect(errorCode(await compare(post(q, { first: 5, after: 'bm90LWEtY3Vyc29y' }, leader), 'passed'))).toBe('BAD_USER_INPUT');
        // Variables missing, of the wrong type, unknown enum values, not an object (Apollo's 400).
        expect(errorCode(await compare(post(q, {}, leader), 'passed'))).toBe('BAD_USER_INPUT');
        expect(errorCode(await compare(post(q, { first: 'five' }, leader), 'passed'))).toBe('BAD_USER_INPUT');
        expect(errorCode(await compare(post(q, { first: 5, sector: 'PUBLIC' }, leader), 'passed'))).toBe('BAD_USER_INPUT');
        expect((await compare(post(q, '{"first":5}', leader), 'none')).status).toBe(400);
        await compare(post(q, null, leader), 'passed'); // null variables: none given
      });

      it('tokens: none, malformed, refused, expired, another scheme', async () => {
        const q = `{ schools(first: 3) { edges { node { daneCode } } } }`;
        expect(errorCode(await compare(post(q), 'passed'))).toBe('UNAUTHENTICATED');
        for (const authorization of ['Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', 'Bearer', `Bearer ${tokens[Role.MINISTRY]}x`]) {
          const r = await compare(post(q, undefined, { authorization }), 'passed');
          expect([r.status, errorCode(r)]).toEqual([401, 'UNAUTHENTICATED']);
        }
        // A token whose exp has passed (signed by hand: mint refuses a past expiry).
        const { SignJWT } = await import('jose');
        const past = await new SignJWT({ role: Role.MINISTRY }).setProtectedHeader({ alg: 'HS256' }).setSubject('t:past').setIssuer('pmi-hub').setAudience('pmi-hub')
          .setIssuedAt(Math.floor(Date.now() / 1000) - 120).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode('test-secret-for-pmi-hub-tests'));
        const r = await compare(post(q, undefined, bearer(past)), 'passed');
        expect([r.status, JSON.parse(r.body).errors[0].message]).toEqual([401, 'Authentication failed: token expired']);
      });

      it('limits, aliases, fragments, __typename, directives, operation names, other documents', async () => {
        const ministry = bearer(tokens[Role.MINISTRY]);
        const parts = `edges { node { goals { indicators { id name } actions { id description } } } }`;
        const overCost = `{ a: improvementPlans(first: 200) { ${parts} } b: improvementPlans(first: 200) { ${parts} } c: improvementPlans(first: 200) { ${parts} } }`;
        expect(errorCode(await compare(post(overCost, undefined, ministry), 'passed'))).toBe('LIMIT_EXCEEDED');
        const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ');
        expect(errorCode(await compare(post(`{ schools(first: 1) { totalCount } ${aliases} }`, undefined, ministry), 'none'))).toBeDefined();
        const directives = Array.from({ length: 60 }, () => '@skip(if: false)').join(' ');
        expect(errorCode(await compare(post(`{ schools(first: 1) { totalCount ${directives} } }`, undefined, ministry), 'none'))).toBeDefined();
        // Aliases at every level, the root field twice, __typename at the root and below.
        await compare(post(`{ __typename t: __typename a: schools(first: 2) { n: totalCount edges { c: cursor x: node { d: daneCode __typename s: secretariat { __typename name } } } } b: improvementPlans(first: 2, period: "2026") { edges { node { id } } } }`, undefined, ministry), 'answered');
        // Fragments below the root (the lane) and at the root (Apollo).
        await compare(post(`query Q { schools(first: 3) { ...C } } fragment C on SchoolConnection { edges { node { ...S ... on School { zone } } } } fragment S on School { daneCode name }`, undefined, ministry), 'answered');
        await compare(post(`{ ...Q } fragment Q on Query { schools(first: 3) { totalCount } }`, undefined, ministry), 'none');
        await compare(post(`{ ... on Query { schools(first: 3) { totalCount } } }`, undefined, ministry), 'none');
        // Directives: below the root the lane executes them as graphql-js does; at the root, Apollo.
        await compare(post(`{ schools(first: 3) { edges { node { daneCode name @skip(if: true) secretariat @include(if: false) { name } } } } }`, undefined, ministry), 'answered');
        await compare(post(`{ schools(first: 3) @include(if: true) { totalCount } }`, undefined, ministry), 'none');
        await compare(post(`{ schools(first: 3) @nope { totalCount } }`, undefined, ministry), 'none');
        // Operation names: the document's own, another one, two operations.
        const named = `query Named { schools(first: 2) { totalCount } }`;
        await compare(post(named, undefined, ministry, { operationName: 'Named' }), 'answered');
        await compare(post(named, undefined, ministry, { operationName: null }), 'answered');
        await compare(post(named, undefined, ministry, { operationName: 'Other' }), 'none');
        await compare(post(`query A { schools(first: 2) { totalCount } } query B { schools(first: 1) { totalCount } }`, undefined, ministry, { operationName: 'A' }), 'none');
        // Another root field, a mutation, a subscription, only __typename, a syntax error, an unknown field.
        await compare(post(`{ schools(first: 2) { totalCount } secretariats { code } }`, undefined, ministry), 'none');
        await compare(post(`mutation { schools(first: 2) { totalCount } }`, undefined, ministry), 'none');
        await compare(post(`subscription { schools(first: 2) { totalCount } }`, undefined, ministry), 'none');
        await compare(post(`{ __typename }`, undefined, ministry), 'none');
        await compare(post(`{ schools(first: 2) { totalCount }`, undefined, ministry), 'none');
        await compare(post(`{ schools(first: 2) { totalCount nope } }`, undefined, ministry), 'none');
        // extensions in the body (Apollo's rules), a batch, a body that is not an object.
        await compare(post(`{ schools(first: 2) { totalCount } }`, undefined, ministry, { extensions: {} }), 'none');
        await compare({ headers: ministry, body: JSON.stringify([{ query: `{ schools(first: 2) { totalCount } }` }]) }, 'none');
        await compare({ headers: ministry, body: '"{ schools(first: 2) { totalCount } }"' }, 'none');
      });

      it('content negotiation, body rules and GET: as Apollo and express answer', async () => {
        const ministry = bearer(tokens[Role.MINISTRY]);
        const q = `{ schools(first: 2) { edges { node { daneCode } } } }`;
        for (const accept of ['*/*', 'application/json']) await compare(post(q, undefined, { ...ministry, accept }), 'answered');
        for (const accept of ['application/graphql-response+json', 'text/html', 'application/json;q=0.5, application/graphql-response+json']) await compare(post(q, undefined, { ...ministry, accept }), 'none');
        await compare(post(q, undefined, { ...ministry, 'content-type': 'application/json; charset=utf-8' }), 'answered');
        await compare(post(q, undefined, { ...ministry, 'content-type': 'application/json; charset=utf-16' }), 'none');
        await compare(post(q, undefined, { ...ministry, 'content-type': 'text/plain' }), 'none');
        await compare({ headers: ministry, body: '{"query": "{ schools(first: 2) {' }, 'none');
        await compare({ method: 'GET', search: `?query=${encodeURIComponent(q)}`, headers: ministry }, 'none');
        await compare({ method: 'GET', search: `?query=${encodeURIComponent(q)}`, headers: { ...ministry, 'apollo-require-preflight': 'true' } }, 'none');
      });

      it('over WebSocket the same document answers the same data (graphql-ws, never the lane)', async () => {
        const query = `{ schools(first: 4) { totalCount edges { cursor node { daneCode name secretariat { code } } } } }`;
        const overHttp = await compare(post(query, undefined, bearer(tokens[Role.QUALITY_LEADER])), 'answered');
        const before = await laneCounts(laneCounted);
        const overWs = await new Promise<unknown>((resolve, reject) => {
          const client = laneCounted.ws(tokens[Role.QUALITY_LEADER]);
          let result: unknown;
          client.subscribe({ query }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
        });
        expect(overWs).toEqual({ data: JSON.parse(overHttp.body).data });
        expect(await laneCounts(laneCounted)).toEqual(before);
      });
    });

    it('the compiled selections take the JSON read: fewer statements than the plain path, constant', async () => {
      await both(PLANS_QUERY, { first: 1, period: '2026' }, Role.QUALITY_LEADER); // warm-up: per-process caches
      for (const [query, v] of [[PLANS_QUERY, { period: '2026' }], [SCHOOLS_QUERY, {}]] as const) {
        const counts = [];
        for (const first of [10, 50]) {
          const r = await both(query, { ...v, first }, Role.QUALITY_LEADER);
          expect(r.fast).toEqual(r.plain);
          expect(r.fastStatements).toBeLessThan(r.plainStatements);
          counts.push(r.fastStatements);
        }
        expect(counts[0]).toBe(counts[1]);
      }
    });
  });
});
