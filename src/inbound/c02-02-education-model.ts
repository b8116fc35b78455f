import { Field, InputType } from 'type-graphql';
import type { Context } from '../context';
import { EducationModelAdoption } from '../modules/inputs/school-changes.entity';
import { ingestBatch } from './batch';
import { text } from './validation';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundArgs } from './common-inputs';
import { listInbound } from './read';
import { SchoolEventItemInput, prepareSchoolEvent, schoolEventSpec } from './school-event';

/** C02.02 acceso y permanencia: a school implements a new education model; its PMI must be modified. */

@InputType({ description: 'A new education model (modelo educativo) implemented in a school (C02.02).' })
export class EducationModelItemInput extends SchoolEventItemInput('Date it was implemented, YYYY-MM-DD.') {
  @Field({ description: 'Model name, e.g. Escuela Nueva, Aceleración del Aprendizaje, Post-primaria.' })
  modelName: string;

  @Field(() => String, { nullable: true, description: 'Notes (observaciones).' })
  notes?: string | null;
}

@InputType({ description: 'A batch of education model implementations (C02.02).' })
export class EducationModelBatchInput extends BatchInputType(EducationModelItemInput) {}

export const educationModelSpec: SourceSpec<EducationModelItemInput> = {
  ...schoolEventSpec,
  source: 'C02.02',
  entity: 'EducationModelAdoption',
  operation: 'ingestEducationModels',
  table: 'education_model_adoption_all',
  columns: { school_dane: 'char(12)', model_name: 'varchar', implemented_on: 'date', notes: 'text' },
  prepare: (item, path, env, _extra, p) =>
    prepareSchoolEvent(item, path, env, p, () => {
      const model = p.take(text(item.modelName, `${path}.modelName`, 200));
      const notes = p.take(text(item.notes, `${path}.notes`, 4000, false));
      if (model === undefined || notes === undefined) return undefined;
      return { row: { school_dane: item.daneCode, model_name: model, implemented_on: item.date, notes } };
    }),
};

export const ingestEducationModels = (ctx: Context, input: EducationModelBatchInput) => ingestBatch(ctx, educationModelSpec, input);

export function listEducationModels(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(EducationModelAdoption).createQueryBuilder('x'), 'x', args);
}
