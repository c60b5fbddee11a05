import { resolve } from 'node:path';

/** Ingest settings from the environment, every default applied here only. */
export interface IngestConfig {
  spoolDir: string;
  /** `SPOOL_MAX_BYTES` (default 256 MiB): beyond it, ingest answers 503. */
  spoolMaxBytes: number;
  /**
   * `SPOOL_BATCH_ROWS` (default 20 000) / `SPOOL_BATCH_MS` (default 1000): a segment is one insert,
   * sealed at this many rows or this age, whichever first. Under load a segment is a second of
   * traffic: the embedded store spends ~260 µs of CPU per row at 1 000-row inserts (each insert makes
   * a part in `events` and in every rollup) and ~40 µs at 20 000 (`bench/ingest`, issue 3 note).
   */
  spoolBatchRows: number;
  spoolBatchMs: number;
  /** `STORE_OUTAGE_MS` (default 60 s): inserts failing this long → 503 while the spool still has room. */
  storeOutageMs: number;
  /** `TRUST_PROXY=1`: the client IP is the last `X-Forwarded-For` hop (one trusted proxy). */
  trustProxy: boolean;
  /** `RATE_SITE_RPS` (default 500) requests/s per site, burst ×2; 0 disables. */
  siteRps: number;
  /** `RATE_CLIENT_RPS` (default 20) requests/s per client (IP hash), burst ×3; 0 disables. */
  clientRps: number;
  /** `INGEST_MAX_INFLIGHT` (default 256): concurrent ingest requests; more answer 503. */
  maxInflight: number;
}

export class IngestConfigError extends Error {
  readonly code = 'invalid_config';
  constructor(message: string) {
    super(message);
    this.name = 'IngestConfigError';
  }
}

function count(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new IngestConfigError(`${name} must be a non-negative number`);
  return value;
}

/**
 * @example
 * const ingest = loadIngestConfig(process.env, '/data');
 */
export function loadIngestConfig(env: Record<string, string | undefined>, dataDir: string): IngestConfig {
  return {
    spoolDir: resolve(env.SPOOL_DIR ?? resolve(dataDir, 'spool')),
    spoolMaxBytes: count(env, 'SPOOL_MAX_BYTES', 256 * 2 ** 20),
    spoolBatchRows: Math.max(1, count(env, 'SPOOL_BATCH_ROWS', 20_000)),
    spoolBatchMs: Math.max(10, count(env, 'SPOOL_BATCH_MS', 1000)),
    storeOutageMs: count(env, 'STORE_OUTAGE_MS', 60_000),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    siteRps: count(env, 'RATE_SITE_RPS', 500),
    clientRps: count(env, 'RATE_CLIENT_RPS', 20),
    maxInflight: Math.max(1, count(env, 'INGEST_MAX_INFLIGHT', 256)),
  };
}
