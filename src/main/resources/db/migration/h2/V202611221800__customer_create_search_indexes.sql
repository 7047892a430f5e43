-- The H2 counterpart of the PostgreSQL search indexes: no trigram index (H2 searches names with LIKE),
-- the same keyset orders by creation, change and sector.
CREATE INDEX ix_customer_customer_created ON customer_customer (created_at, id);
CREATE INDEX ix_customer_customer_updated ON customer_customer (updated_at, id);
CREATE INDEX ix_customer_customer_sector ON customer_customer (sector_id, name_key, id);
