import { ArgsType, Field, GraphQLISODateTime, InputType, type ClassType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { DANE_CODE_PATTERN } from '../common/dane';
import { PageArgs } from '../common/pagination';
import { PERIOD_PATTERN } from '../common/period';
import { type BatchInput, type ItemProvenance } from './source-spec';

/** Fields every inbound item carries for provenance and the stale check. */
export const EXTERNAL_ID_DESCRIPTION = "The record's id in the source system (identificador externo).";
export const SOURCE_TIMESTAMP_DESCRIPTION =
  "The source's timestamp (or version) of this record. An item older than the stored record is rejected as STALE.";
export const SECRETARIAT_DESCRIPTION =
  'Secretariat code (Secretaría de Educación). Required for administrators; others load into their own.';

/**
 * Generic inbound batch (lote): the target secretariat and the items of one source. Concrete types are declared as
 * `@InputType({ description }) class PeiUpdateBatchInput extends BatchInputType(PeiUpdateItemInput) {}`.
 */
export function BatchInputType<T extends object>(itemType: ClassType<T>, itemsDescription = 'Items.') {
  @InputType()
  abstract class BatchInputClass implements BatchInput<T> {
    @Field(() => String, { nullable: true, description: SECRETARIAT_DESCRIPTION })
    @IsOptional()
    @Length(2, 16)
    secretariat?: string | null;

    @Field(() => [itemType], { description: itemsDescription })
    items: T[];
  }
  return BatchInputClass;
}

/**
 * Provenance fields of an item keyed by its natural key (school and year, period and code…): the external id is
 * optional and defaults to `defaultExternalId`, described for clients, e.g. 'DANE:year'.
 */
export function NaturalKeyItemInput(defaultExternalId: string) {
  @InputType()
  abstract class NaturalKeyItemClass implements ItemProvenance {
    @Field(() => String, { nullable: true, description: `${EXTERNAL_ID_DESCRIPTION} Default: ${defaultExternalId}.` })
    externalId?: string | null;

    @Field(() => GraphQLISODateTime, { description: SOURCE_TIMESTAMP_DESCRIPTION })
    sourceTimestamp: Date;
  }
  return NaturalKeyItemClass;
}

/** Filters common to the queries that read what arrived. */
@ArgsType()
export class InboundArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Secretariat code (Ministry and administrators; others see their own).' })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this school (código DANE).' })
  @IsOptional()
  @Matches(DANE_CODE_PATTERN, { message: 'daneCode must be exactly 12 digits (código DANE)' })
  daneCode?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only records received at or after this time.' })
  @IsOptional()
  receivedSince?: Date | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also list retracted records (tombstones: registros retirados), for audits. Without it they are left out.',
  })
  includeRetracted: boolean = false;

  @Field(() => String, {
    nullable: true,
    description:
      'Change feed (registro de cambios): only records written or retracted after this position, retracted ones included, in change order. "0" is the beginning; pass the `changeCursor` of the last record received to poll for what changed since. See docs/inbound.md#change-feed.',
  })
  @IsOptional()
  @Length(1, 60)
  changedSince?: string | null;
}

@ArgsType()
export class InboundYearArgs extends InboundArgs {
  @Field(() => String, { nullable: true, description: 'Only this year (año), e.g. 2026.' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'year must be a year such as 2026' })
  year?: string | null;
}
