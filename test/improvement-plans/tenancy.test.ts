import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { createWindow, newPlanInput, registerPlan, submit } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  ImprovementPlanDocument,
  ImprovementPlanOfDocument,
  ImprovementPlanVersionDocument,
  ImprovementPlansDocument,
  RegisterImprovementPlanDocument,
  ReviewImprovementPlanDocument,
  SubmitImprovementPlanDocument,
  UpdateImprovementPlanDocument,
  type RegisterImprovementPlanInput as GqlRegisterInput,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

/**
 * Two secretariats, two schools each, windows open in both; school A0 and school B0 have a plan; A0's is submitted.
 * Tokens for every role that matters.
 */
async function world() {
  const { a, b, schoolsA, schoolsB } = await createTwoTenants(hub, 2);
  await createWindow(hub, a.code, '2026');
  await createWindow(hub, b.code, '2026');
  const [a0, a1] = schoolsA.map((s) => s.daneCode);
  const [b0] = schoolsB.map((s) => s.daneCode);
  const planA = await registerPlan(hub, a.code, a0);
  await submit(hub, a.code, a0, planA.id);
  const planB = await registerPlan(hub, b.code, b0);
  const t = {
    schoolA0: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: a0 }),
    schoolA1: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: a1 }),
    schoolB0: await hub.token({ role: Role.SCHOOL, secretariat: b.code, school: b0 }),
    leaderA: await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code }),
    leaderB: await hub.token({ role: Role.QUALITY_LEADER, secretariat: b.code }),
    staffB: await hub.token({ role: Role.QUALITY_STAFF, secretariat: b.code }),
    citizenA: await hub.token({ role: Role.CITIZEN_SERVICE, secretariat: a.code }),
    subprocessA: await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:D01.03'] }),
    inspectionA: await hub.token({ role: Role.INSPECTION, secretariat: a.code }),
    ministry: await hub.token({ role: Role.MINISTRY }),
    admin: await hub.token({ role: Role.ADMIN }),
  };
  return { a, b, a0, a1, b0, planA, planB, t };
}

const input = (attrs: Record<string, unknown> = {}) => ({ ...newPlanInput('2026'), ...attrs }) as unknown as GqlRegisterInput;

