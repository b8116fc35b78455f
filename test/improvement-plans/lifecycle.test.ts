import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createTwoTenants } from '../support/factories';
import { createWindow, newPlanInput, registerPlan, review, submit } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  ImprovementPlanDocument,
  ImprovementPlanVersionDocument,
  ImprovementPlansDeepDocument,
  RegisterImprovementPlanDocument,
  ReviewImprovementPlanDocument,
  SubmitImprovementPlanDocument,
  UpdateImprovementPlanDocument,
  type RegisterImprovementPlanInput as GqlRegisterInput,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ EXPOSE_SQL_COUNT: 'true' });
});
afterAll(() => hub.stop());

/** One secretariat with an open window and two schools, with tokens. */
async function setup() {
  const { a, schoolsA } = await createTwoTenants(hub, 2);
  await createWindow(hub, a.code, '2026');
  const school = schoolsA[0].daneCode;
  const schoolToken = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school });
  const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
  return { a, schoolsA, school, schoolToken, leader };
}

const gqlInput = (attrs: Record<string, unknown> = {}) => ({ ...newPlanInput('2026'), ...attrs }) as unknown as GqlRegisterInput;

async function eventTypes(entityId: string) {
  const rows: { type: string }[] = await hub.runtime.db.query('SELECT type FROM event WHERE entity_id = $1 ORDER BY id', [entityId]);
  return rows.map((r) => r.type);
}
async function auditOperations(entityId: string) {
  const rows: { operation: string }[] = await hub.runtime.db.query('SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY id', [entityId]);
  return rows.map((r) => r.operation);
}

