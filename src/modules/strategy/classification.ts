import { hasViolation, takeDeferredViolations, violationsError } from '../../common/validation';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { callerOf } from '../../context';
import { AssistanceStrategy } from './assistance-strategy.entity';
import { SchoolClassification } from './school-classification.entity';
import type { OverrideClassificationInput } from './strategy.inputs';
import { unitOfWork } from '../../common/unit-of-work';
import { diff } from '../audit/audit.service';
import { settingsFor } from '../settings/settings.service';
import { LOW_SABER_NEED_SQL, STRATEGY_RULES } from './strategy.rules';
import { lockStrategy, notClassifiedMessage, openForChanges } from './strategy.service';

/** Activity 3 (definir la estrategia): which schools the secretariat accompanies, and how. */

/**
 * Why a school is proposed (`SchoolClassification.reasons`): text for people, in Spanish like every text the
 * secretariat files (the codes of the API — modality, `mandatory` — stay English). `%s` are the open needs, the
 * plural endings and the secretariat's threshold (`integralNeedsThreshold`).
 */
export const REASON_TEXT = {
  controlled: 'Inclusión obligatoria: establecimiento no oficial en régimen controlado',
  officialLowSaber: 'Inclusión obligatoria: establecimiento oficial con bajo desempeño en las pruebas SABER',
  integral: '%s necesidad%s abierta%s: acompañamiento integral (desde %s)',
  punctual: '%s necesidad%s abierta%s: asesoría puntual (menos de %s)',
};

/**
 * Classifies every school with open needs, plus every school of mandatory inclusion, in one statement; the rules
 * (MANDATORY_CONTROLLED_REGIME, MANDATORY_OFFICIAL_LOW_SABER, INTEGRAL_OR_PUNCTUAL) are in strategy.rules.ts.
 * Mandatory: official schools with low SABER performance (a LOW_SABER_* need that is not resolved: a dismissal does
 * not lift a legal obligation) and non-official schools in régimen controlado. Default proposal: INTEGRAL when
 * mandatory or with at least `integralNeedsThreshold` open needs, PUNCTUAL otherwise. Staff overrides keep their
 * modality; the rule's proposal is refreshed beside it.
 */
export async function classify(tx: EntityManager, strategy: AssistanceStrategy): Promise<void> {
  const settings = await settingsFor(tx, strategy.secretariatCode);
  const params = [strategy.secretariatCode, strategy.period, strategy.id, settings.integralNeedsThreshold];
  await tx.query(
    `WITH needs AS (
       SELECT school_dane,
              count(*) FILTER (WHERE status = 'OPEN')::int AS open_needs,
              bool_or(${LOW_SABER_NEED_SQL}) AS low_saber
         FROM support_need
        WHERE secretariat_code = $1 AND period = $2
        GROUP BY school_dane
     ), candidates AS (
       SELECT s.dane_code, coalesce(n.open_needs, 0) AS open_needs,
              ${STRATEGY_RULES.MANDATORY_CONTROLLED_REGIME.sql} AS controlled,
              ${STRATEGY_RULES.MANDATORY_OFFICIAL_LOW_SABER.sql} AS official_low_saber
         FROM school s LEFT JOIN needs n ON n.school_dane = s.dane_code
        WHERE s.secretariat_code = $1 AND s.active
     ), proposed AS (
       SELECT dane_code, open_needs, controlled OR official_low_saber AS mandatory,
              ${STRATEGY_RULES.INTEGRAL_OR_PUNCTUAL.sql} AS modality,
              array_remove(ARRAY[
                CASE WHEN controlled THEN '${REASON_TEXT.controlled}' END,
                CASE WHEN official_low_saber THEN '${REASON_TEXT.officialLowSaber}' END,
                CASE WHEN open_needs >= $4 THEN format('${REASON_TEXT.integral}', open_needs, CASE WHEN open_needs = 1 THEN '' ELSE 'es' END, CASE WHEN open_needs = 1 THEN '' ELSE 's' END, $4::int)
                     WHEN open_needs > 0 THEN format('${REASON_TEXT.punctual}', open_needs, CASE WHEN open_needs = 1 THEN '' ELSE 'es' END, CASE WHEN open_needs = 1 THEN '' ELSE 's' END, $4::int) END
              ], NULL) AS reasons
         FROM candidates
        WHERE open_needs > 0 OR controlled OR official_low_saber
     ), upserted AS (
       INSERT INTO school_classification
              (strategy_id, secretariat_code, school_dane, proposed_modality, modality, mandatory, reasons, open_needs)
       SELECT $3, $1, dane_code, modality, modality, mandatory, reasons, open_needs FROM proposed
       ON CONFLICT (strategy_id, school_dane) DO UPDATE SET
              proposed_modality = EXCLUDED.proposed_modality,
              modality = CASE WHEN school_classification.override_justification IS NULL
                              THEN EXCLUDED.modality ELSE school_classification.modality END,
              mandatory = EXCLUDED.mandatory, reasons = EXCLUDED.reasons, open_needs = EXCLUDED.open_needs
       RETURNING school_dane
     )
     DELETE FROM school_classification c
      WHERE c.strategy_id = $3 AND c.override_justification IS NULL
        AND c.school_dane NOT IN (SELECT dane_code FROM proposed)`,
    params,
  );
}

export async function reclassify(ctx: Context, strategyId: string) {
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, strategyId);
    await openForChanges(tx, strategy);
    await classify(tx, strategy);
    await uow.record({
      operation: 'classifySchools',
      entity: 'AssistanceStrategy',
      entityId: strategy.id,
      secretariat: strategy.secretariatCode,
      change: {},
    });
    return strategy;
  });
}

export async function overrideClassification(ctx: Context, input: OverrideClassificationInput) {
  // Every problem at once: the input's own (e.g. the justification) and whether the school is classified. A malformed
  // strategy id or DANE code is reported at once with the input's other problems, before the strategy is looked up
  // (a NOT_FOUND or INVALID_STATE would otherwise hide it).
  const found = takeDeferredViolations(input, ['input.strategyId', 'input.daneCode']);
  return unitOfWork(ctx, async (uow) => {
    const { tx } = uow;
    const strategy = await lockStrategy(ctx, tx, input.strategyId);
    await openForChanges(tx, strategy);
    const row = hasViolation(found, 'input.daneCode') ? null : await tx.findOneBy(SchoolClassification, { strategyId: strategy.id, schoolDane: input.daneCode });
    if (!row && !hasViolation(found, 'input.daneCode')) found.push({ field: 'input.daneCode', message: notClassifiedMessage(input.daneCode) });
    if (!row || found.length > 0) throw violationsError(found);
    const before = { modality: row.modality, overrideJustification: row.overrideJustification };
    row.modality = input.modality;
    row.overrideJustification = input.justification;
    row.overriddenBy = callerOf(ctx).subject;
    row.overriddenAt = new Date();
    const saved = await tx.save(row);
    await uow.record({
      operation: 'overrideSchoolClassification',
      entity: 'SchoolClassification',
      entityId: row.id,
      secretariat: strategy.secretariatCode,
      change: { ...diff(before, { modality: saved.modality, overrideJustification: saved.overrideJustification }), proposedModality: row.proposedModality },
    });
    return saved;
  });
}
