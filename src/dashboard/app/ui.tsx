import { useEffect, useRef, useState, type ReactNode } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ApiError } from './api';
import { download } from './api';
import type { Loaded } from './state';

// Only the parts of ECharts the dashboard draws: bar charts, axes, legend, tooltip, ARIA description; SVG output.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export function explain(error: ApiError): string {
  switch (error.code) {
    case 'FORBIDDEN':
      return 'Su rol no puede ver estos datos.';
    case 'NOT_FOUND':
      return 'No hay registro para este periodo o no está a su alcance.';
    case 'UNAUTHENTICATED':
      return 'La sesión no es válida o expiró: vuelva a ingresar.';
    case 'NETWORK':
      return 'No se pudo contactar al hub.';
    default:
      return `El hub respondió con un error (${error.code}): ${error.message}`;
  }
}

/** A section of a view with its heading, state (loading, error, no data) and optional actions. */
export function Panel(props: {
  id: string;
  title: string;
  state?: Loaded<unknown>;
  actions?: ReactNode;
  wide?: boolean;
  children?: ReactNode;
  empty?: string | null;
}) {
  const { state } = props;
  return (
    <section className={`panel${props.wide ? ' wide' : ''}`} aria-labelledby={`${props.id}-title`} id={props.id} aria-busy={state?.loading || undefined}>
      <header className="panel-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        {props.actions ? <div className="panel-actions">{props.actions}</div> : null}
      </header>
      {state?.error ? (
        <p className="notice" role="status">
          {explain(state.error)}
        </p>
      ) : state && state.data === undefined && state.loading ? (
        <p className="muted">Cargando…</p>
      ) : props.empty ? (
        <p className="muted">{props.empty}</p>
      ) : (
        props.children
      )}
    </section>
  );
}

/** A number that links to the records behind it. */
export function Num(props: { value: number | string | null | undefined; to?: string; label: string; testId?: string }) {
  const text = props.value == null ? '—' : typeof props.value === 'number' ? props.value.toLocaleString('es-CO') : props.value;
  if (!props.to || props.value == null) return <span data-testid={props.testId}>{text}</span>;
  return (
    <a href={props.to} className="num" data-testid={props.testId} aria-label={`${text}: ${props.label} (ver registros)`}>
      {text}
    </a>
  );
}

export function Kpi(props: { value: number | string | null | undefined; label: string; to?: string; hint?: string; testId: string }) {
  return (
    <div className="kpi">
      <div className={`kpi-value${typeof props.value === 'string' && !/^[\d.,\s%]+$/.test(props.value) ? ' word' : ''}`}>
        <Num value={props.value} to={props.to} label={props.label} testId={props.testId} />
      </div>
      <div className="kpi-label">{props.label}</div>
      {props.hint ? <div className="kpi-hint">{props.hint}</div> : null}
    </div>
  );
}

/** A bar chart (ECharts, SVG) with a text description for screen readers; the same numbers are in a table beside it. */
export function Bars(props: {
  label: string;
  categories: string[];
  series: { name: string; data: number[]; color?: string }[];
  horizontal?: boolean;
  max?: number;
  height?: number;
  onPick?: (index: number) => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => pick.current?.((p as { dataIndex: number }).dataIndex));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
    };
  }, []);
  useEffect(() => {
    const narrow = (el.current?.clientWidth ?? 600) < 480; // phones: a narrower label column
    const labelWidth = narrow ? 100 : 165;
    const valueAxis = { type: 'value' as const, max: props.max, minInterval: 1, axisLabel: { color: '#333' } };
    const categoryAxis = { type: 'category' as const, data: props.categories, axisLabel: { color: '#333', interval: 0, width: props.horizontal ? labelWidth : 60, overflow: (props.horizontal ? 'break' : 'truncate') as 'break' | 'truncate', lineHeight: 13 } };
    chart.current?.setOption(
      {
        aria: { enabled: true, label: { description: props.label } },
        animationDuration: 300,
        grid: { left: props.horizontal ? labelWidth + 10 : 36, right: 16, top: props.series.length > 1 ? 30 : 10, bottom: 28 },
        legend: props.series.length > 1 ? { top: 0, textStyle: { color: '#333' } } : undefined,
        tooltip: { trigger: 'axis' },
        xAxis: props.horizontal ? valueAxis : categoryAxis,
        yAxis: props.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
        series: props.series.map((s) => ({ type: 'bar', name: s.name, data: s.data, itemStyle: s.color ? { color: s.color } : undefined, cursor: props.onPick ? 'pointer' : 'default' })),
      },
      true,
    );
  }, [props.label, props.categories, props.series, props.horizontal, props.max, props.onPick]);
  return <div ref={el} className="chart" role="img" aria-label={props.label} style={{ height: props.height ?? 220 }} />;
}

/** Export buttons: each asks the hub for the record and saves it. */
export function ExportButton(props: { label: string; fetchFile: () => Promise<{ filename: string; mimeType: string; contentBase64: string }>; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <span className="export">
      <button
        type="button"
        data-testid={props.testId}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setProblem(null);
          try {
            download(await props.fetchFile());
          } catch (err) {
            setProblem(explain(err as ApiError));
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? 'Descargando…' : props.label}
      </button>
      {problem ? (
        <span className="notice small" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

/** A table header cell that sorts its column (aria-sort tells screen readers). */
export function SortHeader<K extends string>(props: { column: K; label: string; sort: { key: K; dir: 'asc' | 'desc' }; onSort: (key: K) => void; numeric?: boolean }) {
  const active = props.sort.key === props.column;
  return (
    <th scope="col" aria-sort={active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={props.numeric ? 'n' : undefined}>
      <button type="button" className="sort" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span aria-hidden="true">{active ? (props.sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
