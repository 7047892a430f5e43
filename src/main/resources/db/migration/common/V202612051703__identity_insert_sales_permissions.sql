-- Sales permissions (issue 13). Visibility of opportunities, orders and the analyses follows the scope.
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('catalogue.read',     'catalogue',   'read',    500),
    ('catalogue.manage',   'catalogue',   'manage',  501),
    ('opportunity.read',   'opportunity', 'read',    510),
    ('opportunity.write',  'opportunity', 'write',   511),
    ('pipeline.manage',    'pipeline',    'manage',  512),
    ('order.read',         'order',       'read',    520),
    ('order.write',        'order',       'write',   521),
    ('order.sign',         'order',       'sign',    522),
    ('payment.write',      'payment',     'write',   530),
    ('sales-analysis.read','sales-analysis','read',  540),
    ('sales.settings',     'sales',       'settings',550);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR' AND p.sort_order BETWEEN 500 AND 599;

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MANAGEMENT' AND p.code IN ('catalogue.read', 'opportunity.read', 'order.read', 'sales-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL'
   AND p.code IN ('opportunity.read', 'opportunity.write', 'order.read', 'order.write', 'sales-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'OWN' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'COURSE_CONSULTANT'
   AND p.code IN ('opportunity.read', 'opportunity.write', 'order.read', 'order.write', 'sales-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ENROLMENT_SPECIALIST' AND p.code IN ('order.read', 'order.sign');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'FINANCE' AND p.code IN ('order.read', 'payment.write', 'sales-analysis.read');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'catalogue.read', 'ALL' FROM identity_role r
 WHERE r.code NOT IN ('ADMINISTRATOR', 'MANAGEMENT');
