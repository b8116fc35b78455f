import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import type { Context } from '../context';
import { ErrorCode } from '../common/errors';
import { ManagementArea } from '../common/management-area';
import { PERIOD_PATTERN } from '../common/period';

import { SelfEvaluationScore } from '../modules/inputs/self-evaluation.entity';
import { externalIdOf, joinKey, schoolFor, text, timestampOf } from './validation';
import { ingestBatch } from './batch';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundYearArgs, NaturalKeyItemInput } from './common-inputs';
import { listInbound } from './read';
import { DEFAULT_CATALOGUE_VERSION } from '../modules/catalogue/catalogue.service';

/** D01.03 autoevaluación institucional: a value 1–4 per component, per school and year, against a catalogue version. */


@InputType({ description: 'One component valued by a school in its self-evaluation (autoevaluación institucional, D01.03).' })
export class SelfEvaluationItemInput extends NaturalKeyItemInput('DANE:year:component') {
  @Field({ description: 'DANE code of the school (código DANE).' })
  daneCode: string;

  @Field({ description: 'Year evaluated (año), e.g. 2026.' })
  year: string;

  @Field(() => String, { nullable: true, description: `Catalogue version; default ${DEFAULT_CATALOGUE_VERSION} (Guía 34).` })
  catalogueVersion?: string | null;

  @Field({ description: 'Component code in that catalogue version, e.g. DIR-01-01.' })
  componentCode: string;

  @Field(() => Int, { description: 'Value (valoración): 1 existencia, 2 pertinencia, 3 apropiación, 4 mejoramiento continuo.' })
  score: number;

  @Field(() => String, { nullable: true, description: 'Evidence (evidencias).' })
  evidence?: string | null;
}

@InputType({ description: 'A batch of self-evaluation values (D01.03).' })
export class SelfEvaluationBatchInput extends BatchInputType(SelfEvaluationItemInput, 'Items: one component value each.') {}

type ComponentRef = { processCode: string; area: ManagementArea };
interface CatalogueEnv {
  versions: Set<string>;
  components: Map<string, ComponentRef>;
}

export const selfEvaluationSpec: SourceSpec<SelfEvaluationItemInput, never, CatalogueEnv> = {
  source: 'D01.03',
  entity: 'SelfEvaluationScore',
  operation: 'ingestSelfEvaluations',
  table: 'self_evaluation_score_all',
  keyColumns: ['school_dane', 'year', 'component_code'],
  keyChange: 'CONFLICT',
  columns: {
    school_dane: 'char(12)',
    year: 'varchar',
    catalogue_version: 'varchar',
    component_code: 'varchar',
    process_code: 'varchar',
    area: 'varchar',
    score: 'smallint',
    evidence: 'text',
  },
  schoolOf: (i) => i.daneCode,
  async loadEnv(env, items) {
    const versions = [...new Set(items.map((i) => i.catalogueVersion || DEFAULT_CATALOGUE_VERSION))];
    const rows: { catalogue_version: string; code: string; process_code: string; area: ManagementArea }[] =
      await env.ctx.runtime.db.query(
        'SELECT catalogue_version, code, process_code, area FROM self_evaluation_component WHERE catalogue_version = ANY($1::text[])',
        [versions],
      );
    const components = new Map<string, ComponentRef>();
    const found = new Set<string>();
    for (const r of rows) {
      found.add(r.catalogue_version);
      components.set(`${r.catalogue_version}|${r.code}`, { processCode: r.process_code, area: r.area });
    }
    return { versions: found, components };
  },
  prepare(item, path, env, cat, p) {
    const school = p.take(schoolFor(env, item.daneCode, `${path}.daneCode`));
    if (typeof item.year !== 'string' || !PERIOD_PATTERN.test(item.year)) p.fail(`${path}.year`, 'year must be a year such as 2026');
    const version = item.catalogueVersion || DEFAULT_CATALOGUE_VERSION;
    let comp: ComponentRef | undefined;
    // A version refused for its characters is gone from the item (reported once, by that refusal): its components are
    // left unchecked, as for an unknown version.
    if (p.isRefused(`${path}.catalogueVersion`)) comp = undefined;
    else if (!cat.versions.has(version)) {
      p.fail(`${path}.catalogueVersion`, `Unknown catalogue version ${version}`, ErrorCode.NOT_FOUND);
    } else {
      // Dependent: a component is looked up in its catalogue version, so an unknown version leaves it unchecked.
      comp = cat.components.get(`${version}|${item.componentCode}`);
      if (!comp) p.fail(`${path}.componentCode`, `Component ${item.componentCode} is not in catalogue ${version}`, ErrorCode.NOT_FOUND);
    }
    if (!Number.isInteger(item.score) || item.score < 1 || item.score > 4) {
      p.fail(`${path}.score`, 'score must be 1 (existencia), 2 (pertinencia), 3 (apropiación) or 4 (mejoramiento continuo)');
    }
    const evidence = p.take(text(item.evidence, `${path}.evidence`, 4000, false));
    const ts = p.take(timestampOf(item, path));
    const externalId = p.take(externalIdOf(item, path, `${item.daneCode}:${item.year}:${item.componentCode}`));
    if (p.count > 0 || !school || !comp || !ts || externalId === undefined) return undefined;
    return {
      key: joinKey(school.daneCode, item.year, item.componentCode),
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: {
        school_dane: school.daneCode,
        year: item.year,
        catalogue_version: version,
        component_code: item.componentCode,
        process_code: comp.processCode,
        area: comp.area,
        score: item.score,
        evidence: evidence ?? null,
      },
    };
  },
};

export const ingestSelfEvaluations = (ctx: Context, input: SelfEvaluationBatchInput) => ingestBatch(ctx, selfEvaluationSpec, input);

@ArgsType()
export class SelfEvaluationArgs extends InboundYearArgs {
  @Field(() => ManagementArea, { nullable: true, description: 'Only this management area.' })
  @IsOptional()
  area?: ManagementArea | null;

  @Field(() => Int, { nullable: true, description: 'Only values at or below this, 1–4 (e.g. 2 for existencia/pertinencia).' })
  @IsOptional()
  @Min(1)
  @Max(4)
  maxScore?: number | null;
}

export function listSelfEvaluations(ctx: Context, args: SelfEvaluationArgs) {
  const qb = ctx.runtime.db.getRepository(SelfEvaluationScore).createQueryBuilder('x');
  if (args.year) qb.andWhere('x.year = :year', { year: args.year });
  if (args.area) qb.andWhere('x.area = :area', { area: args.area });
  if (args.maxScore) qb.andWhere('x.score <= :max', { max: args.maxScore });
  return listInbound(ctx, qb, 'x', args);
}
