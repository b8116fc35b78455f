import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { SnakeNamingStrategy } from '../../src/db/naming';

/**
 * Layering rules of src/, checked on the source text (no database). Each rule is also run on a small synthetic file
 * that breaks it, so that a rule which stopped matching anything would fail here instead of passing silently.
 */

const root = path.join(__dirname, '..', '..');
const srcDir = path.join(root, 'src');

interface Source {
  /** Path relative to the project root, with forward slashes, e.g. `src/modules/schools/school.service.ts`. */
  file: string;
  text: string;
}

function sources(dir: string): Source[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    if (!p.endsWith('.ts')) return [];
    return [{ file: path.relative(root, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') }];
  });
}

/** Module specifiers a file imports (static imports, re-exports, `import()` and `require()`), resolved to project paths when relative. */
function importsOf(src: Source): string[] {
  const info = ts.preProcessFile(src.text, true, true);
  return info.importedFiles.map(({ fileName }) =>
    fileName.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(src.file), fileName)) : fileName,
  );
}

/** Every identifier used in the file's code (comments and strings excluded). */
function identifiersOf(src: Source): Set<string> {
  const out = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node)) out.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(src.file, src.text, ts.ScriptTarget.Latest, true));
  return out;
}

/** The audit writer and the event writer: only the unit of work calls them. */
const WRITERS = ['recordAudit', 'recordAuditMany', 'appendEvent', 'appendEvents'];
const WRITER_HOMES = ['src/common/unit-of-work.ts', 'src/modules/audit/audit.service.ts', 'src/events/event-log.ts'];
/** Raw SQL that writes audit or event rows by hand. */
const RAW_WRITE = /\b(insert\s+into|delete\s+from)\s+"?(audit_entry|event)\b|\bupdate\s+"?(audit_entry|event)"?\s+set\b/i;

function writerViolations(files: Source[]): string[] {
  return files
    .filter((s) => !WRITER_HOMES.includes(s.file))
    .flatMap((s) => {
      const ids = identifiersOf(s);
      const used = WRITERS.filter((w) => ids.has(w)).map((w) => `${s.file} uses ${w}`);
      if (RAW_WRITE.test(s.text)) used.push(`${s.file} writes audit or event rows in SQL`);
      return used;
    });
}

function inboundImportViolations(files: Source[]): string[] {
  return files
    .filter((s) => s.file.startsWith('src/modules/'))
    .flatMap((s) => importsOf(s).filter((i) => i === 'src/inbound' || i.startsWith('src/inbound/')).map((i) => `${s.file} imports ${i}`));
}

/** The raw tenancy helpers that scope.ts replaced: outside src/common every read and write goes through scopeOf(ctx). */
const RAW_TENANCY = ['readScope', 'canRead', 'assertReadable', 'writeSecretariat', 'ReadScope'];

function tenancyViolations(files: Source[]): string[] {
  return files
    .filter((s) => !s.file.startsWith('src/common/'))
    .flatMap((s) => {
      const ids = identifiersOf(s);
      const found = RAW_TENANCY.filter((h) => ids.has(h)).map((h) => `${s.file} uses ${h}`);
      for (const i of importsOf(s)) if (i === 'src/common/tenancy') found.push(`${s.file} imports ${i}`);
      return found;
    });
}

/**
 * DataLoaders (`loader(ctx, name, batch)` from src/common/loaders.ts, one per request) live in one `<x>.loaders.ts`
 * per module, so that a reader finds every batched read of a module in one place.
 */
function loaderViolations(files: Source[]): string[] {
  const homes = new Map<string, string>();
  return files
    .filter((s) => s.file.startsWith('src/modules/') && importsOf(s).includes('src/common/loaders') && identifiersOf(s).has('loader'))
    .flatMap((s) => {
      const module = s.file.split('/')[2];
      if (!s.file.endsWith('.loaders.ts')) return [`${s.file} makes a DataLoader outside a .loaders.ts file`];
      const first = homes.get(module);
      homes.set(module, first ?? s.file);
      return first ? [`${s.file} is a second loaders file of ${module} (${first})`] : [];
    });
}

