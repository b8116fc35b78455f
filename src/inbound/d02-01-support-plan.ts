import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { In, IsNull } from 'typeorm';
import type { Context } from '../context';
import { groupBy, loader } from '../common/loaders';
import { writeSupportPlanChildren, type SupportPlanChildren } from '../modules/inputs/child-rows';
import { IsPeriod, PERIOD_PATTERN } from '../common/period';
import { scopeOf } from '../common/scope';
import { SupportPlanAction, SupportPlanIndicator, SupportPlanTask, type SupportPlan } from '../modules/inputs/support-plan.entity';
import { externalIdOf, isValidDate, joinKey, text, timestampOf } from './validation';
import { ingestBatch } from './batch';
import { type SourceSpec } from './source-spec';
import { BatchInputType, InboundArgs, NaturalKeyItemInput } from './common-inputs';
import { listInbound } from './read';

/** D02.01: the secretariat's PAM, one action per item (with its line, indicators and tasks). */

@InputType({ description: 'Indicator (indicador) of a PAM action.' })
export class SupportPlanIndicatorInput {
  @Field({ description: 'Name.' })
  name: string;

  @Field(() => Float, { nullable: true, description: 'Baseline (línea base).' })
  baseline?: number | null;

  @Field(() => Float, { description: 'Target (meta).' })
  target: number;

  @Field({ description: 'Unit (unidad de medida).' })
  unit: string;
}

@InputType({ description: 'Task (tarea) of a PAM action.' })
export class SupportPlanTaskInput {
  @Field({ description: 'Description.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Responsible (responsable).' })
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'Due date, YYYY-MM-DD.' })
  dueDate?: string | null;
}

@InputType({ description: 'An action of the secretariat’s PAM (Plan de Apoyo al Mejoramiento, D02.01).' })
export class SupportPlanActionItemInput extends NaturalKeyItemInput('period:code') {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  period: string;

  @Field({ description: 'Code of the PAM line (línea estratégica).' })
  lineCode: string;

  @Field({ description: 'Name of the PAM line.' })
  lineName: string;

  @Field({ description: 'Action code, unique in the period’s PAM.' })
  code: string;

