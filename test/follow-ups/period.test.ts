import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { runExport } from '../../src/cli/export';
import { FOLLOW_UP_RECORD, followUpRows } from '../../src/modules/follow-ups/follow-up-record';
import { canonicalRow, RecordFormat } from '../../src/records/record';
import { readRecord } from '../../src/records/read-record';
import { startTestHub, expectData, expectError, type TestHub } from '../support/hub';
import { createSecretariat } from '../support/factories';
import { followUpWorld, heldSession, isoDay, type FollowUpWorld } from '../support/follow-up-factories';
import { Role } from '../../src/common/auth/roles';
import {
  MoveStrategyToEvaluationDocument,
  PeriodStatusDocument,
  PmiFollowUpRecordDocument,
  RecordActionProgressDocument,
  RecordAssistanceSessionDocument,
  RecordIndicatorMeasurementDocument,
  SetEvaluationPeriodEndDocument,
  SupportActionsFollowUpDocument,
} from '../generated/graphql';
import { runPeriodJob } from '../../src/modules/strategy/period-job';

let hub: TestHub;
let w: FollowUpWorld;
let staff: string;
let leader: string;
let otherLeader: string;
let schoolA: string;
let ministry: string;

beforeAll(async () => {
  hub = await startTestHub();
  w = await followUpWorld(hub);
  const other = (await createSecretariat(hub)).code;
  staff = await hub.token({ role: Role.QUALITY_STAFF, secretariat: w.secretariat });
  leader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: w.secretariat });
  otherLeader = await hub.token({ role: Role.QUALITY_LEADER, secretariat: other });
  schoolA = await hub.token({ role: Role.SCHOOL, secretariat: w.secretariat, school: w.schools.a });
  ministry = await hub.token({ role: Role.MINISTRY });
  // A held with A, C cancelled; B still has nothing: the integral activity is pending.
  expectData(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.a) }, staff));
  expectData(
    await hub.gql(
      RecordAssistanceSessionDocument,
      { input: { activityId: w.punctualId, schoolDane: w.schools.c, status: 'CANCELLED', scheduledOn: isoDay(-4), staff: 'x.y', cancelReason: 'Paro docente' } },
      staff,
    ),
  );
  expectData(await hub.gql(RecordActionProgressDocument, { input: { actionId: w.plans.a.actionId, status: 'IN_PROGRESS', percent: 50 } }, schoolA));
}, 120_000);
afterAll(() => hub.stop());

const audits = async (op: string) =>
  (await hub.runtime.db.query(`SELECT count(*)::int AS n FROM audit_entry WHERE operation = $1 AND entity_id = $2`, [op, w.strategyId]))[0].n as number;

