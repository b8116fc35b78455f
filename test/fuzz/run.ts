import type { GraphQLSchema } from 'graphql';
import type { TestHub } from '../support/hub';
import { send, type Answer, type Transport } from '../support/transports';
import { documentedErrorCodes, DATABASE_TEXT } from '../support/error-codes';
import { generateCase, Rng, type Case } from './generate';
import { KNOWN_FAILURES } from './known-failures';

export interface FuzzOptions {
  seed: number;
  count: number;
  /** Longest a response may take, in milliseconds. */
  timeBoundMs: number;
  /** Bearer tokens to send, one picked per case (null: no token). */
  tokens: (string | null)[];
  transports: Transport[];
  log?: (line: string) => void;
}

export interface Problem {
  kind: 'status-5xx' | 'uncoded' | 'undocumented-code' | 'internal-error' | 'database-text' | 'slow' | 'wrote-when-refused' | 'bomb-accepted' | 'transport';
  detail: string;
}

export interface Finding {
  seed: number;
  case: Case;
  transport: Transport;
  problems: Problem[];
  known: boolean;
}

const short = (value: string | undefined, n = 300, s = String(value)) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** Everything committed anywhere: rows of every table, and the audit trail and event log in particular. */
async function writes(hub: TestHub): Promise<string> {
  const tables: { table_name: string }[] = await hub.runtime.db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const sql = tables.map((t) => `SELECT '${t.table_name}' AS t, count(*)::int AS n FROM "${t.table_name}"`).join(' UNION ALL ');
  const rows: { t: string; n: number }[] = await hub.runtime.db.query(sql);
  return rows.map((r) => `${r.t}=${r.n}`).join(' ');
}

/** The token the runner sends to check that a bad token is refused before any GraphQL work. */
export const INVALID_TOKEN = 'not-a-jwt';

function check(c: Case, a: Answer, timeBoundMs: number, documented: string[], token: string | null): Problem[] {
  const problems: Problem[] = [];
  if (token === INVALID_TOKEN) {
    // Refused as a whole: HTTP 401 UNAUTHENTICATED, or the WebSocket connection closed with 4403 (README "Errors").
    const refused = a.transport === 'http' ? a.status === 401 && a.errors[0]?.extensions?.code === 'UNAUTHENTICATED' : a.closed?.code === 4403;
    return refused ? [] : [{ kind: 'transport', detail: `an invalid token was not refused: ${short(JSON.stringify(a))}` }];
  }
  if (a.closed) problems.push({ kind: 'transport', detail: `WebSocket closed ${a.closed.code} ${a.closed.reason}` });
  if (a.status !== undefined && a.status >= 500) problems.push({ kind: 'status-5xx', detail: `HTTP ${a.status}` });
  if (a.ms > timeBoundMs) problems.push({ kind: 'slow', detail: `${Math.round(a.ms)} ms > ${timeBoundMs} ms` });
  for (const e of a.errors) {
    const code = e.extensions?.code as string | undefined;
    if (!code) problems.push({ kind: 'uncoded', detail: short(e.message) });
    else if (!documented.includes(code)) problems.push({ kind: 'undocumented-code', detail: `${code}: ${short(e.message)}` });
    else if (code === 'INTERNAL_SERVER_ERROR') problems.push({ kind: 'internal-error', detail: short(e.message) });
  }
  const text = JSON.stringify(a.errors);
  const db = DATABASE_TEXT.exec(text);
  if (db) problems.push({ kind: 'database-text', detail: short(text.slice(Math.max(0, db.index - 100), db.index + 100)) });
  if (c.kind === 'bomb' && !a.errors.some((e) => ['LIMIT_EXCEEDED', 'GRAPHQL_PARSE_FAILED'].includes(e.extensions?.code as string))) {
    problems.push({ kind: 'bomb-accepted', detail: short(JSON.stringify(a.errors.length ? a.errors : a.data)) });
  }
  return problems;
}

const isKnown = (c: Case, problems: Problem[]) =>
  problems.every((p) => KNOWN_FAILURES.some((k) => k.problems.includes(p.kind) && k.tags.some((t) => c.tags.includes(t))));

/**
 * Sends `count` generated cases (seeded: the same seed sends the same cases) over the given transports, one at a time,
 * and checks each answer: no 5xx, every error coded with a code the README documents, no INTERNAL_SERVER_ERROR for
 * what a client sent, no database text, within the time bound, bombs refused, and nothing written by a refused
 * mutation (every table's row count before and after).
 */
export async function runFuzz(hub: TestHub, schema: GraphQLSchema, options: FuzzOptions): Promise<Finding[]> {
  const documented = documentedErrorCodes();
  const findings: Finding[] = [];
  const pick = new Rng(options.seed ^ 0x5eed);
  for (let i = 0; i < options.count; i++) {
    const c = generateCase(schema, options.seed, i);
    const transport = pick.pick(options.transports);
    const token = pick.pick(options.tokens);
    const mutation = /^\s*mutation\b/.test(c.query);
    const before = mutation ? await writes(hub) : '';
    let answer: Answer;
    try {
      answer = await send(hub, transport, { query: c.query, variables: c.variables, operationName: c.operationName }, token, {}, options.timeBoundMs * 3);
    } catch (err) {
      findings.push({ seed: options.seed, case: c, transport, problems: [{ kind: 'transport', detail: (err as Error).message }], known: false });
      continue;
    }
    const problems = check(c, answer, options.timeBoundMs, documented, token);
    if (mutation && c.field) {
      const refused = answer.errors.length > 0 && (answer.data == null || (answer.data as Record<string, unknown>)[c.field] == null);
      if (refused) {
        const after = await writes(hub);
        if (after !== before) problems.push({ kind: 'wrote-when-refused', detail: `before: ${before}\nafter:  ${after}` });
      }
    }
    if (problems.length) {
      const known = isKnown(c, problems);
      findings.push({ seed: options.seed, case: c, transport, problems, known });
      options.log?.(describe({ seed: options.seed, case: c, transport, problems, known }));
    }
  }
  return findings;
}

export function describe(f: Finding): string {
  return [
    `${f.known ? 'KNOWN ' : ''}seed ${f.seed} case ${f.case.index} over ${f.transport} [${f.case.kind}${f.case.field ? ` ${f.case.field}` : ''}; tags: ${f.case.tags.join(', ') || '-'}]`,
    `  query: ${short(f.case.query, 500)}`,
    ...(f.case.variables ? [`  variables: ${short(JSON.stringify(f.case.variables), 500)}`] : []),
    ...f.problems.map((p) => `  ${p.kind}: ${p.detail}`),
  ].join('\n');
}
