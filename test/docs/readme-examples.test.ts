import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { startTestHub, type TestHub } from '../support/hub';
import { loadDemoData } from '../../src/demo/seed';
import { Role } from '../../src/common/auth/roles';
import type { TokenClaims } from '../../src/common/auth/jwt';

/**
 * Every ```graphql example of README.md runs, in the README's order, over real HTTP (subscriptions over a real
 * WebSocket) against one hub on the demo jurisdiction, as the role it says it is for:
 *  - `# as: ROLE [secretariat] [scope…] [client=<id>] [school=<DANE>]` on a line of its own opens a block and is the
 *    role of its operations; one written on an operation's first or last line is that operation's role;
 *  - `# variables: {json}` gives the block's variables; `# expect: CODE` an error the example documents;
 *  - `"…"` stands for an id an earlier example returned (resolved below, by argument).
 * Each operation must answer without errors (or the documented one), every root field with data, every list the
 * README shows non-empty, no batch item rejected; a subscription from `"0:0"` must deliver an event.
 */
// README_EXAMPLES_FILE: another copy of the README to check (e.g. an older one, to see which examples broke).
const README = readFileSync(process.env.README_EXAMPLES_FILE ?? path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

interface Example {
  block: number;
  op: OperationDefinitionNode;
  text: string;
  as: string;
  variables: Record<string, unknown>;
  expect: string | null;
}

const marker = (text: string, name: string) => new RegExp(`#\\s*${name}:\\s*([^\\n]*)`).exec(text)?.[1].trim() ?? null;

const examples: Example[] = blocks.flatMap((source, block) => {
  const doc = parse(source);
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const head = source.slice(0, ops[0]?.loc?.start ?? 0);
  const blockAs = marker(head, 'as');
  const variables = JSON.parse(marker(head, 'variables') ?? '{}') as Record<string, unknown>;
  return ops.map((op, i) => {
    // The operation's own lines: from its start to the end of the line where it ends (a trailing comment).
    const end = source.indexOf('\n', op.loc!.end);
    const own = source.slice(op.loc!.start, end < 0 ? source.length : end);
    const as = marker(own, 'as') ?? blockAs;
    if (!as) throw new Error(`README graphql block ${block + 1}, operation ${i + 1}: no "# as: ROLE" marker`);
    return { block: block + 1, op, text: print(op), as: as.split(/\s+—|\s+\(/)[0], variables, expect: marker(own, 'expect') ?? marker(head, 'expect') };
  });
});

function claimsOf(as: string): Partial<TokenClaims> & { role: Role } {
  const [role, ...rest] = as.split(/\s+/);
  const claims: Partial<TokenClaims> & { role: Role } = { role: role as Role };
  const scopes: string[] = [];
  for (const part of rest) {
    if (/^\d{5}$/.test(part)) claims.secretariat = part;
    else if (part.startsWith('client=')) claims.client = part.slice('client='.length);
    else if (part.startsWith('school=')) claims.school = part.slice('school='.length);
    else if (part.includes(':')) scopes.push(part);
  }
  if (scopes.length) claims.scopes = scopes;
  return claims;
}

/** Where the data is empty although the README shows data: paths of null root fields, empty lists, rejected items. */
function emptiness(value: unknown, at: string, out: string[]): void {
  if (value === null || value === undefined) return void out.push(`${at} is null`);
  if (Array.isArray(value)) {
    if (value.length === 0) out.push(`${at} is empty`);
    value.forEach((v, i) => typeof v === 'object' && v !== null && emptiness(v, `${at}.${i}`, out));
    return;
  }
  if (typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.rejected === 'number' && o.rejected > 0) out.push(`${at}.rejected is ${o.rejected}: ${JSON.stringify(o.items)}`);
  for (const key of ['edges', 'nodes', 'items'] as const) if (key in o) emptiness(o[key], `${at}.${key}`, out);
}

describe('README examples on the demo data', () => {
  let hub: TestHub;
  const results: { field: string; data: Record<string, unknown> }[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
    expect(await loadDemoData(hub.runtime)).toBe(true);
  }, 120_000);
  afterAll(() => hub?.stop());

  /** The id an example's `"…"` stands for, by argument: what the README says it is. */
  async function placeholder(field: string, arg: string): Promise<string> {
    const latest = (...roots: string[]) => [...results].reverse().find((r) => roots.includes(r.field))?.data;
    if (arg === 'strategyId') return (latest('createAssistanceStrategy', 'assistanceStrategyOf') as { id: string }).id;
    if (arg === 'planId') return (latest('improvementPlanOf') as { id: string }).id;
    if (field === 'consolidatedReportFile') {
      const edges = (latest('consolidatedReports') as { edges: { node: { id: string; status: string } }[] }).edges;
      return edges.find((e) => e.node.status === 'PUBLISHED')!.node.id;
    }
    if (arg === 'actionId') {
      const planId = await placeholder('planFollowUp', 'planId');
      const rows: { id: string }[] = await hub.runtime.db.query(
        `SELECT id FROM improvement_plan_action WHERE plan_id = $1 ORDER BY id LIMIT 1`,
        [planId],
      );
      return rows[0].id;
    }
    throw new Error(`no value known for "…" in ${field}(${arg})`);
  }

  async function eventsSettled(): Promise<void> {
    for (const until = Date.now() + 400_000; Date.now() < until; ) {
      const held = await hub.runtime.db.query(`SELECT 1 FROM event e WHERE e.tx_id >= (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint LIMIT 1`);
      if (held.length === 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  it('every block has examples and each says its role', () => {
    expect(blocks.length).toBeGreaterThan(10);
    expect(examples.length).toBeGreaterThanOrEqual(30);
  });

  it('no example hard-codes an event cursor other than "0:0" (cursors are transaction ids: a fresh database has few)', () => {
    // "8812:1043" replayed on a busy server and was CURSOR_AHEAD on `npm start`'s fresh database (its log ends near 1000).
    const literal = (ex: Example) => [...ex.text.matchAll(/"(\d+:\d+)"/g), ...JSON.stringify(ex.variables).matchAll(/"(\d+:\d+)"/g)].map((m) => m[1]);
    expect(examples.flatMap((ex) => literal(ex).filter((c) => c !== '0:0').map((c) => `block ${ex.block}: ${c}`))).toEqual([]);
  });

  it('each example answers as the README says, in order', async () => {
    const failures: string[] = [];
    for (const ex of examples) {
      let text = ex.text;
      for (const m of [...text.matchAll(/(\w+)\(([^)]*?)(\w+): "…"/g)]) {
        text = text.replace(`${m[3]}: "…"`, `${m[3]}: "${await placeholder(m[1], m[3])}"`);
      }
      const token = await hub.token(claimsOf(ex.as));
      // The event log delivers settled events only (every older transaction of the cluster ended): on a shared
      // PostgreSQL server another session's long transaction holds them back, so wait for that first.
      if (/\bevents\(/.test(text)) await eventsSettled();
      const where = `README graphql block ${ex.block} (${ex.as}): ${text.replace(/\s+/g, ' ').slice(0, 140)}`;
      if (ex.op.operation === 'subscription') {
        const events = await new Promise<{ data?: unknown; errors?: unknown }[]>((resolve) => {
          const got: { data?: unknown; errors?: unknown }[] = [];
          const client = hub.ws(token);
          const timer = setTimeout(() => finish(), 10_000);
          const finish = () => {
            clearTimeout(timer);
            dispose();
            resolve(got);
          };
          const dispose = client.subscribe({ query: text, variables: ex.variables }, {
            next: (r) => {
              got.push(r as never);
              finish();
            },
            error: (e) => {
              got.push({ errors: [e] });
              finish();
            },
            complete: finish,
          });
        });
        if (events.length === 0) failures.push(`${where}: no event within 10 s`);
        else if (events[0].errors) failures.push(`${where}: ${JSON.stringify(events[0].errors)}`);
        continue;
      }
      const res = await hub.gql(text, ex.variables as never, token);
      if (ex.expect) {
        const code = res.errors?.[0]?.extensions?.code;
        if (code !== ex.expect) failures.push(`${where}: expected ${ex.expect}, got ${JSON.stringify(res.errors ?? res.data)}`);
        continue;
      }
      if (res.errors?.length) {
        failures.push(`${where}: ${JSON.stringify(res.errors.map((e) => [e.extensions?.code, e.message]))}`);
        continue;
      }
      for (const [field, data] of Object.entries(res.data as Record<string, unknown>)) {
        const empty: string[] = [];
        emptiness(data, field, empty);
        if (empty.length) failures.push(`${where}: ${empty.join('; ')}`);
        if (data && typeof data === 'object') results.push({ field, data: data as Record<string, unknown> });
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
