-- Times are UTC text 'yyyy-MM-ddTHH:mm:ss.ffffffZ' (fixed width, so text order is time order).
-- Guild, channel and thread ids are Discord snowflakes stored as 64-bit integers; NULL guild = global.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    url          TEXT    NOT NULL CHECK (length(url) > 0),
    title        TEXT    NOT NULL CHECK (length(title) > 0),
    authors      TEXT    NOT NULL DEFAULT '[]',
    site_name    TEXT,
    published_at TEXT,
    fetched_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    language     TEXT,
    content_hash TEXT    NOT NULL,
    guild_id     INTEGER,
    origin       TEXT    NOT NULL
);
-- Dedupe is per scope, so one guild's private copy never merges into (or reveals) another's.
CREATE UNIQUE INDEX ux_articles_scope_url ON articles (coalesce(guild_id, 0), url);
CREATE UNIQUE INDEX ux_articles_scope_hash ON articles (coalesce(guild_id, 0), content_hash);
CREATE INDEX ix_articles_fetched ON articles (fetched_at);

CREATE TABLE article_paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position > 0),
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

-- rowid = articles.id; kept in step with articles by the store inside the same transaction.
CREATE VIRTUAL TABLE article_search USING fts5 (title, body, tokenize = 'porter unicode61');

CREATE TABLE summaries (
    content_hash TEXT NOT NULL,
    engine       TEXT NOT NULL,
    model        TEXT NOT NULL,
    prompt_hash  TEXT NOT NULL,
    length       TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (content_hash, engine, model, prompt_hash, length)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    url            TEXT    NOT NULL,
    title          TEXT,
    guild_id       INTEGER,
    etag           TEXT,
    last_modified  TEXT,
    failure_count  INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    last_polled_at TEXT,
    next_poll_at   TEXT    NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT FALSE,
    claimed_until  TEXT,
    created_at     TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_feeds_scope_url ON feeds (coalesce(guild_id, 0), url);
CREATE INDEX ix_feeds_next_poll ON feeds (next_poll_at);

CREATE TABLE digest_subscriptions (
    channel_id         INTEGER PRIMARY KEY,
    guild_id           INTEGER NOT NULL,
    local_time         TEXT    NOT NULL,
    time_zone          TEXT    NOT NULL,
    topics             TEXT    NOT NULL DEFAULT '[]',
    created_at         TEXT    NOT NULL,
    last_covered_until TEXT
);

CREATE TABLE delivery_ledger (
    delivery_key TEXT PRIMARY KEY,
    nonce        TEXT NOT NULL,
    claimed_at   TEXT NOT NULL,
    completed_at TEXT,
    message_ids  TEXT
);

CREATE TABLE conversation_threads (
    thread_id  INTEGER PRIMARY KEY,
    guild_id   INTEGER,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
);

CREATE TABLE conversation_turns (
    id        INTEGER PRIMARY KEY,
    thread_id INTEGER NOT NULL,
    role      TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    at        TEXT    NOT NULL
);
CREATE INDEX ix_conversation_turns_thread ON conversation_turns (thread_id, id);
