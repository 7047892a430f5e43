-- customer_card_view gains the customer's country (ISO 3166 alpha-2, NULL when not given), so that the
-- sales analysis can count sales by the customer's country in one statement (issue 13). Columns of a
-- published view are only ever added, at the end.
CREATE OR REPLACE VIEW customer_card_view AS
SELECT id, code, name, name_key, kind, stage, owner_id, org_unit_id, merged_into_id, deleted_at, created_at, country
FROM customer_customer;
