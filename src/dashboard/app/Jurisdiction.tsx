import { useEffect, useMemo, useState } from 'react';
import { gql } from './api';
import { byMunicipalityFromCounts, classificationTableFromCounts, needsByAreaFromCounts, sessionsByMonthFromCounts } from './aggregate';
import { useJurisdictionCounts, useReports } from './data';
import {
  DashExportConsolidatedDocument,
  DashExportEvaluationDocument,
  DashExportFollowUpDocument,
  DashExportIrregularitiesDocument,
  DashExportProgrammingDocument,
} from './generated/graphql';
import { ACTION_KIND, AREA, MODALITY, SECTOR, STRATEGY_STATUS, ZONE, criterion, date, label, monthName, num, plural, pct, pct01, shortMonth } from './labels';
import { currentMonth, href, useSession, type Loaded } from './state';
import { Bars, ExportButton, Kpi, Num, Panel } from './ui';

const BLUE = '#1f5fa8';
/**
 * The hub refused the role this list (FORBIDDEN): its panel says so, and its record is not offered for download —
 * each record is read with the same roles as its panel's list (Seguimiento de los PMI as improvementPlans,
 * Evaluación de asesoría as evaluationConsolidation, Programación as the strategy).
 */
const refused = (state: Loaded<unknown>) => state.error?.code === 'FORBIDDEN';
const GREEN = '#2e7d32';

