import { createContext, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError } from './api';
import type { Claims } from './api';
import type { Live } from './live';

export interface Session {
  token: string;
  claims: Claims;
  live: Live;
  /** Grows with every event (or reconnection): every panel reads its data again. */
  revision: number;
  period: string;
  setPeriod(p: string): void;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('no session');
  return s;
}

export function useLive(live: Live) {
  return useSyncExternalStore(
    (cb) => live.subscribe(cb),
    () => `${live.status}|${live.received}|${live.reconnections}|${live.problem ?? ''}`,
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Runs `load` now and again whenever the session's revision (a live event) or `deps` change. The previous data stays
 * on screen while the new one loads, so a live update never flickers.
 */
export function useData<T>(load: () => Promise<T>, deps: readonly unknown[], enabled = true): Loaded<T> {
  const { revision } = useSession();
  const [state, setState] = useState<Loaded<T>>({ data: undefined, error: null, loading: enabled });
  const seq = useRef(0);
  const inFlight = useRef(false);
  const again = useRef<(() => void) | null>(null);
  const depsKey = JSON.stringify(deps);
  const lastKey = useRef(depsKey);
  useEffect(() => {
    if (!enabled) {
      setState({ data: undefined, error: null, loading: false });
      return;
    }
    const keyChanged = lastKey.current !== depsKey;
    lastKey.current = depsKey;
    const run = () => {
      const mine = ++seq.current;
      inFlight.current = true;
      setState((s) => ({ data: keyChanged ? undefined : s.data, error: null, loading: true }));
      const settle = () => {
        if (mine !== seq.current) return;
        inFlight.current = false;
        const next = again.current;
        again.current = null;
        next?.();
      };
      load().then(
        (data) => {
          if (mine === seq.current) setState({ data, error: null, loading: false });
          settle();
        },
        (err: unknown) => {
          if (mine === seq.current)
            setState({ data: undefined, error: err instanceof ApiError ? err : new ApiError(String((err as Error)?.message ?? err), 'CLIENT'), loading: false });
          settle();
        },
      );
    };
    // A live event while the same query is still running: run it once more when it ends, never several in parallel
    // (a burst of events costs at most one extra read per panel). New arguments start at once.
    if (inFlight.current && !keyChanged) {
      again.current = run;
      return;
    }
    again.current = null;
    run();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision, depsKey, enabled]);
  return state;
}

/** The period (vigencia) by default: the current year in Colombia. */
export function currentYear(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric' }).format(new Date());
}
export function currentMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

/** Hash routes: #/ · #/escuela/<DANE> · #/ministerio · #/secretaria/<code> · #/registros/<kind>?… · #/ingresar */
export interface Route {
  path: string[];
  query: URLSearchParams;
}
function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [p, q] = raw.split('?');
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q ?? '') };
}
export function useRoute(): Route {
  const [route, setRoute] = useState(parseHash);
  useEffect(() => {
    const on = () => setRoute(parseHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
export const href = (path: string, query?: Record<string, string | null | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v != null && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
};
