import path from 'node:path';
import express, { type Router } from 'express';

/** GraphiQL served from installed packages (no CDN), so it works offline. */
const pkg = (name: string, ...file: string[]) => path.join(path.dirname(require.resolve(`${name}/package.json`)), ...file);
const assets: Record<string, string> = {
  'react.js': pkg('react', 'umd', 'react.production.min.js'),
  'react-dom.js': pkg('react-dom', 'umd', 'react-dom.production.min.js'),
  'graphiql.js': pkg('graphiql', 'graphiql.min.js'),
  'graphiql.css': pkg('graphiql', 'graphiql.min.css'),
  'graphql-ws.js': pkg('graphql-ws', 'umd', 'graphql-ws.min.js'),
};

export function graphiqlAssets(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(assets)) {
    router.get(`/graphiql/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  return router;
}

/** Shown on first visit: how to authenticate (the schema itself loads without a token). */
const DEFAULT_QUERY = `# pmi-hub — GraphQL hub for D02.03 "Apoyar la gestión de los PMI".
#
# Every operation needs a bearer token. For the demo jurisdiction:
#   npm run token -- --role QUALITY_LEADER --secretariat 05001
# then, in the Headers tab below:
#   { "Authorization": "Bearer <token>" }
#
# Roles: QUALITY_LEADER, IMPROVEMENT_PROFESSIONAL, QUALITY_STAFF, SCHOOL (--school <DANE>),
# CITIZEN_SERVICE, SUBPROCESS (--scope ingest:D01.03), MINISTRY, INSPECTION, ADMIN.

query Schools {
  schools(first: 5) {
    totalCount
    edges { node { daneCode name sector zone regime } }
  }
}
`;

export const graphiqlPage = (endpoint: string) => `<!doctype html>
<html lang="es">
<head>
  <meta charset="utf-8" />
  <title>pmi-hub · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphql-ws.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const url = new URL(${JSON.stringify(endpoint)}, location.href);
    const wsUrl = url.href.replace(/^http/, 'ws');
    const token = () => {
      try { return JSON.parse(localStorage.getItem('graphiql:headers') || '{}').Authorization; } catch { return undefined; }
    };
    const fetcher = GraphiQL.createFetcher({
      url: url.href,
      headers: { 'apollo-require-preflight': 'true' },
      wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: () => ({ Authorization: token() }) }),
    });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        shouldPersistHeaders: true,
        defaultHeaders: '{}',
        defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      }),
    );
  </script>
</body>
</html>`;
