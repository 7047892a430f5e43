-- Marketing permissions (issue 16, campaigns). A campaign is reached by its owner (own) and its org unit,
-- like an opportunity.
--   campaign.read   see campaigns, their budgets and actual costs within the scope
--   campaign.write  record and change campaigns, move their status, record and remove actual costs, edit the
--                   channels
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('campaign.read',  'campaign', 'read',  800),
    ('campaign.write', 'campaign', 'write', 801);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code IN ('ADMINISTRATOR', 'MANAGEMENT')
   AND p.code IN ('campaign.read', 'campaign.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'MARKETING'
   AND p.code IN ('campaign.read', 'campaign.write');

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'SUBTREE' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'CENTRE_PRINCIPAL'
   AND p.code = 'campaign.read';
