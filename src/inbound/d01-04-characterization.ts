import { Field, Float, InputType, Int } from 'type-graphql';
import { describeCharacters, unprintableAllowedIn } from '../records/printable';
import { In } from 'typeorm';
import type { Context } from '../context';
import { groupBy, loader } from '../common/loaders';
import { PERIOD_PATTERN } from '../common/period';
import { writeSaberResults, type SaberRow } from '../modules/inputs/child-rows';
import { Characterization, SaberResult } from '../modules/inputs/characterization.entity';
import { InfrastructureCondition, Saber11Category, SaberSubject } from '../modules/inputs/inputs.enums';
import { fieldLabel } from '../common/violations';
import { externalIdOf, joinKey, reject, schoolFor, text, timestampOf, type Rejection } from './validation';
import { ingestBatch } from './batch';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundYearArgs, NaturalKeyItemInput } from './common-inputs';
import { listInbound } from './read';

/** D01.04 caracterización y perfil: one record per school and year, with its Saber 3/5/9 results. */

@InputType({ description: 'Saber 3/5/9 result: percent of students per performance level (nivel de desempeño); the four add up to 100.' })
export class SaberResultInput {
  @Field(() => Int, { description: 'Grade (grado): 3, 5 or 9.' })
  grade: number;

  @Field(() => SaberSubject, { description: 'Subject (área evaluada).' })
  subject: SaberSubject;

  @Field(() => Float, { description: 'Percent in insuficiente.' })
  insufficient: number;

  @Field(() => Float, { description: 'Percent in mínimo.' })
  minimum: number;

  @Field(() => Float, { description: 'Percent in satisfactorio.' })
  satisfactory: number;

  @Field(() => Float, { description: 'Percent in avanzado.' })
  advanced: number;
}

@InputType({ description: 'Characterization and profile of a school for a year (caracterización y perfil, D01.04).' })
export class CharacterizationItemInput extends NaturalKeyItemInput('DANE:year') {
  @Field({ description: 'DANE code of the school (código DANE).' })
  daneCode: string;

  @Field({ description: 'Year (año).' })
  year: string;

  @Field(() => Int, { nullable: true, description: 'Enrolment (matrícula).' })
  enrolment?: number | null;

  @Field(() => Saber11Category, { nullable: true, description: 'Saber 11 category (clasificación del plantel), for schools with grade 11.' })
  saber11Category?: Saber11Category | null;

  @Field(() => [SaberResultInput], { nullable: true, description: 'Saber 3/5/9 results (one per grade and subject).' })
  saberResults?: SaberResultInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Dropout rate (tasa de deserción), percent.' })
  dropoutRate?: number | null;

  @Field(() => Float, { nullable: true, description: 'Repetition rate (tasa de repitencia), percent.' })
  repetitionRate?: number | null;

  @Field(() => InfrastructureCondition, { nullable: true, description: 'Infrastructure condition (estado de la planta física).' })
  infrastructureCondition?: InfrastructureCondition | null;

  @Field(() => [String], { nullable: true, description: 'Infrastructure needs (necesidades de infraestructura).' })
  infrastructureNeeds?: string[] | null;
}

@InputType({ description: 'A batch of characterizations (D01.04).' })
export class CharacterizationBatchInput extends BatchInputType(CharacterizationItemInput, 'Items: one school and year each.') {}


const percent = (v: unknown, field: string): number | null | Rejection => {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) return reject(field, `${fieldLabel(field)} must be a percent between 0 and 100`);
  return v;
};