describe('improvement plan (PMI) lifecycle', () => {
  it('registers, updates, submits and reviews a PMI, auditing each step and emitting its event', async () => {
    const { school, schoolToken, leader } = await setup();
    const plan = expectData(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken)).registerImprovementPlan;
    expect(plan).toMatchObject({ schoolDane: school, period: '2026', status: 'DRAFT', version: 1, pertinent: null });
    expect(plan.criticalFactors.map((f) => f.priority)).toEqual([14, 10]);
    expect(plan.goals[0].indicators[0]).toMatchObject({ baseline: 34, target: 20, unit: '%', frequency: 'ANNUAL' });
    expect(plan.goals[0].actions[0]).toMatchObject({ startDate: '2026-02-01', endDate: '2026-11-30', status: 'NOT_STARTED' });

    // A draft changes in place: same version, kept ids stay, new parts get ids, omitted lists stay as they were.
    const goal = plan.goals[0];
    const updated = expectData(
      await hub.gql(
        UpdateImprovementPlanDocument,
        {
          id: plan.id,
          input: {
            criticalFactors: [{ ...plan.criticalFactors[0], urgency: 2, trend: 2, impact: 1, priority: undefined } as never],
            goals: [
              {
                id: goal.id,
                area: goal.area,
                description: goal.description,
                indicators: [{ ...goal.indicators[0], target: 18 }],
                actions: [
                  { ...goal.actions[0], status: 'IN_PROGRESS' },
                  {
                    description: 'Simulacros tipo Saber 11 cada bimestre',
                    responsible: 'Docentes de matemáticas',
                    startDate: '2026-03-01',
                    endDate: '2026-10-30',
                    inspectionActionRef: 'F0103-AC-77',
                  },
                ],
              },
            ],
          },
        },
        schoolToken,
      ),
    ).updateImprovementPlan;
    expect(updated.version).toBe(1);
    expect(updated.status).toBe('DRAFT');
    expect(updated.criticalFactors).toEqual([{ ...plan.criticalFactors[0], urgency: 2, trend: 2, impact: 1, priority: 5 }]);
    expect(updated.objectives).toEqual(plan.objectives);
    expect(updated.goals[0].id).toBe(goal.id);
    expect(updated.goals[0].indicators[0]).toMatchObject({ id: goal.indicators[0].id, target: 18 });
    expect(updated.goals[0].actions.map((x) => x.id)[0]).toBe(goal.actions[0].id);
    expect(updated.goals[0].actions[1]).toMatchObject({ status: 'NOT_STARTED', inspectionActionRef: 'F0103-AC-77' });

    const submitted = expectData(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken)).submitImprovementPlan;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 1 });
    expect(submitted.submittedAt).toBeTruthy();

    const reviewed = expectData(
      await hub.gql(
        ReviewImprovementPlanDocument,
        {
          id: plan.id,
          input: {
            pertinent: true,
            version: 1,
            observations: { criticalFactors: 'Bien priorizados', indicators: 'Agregar indicador de deserción', general: 'Pertinente' },
          },
        },
        leader,
      ),
    ).reviewImprovementPlan;
    expect(reviewed).toMatchObject({ status: 'REVIEWED', pertinent: true, reviewedVersion: 1, version: 1 });
    expect(reviewed.lastReviewedAt).toBeTruthy();
    expect(reviewed.lastReview).toMatchObject({
      version: 1,
      pertinent: true,
      reviewer: 'test:quality_leader',
      reviewerRole: 'QUALITY_LEADER',
      observations: {
        criticalFactors: 'Bien priorizados',
        objectives: null,
        indicators: 'Agregar indicador de deserción',
        general: 'Pertinente',
      },
    });

    expect(await eventTypes(plan.id)).toEqual([
      'improvement_plan.registered',
      'improvement_plan.updated',
      'improvement_plan.submitted',
      'improvement_plan.reviewed',
    ]);
    expect(await auditOperations(plan.id)).toEqual([
      'registerImprovementPlan',
      'updateImprovementPlan',
      'submitImprovementPlan',
      'reviewImprovementPlan',
    ]);
  });

  it('keeps version 1 unchanged when a change after the review creates version 2', async () => {
    const { a, school, schoolToken, leader } = await setup();
    const plan = await registerPlan(hub, a.code, school);
    await submit(hub, a.code, school, plan.id);
    await review(hub, a.code, plan.id, false);
    const v1 = expectData(await hub.gql(ImprovementPlanVersionDocument, { id: plan.id, version: 1 }, schoolToken)).improvementPlanVersion;

    const v2 = expectData(
      await hub.gql(UpdateImprovementPlanDocument, { id: plan.id, input: { objectives: [{ area: 'COMMUNITY', description: 'Reducir la deserción escolar' }] } }, schoolToken),
    ).updateImprovementPlan;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', pertinent: false, reviewedVersion: 1 });
    expect(v2.objectives).toEqual([expect.objectContaining({ area: 'COMMUNITY', description: 'Reducir la deserción escolar' })]);

    const v1Again = expectData(await hub.gql(ImprovementPlanVersionDocument, { id: plan.id, version: 1 }, schoolToken)).improvementPlanVersion;
    expect(v1Again).toEqual(v1);
    expect(v1Again).toMatchObject({ status: 'REVIEWED', pertinent: false });
    expect((v1Again.content.objectives as { area: string }[])[0].area).toBe('ACADEMIC');
    expect(v1Again.reviews).toHaveLength(1);

    // A second change to the draft stays in version 2.
    const still2 = expectData(
      await hub.gql(UpdateImprovementPlanDocument, { id: plan.id, input: { communication: 'Reunión con el consejo de padres' } }, schoolToken),
    ).updateImprovementPlan;
    expect(still2.version).toBe(2);

    await submit(hub, a.code, school, plan.id);
    await review(hub, a.code, plan.id, true);
    // After approval, a change opens version 3; the approved version 2 stays.
    const v3 = expectData(await hub.gql(UpdateImprovementPlanDocument, { id: plan.id, input: { communication: 'Boletín institucional' } }, schoolToken)).updateImprovementPlan;
    expect(v3).toMatchObject({ version: 3, status: 'DRAFT', pertinent: true, reviewedVersion: 2 });

    const full = expectData(await hub.gql(ImprovementPlanDocument, { id: plan.id }, leader)).improvementPlan;
    expect(full.versions.map((v) => [v.version, v.status, v.pertinent])).toEqual([
      [1, 'REVIEWED', false],
      [2, 'REVIEWED', true],
      [3, 'DRAFT', null],
    ]);
    expect(full.versions[1].content.communication).toBe('Reunión con el consejo de padres');
    expect(full.versions[2].content.communication).toBe('Boletín institucional');
    expect(full.reviews.map((r) => [r.version, r.pertinent])).toEqual([
      [1, false],
      [2, true],
    ]);
    const updatedEvents: { payload: { version: number; newVersion: boolean } }[] = await hub.runtime.db.query(
      `SELECT payload FROM event WHERE entity_id = $1 AND type = 'improvement_plan.updated' ORDER BY id`,
      [plan.id],
    );
    expect(updatedEvents.map((e) => [e.payload.version, e.payload.newVersion])).toEqual([
      [2, true],
      [2, false],
      [3, true],
    ]);
  });

  it('refuses state changes out of order', async () => {
    const { a, school, schoolToken, leader } = await setup();
    const plan = await registerPlan(hub, a.code, school);
    expectError(await hub.gql(ReviewImprovementPlanDocument, { id: plan.id, input: { pertinent: true } }, leader), 'INVALID_STATE');
    await submit(hub, a.code, school, plan.id);
    expectError(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken), 'INVALID_STATE');
    const underReview = expectError(await hub.gql(UpdateImprovementPlanDocument, { id: plan.id, input: { communication: 'x' } }, schoolToken), 'INVALID_STATE');
    expect(underReview.message).toMatch(/waiting for the secretariat's review/);
    expectError(await hub.gql(ReviewImprovementPlanDocument, { id: plan.id, input: { pertinent: true, version: 2 } }, leader), 'BAD_USER_INPUT', 'input.version');
    await review(hub, a.code, plan.id, true);
    expectError(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken), 'INVALID_STATE');
    expectError(await hub.gql(ReviewImprovementPlanDocument, { id: plan.id, input: { pertinent: true } }, leader), 'INVALID_STATE');
  });

  it('refuses to submit an incomplete plan, naming what is missing', async () => {
    const { school, schoolToken } = await setup();
    const plan = expectData(
      await hub.gql(RegisterImprovementPlanDocument, { input: { period: '2026', daneCode: school, criticalFactors: [] } }, schoolToken),
    ).registerImprovementPlan;
    expect(plan.goals).toEqual([]);
    const err = expectError(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken), 'INVALID_STATE');
    expect(err.extensions?.missing).toEqual(
      expect.arrayContaining(['no critical factors (factores críticos)', 'no goals (metas)', 'no communication to the community (socialización)']),
    );
  });

  it('registers one PMI per school and period', async () => {
    const { schoolToken } = await setup();
    expectData(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken));
    expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken), 'CONFLICT', 'input.period');
  });
});

