import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { externalIdOf, isValidDate, joinKey, schoolFor, timestampOf, type Problems } from './validation';
import { type BatchEnv, type Prepared } from './source-spec';
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
  /**
   * All columns, school_dane (the item's daneCode, which names the school once it is found) and the date included (their
   * order is part of the content hash: keep it stable).
   */
  row: Record<string, unknown>;
  children?: C;
}

/**
 * Validates a school event: external id, school (of the batch's secretariat) and date, then the source's own fields in
 * `build` (which records its problems in `problems` and returns the record only when its own fields are valid), then
 * the source timestamp. None of these needs another to pass, so a rejected event lists every one at fault.
 */
export function prepareSchoolEvent<C = never>(
  item: SchoolEventItem,
  path: string,
  env: BatchEnv,
  problems: Problems,
  build: () => SchoolEventRecord<C> | undefined,
): Prepared<C> | undefined {
  const externalId = problems.take(externalIdOf(item, path, null));
  const school = problems.take(schoolFor(env, item.daneCode, `${path}.daneCode`));
  if (!isValidDate(item.date)) problems.fail(`${path}.date`, 'date must be a date YYYY-MM-DD');
  const record = build();
  const ts = problems.take(timestampOf(item, path));
  if (problems.count > 0 || externalId === undefined || !school || !record || !ts) return undefined;
  return {
    key: joinKey(env.secretariat, externalId),
    externalId,
    school: school.daneCode,
    sourceTimestamp: ts,
    row: record.row,
    children: record.children,
  };
}