describe('PMI tenancy', () => {
  it('tenancy:registerImprovementPlan lets a school register only its own PMI', async () => {
    const { a1, b0, a0, t } = await world();
    // Another school of the same secretariat, and a school of another secretariat, look like they do not exist.
    expectError(await hub.gql(RegisterImprovementPlanDocument, { input: input({ daneCode: a0, period: '2027' }) }, t.schoolA1), 'NOT_FOUND');
    expectError(await hub.gql(RegisterImprovementPlanDocument, { input: input({ daneCode: b0, period: '2027' }) }, t.schoolA1), 'NOT_FOUND');
    for (const token of [t.leaderA, t.citizenA, t.subprocessA, t.ministry, t.admin]) {
      expectError(await hub.gql(RegisterImprovementPlanDocument, { input: input({ daneCode: a1 }) }, token), 'FORBIDDEN');
    }
    // Its own school by default.
    const own = expectData(await hub.gql(RegisterImprovementPlanDocument, { input: input() }, t.schoolA1)).registerImprovementPlan;
    expect(own.schoolDane).toBe(a1);
  });

  it('tenancy:updateImprovementPlan refuses another school’s plan and non-school roles', async () => {
    const { planB, t } = await world();
    expectError(await hub.gql(UpdateImprovementPlanDocument, { id: planB.id, input: { communication: 'x' } }, t.schoolA0), 'NOT_FOUND');
    expectError(await hub.gql(UpdateImprovementPlanDocument, { id: planB.id, input: { communication: 'x' } }, t.leaderB), 'FORBIDDEN');
    // A malformed id is the client's mistake, refused at the boundary with its field (issue 8 §3).
    expectError(await hub.gql(UpdateImprovementPlanDocument, { id: 'not-a-uuid', input: { communication: 'x' } }, t.schoolB0), 'BAD_USER_INPUT', 'id');
    expectData(await hub.gql(UpdateImprovementPlanDocument, { id: planB.id, input: { communication: 'Socialización en asamblea' } }, t.schoolB0));
  });

  it('tenancy:submitImprovementPlan refuses another school’s plan and non-school roles', async () => {
    const { planB, t } = await world();
    expectError(await hub.gql(SubmitImprovementPlanDocument, { id: planB.id }, t.schoolA0), 'NOT_FOUND');
    expectError(await hub.gql(SubmitImprovementPlanDocument, { id: planB.id }, t.staffB), 'FORBIDDEN');
    expect(expectData(await hub.gql(SubmitImprovementPlanDocument, { id: planB.id }, t.schoolB0)).submitImprovementPlan.status).toBe('SUBMITTED');
  });

  it('tenancy:reviewImprovementPlan lets only staff of the plan’s secretariat review', async () => {
    const { planA, t } = await world();
    const review = { pertinent: true };
    expectError(await hub.gql(ReviewImprovementPlanDocument, { id: planA.id, input: review }, t.leaderB), 'NOT_FOUND');
    expectError(await hub.gql(ReviewImprovementPlanDocument, { id: planA.id, input: review }, t.staffB), 'NOT_FOUND');
    for (const token of [t.schoolA0, t.citizenA, t.inspectionA, t.ministry, t.admin, t.subprocessA]) {
      expectError(await hub.gql(ReviewImprovementPlanDocument, { id: planA.id, input: review }, token), 'FORBIDDEN');
    }
    expect(expectData(await hub.gql(ReviewImprovementPlanDocument, { id: planA.id, input: review }, t.leaderA)).reviewImprovementPlan.status).toBe('REVIEWED');
  });

  it('tenancy:improvementPlans lists only the caller’s secretariat, a school only its own, the Ministry all', async () => {
    const { a, b, planA, planB, t } = await world();
    const ids = async (token: string, vars: Record<string, unknown> = {}) =>
      expectData(await hub.gql(ImprovementPlansDocument, { first: 50, ...vars }, token)).improvementPlans.edges.map((e) => e.node.id);
    expect(await ids(t.leaderA)).toEqual([planA.id]);
    expectError(await hub.gql(ImprovementPlansDocument, { first: 50, secretariat: b.code }, t.leaderA), 'NOT_FOUND');
    expect(await ids(t.inspectionA)).toEqual([planA.id]);
    expect(await ids(t.schoolA1)).toEqual([]);
    expect(await ids(t.schoolA0, { school: planB.schoolDane })).toEqual([]);
    expect(await ids(t.schoolB0)).toEqual([planB.id]);
    expect(await ids(t.ministry, { secretariat: a.code })).toEqual([planA.id]);
    expect(await ids(t.ministry, { secretariat: b.code, status: 'DRAFT' })).toEqual([planB.id]);
    expect(await ids(t.ministry, { secretariat: b.code, status: 'SUBMITTED' })).toEqual([]);
    for (const token of [t.citizenA, t.subprocessA]) {
      expectError(await hub.gql(ImprovementPlansDocument, {}, token), 'FORBIDDEN');
    }
  });

  it('tenancy:improvementPlan hides another school’s or secretariat’s plan', async () => {
    const { planA, planB, t } = await world();
    expectError(await hub.gql(ImprovementPlanDocument, { id: planA.id }, t.schoolA1), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanDocument, { id: planA.id }, t.leaderB), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanDocument, { id: planA.id }, t.citizenA), 'FORBIDDEN');
    expect(expectData(await hub.gql(ImprovementPlanDocument, { id: planA.id }, t.schoolA0)).improvementPlan.id).toBe(planA.id);
    expect(expectData(await hub.gql(ImprovementPlanDocument, { id: planB.id }, t.ministry)).improvementPlan.id).toBe(planB.id);
  });

  it('tenancy:improvementPlanOf finds the plan of a visible school only', async () => {
    const { a0, a1, b0, planA, t } = await world();
    expect(expectData(await hub.gql(ImprovementPlanOfDocument, { daneCode: a0, period: '2026' }, t.leaderA)).improvementPlanOf?.id).toBe(planA.id);
    expect(expectData(await hub.gql(ImprovementPlanOfDocument, { daneCode: a1, period: '2026' }, t.leaderA)).improvementPlanOf).toBeNull();
    expect(expectData(await hub.gql(ImprovementPlanOfDocument, { daneCode: a0, period: '2025' }, t.schoolA0)).improvementPlanOf).toBeNull();
    expectError(await hub.gql(ImprovementPlanOfDocument, { daneCode: a0, period: '2026' }, t.schoolA1), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanOfDocument, { daneCode: b0, period: '2026' }, t.leaderA), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanOfDocument, { daneCode: a0, period: '2026' }, t.subprocessA), 'FORBIDDEN');
  });

  it('tenancy:improvementPlanVersion hides versions of plans the caller cannot see', async () => {
    const { planA, t } = await world();
    expect(expectData(await hub.gql(ImprovementPlanVersionDocument, { id: planA.id, version: 1 }, t.schoolA0)).improvementPlanVersion.version).toBe(1);
    expectError(await hub.gql(ImprovementPlanVersionDocument, { id: planA.id, version: 2 }, t.schoolA0), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanVersionDocument, { id: planA.id, version: 1 }, t.schoolA1), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanVersionDocument, { id: planA.id, version: 1 }, t.staffB), 'NOT_FOUND');
    expectError(await hub.gql(ImprovementPlanVersionDocument, { id: planA.id, version: 1 }, t.citizenA), 'FORBIDDEN');
  });
});
