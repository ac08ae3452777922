-- Which instance is embedding which article. Several instances on one database each run the background indexer; an
-- article is claimed until claimed_until (a lease, so a claim dies with the instance that took it) and the claim is
-- dropped when its vector is stored. SQLite has no such table: one process serves a SQLite library.
CREATE TABLE article_embedding_claims (
    article_id    bigint      PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    claimed_until timestamptz NOT NULL
);
