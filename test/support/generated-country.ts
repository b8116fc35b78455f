import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './database';
import { startTestHub, type TestHub } from './hub';
import { generateNational } from '../bench/support/national-data';

/** A small generated country for a describe block (test/scale): its database, a client on it, hubs on it. */
export interface GeneratedCountry {
  /** The private database the generator filled (valid inside tests and hooks, after the block's beforeAll). */
  readonly database: TestDatabase;
  /** A pg client on it, for the tests' own SQL. */
  readonly db: Client;
  /** Starts a test hub on this database with these settings; it is stopped before the database is dropped. */
  startHub(env?: Record<string, string>): Promise<TestHub>;
  /** Codes of the secretariats, most schools first (ties by code), `limit` of them or all: the same for a seed. */
  largestSecretariats(limit?: number): Promise<string[]>;
  /** The first `limit` DANE codes of a secretariat's schools, ascending. */
  schoolsOf(secretariat: string, limit: number): Promise<string[]>;
}

/**
 * Registers the hooks of a describe block that works on `npm run generate`'s data (deterministic by seed): before
 * all, a fresh migrated database filled with `schools` schools; after all, the hubs started on it are stopped, the
 * client closed and the database dropped.
 */
export function useGeneratedCountry(options: { schools: number; seed: number }): GeneratedCountry {
  let database: TestDatabase | undefined;
  let db: Client | undefined;
  const hubs: TestHub[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the generated country is set up in beforeAll: use it inside tests and hooks');
    return value;
  };
  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    await generateNational(db, options);
    // Bulk SQL whose time grows with the machine's load (60 s was passed at load 9–21): not a timed test.
  }, 300_000);
  afterAll(async () => {
    await Promise.all(hubs.splice(0).map((h) => h.stop()));
    await db?.end();
    await database?.drop();
  });
  return {
    get database() {
      return ready(database);
    },
    get db() {
      return ready(db);
    },
    async startHub(env = {}) {
      const hub = await startTestHub(env, ready(database));
      hubs.push(hub);
      return hub;
    },
    async largestSecretariats(limit) {
      const { rows } = await ready(db).query<{ c: string }>(
        'SELECT secretariat_code AS c FROM school GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT $1',
        [limit ?? null],
      );
      return rows.map((r) => r.c);
    },
    async schoolsOf(secretariat, limit) {
      const { rows } = await ready(db).query<{ dane_code: string }>(
        'SELECT dane_code FROM school WHERE secretariat_code = $1 ORDER BY dane_code LIMIT $2',
        [secretariat, limit],
      );
      return rows.map((r) => r.dane_code);
    },
  };
}
