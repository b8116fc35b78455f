import { In } from 'typeorm';
import { scopeOf } from '../../common/scope';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { School } from './school.entity';
import { SchoolSector } from './school.enums';
import type { CreateSchoolInput, SchoolsArgs, UpdateSchoolInput } from './school.inputs';
import { Secretariat } from '../secretariats/secretariat.entity';
import { inTransaction } from '../../db/transaction';
import { recordAudit, diff } from '../audit/audit.service';
import { appendEvent } from '../../events/event-log';
import { EventType } from '../../events/catalogue';
import { badInput, conflict, notFound } from '../../common/errors';
import { keysetPage } from '../../common/pagination';
import { assertReadable, canRead, readScope, writeSecretariat } from '../../common/tenancy';
import { likeEscape, searchable } from '../../common/text';
import { loader } from '../../common/loaders';

export async function listSchools(ctx: Context, args: SchoolsArgs) {
  const scope = readScope(callerOf(ctx), args.secretariat);
  const qb = ctx.runtime.db.getRepository(School).createQueryBuilder('s');
  if (scope.secretariat) qb.andWhere('s.secretariat_code = :se', { se: scope.secretariat });
  if (scope.school) qb.andWhere('s.dane_code = :own', { own: scope.school });
  if (args.sector) qb.andWhere('s.sector = :sector', { sector: args.sector });
  if (args.zone) qb.andWhere('s.zone = :zone', { zone: args.zone });
  if (args.regime) qb.andWhere('s.regime = :regime', { regime: args.regime });
  if (args.municipality) {
    qb.andWhere('(s.municipality_code = :m OR lower(s.municipality) = lower(:m))', { m: args.municipality });
  }
  if (args.search) {
    // Every word must appear, in any order.
    searchable(args.search)
      .split(/\s+/)
      .filter(Boolean)
      .forEach((w, i) => qb.andWhere(`s.name_search LIKE :w${i}`, { [`w${i}`]: `%${likeEscape(w)}%` }));
  }
  return keysetPage(qb, 's.dane_code', (s) => s.daneCode, args);
}

export async function getSchool(ctx: Context, daneCode: string): Promise<School> {
  const school = await schoolLoader(ctx).load(daneCode);
  if (!school) throw notFound('School', daneCode);
  assertReadable(callerOf(ctx), 'School', daneCode, school.secretariatCode, school.daneCode);
  return school;
}

function checkRegime(sector: SchoolSector, regime: unknown, field: string) {
  if (sector === SchoolSector.OFFICIAL && regime) {
    throw badInput(field, 'Only non-official schools have a regime (régimen)');
  }
}

export async function createSchool(ctx: Context, input: CreateSchoolInput): Promise<School> {
  const secretariatCode = writeSecretariat(callerOf(ctx), input.secretariat);
  checkRegime(input.sector, input.regime, 'input.regime');
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.existsBy(Secretariat, { code: secretariatCode }))) {
      throw badInput('input.secretariat', `Unknown secretariat ${secretariatCode}`);
    }
    if (await tx.existsBy(School, { daneCode: input.daneCode })) {
      throw conflict('input.daneCode', `A school with DANE code ${input.daneCode} already exists`, { entity: 'School', key: { daneCode: input.daneCode } });
    }
    const school = await tx.save(
      tx.create(School, {
        daneCode: input.daneCode,
        secretariatCode,
        name: input.name.trim(),
        nameSearch: searchable(input.name),
        sector: input.sector,
        zone: input.zone,
        municipality: input.municipality.trim(),
        municipalityCode: input.municipalityCode ?? null,
        regime: input.regime ?? null,
        active: true,
      }),
    );
    await recordAudit(tx, ctx, {
      operation: 'createSchool',
      entity: 'School',
      entityId: school.daneCode,
      secretariat: secretariatCode,
      change: diff(null, { ...input, secretariat: secretariatCode }),
    });
    await appendEvent(tx, ctx, {
      type: EventType.SCHOOL_REGISTERED,
      secretariat: secretariatCode,
      entity: 'School',
      entityId: school.daneCode,
      school: school.daneCode,
      payload: { daneCode: school.daneCode, name: school.name, sector: school.sector, zone: school.zone },
    });
    return school;
  });
}

export async function updateSchool(ctx: Context, daneCode: string, input: UpdateSchoolInput): Promise<School> {
  const caller = callerOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const school = await tx.findOne(School, { where: { daneCode }, lock: { mode: 'pessimistic_write' } });
    if (!school || !canRead(caller, school.secretariatCode)) throw notFound('School', daneCode);
    const before = { ...school };
    for (const key of ['name', 'sector', 'zone', 'municipality', 'municipalityCode', 'regime', 'active'] as const) {
      if (input[key] !== undefined) (school as unknown as Record<string, unknown>)[key] = input[key];
    }
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
    await recordAudit(tx, ctx, {
      operation: 'updateSchool',
      entity: 'School',
      entityId: daneCode,
      secretariat: saved.secretariatCode,
      change,
    });
    await appendEvent(tx, ctx, {
      type: EventType.SCHOOL_UPDATED,
      secretariat: saved.secretariatCode,
      entity: 'School',
      entityId: daneCode,
      school: daneCode,
      payload: { daneCode, changed: Object.keys(change) },
    });
    return saved;
  });
}

/** School by DANE code, batched per request; callers check visibility with assertReadable/canRead. */
/**
 * Schools by DANE code, for every nested `school`/`schools` field. A SCHOOL caller can only ever load its own school
 * (any other reads as missing): whatever row a nested field starts from, another school's name never reaches it.
 */
export const schoolLoader = (ctx: Context) =>
  loader<string, School | null>(
    ctx,
    'schoolByDane',
    async (codes) => {
      const own = scopeOf(ctx).school;
      const wanted = own ? [...codes].filter((c) => c === own) : [...codes];
      const rows = wanted.length ? await ctx.runtime.db.getRepository(School).findBy({ daneCode: In(wanted) }) : [];
      return new Map(rows.map((r) => [r.daneCode, r]));
    },
    null,
  );
