-- Customer value permissions (issue 14): value.read sees the pyramid, grades and RFM of the customers in
-- its scope (by the customer's owner and org unit); value.manage defines schemes, weights and segments.
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('value.read',   'value', 'read',   600),
    ('value.manage', 'value', 'manage', 601);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR' AND p.code IN ('value.read', 'value.manage');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('MANAGEMENT', 'MARKETING') AND p.code IN ('value.read', 'value.manage');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'value.read', 'SUBTREE' FROM identity_role r WHERE r.code = 'CENTRE_PRINCIPAL';
