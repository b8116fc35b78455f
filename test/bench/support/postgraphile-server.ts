import http from 'node:http';
import path from 'node:path';
import Module from 'node:module';
import { Client } from 'pg';

// npm installs two copies of graphql 15 under PostGraphile (its own and graphile-build-pg's, beside the hub's graphql
// 16): one realm for all of them, or PostGraphile rejects its own types ("from another module or realm").
const pgGraphql = path.dirname(require.resolve('graphql/package.json', { paths: [path.dirname(require.resolve('postgraphile/package.json'))] }));
const resolve = (Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename;
(Module as unknown as { _resolveFilename: (r: string, ...a: unknown[]) => string })._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === 'graphql' || request.startsWith('graphql/')) return resolve.call(this, request.replace(/^graphql/, pgGraphql), ...rest);
  return resolve.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { postgraphile, makeJSONPgSmartTagsPlugin } = require('postgraphile') as typeof import('postgraphile');

/**
 * PostGraphile 4 on the same database (a child process of `npm run bench`; a dev dependency used only here), with its
 * production-leaning options: no GraphiQL, no query log, no mutations, no watch. Only the tables the benchmark reads
 * are exposed (the others are omitted in memory by smart tags; some self-references of the hub's tables clash with
 * PostGraphile's default names): the database is untouched. env: DATABASE_URL, PORT, POOL_SIZE.
 */
const EXPOSED = ['secretariat', 'school', 'improvement_plan', 'improvement_plan_goal', 'improvement_plan_indicator', 'improvement_plan_action'];

async function main() {
  const c = new Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  const { rows } = await c.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
  await c.end();
  const cls = Object.fromEntries(rows.filter((r) => !EXPOSED.includes(r.tablename)).map((r) => [r.tablename, { tags: { omit: true } }]));
  const omit = makeJSONPgSmartTagsPlugin({ version: 1, config: { class: cls } });
  const middleware = postgraphile(
    { connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10), options: '-c jit=off' } as never,
    'public',
    { disableDefaultMutations: true, graphiql: false, disableQueryLog: true, ignoreRBAC: true, setofFunctionsContainNulls: false, retryOnInitFail: false, appendPlugins: [omit] },
  );
  const server = http.createServer(middleware);
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
}

main().catch((err) => {
  process.stderr.write(String(err));
  process.exit(1);
});
