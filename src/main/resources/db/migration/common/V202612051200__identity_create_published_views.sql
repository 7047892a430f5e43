-- Published read-only views of identity, for other modules' joins (lists and boards that show
-- names or filter by org unit). Other modules may name these views, never identity's tables.
-- Columns are only ever added, so a caller's statement keeps working.

-- A user as others see them: name, org unit, supervisor, whether active.
CREATE VIEW identity_user_view AS
SELECT id, display_name, org_unit_id, supervisor_id, active
FROM identity_user;

-- The org tree: path is the materialized path of ids from the root ("/<root>/<child>/"), so a
-- subtree is path LIKE '<parent path>%'.
CREATE VIEW identity_org_unit_view AS
SELECT id, parent_id, kind, code, name, path, time_zone
FROM identity_org_unit;
