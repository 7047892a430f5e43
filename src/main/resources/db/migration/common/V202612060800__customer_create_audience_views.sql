-- Published read-only views of customer for the audiences of analytics' schemes (issue 14: a pyramid or a
-- grading scheme ranks all customers, or those of a sector and its sub-sectors, or those whose custom fields
-- meet conditions, so that two pyramids stand side by side). Other modules may name these views, never
-- customer's tables. Columns of a published view are only ever added, at the end.

-- customer_card_view gains the customer's sector (NULL when none), at the end.
CREATE OR REPLACE VIEW customer_card_view AS
SELECT id, code, name, name_key, kind, stage, owner_id, org_unit_id, merged_into_id, deleted_at, created_at, country,
       sector_id
FROM customer_customer;

-- The sectors with their place in the tree: path is '/', then the ids from the top sector down to this one,
-- each followed by '/' ('/<sector id>/<sub-sector id>/'), so "a sector and its sub-sectors" is every sector
-- whose path starts with that sector's path. The taxonomy has two levels; the path is written for three.
CREATE VIEW customer_sector_view AS
SELECT s.id, s.parent_id, s.code, s.name_en, s.name_zh, s.sort_order, s.active,
       CASE WHEN p.id IS NULL
              THEN '/' || CAST(s.id AS VARCHAR(36)) || '/'
            WHEN p.parent_id IS NULL
              THEN '/' || CAST(p.id AS VARCHAR(36)) || '/' || CAST(s.id AS VARCHAR(36)) || '/'
            ELSE '/' || CAST(p.parent_id AS VARCHAR(36)) || '/' || CAST(p.id AS VARCHAR(36)) || '/'
                 || CAST(s.id AS VARCHAR(36)) || '/'
       END AS path
FROM customer_sector s
LEFT JOIN customer_sector p ON p.id = s.parent_id;

-- The custom fields the administrator defined: code, labels, type (TEXT, NUMBER, DATE, BOOLEAN, CHOICE,
-- MULTI_CHOICE), the choices one per line, and whether the field is in use.
CREATE VIEW customer_field_view AS
SELECT id, code, label_en, label_zh, type, choices, active
FROM customer_field;

-- The customers' custom field values: one row per value (a multiple choice has one per choice taken, by
-- position), in the column of the field's type.
CREATE VIEW customer_field_value_view AS
SELECT customer_id, field_id, position, text_value, number_value, date_value, bool_value
FROM customer_field_value;
