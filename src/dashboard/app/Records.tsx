import { gql } from './api';
import { heldMonth, isPertinent, isReviewed, modalityOf, programmedMonth } from './aggregate';
import { useEvaluations, useJurisdiction, type JurisdictionList } from './data';
import { DashPlanProgressDocument } from './generated/graphql';
import { ACTION_KIND, AREA, MODALITY, NEED_RULE, OBJECTIVES_MET, PLAN_STATUS, PRIORITY, SECTOR, SESSION_STATUS, ZONE, criterion, date, label, monthName } from './labels';
import { href, useData, useSession, type Loaded } from './state';
import { Panel } from './ui';

const PLAN_FILTER: Record<string, string> = {
  registered: 'registrados',
  reviewed: 'revisados',
  pertinent: 'revisados como pertinentes',
  followed: 'con seguimiento',
  evaluated: 'evaluados por el EE',
};

const LISTS: Record<string, JurisdictionList[]> = {
  escuelas: ['schools', 'strategy'],
  pmi: ['schools', 'plans'],
  sesiones: ['schools', 'strategy', 'sessions'],
  necesidades: ['schools', 'needs'],
  'no-conformidades': ['schools', 'nonconformities', 'evaluation'],
  'acciones-vencidas': ['schools', 'overdue'],
  evaluaciones: ['schools', 'evaluation'],
};

