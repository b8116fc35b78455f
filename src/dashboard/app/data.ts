import { all, gql } from './api';
import {
  DashEvaluationDocument,
  DashEvaluationsDocument,
  DashNeedsDocument,
  DashNonconformitiesDocument,
  DashOverdueActionsDocument,
  DashPlansDocument,
  DashPmiResultsDocument,
  DashSchoolsDocument,
  DashSessionsDocument,
  DashStrategyDocument,
  DashConsolidatedReportsDocument,
  DashIrregularityReportDocument,
  DashNeedCountsDocument,
  DashNonconformitiesFirstDocument,
  DashOverdueActionsCountDocument,
  DashPlanCountsDocument,
  DashSchoolCountsDocument,
  DashSessionCountsDocument,
  DashStrategyCountsDocument,
} from './generated/graphql';
import { useData } from './state';

const s = (secretariat?: string | null) => secretariat ?? null;

/**
 * The jurisdiction view's figures, counted by the hub (issue 14): eight small answers per refresh whatever the size
 * of the secretariat (plus the evaluation), instead of every page of schools, PMIs, sessions and needs. Each loads (and
 * fails) on its own, and again on every live event.
 */
export function useJurisdictionCounts(period: string, secretariat?: string | null) {
  const sec = s(secretariat);
  const results = useData(async () => (await gql(DashPmiResultsDocument, { period, secretariat: sec })).pmiResults.edges[0]?.node ?? null, [period, sec]);
  const strategy = useData(async () => (await gql(DashStrategyCountsDocument, { period, secretariat: sec })).assistanceStrategyOf, [period, sec]);
  const strategyId = strategy.data?.id ?? null;
  const sessions = useData(async () => (await gql(DashSessionCountsDocument, { strategyId: strategyId! })).assistanceSessionCounts, [strategyId], Boolean(strategyId));
  const schools = useData(async () => (await gql(DashSchoolCountsDocument, { secretariat: sec })).schoolCounts, [sec]);
  const plans = useData(async () => (await gql(DashPlanCountsDocument, { period, secretariat: sec })).improvementPlanCounts, [period, sec]);
  const needs = useData(async () => (await gql(DashNeedCountsDocument, { period, secretariat: sec })).supportNeedCounts, [period, sec]);
  const evaluation = useData(async () => (await gql(DashEvaluationDocument, { period, secretariat: sec })).evaluationConsolidation, [period, sec]);
  const nonconformities = useData(async () => (await gql(DashNonconformitiesFirstDocument, { secretariat: sec })).nonconformities, [sec]);
  const overdue = useData(async () => (await gql(DashOverdueActionsCountDocument, { secretariat: sec })).overdueQualityActions, [sec]);
  return { results, strategy, sessions, schools, plans, needs, evaluation, nonconformities, overdue };
}
export type JurisdictionCounts = ReturnType<typeof useJurisdictionCounts>;

/** The lists a records page may read; each page asks only for those it shows (issue 14). */
export type JurisdictionList = 'results' | 'strategy' | 'sessions' | 'schools' | 'plans' | 'needs' | 'evaluation' | 'nonconformities' | 'overdue';
const EVERY_LIST: readonly JurisdictionList[] = ['results', 'strategy', 'sessions', 'schools', 'plans', 'needs', 'evaluation', 'nonconformities', 'overdue'];

/**
 * The lists the records pages read (they show the rows), every page of each; only those in `wanted` are read (a list
 * not wanted stays `data: undefined`, without a request), again on every live event.
 */
export function useJurisdiction(period: string, secretariat?: string | null, wanted: readonly JurisdictionList[] = EVERY_LIST) {
  const sec = s(secretariat);
  const on = (l: JurisdictionList) => wanted.includes(l);
  const results = useData(async () => (await gql(DashPmiResultsDocument, { period, secretariat: sec })).pmiResults.edges[0]?.node ?? null, [period, sec], on('results'));
  const strategy = useData(async () => (await gql(DashStrategyDocument, { period, secretariat: sec })).assistanceStrategyOf, [period, sec], on('strategy') || on('sessions'));
  const strategyId = strategy.data?.id ?? null;
  const sessions = useData(
    async () => (await all(DashSessionsDocument, { strategyId: strategyId!, after: null }, (d) => d.assistanceSessions)).nodes,
    [strategyId],
    on('sessions') && Boolean(strategyId),
  );
  const schools = useData(async () => all(DashSchoolsDocument, { secretariat: sec, after: null }, (d) => d.schools), [sec], on('schools'));
  const plans = useData(async () => (await all(DashPlansDocument, { period, secretariat: sec, after: null }, (d) => d.improvementPlans)).nodes, [period, sec], on('plans'));
  const needs = useData(async () => (await all(DashNeedsDocument, { period, secretariat: sec, after: null }, (d) => d.supportNeeds)).nodes, [period, sec], on('needs'));
  const evaluation = useData(async () => (await gql(DashEvaluationDocument, { period, secretariat: sec })).evaluationConsolidation, [period, sec], on('evaluation'));
  const nonconformities = useData(async () => all(DashNonconformitiesDocument, { secretariat: sec, after: null }, (d) => d.nonconformities), [sec], on('nonconformities'));
  const overdue = useData(async () => all(DashOverdueActionsDocument, { secretariat: sec, after: null }, (d) => d.overdueQualityActions), [sec], on('overdue'));
  return { results, strategy, sessions, schools, plans, needs, evaluation, nonconformities, overdue };
}
export type Jurisdiction = ReturnType<typeof useJurisdiction>;

export function useEvaluations(period: string, secretariat?: string | null, school?: string | null, enabled = true) {
  return useData(
    async () => (await all(DashEvaluationsDocument, { period, secretariat: s(secretariat), school: school ?? null, after: null }, (d) => d.assistanceEvaluations)).nodes,
    [period, secretariat, school],
    enabled,
  );
}

export function useReports(period: string, secretariat?: string | null) {
  const consolidated = useData(async () => (await gql(DashConsolidatedReportsDocument, { period, secretariat: s(secretariat) })).consolidatedReports.edges.map((e) => e.node), [period, secretariat]);
  const irregularities = useData(async () => (await gql(DashIrregularityReportDocument, { year: period, secretariat: s(secretariat) })).irregularityReport, [period, secretariat]);
  return { consolidated, irregularities };
}
