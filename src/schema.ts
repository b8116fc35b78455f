import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { resolvers } from './modules';
import { inboundResolvers } from './inbound/inbound.resolver';
import { authChecker } from './common/auth/auth-checker';
import { validateArgument } from './common/validation';
import { guardInputs } from './common/input-guard';
import { rememberDateTimeParses } from './common/date-time-parse';
import { describeListLimits } from './common/list-limits';
import { projectRoot } from './paths';
import { preReadResolvers } from './common/json-read';
import { PLAN_JSON } from './modules/improvement-plans/improvement-plan.json';
import { SCHOOL_JSON } from './modules/schools/school.json';

export const SCHEMA_FILE = path.join(projectRoot, 'schema', 'schema.graphql');

/**
 * Subscriptions use `@Subscription({ subscribe })` over the event log (src/events), never topic pub/sub; type-graphql
 * still insists on a pubSub, so this one refuses to be used.
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error('Topic pub/sub is not used: publish events with uow.record (src/common/unit-of-work.ts)');
  },
  subscribe() {
    throw new Error('Topic pub/sub is not used: subscribe with @Subscription({ subscribe }) over src/events');
  },
};

/** The schema, with every client value checked and normalised at the boundary (src/common/input-guard.ts). */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...resolvers, ...inboundResolvers] as unknown as [Function, ...Function[]],
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    pubSub: noPubSub,
  });
  return preReadResolvers(guardInputs(rememberDateTimeParses(describeListLimits(schema))), [PLAN_JSON, SCHOOL_JSON]);
}

/** The SDL as committed in schema/schema.graphql: sorted so that it only changes when the API does. */
export function printHubSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function emitSchemaFile(file = SCHEMA_FILE): Promise<void> {
  writeFileSync(file, printHubSchema(await buildHubSchema()));
}
