import { startTestHub, expectData, expectViolations, type TestHub } from '../support/hub';
import { createSecretariat, createSchool, newDaneCode } from '../support/factories';
import { strategyFor } from '../support/evaluation-factories';
import { followUpWorld, heldSession, isoDay, type FollowUpWorld } from '../support/follow-up-factories';
import { Role } from '../../src/common/auth/roles';
import {
  AddCoachingNoteDocument,
  AddSupportNeedDocument,
  CreateSchoolDocument,
  OpenModificationWindowDocument,
  OverrideSchoolClassificationDocument,
  ProgramAssistanceActivityDocument,
  RegisterSupportRequestDocument,
  RecordActionProgressDocument,
  SetEvaluationSettingsDocument,
  RecordAssistanceSessionDocument,
  RecordIndicatorMeasurementDocument,
  RecordVerificationDocument,
  SubmitAssistanceEvaluationDocument,
  UpdateAssistanceActivityDocument,
} from '../generated/graphql';

/**
 * "All problems at once" (README, Errors): an input with several problems — some found by the input's own checks
 * (class-validator, the boundary), some by the service's rules (the database: unknown references, dates, states) —
 * answers one BAD_USER_INPUT whose `violations` lists every field at fault, not the first one, for one mutation of
 * each family. Nothing is written.
 */
let hub: TestHub;
let w: FollowUpWorld;
const tk: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  w = await followUpWorld(hub);
  tk.admin = await hub.token({ role: Role.ADMIN });
  tk.leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  tk.staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: w.secretariat });
  tk.schoolA = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.a });
  // School A received the integral activity (a held session): it may evaluate it.
  expectData(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.a) } as never, tk.staff));
});
afterAll(() => hub.stop());

