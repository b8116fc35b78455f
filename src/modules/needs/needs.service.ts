import { randomUUID } from 'node:crypto';
import type { Context } from '../../context';
import { SupportNeed } from './support-need.entity';
import { NeedSource, NeedStatus } from './need.enums';
import type { AddSupportNeedInput, NeedsArgs, UpdateSupportNeedInput } from './need.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { keysetPageBy } from '../../common/pagination';
import { scopeOf } from '../../common/scope';
import { invalidState, notFound } from '../../common/errors';
import { assertNoViolations, hasViolation, takeDeferredViolations } from '../../common/validation';
import { schoolLoader } from '../schools/school.loaders';
import { EventType } from '../../events/catalogue';
import { settingsFor } from '../settings/settings.service';
import { SIGNALS_SQL, signalParams } from '../analysis/signals';
import { NEED_DESCRIPTION_SQL } from './need.rules';

export async function listNeeds(ctx: Context, args: NeedsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = ctx.runtime.db.getRepository(SupportNeed).createQueryBuilder('n').where('n.period = :period', { period: args.period });
  scope.apply(qb, 'n.secretariat_code', 'n.school_dane');
  if (args.school) qb.andWhere('n.school_dane = :school', { school: args.school });
  if (args.status) qb.andWhere('n.status = :status', { status: args.status });
  if (args.area) qb.andWhere('n.area = :area', { area: args.area });
  if (args.source) qb.andWhere('n.source = :source', { source: args.source });
  if (args.rule) qb.andWhere('n.rule = :rule', { rule: args.rule });
  // Documented order: by school (DANE code), then id.
  return keysetPageBy(qb, [{ column: 'n.school_dane', of: (n) => n.schoolDane, kind: 'dane' }, { column: 'n.id', of: (n) => n.id, kind: 'uuid' }], args);
}

/** A staff need for a school of the caller's secretariat; every problem at once (the input's own and the school's). */
export async function addNeed(ctx: Context, input: AddSupportNeedInput): Promise<SupportNeed> {
  const secretariat = scopeOf(ctx).writeTo();
  const found = takeDeferredViolations(input);
  if (!hasViolation(found, 'input.daneCode')) {
    const school = await schoolLoader(ctx).load(input.daneCode);
    if (!school || school.secretariatCode !== secretariat) found.push({ field: 'input.daneCode', message: `No school ${input.daneCode} in secretariat ${secretariat}` });
  }
  assertNoViolations(found);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const need = await tx.save(
      tx.create(SupportNeed, {
        secretariatCode: secretariat,
        period: input.period,
        schoolDane: input.daneCode,
        area: input.area ?? null,
        source: NeedSource.MANUAL,
        rule: null,
        supportRequestId: null,
        needKey: `MANUAL:${randomUUID()}`,
        description: input.description,
        evidence: [],
        priority: input.priority,
        status: NeedStatus.OPEN,
      }),
    );
    await uow.record({
      operation: 'addSupportNeed',
      entity: 'SupportNeed',
      entityId: need.id,
      secretariat,
      change: diff(null, { ...input }),
    });
    return need;
  });
}

async function changeNeed(ctx: Context, id: string, operation: string, apply: (n: SupportNeed) => void) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const need = await tx.findOne(SupportNeed, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!need || !scopeOf(ctx).canSee(need.secretariatCode)) throw notFound('SupportNeed', id);
    const before = { ...need };
    apply(need);
    const saved = await tx.save(need);
    await uow.record({
      operation,
      entity: 'SupportNeed',
      entityId: id,
      secretariat: need.secretariatCode,
      change: diff(before, { description: saved.description, priority: saved.priority, area: saved.area, status: saved.status, dismissReason: saved.dismissReason }),
    });
    return saved;
  });
}

export const updateNeed = (ctx: Context, id: string, input: UpdateSupportNeedInput) =>
  changeNeed(ctx, id, 'updateSupportNeed', (n) => {
    if (input.description != null) n.description = input.description;
    if (input.priority != null) n.priority = input.priority;
    if (input.area != null) n.area = input.area;
  });

export const dismissNeed = (ctx: Context, id: string, reason: string) =>
  changeNeed(ctx, id, 'dismissSupportNeed', (n) => {
    if (n.status === NeedStatus.DISMISSED) throw invalidState('The need is already dismissed');
    n.status = NeedStatus.DISMISSED;
    n.dismissReason = reason;
  });

export interface IdentifyNeedsOutcome {
  period: string;
  created: number;
  confirmed: number;
  reopened: number;
  resolved: number;
  open: number;
}

/**
 * Activity 2 (identificar necesidades): turns the signals of activity 1 and the open support requests into needs,
 * in a fixed number of set-based statements whatever the number of schools. The rules and the text of each need are
 * in the catalogue (need.rules.ts).
 * Idempotent: a need is keyed by rule + school + area (or REQUEST:<id>); a re-run refreshes its evidence, reopens it
 * if it had been resolved, keeps staff edits (priority) and dismissals, and marks RESOLVED — never deletes — the
 * needs whose signal disappeared.
 */