export const characterizationSpec: SourceSpec<CharacterizationItemInput, SaberRow[]> = {
  source: 'D01.04',
  entity: 'Characterization',
  operation: 'ingestCharacterizations',
  table: 'characterization_all',
  keyColumns: ['school_dane', 'year'],
  keyChange: 'CONFLICT',
  columns: {
    school_dane: 'char(12)',
    year: 'varchar',
    enrolment: 'int',
    saber11_category: 'varchar',
    dropout_rate: 'double precision',
    repetition_rate: 'double precision',
    infrastructure_condition: 'varchar',
    infrastructure_needs: 'text[]',
  },
  schoolOf: (i) => i.daneCode,
  writeChildren: writeSaberResults,
  prepare(item, path, env, _extra, p) {
    const school = p.take(schoolFor(env, item.daneCode, `${path}.daneCode`));
    if (typeof item.year !== 'string' || !PERIOD_PATTERN.test(item.year)) p.fail(`${path}.year`, 'year must be a year such as 2026');
    if (item.enrolment != null && (!Number.isInteger(item.enrolment) || item.enrolment < 0 || item.enrolment > 100_000)) {
      p.fail(`${path}.enrolment`, 'enrolment must be a whole number between 0 and 100000');
    }
    if (item.saber11Category != null && !Object.values(Saber11Category).includes(item.saber11Category)) {
      p.fail(`${path}.saber11Category`, 'saber11Category must be A_PLUS, A, B, C or D');
    }
    const dropout = p.take(percent(item.dropoutRate, `${path}.dropoutRate`));
    const repetition = p.take(percent(item.repetitionRate, `${path}.repetitionRate`));
    if (item.infrastructureCondition != null && !Object.values(InfrastructureCondition).includes(item.infrastructureCondition)) {
      p.fail(`${path}.infrastructureCondition`, 'infrastructureCondition must be GOOD, FAIR, POOR or CRITICAL');
    }
    const needs: string[] = [];
    for (const [i, n] of (item.infrastructureNeeds ?? []).entries()) {
      const field = `${path}.infrastructureNeeds.${i}`;
      const t = p.take(text(n, field, 500));
      if (!t) continue;
      // Printed in the consolidated report, whose only format is a PDF: refused now, each character named, rather than
      // a report that cannot be published (src/records/printable.ts). A forbidden character is named by the item's
      // text check already.
      const unprintable = unprintableAllowedIn(t);
      if (unprintable.length > 0) {
        p.fail(field, `${fieldLabel(field)} is printed in the consolidated report (PDF), whose font cannot show ${describeCharacters(unprintable)}`);
        continue;
      }
      needs.push(t);
    }
    const saber: SaberRow[] = [];
    const seen = new Set<string>();
    for (const [i, s] of (item.saberResults ?? []).entries()) {
      const at = `${path}.saberResults.${i}`;
      const before = p.count;
      const grade = [3, 5, 9].includes(s.grade) || p.fail(`${at}.grade`, 'grade must be 3, 5 or 9');
      const subject = Object.values(SaberSubject).includes(s.subject) || p.fail(`${at}.subject`, `subject must be ${Object.values(SaberSubject).join(', ')}`);
      // Dependent: a result repeats another only by a valid grade and subject.
      if (grade && subject) {
        if (seen.has(`${s.grade}|${s.subject}`)) p.fail(at, `${fieldLabel(at)} repeats grade ${s.grade} ${s.subject} (each grade and subject appears once)`);
        seen.add(`${s.grade}|${s.subject}`);
      }
      let levels = true;
      for (const level of ['insufficient', 'minimum', 'satisfactory', 'advanced'] as const) {
        const v = p.take(percent(s[level], `${at}.${level}`));
        if (v === null) p.fail(`${at}.${level}`, `${level} is required`);
        if (v == null) levels = false;
      }
      // Dependent: the four levels add up to 100 only once each is a percent.
      const sum = s.insufficient + s.minimum + s.satisfactory + s.advanced;
      if (levels && Math.abs(sum - 100) > 1.5) p.fail(at, `${fieldLabel(at)} levels (insufficient, minimum, satisfactory, advanced) must add up to 100 (got ${sum})`);
      if (p.count === before) {
        saber.push({ grade: s.grade, subject: s.subject, insufficient: s.insufficient, minimum: s.minimum, satisfactory: s.satisfactory, advanced: s.advanced });
      }
    }
    const ts = p.take(timestampOf(item, path));
    const externalId = p.take(externalIdOf(item, path, `${item.daneCode}:${item.year}`));
    if (p.count > 0 || !school || dropout === undefined || repetition === undefined || !ts || externalId === undefined) return undefined;
    saber.sort((a, b) => a.grade - b.grade || a.subject.localeCompare(b.subject));
    return {
      key: joinKey(school.daneCode, item.year),
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: {
        school_dane: school.daneCode,
        year: item.year,
        enrolment: item.enrolment ?? null,
        saber11_category: item.saber11Category ?? null,
        dropout_rate: dropout,
        repetition_rate: repetition,
        infrastructure_condition: item.infrastructureCondition ?? null,
        infrastructure_needs: needs,
      },
      children: saber,
    };
  },
};

export const ingestCharacterizations = (ctx: Context, input: CharacterizationBatchInput) => ingestBatch(ctx, characterizationSpec, input);

export function listCharacterizations(ctx: Context, args: InboundYearArgs) {
  const qb = ctx.runtime.db.getRepository(Characterization).createQueryBuilder('x');
  if (args.year) qb.andWhere('x.year = :year', { year: args.year });
  return listInbound(ctx, qb, 'x', args);
}

/** Saber results of characterizations, batched per request. */
export const saberResultsLoader = (ctx: Context) =>
  loader<string, SaberResult[]>(
    ctx,
    'saberResultsByCharacterization',
    async (ids) => {
      const rows = await ctx.runtime.db
        .getRepository(SaberResult)
        .find({ where: { characterizationId: In([...ids]) }, order: { grade: 'ASC', subject: 'ASC' } });
      return groupBy(rows, (r) => r.characterizationId);
    },
    [],
  );
