import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { createWindow } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  ModificationWindowsDocument,
  RegisterSupportRequestDocument,
  SchoolsDocument,
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
