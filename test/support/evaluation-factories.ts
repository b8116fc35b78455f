import type { TestHub } from './hub';
import { Role } from '../../src/common/auth/roles';
import { createStrategy, programActivity } from '../../src/modules/strategy/strategy.service';
import { AssistanceModality } from '../../src/modules/strategy/strategy.enums';
import { classifyForTest } from './activities-factories';

/** A draft strategy of the period for the secretariat (activities 5–8 do not depend on its approval). */
export async function strategyFor(hub: TestHub, secretariat: string, period = '2026') {
  const ctx = hub.system({ subject: `test:professional:${secretariat}`, role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  return createStrategy(ctx, period);
}

/** A programmed activity of the strategy for these schools. */
export async function activityFor(
  hub: TestHub,
  secretariat: string,
  strategyId: string,
  schools: string[],
  attrs: { modality?: AssistanceModality; responsible?: string; startsOn?: string; endsOn?: string; title?: string } = {},
) {
  const ctx = hub.system({ subject: `test:professional:${secretariat}`, role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });
  await classifyForTest(hub, strategyId, schools, attrs.modality ?? AssistanceModality.INTEGRAL);
  return programActivity(ctx, strategyId, {
    title: attrs.title ?? 'Acompañamiento de prueba',
    modality: attrs.modality ?? AssistanceModality.INTEGRAL,
    method: 'Visita in situ',
    schoolDanes: schools,
    startsOn: attrs.startsOn ?? '2026-03-02',
    endsOn: attrs.endsOn ?? '2026-03-20',
    responsible: attrs.responsible ?? 'Ana Gómez',
    resources: '',
    tasks: [],
    supportPlanActionId: null,
  });
}

/**
 * A HELD assistance session (activity 5) of the activity at the school, written as a row: the session service is
 * another module's, and these tests only need the fact that the school received the activity.
 */
export async function heldSession(hub: TestHub, activity: { id: string; strategyId: string; secretariatCode: string }, school: string, heldOn = '2026-03-10') {
  await hub.runtime.db.query(
    `INSERT INTO assistance_session (secretariat_code, strategy_id, activity_id, school_dane, status, scheduled_on, held_on, staff, created_by)
     VALUES ($1, $2, $3, $4, 'HELD', $5, $5, 'Ana Gómez', 'test')`,
    [activity.secretariatCode, activity.strategyId, activity.id, school, heldOn],
  );
}

/** ISO date-time `hours` from now. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
