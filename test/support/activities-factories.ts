import type { TestHub } from './hub';
import { Role } from '../../src/common/auth/roles';
import { ingestSelfEvaluations } from '../../src/inbound/d01-03-self-evaluation';
import { ingestCharacterizations } from '../../src/inbound/d01-04-characterization';
import { ingestSupportPlanActions } from '../../src/inbound/d02-01-support-plan';
import { ingestPeiUpdates } from '../../src/inbound/d02-02-pei';
import { ingestEducationModels } from '../../src/inbound/c02-02-education-model';
import { ingestCurriculumChanges } from '../../src/inbound/d02-05-curriculum';
import { ingestInspectionFindings } from '../../src/inbound/f01-03-inspection';
import { characterizationItem, curriculumItem, educationModelItem, findingItem, peiItem, supportPlanItem } from './inbound-factories';

/** Context of an improvement professional (profesional de mejoramiento) loading data for its secretariat. */
export const professional = (hub: TestHub, secretariat: string) =>
  hub.system({ subject: `test:professional:${secretariat}`, role: Role.IMPROVEMENT_PROFESSIONAL, secretariat });

let stamp = Date.parse('2026-03-01T10:00:00Z');
/** A source timestamp later than every earlier one, so re-sent records are never stale. */
const nextStamp = () => new Date((stamp += 60_000)).toISOString();

/** Fails the test if any item of a batch was rejected. */
function accepted<T extends { items: { status: string; field?: string | null; message?: string | null }[] }>(r: T): T {
  const bad = r.items.filter((i) => i.status === 'REJECTED');
  if (bad.length) throw new Error(`rejected items: ${JSON.stringify(bad)}`);
  return r;
}

export const selfEvaluation = async (hub: TestHub, secretariat: string, daneCode: string, scores: Record<string, number>, year = '2026') =>
  accepted(
    await ingestSelfEvaluations(professional(hub, secretariat), {
      items: Object.entries(scores).map(([componentCode, score]) => ({ daneCode, year, componentCode, score, evidence: 'Acta', sourceTimestamp: nextStamp() })),
    } as never),
  );

export const characterization = async (
  hub: TestHub,
  secretariat: string,
  daneCode: string,
  saber11Category: string | null,
  insufficient: { grade: number; subject: string; share: number }[] = [],
  year = '2026',
) =>
  accepted(
    await ingestCharacterizations(professional(hub, secretariat), {
      items: [
        {
          ...characterizationItem(daneCode, 0, nextStamp()),
          year,
          saber11Category,
          saberResults: insufficient.map((r) => ({
            grade: r.grade,
            subject: r.subject,
            insufficient: r.share,
            minimum: 50 - r.share / 2,
            satisfactory: 50 - r.share / 2,
            advanced: 0,
          })),
        },
      ],
    } as never),
  );

export const finding = async (hub: TestHub, secretariat: string, daneCode: string, n: number) =>
  accepted(await ingestInspectionFindings(professional(hub, secretariat), { items: [findingItem(daneCode, n, nextStamp())] } as never));

export const peiChange = async (hub: TestHub, secretariat: string, daneCode: string, n: number, date: string) =>
  accepted(await ingestPeiUpdates(professional(hub, secretariat), { items: [{ ...peiItem(daneCode, n, nextStamp()), date }] } as never));

export const modelChange = async (hub: TestHub, secretariat: string, daneCode: string, n: number, date: string) =>
  accepted(await ingestEducationModels(professional(hub, secretariat), { items: [{ ...educationModelItem(daneCode, n, nextStamp()), date }] } as never));

export const curriculumChange = async (hub: TestHub, secretariat: string, daneCode: string, n: number, date: string) =>
  accepted(await ingestCurriculumChanges(professional(hub, secretariat), { items: [{ ...curriculumItem(daneCode, n, nextStamp()), date }] } as never));

/** PAM actions A-<n> of the period; returns their ids by code. */
export async function supportPlan(hub: TestHub, secretariat: string, ns: number[], period = '2026') {
  accepted(
    await ingestSupportPlanActions(professional(hub, secretariat), {
      items: ns.map((n) => ({ ...supportPlanItem('', n, nextStamp()), period })),
    } as never),
  );
  const rows: { id: string; code: string }[] = await hub.runtime.db.query(
    'SELECT id, code FROM support_plan_action WHERE secretariat_code = $1 AND period = $2',
    [secretariat, period],
  );
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

/**
 * Classifies schools in a strategy as activity 3 would (a strategy serves only the schools it classifies), for
 * tests of later activities that do not care why a school needs assistance. Written as rows: the classification
 * rules have their own tests.
 */
export async function classifyForTest(hub: { runtime: { db: { query: (sql: string, params: unknown[]) => Promise<unknown> } } }, strategyId: string, schools: string[], modality = 'INTEGRAL') {
  await hub.runtime.db.query(
    `INSERT INTO school_classification (strategy_id, secretariat_code, school_dane, proposed_modality, modality, mandatory, reasons, open_needs)
     SELECT s.id, s.secretariat_code, d, $3, $3, false, ARRAY['test'], 1 FROM assistance_strategy s, unnest($2::text[]) d
      WHERE s.id = $1
     ON CONFLICT DO NOTHING`,
    [strategyId, schools, modality],
  );
}
