-- The front desk's home page (issue 16): the front desk and the course consultants hold the same appointment
-- permissions, but only the front desk lands on today's visitors (/front-desk); consultants land on My day,
-- where their visits of the day are listed.
--   appointment.desk  land on the front desk's page of today's visitors after signing in
INSERT INTO identity_permission (code, resource, action, sort_order) VALUES
    ('appointment.desk', 'appointment', 'desk', 823);

INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ORG_UNIT' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'FRONT_DESK' AND p.code = 'appointment.desk';

-- The administrator holds every permission at ALL (identity keeps it so on every change of the role).
INSERT INTO identity_role_permission (role_id, permission_code, scope)
SELECT r.id, p.code, 'ALL' FROM identity_role r CROSS JOIN identity_permission p
 WHERE r.code = 'ADMINISTRATOR' AND p.code = 'appointment.desk';
