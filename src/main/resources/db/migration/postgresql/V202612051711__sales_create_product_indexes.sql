-- Products are found by code regardless of case (the catalogue's facts for orders and imports, the
-- API's ?code=), and listed by code among the active ones.
CREATE INDEX ix_sales_product_code_upper ON sales_product (upper(code));
CREATE INDEX ix_sales_product_active_code ON sales_product (active, code);
