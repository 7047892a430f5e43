-- Finance and enrolment specialists handle the orders of their whole subtree (order.read, payment.write,
-- order.sign at SUBTREE): they see those orders' customers too, or an order list would show them customers
-- they may not read (issue 13; the visibility matrix holds it).
UPDATE identity_role_permission
   SET scope = 'SUBTREE'
 WHERE permission_code = 'customer.read'
   AND role_id IN (SELECT r.id FROM identity_role r WHERE r.code IN ('FINANCE', 'ENROLMENT_SPECIALIST'));
