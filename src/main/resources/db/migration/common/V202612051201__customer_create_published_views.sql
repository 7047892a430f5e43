-- Published read-only views of customer, for other modules' joins (a contact record or task list
-- showing the customer's code and name, a board counting by customer owner). Other modules may
-- name these views, never customer's tables. Columns are only ever added.

-- A customer as others see it in a list: identity, owner and org unit (for visibility), and
-- whether it still exists (deleted_at) or was merged into another (merged_into_id).
CREATE VIEW customer_card_view AS
SELECT id, code, name, name_key, kind, stage, owner_id, org_unit_id, merged_into_id, deleted_at, created_at
FROM customer_customer;

-- A contact person of a customer.
CREATE VIEW customer_contact_view AS
SELECT id, customer_id, name, title, phone, email
FROM customer_contact;
