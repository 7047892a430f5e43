-- An imported case keeps the reference it had in the system it came from (a ticket id): importing the
-- same file again finds it and imports nothing twice. Cases opened in Pyra have none.
ALTER TABLE support_case ADD COLUMN external_ref VARCHAR(100);
ALTER TABLE support_case ADD CONSTRAINT uq_support_case_external_ref UNIQUE (external_ref);
