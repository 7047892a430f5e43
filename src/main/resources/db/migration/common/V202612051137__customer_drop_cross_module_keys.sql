-- A module's tables hold no foreign key to another module's: a customer's owner and org unit are
-- checked through identity's API when they are written, and identity refuses to delete an org unit
-- customers are filed under (an OrgUnitDeletionGuard), so the links stay whole without the keys.
ALTER TABLE customer_customer DROP CONSTRAINT fk_customer_customer_owner;
ALTER TABLE customer_customer DROP CONSTRAINT fk_customer_customer_org_unit;
