import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../context';
import { CurriculumChange } from '../modules/inputs/school-changes.entity';
import { externalIdOf, ingestBatch, isRejection, isValidDate, joinKey, reject, schoolFor, text, timestampOf, type SourceSpec } from './batch';
import { EXTERNAL_ID_DESCRIPTION, InboundArgs, SECRETARIAT_DESCRIPTION, SOURCE_TIMESTAMP_DESCRIPTION } from './common-inputs';
import { listInbound } from './read';

/** D02.05 proyectos transversales: changes to a school's curriculum (plan de estudios). */

@InputType({ description: 'A change to a school’s curriculum (plan de estudios), from D02.05.' })
export class CurriculumChangeItemInput {
  @Field({ description: EXTERNAL_ID_DESCRIPTION })
  externalId: string;

  @Field({ description: 'DANE code of the school.' })
  daneCode: string;

  @Field({ description: 'Date of the change, YYYY-MM-DD.' })
  date: string;

  @Field({ description: 'Summary (resumen del cambio).' })
  summary: string;

  @Field(() => [String], { nullable: true, description: 'Areas or subjects affected (áreas).' })
  areas?: string[] | null;

  @Field(() => GraphQLISODateTime, { description: SOURCE_TIMESTAMP_DESCRIPTION })
  sourceTimestamp: Date;
}

@InputType({ description: 'A batch of curriculum changes (D02.05).' })
export class CurriculumChangeBatchInput {
  @Field(() => String, { nullable: true, description: SECRETARIAT_DESCRIPTION })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field(() => [CurriculumChangeItemInput], { description: 'Items.' })
  items: CurriculumChangeItemInput[];
}

export const curriculumSpec: SourceSpec<CurriculumChangeItemInput> = {
  source: 'D02.05',
  entity: 'CurriculumChange',
  operation: 'ingestCurriculumChanges',
  table: 'curriculum_change',
  keyColumns: ['secretariat_code', 'external_id'],
  columns: { school_dane: 'char(12)', changed_on: 'date', summary: 'text', areas: 'text[]' },
  schoolOf: (i) => i.daneCode,
  prepare(item, path, env) {
    const externalId = externalIdOf(item, path, null);
    if (isRejection(externalId)) return externalId;
    const school = schoolFor(env, item.daneCode, `${path}.daneCode`);
    if (isRejection(school)) return school;
    if (!isValidDate(item.date)) return reject(`${path}.date`, 'date must be a date YYYY-MM-DD');
    const summary = text(item.summary, `${path}.summary`, 4000);
    if (isRejection(summary)) return summary;
    const areas: string[] = [];
    for (const [i, a] of (item.areas ?? []).entries()) {
      const t = text(a, `${path}.areas.${i}`, 200);
      if (isRejection(t)) return t;
      areas.push(t as string);
    }
    const ts = timestampOf(item, path);
    if (isRejection(ts)) return ts;
    return {
      key: joinKey(env.secretariat, externalId),
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: { school_dane: school.daneCode, changed_on: item.date, summary, areas },
    };
  },
};

export const ingestCurriculumChanges = (ctx: Context, input: CurriculumChangeBatchInput) => ingestBatch(ctx, curriculumSpec, input);

export function listCurriculumChanges(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(CurriculumChange).createQueryBuilder('x'), 'x', args);
}
