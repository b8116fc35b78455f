import { LOW_SABER_RULES, sqlRuleList } from '../needs/need.rules';

/**
 * The rule catalogue of activities 3–4 (definir la estrategia; verificar la alineación con el PAM): each rule with
 * its name, its description and the SQL fragment that applies it. `classify` (classification.ts) and
 * `alignmentRows` (alignment.service.ts) read it; a reader finds "mandatory inclusion" or "alignment with the PAM" here.
 */
export enum StrategyRule {
  /** Non-official school in régimen controlado. */
  MANDATORY_CONTROLLED_REGIME = 'MANDATORY_CONTROLLED_REGIME',
  /** Official school with low SABER performance. */
  MANDATORY_OFFICIAL_LOW_SABER = 'MANDATORY_OFFICIAL_LOW_SABER',
  /** Integral (acompañamiento integral) when mandatory or with enough open needs; punctual (asesoría puntual) otherwise. */
  INTEGRAL_OR_PUNCTUAL = 'INTEGRAL_OR_PUNCTUAL',
  /** Every active activity belongs to an action of the secretariat's PAM (D02.01) for the same period. */
  ALIGNMENT_WITH_PAM = 'ALIGNMENT_WITH_PAM',
}

export interface StrategyRuleDefinition {
  rule: StrategyRule;
  description: string;
  /** The SQL that applies the rule; its columns and parameters are named in `description`. */
  sql: string;
}

export const STRATEGY_RULES: Record<StrategyRule, StrategyRuleDefinition> = {
  [StrategyRule.MANDATORY_CONTROLLED_REGIME]: {
    rule: StrategyRule.MANDATORY_CONTROLLED_REGIME,
    description:
      'Mandatory inclusion (inclusión obligatoria): a non-official school in régimen controlado (F01.03). ' +
      'Boolean over the school row `s`.',
    sql: `coalesce(s.regime = 'CONTROLLED', false)`,
  },
  [StrategyRule.MANDATORY_OFFICIAL_LOW_SABER]: {
    rule: StrategyRule.MANDATORY_OFFICIAL_LOW_SABER,
    description:
      'Mandatory inclusion (inclusión obligatoria): an official school with low SABER performance, i.e. a LOW_SABER_* ' +
      'need not resolved (a dismissal does not lift a legal obligation). Boolean over the school row `s` and the ' +
      'per-school aggregate `n` of its needs (column `low_saber`, see LOW_SABER_NEED_SQL).',
    sql: `(s.sector = 'OFFICIAL' AND coalesce(n.low_saber, false))`,
  },
  [StrategyRule.INTEGRAL_OR_PUNCTUAL]: {
    rule: StrategyRule.INTEGRAL_OR_PUNCTUAL,
    description:
      'Proposed modality: INTEGRAL when the school is of mandatory inclusion or has at least `integralNeedsThreshold` ($4) ' +
      'open needs, PUNCTUAL otherwise. Staff may override it with a justification. Over `controlled`, ' +
      '`official_low_saber` and `open_needs`.',
    sql: `CASE WHEN controlled OR official_low_saber OR open_needs >= $4 THEN 'INTEGRAL' ELSE 'PUNCTUAL' END`,
  },
  [StrategyRule.ALIGNMENT_WITH_PAM]: {
    rule: StrategyRule.ALIGNMENT_WITH_PAM,
    description:
      'Alignment with the PAM (alineación con el Plan de Apoyo al Mejoramiento, D02.01): an active activity is aligned ' +
      'when it links to an existing PAM action of the same secretariat and period; approval waits until all are. ' +
      'Answers the ids among $1 (uuid[]) that are PAM actions of secretariat $2 for period $3.',
    sql: 'SELECT id FROM support_plan_action WHERE id = ANY($1) AND secretariat_code = $2 AND period = $3',
  },
};

/** Per need row of a school: true when it is a LOW_SABER_* need not resolved (feeds MANDATORY_OFFICIAL_LOW_SABER). */
export const LOW_SABER_NEED_SQL = `rule IN (${sqlRuleList(LOW_SABER_RULES)}) AND status <> 'RESOLVED'`;