export async function identifyNeeds(ctx: Context, period: string): Promise<IdentifyNeedsOutcome> {
  const secretariat = scopeOf(ctx).writeTo();
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const settings = await settingsFor(tx, secretariat);
    const params = signalParams(settings, period, null);
    const [counts] = await tx.query(
      `WITH signals AS (${SIGNALS_SQL}),
       grouped AS (
         SELECT rule, school_dane, area, count(*)::int AS items, min(severity) AS severity,
                jsonb_agg(evidence ORDER BY evidence->>'value') AS evidence
           FROM signals GROUP BY rule, school_dane, area
       ),
       candidates AS (
         SELECT 'ANALYSIS' AS source, g.rule, g.school_dane, g.area, NULL::uuid AS request_id,
                g.rule || ':' || g.school_dane || ':' || coalesce(g.area, '-') AS need_key,
                ${NEED_DESCRIPTION_SQL} AS description, g.evidence,
                CASE g.severity WHEN 1 THEN 'HIGH' WHEN 2 THEN 'MEDIUM' ELSE 'LOW' END AS priority
           FROM grouped g
         UNION ALL
         SELECT 'REQUEST', NULL, r.school_dane, r.area, r.id, 'REQUEST:' || r.id,
                'Support request: ' || r.subject,
                jsonb_build_array(jsonb_build_object('source', 'REQUEST', 'record', 'SupportRequest', 'recordId', r.id,
                  'value', r.status, 'date', to_char(r.created_at, 'YYYY-MM-DD'), 'description', r.description)),
                'MEDIUM'
           FROM support_request r JOIN school s ON s.dane_code = r.school_dane AND s.active
          WHERE r.secretariat_code = $1 AND r.status IN ('OPEN', 'IN_PROGRESS')
            AND r.created_at < make_date($2::int + 1, 1, 1)
       ),
       upserted AS (
         INSERT INTO support_need AS n (secretariat_code, period, school_dane, area, source, rule, support_request_id,
                                        need_key, description, evidence, priority, status)
         SELECT $1, $2, school_dane, area, source, rule, request_id, need_key, description, evidence, priority, 'OPEN'
           FROM candidates
         ON CONFLICT (secretariat_code, period, need_key) DO UPDATE SET
           evidence = EXCLUDED.evidence,
           description = EXCLUDED.description,
           status = CASE WHEN n.status = 'RESOLVED' THEN 'OPEN' ELSE n.status END,
           resolved_at = CASE WHEN n.status = 'RESOLVED' THEN NULL ELSE n.resolved_at END,
           resolution_reason = CASE WHEN n.status = 'RESOLVED' THEN NULL ELSE n.resolution_reason END,
           last_identified_at = now(),
           updated_at = CASE WHEN n.status = 'RESOLVED' OR n.evidence <> EXCLUDED.evidence THEN now() ELSE n.updated_at END
         RETURNING n.need_key, (xmax = 0) AS inserted, n.status
       ),
       previous AS (
         SELECT need_key, status FROM support_need WHERE secretariat_code = $1 AND period = $2
       ),
       resolved AS (
         -- A need whose evidence the source withdrew (retracted_input_record, see the Retractions migration) resolves
         -- with reason EVIDENCE_RETRACTED, and each withdrawn piece of its evidence says so.
         UPDATE support_need n SET status = 'RESOLVED', resolved_at = now(), updated_at = now(),
                resolution_reason = CASE WHEN x.retracted THEN 'EVIDENCE_RETRACTED' ELSE 'SIGNAL_GONE' END,
                evidence = x.evidence
           FROM (SELECT m.id,
                        bool_or(r.id IS NOT NULL) AS retracted,
                        coalesce(jsonb_agg(CASE WHEN r.id IS NULL THEN ev.e
                                                ELSE ev.e || jsonb_build_object('retracted', true, 'retractionReason', r.retraction_reason) END
                                           ORDER BY ev.ord) FILTER (WHERE ev.e IS NOT NULL), '[]'::jsonb) AS evidence
                   FROM support_need m
                   LEFT JOIN LATERAL jsonb_array_elements(m.evidence) WITH ORDINALITY AS ev(e, ord) ON true
                   LEFT JOIN retracted_input_record r
                          ON r.secretariat_code = m.secretariat_code AND r.record = ev.e->>'record' AND r.id::text = ev.e->>'recordId'
                  WHERE m.secretariat_code = $1 AND m.period = $2 AND m.source IN ('ANALYSIS', 'REQUEST') AND m.status = 'OPEN'
                    AND m.need_key NOT IN (SELECT need_key FROM candidates)
                  GROUP BY m.id) x
          WHERE n.id = x.id
         RETURNING n.need_key
       )
       SELECT (SELECT count(*) FROM upserted WHERE inserted)::int AS created,
              (SELECT count(*) FROM upserted u JOIN previous p USING (need_key) WHERE NOT u.inserted AND p.status = 'OPEN')::int AS confirmed,
              (SELECT count(*) FROM upserted u JOIN previous p USING (need_key) WHERE p.status = 'RESOLVED')::int AS reopened,
              (SELECT count(*) FROM resolved)::int AS resolved`,
      params,
    );
    const [{ open }] = await tx.query(
      `SELECT count(*)::int AS open FROM support_need WHERE secretariat_code = $1 AND period = $2 AND status = 'OPEN'`,
      [secretariat, period],
    );
    const outcome: IdentifyNeedsOutcome = { period, ...counts, open };
    await uow.record({
      operation: 'identifyNeeds',
      entity: 'SupportNeed',
      entityId: `${secretariat}:${period}`,
      secretariat,
      change: { ...outcome },
      event: { type: EventType.NEEDS_IDENTIFIED, payload: { ...outcome } },
    });
    return outcome;
  });
}
