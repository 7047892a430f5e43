-- What the upload of an order file found of its order numbers: order_column, the column (0-based) its
-- suggested mapping takes them from; scattered_orders, the numbers whose rows are not one after the
-- other, with each one's last row (JSON; NULL: too many to keep, or not known). An order import whose
-- mapping takes the numbers from that column cuts its chunks between orders as it reads, without a first
-- pass over the file to find each order's last row.
ALTER TABLE integration_import ADD COLUMN order_column INTEGER;
ALTER TABLE integration_import ADD COLUMN scattered_orders TEXT;
