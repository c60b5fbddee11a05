import { Registry } from '../metrics/prometheus.ts';
import type { WriterObserver } from '../spool/spool-writer.ts';

/**
 * The collector's ingest metrics. Spool gauges read live values through `watchSpool`.
 *
 * @example
 * const metrics = createIngestMetrics();
 * metrics.accepted.inc({ endpoint: 'events' }, 20);
 * metrics.registry.render();
 */
export function createIngestMetrics() {
  const registry = new Registry();
  const accepted = registry.counter('minwon_ingest_accepted_total', 'Events and replay chunks acknowledged (2xx).');
  const rejectedEvents = registry.counter(
    'minwon_ingest_rejected_events_total',
    'Events dropped from accepted batches, by reason (invalid_event, duplicate).',
  );
  const refused = registry.counter(
    'minwon_ingest_refused_requests_total',
    'Ingest requests answered 4xx/5xx, by code.',
  );
  const insertSeconds = registry.histogram(
    'minwon_store_insert_seconds',
    'Latency of one batch insert into ClickHouse.',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );
  const insertRows = registry.histogram(
    'minwon_store_insert_rows',
    'Rows per batch insert into ClickHouse.',
    [1, 10, 100, 500, 1000, 2000, 5000, 10000, 50000],
  );
  const insertFailures = registry.counter('minwon_store_insert_failures_total', 'Failed batch inserts (retried).');
  const quarantined = registry.counter(
    'minwon_spool_quarantined_segments_total',
    'Spool segments whose rows the store refused, set aside in the quarantine directory.',
  );
  const observer: WriterObserver = {
    inserted(table, rows, seconds) {
      insertSeconds.observe({ table }, seconds);
      insertRows.observe({ table }, rows);
    },
    failed() {
      insertFailures.inc();
    },
    quarantined() {
      quarantined.inc();
    },
  };
  return {
    registry,
    accepted,
    rejectedEvents,
    refused,
    observer,
    /** Registers spool depth gauges. */
    watchSpool(spool: { bytes: number; segmentCount: number }) {
      registry.gauge('minwon_spool_bytes', 'Acknowledged bytes on the spool not yet in ClickHouse.', () => spool.bytes);
      registry.gauge('minwon_spool_segments', 'Spool segment files on disk.', () => spool.segmentCount);
    },
  };
}

export type IngestMetrics = ReturnType<typeof createIngestMetrics>;
