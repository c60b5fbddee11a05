-- The collector deletes a spool segment as soon as ClickHouse confirms its insert: the inserted part
-- must then be on disk, not only in the page cache, or a power loss could lose acknowledged events.
ALTER TABLE minwon_ux.events MODIFY SETTING fsync_after_insert = 1, fsync_part_directory = 1;
