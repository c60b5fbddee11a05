-- The insight archive gains sources and counts (issue 14: slow_field, step_progress, the hunting
-- source's patterns and detours — the sessions that actually had a problem). Days
-- archived before them lack those rows, so their runs are forgotten once: every day is archived anew
-- the first time a page needs it (the rows of the old runs are ignored, then deleted by the new run).
TRUNCATE TABLE IF EXISTS minwon_ux.insight_archive_days;
