import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { createWindow, newPlanInput, registerPlan } from '../support/improvement-plans-factories';
import { Role } from '../../src/common/auth/roles';
import {
  CloseModificationWindowDocument,
  ModificationWindowsDocument,
  OpenModificationWindowDocument,
  RegisterImprovementPlanDocument,
  SubmitImprovementPlanDocument,
  UpdateImprovementPlanDocument,
  type RegisterImprovementPlanInput as GqlRegisterInput,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

const DAY = 24 * 3600 * 1000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const gqlInput = (period = '2026') => newPlanInput(period) as unknown as GqlRegisterInput;

async function setup() {
  const { a, b, schoolsA } = await createTwoTenants(hub, 1);
  const school = schoolsA[0].daneCode;
  return {
    a,
    b,
    school,
    schoolToken: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school }),
    leader: await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code }),
  };
}

describe('modification window (periodo de modificación)', () => {
  it('refuses registration when no window was opened for the period', async () => {
    const { schoolToken } = await setup();
    const err = expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken), 'INVALID_STATE');
    expect(err.message).toMatch(/none has been opened for this period/);
  });

  it('refuses registration before the window opens and after it closes, and allows it inside', async () => {
    const { leader, schoolToken } = await setup();
    const future = expectData(
      await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(5 * DAY), closesAt: iso(20 * DAY) } }, leader),
    ).openModificationWindow;
    expect(future.open).toBe(false);
    const before = expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken), 'INVALID_STATE');
    expect(before.message).toMatch(/it opens on/);
    expect(before.extensions?.opensAt).toBe(future.opensAt);

    expectData(await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(-20 * DAY), closesAt: iso(-5 * DAY) } }, leader));
    // The past window does not help; the future one is still the next to open.
    expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken), 'INVALID_STATE');

    expectData(await hub.gql(CloseModificationWindowDocument, { id: future.id }, leader));
    const after = expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput() }, schoolToken), 'INVALID_STATE');
    expect(after.message).toMatch(/it closed on/);

    // A window for another period does not open this one.
    expectData(await hub.gql(OpenModificationWindowDocument, { input: { period: '2027', opensAt: iso(-DAY), closesAt: iso(DAY) } }, leader));
    expectError(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput('2026') }, schoolToken), 'INVALID_STATE');
    expectData(await hub.gql(RegisterImprovementPlanDocument, { input: gqlInput('2027') }, schoolToken));
  });

  it('refuses changes and submission once the window has closed', async () => {
    const { a, school, leader, schoolToken } = await setup();
    const window = await createWindow(hub, a.code, '2026');
    const plan = await registerPlan(hub, a.code, school);
    const closed = expectData(await hub.gql(CloseModificationWindowDocument, { id: window.id }, leader)).closeModificationWindow;
    expect(closed.open).toBe(false);
    expect(closed.closedAt).toBeTruthy();
    expectError(await hub.gql(UpdateImprovementPlanDocument, { id: plan.id, input: { communication: 'Nuevo texto' } }, schoolToken), 'INVALID_STATE');
    expectError(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken), 'INVALID_STATE');
    expectError(await hub.gql(CloseModificationWindowDocument, { id: window.id }, leader), 'INVALID_STATE');
    // Reopening lets the school go on.
    await createWindow(hub, a.code, '2026');
    expectData(await hub.gql(SubmitImprovementPlanDocument, { id: plan.id }, schoolToken));
  });

  it('validates window dates and refuses overlapping windows', async () => {
    const { leader } = await setup();
    expectError(
      await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(DAY), closesAt: iso(-DAY) } }, leader),
      'BAD_USER_INPUT',
      'input.closesAt',
    );
    expectError(
      await hub.gql(OpenModificationWindowDocument, { input: { period: '26', opensAt: iso(-DAY), closesAt: iso(DAY) } }, leader),
      'BAD_USER_INPUT',
      'input.period',
    );
    expectData(await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(-DAY), closesAt: iso(10 * DAY) } }, leader));
    expectError(
      await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(5 * DAY), closesAt: iso(20 * DAY) } }, leader),
      'CONFLICT',
      'input.opensAt',
    );
  });

  it('tenancy:openModificationWindow opens only in the leader’s own secretariat and refuses other roles', async () => {
    const { a, b, leader, school } = await setup();
    const w = expectData(await hub.gql(OpenModificationWindowDocument, { input: { period: '2026', opensAt: iso(-DAY), closesAt: iso(DAY) } }, leader)).openModificationWindow;
    expect(w.secretariatCode).toBe(a.code);
    const leaderB = await hub.token({ role: Role.QUALITY_LEADER, secretariat: b.code });
    expect(expectData(await hub.gql(ModificationWindowsDocument, {}, leaderB)).modificationWindows).toEqual([]);
    for (const role of [Role.QUALITY_STAFF, Role.IMPROVEMENT_PROFESSIONAL, Role.SCHOOL, Role.MINISTRY, Role.ADMIN, Role.SUBPROCESS]) {
      const national = [Role.MINISTRY, Role.ADMIN].includes(role);
      const token = await hub.token({ role, secretariat: national ? null : a.code, school: role === Role.SCHOOL ? school : null });
      expectError(
        await hub.gql(OpenModificationWindowDocument, { input: { period: '2030', opensAt: iso(-DAY), closesAt: iso(DAY) } }, token),
        'FORBIDDEN',
      );
    }
  });

  it('tenancy:closeModificationWindow refuses another secretariat’s window (NOT_FOUND) and other roles', async () => {
    const { a, b, leader, school: dane } = await setup();
    const w = await createWindow(hub, a.code, '2026');
    const leaderB = await hub.token({ role: Role.QUALITY_LEADER, secretariat: b.code });
    expectError(await hub.gql(CloseModificationWindowDocument, { id: w.id }, leaderB), 'NOT_FOUND');
    const school = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: dane });
    expectError(await hub.gql(CloseModificationWindowDocument, { id: w.id }, school), 'FORBIDDEN');
    expect(expectData(await hub.gql(CloseModificationWindowDocument, { id: w.id }, leader)).closeModificationWindow.open).toBe(false);
  });

  it('tenancy:modificationWindows lists only the caller’s secretariat (all for the Ministry) and refuses other roles', async () => {
    const { a, b, school } = await setup();
    const wa = await createWindow(hub, a.code, '2026');
    const wb = await createWindow(hub, b.code, '2026');
    const schoolA = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school });
    const listA = expectData(await hub.gql(ModificationWindowsDocument, { period: '2026' }, schoolA)).modificationWindows;
    expect(listA.map((w) => w.id)).toEqual([wa.id]);
    expect(listA[0].open).toBe(true);
    // A secretariat-bound caller cannot ask for another secretariat's windows.
    const staffA = await hub.token({ role: Role.QUALITY_STAFF, secretariat: a.code });
    expectError(await hub.gql(ModificationWindowsDocument, { secretariat: b.code }, staffA), 'NOT_FOUND');
    const ministry = await hub.token({ role: Role.MINISTRY });
    expect(expectData(await hub.gql(ModificationWindowsDocument, { secretariat: b.code }, ministry)).modificationWindows.map((w) => w.id)).toEqual([wb.id]);
    for (const role of [Role.CITIZEN_SERVICE, Role.SUBPROCESS]) {
      expectError(await hub.gql(ModificationWindowsDocument, {}, await hub.token({ role, secretariat: a.code })), 'FORBIDDEN');
    }
  });
});
