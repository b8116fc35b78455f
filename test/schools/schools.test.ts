import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSchool, createTwoTenants, newDaneCode } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { SchoolsDocument, SchoolDocument, CreateSchoolDocument, UpdateSchoolDocument } from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('school registry', () => {
  it('pages through schools with cursors and filters them', async () => {
    const { a } = await createTwoTenants(hub, 0);
    await createSchool(hub, a.code, { name: 'Institución Educativa José María Córdova', zone: 'RURAL' as never });
    await createSchool(hub, a.code, { name: 'Colegio San José', sector: 'NON_OFFICIAL' as never, regime: 'CONTROLLED' as never });
    await createSchool(hub, a.code, { name: 'Escuela Normal', municipality: 'Envigado', municipalityCode: '05266' });
    const token = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: a.code });

    const page1 = expectData(await hub.gql(SchoolsDocument, { first: 2 }, token)).schools;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = expectData(await hub.gql(SchoolsDocument, { first: 2, after: page1.pageInfo.endCursor }, token)).schools;
    expect(page2.edges).toHaveLength(1);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.edges, ...page2.edges].map((e) => e.node.daneCode);
    expect(new Set(all).size).toBe(3);

    const bySearch = expectData(await hub.gql(SchoolsDocument, { search: 'jose' }, token)).schools;
    expect(bySearch.edges.map((e) => e.node.name).sort()).toEqual(['Colegio San José', 'Institución Educativa José María Córdova']);
    const byWords = expectData(await hub.gql(SchoolsDocument, { search: 'córdova josé' }, token)).schools;
    expect(byWords.totalCount).toBe(1);
    expect(expectData(await hub.gql(SchoolsDocument, { zone: 'RURAL' }, token)).schools.totalCount).toBe(1);
    expect(expectData(await hub.gql(SchoolsDocument, { sector: 'NON_OFFICIAL' }, token)).schools.totalCount).toBe(1);
    expect(expectData(await hub.gql(SchoolsDocument, { regime: 'CONTROLLED' }, token)).schools.totalCount).toBe(1);
    expect(expectData(await hub.gql(SchoolsDocument, { municipality: '05266' }, token)).schools.totalCount).toBe(1);
    expect(expectData(await hub.gql(SchoolsDocument, { municipality: 'envigado' }, token)).schools.totalCount).toBe(1);
  });

  it('a text filter normalises its value as creation does: a municipality copied from the input (trailing U+2028 and other Unicode spaces) finds the school', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const admin = await hub.token({ role: Role.ADMIN });
    const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
    const municipality = '\u00a0San Jerónimo\u2028';
    const daneCode = newDaneCode();
    const input = { daneCode, secretariat: a.code, name: 'IE Separador', sector: 'OFFICIAL', zone: 'URBAN', municipality } as const;
    const created = await hub.gql<{ createSchool: { municipality: string } }, unknown>('mutation C($input: CreateSchoolInput!) { createSchool(input: $input) { municipality } }', { input }, admin);
    expect(expectData(created).createSchool.municipality).toBe('San Jerónimo');
    const listed = expectData(await hub.gql(SchoolsDocument, { municipality }, leader)).schools;
    expect(listed.edges.map((e) => e.node.daneCode)).toEqual([daneCode]);
    for (const m of ['San Jerónimo\u2029', '\ufeffsan jerónimo\u3000', 'San Jerónimo\n']) {
      expect(expectData(await hub.gql(SchoolsDocument, { municipality: m }, leader)).schools.totalCount).toBe(1);
    }
    // An update stores the value as creation does, so the same filter still finds it.
    const updated = await hub.gql<{ updateSchool: { municipality: string; name: string } }, unknown>(
      'mutation U($daneCode: String!, $input: UpdateSchoolInput!) { updateSchool(daneCode: $daneCode, input: $input) { municipality name } }',
      { daneCode, input: { municipality: 'Sopetrán\u2028', name: 'IE Separador Dos\u2028' } },
      admin,
    );
    expect(expectData(updated).updateSchool).toEqual({ municipality: 'Sopetrán', name: 'IE Separador Dos' });
    expect(expectData(await hub.gql(SchoolsDocument, { municipality: 'Sopetrán\u2028' }, leader)).schools.totalCount).toBe(1);
    // The jurisdiction analysis filters by municipality the same way.
    const analysis = await hub.gql<{ jurisdictionAnalysis: { totalCount: number } }, unknown>(
      'query J($m: String) { jurisdictionAnalysis(period: "2026", municipality: $m) { totalCount } }',
      { m: 'Sopetrán\u2028' },
      leader,
    );
    expect(expectData(analysis).jurisdictionAnalysis.totalCount).toBe(1);
  });

  it('rejects a malformed cursor with BAD_USER_INPUT on `after`', async () => {
    const token = await hub.token({ role: Role.MINISTRY });
    expectError(await hub.gql(SchoolsDocument, { after: 'bm9wZQ' }, token), 'BAD_USER_INPUT', 'after');
  });

  it('lets administrators create and update schools, validating the DANE code', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const admin = await hub.token({ role: Role.ADMIN });
    const daneCode = newDaneCode('3');
    const input = { daneCode, secretariat: a.code, name: 'Colegio Nuevo', sector: 'NON_OFFICIAL', zone: 'URBAN', municipality: 'Medellín', regime: 'MONITORED_FREEDOM' } as const;
    const created = expectData(await hub.gql(CreateSchoolDocument, { input }, admin)).createSchool;
    expect(created).toMatchObject({ daneCode, secretariatCode: a.code, regime: 'MONITORED_FREEDOM' });

    expectError(await hub.gql(CreateSchoolDocument, { input }, admin), 'CONFLICT', 'input.daneCode');
    expectError(await hub.gql(CreateSchoolDocument, { input: { ...input, daneCode: '12345' } }, admin), 'BAD_USER_INPUT', 'input.daneCode');
    expectError(
      await hub.gql(CreateSchoolDocument, { input: { ...input, daneCode: newDaneCode(), sector: 'OFFICIAL' } }, admin),
      'BAD_USER_INPUT',
      'input.regime',
    );
    expectError(
      await hub.gql(CreateSchoolDocument, { input: { ...input, daneCode: newDaneCode(), secretariat: 'NOPE' } }, admin),
      'BAD_USER_INPUT',
      'input.secretariat',
    );

    const updated = expectData(await hub.gql(UpdateSchoolDocument, { daneCode, input: { name: 'Colegio Renovado', active: false } }, admin)).updateSchool;
    expect(updated).toMatchObject({ name: 'Colegio Renovado', active: false, regime: 'MONITORED_FREEDOM' });
    // Becoming official drops the regime.
    const official = expectData(await hub.gql(UpdateSchoolDocument, { daneCode, input: { sector: 'OFFICIAL' } }, admin)).updateSchool;
    expect(official.regime).toBeNull();
  });

  it('lets exactly one of several concurrent creations of the same DANE code win; the rest get CONFLICT', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const admin = await hub.token({ role: Role.ADMIN });
    const input = { daneCode: newDaneCode(), secretariat: a.code, name: 'IE Carrera', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello' } as const;
    const results = await Promise.all(Array.from({ length: 6 }, () => hub.gql(CreateSchoolDocument, { input }, admin)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    for (const r of results.filter((x) => x.errors)) expectError(r, 'CONFLICT', 'input.daneCode');
  });

  it('refuses registry changes to everyone but administrators', async () => {
    const { a, schoolsA } = await createTwoTenants(hub, 1);
    for (const role of [Role.QUALITY_LEADER, Role.MINISTRY, Role.SUBPROCESS]) {
      const token = await hub.token({ role, secretariat: role === Role.MINISTRY ? null : a.code });
      expectError(await hub.gql(UpdateSchoolDocument, { daneCode: schoolsA[0].daneCode, input: { name: 'Hack' } }, token), 'FORBIDDEN');
    }
  });

  it('shows a SCHOOL user only its own school', async () => {
    const { schoolsA, a } = await createTwoTenants(hub, 2);
    const token = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: schoolsA[0].daneCode });
    const list = expectData(await hub.gql(SchoolsDocument, {}, token)).schools;
    expect(list.edges.map((e) => e.node.daneCode)).toEqual([schoolsA[0].daneCode]);
    expect(expectData(await hub.gql(SchoolDocument, { daneCode: schoolsA[0].daneCode }, token)).school.daneCode).toBe(schoolsA[0].daneCode);
    expectError(await hub.gql(SchoolDocument, { daneCode: schoolsA[1].daneCode }, token), 'NOT_FOUND');
  });
});
