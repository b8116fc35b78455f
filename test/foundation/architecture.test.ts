import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

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
 * Tables with one writing module (path prefix): SQL that writes them elsewhere is a second writer. The inbound tables
 * are still written by their adapter through the ingestion engine (src/inbound/batch.ts, `spec.table`); their
 * child tables are listed with the adapter that owns them.
 */
const TABLE_OWNERS: Record<string, string> = {
  school: 'src/modules/schools/',
  self_evaluation_catalogue: 'src/modules/catalogue/',
  self_evaluation_process: 'src/modules/catalogue/',
  self_evaluation_component: 'src/modules/catalogue/',
  support_need: 'src/modules/needs/',
  school_classification: 'src/modules/strategy/',
  assistance_strategy: 'src/modules/strategy/',
  assistance_activity: 'src/modules/strategy/',
  improvement_plan: 'src/modules/improvement-plans/',
  improvement_plan_action: 'src/modules/improvement-plans/',
  improvement_plan_critical_factor: 'src/modules/improvement-plans/',
  improvement_plan_goal: 'src/modules/improvement-plans/',
  improvement_plan_indicator: 'src/modules/improvement-plans/',
  improvement_plan_objective: 'src/modules/improvement-plans/',
  improvement_plan_review: 'src/modules/improvement-plans/',
  improvement_plan_version: 'src/modules/improvement-plans/',
  support_request: 'src/modules/support-requests/',
  secretariat: 'src/modules/secretariats/',
  secretariat_settings: 'src/modules/settings/',
  self_evaluation_score: 'src/inbound/d01-03-self-evaluation.ts',
  characterization: 'src/inbound/d01-04-characterization.ts',
  saber_result: 'src/inbound/d01-04-characterization.ts',
  support_plan_action: 'src/inbound/d02-01-support-plan.ts',
  pei_update: 'src/inbound/d02-02-pei.ts',
  education_model_adoption: 'src/inbound/c02-02-education-model.ts',
  curriculum_change: 'src/inbound/d02-05-curriculum.ts',
  inspection_finding: 'src/inbound/f01-03-inspection.ts',
  school_regime_report: 'src/inbound/f01-03-inspection.ts',
  support_plan_indicator: 'src/inbound/d02-01-support-plan.ts',
  support_plan_task: 'src/inbound/d02-01-support-plan.ts',
  inspection_finding_action: 'src/inbound/f01-03-inspection.ts',
  webhook_endpoint: 'src/modules/webhooks/',
  webhook_attempt: 'src/modules/webhooks/',
  webhook_dead_letter: 'src/modules/webhooks/',
};

function secondWriterViolations(files: Source[]): string[] {
  return Object.entries(TABLE_OWNERS).flatMap(([table, owner]) => {
    const write = new RegExp(`\\b(insert\\s+into|update|delete\\s+from)\\s+"?${table}"?(\\s|$)`, 'i');
    return files.filter((s) => !s.file.startsWith(owner) && write.test(s.text)).map((s) => `${s.file} writes ${table}`);
  });
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

  it('one writer per table: only the owning module writes each table of TABLE_OWNERS', () => {
    expect(secondWriterViolations(src)).toEqual([]);
  });

  it('the one-writer rule catches raw SQL that updates the school table from another layer', () => {
    const bad: Source = { file: 'src/inbound/f01-03-inspection.ts', text: 'await tx.query(`UPDATE school s SET regime = r.regime`);' };
    const ok: Source = { file: 'src/inbound/x.ts', text: "await tx.query('UPDATE school_year_summary SET x = 1');" };
    const owner: Source = { file: 'src/modules/schools/school.service.ts', text: 'await tx.query(`UPDATE school s SET regime = 1`);' };
    expect(secondWriterViolations([bad, ok, owner])).toEqual(['src/inbound/f01-03-inspection.ts writes school']);
  });

  it('the one-writer rule catches the D01.03 adapter writing the catalogue module\'s tables', () => {
    const bad: Source = { file: 'src/inbound/d01-03-self-evaluation.ts', text: "await tx.query('INSERT INTO self_evaluation_component (code) VALUES ($1)');" };
    const owner: Source = { file: 'src/modules/catalogue/catalogue.service.ts', text: "await tx.query('INSERT INTO self_evaluation_component (code) VALUES ($1)');" };
    expect(secondWriterViolations([bad, owner])).toEqual(['src/inbound/d01-03-self-evaluation.ts writes self_evaluation_component']);
  });
});
