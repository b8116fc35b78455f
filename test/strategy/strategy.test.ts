import ExcelJS from 'exceljs';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat, createSchool } from '../support/factories';
import { Role } from '../../src/common/auth/roles';
import { characterization, selfEvaluation, supportPlan } from '../support/activities-factories';
import { createWindow, registerPlan, review, submit } from '../support/improvement-plans-factories';
import {
  ApproveAssistanceStrategyDocument,
  AssistanceProgrammingRecordDocument,
  AssistanceScheduleDocument,
  AssistanceStrategyDocument,
  AssistanceStrategyOfDocument,
  ClassifySchoolsDocument,
  CreateAssistanceStrategyDocument,
  IdentifyNeedsDocument,
  OverrideSchoolClassificationDocument,
  ProgramAssistanceActivityDocument,
  RecordAlignmentImprovementActionDocument,
  ReviseAssistanceStrategyDocument,
  StrategyAlignmentDocument,
  SubmitAssistanceStrategyDocument,
  UpdateAssistanceActivityDocument,
  UpdateSecretariatSettingsDocument,
  type AssistanceActivityInput,
} from '../generated/graphql';
import { PrivateSchoolRegime, SchoolSector } from '../../src/modules/schools/school.enums';

let hub: TestHub;
let se: string;
let leader: string;
let professional: string;
let pam: Record<string, string>;
let pam2025: Record<string, string>;
const s: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  se = (await createSecretariat(hub)).code;
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: se, sub: 'lider.calidad' });
  professional = await hub.token({ role: Role.IMPROVEMENT_PROFESSIONAL, secretariat: se });
  const { OFFICIAL, NON_OFFICIAL } = SchoolSector;
  const specs: [string, SchoolSector, PrivateSchoolRegime | null][] = [
    ['officialLowSaber', OFFICIAL, null],
    ['privateLowSaber', NON_OFFICIAL, PrivateSchoolRegime.REGULATED_FREEDOM],
    ['controlled', NON_OFFICIAL, PrivateSchoolRegime.CONTROLLED],
    ['threeNeeds', OFFICIAL, null],
    ['oneNeed', OFFICIAL, null],
    ['noNeeds', OFFICIAL, null],
  ];
  for (const [name, sector, regime] of specs) s[name] = (await createSchool(hub, se, { name: `IE ${name}`, sector, regime })).daneCode;
  // Every school has a pertinent PMI, so only the crafted inputs below produce needs.
  await createWindow(hub, se);
  for (const dane of Object.values(s)) {
    const plan = await registerPlan(hub, se, dane);
    await submit(hub, se, dane, plan.id);
    await review(hub, se, plan.id, true);
  }
  await characterization(hub, se, s.officialLowSaber, 'D');
  await characterization(hub, se, s.privateLowSaber, 'C');
  await selfEvaluation(hub, se, s.threeNeeds, { 'DIR-01-01': 1, 'ACA-01-01': 2, 'COM-04-02': 2 });
  await selfEvaluation(hub, se, s.oneNeed, { 'ADM-02-01': 2 });
  pam = await supportPlan(hub, se, [1, 2]);
  pam2025 = await supportPlan(hub, se, [9], '2025');
  expectData(await hub.gql(IdentifyNeedsDocument, { period: '2026' }, leader));
});
afterAll(() => hub.stop());

const activity = (attrs: Partial<AssistanceActivityInput> = {}): AssistanceActivityInput => ({
  title: 'Acompañamiento integral a la ejecución del PMI',
  modality: 'INTEGRAL',
  method: 'Visita in situ',
  schoolDanes: [s.officialLowSaber],
  startsOn: '2026-03-02',
  endsOn: '2026-03-20',
  responsible: 'Ana Gómez',
  resources: 'Transporte, guía de acompañamiento',
  tasks: [{ description: 'Revisar avance de metas', dueOn: '2026-03-20', done: false }],
  ...attrs,
});

