-- Ingest speed. With fastupdate off (0002) every save inserted each of an article's ~450 lexemes into the GIN tree
-- one by one: 11 ms an article, most of a save, so a batched build ran at about 30 to 100 articles/s. A pending list
-- takes new entries as they come and merges them into the tree in bulk, one descent per lexeme for a whole batch
-- (measured on 3,000 generated articles: 2.9 ms a save with a 1 MB list, 4.6 ms with 256 kB, 11.3 ms without).
-- Searches read the pending list linearly, so it is kept small: at most 1 MB (about 120 articles) before the
-- inserting save merges it, and a batched save (folder ingest) merges it itself when it commits, so a search after
-- an ingest finds it empty. Search plans no longer depend on the index's size (the search sets enable_seqscan off).
ALTER INDEX ix_articles_search SET (fastupdate = on, gin_pending_list_limit = 1024);
