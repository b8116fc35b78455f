import 'reflect-metadata';
import { parse, validate, specifiedRules, getOperationAST } from 'graphql';
import { loadConfig } from '../../src/config';
import { buildHubSchema } from '../../src/schema';
import { checkComplexity, hubParseOptions, hubValidationRules } from '../../src/http/guards';
import * as generated from '../../src/dashboard/app/generated/graphql';

/**
 * Every operation the dashboard sends passes the hub's own guards at their default limits (depth, aliases, tokens,
 * cost with its page sizes), so no panel fails with LIMIT_EXCEEDED on a default hub, including those the browser
 * tests do not open (every export, the follow-up lists).
 */
describe('the dashboard operations and the hub guards', () => {
  const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [string, { toString(): string }][];

  it('finds the operations', () => {
    expect(documents.length).toBeGreaterThanOrEqual(25);
  });

  it('each one parses, validates and fits the default cost at the page sizes it asks for', async () => {
    const schema = await buildHubSchema();
    const config = loadConfig({});
    const problems: string[] = [];
    for (const [name, doc] of documents) {
      const document = parse(doc.toString(), hubParseOptions(config));
      const errors = validate(schema, document, [...specifiedRules, ...hubValidationRules(config)]);
      if (errors.length) problems.push(`${name}: ${errors.map((e) => e.message).join('; ')}`);
      const op = getOperationAST(document)!;
      try {
        checkComplexity(schema, document, op.name?.value, {}, config.MAX_QUERY_COMPLEXITY);
      } catch (err) {
        problems.push(`${name}: ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
