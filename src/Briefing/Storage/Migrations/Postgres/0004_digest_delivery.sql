-- Exactly-once digests that survive a real crash, and channels that stop answering.

-- One instance owns a channel's digest run at a time; a lease left by a killed process expires.
CREATE TABLE digest_leases (
    channel_id bigint PRIMARY KEY,
    owner      text        NOT NULL,
    expires_at timestamptz NOT NULL
);

-- The end of the window a run covers, so an interrupted /digest now resumes with the same articles.
ALTER TABLE delivery_ledger ADD COLUMN covers_until timestamptz;

-- A channel that answers 403/404 backs off, then is paused with the reason shown in /digest list.
ALTER TABLE digest_subscriptions ADD COLUMN failure_count integer NOT NULL DEFAULT 0;
ALTER TABLE digest_subscriptions ADD COLUMN retry_at timestamptz;
ALTER TABLE digest_subscriptions ADD COLUMN paused_reason text;
ALTER TABLE digest_subscriptions ADD COLUMN paused_since timestamptz;
