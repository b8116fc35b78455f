import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { characterization, curriculumChange, finding, modelChange, peiChange, selfEvaluation } from '../support/activities-factories';
import { createWindow, registerPlan, review, submit } from '../support/improvement-plans-factories';
import { createSupportRequest } from '../support/support-requests-factories';
import { updateRequestStatus } from '../../src/modules/support-requests/support-request.service';
import {
  DismissSupportNeedDocument,
  IdentifyNeedsDocument,
  SupportNeedsDocument,
  UpdateSecretariatSettingsDocument,
  UpdateSupportNeedDocument,
  AddSupportNeedDocument,
  type SupportNeedsQuery,
} from '../generated/graphql';
import { SchoolSector } from '../../src/modules/schools/school.enums';
import { ManagementArea } from '../../src/common/management-area';

type Need = SupportNeedsQuery['supportNeeds']['edges'][number]['node'];

let hub: TestHub;
let se: string;
let leader: string;
const s: Record<string, string> = {};

/** Schools in pairs: one just inside each rule's threshold, one just outside. */
beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se });
  for (const name of ['selfLow', 'selfOk', 'saber11Low', 'saber11Ok', 'levelLow', 'levelOk', 'findingOpen', 'findingInPmi', 'changed', 'unchanged', 'notPertinent']) {
    s[name] = (await createSchool(hub, se, { name: `IE ${name}`, sector: SchoolSector.OFFICIAL })).daneCode;
  }
  await createWindow(hub, se);
  // Every school but selfLow gets a PMI, so PMI_MISSING fires for it alone; pertinent unless said otherwise.
  const plans: Record<string, string> = {};
  for (const name of Object.keys(s).filter((n) => n !== 'selfLow')) {
    const attrs =
      name === 'findingInPmi'
        ? {
            goals: [
              {
                area: ManagementArea.ADMINISTRATIVE_FINANCIAL,
                description: 'Actualizar el manual de convivencia',
                indicators: [{ name: 'Manual actualizado', baseline: 0, target: 1, unit: 'documento', frequency: 'ANNUAL' }],
                actions: [
                  { description: 'Actualizar manual', responsible: 'Rectoría', startDate: '2026-04-01', endDate: '2026-06-30', resources: '', status: 'NOT_STARTED', inspectionActionRef: 'HAL-2-AC1' },
                  { description: 'Revisión anual', responsible: 'Rectoría', startDate: '2026-04-01', endDate: '2026-06-30', resources: '', status: 'NOT_STARTED', inspectionActionRef: 'HAL-2-AP1' },
                ],
              },
            ],
          }
        : {};
    const plan = await registerPlan(hub, se, s[name], '2026', attrs as never);
    await submit(hub, se, s[name], plan.id);
    await review(hub, se, plan.id, name !== 'notPertinent');
    plans[name] = plan.id;
  }
  // Reviews happened "on 1 June" so that changes can fall on either side of them.
  await hub.runtime.db.query(`UPDATE improvement_plan SET last_reviewed_at = '2026-06-01T12:00:00Z' WHERE secretariat_code = $1`, [se]);

  await selfEvaluation(hub, se, s.selfLow, { 'DIR-01-01': 2, 'ACA-01-01': 4 });
  await selfEvaluation(hub, se, s.selfOk, { 'DIR-01-01': 3, 'ACA-01-01': 4 });
  await characterization(hub, se, s.saber11Low, 'C');
  await characterization(hub, se, s.saber11Ok, 'B');
  await characterization(hub, se, s.levelLow, 'B', [{ grade: 5, subject: 'MATHEMATICS', share: 25 }]);
  await characterization(hub, se, s.levelOk, 'B', [{ grade: 5, subject: 'MATHEMATICS', share: 24.9 }]);
  await finding(hub, se, s.findingOpen, 1);
  await finding(hub, se, s.findingInPmi, 2);
  await peiChange(hub, se, s.changed, 1, '2026-06-02');
  await modelChange(hub, se, s.changed, 1, '2026-07-01');
  await curriculumChange(hub, se, s.changed, 1, '2026-08-15');
  await peiChange(hub, se, s.unchanged, 2, '2026-06-01');
  await modelChange(hub, se, s.unchanged, 2, '2026-05-01');
  await curriculumChange(hub, se, s.unchanged, 2, '2026-01-20');
});
afterAll(() => hub.stop());

