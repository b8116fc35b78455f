import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createTwoTenants } from '../support/factories';
import { createSupportRequest, newSupportRequest } from '../support/support-requests-factories';
import { Role } from '../../src/common/auth/roles';
import {
  RegisterSupportRequestDocument,
  SupportRequestDocument,
  SupportRequestsDocument,
  UpdateSupportRequestStatusDocument,
  type RegisterSupportRequestInput as GqlInput,
} from '../generated/graphql';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ EXPOSE_SQL_COUNT: 'true' });
});
afterAll(() => hub.stop());

const input = (attrs: Record<string, unknown> = {}) => newSupportRequest(attrs as never) as unknown as GqlInput;

async function world() {
  const { a, b, schoolsA, schoolsB } = await createTwoTenants(hub, 2);
  const [a0, a1] = schoolsA.map((s) => s.daneCode);
  const [b0] = schoolsB.map((s) => s.daneCode);
  return {
    a,
    b,
    a0,
    a1,
    b0,
    t: {
      schoolA0: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: a0 }),
      schoolA1: await hub.token({ role: Role.SCHOOL, secretariat: a.code, school: a1 }),
      citizenA: await hub.token({ role: Role.CITIZEN_SERVICE, secretariat: a.code }),
      citizenB: await hub.token({ role: Role.CITIZEN_SERVICE, secretariat: b.code }),
      staffA: await hub.token({ role: Role.QUALITY_STAFF, secretariat: a.code }),
      staffB: await hub.token({ role: Role.QUALITY_STAFF, secretariat: b.code }),
      subprocessA: await hub.token({ role: Role.SUBPROCESS, secretariat: a.code, scopes: ['ingest:D01.03'] }),
      inspectionA: await hub.token({ role: Role.INSPECTION, secretariat: a.code }),
      ministry: await hub.token({ role: Role.MINISTRY }),
      admin: await hub.token({ role: Role.ADMIN }),
    },
  };
}

