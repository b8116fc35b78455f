import type { TypedDocumentString } from './generated/graphql';

/** The GraphQL endpoint of the hub that serves the dashboard (same origin: no CORS, no CDN). */
export const GRAPHQL_URL = '/graphql';
const TOKEN_KEY = 'pmi-dashboard-token';

/** A GraphQL or HTTP error, with the hub's stable code (README "Errors"). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status = 200,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface Claims {
  role: string;
  secretariat: string | null;
  school: string | null;
  sub: string;
  exp: number | null;
}

/** Reads (without verifying: the hub verifies) what a token says, to choose the landing page. */
export function claimsOf(token: string): Claims | null {
  try {
    const part = token.split('.')[1];
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const p = JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
    if (typeof p.role !== 'string') return null;
    return {
      role: p.role,
      secretariat: typeof p.secretariat === 'string' ? p.secretariat : null,
      school: typeof p.school === 'string' ? p.school : null,
      sub: typeof p.sub === 'string' ? p.sub : '',
      exp: typeof p.exp === 'number' ? p.exp : null,
    };
  } catch {
    return null;
  }
}

/** The token lives in sessionStorage: it leaves with the tab. */
export const tokenStore = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

let onUnauthenticated: (message: string) => void = () => undefined;
export function whenUnauthenticated(cb: (message: string) => void) {
  onUnauthenticated = cb;
}

/** Sends one typed operation with the signed-in token; the hub's authorization decides what comes back. */
export async function gql<R, V>(doc: TypedDocumentString<R, V>, variables: V, token = tokenStore.get()): Promise<R> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: doc.toString(), variables }),
    });
  } catch {
    throw new ApiError('No se pudo contactar al hub', 'NETWORK', 0);
  }
  let body: { data?: R | null; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`Respuesta inesperada del hub (HTTP ${res.status})`, 'BAD_RESPONSE', res.status);
  }
  const err = body.errors?.[0];
  if (err) {
    const code = err.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (res.status === 401 || code === 'UNAUTHENTICATED') onUnauthenticated(err.message);
    throw new ApiError(err.message, code, res.status, err.extensions ?? {});
  }
  return body.data as R;
}

interface Connection<N> {
  totalCount?: number;
  edges: { node: N }[];
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every page of a connection (keyset pages of 200), up to `limit` nodes. */
export async function all<R, V extends { after?: string | null }, N>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  pick: (data: R) => Connection<N>,
  limit = 5000,
): Promise<{ nodes: N[]; totalCount: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page = pick(await gql(doc, { ...variables, after }));
    totalCount = page.totalCount ?? nodes.length + page.edges.length;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo?.hasNextPage || !page.pageInfo.endCursor || nodes.length >= limit) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

/** Saves a record the hub returned inline (filename, mimeType, contentBase64). */
export function download(file: { filename: string; mimeType: string; contentBase64: string }) {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: file.mimeType }), file.filename);
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The sign-in page's facts about this hub (GET /dashboard/config.json). */
export async function hubConfig(): Promise<{ devTokens: boolean; roles: string[] }> {
  const res = await fetch('/dashboard/config.json', { headers: { accept: 'application/json' } });
  if (!res.ok) return { devTokens: false, roles: [] };
  return res.json();
}

/** A development token from the hub (only when DASHBOARD_DEV_TOKENS is on; never in production). */
export async function devToken(role: string, secretariat: string | null, school: string | null): Promise<string> {
  const res = await fetch('/dashboard/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role, secretariat, school }),
  });
  const body = (await res.json()) as { token?: string; error?: string };
  if (!res.ok || !body.token) throw new ApiError(body.error ?? `HTTP ${res.status}`, 'DEV_TOKEN', res.status);
  return body.token;
}
