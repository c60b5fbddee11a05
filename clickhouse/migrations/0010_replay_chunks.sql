-- rrweb recordings of sampled sessions, one row per chunk (POST /v1/replay). `data` holds the chunk's
-- events as JSON, compressed with ZSTD. ReplacingMergeTree on (site, session, chunk): a chunk sent
-- twice collapses to one row; the collector also inserts with a deduplication token per spool segment.
-- retention_days is copied from the site at ingest, as in events: the TTL is per site without a join.
CREATE TABLE IF NOT EXISTS minwon_ux.replay_chunks
(
    site_id        LowCardinality(String),
    session_id     String,
    chunk          UInt32,
    received_at    DateTime64(3, 'UTC'),
    ts             DateTime64(3, 'UTC'),
    path           String,
    event_count    UInt32,
    data           String CODEC(ZSTD(3)),
    retention_days UInt16 DEFAULT 365
)
ENGINE = ReplacingMergeTree(received_at)
PARTITION BY toYYYYMM(ts)
ORDER BY (site_id, session_id, chunk)
TTL toDateTime(ts) + toIntervalDay(retention_days)
SETTINGS non_replicated_deduplication_window = 10000, fsync_after_insert = 1, fsync_part_directory = 1;
