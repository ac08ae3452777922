-- Guild, channel and thread ids are Discord snowflakes stored as bigint; NULL guild = global.

CREATE TABLE articles (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url          text        NOT NULL CHECK (length(url) > 0),
    title        text        NOT NULL CHECK (length(title) > 0),
    authors      text        NOT NULL DEFAULT '[]',
    site_name    text,
    published_at timestamptz,
    fetched_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    language     text,
    content_hash text        NOT NULL,
    guild_id     bigint,
    origin       text        NOT NULL,
    -- The whole text once more, only to feed the search vector and ts_headline snippets.
    body         text        NOT NULL,
    search       tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')) STORED
);
-- Dedupe is per scope, so one guild's private copy never merges into (or reveals) another's.
CREATE UNIQUE INDEX ux_articles_scope_url ON articles (coalesce(guild_id, 0), url);
CREATE UNIQUE INDEX ux_articles_scope_hash ON articles (coalesce(guild_id, 0), content_hash);
CREATE INDEX ix_articles_fetched ON articles (fetched_at);
CREATE INDEX ix_articles_search ON articles USING gin (search);

CREATE TABLE article_paragraphs (
    article_id bigint  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position > 0),
    text       text    NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
    PRIMARY KEY (article_id, position)
);

CREATE TABLE summaries (
    content_hash text        NOT NULL,
    engine       text        NOT NULL,
    model        text        NOT NULL,
    prompt_hash  text        NOT NULL,
    length       text        NOT NULL,
    summary_json text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (content_hash, engine, model, prompt_hash, length)
);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE feeds (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url            text        NOT NULL,
    title          text,
    guild_id       bigint,
    etag           text,
    last_modified  text,
    failure_count  integer     NOT NULL DEFAULT 0,
    last_error     text,
    last_polled_at timestamptz,
    next_poll_at   timestamptz NOT NULL,
    disabled       boolean     NOT NULL DEFAULT FALSE,
    claimed_until  timestamptz,
    created_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_feeds_scope_url ON feeds (coalesce(guild_id, 0), url);
CREATE INDEX ix_feeds_next_poll ON feeds (next_poll_at);

CREATE TABLE digest_subscriptions (
    channel_id         bigint PRIMARY KEY,
    guild_id           bigint      NOT NULL,
    local_time         text        NOT NULL,
    time_zone          text        NOT NULL,
    topics             text        NOT NULL DEFAULT '[]',
    created_at         timestamptz NOT NULL,
    last_covered_until timestamptz
);

CREATE TABLE delivery_ledger (
    delivery_key text PRIMARY KEY,
    nonce        text        NOT NULL,
    claimed_at   timestamptz NOT NULL,
    completed_at timestamptz,
    message_ids  text
);

CREATE TABLE conversation_threads (
    thread_id  bigint PRIMARY KEY,
    guild_id   bigint,
    article_id bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL
);

CREATE TABLE conversation_turns (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id bigint      NOT NULL,
    role      text        NOT NULL,
    text      text        NOT NULL,
    at        timestamptz NOT NULL
);
CREATE INDEX ix_conversation_turns_thread ON conversation_turns (thread_id, id);
