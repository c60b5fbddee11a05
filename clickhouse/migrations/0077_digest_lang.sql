-- The monthly digest in the subscriber's language (issue 16): 'ko' or 'en', the dashboard's language
-- when they subscribed; rows from before it are Korean.
ALTER TABLE minwon_ux.digest_subscriptions ADD COLUMN IF NOT EXISTS lang LowCardinality(String) DEFAULT 'ko';
