import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { externalIdOf, isRejection, isValidDate, joinKey, reject, schoolFor, timestampOf, type Rejection } from './validation';
import { type BatchEnv, type Prepared, type SchoolInfo } from './source-spec';
import { EXTERNAL_ID_DESCRIPTION, SOURCE_TIMESTAMP_DESCRIPTION } from './common-inputs';

/**
 * School events: something that happened at one school on one date, reported by a source that keys it by its own
 * external id within the secretariat (PEI D02.02, education models C02.02, curriculum D02.05, control findings F01.03).
 */

export interface SchoolEventItem {
  externalId: string;
  daneCode: string;
  date: string;
  sourceTimestamp: Date;
}

/**
 * The fields every school event item carries. Concrete types are declared as
 * `@InputType({ description }) class PeiUpdateItemInput extends SchoolEventItemInput('Date of …') { … }`.
 */
export function SchoolEventItemInput(dateDescription: string, externalIdDescription = EXTERNAL_ID_DESCRIPTION) {
  @InputType()
  abstract class SchoolEventItemClass implements SchoolEventItem {
    @Field({ description: externalIdDescription })
    externalId: string;

    @Field({ description: 'DANE code of the school.' })
    daneCode: string;

    @Field({ description: dateDescription })
    date: string;

    @Field(() => GraphQLISODateTime, { description: SOURCE_TIMESTAMP_DESCRIPTION })
    sourceTimestamp: Date;
  }
  return SchoolEventItemClass;
}

/** The part of a SourceSpec every school event shares: keyed by external id within the secretariat, one school per item. */
export const schoolEventSpec = {
  keyColumns: ['secretariat_code', 'external_id'],
  schoolOf: (item: SchoolEventItem) => item.daneCode,
};

/** The record a source builds from a school event once the common fields are valid. */
export interface SchoolEventRecord<C> {
  /** All columns, school_dane and the date included (their order is part of the content hash: keep it stable). */
  row: Record<string, unknown>;
  children?: C;
}

/**
 * Validates a school event: external id, school (of the batch's secretariat) and date first, then the source's own
 * fields in `build`, then the source timestamp; the first fault found is the item's rejection.
 */
export function prepareSchoolEvent<C = never>(
  item: SchoolEventItem,
  path: string,
  env: BatchEnv,
  build: (school: SchoolInfo) => SchoolEventRecord<C> | Rejection,
): Prepared<C> | Rejection {
  const externalId = externalIdOf(item, path, null);
  if (isRejection(externalId)) return externalId;
  const school = schoolFor(env, item.daneCode, `${path}.daneCode`);
  if (isRejection(school)) return school;
  if (!isValidDate(item.date)) return reject(`${path}.date`, 'date must be a date YYYY-MM-DD');
  const record = build(school);
  if (isRejection(record)) return record;
  const ts = timestampOf(item, path);
  if (isRejection(ts)) return ts;
  return {
    key: joinKey(env.secretariat, externalId),
    externalId,
    school: school.daneCode,
    sourceTimestamp: ts,
    row: record.row,
    children: record.children,
  };
}
