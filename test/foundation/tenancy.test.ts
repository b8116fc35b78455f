import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildHubSchema } from '../../src/schema';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import {
  SchoolsDocument,
  SchoolDocument,
  UpdateSchoolDocument,
  CreateSchoolDocument,
  SecretariatsDocument,
  SecretariatDocument,
  UpdateSecretariatDocument,
  CreateSecretariatDocument,
  AuditTrailDocument,
} from '../generated/graphql';

function testSources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return testSources(p);
    return p.endsWith('.test.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

describe('tenancy coverage', () => {
  it('every query, mutation and subscription has a test named tenancy:<field>', async () => {
    const schema = await buildHubSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
    const fields = roots.flatMap((t) => (t ? Object.keys(t.getFields()) : []));
    const sources = testSources(path.join(__dirname, '..')).join('\n');
    const missing = fields.filter((f) => !new RegExp(`tenancy:${f}\\b`).test(sources));
    expect(missing).toEqual([]);
  });
});

describe('tenant isolation of the registry', () => {
  let hub: TestHub;
  let t: Awaited<ReturnType<typeof createTwoTenants>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub();
    t = await createTwoTenants(hub, 2);
    tokens.leaderA = await hub.token({ role: Role.QUALITY_LEADER, secretariat: t.a.code });
    tokens.staffA = await hub.token({ role: Role.QUALITY_STAFF, secretariat: t.a.code });
    tokens.schoolA = await hub.token({ role: Role.SCHOOL, secretariat: t.a.code, school: t.schoolsA[0].daneCode });
    tokens.subprocessA = await hub.token({ role: Role.SUBPROCESS, secretariat: t.a.code, scopes: ['read:E02.01'] });
    tokens.ministry = await hub.token({ role: Role.MINISTRY });
    tokens.admin = await hub.token({ role: Role.ADMIN });
  });
  afterAll(() => hub.stop());

  it('tenancy:schools lists only the caller\'s secretariat; the Ministry sees every one', async () => {
    for (const who of ['leaderA', 'staffA', 'subprocessA']) {
      const codes = expectData(await hub.gql(SchoolsDocument, { first: 100 }, tokens[who])).schools.edges.map((e) => e.node.daneCode);
      expect(codes.sort()).toEqual(t.schoolsA.map((s) => s.daneCode).sort());
    }
    // Asking for another secretariat does not widen a secretariat-bound caller's view, nor is it narrowed silently.
    expectError(await hub.gql(SchoolsDocument, { secretariat: t.b.code }, tokens.leaderA), 'NOT_FOUND');
    const ministry = expectData(await hub.gql(SchoolsDocument, { first: 100, secretariat: t.b.code }, tokens.ministry)).schools;
    expect(ministry.edges.map((e) => e.node.daneCode).sort()).toEqual(t.schoolsB.map((s) => s.daneCode).sort());
  });

  it('tenancy:school answers NOT_FOUND for another secretariat\'s school, as for a missing one', async () => {
    const other = await hub.gql(SchoolDocument, { daneCode: t.schoolsB[0].daneCode }, tokens.leaderA);
    const missing = await hub.gql(SchoolDocument, { daneCode: '999999999999' }, tokens.leaderA);
    expectError(other, 'NOT_FOUND');
    expectError(missing, 'NOT_FOUND');
    expect(other.errors?.[0].message.replace(t.schoolsB[0].daneCode, 'X')).toBe(missing.errors?.[0].message.replace('999999999999', 'X'));
    expect(expectData(await hub.gql(SchoolDocument, { daneCode: t.schoolsB[0].daneCode }, tokens.ministry)).school.daneCode).toBe(t.schoolsB[0].daneCode);
  });

  it('tenancy:createSchool and tenancy:updateSchool are for administrators only', async () => {
    const input = { daneCode: '199999000001', secretariat: t.b.code, name: 'Intrusa', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'X' } as const;
    for (const who of ['leaderA', 'schoolA', 'ministry', 'subprocessA']) {
      expectError(await hub.gql(CreateSchoolDocument, { input }, tokens[who]), 'FORBIDDEN');
      expectError(await hub.gql(UpdateSchoolDocument, { daneCode: t.schoolsB[0].daneCode, input: { name: 'X' } }, tokens[who]), 'FORBIDDEN');
    }
    expectData(await hub.gql(UpdateSchoolDocument, { daneCode: t.schoolsB[0].daneCode, input: { name: 'Renombrada' } }, tokens.admin));
  });

  it('tenancy:secretariats and tenancy:secretariat show a secretariat-bound caller only its own', async () => {
    const list = expectData(await hub.gql(SecretariatsDocument, {}, tokens.staffA)).secretariats;
    expect(list.edges.map((e) => e.node.code)).toEqual([t.a.code]);
    expectError(await hub.gql(SecretariatDocument, { code: t.b.code }, tokens.staffA), 'NOT_FOUND');
    expect(expectData(await hub.gql(SecretariatDocument, { code: t.a.code }, tokens.schoolA)).secretariat.code).toBe(t.a.code);
    expect(expectData(await hub.gql(SecretariatsDocument, { first: 200 }, tokens.ministry)).secretariats.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('tenancy:createSecretariat and tenancy:updateSecretariat are for administrators only', async () => {
    for (const who of ['leaderA', 'ministry', 'subprocessA']) {
      expectError(await hub.gql(CreateSecretariatDocument, { input: { code: 'ZZ1', name: 'Intrusa' } }, tokens[who]), 'FORBIDDEN');
      expectError(await hub.gql(UpdateSecretariatDocument, { code: t.a.code, input: { name: 'X' } }, tokens[who]), 'FORBIDDEN');
    }
  });

  it('tenancy:auditTrail shows a leader only its own secretariat and refuses other roles', async () => {
    const trail = expectData(await hub.gql(AuditTrailDocument, { first: 200 }, tokens.leaderA)).auditTrail;
    expect(trail.totalCount).toBeGreaterThan(0);
    expect(trail.edges.every((e) => e.node.secretariatCode === t.a.code)).toBe(true);
    expectError(await hub.gql(AuditTrailDocument, { secretariat: t.b.code }, tokens.leaderA), 'NOT_FOUND');
    for (const who of ['staffA', 'schoolA', 'ministry', 'subprocessA']) {
      expectError(await hub.gql(AuditTrailDocument, {}, tokens[who]), 'FORBIDDEN');
    }
  });
});
