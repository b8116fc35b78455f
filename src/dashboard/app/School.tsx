import { all, gql } from './api';
import { useEvaluations } from './data';
import {
  DashExportFollowUpDocument,
  DashNeedsDocument,
  DashPlanProgressDocument,
  DashSchoolDocument,
  DashSchoolPlanDocument,
  DashSchoolProfileDocument,
  DashSessionsDocument,
  DashStrategyDocument,
} from './generated/graphql';
import { AREA, MODALITY, NEED_RULE, OBJECTIVES_MET, PLAN_STATUS, PRIORITY, SECTOR, SESSION_STATUS, ZONE, date, label, num, pct01 } from './labels';
import { useData, useSession } from './state';
import { ExportButton, Kpi, Panel } from './ui';

/** A school's page: signals with evidence, needs, PMI progress, assistance received, evaluations. */
export function SchoolView(props: { daneCode: string }) {
  const { period, claims } = useSession();
  const dane = props.daneCode;
  const school = useData(async () => (await gql(DashSchoolDocument, { daneCode: dane })).school, [dane]);
  // National roles (Ministry, administrators) name the school's secretariat; the others read their own.
  const national = claims.role === 'MINISTRY' || claims.role === 'ADMIN';
  const sec = national ? (school.data?.secretariatCode ?? null) : null;
  const ready = !national || Boolean(sec);
  const profile = useData(async () => (await gql(DashSchoolProfileDocument, { daneCode: dane, period })).schoolProfile, [dane, period]);
  const needs = useData(async () => (await all(DashNeedsDocument, { period, secretariat: sec, school: dane, after: null }, (d) => d.supportNeeds)).nodes, [dane, period, sec], ready);
  const plan = useData(async () => (await gql(DashSchoolPlanDocument, { daneCode: dane, period })).improvementPlanOf, [dane, period]);
  const planId = plan.data?.id ?? null;
  const progress = useData(async () => (await gql(DashPlanProgressDocument, { planId: planId! })).planFollowUp, [planId], Boolean(planId));
  const strategy = useData(async () => (await gql(DashStrategyDocument, { period, secretariat: sec })).assistanceStrategyOf, [period, sec], ready);
  const strategyId = strategy.data?.id ?? null;
  const sessions = useData(async () => (await all(DashSessionsDocument, { strategyId: strategyId!, school: dane, after: null }, (d) => d.assistanceSessions)).nodes, [strategyId, dane], Boolean(strategyId));
  const evaluations = useEvaluations(period, sec, dane, ready);

  const s = school.data;
  const classification = strategy.data?.classifications.find((c) => c.schoolDane === dane) ?? null;
  const activities = (strategy.data?.activities ?? []).filter((a) => a.schoolDanes.includes(dane));
  const latestByIndicator = new Map((progress.data?.indicators ?? []).map((i) => [i.indicator.id, i.latest]));
  const progressByAction = new Map((progress.data?.actions ?? []).map((a) => [a.action.id, a.current]));
  const held = (sessions.data ?? []).filter((x) => x.status === 'HELD').length;

  if (school.error) {
    return (
      <Panel id="ee" title={`Establecimiento ${dane}`} state={school} />
    );
  }
  return (
    <>
      <div className="school-head">
        <h1 data-testid="school-name">{s?.name ?? 'Establecimiento'}</h1>
        <p className="muted">
          DANE {dane}
          {s ? ` · ${s.municipality} · ${label(SECTOR, s.sector)} · ${label(ZONE, s.zone)}${s.active ? '' : ' · inactivo'}` : ''}
          {claims.role === 'SCHOOL' ? ' · su establecimiento' : ''}
        </p>
      </div>
      <div className="kpis" role="group" aria-label="Cifras del establecimiento">
        <Kpi testId="school-signals" value={profile.data?.signals.length} label="Señales" to="#senales" />
        <Kpi testId="school-needs" value={needs.data?.length} label="Necesidades abiertas" to="#necesidades-ee" />
        <Kpi testId="school-plan" value={plan.data ? label(PLAN_STATUS, plan.data.status) : plan.data === null ? 'Sin PMI' : undefined} label={`PMI ${period}`} to="#pmi-ee" hint={plan.data?.pertinent == null ? undefined : plan.data.pertinent ? 'pertinente' : 'no pertinente'} />
        <Kpi testId="school-progress" value={progress.data ? pct01(progress.data.averagePercent == null ? null : progress.data.averagePercent / 100) : undefined} label="Avance de las acciones" to="#pmi-ee" />
        <Kpi testId="school-held" value={sessions.data ? held : undefined} label="Asesorías recibidas" to="#asistencia" />
        <Kpi testId="school-evaluations" value={evaluations.data?.length} label="Evaluaciones enviadas" to="#evaluaciones-ee" />
      </div>
      <div className="grid">
        <Panel id="senales" title="Señales y evidencias" state={profile} wide empty={profile.data && profile.data.signals.length === 0 ? 'Sin señales en este periodo.' : null}>
          {profile.data ? (
            <>
              <p className="muted small">
                Saber 11: {profile.data.saber11Category ?? '—'} · autoevaluación {profile.data.selfEvaluationYear ?? '—'}:{' '}
                {profile.data.selfEvaluation.map((a) => `${label(AREA, a.area)} ${num(a.average)}`).join(' · ') || '—'} · solicitudes de apoyo abiertas: {profile.data.openSupportRequests}
              </p>
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">Señales del establecimiento con su evidencia</caption>
                  <thead>
                    <tr>
                      <th scope="col">Señal</th>
                      <th scope="col">Área</th>
                      <th scope="col">Fuente</th>
                      <th scope="col">Evidencia</th>
                      <th scope="col">Fecha</th>
                    </tr>
                  </thead>
                  <tbody>
                    {profile.data.signals.map((sig, i) => (
                      <tr key={i}>
                        <td>{label(NEED_RULE, sig.rule)}</td>
                        <td>{label(AREA, sig.area)}</td>
                        <td>{sig.evidence.source}</td>
                        <td>
                          {sig.evidence.description ?? sig.evidence.record}
                          {sig.evidence.value ? <strong> · {sig.evidence.value}</strong> : null}
                        </td>
                        <td>{sig.evidence.date ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </Panel>

        <Panel id="necesidades-ee" title="Necesidades de apoyo abiertas" state={needs} empty={needs.data?.length === 0 ? 'Sin necesidades abiertas.' : null}>
          <ul className="list">
            {(needs.data ?? []).map((n) => (
              <li key={n.id}>
                <strong>{label(AREA, n.area ?? 'NONE')}</strong> · prioridad {label(PRIORITY, n.priority).toLowerCase()} — {n.description}
              </li>
            ))}
          </ul>
        </Panel>

        <Panel id="pmi-ee" title={`Avance del PMI ${period}`} state={plan} empty={plan.data === null ? 'El establecimiento no ha registrado PMI para este periodo.' : null} wide
          actions={
            <>
              <ExportButton testId="export-school-followup" label="Seguimiento CSV" fetchFile={async () => (await gql(DashExportFollowUpDocument, { period, secretariat: null, school: dane, format: 'CSV' })).pmiFollowUpRecord} />
              <ExportButton label="XLSX" fetchFile={async () => (await gql(DashExportFollowUpDocument, { period, secretariat: null, school: dane, format: 'XLSX' })).pmiFollowUpRecord} />
            </>
          }
        >
          {plan.data ? (
            <>
              <p className="muted small">
                {label(PLAN_STATUS, plan.data.status)} · versión {plan.data.version} ·{' '}
                {plan.data.pertinent == null ? 'sin revisión' : plan.data.pertinent ? 'pertinente' : 'no pertinente'} · acciones hechas: {progress.data?.actionsDone ?? '—'} · autoevaluaciones del PMI:{' '}
                {progress.data?.selfEvaluations.length ?? '—'}
              </p>
              {plan.data.goals.map((g) => (
                <div className="goal" key={g.id}>
                  <h3>
                    {label(AREA, g.area)}: {g.description}
                  </h3>
                  <div className="table-wrap">
                    <table>
                      <caption className="sr-only">Indicadores y acciones de la meta</caption>
                      <thead>
                        <tr>
                          <th scope="col">Indicador o acción</th>
                          <th scope="col" className="n">Línea base</th>
                          <th scope="col" className="n">Meta</th>
                          <th scope="col" className="n">Última medición / avance</th>
                        </tr>
                      </thead>
                      <tbody>
                        {g.indicators.map((ind) => {
                          const latest = latestByIndicator.get(ind.id);
                          return (
                            <tr key={ind.id}>
                              <td>Indicador: {ind.name}</td>
                              <td className="n">{num(ind.baseline)} {ind.unit}</td>
                              <td className="n">{num(ind.target)} {ind.unit}</td>
                              <td className="n">{latest ? `${num(latest.value)} ${ind.unit} (${date(latest.measuredOn)})` : 'sin medición'}</td>
                            </tr>
                          );
                        })}
                        {g.actions.map((a) => {
                          const cur = progressByAction.get(a.id);
                          return (
                            <tr key={a.id}>
                              <td>Acción: {a.description} <span className="muted small">({a.responsible}, hasta {date(a.endDate)})</span></td>
                              <td className="n">—</td>
                              <td className="n">100 %</td>
                              <td className="n">{cur ? `${cur.percent} %` : 'sin avance'}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  </div>
                </div>
              ))}
            </>
          ) : null}
        </Panel>

        <Panel id="asistencia" title="Asistencia técnica recibida" state={strategy} empty={strategy.data === null ? `No hay estrategia de asistencia para ${period}.` : null}>
          {strategy.data ? (
            <>
              <p>
                Clasificación: <strong>{classification ? label(MODALITY, classification.modality) : 'sin clasificar'}</strong>
                {classification?.mandatory ? ' (inclusión obligatoria)' : ''}
              </p>
              <ul className="list">
                {activities.map((a) => (
                  <li key={a.id}>
                    <strong>{a.title}</strong> · {label(MODALITY, a.modality)} · {date(a.startsOn)}–{date(a.endsOn)}
                    <ul>
                      {(sessions.data ?? [])
                        .filter((x) => x.activityId === a.id)
                        .map((x) => (
                          <li key={x.id} className="small">
                            Sesión {label(SESSION_STATUS, x.status).toLowerCase()}: {date(x.heldOn ?? x.rescheduledTo ?? x.scheduledOn)}
                            {x.topics ? ` — ${x.topics}` : ''}
                            {x.cancelReason ? ` — ${x.cancelReason}` : ''}
                          </li>
                        ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Panel>

        <Panel id="evaluaciones-ee" title="Evaluaciones de la asesoría" state={evaluations} empty={evaluations.data?.length === 0 ? 'Sin evaluaciones enviadas en este periodo.' : null}>
          <ul className="list">
            {(evaluations.data ?? []).map((e) => (
              <li key={e.id}>
                <strong>{e.activity.title}</strong> · {date(e.submittedAt)} · objetivos cumplidos: {label(OBJECTIVES_MET, e.objectivesMet)}
                <br />
                <span className="small">{e.ratings.map((r) => `${r.criterion} ${r.score}`).join(' · ')}</span>
                {e.comments ? <span className="small muted"> — “{e.comments}”</span> : null}
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    </>
  );
}
