import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { createWindow, newPlanInput, registerPlan } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  ModificationWindowsDocument,
  RegisterImprovementPlanDocument,
  RegisterSupportRequestDocument,
  SchoolDocument,
  SchoolsDocument,
  SubmitImprovementPlanDocument,
  SupportRequestDocument,
  SupportRequestsDocument,
} from '../generated/graphql';

/**
 * The tenant scope (src/common/scope.ts) through real HTTP, one case per branch of its SQL filter (`apply`) and of
 * its record check (`visible` with `rowTenant`): a secretariat-bound caller reads its secretariat only, a national
 * caller every one (or the one it names), a SCHOOL user its own school's rows, and the rows of the whole secretariat
 * (`'none'`). In the mutation-testing set (jest.stryker.config.js): the rule tests in test/events/visibility.test.ts
 * call these functions directly, and only the lists tell whether the SQL filter is right.
 */
let hub: TestHub;
let t: Awaited<ReturnType<typeof createTwoTenants>>;
const tk: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  t = await createTwoTenants(hub, 2);
  await createWindow(hub, t.a.code, '2026');
  await createWindow(hub, t.b.code, '2026');
  tk.leaderA = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code });
  tk.leaderB = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.b.code });
  tk.schoolA0 = await hub.token({ role: Role.SCHOOL, secretariat: t.a.code, school: t.schoolsA[0].daneCode });
  tk.schoolA1 = await hub.token({ role: Role.SCHOOL, secretariat: t.a.code, school: t.schoolsA[1].daneCode });
  tk.ministry = await hub.token({ role: Role.MINISTRY });
  // A token of a person that is not a SCHOOL user may still carry a school claim (the hub keeps it): it narrows nothing.
  tk.leaderWithSchool = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code, school: t.schoolsA[0].daneCode });
});
afterAll(() => hub.stop());

const danes = (list: { daneCode: string }[]) => list.map((s) => s.daneCode).sort();
const schools = async (token: string, secretariat?: string) =>
  expectData(await hub.gql(SchoolsDocument, { first: 100, secretariat }, token)).schools.edges.map((e) => e.node.daneCode).sort();

it('tenancy:schools — a list filtered in SQL: own secretariat, every secretariat for the Ministry (or the one named), own school for a SCHOOL user', async () => {
  expect(await schools(tk.leaderA)).toEqual(danes(t.schoolsA));
  expect(await schools(tk.leaderB)).toEqual(danes(t.schoolsB));
  expect(await schools(tk.ministry)).toEqual(expect.arrayContaining([...danes(t.schoolsA), ...danes(t.schoolsB)]));
  expect(await schools(tk.ministry, t.b.code)).toEqual(danes(t.schoolsB));
  expect(await schools(tk.schoolA0)).toEqual([t.schoolsA[0].daneCode]);
  // Only the SCHOOL role is cut to its school, whatever claims another role's token carries.
  expect(await schools(tk.leaderWithSchool)).toEqual(danes(t.schoolsA));
});

it("tenancy:modificationWindows — rows of the whole secretariat ('none'): a SCHOOL user reads its secretariat's, not another's", async () => {
  const windows = async (token: string) =>
    expectData(await hub.gql(ModificationWindowsDocument, { period: '2026' }, token)).modificationWindows.map((w) => w.secretariatCode);
  expect(await windows(tk.schoolA0)).toEqual([t.a.code]);
  expect(await windows(tk.leaderB)).toEqual([t.b.code]);
  expect((await windows(tk.ministry)).sort()).toEqual(expect.arrayContaining([t.a.code, t.b.code].sort()));
});

it('tenancy:supportRequest — one record of a school: that school and its secretariat read it; another school or secretariat gets NOT_FOUND', async () => {
  const request = expectData(
    await hub.gql(RegisterSupportRequestDocument, { input: { subject: 'Apoyo en convivencia', area: 'COMMUNITY', description: 'Necesitamos apoyo con el manual de convivencia' } } as never, tk.schoolA0),
  ).registerSupportRequest;
  for (const who of ['schoolA0', 'leaderA', 'ministry']) {
    expect(expectData(await hub.gql(SupportRequestDocument, { id: request.id }, tk[who])).supportRequest.id).toBe(request.id);
  }
  for (const who of ['schoolA1', 'leaderB']) expectError(await hub.gql(SupportRequestDocument, { id: request.id }, tk[who]), 'NOT_FOUND');
  const listed = async (token: string) =>
    expectData(await hub.gql(SupportRequestsDocument, { first: 50 }, token)).supportRequests.edges.map((e) => e.node.id);
  expect(await listed(tk.schoolA0)).toEqual([request.id]);
  expect(await listed(tk.schoolA1)).toEqual([]);
  expect(await listed(tk.leaderA)).toEqual([request.id]);
  expect(await listed(tk.leaderB)).toEqual([]);
});

it('tenancy:school — one school of the registry: itself and its secretariat read it; a sibling school gets NOT_FOUND', async () => {
  const [own, sibling] = t.schoolsA.map((x) => x.daneCode);
  expect(expectData(await hub.gql(SchoolDocument, { daneCode: own }, tk.schoolA0)).school!.daneCode).toBe(own);
  expect(expectData(await hub.gql(SchoolDocument, { daneCode: sibling }, tk.leaderA)).school!.daneCode).toBe(sibling);
  expectError(await hub.gql(SchoolDocument, { daneCode: sibling }, tk.schoolA0), 'NOT_FOUND');
  expectError(await hub.gql(SchoolDocument, { daneCode: own }, tk.leaderB), 'NOT_FOUND');
});

it('tenancy:submitImprovementPlan — a school writes only its own PMI: a sibling school of the same secretariat gets NOT_FOUND', async () => {
  const sibling = t.schoolsA[1].daneCode;
  const plan = await registerPlan(hub, t.a.code, sibling, '2026');
  expectError(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, tk.schoolA0), 'NOT_FOUND');
  expectError(await hub.gql(RegisterImprovementPlanDocument, { input: { ...newPlanInput('2026'), daneCode: sibling } } as never, tk.schoolA0), 'NOT_FOUND');
  expect((await hub.runtime.db.query('SELECT status FROM improvement_plan WHERE id = $1', [plan.id]))[0].status).toBe('DRAFT');
  // The school itself may.
  expect(expectData(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, tk.schoolA1)).submitImprovementPlan.status).toBe('SUBMITTED');
});
