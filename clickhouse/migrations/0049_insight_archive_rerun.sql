-- The insight archive gains sources (issue 14: slow_field, step_progress, menu_detour — the sessions
-- that actually had a problem, for the slow-field, step drop-off and menu-hunting detectors). Days
-- archived before them lack those rows, so their runs are forgotten once: every day is archived anew
-- the first time a page needs it (the rows of the old runs are ignored, then deleted by the new run).
TRUNCATE TABLE IF EXISTS minwon_ux.insight_archive_days;