describe('PMI validation', () => {
  it('names the field at fault for invalid input', async () => {
    const { school, schoolToken } = await setup();
    const base = newPlanInput('2026');
    const factor = base.criticalFactors![0];
    const goal = base.goals![0];
    const action = goal.actions[0];
    const cases: [Record<string, unknown>, string][] = [
      [{ criticalFactors: [{ ...factor, urgency: 6 }] }, 'input.criticalFactors.0.urgency'],
      [{ criticalFactors: [factor, { ...factor, impact: 0 }] }, 'input.criticalFactors.1.impact'],
      [{ goals: [{ ...goal, actions: [{ ...action, startDate: '2026-02-30' }] }] }, 'input.goals.0.actions.0.startDate'],
      [{ goals: [{ ...goal, actions: [action, { ...action, endDate: '2026-01-01' }] }] }, 'input.goals.0.actions.1.endDate'],
      [{ goals: [{ ...goal, indicators: [{ ...goal.indicators[0], unit: '' }] }] }, 'input.goals.0.indicators.0.unit'],
      [{ goals: [{ ...goal, indicators: [{ ...goal.indicators[0], id: '6f1c2c55-3c4b-4a43-9d5e-2d7b3c0e9a11' }] }] }, 'input.goals.0.indicators.0.id'],
      [{ objectives: [{ area: 'ACADEMIC', description: '' }] }, 'input.objectives.0.description'],
      [{ period: '26' }, 'input.period'],
      [{ daneCode: '123' }, 'input.daneCode'],
    ];
    for (const [attrs, field] of cases) {
      expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput(attrs) }, schoolToken), 'BAD_USER_INPUT', field);
    }
    // Nothing was written by the refused attempts.
    const count: { n: string }[] = await hub.runtime.db.query('SELECT count(*) AS n FROM improvement_plan WHERE school_dane = $1', [school]);
    expect(Number(count[0].n)).toBe(0);
  });

  it('refuses ids that belong to another plan on update', async () => {
    const { a, schoolsA, school, schoolToken } = await setup();
    const mine = await registerPlan(hub, a.code, school);
    const other = await registerPlan(hub, a.code, schoolsA[1].daneCode);
    const full = expectData(await hub.gql(ImprovementPlanDocument, { id: other.id }, await hub.token({ role: Role.QUALITY_STAFF, secretariat: a.code }))).improvementPlan;
    const err = expectError(
      await hub.gql(
        UpdateImprovementPlanDocument,
        { id: mine.id, input: { objectives: [{ id: full.objectives[0].id, area: 'ACADEMIC', description: 'Robar el objetivo ajeno' }] } },
        schoolToken,
      ),
      'BAD_USER_INPUT',
      'input.objectives.0.id',
    );
    expect(err.message).toMatch(/not a part of this plan/);
  });
});

describe('PMI lists and DataLoaders', () => {
  it('lists plans with their school, goals, indicators, actions, reviews and versions in a constant number of statements', async () => {
    const { a } = await createTwoTenants(hub, 0);
    await createWindow(hub, a.code, '2026');
    for (let i = 0; i < 6; i++) {
      const s = await createSchool(hub, a.code);
      const p = await registerPlan(hub, a.code, s.daneCode);
      if (i % 2 === 0) {
        await submit(hub, a.code, s.daneCode, p.id);
        await review(hub, a.code, p.id, i === 0);
      }
    }
    const staff = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: a.code });
    const small = await hub.gql(ImprovementPlansDeepDocument, { first: 2, period: '2026' }, staff);
    const large = await hub.gql(ImprovementPlansDeepDocument, { first: 6, period: '2026' }, staff);
    const data = expectData(large).improvementPlans;
    expect(data.totalCount).toBe(6);
    expect(data.edges).toHaveLength(6);
    for (const e of data.edges) {
      expect(e.node.school.daneCode).toBeTruthy();
      expect(e.node.goals[0].indicators).toHaveLength(1);
      expect(e.node.goals[0].actions).toHaveLength(1);
    }
    expect(data.edges.filter((e) => e.node.reviews.length === 1)).toHaveLength(3);
    const smallCount = small.extensions?.sqlStatements as number;
    const largeCount = large.extensions?.sqlStatements as number;
    expect(typeof largeCount).toBe('number');
    // count + page + school + factors + objectives + goals + indicators + actions + reviews + versions, and the
    // response cache's snapshot before execution (both requests are misses: another `first`)
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(11);
  });
});
