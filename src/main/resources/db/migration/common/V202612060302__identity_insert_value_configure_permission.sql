-- Customer-based accounting (issue 14, item 6): value.configure sets what effort costs (per channel,
-- per role's hour, a task's standard minutes); the administrator's alone.
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('value.configure', 'value', 'configure', 602);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, 'value.configure', 'ALL' FROM identity_role r WHERE r.code = 'ADMINISTRATOR';