describe('the period loop (activity 6)', () => {
  it('tenancy:periodStatus period not ended and pending work: stays in EXECUTION, pending listed; other tenants get NOT_FOUND', async () => {
    expectError(await hub.gql(PeriodStatusDocument, { strategyId: w.strategyId }, otherLeader), 'NOT_FOUND');
    expectError(await hub.gql(PeriodStatusDocument, { strategyId: w.strategyId }, schoolA), 'FORBIDDEN');
    const status = expectData(await hub.gql(PeriodStatusDocument, { strategyId: w.strategyId }, leader)).periodStatus;
    expect(status).toMatchObject({
      periodEndsOn: `${w.period}-12-31`,
      periodEnded: false,
      activities: 2,
      activitiesDone: 1,
      allActivitiesDone: false,
      readyForEvaluation: false,
      strategy: { status: 'EXECUTION' },
    });
    expect(status.pending).toEqual([{ activity: { id: w.integralId }, schools: [{ schoolDane: w.schools.b, reason: 'NO_SESSION', on: null }] }]);
  });

  it('tenancy:moveStrategyToEvaluation the leader is refused while work is pending (the loop back to activity 5); nothing is written', async () => {
    expectError(await hub.gql(MoveStrategyToEvaluationDocument, { strategyId: w.strategyId }, staff), 'FORBIDDEN');
    expectError(await hub.gql(MoveStrategyToEvaluationDocument, { strategyId: w.strategyId }, otherLeader), 'NOT_FOUND');
    const err = expectError(await hub.gql(MoveStrategyToEvaluationDocument, { strategyId: w.strategyId }, leader), 'INVALID_STATE');
    expect(err.extensions?.pending).toEqual([{ activityId: w.integralId, schoolDanes: [w.schools.b] }]);
    // The scheduled job leaves it too.
    expect((await runPeriodJob(hub.runtime)).moved).toEqual([]);
    expect(await audits('moveStrategyToEvaluation')).toBe(0);
  });

  it('tenancy:supportActionsFollowUp figures per route and PAM action, from what was recorded', async () => {
    expectError(await hub.gql(SupportActionsFollowUpDocument, { strategyId: w.strategyId }, otherLeader), 'NOT_FOUND');
    const f = expectData(await hub.gql(SupportActionsFollowUpDocument, { strategyId: w.strategyId }, ministry)).supportActionsFollowUp;
    expect(f.routes.map((r) => r.modality)).toEqual(['INTEGRAL', 'PUNCTUAL']);
    expect(f.routes[0].figures).toMatchObject({
      activities: 1,
      schools: 2,
      sessionsExpected: 2,
      sessionsHeld: 1,
      sessionsCancelled: 0,
      heldRate: 0.5,
      schoolsAccompanied: 1,
      tasksDone: 1,
      tasksTotal: 2,
      pmiAveragePercent: 50,
    });
    expect(f.routes[0].figures.improvementOpportunities).toContain('1 establecimiento(s) aún sin sesión realizada');
    expect(f.routes[1].figures).toMatchObject({ sessionsExpected: 1, sessionsHeld: 0, sessionsCancelled: 1, heldRate: 0, schoolsAccompanied: 0, pmiAveragePercent: null });
    expect(f.routes[1].figures.improvementOpportunities).toContain('Baja ejecución de la programación: 0,0 % de las sesiones realizadas');
    expect(f.actions).toHaveLength(2);
    expect(f.actions.every((a) => a.action?.code)).toBe(true);
  });

  it('tenancy:setEvaluationPeriodEnd once the period has ended the strategy moves to EVALUATION, once (the scheduled job after it finds nothing)', async () => {
    expectError(await hub.gql(SetEvaluationPeriodEndDocument, { strategyId: w.strategyId, endsOn: isoDay(-1) }, otherLeader), 'NOT_FOUND');
    expectError(await hub.gql(SetEvaluationPeriodEndDocument, { strategyId: w.strategyId, endsOn: '1999-01-01' }, leader), 'BAD_USER_INPUT', 'endsOn');
    const yesterday = isoDay(-1);
    // Only meaningful while yesterday lies in the period (not on 1 January).
    if (!yesterday.startsWith(w.period)) return;
    expectData(await hub.gql(SetEvaluationPeriodEndDocument, { strategyId: w.strategyId, endsOn: yesterday }, leader));
    const status = expectData(await hub.gql(PeriodStatusDocument, { strategyId: w.strategyId }, leader)).periodStatus;
    expect(status).toMatchObject({ periodEnded: true, allActivitiesDone: false, readyForEvaluation: true });
    const moved = expectData(await hub.gql(MoveStrategyToEvaluationDocument, { strategyId: w.strategyId }, leader)).moveStrategyToEvaluation;
    expect(moved.status).toBe('EVALUATION');
    expect(moved.evaluationStartedAt).not.toBeNull();
    expectError(await hub.gql(MoveStrategyToEvaluationDocument, { strategyId: w.strategyId }, leader), 'INVALID_STATE');
    expect((await runPeriodJob(hub.runtime)).moved).toEqual([]);
    const events = await hub.runtime.db.query(`SELECT payload FROM event WHERE type = 'strategy.evaluation_started' AND entity_id = $1`, [w.strategyId]);
    expect(events.map((e: { payload: { trigger: string } }) => e.payload.trigger)).toEqual(['LEADER']);
    // Sessions are no longer recorded against it.
    expectError(await hub.gql(RecordAssistanceSessionDocument, { input: heldSession(w.integralId, w.schools.b) }, staff), 'INVALID_STATE');
  });
});

