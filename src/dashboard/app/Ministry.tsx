import { useMemo, useState } from 'react';
import { all, gql, saveBlob } from './api';
import { sortRows, toCsv } from './aggregate';
import { DashMinistryNationalDocument, DashMinistryResultsDocument, DashSecretariatsDocument } from './generated/graphql';
import { pct01 } from './labels';
import { href, useData, useSession } from './state';
import { Bars, Kpi, Num, Panel, SortHeader } from './ui';

interface Row {
  code: string;
  name: string;
  department: string;
  schools: number;
  registered: number;
  coverage: number | null;
  pertinent: number;
  pertinentShare: number | null;
  followedUp: number;
  followedShare: number | null;
  evaluated: number;
  evaluatedShare: number | null;
  progress: number | null;
}
type Key = keyof Row;
const share = (part: number, whole: number) => (whole ? part / whole : null);

/** The Ministry's page: every secretariat side by side, sortable, filterable by department. */
export function MinistryView() {
  const { period } = useSession();
  const [department, setDepartment] = useState('');
  const [sort, setSort] = useState<{ key: Key; dir: 'asc' | 'desc' }>({ key: 'code', dir: 'asc' });
  const dep = department || null;
  const secretariats = useData(async () => (await all(DashSecretariatsDocument, { after: null }, (d) => d.secretariats)).nodes, []);
  const results = useData(async () => (await all(DashMinistryResultsDocument, { period, department: dep, after: null }, (d) => d.pmiResults)).nodes, [period, dep]);
  const national = useData(async () => (await gql(DashMinistryNationalDocument, { period, department: dep })).pmiResultsNational, [period, dep]);
  const departments = useMemo(() => [...new Set((secretariats.data ?? []).map((s) => s.department).filter((d): d is string => Boolean(d)))].sort((a, b) => a.localeCompare(b, 'es')), [secretariats.data]);

  const rows: Row[] = useMemo(
    () =>
      (results.data ?? []).map((r) => ({
        code: r.secretariatCode,
        name: r.secretariatName,
        department: r.department ?? '—',
        schools: r.schools,
        registered: r.plansRegistered,
        coverage: share(r.plansRegistered, r.schools),
        pertinent: r.plansPertinent,
        pertinentShare: share(r.plansPertinent, r.plansRegistered),
        followedUp: r.plansFollowedUp,
        followedShare: share(r.plansFollowedUp, r.plansRegistered),
        evaluated: r.plansEvaluated,
        evaluatedShare: share(r.plansEvaluated, r.plansRegistered),
        progress: r.averageIndicatorProgress ?? null,
      })),
    [results.data],
  );
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.dir), [rows, sort]);
  const onSort = (key: Key) => setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const n = national.data;
  const top = sorted.slice(0, 25);

  const exportCsv = () => {
    const header = ['Código', 'Secretaría', 'Departamento', 'EE', 'PMI registrados', 'Cobertura', 'PMI pertinentes', 'Con seguimiento', 'Evaluados', 'Avance de indicadores'];
    const csv = toCsv(header, sorted.map((r) => [r.code, r.name, r.department, r.schools, r.registered, pct01(r.coverage), r.pertinent, r.followedUp, r.evaluated, pct01(r.progress)]));
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `resultados-pmi-${period}${dep ? `-${dep}` : ''}.csv`);
  };

  return (
    <>
      <div className="toolbar">
        <label>
          Departamento{' '}
          <select value={department} onChange={(e) => setDepartment(e.target.value)} data-testid="department">
            <option value="">Todos</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="kpis" role="group" aria-label="Agregado nacional">
        <Kpi testId="nat-secretariats" value={n?.secretariats} label="Secretarías" />
        <Kpi testId="nat-schools" value={n?.schools} label="Establecimientos" />
        <Kpi testId="nat-registered" value={n?.plansRegistered} label="PMI registrados" hint={n ? `cobertura ${pct01(share(n.plansRegistered, n.schools))}` : undefined} />
        <Kpi testId="nat-pertinent" value={n?.plansPertinent} label="PMI pertinentes" />
        <Kpi testId="nat-followed" value={n?.plansFollowedUp} label="Con seguimiento" />
        <Kpi testId="nat-evaluated" value={n?.plansEvaluated} label="Evaluados" />
        <Kpi testId="nat-progress" value={n ? pct01(n.averageIndicatorProgress) : undefined} label="Avance de indicadores" />
      </div>
      <div className="grid">
        <Panel id="comparacion" title={`Cobertura y pertinencia por secretaría${top.length < sorted.length ? ` (primeras ${top.length} según el orden de la tabla)` : ''}`} state={results} wide>
          <Bars
            label={`Por secretaría, cobertura de PMI registrados y proporción de pertinentes: ${top.map((r) => `${r.name} ${pct01(r.coverage)} y ${pct01(r.pertinentShare)}`).join('; ')}`}
            categories={top.map((r) => r.name)}
            series={[
              { name: 'Cobertura (PMI / EE) %', data: top.map((r) => Math.round((r.coverage ?? 0) * 100)), color: '#1f5fa8' },
              { name: 'Pertinentes (de registrados) %', data: top.map((r) => Math.round((r.pertinentShare ?? 0) * 100)), color: '#2e7d32' },
            ]}
            horizontal
            max={100}
            height={60 + top.length * 40}
            onPick={(i) => (location.hash = href(`secretaria/${top[i].code}`))}
          />
        </Panel>
        <Panel
          id="secretarias"
          title="Secretarías lado a lado"
          state={results}
          wide
          actions={
            <button type="button" onClick={exportCsv} data-testid="ministry-csv">
              CSV de esta tabla
            </button>
          }
        >
          <p className="muted small">
            El hub no ofrece aún un registro descargable de los resultados por secretaría: el CSV se arma en el navegador con las cifras de <code>pmiResults</code>.
            Los reportes publicados al MEN están en <code>publishedPmiResults</code>.
          </p>
          <div className="table-wrap">
            <table data-testid="ministry-table">
              <caption className="sr-only">Resultados de los PMI por secretaría, ordenables por columna</caption>
              <thead>
                <tr>
                  <SortHeader column="name" label="Secretaría" sort={sort} onSort={onSort} />
                  <SortHeader column="department" label="Departamento" sort={sort} onSort={onSort} />
                  <SortHeader column="schools" label="EE" sort={sort} onSort={onSort} numeric />
                  <SortHeader column="coverage" label="Cobertura" sort={sort} onSort={onSort} numeric />
                  <SortHeader column="pertinentShare" label="PMI pertinentes" sort={sort} onSort={onSort} numeric />
                  <SortHeader column="followedShare" label="Con seguimiento" sort={sort} onSort={onSort} numeric />
                  <SortHeader column="evaluatedShare" label="Evaluados" sort={sort} onSort={onSort} numeric />
                  <SortHeader column="progress" label="Avance de indicadores" sort={sort} onSort={onSort} numeric />
                </tr>
              </thead>
              <tbody>
                {sorted.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">
                      <a href={href(`secretaria/${r.code}`)}>{r.name}</a> <span className="muted small">{r.code}</span>
                    </th>
                    <td>{r.department}</td>
                    <td className="n">
                      <Num value={r.schools} label={`EE de ${r.name}`} to={href('registros/escuelas', { secretariat: r.code })} />
                    </td>
                    <td className="n">
                      <Num value={r.registered} label={`PMI registrados de ${r.name}`} to={href('registros/pmi', { secretariat: r.code })} /> <span className="muted small">({pct01(r.coverage)})</span>
                    </td>
                    <td className="n">
                      <Num value={r.pertinent} label={`PMI pertinentes de ${r.name}`} to={href('registros/pmi', { secretariat: r.code, estado: 'pertinent' })} /> <span className="muted small">({pct01(r.pertinentShare)})</span>
                    </td>
                    <td className="n">
                      <Num value={r.followedUp} label={`PMI con seguimiento de ${r.name}`} to={href('registros/pmi', { secretariat: r.code, estado: 'followed' })} /> <span className="muted small">({pct01(r.followedShare)})</span>
                    </td>
                    <td className="n">
                      <Num value={r.evaluated} label={`PMI evaluados de ${r.name}`} to={href('registros/pmi', { secretariat: r.code, estado: 'evaluated' })} /> <span className="muted small">({pct01(r.evaluatedShare)})</span>
                    </td>
                    <td className="n">{pct01(r.progress)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Panel>
      </div>
    </>
  );
}
