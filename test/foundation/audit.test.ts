import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants, newDaneCode } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { AuditTrailDocument, CreateSchoolDocument, UpdateSchoolDocument } from '../generated/graphql';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { School } from '../../src/modules/schools/school.entity';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.stop());

describe('audit trail', () => {
  it('records who, what, when and the change for every mutation, readable by the leader', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const admin = await hub.token({ role: Role.ADMIN, sub: 'ana.admin', client: 'console' });
    const daneCode = newDaneCode();
    const input = { daneCode, secretariat: a.code, name: 'IE Auditada', sector: 'OFFICIAL', zone: 'RURAL', municipality: 'Bello' } as const;
    expectData(await hub.gql(CreateSchoolDocument, { input }, admin));
    expectData(await hub.gql(UpdateSchoolDocument, { daneCode, input: { name: 'IE Auditada Dos' } }, admin));

    const leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: a.code });
    const trail = expectData(await hub.gql(AuditTrailDocument, { entity: 'School', entityId: daneCode }, leader)).auditTrail;
    expect(trail.edges.map((e) => e.node.operation)).toEqual(['createSchool', 'updateSchool']);
    const update = trail.edges[1].node;
    expect(update).toMatchObject({ subject: 'ana.admin', role: 'ADMIN', client: 'console', entity: 'School', entityId: daneCode, secretariatCode: a.code });
    expect(update.change).toEqual({ name: { from: 'IE Auditada', to: 'IE Auditada Dos' } });
    expect(update.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(new Date(update.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('leaves neither change nor audit row behind when the mutation fails part-way', async () => {
    const { a } = await createTwoTenants(hub, 0);
    const admin = await hub.token({ role: Role.ADMIN });
    const audits = () => hub.runtime.db.getRepository(AuditEntry).count();
    const before = await audits();
    const daneCode = newDaneCode();
    const input = { daneCode, secretariat: a.code, name: 'IE Fallida', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Bello' } as const;
    // The school row and its audit row are written before the event row: make the last write fail.
    await hub.runtime.db.query('ALTER TABLE event RENAME TO event_away');
    try {
      expectError(await hub.gql(CreateSchoolDocument, { input }, admin), 'INTERNAL_SERVER_ERROR');
    } finally {
      await hub.runtime.db.query('ALTER TABLE event_away RENAME TO event');
    }
    expect(await hub.runtime.db.getRepository(School).countBy({ daneCode })).toBe(0);
    expect(await audits()).toBe(before);
    // The server stays up and the same mutation then succeeds.
    expectData(await hub.gql(CreateSchoolDocument, { input }, admin));
    expect(await audits()).toBe(before + 1);
  });

  it('is not readable by a school', async () => {
    const { a, schoolsA } = await createTwoTenants(hub, 1);
    const token = await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: schoolsA[0].daneCode });
    expectError(await hub.gql(AuditTrailDocument, {}, token), 'FORBIDDEN');
  });
});
