import { Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../context';
import { callerOf } from '../context';
import { hasScope } from '../common/auth/caller';
import { Role } from '../common/auth/roles';
import { ErrorCode, forbidden } from '../common/errors';
import { normalizeDeep } from '../common/input-guard';
import { unitOfWork, type Change } from '../common/unit-of-work';
import { EventType } from '../events/catalogue';
import { assertBatchSize, isRejection, targetSecretariat, text, timestampOf, type Rejection, type SourceCode } from './batch';
import { SECRETARIAT_DESCRIPTION } from './common-inputs';

/**
 * Retractions (retiros, issue 13): a source subprocess withdraws records it sent, by external id. The record stays as a
 * tombstone (who, when, why, and the source's version of the withdrawal) in `<table>_all`; the `<table>` view every
 * reader uses leaves it out, so signals, needs, alignment and reports stop counting it. A later version with a newer
 * source timestamp brings it back (src/inbound/batch.ts). One transaction for the valid items, one audit row and one
 * `input.retracted` event per (source, school) — per PAM period for D02.01.
 */

/** The kinds of record a source sends (F01.03 sends two). */
export enum InputKind {
  SELF_EVALUATION = 'SELF_EVALUATION',
  CHARACTERIZATION = 'CHARACTERIZATION',
  SUPPORT_PLAN_ACTION = 'SUPPORT_PLAN_ACTION',
  PEI_UPDATE = 'PEI_UPDATE',
  EDUCATION_MODEL = 'EDUCATION_MODEL',
  INSPECTION_FINDING = 'INSPECTION_FINDING',
  SCHOOL_REGIME = 'SCHOOL_REGIME',
  CURRICULUM_CHANGE = 'CURRICULUM_CHANGE',
}

interface KindSpec {
  source: SourceCode;
  table: string;
  entity: string;
  /** SQL of the audit/event group of a row `t` without a school (the PAM): e.g. 'PAM:' || t.period. */
  groupSql: string;
  school: boolean;
}

export const INPUT_KINDS: Record<InputKind, KindSpec> = {
  [InputKind.SELF_EVALUATION]: { source: 'D01.03', table: 'self_evaluation_score_all', entity: 'SelfEvaluationScore', groupSql: 't.school_dane', school: true },
  [InputKind.CHARACTERIZATION]: { source: 'D01.04', table: 'characterization_all', entity: 'Characterization', groupSql: 't.school_dane', school: true },
  [InputKind.SUPPORT_PLAN_ACTION]: {
    source: 'D02.01',
    table: 'support_plan_action_all',
    entity: 'SupportPlanAction',
    groupSql: `'PAM:' || t.period`,
    school: false,
  },
  [InputKind.PEI_UPDATE]: { source: 'D02.02', table: 'pei_update_all', entity: 'PeiUpdate', groupSql: 't.school_dane', school: true },
  [InputKind.EDUCATION_MODEL]: {
    source: 'C02.02',
    table: 'education_model_adoption_all',
    entity: 'EducationModelAdoption',
    groupSql: 't.school_dane',
    school: true,
  },
  [InputKind.INSPECTION_FINDING]: { source: 'F01.03', table: 'inspection_finding_all', entity: 'InspectionFinding', groupSql: 't.school_dane', school: true },
  [InputKind.SCHOOL_REGIME]: { source: 'F01.03', table: 'school_regime_report_all', entity: 'SchoolRegimeReport', groupSql: 't.school_dane', school: true },
  [InputKind.CURRICULUM_CHANGE]: { source: 'D02.05', table: 'curriculum_change_all', entity: 'CurriculumChange', groupSql: 't.school_dane', school: true },
};

registerEnumType(InputKind, {
  name: 'InputKind',
  description: 'Kind of record received from a source subprocess (tipo de insumo), with its source code.',
  valuesConfig: {
    SELF_EVALUATION: { description: 'D01.03 autoevaluación institucional: a component value (ingestSelfEvaluations)' },
    CHARACTERIZATION: { description: 'D01.04 caracterización y perfil, with its Saber results (ingestCharacterizations)' },
    SUPPORT_PLAN_ACTION: { description: 'D02.01 acción del PAM, with its indicators and tasks (ingestSupportPlanActions)' },
    PEI_UPDATE: { description: 'D02.02 ajuste o actualización del PEI (ingestPeiUpdates)' },
    EDUCATION_MODEL: { description: 'C02.02 modelo educativo implementado (ingestEducationModels)' },
    INSPECTION_FINDING: { description: 'F01.03 hallazgo, with its corrective/preventive actions (ingestInspectionFindings)' },
    SCHOOL_REGIME: { description: 'F01.03 régimen de un EE no oficial (ingestSchoolRegimes)' },
    CURRICULUM_CHANGE: { description: 'D02.05 cambio del plan de estudios (ingestCurriculumChanges)' },
  },
});

export enum RetractionStatus {
  RETRACTED = 'RETRACTED',
  UNCHANGED = 'UNCHANGED',
  NOT_FOUND = 'NOT_FOUND',
  STALE = 'STALE',
  REJECTED = 'REJECTED',
}
registerEnumType(RetractionStatus, {
  name: 'RetractionStatus',
  description: 'What happened to one item of a retraction batch (lote de retiros).',
  valuesConfig: {
    RETRACTED: { description: 'Retirado: the record is now a tombstone, left out of every read, signal and need.' },
    UNCHANGED: { description: 'Already retracted: nothing written (sin cambios).' },
    NOT_FOUND: { description: 'No record of this kind with this external id in the secretariat (code NOT_FOUND).' },
    STALE: { description: 'The stored version is newer than the retraction’s source timestamp (code STALE): nothing written.' },
    REJECTED: { description: 'Refused (rechazado): see code and field (BAD_USER_INPUT, CONFLICT for the same id twice).' },
  },
});

@InputType({ description: 'One record to withdraw (retiro), by its id in the source system.' })
export class RetractionItemInput {
  @Field({ description: "The record's id in the source system (identificador externo), as sent or defaulted when ingested." })
  externalId: string;

  @Field({ description: 'Why the source withdraws it (motivo del retiro), kept on the tombstone.' })
  reason: string;

  @Field(() => GraphQLISODateTime, {
    description: "The source's timestamp (version) of the withdrawal: older than the stored version is STALE; a later version newer than this revives the record.",
  })
  sourceTimestamp: Date;
}

@InputType({ description: 'A batch of retractions (lote de retiros) of one kind of record.' })
export class RetractionBatchInput {
  @Field(() => InputKind, { description: 'Kind of record withdrawn; the caller needs the scope ingest:<its source>.' })
  kind: InputKind;

  @Field(() => String, { nullable: true, description: SECRETARIAT_DESCRIPTION })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field(() => [RetractionItemInput], { description: 'Items: one record each.' })
  items: RetractionItemInput[];
}

@ObjectType({ description: 'Result of one item of a retraction batch.' })
export class RetractionItemResult {
  @Field(() => Int, { description: 'Position of the item in `items` (0-based).' })
  index: number;

  @Field(() => String, { nullable: true, description: 'External id, when it could be read.' })
  externalId: string | null;

  @Field(() => RetractionStatus, { description: 'Retracted, unchanged, not found, stale or rejected.' })
  status: RetractionStatus;

  @Field(() => String, { nullable: true, description: 'Id of the record in the hub (retracted, unchanged or stale).' })
  id: string | null;

  @Field(() => String, { nullable: true, description: 'Error code when not retracted: NOT_FOUND, STALE, BAD_USER_INPUT, CONFLICT.' })
  code: string | null;

  @Field(() => String, { nullable: true, description: 'Field at fault, as a path from the argument, e.g. input.items.3.reason.' })
  field: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was not retracted.' })
  message: string | null;
}

@ObjectType({ description: 'Outcome of a retraction batch (lote de retiros) from a source subprocess.' })
export class RetractionResult {
  @Field({ description: 'Source subprocess code, e.g. F01.03.' })
  source: string;

  @Field(() => InputKind, { description: 'Kind of record.' })
  kind: InputKind;

  @Field({ description: 'Secretariat (Secretaría de Educación).' })
  secretariatCode: string;

  @Field(() => Int, { description: 'Items received.' })
  received: number;

  @Field(() => Int, { description: 'Records retracted now.' })
  retracted: number;

  @Field(() => Int, { description: 'Records already retracted.' })
  unchanged: number;

  @Field(() => Int, { description: 'Items refused: not found, stale or rejected.' })
  rejected: number;

  @Field(() => [RetractionItemResult], { description: 'One result per item, in the order sent.' })
  items: RetractionItemResult[];
}

interface StoredRow {
  id: string;
  external_id: string;
  school: string | null;
  grp: string;
  source_timestamp: Date;
  retracted_at: Date | null;
}

export async function retractInputs(ctx: Context, input: RetractionBatchInput): Promise<RetractionResult> {
  const caller = callerOf(ctx);
  const kind = INPUT_KINDS[input.kind];
  // The mutation admits every ingest:<code> scope; a sibling system retracts only its own source's records.
  if (caller.role === Role.SUBPROCESS && !hasScope(caller, `ingest:${kind.source}`)) {
    throw forbidden(`Retracting ${input.kind} records requires the scope ingest:${kind.source}`);
  }
  const items = input.items ?? [];
  assertBatchSize(ctx, items.length);
  const secretariat = await targetSecretariat(ctx, input.secretariat);
  const client = caller.client ?? caller.subject;

  const results: RetractionItemResult[] = new Array(items.length);
  const valid: { index: number; externalId: string; reason: string; ts: Date }[] = [];
  const seen = new Map<string, number>();
  const refuse = (index: number, externalId: string | null, r: Rejection) => {
    results[index] = { index, externalId, status: RetractionStatus.REJECTED, id: null, code: r.code, field: r.field, message: r.message };
  };
  items.forEach((item, index) => {
    const path = `input.items.${index}`;
    const bad: { field: string; message: string }[] = [];
    normalizeDeep(item, path, bad);
    if (bad.length > 0) return refuse(index, null, { rejected: true, code: ErrorCode.BAD_USER_INPUT, ...bad[0] });
    const externalId = text(item.externalId, `${path}.externalId`, 200);
    if (isRejection(externalId)) return refuse(index, null, externalId);
    const reason = text(item.reason, `${path}.reason`, 2000);
    if (isRejection(reason)) return refuse(index, externalId, reason);
    const ts = timestampOf(item, path);
    if (isRejection(ts)) return refuse(index, externalId, ts);
    const first = seen.get(externalId as string);
    if (first !== undefined) {
      return refuse(index, externalId, {
        rejected: true,
        code: ErrorCode.CONFLICT,
        field: `${path}.externalId`,
        message: `Same record (${externalId}) as input.items.${first} in this batch`,
      });
    }
    seen.set(externalId as string, index);
    valid.push({ index, externalId: externalId as string, reason: reason as string, ts });
  });

  await unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    if (valid.length === 0) return;
    // Locked, so a concurrent write or retraction of the same record waits and the stale check holds.
    const rows: StoredRow[] = await tx.query(
      `SELECT t.id, t.external_id, ${kind.school ? 't.school_dane' : 'NULL'} AS school, ${kind.groupSql} AS grp,
              t.source_timestamp, t.retracted_at
         FROM ${kind.table} t WHERE t.secretariat_code = $1 AND t.external_id = ANY($2::text[]) ORDER BY t.id FOR UPDATE`,
      [secretariat, valid.map((v) => v.externalId)],
    );
    // Records stored twice under one external id (a key change before issue 13) are withdrawn together.
    const byExternalId = new Map<string, StoredRow[]>();
    for (const r of rows) byExternalId.set(r.external_id, [...(byExternalId.get(r.external_id) ?? []), r]);
    const toRetract: { id: string; reason: string; ts: Date; row: StoredRow }[] = [];
    for (const v of valid) {
      const found = byExternalId.get(v.externalId) ?? [];
      const path = `input.items.${v.index}`;
      if (found.length === 0) {
        results[v.index] = {
          index: v.index,
          externalId: v.externalId,
          status: RetractionStatus.NOT_FOUND,
          id: null,
          code: ErrorCode.NOT_FOUND,
          field: `${path}.externalId`,
          message: `No ${input.kind} record with external id ${v.externalId} in secretariat ${secretariat}`,
        };
        continue;
      }
      const newer = found.find((r) => r.source_timestamp.getTime() > v.ts.getTime());
      if (newer) {
        results[v.index] = {
          index: v.index,
          externalId: v.externalId,
          status: RetractionStatus.STALE,
          id: newer.id,
          code: ErrorCode.STALE,
          field: `${path}.sourceTimestamp`,
          message: `Stale: the stored version is from ${newer.source_timestamp.toISOString()}, newer than the retraction (${v.ts.toISOString()})`,
        };
        continue;
      }
      const live = found.filter((r) => r.retracted_at === null);
      results[v.index] = {
        index: v.index,
        externalId: v.externalId,
        status: live.length === 0 ? RetractionStatus.UNCHANGED : RetractionStatus.RETRACTED,
        id: found[0].id,
        code: null,
        field: null,
        message: null,
      };
      for (const row of live) toRetract.push({ id: row.id, reason: v.reason, ts: v.ts, row });
    }
    if (toRetract.length === 0) return;
    await tx.query(
      `UPDATE ${kind.table} t SET retracted_at = now(), retracted_by = $2, retraction_reason = r.reason, retraction_source_timestamp = r.ts
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, reason text, ts timestamptz)
        WHERE t.id = r.id AND t.retracted_at IS NULL`,
      [JSON.stringify(toRetract.map((x) => ({ id: x.id, reason: x.reason, ts: x.ts }))), client],
    );
    const groups = new Map<string, { school: string | null; externalIds: string[]; ids: string[]; reasons: Record<string, string> }>();
    for (const x of toRetract) {
      let g = groups.get(x.row.grp);
      if (!g) groups.set(x.row.grp, (g = { school: x.row.school, externalIds: [], ids: [], reasons: {} }));
      g.externalIds.push(x.row.external_id);
      g.ids.push(x.id);
      g.reasons[x.row.external_id] = x.reason;
    }
    const changes: Change[] = [...groups].map(([grp, g]) => ({
      operation: 'retractInputs',
      entity: kind.entity,
      entityId: grp,
      secretariat,
      school: g.school,
      change: { source: kind.source, retracted: g.externalIds, reasons: g.reasons },
      event: {
        type: EventType.INPUT_RETRACTED,
        payload: { source: kind.source, daneCode: g.school, group: grp, retracted: g.ids.length, externalIds: g.externalIds, ids: g.ids },
      },
    }));
    await uow.recordMany(changes);
  });

  const count = (s: RetractionStatus) => results.reduce((n, r) => n + (r.status === s ? 1 : 0), 0);
  return {
    source: kind.source,
    kind: input.kind,
    secretariatCode: secretariat,
    received: items.length,
    retracted: count(RetractionStatus.RETRACTED),
    unchanged: count(RetractionStatus.UNCHANGED),
    rejected: items.length - count(RetractionStatus.RETRACTED) - count(RetractionStatus.UNCHANGED),
    items: results,
  };
}
