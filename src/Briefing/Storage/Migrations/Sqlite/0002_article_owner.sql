-- Who an article belongs to, beyond its guild. owner_user_id: an article brought in from a direct message belongs
-- to that user alone (guild_id stays NULL; NULL in both = the global library every guild sees).
-- in_digest: false for a link a member without Manage Server brought in through /summarize; it stays searchable
-- but enters the guild's digest only once a manager adds it.
ALTER TABLE articles ADD COLUMN owner_user_id INTEGER;
ALTER TABLE articles ADD COLUMN in_digest BOOLEAN NOT NULL DEFAULT TRUE;

-- Dedupe per scope now includes the owner, so a user's private copy never merges into (or reveals) the global one.
DROP INDEX ux_articles_scope_url;
DROP INDEX ux_articles_scope_hash;
CREATE UNIQUE INDEX ux_articles_scope_url ON articles (coalesce(guild_id, 0), coalesce(owner_user_id, 0), url);
CREATE UNIQUE INDEX ux_articles_scope_hash ON articles (coalesce(guild_id, 0), coalesce(owner_user_id, 0), content_hash);
