/**
 * graphql-js chooses its development checks (a cross-realm `instanceof` guard on every type check) from NODE_ENV the
 * first time it is loaded. They help library authors find a second copy of graphql, cost a server 13–19 % of its
 * requests/s (issue 14, `npm run bench`) and change no result. The hub loads graphql-js in production mode whatever
 * its own NODE_ENV (development keeps GraphiQL, introspection and the development secret), then puts NODE_ENV back.
 * GRAPHQL_DEV_CHECKS=true keeps the checks. Imported first by src/main.ts (what `npm start` runs); tests load graphql
 * as they are (NODE_ENV=test).
 */
if (process.env.GRAPHQL_DEV_CHECKS !== 'true' && process.env.NODE_ENV !== 'production') {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('graphql');
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export {};
