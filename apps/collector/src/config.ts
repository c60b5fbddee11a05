import { resolve } from 'node:path';
import { ConfigError, type Env, readBoolean, readEnum, readNumber } from './env/read-env.ts';
import { type IngestConfig, loadIngestConfig } from './ingest/ingest-config.ts';
import { type DigestConfig, loadDigestConfig } from './scorecard/digest/digest-config.ts';

export { ConfigError } from './env/read-env.ts';

/** Everything the collector reads from its environment, with every default applied here only. */
export interface CollectorConfig {
  port: number;
  dataDir: string;
  clickhouse:
    | {
        mode: 'embedded';
        path: string;
        database: string;
        /** A ClickHouse server configuration for chdb (`--config-file`); tests of the cluster layout. */
        configFile?: string;
        /** Only tests set it in embedded mode (one-shard cluster from `configFile`). */
        cluster?: string;
      }
    | {
        mode: 'server';
        url: string;
        username: string;
        password: string;
        database: string;
        /** `CLICKHOUSE_CLUSTER`: render the schema for this cluster (docs/SCALING.md). */
        cluster?: string;
      };
  /** Sites upserted at start: `MINWON_SITES` JSON. */
  seedSites: unknown;
  logLevel: string;
  /** Spool, backpressure, rate limits, proxy trust (ingest/ingest-config.ts). */
  ingest: IngestConfig;
  /** Accounts, sessions and login limits (auth/). */
  auth: AuthConfig;
  /** Limits of the analyst SQL endpoint `/clickhouse` (sql/). */
  sql: SqlConfig;
  /** The insight archive (insights/archive/). */
  insights: InsightsConfig;
  /** Joint benchmarks between agencies (sharing/). */
  sharing: SharingConfig;
  /** The monthly scorecard digest mail (scorecard/digest/): `SMTP_URL`, `MINWON_DIGEST_FROM`, … */
  digest: DigestConfig;
  /**
   * `MINWON_HEATMAP_SECRET`: signs the heatmap overlay links; every replica must share it. When
   * absent, a random one is kept in `DATA_DIR/heatmap-secret`.
   */
  heatmapSecret: string | undefined;
}

export interface InsightsConfig {
  /**
   * `MINWON_INSIGHTS_MAX_AGE_SECONDS` (120): how often at most the archive-backed pages (insights, forms,
   * menus) check a site's days for changes, and how long a day's archived inputs are reused after its
   * events change (a day never archived is archived at once; 0 = always fresh).
   */
  archiveMaxAgeMs: number;
}

export interface SharingConfig {
  /**
   * `MINWON_SHARE_MIN_SESSIONS` (10): the fewest sessions a benchmark figure shown to another agency or
   * exported as open data may describe (k); smaller rows are suppressed.
   */
  minSessions: number;
}

export interface AuthConfig {
  /** `MINWON_ADMIN_EMAIL`: the admin created at first start. */
  adminEmail: string;
  /** `MINWON_ADMIN_PASSWORD`; when absent a one-time password is printed once at first start. */
  adminPassword: string | undefined;
  /** `COOKIE_SECURE=1` forces the Secure cookie flag (it is set anyway on https requests). */
  cookieSecure: boolean;
  /** `MINWON_SESSION_HOURS` (12). */
  sessionTtlMs: number;
  /** `MINWON_LOGIN_MAX_FAILURES` (5) consecutive failures lock an account `MINWON_LOGIN_LOCK_MINUTES` (15). */
  maxFailures: number;
  lockMs: number;
  /** Failed logins per 15 minutes before 429: `MINWON_LOGIN_IP_LIMIT` (20), `MINWON_LOGIN_ACCOUNT_LIMIT` (10). */
  ipLimit: number;
  accountLimit: number;
  attemptWindowMs: number;
}

export interface SqlConfig {
  /** `MINWON_SQL_MAX_SECONDS` (30), `MINWON_SQL_MAX_ROWS` (1000000), `MINWON_SQL_MAX_MEMORY_MB` (2048). */
  maxExecutionSeconds: number;
  maxResultRows: number;
  maxMemoryBytes: number;
  /**
   * `MINWON_SQL_PORT` (8123): the second listener serving ClickHouse's HTTP interface at `/` for
   * analysts' clients and BI tools (sql/sql-port.ts); 0 turns it off.
   */
  port: number;
}

