import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createSecretariat, createTwoTenants } from '../support/factories';
import { selfEvaluationItem, supportPlanItem } from '../support/inbound-factories';
import { Role } from '../../src/common/auth/roles';
import {
  IngestSchoolRegimesDocument,
  IngestSelfEvaluationsDocument,
  IngestSupportPlanActionsDocument,
  LoadSelfEvaluationCatalogueDocument,
  SchoolDocument,
  SelfEvaluationCataloguesDocument,
  SupportPlanDocument,
} from '../generated/graphql';

let hub: TestHub;
/** A secretariat and school of the registry: tokens naming unknown tenants are refused at the door. */
let se: string;
let dane: string;
beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  dane = (await createSchool(hub, se)).daneCode;
});
afterAll(() => hub.stop());

const rmi2026 = {
  version: 'RMI-2026-TEST',
  name: 'Ruta de Mejoramiento Institucional (MEN, 2026)',
  processes: [
    { code: 'DE-01', area: 'DIRECTIVE' as const, name: 'Direccionamiento estratégico', components: [{ code: 'DE-01-01', name: 'Horizonte institucional' }] },
    { code: 'AP-01', area: 'ACADEMIC' as const, name: 'Diseño curricular', components: [{ code: 'AP-01-01', name: 'Plan de estudios' }] },
  ],
};

describe('self-evaluation catalogue', () => {
  it('ships Guía 34 (2008): 4 areas, 19 processes, with components', async () => {
    const t = await hub.token({ role: Role.QUALITY_STAFF, secretariat: se });
    const cats = expectData(await hub.gql(SelfEvaluationCataloguesDocument, {}, t)).selfEvaluationCatalogues;
    const g = cats.find((c) => c.version === 'GUIA34-2008')!;
    expect(g.processes).toHaveLength(19);
    expect(new Set(g.processes.map((p) => p.area)).size).toBe(4);
    expect(g.components.length).toBeGreaterThan(19);
    expect(g.components.every((c) => g.processes.some((p) => p.code === c.processCode))).toBe(true);
  });

  it('tenancy:loadSelfEvaluationCatalogue only ADMIN loads a version; same content again is a no-op, other content a CONFLICT', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
    expectError(await hub.gql(LoadSelfEvaluationCatalogueDocument, { input: rmi2026 }, leader), 'FORBIDDEN');
    const sub = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:D01.03'] });
    expectError(await hub.gql(LoadSelfEvaluationCatalogueDocument, { input: rmi2026 }, sub), 'FORBIDDEN');
    const admin = await hub.token({ role: Role.ADMIN });
    const loaded = expectData(await hub.gql(LoadSelfEvaluationCatalogueDocument, { input: rmi2026 }, admin)).loadSelfEvaluationCatalogue;
    expect(loaded.components.map((c) => c.code)).toEqual(['DE-01-01', 'AP-01-01']);
    expectData(await hub.gql(LoadSelfEvaluationCatalogueDocument, { input: rmi2026 }, admin));
    const changed = { ...rmi2026, processes: [rmi2026.processes[0]] };
    expectError(await hub.gql(LoadSelfEvaluationCatalogueDocument, { input: changed }, admin), 'CONFLICT', 'input.version');

    // Scores against the new version: its codes are accepted, Guía 34 codes are not.
    const { schoolsA } = await createTwoTenants(hub, 1);
    const staff = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: schoolsA[0].secretariatCode });
    const item = { ...selfEvaluationItem(schoolsA[0].daneCode, 0), catalogueVersion: 'RMI-2026-TEST' };
    const out = expectData(
      await hub.gql(IngestSelfEvaluationsDocument, {
        input: { items: [{ ...item, componentCode: 'AP-01-01' }, { ...item, componentCode: 'DIR-01-01' }, { ...item, catalogueVersion: 'NOPE' }] },
      }, staff),
    ).ingestSelfEvaluations;
    expect(out.items.map((i) => [i.status, i.code, i.field])).toEqual([
      ['CREATED', null, null],
      ['REJECTED', 'NOT_FOUND', 'input.items.1.componentCode'],
      ['REJECTED', 'NOT_FOUND', 'input.items.2.catalogueVersion'],
    ]);
  });

  it('tenancy:selfEvaluationCatalogues is reference data: any authenticated caller reads it, anonymous callers do not', async () => {
    const school = await hub.token({ role: Role.SCHOOL, secretariat: se, school: dane });
    expect(expectData(await hub.gql(SelfEvaluationCataloguesDocument, {}, school)).selfEvaluationCatalogues.length).toBeGreaterThan(0);
    expectError(await hub.gql(SelfEvaluationCataloguesDocument, {}, null), 'UNAUTHENTICATED');
  });
});

