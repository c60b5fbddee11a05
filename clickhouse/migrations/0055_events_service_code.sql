-- The national service a form implements (issue 17, joint use): the form's `data-ux-service` code,
-- sent by the SDK with `form_start` and stored on that row ('' for every other row and untagged form).
-- A form's events are tied to its service through (site_id, form_id); admins' mappings in
-- form_services take precedence over the tag.
ALTER TABLE minwon_ux.events ADD COLUMN IF NOT EXISTS service_code LowCardinality(String) DEFAULT '';