/** A whole number ≥ 1 (env/read-env.ts: a bad value throws ConfigError naming the variable). */
function positiveInt(env: Env, name: string, fallback: number): number {
  return readNumber(env, name, fallback, { min: 1 });
}

/** pino's levels, `LOG_LEVEL`'s values. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Reads the collector configuration from environment variables (DESIGN.md, "Running").
 *
 * @example
 * const config = loadConfig({ PORT: '8787', DATA_DIR: './data' });
 */
export function loadConfig(env: Env = process.env): CollectorConfig {
  const port = readNumber(env, 'PORT', 8787, { max: 65535 });
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const database = env.CLICKHOUSE_DATABASE ?? 'minwon_ux';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new ConfigError('CLICKHOUSE_DATABASE must be an identifier');
  const cluster = env.CLICKHOUSE_CLUSTER || undefined;
  if (cluster && !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(cluster))
    throw new ConfigError('CLICKHOUSE_CLUSTER must be a cluster name');
  if (cluster && !env.CLICKHOUSE_URL) throw new ConfigError('CLICKHOUSE_CLUSTER needs CLICKHOUSE_URL (server mode)');
  const clickhouse: CollectorConfig['clickhouse'] = env.CLICKHOUSE_URL
    ? {
        mode: 'server',
        url: env.CLICKHOUSE_URL,
        username: env.CLICKHOUSE_USER ?? 'default',
        password: env.CLICKHOUSE_PASSWORD ?? '',
        database,
        ...(cluster ? { cluster } : {}),
      }
    : { mode: 'embedded', path: resolve(dataDir, 'clickhouse'), database };
  let seedSites: unknown = [];
  if (env.MINWON_SITES) {
    try {
      seedSites = JSON.parse(env.MINWON_SITES);
    } catch (cause) {
      throw new ConfigError('MINWON_SITES must be a JSON array of sites', { cause });
    }
  }
  const auth: AuthConfig = {
    adminEmail: (env.MINWON_ADMIN_EMAIL ?? 'admin@minwon.local').trim().toLowerCase(),
    adminPassword: env.MINWON_ADMIN_PASSWORD || undefined,
    cookieSecure: readBoolean(env, 'COOKIE_SECURE', false),
    sessionTtlMs: positiveInt(env, 'MINWON_SESSION_HOURS', 12) * 3_600_000,
    maxFailures: positiveInt(env, 'MINWON_LOGIN_MAX_FAILURES', 5),
    lockMs: positiveInt(env, 'MINWON_LOGIN_LOCK_MINUTES', 15) * 60_000,
    ipLimit: positiveInt(env, 'MINWON_LOGIN_IP_LIMIT', 20),
    accountLimit: positiveInt(env, 'MINWON_LOGIN_ACCOUNT_LIMIT', 10),
    attemptWindowMs: 15 * 60_000,
  };
  const sql: SqlConfig = {
    maxExecutionSeconds: positiveInt(env, 'MINWON_SQL_MAX_SECONDS', 30),
    maxResultRows: positiveInt(env, 'MINWON_SQL_MAX_ROWS', 1_000_000),
    maxMemoryBytes: positiveInt(env, 'MINWON_SQL_MAX_MEMORY_MB', 2048) * 1024 * 1024,
    port: readNumber(env, 'MINWON_SQL_PORT', 8123, { max: 65535 }),
  };
  if (sql.port !== 0 && sql.port === port) {
    throw new ConfigError('MINWON_SQL_PORT must differ from PORT (or be 0: off)');
  }
  return {
    port,
    dataDir,
    clickhouse,
    seedSites,
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    auth,
    sql,
    insights: { archiveMaxAgeMs: readNumber(env, 'MINWON_INSIGHTS_MAX_AGE_SECONDS', 120) * 1000 },
    sharing: { minSessions: positiveInt(env, 'MINWON_SHARE_MIN_SESSIONS', 10) },
    digest: loadDigestConfig(env),
    heatmapSecret: env.MINWON_HEATMAP_SECRET || undefined,
    ingest: loadIngestConfig(env, dataDir),
  };
}