/**
 * Tables with one writing module (path prefix): a write to a table from a file outside its owner is a second writer,
 * and a table (an entity's, or one a migration creates) missing here has no owner: both fail the test below. The
 * check sees raw SQL (`INSERT INTO t`, `UPDATE t`, `DELETE FROM t`) and TypeORM writes, resolved to their table
 * through the type checker (see `typeormWrites`).
 *
 * The inbound tables are written by the inputs module (src/modules/inputs/: inbound-store.ts, child-rows.ts,
 * retraction.store.ts): the stored rows `<table>_all` (tombstones included) and their child tables; `<table>` is a
 * view of the current rows, owned likewise. What the check does not see, honestly: the store builds its SQL from the
 * adapter's `spec.table`, a table name held in a variable, which neither the SQL pattern nor the type checker can
 * name; the adapters in src/inbound/ write no SQL at all (adapterWriteViolations).
 */
const TABLE_OWNERS: Record<string, string> = {
  // Foundation: the registry, and the audit and event rows (only the unit of work calls their writers, see WRITERS)
  secretariat: 'src/modules/secretariats/',
  school: 'src/modules/schools/',
  audit_entry: 'src/modules/audit/',
  event: 'src/events/',
  secretariat_settings: 'src/modules/settings/',
  self_evaluation_catalogue: 'src/modules/catalogue/',
  self_evaluation_process: 'src/modules/catalogue/',
  self_evaluation_component: 'src/modules/catalogue/',
  // Inbound: the source subprocesses' records (`<table>_all`: stored rows, tombstones included; `<table>`: the view)
  self_evaluation_score: 'src/modules/inputs/',
  self_evaluation_score_all: 'src/modules/inputs/',
  characterization: 'src/modules/inputs/',
  characterization_all: 'src/modules/inputs/',
  support_plan_action: 'src/modules/inputs/',
  support_plan_action_all: 'src/modules/inputs/',
  pei_update: 'src/modules/inputs/',
  pei_update_all: 'src/modules/inputs/',
  education_model_adoption: 'src/modules/inputs/',
  education_model_adoption_all: 'src/modules/inputs/',
  curriculum_change: 'src/modules/inputs/',
  curriculum_change_all: 'src/modules/inputs/',
  inspection_finding: 'src/modules/inputs/',
  inspection_finding_all: 'src/modules/inputs/',
  school_regime_report: 'src/modules/inputs/',
  school_regime_report_all: 'src/modules/inputs/',
  saber_result: 'src/modules/inputs/',
  support_plan_indicator: 'src/modules/inputs/',
  support_plan_task: 'src/modules/inputs/',
  inspection_finding_action: 'src/modules/inputs/',
  // The schools' PMIs and support requests
  improvement_plan: 'src/modules/improvement-plans/',
  improvement_plan_action: 'src/modules/improvement-plans/',
  improvement_plan_critical_factor: 'src/modules/improvement-plans/',
  improvement_plan_goal: 'src/modules/improvement-plans/',
  improvement_plan_indicator: 'src/modules/improvement-plans/',
  improvement_plan_objective: 'src/modules/improvement-plans/',
  improvement_plan_review: 'src/modules/improvement-plans/',
  improvement_plan_version: 'src/modules/improvement-plans/',
  modification_window: 'src/modules/improvement-plans/',
  support_request: 'src/modules/support-requests/',
  support_request_update: 'src/modules/support-requests/',
  // Activities 2–4 and 6 (needs, strategy, alignment with the PAM, the strategy period)
  support_need: 'src/modules/needs/',
  school_classification: 'src/modules/strategy/',
  assistance_strategy: 'src/modules/strategy/',
  assistance_activity: 'src/modules/strategy/',
  alignment_improvement_action: 'src/modules/strategy/',
  strategy_revision: 'src/modules/strategy/',
  // Activity 5: execution support and the PMI follow-ups
  assistance_session: 'src/modules/execution/',
  plan_action_progress: 'src/modules/follow-ups/',
  indicator_measurement: 'src/modules/follow-ups/',
  // Kept by a trigger on indicator_measurement (migration LatestIndicatorMeasurement); no code writes it.
  indicator_latest_measurement: 'src/modules/follow-ups/',
  plan_corrective_action: 'src/modules/follow-ups/',
  plan_self_evaluation: 'src/modules/follow-ups/',
  coaching_note: 'src/modules/follow-ups/',
  coaching_note_reply: 'src/modules/follow-ups/',
  // Activities 7–8: evaluation of the assistance, compliance verification
  evaluation_settings: 'src/modules/assistance-evaluation/',
  assistance_evaluation: 'src/modules/assistance-evaluation/',
  evaluation_consolidation: 'src/modules/assistance-evaluation/',
  service_requirement: 'src/modules/verification/',
  verification: 'src/modules/verification/',
  verification_result: 'src/modules/verification/',
  nonconformity: 'src/modules/verification/',
  quality_action: 'src/modules/verification/',
  // Activities 9–10: reports and the F01.03.F01
  consolidated_report: 'src/modules/reports/',
  pmi_results_report: 'src/modules/reports/',
  irregularity_report: 'src/modules/irregularities/',
  irregularity_report_school: 'src/modules/irregularities/',
  // Outbound webhooks to sibling systems
  webhook_endpoint: 'src/modules/webhooks/',
  webhook_attempt: 'src/modules/webhooks/',
  webhook_dead_letter: 'src/modules/webhooks/',
};

