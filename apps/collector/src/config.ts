import { resolve } from 'node:path';

/** Everything the collector reads from its environment, with every default applied here only. */
export interface CollectorConfig {
  port: number;
  dataDir: string;
  clickhouse:
    | { mode: 'embedded'; path: string; database: string }
    | { mode: 'server'; url: string; username: string; password: string; database: string };
  /** Sites upserted at start: `MINWON_SITES` JSON. */
  seedSites: unknown;
  logLevel: string;
}

export class ConfigError extends Error {
  readonly code = 'invalid_config';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the collector configuration from environment variables (DESIGN.md, "Running").
 *
 * @example
 * const config = loadConfig({ PORT: '8787', DATA_DIR: './data' });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): CollectorConfig {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number`);
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const database = env.CLICKHOUSE_DATABASE ?? 'minwon_ux';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database)) throw new ConfigError('CLICKHOUSE_DATABASE must be an identifier');
  const clickhouse: CollectorConfig['clickhouse'] = env.CLICKHOUSE_URL
    ? {
        mode: 'server',
        url: env.CLICKHOUSE_URL,
        username: env.CLICKHOUSE_USER ?? 'default',
        password: env.CLICKHOUSE_PASSWORD ?? '',
        database,
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
  return { port, dataDir, clickhouse, seedSites, logLevel: env.LOG_LEVEL ?? 'info' };
}
