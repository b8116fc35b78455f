import type { GraphQLResolveInfo } from 'graphql';
import { jsonKeysetPage } from '../../common/json-read';
import { SCHOOL_JSON } from './school.json';
import { assertNoViolations, hasViolation, takeDeferredViolations } from '../../common/validation';
import { schoolLoader } from './school.loaders';
import type { Context } from '../../context';
import { School } from './school.entity';
import { PrivateSchoolRegime, SchoolSector } from './school.enums';
import type { CreateSchoolInput, SchoolsArgs, UpdateSchoolInput } from './school.inputs';
import { Secretariat } from '../secretariats/secretariat.entity';
import { unitOfWork, type UnitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { EventType } from '../../events/catalogue';
import { badInput, conflict, notFound } from '../../common/errors';
import { keysetPage } from '../../common/pagination';
import { schoolTenant, scopeOf } from '../../common/scope';
import { cleanText, filterText, likeEscape, searchable } from '../../common/text';

/**
 * A page of schools. With the resolver's `info`, a selection PostgreSQL can answer as JSON is read in one statement
 * (school.json.ts); otherwise, or with JSON_READS=false, entities and loaders (the plain path). Both start from the
 * same scoped, filtered query.
 */
export async function listSchools(ctx: Context, args: SchoolsArgs, info?: GraphQLResolveInfo) {
  const qb = schoolsQuery(ctx, args);
  return (await jsonKeysetPage(ctx, info, qb, 's', SCHOOL_JSON, [{ column: 's.dane_code', kind: 'dane' }], args)) ?? keysetPage(qb, 's.dane_code', (s) => s.daneCode, args, 'dane');
}

/** The schools the caller may see (scopeOf), with the list's filters. */
function schoolsQuery(ctx: Context, args: SchoolsArgs) {
  const scope = scopeOf(ctx, args.secretariat);
  const qb = ctx.runtime.db.getRepository(School).createQueryBuilder('s');
  scope.apply(qb, 's.secretariat_code', 's.dane_code');
  if (args.sector) qb.andWhere('s.sector = :sector', { sector: args.sector });
  if (args.zone) qb.andWhere('s.zone = :zone', { zone: args.zone });
  if (args.regime) qb.andWhere('s.regime = :regime', { regime: args.regime });
  const municipality = filterText(args.municipality);
  if (municipality) qb.andWhere('(s.municipality_code = :m OR lower(s.municipality) = lower(:m))', { m: municipality });
  if (args.search) {
    // Every word must appear, in any order.
    searchable(args.search)
      .split(/\s+/)
      .filter(Boolean)
      .forEach((w, i) => qb.andWhere(`s.name_search LIKE :w${i}`, { [`w${i}`]: `%${likeEscape(w)}%` }));
  }
  return qb;
}

export async function getSchool(ctx: Context, daneCode: string): Promise<School> {
  return scopeOf(ctx).visible(await schoolLoader(ctx).load(daneCode), 'School', daneCode, schoolTenant);
}

function checkRegime(sector: SchoolSector, regime: unknown, field: string) {
  if (sector === SchoolSector.OFFICIAL && regime) {
    throw badInput(field, 'Only non-official schools have a regime (régimen)');
  }
}

/**
 * Every problem of a new school at once: the input's own (class-validator, the boundary) and the registry's rules
 * (a regime only for non-official schools, a known secretariat).
 */
export async function createSchool(ctx: Context, input: CreateSchoolInput): Promise<School> {
  const secretariatCode = scopeOf(ctx).writeTo(input.secretariat);
  const found = takeDeferredViolations(input);
  const ok = (field: string) => !hasViolation(found, field);
  if (ok('input.sector') && ok('input.regime') && input.sector === SchoolSector.OFFICIAL && input.regime) {
    found.push({ field: 'input.regime', message: 'regime must not be given: only non-official schools have a regime (régimen)' });
  }
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    if (ok('input.secretariat') && !(await tx.existsBy(Secretariat, { code: secretariatCode }))) {
      found.push({ field: 'input.secretariat', message: `Unknown secretariat ${secretariatCode}` });
    }
    assertNoViolations(found);
    if (await tx.existsBy(School, { daneCode: input.daneCode })) {
      throw conflict('input.daneCode', `A school with DANE code ${input.daneCode} already exists`, { entity: 'School', key: { daneCode: input.daneCode } });
    }
    const school = await tx.save(
      tx.create(School, {
        daneCode: input.daneCode,
        secretariatCode,
        name: cleanText(input.name),
        nameSearch: searchable(input.name),
        sector: input.sector,
        zone: input.zone,
        municipality: cleanText(input.municipality),
        municipalityCode: input.municipalityCode ?? null,
        regime: input.regime ?? null,
        active: true,
      }),
    );
    await uow.record({
      operation: 'createSchool',
      entity: 'School',
      entityId: school.daneCode,
      secretariat: secretariatCode,
      school: school.daneCode,
      change: diff(null, { ...input, secretariat: secretariatCode }),
      event: {
        type: EventType.SCHOOL_REGISTERED,
        payload: { daneCode: school.daneCode, name: school.name, sector: school.sector, zone: school.zone },
      },
    });
    return school;
  });
}

