-- Weekly digests, and the records /digest explain reads.

-- How often a channel's digest comes: 'daily' or 'weekly'; weekday (0 = Sunday .. 6) only for weekly.
ALTER TABLE digest_subscriptions ADD COLUMN every text NOT NULL DEFAULT 'daily';
ALTER TABLE digest_subscriptions ADD COLUMN weekday integer;

-- Which article went out in which digest message: the entry's own article, or one listed under it ("also:").
-- entry_article_id is the article the entry is headed by (equal to article_id for the head itself).
CREATE TABLE digest_article_deliveries (
    channel_id       bigint      NOT NULL,
    article_id       bigint      NOT NULL,
    entry_article_id bigint      NOT NULL,
    delivery_key     text        NOT NULL,
    message_id       text        NOT NULL,
    delivered_at     timestamptz NOT NULL,
    PRIMARY KEY (channel_id, article_id, delivery_key)
);

-- A URL whose text was already in the library under another URL: ingest stored nothing new and noted which article
-- it duplicates, so /digest explain can name it. Scope as in articles (0 = none).
CREATE TABLE article_duplicates (
    guild_scope bigint      NOT NULL,
    owner_scope bigint      NOT NULL,
    url         text        NOT NULL,
    article_id  bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seen_at     timestamptz NOT NULL,
    PRIMARY KEY (guild_scope, owner_scope, url)
);
