-- The daily visitor salt (issue 19), shared by every collector of a deployment through the store so
-- collectors behind a load balancer hash the same visitor to the same visitor_id. Used in server
-- mode only (the embedded collector keeps its salt in DATA_DIR/visitor-salt). Each collector writes
-- a candidate for today and tomorrow when none exists and uses the smallest salt of a day, so all
-- agree on tomorrow's salt long before midnight. Salts of past days are deleted by the collectors
-- at the first refresh of a new day (and by the TTL otherwise). Never readable by analysts (no
-- site_id column: the /clickhouse endpoint does not list it). Not partitioned: a few rows.
CREATE TABLE IF NOT EXISTS minwon_ux.visitor_salts
(
    day        Date,
    salt       String,
    created_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = MergeTree
ORDER BY (day, salt)
TTL day + toIntervalDay(2);
