-- The fallback's word counts at 100,000 articles. Counting a word's holders, even only up to 200, built the bitmap of
-- every holder from the full-text index first (GIN has no other scan): ~2 ms for a word in 8,000 articles, most of
-- the fallback once its steps got cheap (10 ms of ~17 for three such words at load 13). This index holds the same
-- vectors for a fixed sixteenth of the articles, picked by a hash of the id (not id % 16: ids follow the order of
-- saving, which can be periodic), so a common word's sampled holders are a sixteenth as many; the exact count runs
-- only for a word the sample shows to be rarer (PostgresArticleDialect.CountWith). Built in 3.7 s at 100,000
-- articles (load ~13; 12 MB); it takes new entries in a pending list, as ix_articles_search does (0007), and a
-- batched save merges both.
CREATE INDEX ix_articles_search_sample ON articles USING gin (search) WITH (fastupdate = on, gin_pending_list_limit = 1024)
    WHERE hashint8(id) & 15 = 0;
