import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import type { Context } from '../context';
import { ErrorCode, badInput, conflict, notFound } from '../common/errors';
import { ManagementArea } from '../common/management-area';
import { unitOfWork } from '../common/unit-of-work';

import {
  SelfEvaluationCatalogue,
  SelfEvaluationComponent,
  SelfEvaluationProcess,
  SelfEvaluationScore,
} from '../modules/inputs/self-evaluation.entity';
import {
  YEAR,
  externalIdOf,
  ingestBatch,
  isRejection,
  joinKey,
  reject,
  schoolFor,
  text,
  timestampOf,
  type SourceSpec,
} from './batch';
import { BatchInputType, InboundYearArgs, NaturalKeyItemInput } from './common-inputs';
import { listInbound } from './read';
import guia34 from './catalogues/guia34-2008.json';

/** D01.03 autoevaluación institucional: a value 1–4 per component, per school and year, against a catalogue version. */

export const DEFAULT_CATALOGUE_VERSION = 'GUIA34-2008';
export const GUIA34_2008 = guia34 as CatalogueData;

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
  table: 'self_evaluation_score',
  keyColumns: ['school_dane', 'year', 'component_code'],
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
  prepare(item, path, env, cat) {
    const school = schoolFor(env, item.daneCode, `${path}.daneCode`);
    if (isRejection(school)) return school;
    if (typeof item.year !== 'string' || !YEAR.test(item.year)) return reject(`${path}.year`, 'year must be a year such as 2026');
    const version = item.catalogueVersion || DEFAULT_CATALOGUE_VERSION;
    if (!cat.versions.has(version)) {
      return reject(`${path}.catalogueVersion`, `Unknown catalogue version ${version}`, ErrorCode.NOT_FOUND);
    }
    const comp = cat.components.get(`${version}|${item.componentCode}`);
    if (!comp) {
      return reject(`${path}.componentCode`, `Component ${item.componentCode} is not in catalogue ${version}`, ErrorCode.NOT_FOUND);
    }
    if (!Number.isInteger(item.score) || item.score < 1 || item.score > 4) {
      return reject(`${path}.score`, 'score must be 1 (existencia), 2 (pertinencia), 3 (apropiación) or 4 (mejoramiento continuo)');
    }
    const evidence = text(item.evidence, `${path}.evidence`, 4000, false);
    if (isRejection(evidence)) return evidence;
    const ts = timestampOf(item, path);
    if (isRejection(ts)) return ts;
    const externalId = externalIdOf(item, path, `${school.daneCode}:${item.year}:${item.componentCode}`);
    if (isRejection(externalId)) return externalId;
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
        evidence,
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

// ---------- the catalogue (data, versioned) ----------

export interface CatalogueData {
  version: string;
  name: string;
  description?: string | null;
  processes: { code: string; area: ManagementArea; name: string; components: { code: string; name: string }[] }[];
}

@InputType({ description: 'A component (componente) of a catalogue process.' })
export class CatalogueComponentInput {
  @Field({ description: 'Component code, unique in the version, e.g. DIR-01-01.' })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1–32 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field({ description: 'Name (nombre del componente).' })
  @Length(2, 300)
  name: string;
}

@InputType({ description: 'A process (proceso) of a management area, with its components.' })
export class CatalogueProcessInput {
  @Field({ description: 'Process code, unique in the version, e.g. DIR-01.' })
  @Matches(/^[A-Za-z0-9._-]{1,32}$/, { message: 'code must be 1–32 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field(() => ManagementArea, { description: 'Management area (área de gestión).' })
  area: ManagementArea;

  @Field({ description: 'Name (nombre del proceso).' })
  @Length(2, 300)
  name: string;

  @Field(() => [CatalogueComponentInput], { description: 'Components, in order.' })
  @ArrayMinSize(1)
  components: CatalogueComponentInput[];
}

@InputType({
  description:
    'A new version of the self-evaluation catalogue (e.g. the 2026 "Ruta de Mejoramiento Institucional": 15 processes, 45 components). Versions are immutable.',
})
export class SelfEvaluationCatalogueInput {
  @Field({ description: 'Version code, e.g. RMI-2026.' })
  @Matches(/^[A-Za-z0-9._-]{2,32}$/, { message: 'version must be 2–32 letters, digits, dots, dashes or underscores' })
  version: string;

  @Field({ description: 'Name of the reference document.' })
  @Length(2, 300)
  name: string;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  @IsOptional()
  description?: string | null;

  @Field(() => [CatalogueProcessInput], { description: 'Processes, in order, with their components.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  processes: CatalogueProcessInput[];
}

function checkCatalogue(input: CatalogueData) {
  const seen = new Set<string>();
  input.processes.forEach((p, i) => {
    if (!Object.values(ManagementArea).includes(p.area)) throw badInput(`input.processes.${i}.area`, `Unknown area ${p.area}`);
    if (seen.has(p.code)) throw badInput(`input.processes.${i}.code`, `Duplicate code ${p.code}`);
    seen.add(p.code);
    (p.components ?? []).forEach((c, j) => {
      if (seen.has(c.code)) throw badInput(`input.processes.${i}.components.${j}.code`, `Duplicate code ${c.code}`);
      seen.add(c.code);
    });
  });
}

/** The catalogue as stored, in the input's shape (for comparing a reload with what is there). */
async function readCatalogueData(ctx: Context, version: string): Promise<CatalogueData | null> {
  const cat = await ctx.runtime.db.getRepository(SelfEvaluationCatalogue).findOneBy({ version });
  if (!cat) return null;
  const processes = await ctx.runtime.db.getRepository(SelfEvaluationProcess).find({ where: { catalogueVersion: version }, order: { position: 'ASC' } });
  const components = await ctx.runtime.db.getRepository(SelfEvaluationComponent).find({ where: { catalogueVersion: version }, order: { position: 'ASC' } });
  return {
    version,
    name: cat.name,
    description: cat.description,
    processes: processes.map((p) => ({
      code: p.code,
      area: p.area,
      name: p.name,
      components: components.filter((c) => c.processCode === p.code).map((c) => ({ code: c.code, name: c.name })),
    })),
  };
}

const sameCatalogue = (a: CatalogueData, b: CatalogueData) =>
  JSON.stringify(a.processes.map((p) => [p.code, p.area, p.name, p.components.map((c) => [c.code, c.name])])) ===
  JSON.stringify(b.processes.map((p) => [p.code, p.area, p.name, p.components.map((c) => [c.code, c.name])]));

/**
 * Loads a catalogue version (ADMIN, or the CLI). Loading the same content again is a no-op; a different content under
 * an existing version is a CONFLICT, because stored scores refer to it.
 */
export async function loadCatalogue(ctx: Context, input: CatalogueData): Promise<SelfEvaluationCatalogue> {
  checkCatalogue(input);
  const existing = await readCatalogueData(ctx, input.version);
  if (existing) {
    if (!sameCatalogue(existing, input)) {
      throw conflict('input.version', `Catalogue ${input.version} exists with other content; versions are immutable: load a new version`, {
        entity: 'SelfEvaluationCatalogue',
        key: { version: input.version },
      });
    }
    return (await ctx.runtime.db.getRepository(SelfEvaluationCatalogue).findOneBy({ version: input.version })) as SelfEvaluationCatalogue;
  }
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    await insertCatalogue(tx, input);
    await uow.record({
      operation: 'loadSelfEvaluationCatalogue',
      entity: 'SelfEvaluationCatalogue',
      entityId: input.version,
      secretariat: null,
      change: {
        version: input.version,
        name: input.name,
        processes: input.processes.length,
        components: input.processes.reduce((n, p) => n + p.components.length, 0),
      },
    });
    return (await tx.findOneBy(SelfEvaluationCatalogue, { version: input.version })) as SelfEvaluationCatalogue;
  });
}

/** Inserts a catalogue version set-based (also used by the migration that ships Guía 34). */
export async function insertCatalogue(tx: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, data: CatalogueData) {
  await tx.query('INSERT INTO self_evaluation_catalogue (version, name, description) VALUES ($1, $2, $3)', [
    data.version,
    data.name,
    data.description ?? null,
  ]);
  let pos = 0;
  const processes = data.processes.map((p, i) => ({ catalogue_version: data.version, code: p.code, area: p.area, name: p.name, position: i + 1 }));
  const components = data.processes.flatMap((p) =>
    p.components.map((c) => ({ catalogue_version: data.version, code: c.code, process_code: p.code, area: p.area, name: c.name, position: ++pos })),
  );
  await tx.query(
    `INSERT INTO self_evaluation_process (catalogue_version, code, area, name, position)
     SELECT catalogue_version, code, area, name, position
     FROM jsonb_to_recordset($1::jsonb) AS r(catalogue_version varchar, code varchar, area varchar, name varchar, position int)`,
    [JSON.stringify(processes)],
  );
  await tx.query(
    `INSERT INTO self_evaluation_component (catalogue_version, code, process_code, area, name, position)
     SELECT catalogue_version, code, process_code, area, name, position
     FROM jsonb_to_recordset($1::jsonb) AS r(catalogue_version varchar, code varchar, process_code varchar, area varchar, name varchar, position int)`,
    [JSON.stringify(components)],
  );
}

export async function getCatalogue(ctx: Context, version: string) {
  const cat = await ctx.runtime.db.getRepository(SelfEvaluationCatalogue).findOneBy({ version });
  if (!cat) throw notFound('SelfEvaluationCatalogue', version);
  return cat;
}

export const listCatalogues = (ctx: Context) =>
  ctx.runtime.db.getRepository(SelfEvaluationCatalogue).find({ order: { version: 'ASC' } });

export const catalogueProcesses = (ctx: Context, version: string) =>
  ctx.runtime.db.getRepository(SelfEvaluationProcess).find({ where: { catalogueVersion: version }, order: { position: 'ASC' } });

export const catalogueComponents = (ctx: Context, version: string) =>
  ctx.runtime.db.getRepository(SelfEvaluationComponent).find({ where: { catalogueVersion: version }, order: { position: 'ASC' } });
