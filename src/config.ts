import { z } from 'zod';
import { HEAP_MAX_MB, HEAP_MAX_MB_FLOOR, HEAP_YOUNG_MB } from './heap-flags';


const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting the hub reads from its environment. Documented in README "Configuration". */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Default: every interface in production, this machine only (127.0.0.1) otherwise — see `loadConfig`. */
  HOST: z.string().min(1).optional(),
  PORT: int(0, 65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: int(1, 200).default(10),
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: int(1024, 65535).default(54329),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  JWT_JWKS_FILE: z.string().min(1).optional(),
  JWT_ISSUER: z.string().min(1).default('pmi-hub'),
  JWT_AUDIENCE: z.string().min(1).default('pmi-hub'),
  /** Longest a token may still be valid when presented (`exp` − now), in seconds; beyond it UNAUTHENTICATED (default 31 days). */
  JWT_MAX_TOKEN_LIFETIME_SECONDS: int(60, 315_360_000).default(2_678_400),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: bool.optional(),
  INTROSPECTION: bool.optional(),
  GRAPHIQL: bool.optional(),
  MAX_QUERY_DEPTH: int(1, 100).default(12),
  MAX_QUERY_COMPLEXITY: int(1, 10_000_000).default(50_000),
  MAX_ALIASES: int(0, 10_000).default(30),
  MAX_DIRECTIVES: int(0, 10_000).default(50),
  MAX_TOKENS: int(100, 1_000_000).default(2_000),
  MAX_OPERATIONS_PER_REQUEST: int(1, 100).default(5),
  MAX_BODY_SIZE: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 512kb or 20mb')
    .default('20mb'),
  MAX_BATCH_SIZE: int(1, 1_000_000).default(10_000),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: int(1, 10_000).default(20),
  SUBSCRIPTION_BUFFER_SIZE: int(1, 1_000_000).default(1_000),
  /** One execution per event and selection shared by the subscribers (src/events/shared-execution.ts); false: graphql-js's per subscriber. */
  SHARED_SUBSCRIPTION_EXECUTION: bool.default(true),
  /** Fallback poll of the event table, in case a NOTIFY is missed (events are never lost, only later). */
  EVENT_POLL_INTERVAL_MS: int(10, 600_000).default(1_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  /** How often each instance runs the strategy period job (moves to EXECUTION / EVALUATION); 0 turns it off. */
  PERIOD_JOB_INTERVAL_MS: int(0, 86_400_000).default(60_000),
  EXPOSE_SQL_COUNT: bool.default(false),
  /** Response cache of read queries (src/http/response-cache.ts): bytes of answers kept per instance; 0 turns it off. */
  RESPONSE_CACHE_MAX_BYTES: int(0, 2 ** 40).default(64 * 1024 * 1024),
  /** Longest life of a cached answer: bounds changes made outside the hub (the audit trail invalidates the rest). */
  RESPONSE_CACHE_TTL_MS: int(1, 86_400_000).default(60_000),
  /**
   * V8 heap of the hub process (src/heap-flags.ts; read before anything else, when the process starts): MB of each
   * young-generation semi-space (`--max-semi-space-size`) and the old generation's ceiling (`--max-old-space-size`,
   * which also sets how lazily V8 lets garbage accumulate); 0 leaves either to V8.
   */
  HEAP_YOUNG_MB: int(HEAP_YOUNG_MB.min, HEAP_YOUNG_MB.max).default(HEAP_YOUNG_MB.default),
  HEAP_MAX_MB: int(HEAP_MAX_MB.min, HEAP_MAX_MB.max)
    .refine((mb) => mb === 0 || mb >= HEAP_MAX_MB_FLOOR, `must be 0 (V8's default) or at least ${HEAP_MAX_MB_FLOOR}`)
    .default(HEAP_MAX_MB.default),
  /** Hot list reads whose JSON PostgreSQL builds from the selection (src/common/json-read.ts); false: the plain path. */
  JSON_READS: bool.default(true),
  /** Inbound writes pass one array per column to PostgreSQL (src/modules/inputs/inbound-store.ts); false: one JSON document of the rows. */
  INGEST_COLUMN_ARRAYS: bool.default(true),
  /**
   * JSON reads answered over HTTP put PostgreSQL's JSON text of the page's edges into the response as is (no parse,
   * no completion by graphql-js, no stringify: src/common/raw-splice.ts); false: the page is parsed and completed.
   */
  JSON_READS_RAW: bool.default(true),
  /**
   * POST /graphql requests of a document reading only JSON-read root fields skip Apollo's request pipeline (with the
   * response cache off; src/http/fast-lane.ts); false: every request crosses Apollo.
   */
  FAST_LANE: bool.default(true),
  /** Outbound webhooks (docs/webhooks.md): how often each instance looks for due endpoints; 0 turns its worker off. */
  WEBHOOK_POLL_INTERVAL_MS: int(0, 3_600_000).default(1_000),
  WEBHOOK_TIMEOUT_MS: int(100, 300_000).default(10_000),
  WEBHOOK_LEASE_MS: int(500, 3_600_000).default(30_000),
  WEBHOOK_CONCURRENCY: int(1, 1_000).default(16),
  WEBHOOK_RETRY_BASE_MS: int(1, 3_600_000).default(1_000),
  WEBHOOK_RETRY_MAX_DELAY_MS: int(1, 86_400_000).default(600_000),
  WEBHOOK_RETRY_MAX_AGE_MS: int(1, 2_000_000_000).default(259_200_000),
  WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: bool.optional(),
  WEBHOOK_ALLOW_HTTP: bool.default(false),
  WEBHOOK_ATTEMPT_RETENTION_HOURS: int(1, 87_600).default(168),
  /**
   * Keys sealing webhook signing secrets at rest (src/modules/webhooks/secret-box.ts): comma-separated, each 32 random
   * bytes in base64 (`openssl rand -base64 32`); the first seals, all open (list a retired key after the new one).
   */
  WEBHOOK_SECRET_KEYS: z
    .string()
    .refine(
      (v) => v.split(',').every((k) => /^[A-Za-z0-9+/]{43}=$/.test(k.trim())),
      'must be a comma-separated list of keys, each 32 bytes in base64 (44 characters, e.g. from `openssl rand -base64 32`)',
    )
    .optional(),
  /** Webhook endpoints one client (client id) may hold; a registration beyond it is LIMIT_EXCEEDED. */
  WEBHOOK_MAX_ENDPOINTS_PER_CLIENT: int(1, 10_000).default(20),
  /** Bearer token required by GET /metrics; without it /metrics is open outside production and off in production. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** The dashboard's role picker mints development tokens (POST /dashboard/dev-token); never in production. */
  DASHBOARD_DEV_TOKENS: bool.optional(),
});

