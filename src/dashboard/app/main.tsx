import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { claimsOf, gql, tokenStore, whenUnauthenticated } from './api';
import { DashSecretariatDocument } from './generated/graphql';
import { JurisdictionView } from './Jurisdiction';
import { EVENT, ROLE, label } from './labels';
import { Live, logEnd } from './live';
import { MinistryView } from './Ministry';
import { RecordsView } from './Records';
import { SchoolView } from './School';
import { SignIn } from './SignIn';
import { SessionContext, currentYear, href, useData, useLive, useRoute, useSession, type Session } from './state';
import './styles.css';

const NATIONAL = ['MINISTRY', 'ADMIN'];
const SECRETARIAT_VIEW = ['QUALITY_LEADER', 'IMPROVEMENT_PROFESSIONAL', 'QUALITY_STAFF', 'INSPECTION', 'CITIZEN_SERVICE'];

/**
 * An identity provider's redirect: `/dashboard/#access_token=<JWT>` (OAuth 2.0 fragment response). The token is
 * kept like a pasted one and removed from the address bar (and from the history entry) at once.
 */
function tokenFromRedirect(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#\/?/, ''));
  const token = params.get('access_token');
  if (!token || !claimsOf(token)) return null;
  tokenStore.set(token);
  const c = claimsOf(token)!;
  history.replaceState(null, '', `${location.pathname}${c.role === 'SCHOOL' && c.school ? href(`escuela/${c.school}`) : NATIONAL.includes(c.role) ? href('ministerio') : href('')}`);
  return token;
}

function App() {
  const [token, setToken] = useState<string | null>(() => tokenFromRedirect() ?? tokenStore.get());
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    whenUnauthenticated((m) => {
      tokenStore.clear();
      setMessage(`La sesión terminó: ${m}`);
      setToken(null);
    });
  }, []);
  const claims = token ? claimsOf(token) : null;
  if (!token || !claims) {
    return (
      <SignIn
        message={message}
        onToken={(t) => {
          tokenStore.set(t);
          setMessage(null);
          const c = claimsOf(t);
          location.hash = c?.role === 'SCHOOL' && c.school ? href(`escuela/${c.school}`) : c && NATIONAL.includes(c.role) ? href('ministerio') : href('');
          setToken(t);
        }}
      />
    );
  }
  return (
    <Shell
      key={token}
      token={token}
      signOut={() => {
        tokenStore.clear();
        setToken(null);
      }}
    />
  );
}

function Shell(props: { token: string; signOut: () => void }) {
  const claims = claimsOf(props.token)!;
  const [revision, setRevision] = useState(0);
  const [period, setPeriod] = useState(currentYear);
  const liveRef = useRef<Live | null>(null);
  if (!liveRef.current) liveRef.current = new Live(() => setRevision((r) => r + 1));
  const live = liveRef.current;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stopped = false;
    // First where the event log ends, then the subscription from there, then the views read their figures.
    logEnd(props.token).then((from) => {
      if (stopped) return;
      live.start(props.token, from);
      (window as unknown as { __pmiDashboard: unknown }).__pmiDashboard = { live };
      setReady(true);
    });
    return () => {
      stopped = true;
      live.stop();
    };
  }, [live, props.token]);
  const session: Session = useMemo(() => ({ token: props.token, claims, live, revision, period, setPeriod, signOut: props.signOut }), [props.token, revision, period]);
  if (!ready) return <p className="muted" role="status">Conectando con el hub…</p>;
  return (
    <SessionContext.Provider value={session}>
      <Layout />
    </SessionContext.Provider>
  );
}