/** One write found in a file: the table, or null when the check cannot tell which table (itself a violation). */
interface Write {
  file: string;
  table: string | null;
  /** The call as written, for the message. */
  at: string;
}

function rawSqlWrites(files: Source[], tables: string[]): Write[] {
  return tables.flatMap((table) => {
    const write = new RegExp(`\\b(insert\\s+into|update|delete\\s+from)\\s+"?${table}"?(\\s|$)`, 'i');
    return files.filter((s) => write.test(s.text)).map((s) => ({ file: s.file, table, at: 'SQL' }));
  });
}

/** The inbound adapters map and validate; SQL that writes (any table) belongs to the module that owns the data. */
function adapterWriteViolations(files: Source[]): string[] {
  const write = /\b(insert\s+into|delete\s+from)\s|\bupdate\s+"?[a-z_]+"?(\s+as\s+[a-z]+)?\s+set\s/i;
  return files.filter((s) => s.file.startsWith('src/inbound/') && write.test(s.text)).map((s) => `${s.file} writes in SQL`);
}

/** The table of each entity class of src/ (its `@Entity({ name })`, or the class name as SnakeNamingStrategy writes it). */
function entityTables(program: ts.Program): Map<ts.Symbol, string> {
  const checker = program.getTypeChecker();
  const tables = new Map<ts.Symbol, string>();
  for (const sf of program.getSourceFiles()) {
    if (!sf.fileName.startsWith(srcDir)) continue;
    for (const node of sf.statements) {
      if (!ts.isClassDeclaration(node) || !node.name) continue;
      const entity = ts.getDecorators(node)?.find((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText(sf) === 'Entity');
      if (!entity) continue;
      const arg = (entity.expression as ts.CallExpression).arguments[0];
      const named = arg && ts.isObjectLiteralExpression(arg) ? arg.properties.find((p) => p.name?.getText(sf) === 'name') : undefined;
      const custom = named && ts.isPropertyAssignment(named) && ts.isStringLiteral(named.initializer) ? named.initializer.text : undefined;
      tables.set(checker.getSymbolAtLocation(node.name)!, new SnakeNamingStrategy().tableName(node.name.text, custom));
    }
  }
  return tables;
}

/** EntityManager / Repository methods that write; the query builder's write verbs are handled apart. */
const WRITE_METHODS = new Set(['save', 'insert', 'update', 'delete', 'remove', 'upsert', 'softDelete', 'softRemove', 'restore', 'recover', 'increment', 'decrement', 'clear']);
/** Of those, the ones whose first argument may be the entity itself rather than its class (`tx.save(plan)`). */
const INSTANCE_METHODS = new Set(['save', 'remove', 'softRemove', 'recover']);
const QUERY_BUILDERS = new Set(['QueryBuilder', 'SelectQueryBuilder', 'InsertQueryBuilder', 'UpdateQueryBuilder', 'DeleteQueryBuilder', 'SoftDeleteQueryBuilder']);

/**
 * TypeORM writes of the program's files under `src/`: manager and repository calls (`tx.save(plan)`,
 * `tx.insert(PlanVersion, …)`, `repo.update(…)` on a `Repository<T>`) and the query builder's
 * `.insert().into(X)`, `.update(X)`, `.delete().from(X)` (or `createQueryBuilder(X, 'x').update()`), each resolved to
 * its table through the type checker and the entity classes' `@Entity` decorators (SnakeNamingStrategy's rule).
 */
function typeormWrites(program: ts.Program, files: Set<string>): Write[] {
  const checker = program.getTypeChecker();
  const tableOf = entityTables(program);
  /** Tables a type stands for: an entity class or instance, a union or array of them, a Repository<T>, a table name. */
  const tablesOf = (type: ts.Type): (string | null)[] => {
    if (type.isUnion()) return type.types.flatMap(tablesOf);
    if (type.isIntersection()) {
      // Object.assign(entity, {…}): the entity part names the table
      const tables = type.types.flatMap(tablesOf).filter((t) => t !== null);
      return tables.length ? tables : [null];
    }
    if (type.isStringLiteral()) return [type.value];
    if (checker.isArrayType(type)) return tablesOf(checker.getTypeArguments(type as ts.TypeReference)[0]);
    const symbol = type.getSymbol();
    const table = symbol && tableOf.get(symbol);
    if (table) return [table];
    if (symbol && ['Repository', ...QUERY_BUILDERS].includes(symbol.name)) {
      const [t] = checker.getTypeArguments(type as ts.TypeReference);
      return t ? tablesOf(t) : [null];
    }
    return [null];
  };
  const receiverKind = (expr: ts.Expression): string | undefined => {
    const name = checker.getTypeAtLocation(expr).getSymbol()?.name;
    if (name === 'EntityManager' || name === 'Repository') return name;
    return name && QUERY_BUILDERS.has(name) ? 'QueryBuilder' : undefined;
  };
  const out: Write[] = [];
  for (const sf of program.getSourceFiles()) {
    const file = path.relative(root, sf.fileName).split(path.sep).join('/');
    if (!files.has(file)) continue;
    const visit = (node: ts.Node) => {
      ts.forEachChild(node, visit);
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const method = node.expression.name.text;
      const receiver = node.expression.expression;
      const [first] = node.arguments;
      const at = node.getText(sf).split('\n')[0].slice(0, 80);
      const add = (tables: (string | null)[]) => new Set(tables).forEach((table) => out.push({ file, table, at }));
      const kind = WRITE_METHODS.has(method) || ['into', 'from'].includes(method) ? receiverKind(receiver) : undefined;
      if (kind === 'EntityManager' && WRITE_METHODS.has(method) && first) {
        const target = ts.isCallExpression(first) && ts.isPropertyAccessExpression(first.expression) && first.expression.name.text === 'create' ? first.arguments[0] : first;
        const type = checker.getTypeAtLocation(target);
        const asClass = type.getConstructSignatures().length > 0 || type.isStringLiteral() || type.isUnion();
        add(INSTANCE_METHODS.has(method) || asClass ? tablesOf(type) : [null]);
      } else if (kind === 'Repository' && WRITE_METHODS.has(method)) {
        add(tablesOf(checker.getTypeAtLocation(receiver)));
      } else if (kind === 'QueryBuilder') {
        const builder = checker.getTypeAtLocation(receiver).getSymbol()?.name;
        if (method === 'into' || (method === 'from' && builder === 'DeleteQueryBuilder')) add(first ? tablesOf(checker.getTypeAtLocation(first)) : [null]);
        else if (method === 'update' && first) add(tablesOf(checker.getTypeAtLocation(first)));
        else if (['update', 'delete', 'insert', 'softDelete', 'restore'].includes(method) && builder === 'SelectQueryBuilder') {
          // createQueryBuilder(X, 'x').update(): the builder's entity, or the later .into()/.from() names it
          const tables = tablesOf(checker.getTypeAtLocation(receiver)).filter((t) => t !== null);
          if (tables.length) add(tables);
        }
      }
    };
    visit(sf);
  }
  return out;
}

/** The program the one-writer rule reads: src/ as tsconfig.json compiles it, plus in-memory files (the rule's probes). */
function programOf(extra: Source[] = []): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const virtual = new Map(extra.map((s) => [path.join(root, s.file), s.text]));
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => {
    const text = virtual.get(path.resolve(name));
    return text === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, text, language, true);
  };
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(path.resolve(name)) ?? readFile.call(host, name);
  const roots = config.fileNames.filter((f) => path.resolve(f).startsWith(srcDir + path.sep));
  return ts.createProgram([...roots, ...virtual.keys()], config.options, host);
}

