import { Field, InputType } from 'type-graphql';
import { In } from 'typeorm';
import type { Context } from '../context';
import { ErrorCode } from '../common/errors';
import { groupBy, loader } from '../common/loaders';
import { writeFindingActions, type FindingActionRow } from '../modules/inputs/child-rows';
import { ManagementArea } from '../common/management-area';
import { PERIOD_PATTERN } from '../common/period';
import { InspectionFinding, InspectionFindingAction, SchoolRegimeReport } from '../modules/inputs/inspection.entity';
import { FindingActionType } from '../modules/inputs/inputs.enums';
import { PrivateSchoolRegime } from '../modules/schools/school.enums';
import { applyRegimes } from '../modules/schools/school.service';
import { externalIdOf, isOfficial, isValidDate, schoolFor, text, timestampOf } from './validation';
import { ingestBatch } from './batch';
import { type SourceSpec } from './source-spec';
import { BatchInputType, EXTERNAL_ID_DESCRIPTION, InboundArgs, NaturalKeyItemInput } from './common-inputs';
import { listInbound } from './read';
import { SchoolEventItemInput, prepareSchoolEvent, schoolEventSpec } from './school-event';

/**
 * F01.03 control del servicio educativo (inspección y vigilancia): findings with the corrective/preventive actions
 * the school must include in its PMI; and the regime of non-official schools, applied to the school registry.
 */

@InputType({ description: 'A corrective or preventive action a finding requires in the school’s PMI.' })
export class FindingActionInput {
  @Field({ description: "The action's id in F01.03 (unique within the finding)." })
  externalId: string;

  @Field(() => FindingActionType, { description: 'Corrective or preventive.' })
  type: FindingActionType;

  @Field({ description: 'What the school must do.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Deadline (plazo), YYYY-MM-DD.' })
  dueDate?: string | null;
}

@InputType({ description: 'A control finding (hallazgo) at a school (F01.03).' })
export class InspectionFindingItemInput extends SchoolEventItemInput(
  'Date of the finding, YYYY-MM-DD.',
  `${EXTERNAL_ID_DESCRIPTION} (código del hallazgo)`,
) {
  @Field(() => ManagementArea, { nullable: true, description: 'Management area concerned.' })
  area?: ManagementArea | null;

  @Field({ description: 'Description of the finding.' })
  description: string;

  @Field(() => [FindingActionInput], { description: 'Actions the school must include in its PMI.' })
  actions: FindingActionInput[];
}

@InputType({ description: 'A batch of control findings (F01.03).' })
export class InspectionFindingBatchInput extends BatchInputType(InspectionFindingItemInput, 'Items: one finding each.') {}

type ActionRow = FindingActionRow;

export const inspectionFindingSpec: SourceSpec<InspectionFindingItemInput, ActionRow[]> = {
  ...schoolEventSpec,
  source: 'F01.03',
  entity: 'InspectionFinding',
  operation: 'ingestInspectionFindings',
  table: 'inspection_finding_all',
  writeChildren: writeFindingActions,
  columns: { school_dane: 'char(12)', found_on: 'date', area: 'varchar', description: 'text' },
  prepare: (item, path, env, _extra, p) =>
    prepareSchoolEvent(item, path, env, p, () => {
      const before = p.count;
      if (item.area != null && !Object.values(ManagementArea).includes(item.area)) p.fail(`${path}.area`, `area must be ${Object.values(ManagementArea).join(', ')}`);
      const description = p.take(text(item.description, `${path}.description`, 4000));
      const actions: ActionRow[] = [];
      const ids = new Set<string>();
      for (const [i, a] of (item.actions ?? []).entries()) {
        const at = `${path}.actions.${i}`;
        const id = p.take(text(a.externalId, `${at}.externalId`, 200));
        // Dependent: an action repeats another only by a valid id.
        if (id && ids.has(id)) p.fail(`${at}.externalId`, `externalId ${id} appears twice among the finding's actions`, ErrorCode.CONFLICT);
        if (id) ids.add(id);
        const type = Object.values(FindingActionType).includes(a.type) || p.fail(`${at}.type`, 'type must be CORRECTIVE or PREVENTIVE');
        const d = p.take(text(a.description, `${at}.description`, 4000));
        const due = a.dueDate == null || isValidDate(a.dueDate) || p.fail(`${at}.dueDate`, 'dueDate must be a date YYYY-MM-DD');
        if (id && type && d && due) actions.push({ external_id: id, type: a.type, description: d, due_date: a.dueDate ?? null });
      }
      if (p.count > before || description === undefined) return undefined;
      actions.sort((a, b) => a.external_id.localeCompare(b.external_id));
      return {
        row: { school_dane: item.daneCode, found_on: item.date, area: item.area ?? null, description },
        children: actions,
      };
    }),
};

