import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from './modules';
import { authChecker } from './common/auth/auth-checker';
import { validateArgument } from './common/validation';
import { projectRoot } from './paths';

export const SCHEMA_FILE = path.join(projectRoot, 'schema', 'schema.graphql');

export async function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
  });
}

/** The SDL as committed in schema/schema.graphql: sorted so that it only changes when the API does. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function emitSchemaFile(file = SCHEMA_FILE): Promise<void> {
  writeFileSync(file, printHubSchema(await buildHubSchema()));
}