export async function updateSchool(ctx: Context, daneCode: string, input: UpdateSchoolInput): Promise<School> {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const school = await tx.findOne(School, { where: { daneCode }, lock: { mode: 'pessimistic_write' } });
    if (!school || !scopeOf(ctx).canSee(school.secretariatCode)) throw notFound('School', daneCode);
    const before = { ...school };
    for (const key of ['name', 'sector', 'zone', 'municipality', 'municipalityCode', 'regime', 'active'] as const) {
      if (input[key] !== undefined) (school as unknown as Record<string, unknown>)[key] = input[key];
    }
    // Stored as createSchool stores them, so the list's filters find them the same way.
    if (typeof input.name === 'string') school.name = cleanText(input.name);
    if (typeof input.municipality === 'string') school.municipality = cleanText(input.municipality);
    if (input.sector === SchoolSector.OFFICIAL && input.regime === undefined) school.regime = null;
    checkRegime(school.sector, school.regime, 'input.regime');
    school.nameSearch = searchable(school.name);
    const saved = await tx.save(school);
    const change = diff(before, {
      name: saved.name,
      sector: saved.sector,
      zone: saved.zone,
      municipality: saved.municipality,
      municipalityCode: saved.municipalityCode,
      regime: saved.regime,
      active: saved.active,
    });
    await uow.record({
      operation: 'updateSchool',
      entity: 'School',
      entityId: daneCode,
      secretariat: saved.secretariatCode,
      school: daneCode,
      change,
      event: { type: EventType.SCHOOL_UPDATED, payload: { daneCode, changed: Object.keys(change) } },
    });
    return saved;
  });
}

/** A regime (régimen) a source reports for one school of the registry. */
export interface RegimeChange {
  daneCode: string;
  regime: PrivateSchoolRegime;
}

/**
 * Applies the regimes of non-official schools of `secretariat` in one statement, inside the caller's unit of work
 * (F01.03 Inspección y Vigilancia determines them; the registry follows the latest accepted report).
 *
 * Invariant (Ley 115 art. 202; CHECK ck_school_regime_non_official): only non-official schools have a regime, so an
 * official school, a school of another secretariat or one whose regime is already the reported one is left as it is.
 * Each school that changes yields one audit row `{ regime: { from, to } }` and one SCHOOL_UPDATED event
 * (`changed: ['regime']`), in the order of `changes`. Returns the DANE codes that changed.
 */
export async function applyRegimes(uow: UnitOfWork, operation: string, secretariat: string, changes: RegimeChange[]): Promise<string[]> {
  if (changes.length === 0) return [];
  const rows: { dane: string; from: PrivateSchoolRegime | null; to: PrivateSchoolRegime }[] = await uow.tx.query(
    // A SELECT over the UPDATE so that the driver answers with the rows (an UPDATE alone answers [rows, count]).
    `WITH changed AS (
       UPDATE school s SET regime = r.regime, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS r(dane varchar, regime varchar), school o
        WHERE s.dane_code = r.dane AND o.dane_code = s.dane_code
          AND s.secretariat_code = $2 AND s.sector = $3 AND s.regime IS DISTINCT FROM r.regime
        RETURNING s.dane_code AS dane, o.regime AS "from", s.regime AS "to")
     SELECT dane, "from", "to" FROM changed`,
    [JSON.stringify(changes.map((c) => ({ dane: c.daneCode, regime: c.regime }))), secretariat, SchoolSector.NON_OFFICIAL],
  );
  const byDane = new Map(rows.map((r) => [r.dane, r]));
  const changed = changes.map((c) => byDane.get(c.daneCode)).filter((r): r is (typeof rows)[number] => !!r);
  await uow.recordMany(
    changed.map((r) => ({
      operation,
      entity: 'School',
      entityId: r.dane,
      secretariat,
      school: r.dane,
      change: { regime: { from: r.from, to: r.to } },
      event: { type: EventType.SCHOOL_UPDATED, payload: { daneCode: r.dane, changed: ['regime'] } },
    })),
  );
  return changed.map((r) => r.dane);
}
