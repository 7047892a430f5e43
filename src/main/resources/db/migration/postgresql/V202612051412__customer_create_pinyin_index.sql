-- Pinyin searched as names are: any part of it through a trigram index, the start of it in
-- code-point order (two letters: "wa").
CREATE INDEX ix_customer_customer_name_pinyin_trgm ON customer_customer USING gin (name_pinyin gin_trgm_ops);
CREATE INDEX ix_customer_customer_name_pinyin_prefix ON customer_customer (name_pinyin varchar_pattern_ops);
-- the rows the start-up backfill still has to compute, found without reading the others
CREATE INDEX ix_customer_customer_name_pinyin_missing ON customer_customer (id) WHERE name_pinyin IS NULL;
