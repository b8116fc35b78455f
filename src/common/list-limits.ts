import { DomainError, ErrorCode } from './errors';
import { isInputObjectType, isListType, isNonNullType, isObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';

/**
 * How long every list may be: the one table of the hub (README "Limits"), read by
 *
 * - the guards before execution (checkOperationLists in src/http/guards.ts, HTTP and WebSocket alike): a list argument
 *   or input field longer than its maximum — in a variable, a literal, a variable inside a literal or a variable's
 *   default — refuses the whole operation with LIMIT_EXCEEDED (`limit: listSize`, `field` its path, e.g.
 *   `input.items.0.actions`, `max`, `actual`; every such list in `lists`) before any field executes, so nothing is
 *   read or written; the input boundary (src/common/input-guard.ts) checks the coerced arguments again; the spreadsheet import
 *   (src/inbound/file-import.ts) checks the items it builds against the same table;
 * - the schema's descriptions (`At most N.` is appended to each list input field and argument, see
 *   {@link describeListLimits});
 * - the cost estimate (src/http/guards.ts): a list field without `first` costs its {@link outputListEstimate} ×
 *   its selection.
 *
 * Every list-typed input field and argument of the schema must be listed (test/limits/list-limits.test.ts checks
 * it against the schema), so a new one cannot come without its maximum.
 */

/** Items of an inbound batch: MAX_BATCH_SIZE (configuration), refused by assertBatchSize (src/inbound/batch.ts). */
export const BATCH = 'MAX_BATCH_SIZE' as const;

/** LIMIT_EXCEEDED `batchSize`: a batch of `actual` items where MAX_BATCH_SIZE allows `max`. */
export const batchTooLarge = (field: string, max: number, actual: number): DomainError =>
  new DomainError(ErrorCode.LIMIT_EXCEEDED, `A batch may hold at most ${max} items; this one has ${actual}. Split it.`, {
    field,
    limit: 'batchSize',
    max,
    actual,
  });

/** A list found longer than its maximum: `field` its path from the argument (`input.items.0.actions`), `name` its own. */
export interface ListOverLimit {
  field: string;
  name: string;
  limit: 'listSize' | 'batchSize';
  max: number;
  actual: number;
}

/** LIMIT_EXCEEDED `listSize` for a list longer than its maximum (README "Limits"), naming its path. */
export const listTooLong = (field: string, name: string, max: number, actual: number): DomainError =>
  new DomainError(ErrorCode.LIMIT_EXCEEDED, `${name} holds ${actual} entries; at most ${max} (${field})`, {
    field,
    limit: 'listSize',
    max,
    actual,
  });

/**
 * The one LIMIT_EXCEEDED error for every list of an operation over its maximum (all problems at once, as
 * BAD_USER_INPUT's `violations`): `field`, `limit`, `max`, `actual` and the message are the first list's, and
 * `extensions.lists` names each `{ field, limit, max, actual }`, the first included.
 */
export function listsTooLong(found: readonly ListOverLimit[]): DomainError {
  const [first] = found;
  const error = first.limit === 'batchSize' ? batchTooLarge(first.field, first.max, first.actual) : listTooLong(first.field, first.name, first.max, first.actual);
  const lists = found.map(({ field, limit, max, actual }) => ({ field, limit, max, actual }));
  const more = found.length - 1;
  const message = more === 0 ? error.message : `${error.message} (and ${more} more ${more === 1 ? 'list' : 'lists'} over ${more === 1 ? 'its' : 'their'} maximum: see extensions.lists)`;
  return new DomainError(ErrorCode.LIMIT_EXCEEDED, message, { ...error.extensions, lists });
}

/** Schools of one assistance activity (a secretariat has at most a few thousand schools; Bogotá ≈ 2,300). */
const SCHOOLS_PER_ACTIVITY = 3_000;
/** Children of a record that a person types in (goals, actions, tasks, findings' actions…). */
const CHILDREN = 100;

/** `InputType.field` or `Type.field(argument)` → the most entries its list may hold. */
export const INPUT_LIST_LIMITS: Readonly<Record<string, number | typeof BATCH>> = {
  // Inbound batches (sources) and their items' child lists.
  'CharacterizationBatchInput.items': BATCH,
  'CurriculumChangeBatchInput.items': BATCH,
  'EducationModelBatchInput.items': BATCH,
  'InspectionFindingBatchInput.items': BATCH,
  'PeiUpdateBatchInput.items': BATCH,
  'RetractionBatchInput.items': BATCH,
  'SchoolRegimeBatchInput.items': BATCH,
  'SelfEvaluationBatchInput.items': BATCH,
  'SupportPlanBatchInput.items': BATCH,
  'CharacterizationItemInput.infrastructureNeeds': 50,
  'CharacterizationItemInput.saberResults': 50, // areas × tests of one period
  'CurriculumChangeItemInput.areas': 30, // areas of the curriculum
  'InspectionFindingItemInput.actions': CHILDREN, // actions (corrective/preventive) of one finding
  'SupportPlanActionItemInput.indicators': 50,
  'SupportPlanActionItemInput.tasks': CHILDREN,
  // Improvement plans (PMI) and their follow-up.
  'RegisterImprovementPlanInput.criticalFactors': 100,
  'RegisterImprovementPlanInput.objectives': 100,
  'RegisterImprovementPlanInput.goals': 100,
  'UpdateImprovementPlanInput.criticalFactors': 100,
  'UpdateImprovementPlanInput.objectives': 100,
  'UpdateImprovementPlanInput.goals': 100,
  'GoalInput.indicators': 50,
  'GoalInput.actions': 200,
  'PlanSelfEvaluationInput.goalRatings': 200,
  // Assistance (strategy, activities, sessions, evaluation, verification).
  'AssistanceActivityInput.schoolDanes': SCHOOLS_PER_ACTIVITY,
  'AssistanceActivityInput.tasks': CHILDREN,
  'UpdateAssistanceActivityInput.schoolDanes': SCHOOLS_PER_ACTIVITY,
  'UpdateAssistanceActivityInput.tasks': CHILDREN,
  'AssistanceSessionInput.attendees': 500,
  'AssistanceSessionInput.commitments': CHILDREN,
  'SessionAttendeeInput.names': 20,
  'EvaluationSettingsInput.criteria': 20,
  'SubmitAssistanceEvaluationInput.ratings': 20,
  'SetServiceRequirementsInput.requirements': 50,
  'RecordVerificationInput.results': 50,
  // Catalogues and settings.
  'SelfEvaluationCatalogueInput.processes': 50,
  'CatalogueProcessInput.components': 50,
  'UpdateSecretariatSettingsInput.lowSaber11Categories': 5,
  // Events and webhooks: event types (a type listed twice counts once, so more than there are is never needed).
  'RegisterWebhookEndpointInput.types': 100,
  'RegisterWebhookEndpointInput.scopes': 100,
  'Query.events(types)': 100,
  'Subscription.events(types)': 100,
};

/**
 * The maximum of a child list of an inbound item (`<Source>ItemInput.<name>`), by the list's name: each name is
 * unique among the items' child lists (for items built outside GraphQL, e.g. from a spreadsheet).
 */
export function itemListLimit(name: string): number | undefined {
  for (const [key, max] of Object.entries(INPUT_LIST_LIMITS)) {
    if (typeof max === 'number' && key.endsWith(`ItemInput.${name}`)) return max;
  }
  return undefined;
}

/** The most entries the list `Type.field` (or `Type.field(argument)`) may hold; undefined when it is not a list. */
export const inputListLimit = (key: string): number | typeof BATCH | undefined => INPUT_LIST_LIMITS[key];

/**
 * What a list field of an answer without `first` costs per element in the cost estimate: a child list stored from an
 * input has at most that input's maximum; other lists an estimate of their largest realistic size. A list of leaves
 * (scalars, enums) costs 1 like a leaf; `edges` and `nodes` of a page cost 1 × their selection (the page's `first`
 * counted them already).
 */
export const OUTPUT_LIST_ESTIMATES: Readonly<Record<string, number>> = {
  // Child lists stored from an input, priced at that input's maximum (a page of 200 findings × 150,000 actions
  // once answered 23 MB: with the maximum it costs 200 × 100 × its selection).
  'InspectionFinding.actions': INPUT_LIST_LIMITS['InspectionFindingItemInput.actions'] as number,
  'Characterization.saberResults': INPUT_LIST_LIMITS['CharacterizationItemInput.saberResults'] as number,
  'SupportPlanAction.indicators': INPUT_LIST_LIMITS['SupportPlanActionItemInput.indicators'] as number,
  'SupportPlanAction.tasks': INPUT_LIST_LIMITS['SupportPlanActionItemInput.tasks'] as number,
  'AssistanceEvaluation.ratings': INPUT_LIST_LIMITS['SubmitAssistanceEvaluationInput.ratings'] as number,
  'EvaluationSettings.criteria': INPUT_LIST_LIMITS['EvaluationSettingsInput.criteria'] as number,
  // A plan nests three stored lists (goals × actions): priced at about 1.5× a plan's usual size (4 goals of 2
  // indicators and 3 actions in the generated national data), not at the product of the maxima (100 goals × 200
  // actions), which would refuse reading one plan whole; a page of 100 plans with their parts (issue 14's dashboard
  // read at its largest measured page) must stay within MAX_QUERY_COMPLEXITY.
  'ImprovementPlan.criticalFactors': 6,
  'ImprovementPlan.objectives': 6,
  'ImprovementPlan.goals': 6,
  'PlanGoal.indicators': 3,
  'PlanGoal.actions': 5,
  'PlanSelfEvaluation.goalRatings': 6,
  'AssistanceActivity.schools': 50,
  'AssistanceActivity.tasks': 10,
  'AssistanceSession.attendees': 30,
  'AssistanceSession.commitments': 10,
  'AssistanceStrategy.activities': 50,
  'AssistanceStrategy.classifications': 200,
  'SelfEvaluationCatalogue.processes': 20,
  'SelfEvaluationCatalogue.components': 20,
  'SchoolAnalysis.signals': 50, // at most 100 per rule (MAX_SIGNALS_PER_RULE); a school has a few rules' worth
  'Nonconformity.actions': 5, // quality actions of one nonconformity
  'SupportNeed.evidence': 10, // the signals a need groups (one rule, one school)
  // Results of a batch: one per item sent, which MAX_BODY_SIZE and MAX_BATCH_SIZE bound; priced once.
  'IngestionResult.items': 1,
  'RetractionResult.items': 1,
};

/** A list of an answer not in the table: about one default page. */
export const DEFAULT_OUTPUT_LIST_ESTIMATE = 20;

export function outputListEstimate(typeName: string, fieldName: string): number {
  if ((fieldName === 'edges' || fieldName === 'nodes') && /(?:Connection|Page)$/.test(typeName)) return 1;
  return OUTPUT_LIST_ESTIMATES[`${typeName}.${fieldName}`] ?? DEFAULT_OUTPUT_LIST_ESTIMATE;
}

/** The sentence every list input's description ends with. */
export const listLimitSentence = (max: number | typeof BATCH) =>
  max === BATCH ? 'At most MAX_BATCH_SIZE items (LIMIT_EXCEEDED batchSize).' : `At most ${max} entries (LIMIT_EXCEEDED listSize).`;

const isListInput = (t: GraphQLInputType): boolean => (isNonNullType(t) ? isListInput(t.ofType) : isListType(t));

/** Every list input field and argument of the schema, as `Type.field` / `Type.field(argument)`. */
export function listInputsOf(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) if (isListInput(f.type)) keys.push(`${type.name}.${f.name}`);
    } else if (isObjectType(type)) {
      for (const f of Object.values(type.getFields())) for (const a of f.args) if (isListInput(a.type)) keys.push(`${type.name}.${f.name}(${a.name})`);
    }
  }
  return keys;
}

/** Appends each list input's maximum to its description in the schema (what introspection and the SDL show). */
export function describeListLimits(schema: GraphQLSchema): GraphQLSchema {
  const describe = (item: { description?: string | null }, key: string) => {
    const max = INPUT_LIST_LIMITS[key];
    if (max === undefined) return;
    const sentence = listLimitSentence(max);
    if (item.description?.endsWith(sentence)) return;
    item.description = item.description ? `${item.description} ${sentence}` : sentence;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) if (isListInput(f.type)) describe(f, `${type.name}.${f.name}`);
    } else if (isObjectType(type)) {
      for (const f of Object.values(type.getFields())) for (const a of f.args) if (isListInput(a.type)) describe(a, `${type.name}.${f.name}(${a.name})`);
    }
  }
  return schema;
}
