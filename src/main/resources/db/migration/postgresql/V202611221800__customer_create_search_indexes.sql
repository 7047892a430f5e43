-- The customer list and the global search at a million customers: trigram search on the name key
-- (any part of a name, typos, Chinese), and keyset orders by creation, change and sector.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX ix_customer_customer_name_key_trgm ON customer_customer USING gin (name_key gin_trgm_ops);
CREATE INDEX ix_customer_customer_created ON customer_customer (created_at, id);
CREATE INDEX ix_customer_customer_updated ON customer_customer (updated_at, id);
CREATE INDEX ix_customer_customer_sector ON customer_customer (sector_id, name_key, id);
-- a search for the start of a name (a Chinese surname: 张, 张伟) in any collation
CREATE INDEX ix_customer_customer_name_key_prefix ON customer_customer (name_key varchar_pattern_ops);