/** The records behind a number: #/registros/<kind>?filters. Filters are applied to the lists the hub returned. */
export function RecordsView(props: { kind: string; query: URLSearchParams }) {
  const { period } = useSession();
  const q = props.query;
  const sec = q.get('secretariat') ?? undefined;
  // Only the lists this page shows (and the registry, for names and municipalities), not every list of the view.
  const j = useJurisdiction(period, sec, LISTS[props.kind] ?? ['schools']);
  const evaluations = useEvaluations(period, sec, null, props.kind === 'evaluaciones');
  const schools = j.schools.data?.nodes ?? [];
  const byDane = new Map(schools.map((s) => [s.daneCode, s]));
  const criterionNames = Object.fromEntries((j.evaluation.data?.results.byCriterion ?? []).map((c) => [c.code, c.name]));
  const muni = q.get('municipio');
  const inMuni = (dane: string) => !muni || byDane.get(dane)?.municipality === muni;
  const schoolLink = (dane: string) => (
    <a href={href(`escuela/${dane}`)}>{byDane.get(dane)?.name ?? dane}</a>
  );
  const planState = q.get('estado');
  const needsFollowUp = props.kind === 'pmi' && (planState === 'followed' || planState === 'evaluated');
  const plans = (j.plans.data ?? []).filter((p) => inMuni(p.schoolDane));
  const followUps = useData(
    async () => {
      const out = new Map<string, { followed: boolean; evaluated: boolean; average: number | null }>();
      for (const p of plans.slice(0, 200)) {
        const f = (await gql(DashPlanProgressDocument, { planId: p.id })).planFollowUp;
        out.set(p.id, {
          followed: f.actions.some((a) => a.current) || f.indicators.some((i) => i.latest),
          evaluated: f.selfEvaluations.length > 0,
          average: f.averagePercent ?? null,
        });
      }
      return out;
    },
    [plans.map((p) => p.id).join(',')],
    needsFollowUp && Boolean(j.plans.data),
  );

  const back = <a href={sec ? href(`secretaria/${sec}`) : href('')}>← Volver al tablero</a>;
  const filters = [...q.entries()].filter(([k]) => k !== 'secretariat');
  const describe = filters.length ? ` (${filters.map(([k, v]) => `${k}: ${v}`).join(', ')})` : '';

  let title = '';
  let state: Loaded<unknown> = j.schools;
  let body: JSX.Element | null = null;
  switch (props.kind) {
    case 'escuelas': {
      const modality = modalityOf(schools, j.strategy.data?.classifications ?? []);
      const rows = schools.filter(
        (s) =>
          s.active &&
          inMuni(s.daneCode) &&
          (!q.get('modalidad') || (modality.get(s.daneCode)?.modality ?? 'NONE') === q.get('modalidad')) &&
          (!q.get('sector') || s.sector === q.get('sector')) &&
          (!q.get('zona') || s.zone === q.get('zona')),
      );
      title = `Establecimientos${q.get('modalidad') ? ` · ${label(MODALITY, q.get('modalidad'))}` : ''}`;
      body = (
        <Table head={['Establecimiento', 'DANE', 'Municipio', 'Sector', 'Zona', 'Modalidad']} count={rows.length}>
          {rows.map((s) => (
            <tr key={s.daneCode}>
              <th scope="row">{schoolLink(s.daneCode)}</th>
              <td>{s.daneCode}</td>
              <td>{s.municipality}</td>
              <td>{label(SECTOR, s.sector)}</td>
              <td>{label(ZONE, s.zone)}</td>
              <td>
                {label(MODALITY, modality.get(s.daneCode)?.modality ?? 'NONE')}
                {modality.get(s.daneCode)?.mandatory ? ' (obligatoria)' : ''}
              </td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'pmi': {
      state = needsFollowUp && j.plans.data ? followUps : j.plans;
      const f = followUps.data;
      const rows = plans.filter((p) =>
        planState === 'pertinent'
          ? isPertinent(p)
          : planState === 'reviewed'
            ? isReviewed(p)
            : planState === 'followed'
              ? f?.get(p.id)?.followed
              : planState === 'evaluated'
                ? f?.get(p.id)?.evaluated
                : true,
      );
      title = `PMI ${period}${planState ? ` ${PLAN_FILTER[planState] ?? planState}` : ''}`;
      body = (
        <Table head={['Establecimiento', 'Estado', 'Versión', 'Revisión', 'Revisado']} count={rows.length}>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">{schoolLink(p.schoolDane)}</th>
              <td>{label(PLAN_STATUS, p.status)}</td>
              <td>{p.version}</td>
              <td>{p.pertinent == null ? 'sin revisión' : p.pertinent ? 'pertinente' : 'no pertinente'}</td>
              <td>{date(p.lastReviewedAt)}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'sesiones': {
      state = j.strategy.error ? j.strategy : j.sessions;
      const month = q.get('mes');
      const est = q.get('estado');
      const rows = (j.sessions.data ?? []).filter(
        (s) =>
          inMuni(s.schoolDane) &&
          (est === 'programmed'
            ? s.status !== 'CANCELLED' && (!month || programmedMonth(s) === month)
            : (!est || s.status === est) && (!month || (est === 'HELD' ? heldMonth(s) === month : programmedMonth(s) === month))),
      );
      const titles = new Map((j.strategy.data?.activities ?? []).map((a) => [a.id, a.title]));
      title = `Sesiones de asistencia${est ? ` · ${est === 'programmed' ? 'programadas' : label(SESSION_STATUS, est).toLowerCase() + 's'}` : ''}${month ? ` · ${monthName(month)}` : ''}`;
      body = (
        <Table head={['Establecimiento', 'Actividad', 'Estado', 'Programada', 'Realizada', 'Equipo']} count={rows.length}>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">{schoolLink(s.schoolDane)}</th>
              <td>{titles.get(s.activityId) ?? s.activityId}</td>
              <td>{label(SESSION_STATUS, s.status)}</td>
              <td>{date(s.rescheduledTo ?? s.scheduledOn)}</td>
              <td>{date(s.heldOn)}</td>
              <td>{s.staff}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'necesidades': {
      state = j.needs;
      const area = q.get('area');
      const rows = (j.needs.data ?? []).filter((n) => inMuni(n.schoolDane) && (!area || (n.area ?? 'NONE') === area));
      title = `Necesidades abiertas${area ? ` · ${label(AREA, area)}` : ''}`;
      body = (
        <Table head={['Establecimiento', 'Área', 'Regla', 'Prioridad', 'Descripción']} count={rows.length}>
          {rows.map((n) => (
            <tr key={n.id}>
              <th scope="row">{schoolLink(n.schoolDane)}</th>
              <td>{label(AREA, n.area ?? 'NONE')}</td>
              <td>{n.rule ? label(NEED_RULE, n.rule) : n.source}</td>
              <td>{label(PRIORITY, n.priority)}</td>
              <td>{n.description}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'no-conformidades': {
      state = j.nonconformities;
      const rows = j.nonconformities.data?.nodes ?? [];
      title = 'No conformidades abiertas';
      body = (
        <Table head={['Requisito', 'Actividad', 'Descripción', 'Levantada', 'Acciones']} count={rows.length}>
          {rows.map((n) => (
            <tr key={n.id}>
              <th scope="row">{criterion(n.requirementCode, criterionNames)}</th>
              <td>{n.activity?.title ?? '—'}</td>
              <td>{n.description}</td>
              <td>{date(n.raisedAt)}</td>
              <td>{n.actions.map((a) => `${label(ACTION_KIND, a.kind)} (${a.owner}, vence ${date(a.dueOn)}${a.overdue ? ', vencida' : ''})`).join('; ')}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'acciones-vencidas': {
      state = j.overdue;
      const rows = j.overdue.data?.nodes ?? [];
      title = 'Acciones correctivas y preventivas vencidas';
      body = (
        <Table head={['Tipo', 'Descripción', 'Responsable', 'Vencía']} count={rows.length}>
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">{label(ACTION_KIND, a.kind)}</th>
              <td>{a.description}</td>
              <td>{a.owner}</td>
              <td>{date(a.dueOn)}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    case 'evaluaciones': {
      state = evaluations;
      const rows = evaluations.data ?? [];
      title = `Evaluaciones de la asesoría ${period}`;
      body = (
        <Table head={['Establecimiento', 'Actividad', 'Enviada', 'Objetivos cumplidos', 'Calificaciones', 'Comentarios']} count={rows.length}>
          {rows.map((e) => (
            <tr key={e.id}>
              <th scope="row">{schoolLink(e.schoolDane)}</th>
              <td>{e.activity.title}</td>
              <td>{date(e.submittedAt)}</td>
              <td>{label(OBJECTIVES_MET, e.objectivesMet)}</td>
              <td>{e.ratings.map((r) => `${criterion(r.criterion, criterionNames)} ${r.score}`).join(' · ')}</td>
              <td>{e.comments}</td>
            </tr>
          ))}
        </Table>
      );
      break;
    }
    default:
      title = 'Registros';
      body = <p>No hay una lista llamada “{props.kind}”.</p>;
  }
  return (
    <>
      <p>{back}</p>
      <Panel id="lista" title={`${title}${muni ? ` · ${muni}` : ''}${describe && !title.includes('·') ? '' : ''}`} state={state} wide>
        {body}
      </Panel>
    </>
  );
}

function Table(props: { head: string[]; count: number; children: React.ReactNode }) {
  return (
    <>
      <p className="muted small" data-testid="records-count">
        {props.count} registro{props.count === 1 ? '' : 's'}
      </p>
      <div className="table-wrap">
        <table data-testid="records">
          <thead>
            <tr>
              {props.head.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{props.children}</tbody>
        </table>
      </div>
    </>
  );
}
