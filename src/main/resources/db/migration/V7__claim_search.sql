-- Full-text search over articles (title, body) and claims (party, sentence), English stemming.
-- Generated stored columns keep the vectors in step with every write, GIN indexes make them fast.
-- Bodies are indexed up to their first 300,000 characters (a tsvector holds at most 1 MB).
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A')
    || setweight(to_tsvector('english', left(body, 300000)), 'B')) stored;
create index ix_article_search_vector on article using gin (search_vector);

alter table claim add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(party, '')), 'A')
    || setweight(to_tsvector('english', sentence), 'B')) stored;
create index ix_claim_search_vector on claim using gin (search_vector);

-- place name search for /api/v1/places?q= (prefix LIKE on the normalized names, whatever the database collation)
create index ix_location_name_normalized_prefix on location_name (normalized text_pattern_ops);
