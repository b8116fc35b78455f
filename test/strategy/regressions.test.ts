import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { characterization, selfEvaluation, supportPlan } from '../support/activities-factories';
import { createWindow, registerPlan, review, submit } from '../support/improvement-plans-factories';
import {
  ApproveAssistanceStrategyDocument,
  AuditTrailDocument,
  CreateAssistanceStrategyDocument,
  DismissSupportNeedDocument,
  IdentifyNeedsDocument,
  OverrideSchoolClassificationDocument,
  ProgramAssistanceActivityDocument,
  SchoolsDocument,
  SubmitAssistanceStrategyDocument,
  SupportNeedsDocument,
  UpdateSupportNeedDocument,
  type AssistanceActivityInput,
} from '../generated/graphql';
import { SchoolSector } from '../../src/modules/schools/school.enums';

/**
 * Issue 8 §11: behaviours no test pinned down (a deliberate bug in each went unnoticed). Each test below fails when the
 * guarded code is removed.
 */
let hub: TestHub;
let se: string;
let leader: string;
let pam: Record<string, string>;
const s: Record<string, string> = {};
let strategyId: string;

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se, sub: 'lider.regresiones' });
  for (const name of ['officialLowSaber', 'oneNeed', 'otherNeed']) {
    s[name] = (await createSchool(hub, se, { name: `IE ${name}`, sector: SchoolSector.OFFICIAL })).daneCode;
  }
  await createWindow(hub, se);
  for (const dane of Object.values(s)) {
    const plan = await registerPlan(hub, se, dane);
    await submit(hub, se, dane, plan.id);
    await review(hub, se, plan.id, true);
  }
  await characterization(hub, se, s.officialLowSaber, 'D');
  await selfEvaluation(hub, se, s.oneNeed, { 'ADM-02-01': 2 });
  await selfEvaluation(hub, se, s.otherNeed, { 'DIR-01-01': 2 });
  pam = await supportPlan(hub, se, [1]);
  expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
});
afterAll(() => hub.stop());

const activity = (attrs: Partial<AssistanceActivityInput> = {}): AssistanceActivityInput => ({
  title: 'Acompañamiento a la ejecución del PMI',
  modality: 'INTEGRAL',
  method: 'Visita in situ',
  schoolDanes: [s.officialLowSaber],
  startsOn: '2026-03-02',
  endsOn: '2026-03-20',
  responsible: 'Ana Gómez',
  resources: '',
  tasks: [],
  ...attrs,
});

async function auditOf(entity: string, operation: string, entityId?: string) {
  const trail = expectData(await hub.gql(AuditTrailDocument, { entity, entityId, first: 200 }, leader)).auditTrail;
  return trail.edges.map((e) => e.node).filter((n) => n.operation === operation);
}

describe('classification', () => {
  it('an official school whose LOW_SABER need staff dismissed is still mandatory and INTEGRAL', async () => {
    const needs = expectData(await hub.gql(SupportNeedsDocument, { period: '2026', school: s.officialLowSaber, first: 50 }, leader)).supportNeeds;
    const saber = needs.edges.map((e) => e.node).filter((n) => n.rule === 'LOW_SABER_11' && n.status === 'OPEN');
    expect(saber.length).toBe(1);
    const reason = 'La sede ya recibe acompañamiento del programa nacional';
    expectData(await hub.gql(DismissSupportNeedDocument, { input: { id: saber[0].id, reason } }, leader));

    // Audit of a needs mutation: the status and the reason, from and to.
    const [dismissal] = await auditOf('SupportNeed', 'dismissSupportNeed', saber[0].id);
    expect(dismissal.change).toMatchObject({ status: { from: 'OPEN', to: 'DISMISSED' }, dismissReason: { from: null, to: reason } });

    const strategy = expectData(await hub.gql(CreateAssistanceStrategyDocument, { period: '2026' }, leader)).createAssistanceStrategy;
    strategyId = strategy.id;
    const c = strategy.classifications.find((x) => x.schoolDane === s.officialLowSaber);
    expect(c).toMatchObject({ mandatory: true, proposedModality: 'INTEGRAL', modality: 'INTEGRAL' });
  });

  it('the audit row of an override records modality from/to, the justification and the proposal', async () => {
    const justification = 'Requiere acompañamiento integral por cambio de rector';
    const row = expectData(
      await hub.gql(OverrideSchoolClassificationDocument, { input: { strategyId, daneCode: s.oneNeed, modality: 'INTEGRAL', justification } }, leader),
    ).overrideSchoolClassification;
    expect(row.proposedModality).toBe('PUNCTUAL');
    const [audit] = await auditOf('SchoolClassification', 'overrideSchoolClassification');
    expect(audit.change).toEqual({
      modality: { from: 'PUNCTUAL', to: 'INTEGRAL' },
      overrideJustification: { from: null, to: justification },
      proposedModality: 'PUNCTUAL',
    });
    expect(audit.subject).toBe('lider.regresiones');
  });

  it('the audit row of a priority change records it from/to', async () => {
    const needs = expectData(await hub.gql(SupportNeedsDocument, { period: '2026', school: s.otherNeed, first: 50 }, leader)).supportNeeds;
    const need = needs.edges[0].node;
    const to = need.priority === 'HIGH' ? 'LOW' : 'HIGH';
    expectData(await hub.gql(UpdateSupportNeedDocument, { id: need.id, input: { priority: to } }, leader));
    const [audit] = await auditOf('SupportNeed', 'updateSupportNeed', need.id);
    expect(audit.change).toEqual({ priority: { from: need.priority, to } });
  });
});

describe('alignment', () => {
  it('a strategy with exactly one unaligned activity (beside an aligned one) is refused, naming it', async () => {
    expectData(await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ supportPlanActionId: pam['A-1'] }) }, leader));
    // Only a submitted strategy is approved: a draft is INVALID_STATE, whatever its alignment (mutation testing).
    expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyId }, leader), 'INVALID_STATE');
    const lone = expectData(
      await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ title: 'Visita sin acción del PAM', schoolDanes: [s.oneNeed] }) }, leader),
    ).programAssistanceActivity;
    const [programmed] = await auditOf('AssistanceActivity', 'programAssistanceActivity', lone.id);
    expect(programmed.change).toMatchObject({ title: { from: null, to: 'Visita sin acción del PAM' } });
    expectData(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyId }, leader));
    const refused = expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyId }, leader), 'STRATEGY_NOT_ALIGNED');
    expect(refused.extensions?.unalignedActivityIds).toEqual([lone.id]);
    const [audit] = await auditOf('AssistanceStrategy', 'approveAssistanceStrategy', strategyId);
    expect(audit.change).toEqual({ refused: true, unalignedActivityIds: [lone.id] });
  });
});

describe('pagination', () => {
  it('a page whose remaining rows equal `first` exactly reports hasNextPage: false', async () => {
    const total = expectData(await hub.gql(SchoolsDocument, { first: 200 }, leader)).schools.totalCount;
    expect(total).toBe(3);
    const all = expectData(await hub.gql(SchoolsDocument, { first: 3 }, leader)).schools;
    expect(all.edges.length).toBe(3);
    expect(all.pageInfo.hasNextPage).toBe(false);
    const first = expectData(await hub.gql(SchoolsDocument, { first: 1 }, leader)).schools;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = expectData(await hub.gql(SchoolsDocument, { first: 2, after: first.pageInfo.endCursor }, leader)).schools;
    expect(rest.edges.length).toBe(2);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });
});
