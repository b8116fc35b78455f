import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { loadDemoData, DEMO_SECRETARIAT, DEMO_SCHOOLS } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import {
  CreateAssistanceStrategyDocument,
  IdentifyNeedsDocument,
  OverrideSchoolClassificationDocument,
  ProgramAssistanceActivityDocument,
  SchoolProfileDocument,
  StrategySchoolsOfDocument,
  SupportNeedsPageDocument,
  type AssistanceActivityInput,
} from '../generated/graphql';

/** Issue 8 §8 and §9, on the demo jurisdiction (secretariat 05001) as a newcomer sees it. */
let hub: TestHub;
let leader: string;
let strategyId: string;
const period = String(new Date().getUTCFullYear());

beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoData(hub.runtime);
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: DEMO_SECRETARIAT });
  strategyId = expectData(await hub.gql(StrategySchoolsOfDocument, { period }, leader)).assistanceStrategyOf!.id;
  // The demo's strategy is in execution: a revision returns it to draft, where programming is allowed.
  const revised = await hub.gql(`mutation($id: ID!) { reviseAssistanceStrategy(id: $id, reason: "Ajuste de la programación") { status } }`, { id: strategyId }, leader);
  expect(revised.errors).toBeUndefined();
});
afterAll(() => hub.stop());

const activity = (attrs: Partial<AssistanceActivityInput> = {}): AssistanceActivityInput => ({
  title: 'Acompañamiento a la ejecución del PMI',
  modality: 'INTEGRAL',
  method: 'Visita in situ',
  schoolDanes: ['105001000011'],
  startsOn: `${period}-06-01`,
  endsOn: `${period}-06-05`,
  responsible: 'Ana Gómez',
  resources: '',
  tasks: [],
  ...attrs,
});

describe('a school sees only its own part, in every nested field', () => {
  it('a SCHOOL user reading its strategy sees no other school, by name or by code', async () => {
    const school = '105001000011';
    const token = await hub.token({ role: Role.SCHOOL, secretariat: DEMO_SECRETARIAT, school });
    const strategy = expectData(await hub.gql(StrategySchoolsOfDocument, { period }, token)).assistanceStrategyOf!;
    expect(strategy.activities.length).toBeGreaterThan(0);
    const names = new Set<string>(DEMO_SCHOOLS.filter(([d]) => d !== school).map(([, n]) => n));
    for (const a of strategy.activities) {
      expect(a.schoolDanes).toEqual([school]);
      expect(a.schools.map((x) => x.daneCode)).toEqual([school]);
      for (const x of a.schools) expect(names.has(x.name)).toBe(false);
    }
    expect(strategy.classifications.every((c) => c.schoolDane === school && c.school.daneCode === school)).toBe(true);
    expect(strategy.warnings.every((w) => w.schoolDane === school)).toBe(true);
    // Staff still see every school of each activity.
    const staff = expectData(await hub.gql(StrategySchoolsOfDocument, { period }, leader)).assistanceStrategyOf!;
    expect(staff.activities.some((a) => a.schools.length > 1)).toBe(true);
  });
});

