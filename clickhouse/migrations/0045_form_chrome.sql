-- Page chrome (issue 14): what a form SHOWS — its title and, per field, the visible label and how it is
-- tied to the field, required attribute and visible mark, type/inputmode/autocomplete, hint, whether
-- an error message is programmatically associated, and the field's position. Never a value.
-- The SDK sends one `form_chrome` event per form and page version (`version`, a hash of the chrome),
-- stored in `events` like every event (props: chrome_hash, form_title, fields JSON); this view turns
-- it into one row per site, path, form, version and field. ReplacingMergeTree keeps the latest
-- sighting (`seen_at`), so the TTL runs from the last time the version was seen.
CREATE TABLE IF NOT EXISTS minwon_ux.form_chrome
(
    site_id            LowCardinality(String),
    path               String,
    form_id            LowCardinality(String),
    version            String,
    field_id           LowCardinality(String),
    field_order        UInt8,
    form_title         String,
    label              String,
    label_source       LowCardinality(String),
    programmatic_label UInt8,
    required           UInt8,
    required_mark      UInt8,
    field_type         LowCardinality(String),
    input_mode         LowCardinality(String),
    autocomplete       LowCardinality(String),
    has_hint           UInt8,
    error_linked       UInt8,
    seen_at            DateTime64(3, 'UTC'),
    retention_days     UInt16 DEFAULT 365
)
ENGINE = ReplacingMergeTree(seen_at)
ORDER BY (site_id, form_id, path, version, field_id)
TTL toDateTime(seen_at) + toIntervalDay(retention_days);

CREATE MATERIALIZED VIEW IF NOT EXISTS minwon_ux.form_chrome_mv TO minwon_ux.form_chrome AS
SELECT site_id, path, form_id, props['chrome_hash'] AS version,
       f.field_id AS field_id, f.field_order AS field_order, props['form_title'] AS form_title,
       f.label AS label, f.label_source AS label_source, f.programmatic_label AS programmatic_label,
       f.required AS required, f.required_mark AS required_mark, f.field_type AS field_type,
       f.input_mode AS input_mode, f.autocomplete AS autocomplete, f.has_hint AS has_hint,
       f.error_linked AS error_linked, ts AS seen_at, retention_days
FROM minwon_ux.events
ARRAY JOIN JSONExtract(props['fields'], 'Array(Tuple(field_id String, field_order UInt8, label String, label_source String, programmatic_label UInt8, required UInt8, required_mark UInt8, field_type String, input_mode String, autocomplete String, has_hint UInt8, error_linked UInt8))') AS f
WHERE kind = 'form_chrome';