function Layout() {
  const { claims, period, setPeriod, signOut } = useSession();
  const route = useRoute();
  const [view, arg] = route.path;
  const national = NATIONAL.includes(claims.role);
  const sec = claims.secretariat;
  const secretariat = useData(async () => (sec ? (await gql(DashSecretariatDocument, { code: sec })).secretariat : null), [sec], Boolean(sec));

  let content: JSX.Element;
  let heading: string;
  if (view === 'escuela' && arg) {
    heading = 'Establecimiento educativo';
    content = <SchoolView daneCode={arg} />;
  } else if (view === 'ministerio') {
    heading = 'Ministerio: secretarías lado a lado';
    content = <MinistryView />;
  } else if (view === 'secretaria' && arg) {
    heading = `Jurisdicción ${arg}`;
    content = <JurisdictionView secretariat={arg} />;
  } else if (view === 'registros' && arg) {
    heading = 'Registros';
    content = <RecordsView kind={arg} query={route.query} />;
  } else if (claims.role === 'SCHOOL' && claims.school) {
    heading = 'Establecimiento educativo';
    content = <SchoolView daneCode={claims.school} />;
  } else if (national) {
    heading = 'Ministerio: secretarías lado a lado';
    content = <MinistryView />;
  } else {
    heading = 'La jurisdicción de un vistazo';
    content = SECRETARIAT_VIEW.includes(claims.role) ? <JurisdictionView /> : <p>Este rol no tiene vista en el tablero.</p>;
  }
  useEffect(() => {
    document.title = `${heading} · Tablero D02.03`;
  }, [heading]);

  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Saltar al contenido
      </a>
      <header className="top">
        <div className="brand">
          <strong>Tablero D02.03</strong>
          <span className="muted small">
            {label(ROLE, claims.role)}
            {secretariat.data ? ` · ${secretariat.data.name}` : sec ? ` · ${sec}` : ''}
          </span>
        </div>
        <nav aria-label="Vistas">
          {claims.role === 'SCHOOL' && claims.school ? <a href={href(`escuela/${claims.school}`)}>Mi establecimiento</a> : null}
          {SECRETARIAT_VIEW.includes(claims.role) ? <a href={href('')}>Jurisdicción</a> : null}
          {national ? <a href={href('ministerio')}>Secretarías</a> : null}
        </nav>
        <label className="inline period">
          Vigencia{' '}
          <PeriodInput period={period} setPeriod={setPeriod} />
          <span id="period-hint" className="sr-only">Año de cuatro cifras</span>
        </label>
        <LiveBadge />
        <button type="button" className="link" onClick={signOut}>
          Salir
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 className="view-title">{heading} · {period}</h1>
        {content}
        <RecentEvents />
      </main>
    </>
  );
}

/** The period (vigencia): edited freely, applied when it is a four-digit year. */
function PeriodInput(props: { period: string; setPeriod: (p: string) => void }) {
  const [text, setText] = useState(props.period);
  useEffect(() => setText(props.period), [props.period]);
  return (
    <input
      type="text"
      inputMode="numeric"
      pattern="[0-9]{4}"
      maxLength={4}
      size={4}
      value={text}
      onChange={(e) => {
        const v = e.target.value.replace(/\D/g, '');
        setText(v);
        if (/^(19|20)\d{2}$/.test(v)) props.setPeriod(v);
      }}
      aria-describedby="period-hint"
      data-testid="period"
    />
  );
}

function LiveBadge() {
  const { live } = useSession();
  useLive(live);
  const cls = live.status === 'en vivo' ? 'ok' : live.status === 'sin conexión' ? 'bad' : 'wait';
  return (
    <span className={`live ${cls}`} role="status" aria-live="polite" data-testid="live" data-cursor={live.cursor ?? ''} title={live.problem ?? `Actualización en vivo por suscripción (último cursor ${live.cursor ?? '—'})`}>
      <span className="dot" aria-hidden="true" />
      {live.status}
    </span>
  );
}

function RecentEvents() {
  const { live } = useSession();
  useLive(live);
  if (!live.recent.length) return null;
  return (
    <details className="recent">
      <summary>Últimos cambios recibidos en vivo ({live.received})</summary>
      <ol data-testid="recent-events">
        {live.recent.map((e) => (
          <li key={e.cursor}>
            <time dateTime={e.occurredAt}>{new Date(e.occurredAt).toLocaleTimeString('es-CO')}</time> · {label(EVENT, e.type)}
            {e.schoolDane ? ` · EE ${e.schoolDane}` : ''} <span className="muted small">({e.cursor})</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