describe('support requests (solicitudes de apoyo)', () => {
  it('registers a direct request from a school and one via Atención al Ciudadano, with events and audit', async () => {
    const { a, a0, t } = await world();
    const direct = expectData(await hub.gql(RegisterSupportRequestDocument, { input: input({ area: 'COMMUNITY' }) }, t.schoolA0)).registerSupportRequest;
    expect(direct).toMatchObject({ schoolDane: a0, secretariatCode: a.code, channel: 'DIRECT', status: 'OPEN', area: 'COMMUNITY', requesterRole: 'SCHOOL' });
    const viaCitizen = expectData(
      await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: a0, filingNumber: 'PQRS-2026-0042' }) }, t.citizenA),
    ).registerSupportRequest;
    expect(viaCitizen).toMatchObject({ schoolDane: a0, channel: 'CITIZEN_SERVICE', requesterRole: 'CITIZEN_SERVICE', filingNumber: 'PQRS-2026-0042' });

    const events: { type: string; payload: Record<string, unknown> }[] = await hub.runtime.db.query(
      'SELECT type, payload FROM event WHERE entity_id = ANY($1) ORDER BY id',
      [[direct.id, viaCitizen.id]],
    );
    expect(events.map((e) => [e.type, e.payload.channel])).toEqual([
      ['support_request.registered', 'DIRECT'],
      ['support_request.registered', 'CITIZEN_SERVICE'],
    ]);
    const audit: { operation: string }[] = await hub.runtime.db.query('SELECT operation FROM audit_entry WHERE entity_id = $1', [direct.id]);
    expect(audit.map((x) => x.operation)).toEqual(['registerSupportRequest']);
  });

  it('moves a request through its states with notes and refuses invalid transitions', async () => {
    const { a, a0, t } = await world();
    const r = await createSupportRequest(hub, a.code, a0);
    const inProgress = expectData(
      await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'IN_PROGRESS', note: 'Asignada a la profesional de mejoramiento' } }, t.staffA),
    ).updateSupportRequestStatus;
    expect(inProgress.status).toBe('IN_PROGRESS');
    expectError(
      await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'OPEN', note: 'Volver a abrir' } }, t.staffA),
      'INVALID_STATE',
    );
    expectError(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'ATTENDED', note: '' } }, t.staffA), 'BAD_USER_INPUT', 'input.note');
    expectData(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'ATTENDED', note: 'Visita de asesoría realizada' } }, t.staffA));
    const closed = expectData(
      await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'CLOSED', note: 'Cerrada tras la visita' } }, t.staffA),
    ).updateSupportRequestStatus;
    expect(closed.history.map((h) => [h.fromStatus, h.toStatus, h.note])).toEqual([
      [null, 'OPEN', null],
      ['OPEN', 'IN_PROGRESS', 'Asignada a la profesional de mejoramiento'],
      ['IN_PROGRESS', 'ATTENDED', 'Visita de asesoría realizada'],
      ['ATTENDED', 'CLOSED', 'Cerrada tras la visita'],
    ]);
    expectError(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: { status: 'ATTENDED', note: 'otra vez' } }, t.staffA), 'INVALID_STATE');
    const events: { payload: { status: string } }[] = await hub.runtime.db.query(
      `SELECT payload FROM event WHERE entity_id = $1 AND type = 'support_request.updated' ORDER BY id`,
      [r.id],
    );
    expect(events.map((e) => e.payload.status)).toEqual(['IN_PROGRESS', 'ATTENDED', 'CLOSED']);
  });

  it('validates the request with field paths', async () => {
    const { t } = await world();
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ subject: 'x' }) }, t.schoolA0), 'BAD_USER_INPUT', 'input.subject');
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ description: 'corta' }) }, t.schoolA0), 'BAD_USER_INPUT', 'input.description');
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: '1234' }) }, t.citizenA), 'BAD_USER_INPUT', 'input.daneCode');
    // Atención al Ciudadano must name the school.
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input() }, t.citizenA), 'BAD_USER_INPUT', 'input.daneCode');
  });

  it('filters and pages requests, resolving schools and history without a query per request', async () => {
    const { a, a0, a1, t } = await world();
    for (let i = 0; i < 5; i++) await createSupportRequest(hub, a.code, i % 2 ? a1 : a0, { area: i < 2 ? ('DIRECTIVE' as never) : ('ACADEMIC' as never) });
    const page1 = await hub.gql(SupportRequestsDocument, { first: 3 }, t.staffA);
    const p1 = expectData(page1).supportRequests;
    expect(p1.totalCount).toBe(5);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = expectData(await hub.gql(SupportRequestsDocument, { first: 3, after: p1.pageInfo.endCursor }, t.staffA)).supportRequests;
    expect(new Set([...p1.edges, ...p2.edges].map((e) => e.node.id)).size).toBe(5);
    expect(expectData(await hub.gql(SupportRequestsDocument, { area: 'DIRECTIVE' }, t.staffA)).supportRequests.totalCount).toBe(2);
    expect(expectData(await hub.gql(SupportRequestsDocument, { status: 'OPEN', school: a1 }, t.staffA)).supportRequests.totalCount).toBe(2);
    expect(expectData(await hub.gql(SupportRequestsDocument, { channel: 'CITIZEN_SERVICE' }, t.staffA)).supportRequests.totalCount).toBe(0);
    const small = await hub.gql(SupportRequestsDocument, { first: 1 }, t.staffA);
    const large = await hub.gql(SupportRequestsDocument, { first: 5 }, t.staffA);
    expect(expectData(large).supportRequests.edges.every((e) => e.node.school.name && e.node.history.length === 1)).toBe(true);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });

  it('tenancy:registerSupportRequest: a school only for itself, Atención al Ciudadano only for schools of its secretariat', async () => {
    const { a0, a1, b0, t } = await world();
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: a1 }) }, t.schoolA0), 'NOT_FOUND');
    expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: b0 }) }, t.citizenA), 'NOT_FOUND');
    expect(expectData(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: a1 }) }, t.citizenA)).registerSupportRequest.schoolDane).toBe(a1);
    expect(expectData(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: b0 }) }, t.citizenB)).registerSupportRequest.schoolDane).toBe(b0);
    for (const token of [t.staffA, t.subprocessA, t.ministry, t.admin, t.inspectionA]) {
      expectError(await hub.gql(RegisterSupportRequestDocument, { input: input({ daneCode: a0 }) }, token), 'FORBIDDEN');
    }
  });

  it('tenancy:updateSupportRequestStatus: staff of another secretariat see nothing; other roles are refused', async () => {
    const { a, a0, t } = await world();
    const r = await createSupportRequest(hub, a.code, a0);
    const change = { status: 'IN_PROGRESS' as const, note: 'En trámite' };
    expectError(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: change }, t.staffB), 'NOT_FOUND');
    for (const token of [t.schoolA0, t.citizenA, t.ministry, t.admin, t.subprocessA]) {
      expectError(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: change }, token), 'FORBIDDEN');
    }
    expectData(await hub.gql(UpdateSupportRequestStatusDocument, { id: r.id, input: change }, t.staffA));
  });

  it('tenancy:supportRequests: a school sees only its own, staff their secretariat’s, the Ministry all', async () => {
    const { a, b, a0, a1, b0, t } = await world();
    const ra0 = await createSupportRequest(hub, a.code, a0);
    const ra1 = await createSupportRequest(hub, a.code, a1);
    const rb0 = await createSupportRequest(hub, b.code, b0);
    const ids = async (token: string, vars: Record<string, unknown> = {}) =>
      expectData(await hub.gql(SupportRequestsDocument, { first: 50, ...vars }, token)).supportRequests.edges.map((e) => e.node.id).sort();
    expect(await ids(t.schoolA0)).toEqual([ra0.id]);
    expect(await ids(t.schoolA0, { school: a1 })).toEqual([]);
    expect(await ids(t.staffA)).toEqual([ra0.id, ra1.id].sort());
    expect(await ids(t.citizenA)).toEqual([ra0.id, ra1.id].sort());
    expectError(await hub.gql(SupportRequestsDocument, { first: 50, secretariat: b.code }, t.citizenA), 'NOT_FOUND');
    expect(await ids(t.staffB)).toEqual([rb0.id]);
    expect(await ids(t.ministry, { secretariat: b.code })).toEqual([rb0.id]);
    for (const token of [t.subprocessA, t.inspectionA]) expectError(await hub.gql(SupportRequestsDocument, {}, token), 'FORBIDDEN');
  });

  it('tenancy:supportRequest: another school’s or secretariat’s request is NOT_FOUND', async () => {
    const { a, a0, t } = await world();
    const r = await createSupportRequest(hub, a.code, a0);
    expect(expectData(await hub.gql(SupportRequestDocument, { id: r.id }, t.schoolA0)).supportRequest.id).toBe(r.id);
    expectError(await hub.gql(SupportRequestDocument, { id: r.id }, t.schoolA1), 'NOT_FOUND');
    expectError(await hub.gql(SupportRequestDocument, { id: r.id }, t.staffB), 'NOT_FOUND');
    expectError(await hub.gql(SupportRequestDocument, { id: r.id }, t.subprocessA), 'FORBIDDEN');
    expect(expectData(await hub.gql(SupportRequestDocument, { id: r.id }, t.ministry)).supportRequest.id).toBe(r.id);
  });
});