/** Every table: the entities' (as the rule resolves them) and those the migrations create. */
function tablesOfSchema(program: ts.Program): string[] {
  const migrations = path.join(root, 'migrations');
  const created = readdirSync(migrations).flatMap((f) =>
    [...readFileSync(path.join(migrations, f), 'utf8').matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?"?([a-z_][a-z0-9_]*)/gi)].map((m) => m[1].toLowerCase()),
  );
  return [...new Set([...created, ...entityTables(program).values()])].sort();
}

/** A write to a table by a file outside its owner, a write the rule cannot name, and a table with no owner. */
function secondWriterViolations(files: Source[], program: ts.Program, owners: Record<string, string> = TABLE_OWNERS): string[] {
  const writes = [...rawSqlWrites(files, Object.keys(owners)), ...typeormWrites(program, new Set(files.map((s) => s.file)))];
  const found = writes.flatMap(({ file, table, at }) => {
    if (table === null) return [`${file} writes a table the check cannot name: ${at}`];
    const owner = owners[table];
    if (owner === undefined) return [`${file} writes ${table}, which has no owner in TABLE_OWNERS`];
    return file.startsWith(owner) ? [] : [`${file} writes ${table}`];
  });
  return [...new Set(found)];
}

function unownedTables(program: ts.Program, owners: Record<string, string> = TABLE_OWNERS): string[] {
  return tablesOfSchema(program).filter((t) => !(t in owners)).map((t) => `${t} has no owner in TABLE_OWNERS`);
}

describe('architecture', () => {
  const src = sources(srcDir);

  it('reads the whole of src/', () => {
    expect(src.map((s) => s.file)).toEqual(expect.arrayContaining(['src/common/unit-of-work.ts', 'src/inbound/batch.ts', 'src/modules/index.ts']));
  });

  it('only the unit of work writes audit and event rows: no other file calls recordAudit/appendEvent(s)', () => {
    expect(writerViolations(src)).toEqual([]);
  });

  it('the writer rule catches a service that calls the audit or event writer directly', () => {
    const bad: Source = {
      file: 'src/modules/x/x.service.ts',
      text: `import { recordAudit } from '../audit/audit.service';\nimport { appendEvents as emit } from '../../events/event-log';\n
        // appendEvent in a comment is fine
        export const f = (tx, ctx) => recordAudit(tx, ctx, {});\nconst sql = 'INSERT INTO audit_entry (id) VALUES (1)';`,
    };
    const ok: Source = { file: 'src/modules/y/y.service.ts', text: `// recordAudit is not called here\nconst s = 'appendEvent';` };
    expect(writerViolations([bad, ok])).toEqual([
      'src/modules/x/x.service.ts uses recordAudit',
      'src/modules/x/x.service.ts uses appendEvents',
      'src/modules/x/x.service.ts writes audit or event rows in SQL',
    ]);
  });

  it('no module under src/modules imports from src/inbound', () => {
    expect(inboundImportViolations(src)).toEqual([]);
  });

  it('the layer rule catches a module importing the inbound layer', () => {
    const bad: Source = { file: 'src/modules/x/index.ts', text: `import { a } from '../../inbound/batch';\nexport * from '../../inbound';` };
    const ok: Source = { file: 'src/modules/x/y.ts', text: `import { InboundRecord } from '../inputs/inbound-record';` };
    const outside: Source = { file: 'src/schema.ts', text: `import { inboundResolvers } from './inbound/inbound.resolver';` };
    expect(inboundImportViolations([bad, ok, outside])).toEqual(['src/modules/x/index.ts imports src/inbound/batch', 'src/modules/x/index.ts imports src/inbound']);
  });

  it('the inbound adapters write no SQL: the inputs module owns the writes of its tables (issue 9)', () => {
    expect(adapterWriteViolations(src)).toEqual([]);
    const bad: Source = { file: 'src/inbound/x.ts', text: 'await tx.query(`UPDATE pei_update_all AS t SET summary = r.summary`);' };
    const alsoBad: Source = { file: 'src/inbound/y.ts', text: "await tx.query('DELETE FROM saber_result WHERE id = $1');" };
    const owner: Source = { file: 'src/modules/inputs/inbound-store.ts', text: 'await tx.query(`INSERT INTO "${spec.table}" AS t (a) SELECT 1`);' };
    const reads: Source = { file: 'src/inbound/z.ts', text: "await db.query('SELECT 1 FROM school WHERE updated_at > $1');" };
    expect(adapterWriteViolations([bad, alsoBad, owner, reads])).toEqual(['src/inbound/x.ts writes in SQL', 'src/inbound/y.ts writes in SQL']);
  });

  it('every read and write is scoped through scopeOf(ctx): no file outside src/common uses the raw tenancy helpers', () => {
    expect(tenancyViolations(src)).toEqual([]);
  });

  it('the tenancy rule catches a service that scopes by hand', () => {
    const bad: Source = {
      file: 'src/modules/x/x.service.ts',
      text: `import { canRead } from '../../common/tenancy';
export const f = (c) => canRead(c, 'a') && writeSecretariat(c);`,
    };
    const ok: Source = { file: 'src/common/scope.ts', text: `import { readScope } from './tenancy';
export const g = readScope;` };
    expect(tenancyViolations([bad, ok])).toEqual([
      'src/modules/x/x.service.ts uses canRead',
      'src/modules/x/x.service.ts uses writeSecretariat',
      'src/modules/x/x.service.ts imports src/common/tenancy',
    ]);
  });

  it('DataLoaders live in one <x>.loaders.ts per module', () => {
    expect(loaderViolations(src)).toEqual([]);
  });

  it('the loaders rule catches a loader in a service and a second loaders file', () => {
    const text = `import { loader } from '../../common/loaders';\nexport const l = (ctx) => loader(ctx, 'x', async () => new Map(), null);`;
    const files: Source[] = [
      { file: 'src/modules/x/x.service.ts', text },
      { file: 'src/modules/x/x.loaders.ts', text },
      { file: 'src/modules/x/y.loaders.ts', text },
      { file: 'src/modules/x/z.ts', text: `import { groupBy } from '../../common/loaders';\nexport const g = groupBy;` },
    ];
    expect(loaderViolations(files)).toEqual([
      'src/modules/x/x.service.ts makes a DataLoader outside a .loaders.ts file',
      'src/modules/x/y.loaders.ts is a second loaders file of x (src/modules/x/x.loaders.ts)',
    ]);
  });

  describe('one writer per table', () => {
    /** Small files that break (or keep) the rule, compiled with src/ so that their imports and types are the real ones. */
    const probes: Record<string, Source> = {
      secondWriter: {
        file: 'src/modules/reports/probe-second-writer.ts',
        text: `import type { EntityManager } from 'typeorm';
import { Verification } from '../verification/verification.entity';
import { AssistanceSession } from '../execution/assistance-session.entity';
import { PlanGoal, PlanIndicator } from '../improvement-plans/plan-content.entity';
import { ImprovementPlan } from '../improvement-plans/improvement-plan.entity';
import { ConsolidatedReport } from './consolidated-report.entity';
export async function probe(tx: EntityManager, v: Verification, sessions: AssistanceSession[], part: typeof PlanGoal | typeof PlanIndicator) {
  await tx.save(v);
  await tx.save(sessions);
  await tx.getRepository(ImprovementPlan).update({ id: '1' }, { version: 2 });
  await tx.createQueryBuilder().delete().from(part).execute();
  await tx.createQueryBuilder().insert().into('coaching_note').values({}).execute();
  await tx.createQueryBuilder(ImprovementPlan, 'p').update().set({ version: 3 }).execute();
  await tx.save(tx.create(ConsolidatedReport, {}));
  new Map<string, number>().delete('x');
}`,
      },
      unnamed: {
        file: 'src/modules/reports/probe-unnamed.ts',
        text: `import type { EntityManager } from 'typeorm';
export async function probe(tx: EntityManager, row: object, table: string) {
  await tx.save(row);
  await tx.insert(table, {});
}`,
      },
    };
    let program: ts.Program;
    beforeAll(() => {
      program = programOf(Object.values(probes));
    });

    it('only the owning module writes each table of TABLE_OWNERS, in SQL or through TypeORM', () => {
      expect(secondWriterViolations(src, program)).toEqual([]);
    });

    it('every table (of an entity or a migration) has an owner, and every owner a table', () => {
      expect(unownedTables(program)).toEqual([]);
      expect(Object.keys(TABLE_OWNERS).filter((t) => !tablesOfSchema(program).includes(t))).toEqual([]);
    });

    it('sees the TypeORM writes of the modules: the PMI lifecycle and its content diff', () => {
      const tablesOf = (file: string) => [...new Set(typeormWrites(program, new Set([file])).map((w) => w.table))].sort();
      expect(tablesOf('src/modules/improvement-plans/improvement-plan.service.ts')).toEqual(['improvement_plan', 'improvement_plan_review', 'improvement_plan_version']);
      expect(tablesOf('src/modules/improvement-plans/plan-content.ts')).toEqual([
        'improvement_plan_action',
        'improvement_plan_critical_factor',
        'improvement_plan_goal',
        'improvement_plan_indicator',
        'improvement_plan_objective',
      ]);
    });

    it('catches TypeORM writes by a second module: instances, arrays, repositories, query builders, unions', () => {
      expect(secondWriterViolations([probes.secondWriter], program).sort()).toEqual(
        [
          'src/modules/reports/probe-second-writer.ts writes verification',
          'src/modules/reports/probe-second-writer.ts writes assistance_session',
          'src/modules/reports/probe-second-writer.ts writes improvement_plan',
          'src/modules/reports/probe-second-writer.ts writes improvement_plan_goal',
          'src/modules/reports/probe-second-writer.ts writes improvement_plan_indicator',
          'src/modules/reports/probe-second-writer.ts writes coaching_note',
        ].sort(),
      );
    });

    it('refuses a write whose table it cannot name, and a table with no owner', () => {
      expect(secondWriterViolations([probes.unnamed], program)).toEqual([
        'src/modules/reports/probe-unnamed.ts writes a table the check cannot name: tx.save(row)',
        'src/modules/reports/probe-unnamed.ts writes a table the check cannot name: tx.insert(table, {})',
      ]);
      const { coaching_note: _, ...withoutOne } = TABLE_OWNERS;
      expect(unownedTables(program, withoutOne)).toEqual(['coaching_note has no owner in TABLE_OWNERS']);
      expect(secondWriterViolations([probes.secondWriter], program, withoutOne)).toContain(
        'src/modules/reports/probe-second-writer.ts writes coaching_note, which has no owner in TABLE_OWNERS',
      );
    });

    it('catches raw SQL that updates the school table from another layer', () => {
      const bad: Source = { file: 'src/inbound/f01-03-inspection.ts', text: 'await tx.query(`UPDATE school s SET regime = r.regime`);' };
      const ok: Source = { file: 'src/inbound/x.ts', text: "await tx.query('UPDATE school_year_summary SET x = 1');" };
      const owner: Source = { file: 'src/modules/schools/school.service.ts', text: 'await tx.query(`UPDATE school s SET regime = 1`);' };
      expect(secondWriterViolations([bad, ok, owner], program)).toEqual(['src/inbound/f01-03-inspection.ts writes school']);
    });

    it("catches the D01.03 adapter writing the catalogue module's tables", () => {
      const bad: Source = { file: 'src/inbound/d01-03-self-evaluation.ts', text: "await tx.query('INSERT INTO self_evaluation_component (code) VALUES ($1)');" };
      const owner: Source = { file: 'src/modules/catalogue/catalogue.service.ts', text: "await tx.query('INSERT INTO self_evaluation_component (code) VALUES ($1)');" };
      expect(secondWriterViolations([bad, owner], program)).toEqual(['src/inbound/d01-03-self-evaluation.ts writes self_evaluation_component']);
    });
  });
});
