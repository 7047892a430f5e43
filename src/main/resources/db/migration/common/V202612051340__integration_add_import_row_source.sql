-- What the import's pages and files say of a row: the cells of a rejected row as the file gave them
-- (JSON array of strings, for the file of rejected rows that is fixed and imported again), the stored
-- customer a row was matched to (code and name as the importer may see them, and the key it was found by),
-- and the delimiter of an uploaded CSV (the file of rejected rows is written with the same one).
ALTER TABLE integration_import_row ADD COLUMN source_cells TEXT;
ALTER TABLE integration_import_row ADD COLUMN matched_code VARCHAR(60);
ALTER TABLE integration_import_row ADD COLUMN matched_name VARCHAR(300);
ALTER TABLE integration_import_row ADD COLUMN matched_by VARCHAR(10);
ALTER TABLE integration_import ADD COLUMN delimiter VARCHAR(1);
