-- The H2 counterpart of the PostgreSQL pinyin indexes: H2 searches pinyin with LIKE, as it does names.
CREATE INDEX ix_customer_customer_name_pinyin ON customer_customer (name_pinyin);
