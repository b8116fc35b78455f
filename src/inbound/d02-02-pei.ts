import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../context';
import { PeiUpdate } from '../modules/inputs/school-changes.entity';
import { PeiChangeType } from '../modules/inputs/inputs.enums';
import { externalIdOf, ingestBatch, isRejection, isValidDate, joinKey, reject, schoolFor, text, timestampOf, type SourceSpec } from './batch';
import { EXTERNAL_ID_DESCRIPTION, InboundArgs, SECRETARIAT_DESCRIPTION, SOURCE_TIMESTAMP_DESCRIPTION } from './common-inputs';
import { listInbound } from './read';

/** D02.02: a school's PEI was adjusted or updated. Keyed by the source's external id within the secretariat. */

@InputType({ description: 'A PEI (Proyecto Educativo Institucional) adjusted or updated for a school (D02.02).' })
export class PeiUpdateItemInput {
  @Field({ description: EXTERNAL_ID_DESCRIPTION })
  externalId: string;

  @Field({ description: 'DANE code of the school.' })
  daneCode: string;

  @Field(() => PeiChangeType, { description: 'Adjusted or updated.' })
  changeType: PeiChangeType;

  @Field({ description: 'Date of the change (fecha de adopción), YYYY-MM-DD.' })
  date: string;

  @Field({ description: 'Summary (resumen).' })
  summary: string;

  @Field(() => GraphQLISODateTime, { description: SOURCE_TIMESTAMP_DESCRIPTION })
  sourceTimestamp: Date;
}

@InputType({ description: 'A batch of PEI changes (D02.02).' })
export class PeiUpdateBatchInput {
  @Field(() => String, { nullable: true, description: SECRETARIAT_DESCRIPTION })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field(() => [PeiUpdateItemInput], { description: 'Items.' })
  items: PeiUpdateItemInput[];
}

export const peiSpec: SourceSpec<PeiUpdateItemInput> = {
  source: 'D02.02',
  entity: 'PeiUpdate',
  operation: 'ingestPeiUpdates',
  table: 'pei_update',
  keyColumns: ['secretariat_code', 'external_id'],
  columns: { school_dane: 'char(12)', change_type: 'varchar', changed_on: 'date', summary: 'text' },
  schoolOf: (i) => i.daneCode,
  prepare(item, path, env) {
    const externalId = externalIdOf(item, path, null);
    if (isRejection(externalId)) return externalId;
    const school = schoolFor(env, item.daneCode, `${path}.daneCode`);
    if (isRejection(school)) return school;
    if (!Object.values(PeiChangeType).includes(item.changeType)) return reject(`${path}.changeType`, 'changeType must be ADJUSTED or UPDATED');
    if (!isValidDate(item.date)) return reject(`${path}.date`, 'date must be a date YYYY-MM-DD');
    const summary = text(item.summary, `${path}.summary`, 4000);
    if (isRejection(summary)) return summary;
    const ts = timestampOf(item, path);
    if (isRejection(ts)) return ts;
    return {
      key: joinKey(env.secretariat, externalId),
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: { school_dane: school.daneCode, change_type: item.changeType, changed_on: item.date, summary },
    };
  },
};

export const ingestPeiUpdates = (ctx: Context, input: PeiUpdateBatchInput) => ingestBatch(ctx, peiSpec, input);

export function listPeiUpdates(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(PeiUpdate).createQueryBuilder('x'), 'x', args);
}
