import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../context';
import { callerOf } from '../context';
import { hasScope } from '../common/auth/caller';
import { Role } from '../common/auth/roles';
import { ErrorCode, forbidden } from '../common/errors';
import { InputKind } from '../modules/inputs/inputs.enums';
import { RetractionStatus, type RetractionItemResult, type RetractionResult } from '../modules/inputs/retraction-result';
import { INPUT_KINDS, retractStored, type RetractionItem } from '../modules/inputs/retraction.store';
import { assertBatchSize, targetSecretariat, type BatchOptions } from './batch';
import { Problems, screenItem, text, timestampOf, type Rejection } from './validation';
import { SECRETARIAT_DESCRIPTION } from './common-inputs';

/**
 * Retractions (retiros, issue 13): a source subprocess withdraws records it sent, by external id. The record stays as a
 * tombstone (who, when, why, and the source's version of the withdrawal) in `<table>_all`; the `<table>` view every
 * reader uses leaves it out, so signals, needs, alignment and reports stop counting it. A later version with a newer
 * source timestamp brings it back (src/modules/inputs/inbound-store.ts). This file maps and validates the items; the
 * writes — one transaction for the valid items, one audit row and one `input.retracted` event per (source, school),
 * per PAM period for D02.01 — are the inputs module's (src/modules/inputs/retraction.store.ts).
 */

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

/** `options.problems`: problems found before the batch, per item (the import CLI's unreadable cells), as in ingestBatch. */
export async function retractInputs(ctx: Context, input: RetractionBatchInput, options: BatchOptions = {}): Promise<RetractionResult> {
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
  const valid: RetractionItem[] = [];
  const seen = new Map<string, number>();
  const refuse = (index: number, externalId: string | null, violations: Rejection[]) => {
    const [r] = violations;
    results[index] = {
      index,
      externalId,
      status: RetractionStatus.REJECTED,
      id: null,
      code: r.code,
      field: r.field,
      message: r.message,
      violations: violations.map(({ code, field, message }) => ({ code, field, message })),
    };
  };
  // One collector for the batch, cleared per item (src/inbound/validation.ts): every problem of an item at once.
  const problems = new Problems();
  items.forEach((item, index) => {
    const path = `input.items.${index}`;
    problems.beginItem(path, options.problems?.[index], screenItem(item, path));
    const externalId = problems.take(text(item.externalId, `${path}.externalId`, 200));
    const reason = problems.take(text(item.reason, `${path}.reason`, 2000));
    // Only a newer version revives a tombstone: a withdrawal dated in the future would keep the record down for good.
    const ts = problems.take(timestampOf(item, path, 'a retraction is dated when the source withdrew the record'));
    if (problems.count > 0 || !externalId || !reason || !ts) return refuse(index, externalId ?? null, problems.distinct());
    const first = seen.get(externalId);
    if (first !== undefined) {
      results[index] = {
        index,
        externalId,
        status: RetractionStatus.REJECTED,
        id: null,
        code: ErrorCode.CONFLICT,
        field: `${path}.externalId`,
        message: `Same record (${externalId}) as input.items.${first} in this batch`,
      };
      return;
    }
    seen.set(externalId, index);
    valid.push({ index, externalId, reason, ts });
  });

  await retractStored(ctx, input.kind, { secretariat, client }, valid, results);

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
