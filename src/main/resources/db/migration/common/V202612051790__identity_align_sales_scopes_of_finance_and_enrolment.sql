-- Finance and enrolment specialists read customers in their own org unit: the orders, payments, sign-offs and
-- analyses they handle stay within the same reach, or an order list would show them customers they may not read
-- (issue 13; the visibility matrix holds it).
UPDATE identity_role_permission
   SET scope = 'ORG_UNIT'
 WHERE permission_code IN ('order.read', 'order.sign', 'payment.write', 'sales-analysis.read')
   AND role_id IN (SELECT r.id FROM identity_role r WHERE r.code IN ('FINANCE', 'ENROLMENT_SPECIALIST'));