describe('assistance strategy (activities 3 and 4)', () => {
  let strategyId: string;

  it('classifies by the rules: mandatory inclusion both ways, integral from three needs, punctual below', async () => {
    const strategy = expectData(await hub.gql(CreateAssistanceStrategyDocument, { period: '2026' }, professional)).createAssistanceStrategy;
    strategyId = strategy.id;
    expect(strategy.status).toBe('DRAFT');
    const by = Object.fromEntries(strategy.classifications.map((c) => [c.schoolDane, c]));
    expect(by[s.officialLowSaber]).toMatchObject({ mandatory: true, proposedModality: 'INTEGRAL', modality: 'INTEGRAL' });
    expect(by[s.officialLowSaber].reasons).toContain('Inclusión obligatoria: establecimiento oficial con bajo desempeño en las pruebas SABER');
    expect(by[s.controlled]).toMatchObject({ mandatory: true, proposedModality: 'INTEGRAL', openNeeds: 0 });
    expect(by[s.controlled].reasons).toContain('Inclusión obligatoria: establecimiento no oficial en régimen controlado');
    // Low SABER makes only official schools mandatory.
    expect(by[s.privateLowSaber]).toMatchObject({ mandatory: false, proposedModality: 'PUNCTUAL', openNeeds: 1 });
    expect(by[s.threeNeeds]).toMatchObject({ mandatory: false, proposedModality: 'INTEGRAL', openNeeds: 3 });
    // Text for people in Spanish, as the rest of what the secretariat files (outside testers: it was English).
    expect(by[s.threeNeeds].reasons).toEqual(['3 necesidades abiertas: acompañamiento integral (desde 3)']);
    expect(by[s.privateLowSaber].reasons).toEqual(['1 necesidad abierta: asesoría puntual (menos de 3)']);
    expect(by[s.oneNeed]).toMatchObject({ mandatory: false, proposedModality: 'PUNCTUAL', openNeeds: 1 });
    expect(by[s.noNeeds]).toBeUndefined();
    expectError(await hub.gql(CreateAssistanceStrategyDocument, { period: '2026' }, professional), 'CONFLICT', 'period');
    const of = expectData(await hub.gql(AssistanceStrategyOfDocument, { period: '2026' }, leader)).assistanceStrategyOf;
    expect(of?.id).toBe(strategyId);
    // A new strategy has no activity: not approvable, and it says why (outside testers: approvable false, unaligned [] and no reason).
    const empty = expectData(await hub.gql(StrategyAlignmentDocument, { strategyId }, leader)).strategyAlignment;
    expect(empty).toMatchObject({ approvable: false, unaligned: [], blockers: [{ kind: 'NO_ACTIVITIES', count: 0 }] });
    expect(empty.blockers[0].message).toMatch(/no active activity/);
  });

  it('keeps the rule proposal beside a staff override, and keeps the override when reclassifying', async () => {
    expectError(
      await hub.gql(OverrideSchoolClassificationDocument, { input: { strategyId, daneCode: s.oneNeed, modality: 'TRAINING', justification: 'corta' } }, professional),
      'BAD_USER_INPUT',
      'input.justification',
    );
    const o = expectData(
      await hub.gql(
        OverrideSchoolClassificationDocument,
        { input: { strategyId, daneCode: s.oneNeed, modality: 'TRAINING', justification: 'El equipo docente requiere formación en evaluación formativa' } },
        professional,
      ),
    ).overrideSchoolClassification;
    expect(o).toMatchObject({ proposedModality: 'PUNCTUAL', modality: 'TRAINING', overriddenBy: 'test:improvement_professional' });
    const again = expectData(await hub.gql(ClassifySchoolsDocument, { strategyId }, professional)).classifySchools;
    expect(again.classifications.find((c) => c.schoolDane === s.oneNeed)).toMatchObject({ proposedModality: 'PUNCTUAL', modality: 'TRAINING' });
    expectError(
      await hub.gql(OverrideSchoolClassificationDocument, { input: { strategyId, daneCode: s.noNeeds, modality: 'OTHER', justification: 'No está clasificada aún' } }, professional),
      'BAD_USER_INPUT',
      'input.daneCode',
    );
  });

  it('validates programmed activities: schools of the secretariat, dates in the period, PAM action of the same period', async () => {
    const foreign = await createSchool(hub, (await createSecretariat(hub)).code);
    const cases: [Partial<AssistanceActivityInput>, string][] = [
      [{ schoolDanes: [s.oneNeed, foreign.daneCode] }, 'input.schoolDanes.1'],
      [{ endsOn: '2026-03-01' }, 'input.endsOn'],
      [{ startsOn: '2025-12-01' }, 'input.startsOn'],
      [{ supportPlanActionId: pam2025['A-9'] }, 'input.supportPlanActionId'],
      [{ startsOn: '2026-02-30' }, 'input.startsOn'],
    ];
    for (const [attrs, field] of cases) {
      expectError(await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity(attrs) }, professional), 'BAD_USER_INPUT', field);
    }
  });

  it('builds the schedule per school, staff member and month, and warns of overload and uncovered mandatory schools', async () => {
    const a1 = expectData(await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ supportPlanActionId: pam['A-1'] }) }, professional));
    expect(a1.programAssistanceActivity.tasks).toEqual([{ description: 'Revisar avance de metas', dueOn: '2026-03-20', done: false }]);
    expectData(
      await hub.gql(
        ProgramAssistanceActivityDocument,
        { strategyId, input: activity({ title: 'Taller de formulación de metas', modality: 'TRAINING', method: 'Taller', schoolDanes: [s.threeNeeds, s.oneNeed], startsOn: '2026-03-25', endsOn: '2026-04-10' }) },
        professional,
      ),
    );
    expectData(
      await hub.gql(
        ProgramAssistanceActivityDocument,
        { strategyId, input: activity({ title: 'Asesoría puntual', modality: 'PUNCTUAL', schoolDanes: [s.privateLowSaber], responsible: 'Luis Pérez', startsOn: '2026-05-04', endsOn: '2026-05-08' }) },
        professional,
      ),
    );
    const bySchool = expectData(await hub.gql(AssistanceScheduleDocument, { strategyId, school: s.oneNeed }, leader)).assistanceSchedule;
    expect(bySchool.map((a) => a.title)).toEqual(['Taller de formulación de metas']);
    const byStaff = expectData(await hub.gql(AssistanceScheduleDocument, { strategyId, responsible: 'ana gómez' }, leader)).assistanceSchedule;
    expect(byStaff).toHaveLength(2);
    const april = expectData(await hub.gql(AssistanceScheduleDocument, { strategyId, month: '2026-04' }, leader)).assistanceSchedule;
    expect(april.map((a) => a.title)).toEqual(['Taller de formulación de metas']);
    expectError(await hub.gql(AssistanceScheduleDocument, { strategyId, month: '2026-13' }, leader), 'BAD_USER_INPUT', 'month');

    let strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy;
    expect(strategy.warnings.filter((w) => w.kind === 'MANDATORY_SCHOOL_WITHOUT_ACTIVITY').map((w) => w.schoolDane)).toEqual([s.controlled]);
    expect(strategy.warnings.some((w) => w.kind === 'STAFF_OVERLOAD')).toBe(false);
    expectData(await hub.gql(UpdateSecretariatSettingsDocument, { input: { maxActivitiesPerStaffMonth: 1 } }, leader));
    strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy;
    expect(strategy.warnings.filter((w) => w.kind === 'STAFF_OVERLOAD')).toEqual([
      expect.objectContaining({ responsible: 'Ana Gómez', month: '2026-03', count: 2 }),
    ]);
    expectData(await hub.gql(UpdateSecretariatSettingsDocument, { input: { maxActivitiesPerStaffMonth: 8 } }, leader));
  });

  it('refuses approval while activities are unaligned with the PAM, listing them, and approves once aligned', async () => {
    expectError(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyId }, await hub.token({ role: Role.QUALITY_STAFF, secretariat: se })), 'FORBIDDEN');
    expect(expectData(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyId }, professional)).submitAssistanceStrategy.status).toBe('SUBMITTED');
    expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyId }, professional), 'FORBIDDEN');

    const refused = expectError(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyId }, leader), 'STRATEGY_NOT_ALIGNED');
    const alignment = expectData(await hub.gql(StrategyAlignmentDocument, { strategyId }, leader)).strategyAlignment;
    expect(alignment.approvable).toBe(false);
    expect(alignment.blockers).toEqual([{ kind: 'UNALIGNED_ACTIVITIES', count: 2, message: expect.stringMatching(/^2 of 3 active activities are not linked/) }]);
    expect(alignment.aligned.map((a) => a.supportPlanActionId)).toEqual([pam['A-1']]);
    const unalignedIds = alignment.unaligned.map((u) => u.activity.id).sort();
    expect(unalignedIds).toHaveLength(2);
    expect([...(refused.extensions?.unalignedActivityIds as string[])].sort()).toEqual(unalignedIds);
    const failed: unknown[] = await hub.runtime.db.query(`SELECT payload FROM event WHERE type = 'strategy.alignment_failed' AND entity_id = $1`, [strategyId]);
    expect(failed).toHaveLength(1);
    const still = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy;
    expect(still.status).toBe('SUBMITTED');

    // The leader records an improvement action for each gap, then the activities are linked to PAM actions.
    for (const id of unalignedIds) {
      expectData(
        await hub.gql(
          RecordAlignmentImprovementActionDocument,
          { input: { activityId: id, what: 'Vincular la actividad a la acción A-2 del PAM', who: 'Profesional de mejoramiento', dueOn: '2026-02-28' } },
          leader,
        ),
      );
    }
    const withActions = expectData(await hub.gql(StrategyAlignmentDocument, { strategyId }, leader)).strategyAlignment;
    expect(withActions.unaligned.every((u) => u.improvementActions.length === 1 && u.improvementActions[0].recordedBy === 'lider.calidad')).toBe(true);
    for (const id of unalignedIds) {
      const updated = expectData(await hub.gql(UpdateAssistanceActivityDocument, { id, input: { supportPlanActionId: pam['A-2'] } }, professional));
      expect(updated.updateAssistanceActivity.supportPlanActionId).toBe(pam['A-2']);
    }
    // A programming change sends a submitted strategy back to draft: submit again, then approve.
    expect(expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy.status).toBe('DRAFT');
    expectData(await hub.gql(SubmitAssistanceStrategyDocument, { id: strategyId }, professional));
    expect(expectData(await hub.gql(StrategyAlignmentDocument, { strategyId }, leader)).strategyAlignment).toMatchObject({ approvable: true, blockers: [] });
    const approved = expectData(await hub.gql(ApproveAssistanceStrategyDocument, { id: strategyId }, leader)).approveAssistanceStrategy;
    expect(approved).toMatchObject({ status: 'APPROVED', approvedBy: 'lider.calidad', revision: 1 });
    const events: { type: string }[] = await hub.runtime.db.query(`SELECT type FROM event WHERE entity_id = $1 ORDER BY id`, [strategyId]);
    expect(events.map((e) => e.type)).toEqual(['strategy.submitted', 'strategy.alignment_failed', 'strategy.submitted', 'strategy.approved']);
  });

  it('exports the programming record of the approved strategy as CSV and XLSX', async () => {
    const csv = expectData(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId, format: 'CSV' }, leader)).assistanceProgrammingRecord;
    expect(csv.filename).toBe(`programacion-asistencia-tecnica-${se}-2026-r1.csv`);
    const lines = Buffer.from(csv.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^Código DANE;Establecimiento educativo;Clasificación/);
    expect(lines).toHaveLength(1 + 4); // header + one row per activity and school served
    expect(lines.find((l) => l.includes(s.oneNeed))).toMatch(/Taller de formulación de metas;Capacitación;.*A-2/);

    const xlsx = expectData(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId, format: 'XLSX' }, leader)).assistanceProgrammingRecord;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('Programación AT');
    expect(sheet.rowCount).toBe(3 + 1 + 1 + 4); // heading, blank row, header, rows
    expect(sheet.getRow(5).getCell(1).value).toBe('Código DANE');
  });

  it('after approval refuses programming changes, allows execution updates, and revises with a reason', async () => {
    const strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy;
    const first = strategy.activities[0];
    expectError(await hub.gql(UpdateAssistanceActivityDocument, { id: first.id, input: { title: 'Otro título' } }, professional), 'INVALID_STATE');
    expectError(await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ schoolDanes: [s.controlled] }) }, professional), 'INVALID_STATE');
    const done = expectData(await hub.gql(UpdateAssistanceActivityDocument, { id: first.id, input: { status: 'DONE' } }, await hub.token({ role: Role.QUALITY_STAFF, secretariat: se })));
    expect(done.updateAssistanceActivity.status).toBe('DONE');

    expectError(await hub.gql(ReviseAssistanceStrategyDocument, { id: strategyId, reason: 'Ajuste' }, professional), 'FORBIDDEN');
    const revised = expectData(await hub.gql(ReviseAssistanceStrategyDocument, { id: strategyId, reason: 'Incluir al colegio en régimen controlado' }, leader)).reviseAssistanceStrategy;
    expect(revised).toMatchObject({ status: 'DRAFT', revision: 2, revisionReason: 'Incluir al colegio en régimen controlado' });
    expectData(await hub.gql(ProgramAssistanceActivityDocument, { strategyId, input: activity({ schoolDanes: [s.controlled], supportPlanActionId: pam['A-1'] }) }, professional));
    const after = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, leader)).assistanceStrategy;
    expect(after.revisions).toEqual([{ revision: 1, reason: 'Incluir al colegio en régimen controlado' }]);
    expect(after.warnings.some((w) => w.kind === 'MANDATORY_SCHOOL_WITHOUT_ACTIVITY')).toBe(false);
    expectError(await hub.gql(AssistanceProgrammingRecordDocument, { strategyId, format: 'CSV' }, leader), 'INVALID_STATE');
  });

  it('shows a school only its own classification, activities and schedule', async () => {
    const school = await hub.token({ role: Role.SCHOOL, secretariat: se, school: s.oneNeed });
    const strategy = expectData(await hub.gql(AssistanceStrategyDocument, { id: strategyId }, school)).assistanceStrategy;
    expect(strategy.classifications.map((c) => c.schoolDane)).toEqual([s.oneNeed]);
    expect(strategy.activities.map((a) => a.title)).toEqual(['Taller de formulación de metas']);
    expect(strategy.revisions).toEqual([]);
    expect(expectData(await hub.gql(AssistanceScheduleDocument, { strategyId, school: s.officialLowSaber }, school)).assistanceSchedule).toEqual([]);
    expectError(await hub.gql(StrategyAlignmentDocument, { strategyId }, school), 'FORBIDDEN');
  });
});