/** Names of every variable read (the README's Configuration table documents each one). */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof z.infer<typeof schema>)[];

export type RawConfig = z.infer<typeof schema>;
export interface Config extends Omit<RawConfig, 'DEMO_DATA' | 'HOST'> {
  HOST: string;
  /** Load the demo jurisdiction into an empty database: by default outside production only. */
  DEMO_DATA: boolean;
  introspection: boolean;
  graphiql: boolean;
  production: boolean;
  /** Whether POST /dashboard/dev-token mints development tokens (see DASHBOARD_DEV_TOKENS). */
  dashboardDevTokens: boolean;
}

export class ConfigError extends Error {}

/** Settings whose value a configuration error must not repeat (it reaches logs); DATABASE_URL is shown without its password. */
const SECRET_VARIABLES = new Set(['JWT_SECRET', 'METRICS_TOKEN', 'WEBHOOK_SECRET_KEYS']);

/** Validates the environment once; the first problem is reported as one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const value = input[name];
    const got = SECRET_VARIABLES.has(name)
      ? `${value.length} characters, not shown`
      : JSON.stringify(name === 'DATABASE_URL' ? value.replace(/^([^:/]+:\/\/[^:@/]*:)[^@/]*@/, '$1***@') : value);
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message} (got ${got})`);
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === 'production';
  if (production && !raw.JWT_PUBLIC_KEY_FILE && !raw.JWT_JWKS_FILE && !raw.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_PUBLIC_KEY_FILE, JWT_JWKS_FILE or JWT_SECRET is required when NODE_ENV=production',
    );
  }
  if (raw.WEBHOOK_LEASE_MS < 2 * raw.WEBHOOK_TIMEOUT_MS) {
    throw new ConfigError(
      `Invalid configuration: WEBHOOK_LEASE_MS must be at least twice WEBHOOK_TIMEOUT_MS (got ${raw.WEBHOOK_LEASE_MS} and ${raw.WEBHOOK_TIMEOUT_MS}): a delivery must end well before its lease does`,
    );
  }
  if (production && raw.DASHBOARD_DEV_TOKENS) {
    throw new ConfigError('Invalid configuration: DASHBOARD_DEV_TOKENS cannot be on when NODE_ENV=production');
  }
  const productionKey = Boolean(raw.JWT_PUBLIC_KEY_FILE || raw.JWT_JWKS_FILE);
  return {
    ...raw,
    production,
    // A development hub accepts tokens signed with the public development secret, serves /metrics without a token and
    // lets webhooks reach private addresses: it listens on this machine only unless HOST says otherwise.
    HOST: raw.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    // A real deployment never starts with the made-up jurisdiction (its events would reach MEN, F01.03, I02.04).
    DEMO_DATA: raw.DEMO_DATA ?? !production,
    // Default: only with the built-in development secret (public anyway); a JWT_SECRET must opt in explicitly.
    dashboardDevTokens: !production && !productionKey && (raw.DASHBOARD_DEV_TOKENS ?? !raw.JWT_SECRET),
    introspection: raw.INTROSPECTION ?? !production,
    graphiql: raw.GRAPHIQL ?? !production,
  };
}