describe('a reviewed PMI version stands until a newer one is reviewed', () => {
  it('v1 reviewed pertinent and v2 a draft is not PMI_MISSING (schoolProfile and identified needs)', async () => {
    const profile = expectData(await hub.gql(SchoolProfileDocument, { daneCode: '205001000027', period }, leader)).schoolProfile;
    expect(profile.improvementPlanStatus).toBe('DRAFT');
    expect(profile.improvementPlanPertinent).toBe(true);
    expect(profile.signals.map((x) => x.rule)).not.toContain('PMI_MISSING');
    expectData(await hub.gql(IdentifyNeedsDocument, { period }, leader));
    const needs = expectData(await hub.gql(SupportNeedsPageDocument, { period, school: '205001000027', first: 200 }, leader)).supportNeeds;
    const open = await hub.runtime.db.query(
      `SELECT rule FROM support_need WHERE school_dane = $1 AND period = $2 AND status <> 'RESOLVED' AND rule = 'PMI_MISSING'`,
      ['205001000027', period],
    );
    expect(open).toEqual([]);
    expect(needs.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('a plan never reviewed and still a draft is PMI_MISSING', async () => {
    const profile = expectData(await hub.gql(SchoolProfileDocument, { daneCode: '205001000019', period }, leader)).schoolProfile;
    expect(profile.signals.map((x) => x.rule)).toContain('PMI_MISSING');
  });
});

describe('one rule for schools outside the strategy', () => {
  it('programAssistanceActivity refuses an unclassified school exactly as overrideSchoolClassification does', async () => {
    const classified = new Set(
      expectData(await hub.gql(StrategySchoolsOfDocument, { period }, leader)).assistanceStrategyOf!.classifications.map((c) => c.schoolDane),
    );
    const outside = DEMO_SCHOOLS.map(([d]) => d as string).find((d) => !classified.has(d));
    expect(outside).toBeDefined();
    const override = expectError(
      await hub.gql(OverrideSchoolClassificationDocument, { input: { strategyId, daneCode: outside!, modality: 'PUNCTUAL', justification: 'Visita solicitada por el rector' } }, leader),
      'BAD_USER_INPUT',
      'input.daneCode',
    );
    const program = expectError(
      await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ schoolDanes: ['105001000011', outside!] }) }, leader),
      'BAD_USER_INPUT',
      'input.schoolDanes.1',
    );
    expect(program.message).toBe(override.message);
  });
});

describe('violations all at once', () => {
  it('an activity with a bad title and dates outside the period reports every problem in one error', async () => {
    const res = await hub.gql(
      ProgramAssistanceActivityDocument,
      { strategyId, input: activity({ title: 'x', startsOn: '1999-01-01', endsOn: '1999-01-02' }) },
      leader,
    );
    const err = expectError(res, 'BAD_USER_INPUT', 'input.title');
    const fields = (err.extensions?.violations as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['input.title', 'input.startsOn', 'input.endsOn']));
  });

  it('problems in several arguments are reported together', async () => {
    const res = await hub.gql(ProgramAssistanceActivityDocument, { strategyId: 'nope', input: activity({ title: 'x' }) }, leader);
    const err = expectError(res, 'BAD_USER_INPUT');
    const fields = (err.extensions?.violations as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['strategyId', 'input.title']));
  });
});

describe('README example and CONFLICT', () => {
  it('creating the 2026 strategy the demo already has is CONFLICT naming the existing one', async () => {
    const err = expectError(await hub.gql(CreateAssistanceStrategyDocument, { period }, leader), 'CONFLICT');
    expect(err.message).toContain(strategyId);
    expect(err.extensions?.existing).toEqual({ entity: 'AssistanceStrategy', id: strategyId, key: { secretariat: DEMO_SECRETARIAT, period } });
  });

  it('the README path works on the demo: a period without a strategy can be created', async () => {
    const next = String(Number(period) + 1);
    expectData(await hub.gql(IdentifyNeedsDocument, { period: next }, leader));
    const created = expectData(await hub.gql(CreateAssistanceStrategyDocument, { period: next }, leader)).createAssistanceStrategy;
    expect(created.classifications.length).toBeGreaterThan(0);
  });
});

describe('stable, documented order', () => {
  it('supportNeeds come by school (DANE code), then id, across pages', async () => {
    const seen: { id: string; schoolDane: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { totalCount: number; edges: { node: { id: string; schoolDane: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } =
        expectData(await hub.gql(SupportNeedsPageDocument, { period, first: 7, after }, leader)).supportNeeds;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(seen.length).toBe(total);
    const sorted = [...seen].sort((a, b) => a.schoolDane.localeCompare(b.schoolDane) || a.id.localeCompare(b.id));
    expect(seen).toEqual(sorted);
    expect(new Set(seen.map((n) => n.id)).size).toBe(seen.length);
  });
});