  @Field({ description: 'Action name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Start date, YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'End date, YYYY-MM-DD.' })
  endDate?: string | null;

  @Field(() => [SupportPlanIndicatorInput], { nullable: true, description: 'Indicators.' })
  indicators?: SupportPlanIndicatorInput[] | null;

  @Field(() => [SupportPlanTaskInput], { nullable: true, description: 'Tasks.' })
  tasks?: SupportPlanTaskInput[] | null;
}

@InputType({ description: 'A batch of PAM actions (D02.01).' })
export class SupportPlanBatchInput extends BatchInputType(SupportPlanActionItemInput, 'Items: one PAM action each.') {}

type Children = SupportPlanChildren;

const CODE = /^[A-Za-z0-9._-]{1,32}$/;

export const supportPlanSpec: SourceSpec<SupportPlanActionItemInput, Children> = {
  source: 'D02.01',
  entity: 'SupportPlanAction',
  operation: 'ingestSupportPlanActions',
  table: 'support_plan_action_all',
  keyColumns: ['secretariat_code', 'period', 'code'],
  keyChange: 'MOVE',
  columns: {
    period: 'varchar',
    line_code: 'varchar',
    line_name: 'varchar',
    code: 'varchar',
    name: 'varchar',
    start_date: 'date',
    end_date: 'date',
  },
  writeChildren: writeSupportPlanChildren,
  groupIdOf: (p) => `PAM:${p.row.period}`,
  prepare(item, path, env, _extra, p) {
    if (typeof item.period !== 'string' || !PERIOD_PATTERN.test(item.period)) p.fail(`${path}.period`, 'period must be a year such as 2026 (vigencia)');
    if (typeof item.lineCode !== 'string' || !CODE.test(item.lineCode)) p.fail(`${path}.lineCode`, 'lineCode must be 1–32 letters, digits, dots or dashes');
    if (typeof item.code !== 'string' || !CODE.test(item.code)) p.fail(`${path}.code`, 'code must be 1–32 letters, digits, dots or dashes');
    const lineName = p.take(text(item.lineName, `${path}.lineName`, 300));
    const name = p.take(text(item.name, `${path}.name`, 500));
    let dates = true;
    for (const f of ['startDate', 'endDate'] as const) {
      if (item[f] != null && !isValidDate(item[f])) {
        p.fail(`${path}.${f}`, `${f} must be a date YYYY-MM-DD`);
        dates = false;
      }
    }
    // Dependent: the order of the dates is checked once both are dates.
    if (dates && item.startDate && item.endDate && item.endDate < item.startDate) p.fail(`${path}.endDate`, 'endDate is before startDate');
    const children: Children = { indicators: [], tasks: [] };
    for (const [i, ind] of (item.indicators ?? []).entries()) {
      const at = `${path}.indicators.${i}`;
      const n = p.take(text(ind.name, `${at}.name`, 500));
      const unit = p.take(text(ind.unit, `${at}.unit`, 50));
      const target = Number.isFinite(ind.target) || p.fail(`${at}.target`, 'target must be a number');
      const baseline = ind.baseline == null || Number.isFinite(ind.baseline) || p.fail(`${at}.baseline`, 'baseline must be a number');
      if (n && unit && target && baseline) children.indicators.push({ name: n, baseline: ind.baseline ?? null, target: ind.target, unit });
    }
    for (const [i, t] of (item.tasks ?? []).entries()) {
      const at = `${path}.tasks.${i}`;
      const d = p.take(text(t.description, `${at}.description`, 1000));
      const r = p.take(text(t.responsible, `${at}.responsible`, 200, false));
      const due = t.dueDate == null || isValidDate(t.dueDate) || p.fail(`${at}.dueDate`, 'dueDate must be a date YYYY-MM-DD');
      if (d && r !== undefined && due) children.tasks.push({ description: d, responsible: r, due_date: t.dueDate ?? null });
    }
    const ts = p.take(timestampOf(item, path));
    const externalId = p.take(externalIdOf(item, path, `${item.period}:${item.code}`));
    if (p.count > 0 || !ts || externalId === undefined) return undefined;
    return {
      key: joinKey(env.secretariat, item.period, item.code),
      externalId,
      school: null,
      sourceTimestamp: ts,
      row: {
        period: item.period,
        line_code: item.lineCode,
        line_name: lineName,
        code: item.code,
        name,
        start_date: item.startDate ?? null,
        end_date: item.endDate ?? null,
      },
      children,
    };
  },
};

export const ingestSupportPlanActions = (ctx: Context, input: SupportPlanBatchInput) => ingestBatch(ctx, supportPlanSpec, input);

@ArgsType()
export class SupportPlanActionsArgs extends InboundArgs {
  @Field({ description: 'Period (vigencia), e.g. 2026.' })
  @IsPeriod()
  period: string;

  @Field(() => String, { nullable: true, description: 'Only this line (línea) code.' })
  @IsOptional()
  lineCode?: string | null;
}

export function listSupportPlanActions(ctx: Context, args: SupportPlanActionsArgs) {
  const qb = ctx.runtime.db.getRepository(SupportPlanAction).createQueryBuilder('x').andWhere('x.period = :period', { period: args.period });
  if (args.lineCode) qb.andWhere('x.line_code = :line', { line: args.lineCode });
  return listInbound(ctx, qb, 'x', args, null);
}

/** The PAM of a period for the caller's secretariat (or the one named by the Ministry / an administrator). */
export async function getSupportPlan(ctx: Context, period: string, secretariat?: string | null): Promise<SupportPlan | null> {
  const scope = scopeOf(ctx, secretariat);
  const se = scope.secretariat ?? secretariat;
  if (!se) return null;
  const actions = await ctx.runtime.db
    .getRepository(SupportPlanAction)
    .find({ where: { secretariatCode: se, period, retractedAt: IsNull() }, order: { lineCode: 'ASC', code: 'ASC' } });
  if (actions.length === 0) return null;
  const lines = [...groupBy(actions, (a) => a.lineCode).entries()].map(([code, list]) => ({ code, name: list[0].lineName, actions: list }));
  return { secretariatCode: se, period, actionCount: actions.length, lines };
}

export const supportPlanIndicatorsLoader = (ctx: Context) =>
  loader<string, SupportPlanIndicator[]>(
    ctx,
    'supportPlanIndicators',
    async (ids) =>
      groupBy(
        await ctx.runtime.db.getRepository(SupportPlanIndicator).find({ where: { actionId: In([...ids]) }, order: { position: 'ASC' } }),
        (r) => r.actionId,
      ),
    [],
  );

export const supportPlanTasksLoader = (ctx: Context) =>
  loader<string, SupportPlanTask[]>(
    ctx,
    'supportPlanTasks',
    async (ids) =>
      groupBy(
        await ctx.runtime.db.getRepository(SupportPlanTask).find({ where: { actionId: In([...ids]) }, order: { position: 'ASC' } }),
        (r) => r.actionId,
      ),
    [],
  );
