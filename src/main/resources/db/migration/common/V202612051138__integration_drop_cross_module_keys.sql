-- A module's tables hold no foreign key to another module's: an import's creator is the signed-in
-- user, and users are deactivated, never deleted.
ALTER TABLE integration_import DROP CONSTRAINT fk_integration_import_user;