async function needs(vars: Record<string, unknown> = {}): Promise<Need[]> {
  return expectData(await hub.gql(SupportNeedsDocument, { period: '2026', first: 200, ...vars }, leader)).supportNeeds.edges.map((e) => e.node);
}
const rulesOf = (list: Need[], school: string) => list.filter((n) => n.schoolDane === school && n.status === 'OPEN').map((n) => n.rule).sort();

describe('identifyNeeds (activity 2)', () => {
  let first: Need[];
  beforeAll(async () => {
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    first = await needs();
  });

  it('fires the self-evaluation rule at the threshold score (2) and not above it, citing the component', () => {
    expect(rulesOf(first, s.selfLow)).toContain('LOW_SELF_EVALUATION');
    expect(rulesOf(first, s.selfOk)).not.toContain('LOW_SELF_EVALUATION');
    const need = first.find((n) => n.schoolDane === s.selfLow && n.rule === 'LOW_SELF_EVALUATION');
    expect(need).toMatchObject({ area: 'DIRECTIVE', source: 'ANALYSIS', priority: 'MEDIUM' });
    expect(need?.evidence).toEqual([expect.objectContaining({ source: 'D01.03', record: 'SelfEvaluationScore', value: 'DIR-01-01 = 2', date: '2026' })]);
  });

  it('fires the Saber 11 rule for categories C and D, not for B', () => {
    expect(rulesOf(first, s.saber11Low)).toContain('LOW_SABER_11');
    expect(rulesOf(first, s.saber11Ok)).not.toContain('LOW_SABER_11');
    const need = first.find((n) => n.schoolDane === s.saber11Low && n.rule === 'LOW_SABER_11');
    expect(need?.evidence[0]).toMatchObject({ source: 'D01.04', value: 'C' });
  });

  it('fires the Saber 3/5/9 rule at 25% of students in insuficiente and not at 24.9%', () => {
    expect(rulesOf(first, s.levelLow)).toContain('LOW_SABER_LEVEL');
    expect(rulesOf(first, s.levelOk)).not.toContain('LOW_SABER_LEVEL');
  });

  it('fires for F01.03 actions missing from the PMI, not for those the PMI includes', () => {
    const open = first.find((n) => n.schoolDane === s.findingOpen && n.rule === 'INSPECTION_ACTION_NOT_IN_PMI');
    expect(open?.evidence.map((e) => e.value).sort()).toEqual(['correctiva HAL-1-AC1', 'preventiva HAL-1-AP1']);
    expect(rulesOf(first, s.findingInPmi)).not.toContain('INSPECTION_ACTION_NOT_IN_PMI');
  });

  it('fires for PEI, model and curriculum changes after the last PMI review, not on or before it', () => {
    expect(rulesOf(first, s.changed)).toEqual(
      expect.arrayContaining(['PEI_CHANGED_SINCE_REVIEW', 'EDUCATION_MODEL_CHANGED_SINCE_REVIEW', 'CURRICULUM_CHANGED_SINCE_REVIEW']),
    );
    expect(rulesOf(first, s.unchanged).filter((r) => r?.endsWith('SINCE_REVIEW'))).toEqual([]);
  });

  it('fires PMI_MISSING for a school without a PMI and PMI_NOT_PERTINENT for a plan reviewed as not pertinent', () => {
    expect(rulesOf(first, s.selfLow)).toContain('PMI_MISSING');
    expect(first.filter((n) => n.rule === 'PMI_MISSING').map((n) => n.schoolDane)).toEqual([s.selfLow]);
    expect(first.filter((n) => n.rule === 'PMI_NOT_PERTINENT').map((n) => n.schoolDane)).toEqual([s.notPertinent]);
  });

  it('is idempotent: a second run creates nothing and duplicates nothing', async () => {
    const again = expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader)).identifyNeeds;
    expect(again).toMatchObject({ created: 0, reopened: 0, resolved: 0, confirmed: first.length });
    const after = await needs();
    expect(after.map((n) => n.id).sort()).toEqual(first.map((n) => n.id).sort());
  });

  it('marks needs whose signal disappeared as resolved (kept), and reopens them when it comes back', async () => {
    await selfEvaluation(hub, se, s.selfLow, { 'DIR-01-01': 4 });
    const run = expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader)).identifyNeeds;
    expect(run.resolved).toBe(1);
    const resolved = (await needs({ school: s.selfLow })).find((n) => n.rule === 'LOW_SELF_EVALUATION');
    expect(resolved).toMatchObject({ status: 'RESOLVED' });
    expect(resolved?.resolvedAt).toBeTruthy();

    await selfEvaluation(hub, se, s.selfLow, { 'DIR-01-01': 1 });
    const back = expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader)).identifyNeeds;
    expect(back.reopened).toBe(1);
    const reopened = (await needs({ school: s.selfLow })).find((n) => n.rule === 'LOW_SELF_EVALUATION');
    expect(reopened).toMatchObject({ id: resolved?.id, status: 'OPEN', priority: 'MEDIUM' });
    expect(reopened?.evidence[0].value).toBe('DIR-01-01 = 1');
  });

  it('keeps a dismissal (with its reason) and staff edits across runs', async () => {
    const need = (await needs({ school: s.levelLow })).find((n) => n.rule === 'LOW_SABER_LEVEL') as Need;
    expectError(await hub.gql(DismissSupportNeedDocument, { input: { id: need.id, reason: 'x' } }, leader), 'BAD_USER_INPUT', 'input.reason');
    expectData(await hub.gql(DismissSupportNeedDocument, { input: { id: need.id, reason: 'Atendida por el programa PTA' } }, leader));
    const saber = (await needs({ school: s.saber11Low })).find((n) => n.rule === 'LOW_SABER_11') as Need;
    expectData(await hub.gql(UpdateSupportNeedDocument, { id: saber.id, input: { priority: 'LOW' } }, leader));
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    const after = await needs();
    expect(after.find((n) => n.id === need.id)).toMatchObject({ status: 'DISMISSED', dismissReason: 'Atendida por el programa PTA' });
    expect(after.find((n) => n.id === saber.id)).toMatchObject({ status: 'OPEN', priority: 'LOW' });
  });

  it('turns open support requests into needs and resolves them once the request is attended', async () => {
    const request = await createSupportRequest(hub, se, s.selfOk);
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    const need = (await needs({ school: s.selfOk, source: 'REQUEST' }))[0];
    expect(need).toMatchObject({ supportRequestId: request.id, area: 'ACADEMIC', status: 'OPEN' });
    expect(need.evidence[0]).toMatchObject({ source: 'REQUEST', recordId: request.id });
    await updateRequestStatus(hub.system({ role: Role.QUALITY_STAFF, secretariat: se, subject: 'staff' }), request.id, { status: 'ATTENDED', note: 'Visita realizada' } as never);
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    expect((await needs({ school: s.selfOk, source: 'REQUEST' }))[0].status).toBe('RESOLVED');
  });

  it('applies the secretariat thresholds: raising the low score to 3 makes a component scored 3 a need', async () => {
    expect(rulesOf(await needs(), s.selfOk)).not.toContain('LOW_SELF_EVALUATION');
    expectData(await hub.gql(UpdateSecretariatSettingsDocument, { input: { lowSelfEvaluationScore: 3 } }, leader));
    try {
      expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
      expect(rulesOf(await needs(), s.selfOk)).toContain('LOW_SELF_EVALUATION');
    } finally {
      expectData(await hub.gql(UpdateSecretariatSettingsDocument, { input: { lowSelfEvaluationScore: 2 } }, leader));
    }
    expectError(await hub.gql(UpdateSecretariatSettingsDocument, { input: { lowSelfEvaluationScore: 4 } }, leader), 'BAD_USER_INPUT', 'input.lowSelfEvaluationScore');
  });

  it('lets staff add a need by hand and records needs.identified events with the counts', async () => {
    const added = expectData(
      await hub.gql(AddSupportNeedDocument, { input: { period: '2026', daneCode: s.unchanged, area: 'COMMUNITY', description: 'Escuela de padres sin plan de trabajo', priority: 'HIGH' } }, leader),
    ).addSupportNeed;
    expect(added).toMatchObject({ source: 'MANUAL', status: 'OPEN', priority: 'HIGH' });
    expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
    expect((await needs({ school: s.unchanged, source: 'MANUAL' }))[0].status).toBe('OPEN'); // runs never resolve manual needs
    const events: { payload: { period: string; open: number } }[] = await hub.runtime.db.query(
      `SELECT payload FROM event WHERE type = 'needs.identified' AND secretariat_code = $1 ORDER BY id`,
      [se],
    );
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)?.payload).toMatchObject({ period: '2026', open: expect.any(Number) });
  });

  it('refuses a need for a school of another secretariat', async () => {
    const other = await createSecretariat(hub);
    const foreign = await createSchool(hub, other.code);
    expectError(
      await hub.gql(AddSupportNeedDocument, { input: { period: '2026', daneCode: foreign.daneCode, description: 'Intento cruzado', priority: 'LOW' } }, leader),
      'BAD_USER_INPUT',
      'input.daneCode',
    );
  });
});