/** The jurisdiction at a glance (quality leader, professional, staff; the Ministry for one secretariat). */
export function JurisdictionView(props: { secretariat?: string }) {
  const { period } = useSession();
  const sec = props.secretariat;
  const j = useJurisdictionCounts(period, sec);
  const reports = useReports(period, sec);
  const firstMonth = currentMonth().startsWith(period) ? currentMonth() : `${period}-01`;
  const [month, setMonth] = useState(firstMonth);
  useEffect(() => setMonth(firstMonth), [firstMonth]); // another period: its current or first month
  const rec = (kind: string, q: Record<string, string | null | undefined> = {}) => href(`registros/${kind}`, { ...q, secretariat: sec });

  // Every figure below comes from the hub's counts (GROUP BY in SQL, scoped as the lists): no list is walked here.
  const schoolGroups = j.schools.data?.groups;
  const activeSchools = j.schools.data?.active ?? 0;
  const classifications = j.strategy.data?.classificationCounts ?? null;
  const r = j.results.data;

  const table = useMemo(() => classificationTableFromCounts(classifications, schoolGroups ?? []), [classifications, schoolGroups]);
  const months = useMemo(() => sessionsByMonthFromCounts(j.sessions.data?.byMonth ?? [], period), [j.sessions.data, period]);
  const thisMonth = months.find((m) => m.month === month) ?? { programmed: 0, held: 0 };
  const areas = useMemo(() => needsByAreaFromCounts(j.needs.data?.byArea ?? []), [j.needs.data]);
  // A column whose list the role may not read shows "—", never a misleading 0.
  const known = {
    classes: !j.strategy.error,
    plans: !j.plans.error,
    held: !j.strategy.error && !j.sessions.error,
    needs: !j.needs.error,
  };
  const municipalities = useMemo(
    () => byMunicipalityFromCounts(schoolGroups ?? [], classifications, j.plans.data?.byMunicipality ?? [], j.sessions.data?.byMunicipality ?? [], j.needs.data?.byMunicipality ?? []),
    [schoolGroups, classifications, j.plans.data, j.sessions.data, j.needs.data],
  );

  const funnel = r
    ? [
        { key: 'registered', label: 'Registrados', value: r.plansRegistered },
        { key: 'reviewed', label: 'Revisados', value: r.plansReviewed },
        { key: 'pertinent', label: 'Pertinentes', value: r.plansPertinent },
        { key: 'followed', label: 'Con seguimiento', value: r.plansFollowedUp },
        { key: 'evaluated', label: 'Evaluados', value: r.plansEvaluated },
      ]
    : [];
  const criteria = j.evaluation.data?.results.byCriterion ?? [];
  const strategyId = j.strategy.data?.id;

  return (
    <>
      <div className="kpis" role="group" aria-label="Cifras principales">
        <Kpi testId="kpi-schools" value={j.schools.data?.active} label="Establecimientos activos" to={rec('escuelas')} />
        <Kpi testId="kpi-plans" value={r?.plansRegistered} label="PMI registrados" to={rec('pmi')} hint={r ? `${pct(r.plansRegistered, r.schools)} de los EE` : undefined} />
        <Kpi testId="kpi-pertinent" value={r?.plansPertinent} label="PMI pertinentes" to={rec('pmi', { estado: 'pertinent' })} />
        <Kpi testId="kpi-held" value={j.sessions.data?.held} label="Asesorías realizadas" to={rec('sesiones', { estado: 'HELD' })} />
        <Kpi testId="kpi-needs" value={j.needs.data?.needs} label="Necesidades abiertas" to={rec('necesidades')} />
        <Kpi testId="kpi-nonconformities" value={j.nonconformities.data?.totalCount} label="No conformidades abiertas" to={rec('no-conformidades')} />
        <Kpi testId="kpi-overdue" value={j.overdue.data?.totalCount} label="Acciones vencidas" to={rec('acciones-vencidas')} />
      </div>

      <div className="grid">
        <Panel id="clasificacion" title="Establecimientos por clasificación y modalidad" state={j.strategy.error ? j.strategy : j.schools} empty={j.strategy.data === null ? `No hay estrategia de asistencia técnica para ${period}: ${plural(activeSchools, 'el único EE está sin clasificar', `los ${activeSchools} EE están sin clasificar`)}.` : null}>
          <p className="muted small">
            Estrategia {period}: {j.strategy.data ? label(STRATEGY_STATUS, j.strategy.data.status) : j.strategy.error ? 'no disponible para su rol' : '…'}
          </p>
          <Bars
            label={`Establecimientos por modalidad: ${table.rows.map((row) => `${label(MODALITY, row.modality)} ${row.total}`).join(', ')}`}
            categories={table.rows.map((row) => label(MODALITY, row.modality))}
            series={[
              { name: 'Total', data: table.rows.map((row) => row.total), color: BLUE },
              { name: 'Inclusión obligatoria', data: table.rows.map((row) => row.mandatory), color: '#b3541e' },
            ]}
            horizontal
            height={160}
            onPick={(i) => (location.hash = rec('escuelas', { modalidad: table.rows[i].modality }))}
          />
          <div className="table-wrap">
            <table>
              <caption className="sr-only">Establecimientos por modalidad, sector y zona</caption>
              <thead>
                <tr>
                  <th scope="col">Modalidad</th>
                  {table.columns.map((c) => (
                    <th scope="col" className="n" key={c}>
                      {label(SECTOR, c.split('/')[0])}
                      <br />
                      {label(ZONE, c.split('/')[1]).toLowerCase()}
                    </th>
                  ))}
                  <th scope="col" className="n">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.modality}>
                    <th scope="row">{label(MODALITY, row.modality)}</th>
                    {row.cells.map((n, i) => (
                      <td className="n" key={i}>
                        <Num value={n} label={`${label(MODALITY, row.modality)}, ${table.columns[i]}`} to={rec('escuelas', { modalidad: row.modality, sector: table.columns[i].split('/')[0], zona: table.columns[i].split('/')[1] })} />
                      </td>
                    ))}
                    <td className="n">
                      <Num value={row.total} label={label(MODALITY, row.modality)} to={rec('escuelas', { modalidad: row.modality })} testId={`class-${row.modality}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>

        <Panel id="pmi" title="Estado de los PMI" state={j.results} empty={r === null ? 'Sin resultados de los PMI para este periodo.' : null}>
          {r ? (
            <>
              <Bars
                label={`PMI del periodo ${period} de ${r.schools} establecimientos: ${funnel.map((f) => `${f.label} ${f.value}`).join(', ')}`}
                categories={funnel.map((f) => f.label)}
                series={[{ name: 'PMI', data: funnel.map((f) => f.value), color: BLUE }]}
                horizontal
                max={Math.max(r.schools, 1)}
                height={180}
                onPick={(i) => (location.hash = rec('pmi', { estado: funnel[i].key }))}
              />
              <ul className="figures">
                {funnel.map((f) => (
                  <li key={f.key}>
                    <Num value={f.value} label={`PMI ${f.label.toLowerCase()}`} to={rec('pmi', { estado: f.key })} testId={`pmi-${f.key}`} /> {f.label.toLowerCase()} ({pct(f.value, r.schools)} de {r.schools} EE)
                  </li>
                ))}
                <li>
                  Avance promedio de los indicadores: <strong>{pct01(r.averageIndicatorProgress)}</strong> ({r.indicatorsAchieved} de {r.indicators} indicadores en la meta)
                </li>
              </ul>
            </>
          ) : null}
        </Panel>

        <Panel
          id="actividades"
          title="Actividades del mes: programadas y realizadas"
          state={j.strategy.error ? j.strategy : j.sessions}
          empty={j.strategy.data === null ? `No hay estrategia para ${period}.` : null}
          actions={
            <label className="inline">
              Mes{' '}
              <select value={month} onChange={(e) => setMonth(e.target.value)} data-testid="month">
                {months.map((m) => (
                  <option key={m.month} value={m.month}>
                    {monthName(m.month)}
                  </option>
                ))}
              </select>
            </label>
          }
        >
          <p className="big-pair">
            <span>
              <Num value={thisMonth.programmed} label={`sesiones programadas en ${monthName(month)}`} to={rec('sesiones', { mes: month, estado: 'programmed' })} testId="month-programmed" /> programadas
            </span>
            <span>
              <Num value={thisMonth.held} label={`sesiones realizadas en ${monthName(month)}`} to={rec('sesiones', { mes: month, estado: 'HELD' })} testId="month-held" /> realizadas
            </span>
            <span className="muted small">en {monthName(month)}</span>
          </p>
          <Bars
            label={`Sesiones por mes de ${period}, programadas y realizadas: ${months.filter((m) => m.programmed || m.held).map((m) => `${monthName(m.month)} ${m.programmed} programadas, ${m.held} realizadas`).join('; ') || 'ninguna'}`}
            categories={months.map((m) => shortMonth(m.month))}
            series={[
              { name: 'Programadas', data: months.map((m) => m.programmed), color: BLUE },
              { name: 'Realizadas', data: months.map((m) => m.held), color: GREEN },
            ]}
            height={200}
            onPick={(i) => setMonth(months[i].month)}
          />
        </Panel>

        <Panel id="evaluacion" title="Evaluación de la asesoría por criterio" state={j.evaluation} empty={j.evaluation.data === null ? `Aún no hay consolidado de la evaluación de ${period}.` : null}>
          {j.evaluation.data ? (
            <>
              <p className="muted small">
                Respuestas: <Num value={j.evaluation.data.results.overall.received} label="evaluaciones recibidas" to={rec('evaluaciones')} testId="eval-received" /> de {j.evaluation.data.results.overall.due} (
                {pct01(j.evaluation.data.results.overall.responseRate)}) · promedio general {num(j.evaluation.data.results.overall.average)} / 5 ·{' '}
                {j.evaluation.data.status === 'REVIEWED' ? 'revisado por el líder' : 'borrador'}
              </p>
              <Bars
                label={`Promedio por criterio (1 a 5): ${criteria.map((c) => `${c.name} ${num(c.average)}`).join(', ')}`}
                categories={criteria.map((c) => c.name)}
                series={[{ name: 'Promedio (1–5)', data: criteria.map((c) => c.average ?? 0), color: BLUE }]}
                horizontal
                max={5}
                height={40 + criteria.length * 42}
                onPick={() => (location.hash = rec('evaluaciones'))}
              />
            </>
          ) : null}
        </Panel>

        <Panel id="calidad" title="No conformidades abiertas y acciones vencidas" state={j.nonconformities}>
          <p className="big-pair">
            <span>
              <Num value={j.nonconformities.data?.totalCount} label="no conformidades abiertas" to={rec('no-conformidades')} testId="nc-open" /> abiertas
            </span>
            <span>
              <Num value={j.overdue.data?.totalCount} label="acciones vencidas" to={rec('acciones-vencidas')} testId="nc-overdue" /> acciones vencidas
            </span>
          </p>
          <ul className="list">
            {(j.nonconformities.data?.edges ?? []).map(({ node: nc }) => (
              <li key={nc.id}>
                <strong>{criterion(nc.requirementCode, Object.fromEntries(criteria.map((c) => [c.code, c.name])))}</strong> · {nc.activity?.title ?? 'actividad'} — {nc.description}
                <br />
                <span className="muted small">
                  {nc.actions.map((a) => `${label(ACTION_KIND, a.kind)}: ${a.owner}, vence ${date(a.dueOn)}${a.overdue ? ' (vencida)' : ''}`).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
          {/* The panel holds the first five; the others are on the records page, not loaded here. */}
          {(j.nonconformities.data?.totalCount ?? 0) > (j.nonconformities.data?.edges.length ?? 0) ? (
            <p className="small">
              <a href={rec('no-conformidades')} data-testid="nc-more">Ver las {j.nonconformities.data!.totalCount} no conformidades abiertas</a>
            </p>
          ) : null}
        </Panel>

        <Panel id="necesidades" title="Necesidades abiertas por área de gestión" state={j.needs}>
          <Bars
            label={`Necesidades abiertas por área: ${areas.map((a) => `${label(AREA, a.key)} ${a.count}`).join(', ')}`}
            categories={areas.map((a) => label(AREA, a.key))}
            series={[{ name: 'Necesidades', data: areas.map((a) => a.count), color: '#7b3fa0' }]}
            horizontal
            height={40 + areas.length * 42}
            onPick={(i) => (location.hash = rec('necesidades', { area: areas[i].key }))}
          />
          <ul className="figures">
            {areas.map((a) => (
              <li key={a.key}>
                <Num value={a.count} label={`necesidades de ${label(AREA, a.key)}`} to={rec('necesidades', { area: a.key })} testId={`needs-${a.key}`} /> {label(AREA, a.key)}
              </li>
            ))}
          </ul>
        </Panel>

        <Panel id="municipios" title="Por municipio" state={j.schools} wide>
          {Object.values(known).some((k) => !k) ? <p className="muted small">“—”: datos que su rol no puede ver.</p> : null}
          <div className="table-wrap">
            <table data-testid="municipalities">
              <caption className="sr-only">Cifras por municipio</caption>
              <thead>
                <tr>
                  <th scope="col">Municipio</th>
                  <th scope="col" className="n">EE</th>
                  <th scope="col" className="n">Integral</th>
                  <th scope="col" className="n">Puntual</th>
                  <th scope="col" className="n">PMI registrados</th>
                  <th scope="col" className="n">PMI pertinentes</th>
                  <th scope="col" className="n">Asesorías realizadas</th>
                  <th scope="col" className="n">Necesidades abiertas</th>
                </tr>
              </thead>
              <tbody>
                {municipalities.map((m) => (
                  <tr key={m.municipality}>
                    <th scope="row">{m.municipality}</th>
                    <td className="n"><Num value={m.schools} label={`EE de ${m.municipality}`} to={rec('escuelas', { municipio: m.municipality })} /></td>
                    <td className="n"><Num value={known.classes ? m.integral : null} label={`EE en acompañamiento integral de ${m.municipality}`} to={rec('escuelas', { municipio: m.municipality, modalidad: 'INTEGRAL' })} /></td>
                    <td className="n"><Num value={known.classes ? m.punctual : null} label={`EE en asesoría puntual de ${m.municipality}`} to={rec('escuelas', { municipio: m.municipality, modalidad: 'PUNCTUAL' })} /></td>
                    <td className="n"><Num value={known.plans ? m.plans : null} label={`PMI de ${m.municipality}`} to={rec('pmi', { municipio: m.municipality })} /></td>
                    <td className="n"><Num value={known.plans ? m.pertinent : null} label={`PMI pertinentes de ${m.municipality}`} to={rec('pmi', { municipio: m.municipality, estado: 'pertinent' })} /></td>
                    <td className="n"><Num value={known.held ? m.held : null} label={`asesorías realizadas en ${m.municipality}`} to={rec('sesiones', { municipio: m.municipality, estado: 'HELD' })} /></td>
                    <td className="n"><Num value={known.needs ? m.needs : null} label={`necesidades de ${m.municipality}`} to={rec('necesidades', { municipio: m.municipality })} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>

        <Panel id="registros" title="Registros para descargar" wide>
          <p className="muted small">Generados por el hub (los mismos registros que <code>npm run export</code>), con los permisos de su rol.</p>
          <ul className="exports">
            {refused(j.plans) ? null : <li>
              Seguimiento de los PMI:{' '}
              <ExportButton testId="export-followup-csv" label="CSV" fetchFile={async () => (await gql(DashExportFollowUpDocument, { period, secretariat: sec ?? null, school: null, format: 'CSV' })).pmiFollowUpRecord} />{' '}
              <ExportButton label="XLSX" fetchFile={async () => (await gql(DashExportFollowUpDocument, { period, secretariat: sec ?? null, school: null, format: 'XLSX' })).pmiFollowUpRecord} />
            </li>}
            {refused(j.evaluation) ? null : <li>
              Evaluación de asesoría:{' '}
              <ExportButton label="CSV" fetchFile={async () => (await gql(DashExportEvaluationDocument, { period, secretariat: sec ?? null, format: 'CSV' })).assistanceEvaluationRecord} />{' '}
              <ExportButton label="XLSX" fetchFile={async () => (await gql(DashExportEvaluationDocument, { period, secretariat: sec ?? null, format: 'XLSX' })).assistanceEvaluationRecord} />
            </li>}
            {strategyId ? (
              <li>
                Programación de la asistencia técnica:{' '}
                <ExportButton label="CSV" fetchFile={async () => (await gql(DashExportProgrammingDocument, { strategyId, format: 'CSV' })).assistanceProgrammingRecord} />{' '}
                <ExportButton label="XLSX" fetchFile={async () => (await gql(DashExportProgrammingDocument, { strategyId, format: 'XLSX' })).assistanceProgrammingRecord} />
              </li>
            ) : null}
            {(reports.consolidated.data ?? []).map((rep) => (
              <li key={rep.id}>
                Informe consolidado v{rep.version} ({rep.status === 'PUBLISHED' ? `publicado ${date(rep.publishedAt)}` : 'borrador'}):{' '}
                <ExportButton label="PDF" fetchFile={async () => (await gql(DashExportConsolidatedDocument, { id: rep.id })).consolidatedReportFile} />
              </li>
            ))}
            {reports.irregularities.data ? (
              <li>
                Reporte de indicios de irregularidades F01.03.F01 ({reports.irregularities.data.status === 'SIGNED' ? `firmado ${date(reports.irregularities.data.signedAt)}` : 'borrador'}):{' '}
                {(['PDF', 'CSV', 'XLSX'] as const).map((f) => (
                  <span key={f}>
                    <ExportButton label={f} fetchFile={async () => (await gql(DashExportIrregularitiesDocument, { id: reports.irregularities.data!.id, format: f })).irregularityReportFile} />{' '}
                  </span>
                ))}
              </li>
            ) : null}
          </ul>
        </Panel>
      </div>
    </>
  );
}
