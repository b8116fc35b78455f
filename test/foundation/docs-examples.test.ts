import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, validate, type DefinitionNode, type DocumentNode } from 'graphql';
import { buildHubSchema } from '../../src/schema';

/** Every ```graphql example in the README and docs/ must be valid against the schema the code builds. */
const root = path.join(__dirname, '..', '..');
const files = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const blocks = files.flatMap((file) =>
  [...readFileSync(path.join(root, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `${file} #${i + 1}`, source: m[1] })),
);

describe('documentation examples', () => {
  let schema: Awaited<ReturnType<typeof buildHubSchema>>;
  beforeAll(async () => {
    schema = await buildHubSchema();
  });

  it('there are examples to check', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((b) => [b.name, b.source]))('%s is valid against the schema', (_name, source) => {
    const doc = parse(source);
    const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const errors = operations.flatMap((op: DefinitionNode) =>
      validate(schema, { kind: Kind.DOCUMENT, definitions: [op, ...fragments] } as DocumentNode).map((e) => e.message),
    );
    expect(errors).toEqual([]);
  });
});
