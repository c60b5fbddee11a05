-- Redesign changes designers mark in the dashboard, for before/after comparisons.
-- scope: page | form | field | menu; target: the path, form id, "form_id/field_id" or menu label.
-- ReplacingMergeTree by updated_at: an edit is a new row; deleted = 1 hides a change. Read with FINAL.
CREATE TABLE IF NOT EXISTS minwon_ux.changes
(
    site_id      LowCardinality(String),
    change_id    String,
    changed_on   Date,
    scope        LowCardinality(String),
    target       String,
    description  String,
    created_by   String DEFAULT '',
    created_at   DateTime64(3, 'UTC') DEFAULT now64(3),
    updated_at   DateTime64(3, 'UTC') DEFAULT now64(3),
    deleted      UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY (site_id, change_id);
