import http from 'node:http';
import { Pool } from 'pg';
import { searchable } from '../../../src/common/text';
import { FLOOR_NATIONAL_SQL, FLOOR_PLANS_SQL, FLOOR_SCHOOLS_SQL } from './floor-sql';

/**
 * The floor's HTTP server (a child process of `npm run bench`): POST /plans and /schools with a JSON body
 * {period, secretariat, first, after} (after: the DANE code the page starts after), POST /national with {period, department}
 * (the Ministry's aggregate); one statement each, PostgreSQL's JSON text passed through untouched.
 * env: DATABASE_URL, PORT, POOL_SIZE.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10), options: '-c jit=off' });
const SQL: Record<string, string> = { '/plans': FLOOR_PLANS_SQL, '/schools': FLOOR_SCHOOLS_SQL, '/national': FLOOR_NATIONAL_SQL };
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', async () => {
    try {
      const sql = SQL[req.url ?? ''];
      if (!sql) throw new Error('unknown path');
      const { period, secretariat, first, after, department } = JSON.parse(body || '{}');
      // the department as the hub compares it (case, accents and outer spaces ignored; empty = none)
      const values =
        req.url === '/plans'
          ? [period ?? null, secretariat ?? null, first ?? 50, after ?? null]
          : req.url === '/national'
            ? [period ?? null, department ? searchable(department) : null]
            : [secretariat ?? null, first ?? 50, after ?? null];
      const { rows } = await pool.query({ text: sql, values, rowMode: 'array' });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(rows[0][0]);
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