describe('record "Seguimiento de los PMI"', () => {
  const parseCsv = (b64: string) =>
    Buffer.from(b64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(';'));

  it('tenancy:pmiFollowUpRecord CSV and XLSX parse back with Spanish labels, date cells and formula-safe text; a school gets its own rows', async () => {
    expectData(
      await hub.gql(
        RecordIndicatorMeasurementDocument,
        { input: { indicatorId: w.plans.a.indicatorId, value: 28.5, measuredOn: isoDay(-2), source: '=HYPERLINK("http://x")' } },
        schoolA,
      ),
    );
    const csv = expectData(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, format: 'CSV' }, leader)).pmiFollowUpRecord;
    expect(csv.filename).toBe(`seguimiento-pmi-${w.secretariat}-${w.period}.csv`);
    const [header, ...rows] = parseCsv(csv.contentBase64);
    expect(header.slice(0, 7)).toEqual(['Código DANE', 'Establecimiento educativo', 'Versión del PMI', 'Área de gestión', 'Meta', 'Tipo', 'Acción o indicador']);
    expect(rows).toHaveLength(6); // three schools × (one action + one indicator)
    const col = (name: string) => header.indexOf(name);
    const action = rows.find((r) => r[0] === w.schools.a && r[col('Tipo')] === 'Acción')!;
    expect(action[col('Estado')]).toBe('En ejecución');
    expect(action[col('Porcentaje de avance')]).toBe('50 %');
    expect(action[col('Área de gestión')]).toBe('Gestión académica');
    expect(action[col('Registrado por')]).toBe('Establecimiento educativo');
    expect(action[col('Sesiones de asistencia realizadas')]).toBe('1');
    const indicator = rows.find((r) => r[0] === w.schools.a && r[col('Tipo')] === 'Indicador')!;
    expect(indicator[col('Última medición')]).toBe('"28,5"'); // quoted: a comma (decimal) never splits the field in a comma-separated Excel
    expect(indicator[col('Fecha de medición')]).toBe(isoDay(-2));
    expect(indicator[col('Fuente')]).toBe(`"'=HYPERLINK(""http://x"")"`);

    const xlsx = expectData(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, format: 'XLSX' }, leader)).pmiFollowUpRecord;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as never);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('Seguimiento PMI');
    const headerRow = sheet.getRow(3).values as unknown[];
    const x = (name: string) => headerRow.indexOf(name);
    const dataRows = [...Array(sheet.rowCount - 3).keys()].map((i) => sheet.getRow(i + 4));
    const ind = dataRows.find((r) => r.getCell(1).value === w.schools.a && r.getCell(x('Tipo')).value === 'Indicador')!;
    expect(ind.getCell(x('Fecha de medición')).value).toBeInstanceOf(Date);
    expect(ind.getCell(x('Última medición')).value).toBe(28.5);
    expect(ind.getCell(x('Fuente')).type).toBe(ExcelJS.ValueType.String); // never run, so written as it is
    expect(ind.getCell(x('Fuente')).value).toBe('=HYPERLINK("http://x")');

    const own = expectData(await hub.gql(PmiFollowUpRecordDocument, { period: w.period }, schoolA)).pmiFollowUpRecord;
    const [, ...ownRows] = parseCsv(own.contentBase64);
    expect(new Set(ownRows.map((r) => r[0]))).toEqual(new Set([w.schools.a]));
    expectError(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, school: w.schools.b }, schoolA), 'NOT_FOUND');
    expectError(await hub.gql(PmiFollowUpRecordDocument, { period: w.period, secretariat: w.secretariat }, otherLeader), 'NOT_FOUND');
    expectError(await hub.gql(PmiFollowUpRecordDocument, { period: w.period }, ministry), 'BAD_USER_INPUT', 'secretariat');
  });
});

describe('npm run export -- --record seguimiento', () => {
  it('writes the same record to a file (CSV and XLSX)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'seguimiento-'));
    try {
      let out = '';
      const run = (format: string) =>
        runExport({
          argv: ['--record', 'seguimiento', '--secretariat', w.secretariat, '--period', w.period, '--format', format],
          env: { DATABASE_URL: hub.database.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
          cwd: dir,
          out: (s) => (out += s),
          err: () => undefined,
        });
      expect(await run('csv')).toBe(0);
      expect(out).toContain('Seguimiento de los PMI');
      const csv = (await readFile(path.join(dir, `seguimiento-pmi-${w.secretariat}-${w.period}.csv`), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(csv[0].split(';')[0]).toBe('Código DANE');
      expect(csv).toHaveLength(7);
      expect(await run('xlsx')).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(path.join(dir, `seguimiento-pmi-${w.secretariat}-${w.period}.xlsx`));
      expect(book.worksheets[0].rowCount).toBe(3 + 6);
      // Round trip: both files read back with the import's reader give the stored rows.
      const rows = await followUpRows(hub.runtime.db.manager, w.secretariat, w.period);
      for (const format of [RecordFormat.CSV, RecordFormat.XLSX]) {
        const file = path.join(dir, `seguimiento-pmi-${w.secretariat}-${w.period}.${format.toLowerCase()}`);
        expect(await readRecord(FOLLOW_UP_RECORD, file)).toEqual(rows.map((r) => canonicalRow(FOLLOW_UP_RECORD, r, format)));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
