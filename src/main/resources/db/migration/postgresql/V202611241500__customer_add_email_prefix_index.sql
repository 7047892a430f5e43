-- The global search takes an e-mail (or its start) and looks for addresses beginning with it: an index
-- in code-point order lets PostgreSQL answer "address LIKE 'c777@exa%'" from the index in any collation.
CREATE INDEX ix_customer_email_address_prefix ON customer_email (address varchar_pattern_ops);