const count = async (table: string) => (await hub.runtime.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

it('createSchool: malformed DANE code and name (input) with a regime for an official school and an unknown secretariat (registry rules)', async () => {
  const before = await count('school');
  const res = await hub.gql(
    CreateSchoolDocument,
    {
      input: { daneCode: '12345', secretariat: '99999', name: 'IE', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín', regime: 'CONTROLLED' },
    } as never,
    tk.admin,
  );
  const v = expectViolations(res, ['input.daneCode', 'input.name', 'input.regime', 'input.secretariat']);
  expect(v.find((x) => x.field === 'input.secretariat')!.message).toContain('Unknown secretariat 99999');
  expect(v.find((x) => x.field === 'input.regime')!.message).toContain('non-official');
  expect(await count('school')).toBe(before);
});

it('createSchool: the rules alone still report together (regime and secretariat)', async () => {
  const res = await hub.gql(
    CreateSchoolDocument,
    {
      input: { daneCode: newDaneCode(), secretariat: '99998', name: 'IE Nueva', sector: 'OFFICIAL', zone: 'URBAN', municipality: 'Medellín', regime: 'CONTROLLED' },
    } as never,
    tk.admin,
  );
  expectViolations(res, ['input.regime', 'input.secretariat']);
});

it('recordAssistanceSession: a school the activity does not serve, a staff name too short (input) and a HELD session without date, attendees or topics (content rule)', async () => {
  const before = await count('assistance_session');
  const res = await hub.gql(
    RecordAssistanceSessionDocument,
    { input: heldSession(w.punctualId, w.schools.a, { staff: 'x', heldOn: null, attendees: [], topics: '' }) } as never,
    tk.staff,
  );
  expectViolations(res, ['input.schoolDane', 'input.staff', 'input.heldOn', 'input.attendees', 'input.topics']);
  expect(await count('assistance_session')).toBe(before);
});

it('recordIndicatorMeasurement: a source too short (input) and a date in the future (service rule)', async () => {
  const before = await count('indicator_measurement');
  const res = await hub.gql(
    RecordIndicatorMeasurementDocument,
    { input: { indicatorId: w.plans.a.indicatorId, value: 10, measuredOn: isoDay(5), source: 'x' } } as never,
    tk.staff,
  );
  expectViolations(res, ['input.source', 'input.measuredOn']);
  expect(await count('indicator_measurement')).toBe(before);
});

it('submitAssistanceEvaluation: a score out of 1–5 (input), an unknown criterion and criteria not rated (settings)', async () => {
  const before = await count('assistance_evaluation');
  const res = await hub.gql(
    SubmitAssistanceEvaluationDocument,
    { input: { activityId: w.integralId, ratings: [{ criterion: 'PERTINENCE', score: 9 }, { criterion: 'NOPE', score: 3 }], objectivesMet: 'YES', comments: '' } } as never,
    tk.schoolA,
  );
  const v = expectViolations(res, ['input.ratings.0.score', 'input.ratings.1.criterion', 'input.ratings']);
  expect(v.find((x) => x.field === 'input.ratings.1.criterion')!.message).toContain('Unknown criterion NOPE');
  expect(await count('assistance_evaluation')).toBe(before);
});

it('recordVerification: evidence too short (input), an unknown requirement and requirements without a result (the ficha técnica)', async () => {
  const before = await count('verification');
  const res = await hub.gql(
    RecordVerificationDocument,
    { input: { activityId: w.integralId, results: [{ requirementCode: 'NOPE-1', met: true, evidence: 'x' }], notes: '' } } as never,
    tk.leader,
  );
  const v = expectViolations(res, ['input.results.0.evidence', 'input.results.0.requirementCode', 'input.results']);
  expect(v.find((x) => x.field === 'input.results.0.requirementCode')!.message).toContain('NOPE-1');
  expect(await count('verification')).toBe(before);
});

it('a malformed id the service needs first is reported at once with the input\'s other problems, without reaching the database', async () => {
  const res = await hub.gql(
    RecordIndicatorMeasurementDocument,
    { input: { indicatorId: 'not-a-uuid', value: 10, measuredOn: isoDay(5), source: 'x' } } as never,
    tk.staff,
  );
  const err = res.errors![0];
  expect(err.extensions?.code).toBe('BAD_USER_INPUT');
  const fields = (err.extensions?.violations as { field: string }[]).map((v) => v.field);
  expect(fields).toEqual(expect.arrayContaining(['input.indicatorId', 'input.source']));
});

it('recordActionProgress: a percent out of 0–100 (input) and DONE without evidence (progress rule)', async () => {
  const res = await hub.gql(
    RecordActionProgressDocument,
    { input: { actionId: w.plans.a.actionId, status: 'DONE', percent: 150, evidence: '' } } as never,
    tk.staff,
  );
  expectViolations(res, ['input.percent', 'input.evidence']);
});

it('addCoachingNote: a body too short (input) and a goal note without the goal (part rule)', async () => {
  const res = await hub.gql(AddCoachingNoteDocument, { input: { planId: w.plans.a.id, partKind: 'GOAL', partId: null, body: 'x' } } as never, tk.staff);
  expectViolations(res, ['input.body', 'input.partId']);
});

it('setEvaluationSettings: a malformed deadline and a name too short (input) and a criterion code listed twice (rule)', async () => {
  const res = await hub.gql(
    SetEvaluationSettingsDocument,
    { input: { period: w.period, deadline: 'mañana', criteria: [{ code: 'C1', name: 'x' }, { code: 'C1', name: 'Pertinencia' }] } } as never,
    tk.leader,
  );
  expectViolations(res, ['input.deadline', 'input.criteria.0.name', 'input.criteria.1.code']);
});

it('openModificationWindow: a malformed period (input) and a window that closes before it opens (rule)', async () => {
  const day = 86_400_000;
  const res = await hub.gql(
    OpenModificationWindowDocument,
    { input: { period: '26', opensAt: new Date(Date.now() + 2 * day).toISOString(), closesAt: new Date(Date.now() + day).toISOString() } } as never,
    tk.leader,
  );
  expectViolations(res, ['input.period', 'input.closesAt']);
});

it('overrideSchoolClassification: a justification too short (input) and a school the draft strategy does not classify (rule)', async () => {
  const se = (await createSecretariat(hub)).code;
  const dane = (await createSchool(hub, se)).daneCode;
  const strategy = await strategyFor(hub, se, '2027');
  const professional = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: se });
  const res = await hub.gql(
    OverrideSchoolClassificationDocument,
    { input: { strategyId: strategy.id, daneCode: dane, modality: 'INTEGRAL', justification: 'corta' } } as never,
    professional,
  );
  const v = expectViolations(res, ['input.justification', 'input.daneCode']);
  expect(v.find((x) => x.field === 'input.daneCode')!.message).toContain('not classified');
});