export const ingestInspectionFindings = (ctx: Context, input: InspectionFindingBatchInput) => ingestBatch(ctx, inspectionFindingSpec, input);

export function listInspectionFindings(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(InspectionFinding).createQueryBuilder('x'), 'x', args);
}

export const findingActionsLoader = (ctx: Context) =>
  loader<string, InspectionFindingAction[]>(
    ctx,
    'inspectionFindingActions',
    async (ids) =>
      groupBy(
        await ctx.runtime.db.getRepository(InspectionFindingAction).find({ where: { findingId: In([...ids]) }, order: { externalId: 'ASC' } }),
        (r) => r.findingId,
      ),
    [],
  );

// ---------- regime of non-official schools ----------

@InputType({ description: 'The regime (régimen) of a non-official school, as determined by F01.03.' })
export class SchoolRegimeItemInput extends NaturalKeyItemInput('the DANE code') {
  @Field({ description: 'DANE code of a non-official school.' })
  daneCode: string;

  @Field(() => PrivateSchoolRegime, { description: 'Regime (Ley 115 art. 202).' })
  regime: PrivateSchoolRegime;

  @Field(() => String, { nullable: true, description: 'Year it applies to (año).' })
  year?: string | null;
}

@InputType({ description: 'A batch of school regimes (F01.03).' })
export class SchoolRegimeBatchInput extends BatchInputType(SchoolRegimeItemInput, 'Items: one school each.') {}

export const schoolRegimeSpec: SourceSpec<SchoolRegimeItemInput> = {
  source: 'F01.03',
  entity: 'SchoolRegimeReport',
  operation: 'ingestSchoolRegimes',
  table: 'school_regime_report_all',
  keyColumns: ['school_dane'],
  keyChange: 'CONFLICT',
  columns: { school_dane: 'char(12)', regime: 'varchar', year: 'varchar' },
  schoolOf: (i) => i.daneCode,
  prepare(item, path, env, _extra, p) {
    const school = p.take(schoolFor(env, item.daneCode, `${path}.daneCode`));
    // Dependent: whether the school may have a regime is known only once the school is.
    if (school && isOfficial(school)) p.fail(`${path}.regime`, 'regime must not be given: only non-official schools have a regime (régimen)');
    if (!Object.values(PrivateSchoolRegime).includes(item.regime)) p.fail(`${path}.regime`, `regime must be ${Object.values(PrivateSchoolRegime).join(', ')}`);
    if (item.year != null && !PERIOD_PATTERN.test(item.year)) p.fail(`${path}.year`, 'year must be a year such as 2026');
    const ts = p.take(timestampOf(item, path));
    const externalId = p.take(externalIdOf(item, path, item.daneCode));
    if (p.count > 0 || !school || !ts || externalId === undefined) return undefined;
    return {
      key: school.daneCode,
      externalId,
      school: school.daneCode,
      sourceTimestamp: ts,
      row: { school_dane: school.daneCode, regime: item.regime, year: item.year ?? null },
    };
  },
  async afterWrite(uow, env, written) {
    // The registry follows the latest accepted report, in the same transaction; the schools module owns the table.
    await applyRegimes(
      uow,
      'ingestSchoolRegimes',
      env.secretariat,
      written.map((w) => ({ daneCode: w.prepared.school as string, regime: w.prepared.row.regime as PrivateSchoolRegime })),
    );
  },
};

export const ingestSchoolRegimes = (ctx: Context, input: SchoolRegimeBatchInput) => ingestBatch(ctx, schoolRegimeSpec, input);

export function listSchoolRegimes(ctx: Context, args: InboundArgs) {
  return listInbound(ctx, ctx.runtime.db.getRepository(SchoolRegimeReport).createQueryBuilder('x'), 'x', args);
}
