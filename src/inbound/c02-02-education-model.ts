import { Field, GraphQLISODateTime, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../context';
import { EducationModelAdoption } from '../modules/inputs/school-changes.entity';
import { externalIdOf, ingestBatch, isRejection, isValidDate, joinKey, reject, schoolFor, text, timestampOf, type SourceSpec } from './batch';
import { EXTERNAL_ID_DESCRIPTION, InboundArgs, SECRETARIAT_DESCRIPTION, SOURCE_TIMESTAMP_DESCRIPTION } from './common-inputs';
import { listInbound } from './read';

/** C02.02 acceso y permanencia: a school implements a new education model; its PMI must be modified. */

@InputType({ description: 'A new education model (modelo educativo) implemented in a school (C02.02).' })
export class EducationModelItemInput {
  @Field({ description: EXTERNAL_ID_DESCRIPTION })
  externalId: string;

  @Field({ description: 'DANE code of the school.' })
  daneCode: string;

  @Field({ description: 'Model name, e.g. Escuela Nueva, Aceleración del Aprendizaje, Post-primaria.' })
  modelName: string;

  @Field({ description: 'Date it was implemented, YYYY-MM-DD.' })
  date: string;

  @Field(() => String, { nullable: true, description: 'Notes (observaciones).' })
  notes?: string | null;

  @Field(() => GraphQLISODateTime, { description: SOURCE_TIMESTAMP_DESCRIPTION })
  sourceTimestamp: Date;
}

@InputType({ description: 'A batch of education model implementations (C02.02).' })
export class EducationModelBatchInput {
  @Field(() => String, { nullable: true, description: SECRETARIAT_DESCRIPTION })
  @IsOptional()
  @Length(2, 16)
  secretariat?: string | null;

  @Field(() => [EducationModelItemInput], { description: 'Items.' })
  items: EducationModelItemInput[];
}

export const educationModelSpec: SourceSpec<EducationModelItemInput> = {
  source: 'C02.02',
  entity: 'EducationModelAdoption',
  operation: 'ingestEducationModels',
  table: 'education_model_adoption',
  keyColumns: ['secretariat_code', 'external_id'],
  columns: { school_dane: 'char(12)', model_name: 'varchar', implemented_on: 'date', notes: 'text' },
  schoolOf: (i) => i.daneCode,
  prepare(item, path, env) {
    const externalId = externalIdOf(item, path, null);
    if (isRejection(externalId)) return externalId;
    const school = schoolFor(env, item.daneCode, `${path}.daneCode`);
    if (isRejection(school)) return school;
    const model = text(item.modelName, `${path}.modelName`, 200);
    if (isRejection(model)) return model;
    if (!isValidDate(item.date)) return reject(`${path}.date`, 'date must be a date YYYY-MM-DD');
    const notes = text(item.notes, `${path}.notes`, 4000, false);
    if (isRejection(notes)) return notes;
    const ts = timestampOf(item, path);
    if (isRejection(ts)) return ts;
    return {
      key: joinKey(env.secretariat, externalId),
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: { school_dane: school.daneCode, model_name: model, implemented_on: item.date, notes },
    };
  },
};

export const ingestEducationModels = (ctx: Context, input: EducationModelBatchInput) => ingestBatch(ctx, educationModelSpec, input);

export function listEducationModels(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(EducationModelAdoption).createQueryBuilder('x'), 'x', args);
}
