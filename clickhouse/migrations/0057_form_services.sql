-- Admins' mapping of a site's form to a national service code (issue 17), for forms without a
-- `data-ux-service` tag or with a wrong one. The benchmark uses the mapping first, else the tag
-- (events.service_code of the form's form_start rows). service_code '' maps a tagged form to no
-- service; deleted = 1 removes the mapping (the tag counts again). Read with FINAL.
CREATE TABLE IF NOT EXISTS minwon_ux.form_services
(
    site_id       String,
    form_id       String,
    service_code  String,
    updated_at    DateTime64(3, 'UTC') DEFAULT now64(3),
    version       UInt64,
    deleted       UInt8 DEFAULT 0
)
ENGINE = ReplacingMergeTree(version)
ORDER BY (site_id, form_id);
