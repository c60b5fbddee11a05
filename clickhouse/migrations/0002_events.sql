-- One row per captured event: the analyst schema (clickhouse/README.md documents every column).
-- Ordered by tenant, then day, then kind, so a site's date range of one kind is a narrow scan.
-- retention_days is copied from the site at ingest: the TTL is per site without a join.
-- non_replicated_deduplication_window lets a retried insert with the same deduplication token be
-- dropped by ClickHouse itself (see apps/collector ingest writer).
CREATE TABLE IF NOT EXISTS minwon_ux.events
(
    site_id        LowCardinality(String),
    event_id       UUID,
    session_id     String,
    visitor_id     UInt64,
    ts             DateTime64(3, 'UTC'),
    received_at    DateTime64(3, 'UTC'),
    seq            UInt32,
    kind           LowCardinality(String),
    path           String,
    page_title     String,
    referrer_host  LowCardinality(String),
    menu_label     String,
    menu_trail     Array(String),
    menu_depth     UInt8,
    target_path    String,
    form_id        LowCardinality(String),
    field_id       LowCardinality(String),
    field_type     LowCardinality(String),
    error_kind     LowCardinality(String),
    error_source   LowCardinality(String),
    error_message  String,
    attempt        UInt16,
    duration_ms    UInt32,
    engaged_ms     UInt32,
    scroll_pct     UInt8,
    count          UInt32,
    hesitation_ms  UInt32,
    edits          UInt16,
    corrections    UInt16,
    returns        UInt16,
    blocked        UInt8,
    step           UInt8,
    step_count     UInt8,
    element        String,
    device         LowCardinality(String),
    browser        LowCardinality(String),
    os             LowCardinality(String),
    viewport_w     UInt16,
    lang           LowCardinality(String),
    props          Map(String, String),
    retention_days UInt16 DEFAULT 365
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (site_id, toDate(ts), kind, session_id, ts)
TTL toDateTime(ts) + toIntervalDay(retention_days)
SETTINGS non_replicated_deduplication_window = 10000;
