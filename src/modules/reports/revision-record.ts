import type { RecordExport } from '../../records/record-export';
import type { EntityManager } from 'typeorm';
import { RecordFormat, writeRecord, type ExportedFile, type RecordDefinition } from '../../records/record';
import type { Context } from '../../context';
import { scopeOf } from '../../common/scope';
import { badInput, notFound } from '../../common/errors';

/** One review (revisión) of a PMI, as the record lists it. */
export interface RevisionRow {
  daneCode: string;
  name: string;
  period: string;
  version: number;
  reviewedAt: Date;
  pertinent: boolean;
  reviewer: string;
  reviewerRole: string;
  criticalFactors: string | null;
  objectives: string | null;
  goals: string | null;
  indicators: string | null;
  actions: string | null;
  communication: string | null;
  general: string | null;
}

const ROLE: Record<string, string> = {
  QUALITY_LEADER: 'Líder de calidad',
  IMPROVEMENT_PROFESSIONAL: 'Profesional de mejoramiento',
  QUALITY_STAFF: 'Funcionario de calidad',
};

/** Record "Revisión de los PMI" (key `revision`, domain brief §6): every review of the period's PMIs. */
export const REVISION_RECORD: RecordDefinition<RevisionRow> = {
  key: 'revision',
  title: 'Revisión de los PMI',
  sheet: 'Revisión de los PMI',
  columns: [
    { header: 'Código DANE', type: 'text', value: (r) => r.daneCode, width: 14 },
    { header: 'Establecimiento educativo', type: 'text', value: (r) => r.name, width: 36 },
    { header: 'Periodo', type: 'text', value: (r) => r.period, width: 8 },
    { header: 'Versión del PMI', type: 'integer', value: (r) => r.version, width: 9 },
    { header: 'Fecha de revisión', type: 'datetime', value: (r) => r.reviewedAt, width: 17 },
    { header: 'Pertinente', type: 'boolean', value: (r) => r.pertinent, width: 10 },
    { header: 'Revisor', type: 'text', value: (r) => r.reviewer, width: 20 },
    { header: 'Rol del revisor', type: 'text', value: (r) => r.reviewerRole, values: ROLE, width: 20 },
    { header: 'Observaciones: factores críticos', type: 'text', value: (r) => r.criticalFactors, width: 30 },
    { header: 'Observaciones: objetivos', type: 'text', value: (r) => r.objectives, width: 30 },
    { header: 'Observaciones: metas', type: 'text', value: (r) => r.goals, width: 30 },
    { header: 'Observaciones: indicadores', type: 'text', value: (r) => r.indicators, width: 30 },
    { header: 'Observaciones: acciones', type: 'text', value: (r) => r.actions, width: 30 },
    { header: 'Observaciones: socialización', type: 'text', value: (r) => r.communication, width: 30 },
    { header: 'Observaciones generales', type: 'text', value: (r) => r.general, width: 40 },
  ],
};

/** Reviews of the PMIs of a secretariat and period, by DANE code then review time. */
export function revisionRows(db: EntityManager, secretariat: string, period: string): Promise<RevisionRow[]> {
  return db.query(
    `SELECT s.dane_code AS "daneCode", s.name, p.period, r.version, r.reviewed_at AS "reviewedAt", r.pertinent,
            r.reviewer, r.reviewer_role AS "reviewerRole", r.observation_critical_factors AS "criticalFactors",
            r.observation_objectives AS objectives, r.observation_goals AS goals, r.observation_indicators AS indicators,
            r.observation_actions AS actions, r.observation_communication AS communication, r.observation_general AS general
       FROM improvement_plan_review r
       JOIN improvement_plan p ON p.id = r.plan_id
       JOIN school s ON s.dane_code = p.school_dane
      WHERE p.secretariat_code = $1 AND p.period = $2
      ORDER BY s.dane_code, r.reviewed_at, r.id`,
    [secretariat, period],
  );
}

export async function revisionRecord(db: EntityManager, secretariat: string, period: string, format: RecordFormat): Promise<ExportedFile> {
  const rows = await revisionRows(db, secretariat, period);
  return writeRecord(REVISION_RECORD, rows, format, `revision-pmi-${secretariat}-${period}`);
}

/**
 * The record for the caller's secretariat, as GraphQL serves it (`pmiRevisionRecord`), with the authorization of the
 * other period records (`assistanceEvaluationRecord`, `pmiFollowUpRecord`): secretariat staff, INSPECTION, MINISTRY and
 * ADMIN; a secretariat-bound caller reads its own (another's is NOT_FOUND), national roles name one.
 */
export function revisionRecordFor(ctx: Context, period: string, format: RecordFormat, secretariat?: string | null): Promise<ExportedFile> {
  const scope = scopeOf(ctx, secretariat);
  if (!scope.secretariat) throw badInput('secretariat', 'Name the secretariat');
  // Another secretariat's record is not answered with the caller's own (as pmiFollowUpRecord).
  if (secretariat && secretariat !== scope.secretariat) throw notFound('Secretariat', secretariat);
  return revisionRecord(ctx.runtime.db.manager, scope.secretariat, period, format);
}

/** `npm run export -- --record revision`: every review of the period's PMIs. */
export const revisionExport: RecordExport<RevisionRow> = {
  definition: REVISION_RECORD,
  describes: "every review of the period's PMIs",
  async load(ctx, { secretariat, period }) {
    return { rows: await revisionRows(ctx.runtime.db.manager, secretariat, period), base: `revision-pmi-${secretariat}-${period}` };
  },
};
