-- Search speed at 100,000 articles. Ranking by the lead (0009) still read the row of every match to compute ts_rank
-- on its lead: for a three-word query with 2,110 matches, a heap page each (1,960 buffers), most of a search. The
-- search now ranks first the matches whose lead holds one of the words and reads the others only when those are too
-- few (PostgresArticleDialect). The full-text index gains the lead as a second column, so that one index scan finds
-- the matches whose lead holds a word: the bitmap holds only them (561 of the 2,110; 593 buffers in all).
-- One index with both columns rather than a second index: the planner joins two bitmaps only when it expects that to
-- pay, and it prices a match set from ANALYZE's list of common lexemes, which a mid-frequency word is not on; it
-- expected 2 matches for a pair that had 1,429, skipped the lead index and read all 1,429 rows twice. A qual on each
-- column of one index always goes into that index's scan. A search by the full vector alone reads only its own
-- column's entries, as before.
-- The pending list settings are those of 0007. Rebuilding the index read every full vector: 35 s at 100,000
-- articles (load ~8); CREATE INDEX blocks writes to the table, not reads, while it runs.
CREATE INDEX ix_articles_search_with_lead ON articles USING gin (search, search_lead) WITH (fastupdate = on, gin_pending_list_limit = 1024);
DROP INDEX ix_articles_search;
ALTER INDEX ix_articles_search_with_lead RENAME TO ix_articles_search;
