import { Field, InputType } from 'type-graphql';
import type { Context } from '../context';
import { PeiUpdate } from '../modules/inputs/school-changes.entity';
import { PeiChangeType } from '../modules/inputs/inputs.enums';
import { ingestBatch } from './batch';
import { text } from './validation';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundArgs } from './common-inputs';
import { listInbound } from './read';
import { SchoolEventItemInput, prepareSchoolEvent, schoolEventSpec } from './school-event';

/** D02.02: a school's PEI was adjusted or updated. Keyed by the source's external id within the secretariat. */

@InputType({ description: 'A PEI (Proyecto Educativo Institucional) adjusted or updated for a school (D02.02).' })
export class PeiUpdateItemInput extends SchoolEventItemInput('Date of the change (fecha de adopción), YYYY-MM-DD.') {
  @Field(() => PeiChangeType, { description: 'Adjusted or updated.' })
  changeType: PeiChangeType;

  @Field({ description: 'Summary (resumen).' })
  summary: string;
}

@InputType({ description: 'A batch of PEI changes (D02.02).' })
export class PeiUpdateBatchInput extends BatchInputType(PeiUpdateItemInput) {}

export const peiSpec: SourceSpec<PeiUpdateItemInput> = {
  ...schoolEventSpec,
  source: 'D02.02',
  entity: 'PeiUpdate',
  operation: 'ingestPeiUpdates',
  table: 'pei_update_all',
  columns: { school_dane: 'char(12)', change_type: 'varchar', changed_on: 'date', summary: 'text' },
  prepare: (item, path, env, _extra, p) =>
    prepareSchoolEvent(item, path, env, p, () => {
      const type = Object.values(PeiChangeType).includes(item.changeType) || p.fail(`${path}.changeType`, 'changeType must be ADJUSTED or UPDATED');
      const summary = p.take(text(item.summary, `${path}.summary`, 4000));
      if (!type || summary === undefined) return undefined;
      return { row: { school_dane: item.daneCode, change_type: item.changeType, changed_on: item.date, summary } };
    }),
};

export const ingestPeiUpdates = (ctx: Context, input: PeiUpdateBatchInput) => ingestBatch(ctx, peiSpec, input);

export function listPeiUpdates(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(PeiUpdate).createQueryBuilder('x'), 'x', args);
}