it('registerSupportRequest: a subject and description too short (input) and no school named by Atención al Ciudadano (rule)', async () => {
  const citizen = await hub.token({ role: Role.CITIZEN_SERVICE, secretariat: w.secretariat });
  const before = await count('support_request');
  const res = await hub.gql(RegisterSupportRequestDocument, { input: { subject: 'x', area: 'ACADEMIC', description: 'corta' } } as never, citizen);
  expectViolations(res, ['input.subject', 'input.description', 'input.daneCode']);
  expect(await count('support_request')).toBe(before);
});

it('registerSupportRequest: a subject and description too short (input) and a school the caller may not see (unknown, or of another secretariat), together', async () => {
  const citizen = await hub.token({ role: Role.CITIZEN_SERVICE, secretariat: w.secretariat });
  const before = await count('support_request');
  const foreign = (await createSchool(hub, (await createSecretariat(hub)).code)).daneCode;
  for (const daneCode of [newDaneCode(), foreign]) {
    const res = await hub.gql(RegisterSupportRequestDocument, { input: { daneCode, subject: 'x', area: 'ACADEMIC', description: 'corta' } } as never, citizen);
    const v = expectViolations(res, ['input.subject', 'input.description', 'input.daneCode']);
    // The same words as the NOT_FOUND it is alone: another secretariat's school reads as unknown.
    expect(v.find((x) => x.field === 'input.daneCode')!.message).toBe(`School ${daneCode} not found`);
  }
  expect(await count('support_request')).toBe(before);
});

it('addSupportNeed: a description too short (input) and a well-formed DANE code of no school of the secretariat (rule), together', async () => {
  const before = await count('support_need');
  const foreign = (await createSchool(hub, (await createSecretariat(hub)).code)).daneCode;
  for (const daneCode of [newDaneCode(), foreign]) {
    const res = await hub.gql(AddSupportNeedDocument, { input: { period: w.period, daneCode, description: 'x' } } as never, tk.leader);
    const v = expectViolations(res, ['input.description', 'input.daneCode']);
    expect(v.find((x) => x.field === 'input.daneCode')!.message).toContain(`No school ${daneCode} in secretariat ${w.secretariat}`);
  }
  expect(await count('support_need')).toBe(before);
});

describe('a malformed DANE code comes with the input\'s other problems before the strategy is looked up or its state checked', () => {
  const activity = (attrs: Record<string, unknown>) => ({
    title: 'x',
    modality: 'INTEGRAL',
    method: 'Visita in situ',
    schoolDanes: [w.schools.a],
    startsOn: `${w.period}-06-01`,
    endsOn: `${w.period}-06-05`,
    responsible: 'Ana Gómez',
    ...attrs,
  });

  it('programAssistanceActivity on an approved strategy (INVALID_STATE before) and on none (NOT_FOUND before): each bad code named by its index', async () => {
    const before = await count('assistance_activity');
    for (const strategyId of [w.strategyId, '00000000-0000-4000-8000-000000000000']) {
      const res = await hub.gql(
        ProgramAssistanceActivityDocument,
        { strategyId, input: activity({ schoolDanes: [w.schools.a, w.schools.b, '12345', 'ABCDEFGHIJKL'] }) } as never,
        tk.leader,
      );
      const v = expectViolations(res, ['input.title', 'input.schoolDanes.2', 'input.schoolDanes.3']);
      expect(v.find((x) => x.field === 'input.schoolDanes.2')!.message).toMatch(/^schoolDanes\.2 must be a DANE code of 12 digits/);
    }
    expect(await count('assistance_activity')).toBe(before);
  });

  it('updateAssistanceActivity on an approved strategy: the bad code by its index, not INVALID_STATE', async () => {
    const res = await hub.gql(UpdateAssistanceActivityDocument, { id: w.integralId, input: { title: 'x', schoolDanes: ['105001'] } } as never, tk.leader);
    expectViolations(res, ['input.title', 'input.schoolDanes.0']);
  });

  it('overrideSchoolClassification on an approved strategy (INVALID_STATE before) and on none (NOT_FOUND before)', async () => {
    for (const strategyId of [w.strategyId, '00000000-0000-4000-8000-000000000000']) {
      const res = await hub.gql(
        OverrideSchoolClassificationDocument,
        { input: { strategyId, daneCode: '1234', modality: 'INTEGRAL', justification: 'corta' } } as never,
        tk.leader,
      );
      expectViolations(res, ['input.justification', 'input.daneCode']);
    }
  });
});
