-- An order's lines are written only with their order, by this module, in the order's transaction (the
-- JPA aggregate, or the import's COPY right after the order's); orders and products are never deleted
-- (a product is deactivated, an order cancelled). The two foreign keys checked each line against the
-- order and the product one by one, which was half the time an import of 541,909 lines spent writing
-- them; they go. ix_sales_order_customer is a prefix of ix_sales_order_customer_timeline.
ALTER TABLE sales_order_line DROP CONSTRAINT fk_sales_order_line_product;
ALTER TABLE sales_order_line DROP CONSTRAINT fk_sales_order_line_order;
DROP INDEX ix_sales_order_customer;
