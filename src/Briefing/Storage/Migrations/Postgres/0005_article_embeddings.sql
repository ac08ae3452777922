-- One sentence-embedding vector per article, written by the background indexer (never by ingest).
-- model names the embedder and its version, content_hash the text it read: a change of either makes the row
-- stale, and the indexer computes it again. vector is little-endian float32, dimensions = length / 4.
CREATE TABLE article_embeddings (
    article_id   bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    model        text        NOT NULL,
    content_hash text        NOT NULL,
    vector       bytea       NOT NULL,
    embedded_at  timestamptz NOT NULL
);
-- The search keeps vectors in memory and reads only those written since its last look.
CREATE INDEX ix_article_embeddings_model ON article_embeddings (model, embedded_at);
