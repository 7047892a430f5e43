-- The column (0-based index) by whose values the uploaded file's rows are grouped — every value's rows
-- one after the other —, as the upload found it for the order number column it would map; NULL: not
-- grouped, or not known. An order import of a grouped file cuts its chunks between orders as it reads,
-- without a first pass over the file to find each order's last row.
ALTER TABLE integration_import ADD COLUMN grouped_column INTEGER;
