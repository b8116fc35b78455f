import { createHash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { Role } from '../../../src/common/auth/roles';
import { systemContext, type Runtime } from '../../../src/context';
import * as evaluations from '../../../src/modules/assistance-evaluation/assistance-evaluation.service';
import * as irregularities from '../../../src/modules/irregularities/irregularity.service';
import * as consolidated from '../../../src/modules/reports/consolidated-report.service';
import * as results from '../../../src/modules/reports/pmi-results.service';

export interface ReportsOptions {
  seed: number;
  period?: string;
  log?: (line: string) => void;
}

export interface ReportsResult {
  seconds: number;
  /** What the services did, per step; `refused` counts the secretariats a rule of the hub turned away (see below). */
  counts: Record<string, number>;
}

/** The share of secretariats whose líder de calidad signs the irregularities report (the rest stay drafts). */
export const SIGNED_SHARE = 0.5;
/** Secretariats worked on at once (below the hub's default pool of connections). */
const CONCURRENCY = Number(process.env.GENERATE_REPORTS_CONCURRENCY ?? 3);

/**
 * The reports of the period, produced after the bulk load by the hub's own services (what the GraphQL mutations run),
 * secretariat by secretariat (CONCURRENCY at a time), as its profesional de mejoramiento and líder de calidad: so the stored figures are the
 * hub's, with their audit entries and events. For each secretariat: the assistance evaluations consolidated and
 * reviewed (only once the period's evaluation deadline has passed: before it the service refuses, DEADLINE_NOT_PASSED,
 * and the secretariat is counted as refused); the consolidated report generated, analysed and published; the PMI
 * results published (a secretariat without PMIs is refused); the irregularities report of the year drafted, and
 * signed for a seeded SIGNED_SHARE of the secretariats. Which secretariats sign depends on the seed only; ids and
 * timestamps are the services' own (random, wall clock), so these tables are not part of contentHashes.
 */
export async function generateReports(runtime: Runtime, opts: ReportsOptions): Promise<ReportsResult> {
  const log = opts.log ?? (() => undefined);
  const P = opts.period ?? '2026';
  const t0 = performance.now();
  const counts: Record<string, number> = {
    evaluation_consolidation: 0,
    'evaluation_consolidation refused': 0,
    consolidated_report: 0,
    pmi_results_report: 0,
    'pmi_results_report refused': 0,
    irregularity_report: 0,
    'irregularity_report signed': 0,
  };
  const u = (key: string) => createHash('md5').update(`${opts.seed}:${key}`).digest().readUInt32BE(0) / 2 ** 32;
  const codes: string[] = (await runtime.db.query(`SELECT code FROM secretariat ORDER BY code`)).map((r: { code: string }) => r.code);
  const timed = async (name: string, work: () => Promise<void>) => {
    const t = performance.now();
    await work();
    log(`${name.padEnd(34)} ${String(counts[name]).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const actors = (secretariat: string) => ({
    leader: systemContext(runtime, { subject: `generator:lider-calidad:${secretariat}`, role: Role.QUALITY_LEADER, secretariat, client: 'pmi-hub-generate' }),
    professional: systemContext(runtime, {
      subject: `generator:profesional-mejoramiento:${secretariat}`,
      role: Role.IMPROVEMENT_PROFESSIONAL,
      secretariat,
      client: 'pmi-hub-generate',
    }),
  });

  await timed('evaluation_consolidation', async () => {
    await eachOf(codes, async (code) => {
      const { professional, leader } = actors(code);
      try {
        await evaluations.consolidate(professional, P);
      } catch (e) {
        if (refusal(e) === 'DEADLINE_NOT_PASSED') {
          counts['evaluation_consolidation refused']++;
          return;
        }
        throw e;
      }
      await evaluations.reviewConsolidation(leader, P, 'Resultados revisados por el líder de calidad; se comparten con el equipo de asistencia técnica.');
      counts.evaluation_consolidation++;
    });
  });
  if (counts['evaluation_consolidation refused']) log(`  (${counts['evaluation_consolidation refused']} refused: the evaluation deadline of ${P} has not passed)`);
  await timed('consolidated_report', async () => {
    await eachOf(codes, async (code) => {
      const { professional, leader } = actors(code);
      const draft = await consolidated.generateReport(professional, P);
      await consolidated.updateAnalysis(
        professional,
        draft.id,
        `Análisis del periodo ${P}: la cobertura de la asistencia técnica y el avance de los PMI se leen en las cifras del informe; ` +
          'se priorizan para el siguiente periodo los establecimientos con necesidades abiertas en la gestión académica.',
      );
      await consolidated.publishReport(leader, draft.id);
      counts.consolidated_report++;
    });
  });
  await timed('pmi_results_report', async () => {
    await eachOf(codes, async (code) => {
      try {
        await results.publishResults(actors(code).leader, P);
        counts.pmi_results_report++;
      } catch (e) {
        if ((e as GraphQLError).extensions?.code !== 'BAD_USER_INPUT') throw e; // a secretariat without PMIs in the period
        counts['pmi_results_report refused']++;
      }
    });
  });
  await timed('irregularity_report', async () => {
    await eachOf(codes, async (code) => {
      const { professional, leader } = actors(code);
      const report = await irregularities.draftReport(professional, P);
      counts.irregularity_report++;
      if (u(`sign${code}`) < SIGNED_SHARE) {
        await irregularities.signReport(leader, report.id, `Líder de calidad ${code}`);
        counts['irregularity_report signed']++;
      }
    });
  });
  log(`  (${counts['irregularity_report signed']} of ${counts.irregularity_report} irregularities reports signed)`);
  return { seconds: (performance.now() - t0) / 1000, counts };
}

/**
 * Runs `work` for every secretariat, CONCURRENCY at a time, in code order: secretariats are
 * independent (each service serialises its own secretariat), and computing the consolidated report's figures is
 * mostly waiting on the database.
 */
async function eachOf(codes: string[], work: (code: string) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < codes.length) await work(codes[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, codes.length) }, worker));
}

function refusal(e: unknown): unknown {
  const ext = (e as GraphQLError | null)?.extensions;
  return ext?.code === 'INVALID_STATE' ? ext.reason : undefined;
}
