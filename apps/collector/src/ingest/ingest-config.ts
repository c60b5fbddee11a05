import { resolve } from 'node:path';
import { type Env, readBoolean, readNumber } from '../env/read-env.ts';

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

/**
 * Reads the ingest settings; a bad number or boolean throws `ConfigError` naming the variable
 * (env/read-env.ts), never clamps.
 *
 * @example
 * const ingest = loadIngestConfig(process.env, '/data');
 */
export function loadIngestConfig(env: Env, dataDir: string): IngestConfig {
  const rate = { integer: false };
  return {
    spoolDir: resolve(env.SPOOL_DIR ?? resolve(dataDir, 'spool')),
    spoolMaxBytes: readNumber(env, 'SPOOL_MAX_BYTES', 256 * 2 ** 20),
    spoolBatchRows: readNumber(env, 'SPOOL_BATCH_ROWS', 20_000, { min: 1 }),
    spoolBatchMs: readNumber(env, 'SPOOL_BATCH_MS', 1000, { min: 10 }),
    storeOutageMs: readNumber(env, 'STORE_OUTAGE_MS', 60_000),
    trustProxy: readBoolean(env, 'TRUST_PROXY', false),
    siteRps: readNumber(env, 'RATE_SITE_RPS', 500, rate),
    clientRps: readNumber(env, 'RATE_CLIENT_RPS', 20, rate),
    maxInflight: readNumber(env, 'INGEST_MAX_INFLIGHT', 256, { min: 1 }),
  };
}
