import { Field, InputType } from 'type-graphql';
import type { Context } from '../context';
import { CurriculumChange } from '../modules/inputs/school-changes.entity';
import { ingestBatch } from './batch';
import { text } from './validation';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundArgs } from './common-inputs';
import { listInbound } from './read';
import { SchoolEventItemInput, prepareSchoolEvent, schoolEventSpec } from './school-event';

/** D02.05 proyectos transversales: changes to a school's curriculum (plan de estudios). */

@InputType({ description: 'A change to a school’s curriculum (plan de estudios), from D02.05.' })
export class CurriculumChangeItemInput extends SchoolEventItemInput('Date of the change, YYYY-MM-DD.') {
  @Field({ description: 'Summary (resumen del cambio).' })
  summary: string;

  @Field(() => [String], { nullable: true, description: 'Areas or subjects affected (áreas).' })
  areas?: string[] | null;
}

@InputType({ description: 'A batch of curriculum changes (D02.05).' })
export class CurriculumChangeBatchInput extends BatchInputType(CurriculumChangeItemInput) {}

export const curriculumSpec: SourceSpec<CurriculumChangeItemInput> = {
  ...schoolEventSpec,
  source: 'D02.05',
  entity: 'CurriculumChange',
  operation: 'ingestCurriculumChanges',
  table: 'curriculum_change_all',
  columns: { school_dane: 'char(12)', changed_on: 'date', summary: 'text', areas: 'text[]' },
  prepare: (item, path, env, _extra, p) =>
    prepareSchoolEvent(item, path, env, p, () => {
      const before = p.count;
      const summary = p.take(text(item.summary, `${path}.summary`, 4000));
      const areas: string[] = [];
      for (const [i, a] of (item.areas ?? []).entries()) {
        const t = p.take(text(a, `${path}.areas.${i}`, 200));
        if (t) areas.push(t);
      }
      if (p.count > before || summary === undefined) return undefined;
      return { row: { school_dane: item.daneCode, changed_on: item.date, summary, areas } };
    }),
};

export const ingestCurriculumChanges = (ctx: Context, input: CurriculumChangeBatchInput) => ingestBatch(ctx, curriculumSpec, input);

export function listCurriculumChanges(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(CurriculumChange).createQueryBuilder('x'), 'x', args);
}
