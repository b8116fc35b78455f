import type { Context } from '../../context';
import { ErrorCode } from '../../common/errors';
import { unitOfWork, type Change } from '../../common/unit-of-work';
import { EventType } from '../../events/catalogue';
import { InputKind } from './inputs.enums';
import { RetractionStatus, type RetractionItemResult } from './retraction-result';

/**
 * The writes of retractions (retiros, issue 13), owned by the inputs module: valid items (already checked by
 * src/inbound/retraction.ts) are matched by external id in the secretariat, locked, judged (NOT_FOUND, STALE,
 * UNCHANGED) and turned into tombstones in one transaction, with one audit row and one `input.retracted` event per
 * (source, school) — per PAM period for D02.01.
 */

export interface KindSpec {
  source: string;
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

interface StoredRow {
  id: string;
  external_id: string;
  school: string | null;
  grp: string;
  source_timestamp: Date;
  retracted_at: Date | null;
}

/** A valid retraction item: its position in the batch, the record's external id, the reason and the source's version. */
export interface RetractionItem {
  index: number;
  externalId: string;
  reason: string;
  ts: Date;
}

/** Retracts the valid items and sets their results; the other results are left as they are. */
export async function retractStored(
  ctx: Context,
  kindName: InputKind,
  env: { secretariat: string; client: string },
  valid: RetractionItem[],
  results: RetractionItemResult[],
): Promise<void> {
  const kind = INPUT_KINDS[kindName];
  const { secretariat, client } = env;
  if (valid.length === 0) return;
  await unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
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
          message: `No ${kindName} record with external id ${v.externalId} in secretariat ${secretariat}`,
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
}
