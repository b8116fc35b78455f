import type { JsonType } from '../../common/json-read';
import { SCHOOL_JSON } from '../schools/school.json';
import { ImprovementPlan } from './improvement-plan.entity';
import { PlanAction, PlanCriticalFactor, PlanGoal, PlanIndicator, PlanObjective } from './plan-content.entity';

/**
 * JSON reads (src/common/json-read.ts) of PMIs with their school and parts. A PMI's parts belong to it, so they
 * inherit the root's scope; the order is the loaders' (position, then id). Versions and reviews take the plain path.
 */
const byPosition = (c: string) => `${c}.position, ${c}.id`;
const partsOfPlan = (table: string) => (t: string, c: string) => `${table} ${c} WHERE ${c}.plan_id = ${t}.id`;
const partsOfGoal = (table: string) => (t: string, c: string) => `${table} ${c} WHERE ${c}.goal_id = ${t}.id`;

const INDICATOR_JSON: JsonType = { name: 'PlanIndicator', entity: PlanIndicator, relations: {} };
const ACTION_JSON: JsonType = { name: 'PlanAction', entity: PlanAction, relations: {} };
const CRITICAL_FACTOR_JSON: JsonType = { name: 'PlanCriticalFactor', entity: PlanCriticalFactor, relations: {} };
const OBJECTIVE_JSON: JsonType = { name: 'PlanObjective', entity: PlanObjective, relations: {} };

// Read by PlanGoalResolver.indicators / actions on the plain path; passed through when pre-read (preReadResolvers).
const GOAL_JSON: JsonType = {
  name: 'PlanGoal',
  entity: PlanGoal,
  relations: {
    indicators: { type: () => INDICATOR_JSON, list: true, from: partsOfGoal('improvement_plan_indicator'), order: byPosition },
    actions: { type: () => ACTION_JSON, list: true, from: partsOfGoal('improvement_plan_action'), order: byPosition },
  },
};

// Read by ImprovementPlanResolver's loaders on the plain path; passed through when pre-read (preReadResolvers).
export const PLAN_JSON: JsonType = {
  name: 'ImprovementPlan',
  entity: ImprovementPlan,
  relations: {
    school: { type: () => SCHOOL_JSON, list: false, unique: true, from: (t, c) => `school ${c} WHERE ${c}.dane_code = ${t}.school_dane` },
    criticalFactors: { type: () => CRITICAL_FACTOR_JSON, list: true, from: partsOfPlan('improvement_plan_critical_factor'), order: byPosition },
    objectives: { type: () => OBJECTIVE_JSON, list: true, from: partsOfPlan('improvement_plan_objective'), order: byPosition },
    goals: { type: () => GOAL_JSON, list: true, from: partsOfPlan('improvement_plan_goal'), order: byPosition },
  },
};
