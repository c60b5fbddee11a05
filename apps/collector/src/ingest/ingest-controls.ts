import { createHash, randomBytes } from 'node:crypto';
import { TokenBuckets } from '../http/token-buckets.ts';
import type { IngestConfig } from './ingest-config.ts';
import { createIngestMetrics, type IngestMetrics } from './ingest-metrics.ts';
import { RecentIds } from './recent-ids.ts';

export type ControlsConfig = Pick<IngestConfig, 'siteRps' | 'clientRps' | 'maxInflight'>;

/** Defaults for an app composed without `bootCollector` (tests, tools). */
export const DEFAULT_CONTROLS: ControlsConfig = { siteRps: 500, clientRps: 20, maxInflight: 256 };

/**
 * The ingest path's shared state: metrics, rate limits, the in-flight cap, recently seen event ids.
 * Everything here is bounded in memory.
 *
 * @example
 * const controls = createIngestControls({ siteRps: 500, clientRps: 20, maxInflight: 256 });
 * controls.clientWait('203.0.113.9'); // 0, or seconds to wait
 */
export function createIngestControls(config: ControlsConfig = DEFAULT_CONTROLS, metrics = createIngestMetrics()) {
  const sites = new TokenBuckets({ rate: config.siteRps, burst: config.siteRps * 2, maxKeys: 10_000 });
  const clients = new TokenBuckets({ rate: config.clientRps, burst: config.clientRps * 3, maxKeys: 100_000 });
  // Rate-limit keys are salted hashes: the map never holds an IP, and the salt dies with the process.
  const salt = randomBytes(16);
  let inflight = 0;
  return {
    metrics: metrics as IngestMetrics,
    recentIds: new RecentIds(100_000),
    maxInflight: config.maxInflight,
    /** Seconds until this site may send again, 0 when allowed now. */
    siteWait: (siteKey: string) => sites.take(siteKey),
    /** Seconds until this client may send again, 0 when allowed now. */
    clientWait(ip: string) {
      if (config.clientRps <= 0) return 0;
      return clients.take(createHash('sha256').update(salt).update(ip).digest('base64'));
    },
    /** Takes an in-flight slot; false when the collector is at its cap. */
    enter(): boolean {
      if (inflight >= config.maxInflight) return false;
      inflight += 1;
      return true;
    },
    leave(): void {
      inflight -= 1;
    },
  };
}

export type IngestControls = ReturnType<typeof createIngestControls>;
