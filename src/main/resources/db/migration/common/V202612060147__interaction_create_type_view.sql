-- Published view: the types of contact records by code, so another module can name them (analytics' activity
-- pyramids count the contact records of chosen types). Columns are only ever added.
CREATE VIEW interaction_type_view AS
SELECT id, code, name_en, name_zh, active FROM interaction_type;
