import { useEffect, useState } from 'react';
import { ApiError, claimsOf, devToken, gql, hubConfig } from './api';
import { DashSchoolsDocument, DashSecretariatsDocument } from './generated/graphql';
import { ROLE } from './labels';

/**
 * Sign-in. Development (DASHBOARD_DEV_TOKENS on): pick a role, the hub mints a development token. Always: paste a
 * token issued by the identity provider (or `npm run token`).
 */
export function SignIn(props: { onToken: (token: string) => void; message?: string | null }) {
  const [config, setConfig] = useState<{ devTokens: boolean; roles: string[] } | null>(null);
  const [role, setRole] = useState('QUALITY_LEADER');
  const [secretariat, setSecretariat] = useState('05001');
  const [school, setSchool] = useState('');
  const [secretariats, setSecretariats] = useState<{ code: string; name: string }[]>([]);
  const [schools, setSchools] = useState<{ daneCode: string; name: string }[]>([]);
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(props.message ?? null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    hubConfig().then(setConfig, () => setConfig({ devTokens: false, roles: [] }));
  }, []);

  // The picker lists secretariats and schools through the hub itself, with an administrator's development token.
  useEffect(() => {
    if (!config?.devTokens) return;
    (async () => {
      const admin = await devToken('ADMIN', null, null);
      const secs = (await gql(DashSecretariatsDocument, { after: null }, admin)).secretariats.edges.map((e) => e.node);
      setSecretariats(secs);
      if (secs.length && !secs.some((s) => s.code === secretariat)) setSecretariat(secs[0].code);
    })().catch(() => undefined);
  }, [config?.devTokens]);
  useEffect(() => {
    if (!config?.devTokens || !secretariat) return;
    (async () => {
      const admin = await devToken('ADMIN', null, null);
      const list = (await gql(DashSchoolsDocument, { secretariat, after: null }, admin)).schools.edges.map((e) => e.node);
      setSchools(list);
      setSchool((s) => (list.some((x) => x.daneCode === s) ? s : (list[0]?.daneCode ?? '')));
    })().catch(() => undefined);
  }, [config?.devTokens, secretariat]);

  const national = role === 'MINISTRY' || role === 'ADMIN';
  const pick = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      props.onToken(await devToken(role, national ? null : secretariat, role === 'SCHOOL' ? school : null));
    } catch (err) {
      setProblem(`El hub no entregó el token: ${(err as ApiError).message}`);
    } finally {
      setBusy(false);
    }
  };
  const paste = async (e: React.FormEvent) => {
    e.preventDefault();
    const token = pasted.trim().replace(/^Bearer\s+/i, '');
    if (!claimsOf(token)) {
      setProblem('Eso no parece un token JWT (tres partes separadas por puntos, con un rol).');
      return;
    }
    setBusy(true);
    try {
      await gql(DashSecretariatsDocument, { after: null }, token).catch((err: ApiError) => {
        if (err.code === 'UNAUTHENTICATED') throw err; // other codes (e.g. FORBIDDEN for a school) are fine here
      });
      props.onToken(token);
    } catch (err) {
      setProblem(`El hub rechazó el token: ${(err as ApiError).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="signin">
      <h1>Tablero D02.03 · Apoyar la gestión de los PMI</h1>
      <p className="muted">Ingrese con un token del hub. El tablero muestra solo lo que su rol puede ver.</p>
      {problem ? (
        <p className="notice" role="alert">
          {problem}
        </p>
      ) : null}
      {config?.devTokens ? (
        <form onSubmit={pick} className="card" aria-labelledby="dev-title">
          <h2 id="dev-title">Desarrollo: elegir un rol</h2>
          <p className="muted small">Este hub acepta tokens de desarrollo (DASHBOARD_DEV_TOKENS); en producción esta opción no existe.</p>
          <label>
            Rol
            <select value={role} onChange={(e) => setRole(e.target.value)} data-testid="role">
              {config.roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE[r] ?? r}
                </option>
              ))}
            </select>
          </label>
          {!national ? (
            <label>
              Secretaría
              {secretariats.length ? (
                <select value={secretariat} onChange={(e) => setSecretariat(e.target.value)} data-testid="secretariat">
                  {secretariats.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name} ({s.code})
                    </option>
                  ))}
                </select>
              ) : (
                <input value={secretariat} onChange={(e) => setSecretariat(e.target.value)} data-testid="secretariat" />
              )}
            </label>
          ) : null}
          {role === 'SCHOOL' ? (
            <label>
              Establecimiento
              <select value={school} onChange={(e) => setSchool(e.target.value)} data-testid="school">
                {schools.map((s) => (
                  <option key={s.daneCode} value={s.daneCode}>
                    {s.name} ({s.daneCode})
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="submit" disabled={busy} data-testid="dev-signin">
            Ingresar como {ROLE[role] ?? role}
          </button>
        </form>
      ) : null}
      <form onSubmit={paste} className="card" aria-labelledby="paste-title">
        <h2 id="paste-title">{config?.devTokens ? 'O pegar un token' : 'Pegar un token'}</h2>
        <label>
          Token (JWT del proveedor de identidad)
          <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={3} spellCheck={false} autoComplete="off" data-testid="token" />
        </label>
        <button type="submit" disabled={busy || !pasted.trim()} data-testid="paste-signin">
          Ingresar con el token
        </button>
      </form>
    </main>
  );
}
