-- The database every minwon-ux table lives in. Other names: set CLICKHOUSE_DATABASE.
CREATE DATABASE IF NOT EXISTS minwon_ux;
