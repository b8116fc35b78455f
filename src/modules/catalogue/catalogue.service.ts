import type { Context } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { ManagementArea } from '../../common/management-area';
import { unitOfWork } from '../../common/unit-of-work';
import { SelfEvaluationCatalogue, SelfEvaluationComponent, SelfEvaluationProcess } from '../inputs/self-evaluation.entity';
import guia34 from './guia34-2008.json';

/**
 * The self-evaluation catalogue (Guía 34 de 2008 and later versions such as the 2026 Ruta de Mejoramiento
 * Institucional): processes and components per management area, versioned and immutable. The only writer of
 * self_evaluation_catalogue, self_evaluation_process and self_evaluation_component; D01.03 scores refer to it.
 */

export interface CatalogueData {
  version: string;
  name: string;
  description?: string | null;
  processes: { code: string; area: ManagementArea; name: string; components: { code: string; name: string }[] }[];
}

export const DEFAULT_CATALOGUE_VERSION = 'GUIA34-2008';
export const GUIA34_2008 = guia34 as CatalogueData;

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
