-- The H2 counterpart of the PostgreSQL product indexes: H2 indexes no expression, so a code is
-- compared by upper(code) over the rows; the active products are listed by code.
CREATE INDEX ix_sales_product_active_code ON sales_product (active, code);