describe('PAM (D02.01)', () => {
  it('tenancy:supportPlan groups the period’s actions by line with stable ids; other secretariats and schools do not see it', async () => {
    const { a, b } = await createTwoTenants(hub, 0);
    const sub = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:D02.01'] });
    const first = expectData(
      await hub.gql(IngestSupportPlanActionsDocument, { input: { items: [supportPlanItem('', 1), supportPlanItem('', 2), supportPlanItem('', 3)] } }, sub),
    ).ingestSupportPlanActions;
    const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
    const plan = expectData(await hub.gql(SupportPlanDocument, { period: '2026' }, leader)).supportPlan!;
    expect(plan.actionCount).toBe(3);
    expect(plan.lines.map((l) => [l.code, l.actions.map((x) => x.code)])).toEqual([
      ['L1', ['A-2']],
      ['L2', ['A-1', 'A-3']],
    ]);
    // An update keeps the action id that strategy activities link to.
    const updated = expectData(
      await hub.gql(IngestSupportPlanActionsDocument, { input: { items: [{ ...supportPlanItem('', 1, '2026-05-01T00:00:00Z'), name: 'Renombrada' }] } }, sub),
    ).ingestSupportPlanActions;
    expect(updated.items[0].id).toBe(first.items[0].id);

    const other = await hub.token({ role: Role.QUALITY_LEADER, secretariat: b.code });
    // Naming another secretariat is NOT_FOUND, as for a missing one; its own has no PAM.
    expectError(await hub.gql(SupportPlanDocument, { period: '2026', secretariat: a.code }, other), 'NOT_FOUND');
    expect(expectData(await hub.gql(SupportPlanDocument, { period: '2026' }, other)).supportPlan).toBeNull();
    const ministry = await hub.token({ role: Role.MINISTRY });
    expect(expectData(await hub.gql(SupportPlanDocument, { period: '2026', secretariat: a.code }, ministry)).supportPlan!.actionCount).toBe(3);
    const school = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: (await createSchool(hub, a.code)).daneCode });
    expectError(await hub.gql(SupportPlanDocument, { period: '2026' }, school), 'FORBIDDEN');
  });
});

describe('F01.03 regimes', () => {
  it('applies the reported regime to the school registry, audited, and refuses official schools', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const privateSchool = await createSchool(hub, a.code, { sector: 'NON_OFFICIAL' as never, regime: 'REGULATED_FREEDOM' as never });
    const official = await createSchool(hub, a.code);
    const sub = await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:F01.03'] });
    const out = expectData(
      await hub.gql(IngestSchoolRegimesDocument, {
        input: {
          items: [
            { daneCode: privateSchool.daneCode, regime: 'CONTROLLED', sourceTimestamp: '2026-03-01T00:00:00Z' },
            { daneCode: official.daneCode, regime: 'CONTROLLED', sourceTimestamp: '2026-03-01T00:00:00Z' },
          ],
        },
      }, sub),
    ).ingestSchoolRegimes;
    expect(out.items.map((i) => i.status)).toEqual(['CREATED', 'REJECTED']);
    expect(out.items[1].field).toBe('input.items.1.regime');
    const admin = await hub.token({ role: Role.ADMIN });
    expect(expectData(await hub.gql(SchoolDocument, { daneCode: privateSchool.daneCode }, admin)).school.regime).toBe('CONTROLLED');
    const audit = await hub.runtime.db.query(`SELECT change FROM audit_entry WHERE entity = 'School' AND entity_id = $1 AND operation = 'ingestSchoolRegimes'`, [
      privateSchool.daneCode,
    ]);
    expect(audit[0].change).toEqual({ regime: { from: 'REGULATED_FREEDOM', to: 'CONTROLLED' } });
    const events = await hub.runtime.db.query(`SELECT payload FROM event WHERE type = 'school.updated' AND entity_id = $1`, [privateSchool.daneCode]);
    expect(events[0].payload).toEqual({ daneCode: privateSchool.daneCode, changed: ['regime'] });
  });
});
