-- An outcome may stand for a run of consecutive rows with the same action and label (the lines of one
-- order created, replaced or skipped together): last_row is the run's last row, NULL for a single row.
ALTER TABLE integration_import_row ADD COLUMN last_row INTEGER;
